"""The working calendar on a real database: public holidays and the store's own closing days
close the booking calendar, bay hours shape the free slots, complaint clocks skip closed days,
care due dates move off them; bad administration input is refused and nothing is lost."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest

from app.domain.store_time import STORE_TZ
from app.domain.working_calendar import (
    DayKind,
    add_working_time,
    china_calendar,
    day_kind,
    is_working_day,
    next_working_day,
)
from app.errors import Conflict, ValidationError
from app.models import CareItem, Vehicle
from app.services import bookings, complaints, customers, store_admin, vehicles, working_days
from app.services.care_run import run_care
from tests.app.services.conftest import assert_user_error

NATIONAL_DAY = date(2026, 10, 1)
MONDAY = date(2030, 3, 4)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), STORE_TZ)


def test_china_calendar_knows_2026_and_not_2027():
    calendar = china_calendar()
    assert day_kind(calendar, NATIONAL_DAY) is DayKind.PUBLIC_HOLIDAY
    assert calendar.holidays[NATIONAL_DAY] == "national_day"
    assert day_kind(calendar, date(2026, 10, 10)) is DayKind.ADJUSTED_WORKDAY   # a Saturday
    assert day_kind(calendar, date(2026, 12, 5)) is DayKind.WEEKEND
    assert is_working_day(calendar, date(2026, 12, 5))       # a 4S store opens on weekends
    # chinese-calendar 1.11 stops at 2026: 2027's holidays are unknown, so only the store's
    # own closing days close a day then (the admin page warns).
    assert calendar.knows(2026) and not calendar.knows(2027)
    assert is_working_day(calendar, date(2027, 10, 1))
    own = china_calendar({date(2027, 10, 1): (False, "国庆")})
    assert not is_working_day(own, date(2027, 10, 1))


def test_working_time_and_next_working_day_skip_the_holiday():
    calendar = china_calendar()
    eve = at(date(2026, 9, 30), 20)
    assert add_working_time(calendar, eve, timedelta(hours=24)) == at(date(2026, 10, 8), 20)
    assert add_working_time(calendar, eve, timedelta(hours=1)) == at(date(2026, 9, 30), 21)
    assert next_working_day(calendar, NATIONAL_DAY) == date(2026, 10, 8)
    opened = china_calendar({date(2026, 10, 2): (True, "国庆值班")})
    assert next_working_day(opened, NATIONAL_DAY) == date(2026, 10, 2)


def test_a_closing_day_closes_the_booking_calendar(db, shop):
    assert bookings.free_slots(db, MONDAY, [shop.oil_id], now=at(MONDAY, 7),
                               store_id=shop.store_id)
    working_days.set_store_day(db, shop.store_id, MONDAY, is_open=False, note="盘点")
    assert bookings.free_slots(db, MONDAY, [shop.oil_id], now=at(MONDAY, 7),
                               store_id=shop.store_id) == ()
    assert all(not s.slots for s in bookings.list_slots(db, MONDAY, store_id=shop.store_id))
    car = vehicles.add_vehicle(db, plate="粤B12345").id
    with pytest.raises(ValidationError) as refused:
        bookings.create_booking(db, vehicle_id=car, item_ids=[shop.oil_id],
                                slot_start=at(MONDAY, 10), now=at(MONDAY, 7),
                                horizon_days=3650)
    assert_user_error(refused, ValidationError, "slot_start")
    assert "盘点" in refused.value.zh
    working_days.clear_store_day(db, shop.store_id, MONDAY)
    assert working_days.day_info(db, shop.store_id, MONDAY).working


def test_bay_hours_shape_the_slots_and_bad_hours_lose_nothing(db, shop):
    evening = [(time(10, 0), time(20, 0))] * 5 + [(None, None)] * 2
    store_admin.set_bay_hours(db, shop.store_id, shop.bay1_id, evening)
    starts = {s.start for s in bookings.free_slots(db, MONDAY, [shop.brakes_id],
                                                   now=at(MONDAY, 7), store_id=shop.store_id)
              if s.bay_id == shop.bay1_id}
    assert min(starts) == at(MONDAY, 10) and max(starts) == at(MONDAY, 18, 30)
    sunday = MONDAY + timedelta(days=6)
    assert not [s for s in bookings.free_slots(db, sunday, [shop.brakes_id], now=at(MONDAY, 7),
                                               store_id=shop.store_id)
                if s.bay_id == shop.bay1_id]
    bad = [(time(18, 0), time(9, 0))] + evening[1:]
    with pytest.raises(ValidationError) as refused:
        store_admin.set_bay_hours(db, shop.store_id, shop.bay1_id, bad)
    assert "周一" in refused.value.zh and "Monday" in refused.value.en
    (bay,) = [b for b in store_admin.list_bays(db, shop.store_id) if b.id == shop.bay1_id]
    assert bay.hours == tuple(evening) and bay.own_hours


def test_a_public_holiday_has_no_slots_unless_the_store_opens(db, shop):
    assert bookings.list_slots(db, NATIONAL_DAY, store_id=shop.store_id)[0].slots == ()
    working_days.set_store_day(db, shop.store_id, NATIONAL_DAY, is_open=True, note="值班")
    assert bookings.list_slots(db, NATIONAL_DAY, store_id=shop.store_id)[0].slots


def test_the_complaint_clock_skips_the_holiday(db, shop):
    customer = customers.create_customer(db, name="刘洋", salutation="先生")
    eve = at(date(2026, 9, 30), 20)
    complaints.open_complaint(db, customer_id=customer.id, category="waiting", words="等太久",
                              store_id=shop.store_id, now=eve)
    page = complaints.complaints_page(db, store_id=shop.store_id, now=eve + timedelta(hours=2))
    (row,) = page.rows
    assert row.clock.step == "contacted" and row.clock.state == "overdue"
    # Contacted in time: the solution is due 24 working hours later, after the holiday.
    complaints.take_step(db, row.id, "contacted", by_id=shop.advisor_id,
                         now=eve + timedelta(minutes=30))
    later = complaints.complaints_page(db, store_id=shop.store_id,
                                       now=at(date(2026, 10, 3), 12))
    assert later.rows[0].clock.state == "on_time"
    assert later.rows[0].clock.due_at.astimezone(STORE_TZ) == at(date(2026, 10, 8), 20)


def test_a_care_due_date_on_a_holiday_moves_to_the_next_working_day(db, shop):
    c = customers.create_customer(db, name="张伟", salutation="先生", mobile="13800138000",
                                  consent_contact=True)
    customers.update_customer(db, c.id, c.version, consultant_id=shop.consultant_id)
    v = vehicles.add_vehicle(db, plate="粤B12345", owner_id=c.id, brand="丰田", model="凯美瑞")
    with db.session() as s:
        s.get(Vehicle, v.id).purchase_date = date(2026, 9, 30)
    run_care(db, shop.store_id, now=at(date(2026, 9, 30), 9))
    with db.session() as s:
        thanks = s.query(CareItem).filter_by(kind="thank_you").one()
        assert thanks.due_date == date(2026, 10, 8)      # due 10-01, National Day
        assert thanks.window_end >= thanks.due_date


def test_bad_store_and_item_input_is_refused_and_nothing_is_lost(db, shop):
    with pytest.raises(Conflict) as clash:
        store_admin.save_store(db, code="gz01", name="另一家店")
    assert_user_error(clash, Conflict, "code")
    stores = store_admin.list_stores(db)
    assert [s.name for s in stores] == ["广州天河4S店"]
    with pytest.raises(Conflict):
        store_admin.save_item(db, code="oil", name="机油", labour_hours="0.5", price="1")
    with pytest.raises(ValidationError) as hours:
        store_admin.save_item(db, code="AC", name="空调清洗", labour_hours="abc", price="1")
    assert_user_error(hours, ValidationError, "labour_hours")
    with pytest.raises(ValidationError):
        store_admin.save_item(db, code="AC", name="空调清洗", labour_hours="2", price="1",
                              quick=True)
    added = store_admin.save_item(db, code="ac", name="空调清洗", labour_hours="1.0",
                                  price="260")
    assert (added.code, added.labour_hours, added.price) == ("AC", Decimal("1.00"),
                                                            Decimal("260.00"))
    with pytest.raises(Conflict):
        store_admin.save_bay(db, shop.store_id, name="1号工位")
    assert len(store_admin.list_bays(db, shop.store_id)) == 3


def test_no_progress_update_is_owed_on_a_holiday():
    from app.domain.workflow import needs_progress

    calendar = china_calendar()
    last = at(date(2026, 9, 30), 23, 50)
    # 10 minutes before midnight, then the week of National Day: owed at 00:20 on 8 October.
    assert needs_progress("in_repair", last, last, at(date(2026, 9, 30), 23, 59), calendar) \
        is False
    assert needs_progress("in_repair", last, last, at(date(2026, 10, 5), 12), calendar) is False
    assert needs_progress("in_repair", last, last, at(date(2026, 10, 8), 0, 20), calendar)
    assert needs_progress("in_repair", last, last, at(date(2026, 10, 1), 0, 20))   # wall clock


def test_an_adjusted_working_saturday_keeps_mondays_hours(db, shop):
    weekdays_only = [(time(9, 0), time(17, 0))] + [(time(8, 30), time(18, 0))] * 4 \
        + [(None, None)] * 2
    store_admin.set_bay_hours(db, shop.store_id, shop.bay1_id, weekdays_only)
    adjusted = date(2026, 10, 10)            # a Saturday worked for National Day
    ordinary = date(2026, 10, 17)            # a plain Saturday
    (bay1,) = [s for s in bookings.list_slots(db, adjusted, store_id=shop.store_id)
               if s.bay_id == shop.bay1_id]
    open_starts = [s.start for s in bay1.slots if s.open]
    assert open_starts[0] == at(adjusted, 9) and open_starts[-1] == at(adjusted, 16, 30)
    (bay1,) = [s for s in bookings.list_slots(db, ordinary, store_id=shop.store_id)
               if s.bay_id == shop.bay1_id]
    assert not any(s.open for s in bay1.slots)
