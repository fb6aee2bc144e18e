"""Booking services: slot lengths, bays, double bookings, moves and statuses."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app.errors import Conflict, StaleEdit, ValidationError
from app.services import bookings, customers, vehicles
from app.services.common import STORE_TZ
from tests.app.services.conftest import assert_user_error

DAY = date(2030, 3, 4)
NOW = datetime(2030, 3, 4, 7, 0, tzinfo=STORE_TZ)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    """A time on the test day, store time."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STORE_TZ)


@pytest.fixture
def car(db):
    """An owned vehicle's id."""
    owner = customers.create_customer(db, name="刘洋", salutation="先生")
    return vehicles.add_vehicle(db, plate="粤B12345", owner_id=owner.id).id


@pytest.fixture
def car2(db):
    """A second owned vehicle's id."""
    owner = customers.create_customer(db, name="周敏", salutation="女士")
    return vehicles.add_vehicle(db, plate="粤B67890", owner_id=owner.id).id


def book(db, vehicle_id, items, start, **kw):
    return bookings.create_booking(db, vehicle_id=vehicle_id, item_ids=items, slot_start=start,
                                   now=NOW, **kw)


def test_booking_length_rounds_labour_up_to_half_hours():
    assert bookings.booking_length([Decimal("0.3")]) == timedelta(minutes=30)
    assert bookings.booking_length([Decimal("0.5"), Decimal("0.3")]) == timedelta(hours=1)
    assert bookings.booking_length([Decimal("1.5")]) == timedelta(hours=1, minutes=30)
    assert bookings.booking_length([]) == timedelta(minutes=30)


def test_quick_service_goes_to_the_quick_lane(db, shop, car):
    record = book(db, car, [shop.oil_id], at(9), advisor_id=shop.advisor_id)
    assert record.bay_id == shop.quick_id and record.bay_kind == "quick_lane"
    assert record.slot_end - record.slot_start == timedelta(minutes=30)
    assert record.plate == "粤B12345" and record.customer_name == "刘洋"
    assert record.advisor_name == "陈静"
    assert [i.name for i in record.items] == ["更换机油"]
    assert record.status == "booked" and record.channel == "phone"


def test_longer_service_goes_to_a_normal_bay(db, shop, car):
    record = book(db, car, [shop.oil_id, shop.brakes_id], at(9))
    assert record.bay_id == shop.bay1_id
    assert record.slot_end - record.slot_start == timedelta(hours=2)


def test_the_quick_lane_refuses_long_work(db, shop, car):
    with pytest.raises(ValidationError) as exc_info:
        book(db, car, [shop.brakes_id], at(9), bay_id=shop.quick_id)
    assert_user_error(exc_info, ValidationError, "bay_id")


def test_a_bay_double_booking_is_refused_naming_the_clash(db, shop, car, car2):
    book(db, car, [shop.brakes_id], at(10), bay_id=shop.bay1_id)
    with pytest.raises(Conflict) as exc_info:
        book(db, car2, [shop.brakes_id], at(11), bay_id=shop.bay1_id)
    assert_user_error(exc_info, Conflict, "bay_id")
    assert "10:00–11:30" in exc_info.value.zh and "粤B12345" in exc_info.value.en
    # back to back is fine, and without a bay the next free one is taken
    assert book(db, car2, [shop.oil_id], at(11, 30), bay_id=shop.bay1_id).bay_id == shop.bay1_id


def test_without_a_bay_the_next_free_bay_is_chosen_until_all_are_full(db, shop, car, car2):
    third = vehicles.add_vehicle(db, plate="粤B24680").id
    assert book(db, car, [shop.brakes_id], at(14)).bay_id == shop.bay1_id
    assert book(db, car2, [shop.brakes_id], at(14)).bay_id == shop.bay2_id
    with pytest.raises(Conflict) as exc_info:
        book(db, third, [shop.brakes_id], at(14, 30))
    assert_user_error(exc_info, Conflict, "slot_start")


def test_technician_and_vehicle_cannot_be_in_two_places(db, shop, car, car2):
    book(db, car, [shop.brakes_id], at(10), technician_id=shop.technician_id)
    with pytest.raises(Conflict) as exc_info:
        book(db, car2, [shop.brakes_id], at(10), technician_id=shop.technician_id)
    assert_user_error(exc_info, Conflict, "technician_id")
    with pytest.raises(Conflict) as exc_info:
        book(db, car, [shop.oil_id], at(10, 30))
    assert_user_error(exc_info, Conflict, "vehicle_id")


@pytest.mark.parametrize(("change", "field"), [
    ({"item_ids": []}, "item_ids"),
    ({"item_ids": [999]}, "item_ids"),
    ({"slot_start": datetime(2030, 3, 4, 10, 0)}, "slot_start"),
    ({"slot_start": at(6)}, "slot_start"),
    ({"slot_start": at(18)}, "slot_start"),
    ({"slot_start": at(10, day=date(2030, 3, 3))}, "slot_start"),
    ({"channel": "fax"}, "channel"),
    ({"advisor_id": "tech"}, "advisor_id"),
    ({"technician_id": "advisor"}, "technician_id"),
])
def test_every_validation_error_names_its_field(db, shop, car, change, field):
    staff = {"tech": shop.technician_id, "advisor": shop.advisor_id}
    kw = {"item_ids": [shop.oil_id], "slot_start": at(10), **change}
    for key in ("advisor_id", "technician_id"):
        if key in kw:
            kw[key] = staff[kw[key]]
    with pytest.raises(ValidationError) as exc_info:
        bookings.create_booking(db, vehicle_id=car, now=NOW, **kw)
    assert_user_error(exc_info, ValidationError, field)


def test_move_keeps_length_checks_clashes_and_version(db, shop, car, car2):
    first = book(db, car, [shop.brakes_id], at(9), bay_id=shop.bay1_id)
    book(db, car2, [shop.brakes_id], at(13), bay_id=shop.bay1_id)
    moved = bookings.move_booking(db, first.id, first.version, slot_start=at(15), now=NOW)
    assert moved.slot_start == at(15) and moved.slot_end == at(16, 30)
    assert moved.version == first.version + 1
    with pytest.raises(StaleEdit):
        bookings.move_booking(db, first.id, first.version, slot_start=at(16), now=NOW)
    with pytest.raises(Conflict):
        bookings.move_booking(db, first.id, moved.version, slot_start=at(12, 30), now=NOW)


def test_cancel_frees_the_bay_and_is_final(db, shop, car, car2):
    first = book(db, car, [shop.brakes_id], at(9), bay_id=shop.bay1_id)
    cancelled = bookings.cancel_booking(db, first.id, first.version)
    assert cancelled.status == "cancelled"
    assert book(db, car2, [shop.brakes_id], at(9), bay_id=shop.bay1_id).bay_id == shop.bay1_id
    with pytest.raises(ValidationError) as exc_info:
        bookings.cancel_booking(db, first.id)
    assert_user_error(exc_info, ValidationError, "status")


def test_an_undone_cancellation_books_the_slot_again_unless_it_was_taken(db, shop, car, car2):
    first = book(db, car, [shop.brakes_id], at(9), bay_id=shop.bay1_id)
    bookings.cancel_booking(db, first.id, first.version)
    assert bookings.restore_booking(db, first.id).status == "booked"
    with pytest.raises(ValidationError) as exc_info:
        bookings.restore_booking(db, first.id)                 # nothing to undo
    assert_user_error(exc_info, ValidationError, "status")
    bookings.cancel_booking(db, first.id)
    book(db, car2, [shop.brakes_id], at(9), bay_id=shop.bay1_id)   # the bay taken meanwhile
    with pytest.raises(Conflict) as exc_info:
        bookings.restore_booking(db, first.id)
    assert_user_error(exc_info, Conflict, "bay_id")
    assert bookings.get_booking(db, first.id).status == "cancelled"


def test_the_first_free_slot_is_never_in_the_past(db, shop, car):
    late = at(23)                                              # a demo started at 23:00
    first = bookings.first_free_slot(db, now=late)
    assert first.start == at(8, 30, DAY + timedelta(days=1))   # tomorrow's opening
    book(db, car, [shop.oil_id], at(9, 30), bay_id=shop.bay1_id)
    mid = bookings.first_free_slot(db, [shop.brakes_id], now=at(9, 10))
    assert mid.start >= at(9, 10) and (mid.bay_id, mid.start) != (shop.bay1_id, at(9, 30))
    assert bookings.free_slots(db, DAY, [], now=at(9, 10))          # no items yet: slots too


def test_no_show_only_once_the_slot_began(db, shop, car):
    record = book(db, car, [shop.oil_id], at(9))
    with pytest.raises(ValidationError) as exc_info:
        bookings.mark_no_show(db, record.id, now=at(8, 59))
    assert_user_error(exc_info, ValidationError, "status")
    assert bookings.mark_no_show(db, record.id, now=at(9, 20)).status == "no_show"


def test_check_in(db, shop, car):
    record = book(db, car, [shop.oil_id], at(9))
    assert bookings.check_in_booking(db, record.id).status == "checked_in"


def test_bookings_for_day_in_order_without_cancelled(db, shop, car, car2):
    late = book(db, car, [shop.brakes_id], at(15))
    early = book(db, car2, [shop.oil_id], at(8, 30))
    gone = book(db, car, [shop.oil_id], at(9, 30))
    bookings.cancel_booking(db, gone.id)
    book(db, car2, [shop.oil_id], at(9, day=date(2030, 3, 5)), )
    day = bookings.bookings_for_day(db, DAY)
    assert [b.id for b in day] == [early.id, late.id]
    assert len(bookings.bookings_for_day(db, DAY, include_cancelled=True)) == 3


def test_slots_and_free_slots(db, shop, car):
    held = book(db, car, [shop.brakes_id], at(9), bay_id=shop.bay1_id)
    schedules = {s.bay_id: s for s in bookings.list_slots(db, DAY)}
    assert set(schedules) == {shop.bay1_id, shop.bay2_id, shop.quick_id}
    bay1 = schedules[shop.bay1_id].slots
    assert bay1[0].start == at(8, 30) and bay1[-1].end == at(18)
    assert [s.booking_id for s in bay1[1:4]] == [held.id] * 3 and bay1[0].free and bay1[4].free
    free = bookings.free_slots(db, DAY, [shop.brakes_id], now=NOW)
    assert all(f.bay_id != shop.quick_id for f in free)
    assert not any(f.bay_id == shop.bay1_id and f.start < at(10, 30) and f.end > at(9)
                   for f in free)
    assert any(f.bay_id == shop.bay2_id and f.start == at(9) for f in free)
    quick = bookings.free_slots(db, DAY, [shop.oil_id], now=at(17))
    assert {f.start for f in quick} == {at(17), at(17, 30)}


def test_a_booking_must_end_by_closing_time_and_within_the_horizon(db, shop, car):
    with pytest.raises(ValidationError) as exc_info:
        book(db, car, [shop.brakes_id], at(17))          # 1.5 h from 17:00 ends 18:30
    assert_user_error(exc_info, ValidationError, "slot_start")
    assert "18:00" in exc_info.value.zh
    assert book(db, car, [shop.brakes_id], at(16, 30)).slot_end == at(18)
    later = DAY + timedelta(days=31)
    with pytest.raises(ValidationError) as exc_info:
        book(db, car, [shop.oil_id], at(10, day=later), horizon_days=30)
    assert_user_error(exc_info, ValidationError, "slot_start")
    assert "30" in exc_info.value.zh
    with pytest.raises(ValidationError):
        book(db, car, [shop.oil_id], at(10, day=date(9999, 3, 4)))
    assert len(bookings.bookings_for_day(db, DAY)) == 1
