"""Reception: arrivals matched exactly, as a candidate, ambiguous or unknown; visits."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.reads import PlateRead
from app.errors import Conflict, NotFound, ValidationError
from app.models import (
    Complaint,
    Vehicle,
    Visit,
    WorkOrder,
    WorkOrderStatus,
)
from app.services import bookings, customers, reception, vehicles
from app.services.care_run import run_care
from app.services.common import STORE_TZ
from tests.app.services.conftest import assert_user_error

NOW = datetime(2030, 3, 4, 9, 15, tzinfo=STORE_TZ)


def read(plate: str, confidence: float = 0.97) -> PlateRead:
    """A gate read of `plate`."""
    return PlateRead(plate=plate, confidence=confidence, snapshot_path="/snap/1.jpg")


def owner_with(db, name, plate, **vehicle_fields):
    """A customer (who consented to plate recognition) owning an active vehicle with
    `plate`; returns (customer, vehicle)."""
    c = customers.create_customer(db, name=name, salutation="先生", mobile="13800138000",
                                  consent_plate_recognition=True)
    return c, vehicles.add_vehicle(db, plate=plate, owner_id=c.id, **vehicle_fields)


def visits(db):
    with db.session() as s:
        return list(s.query(Visit).order_by(Visit.id))


def test_exact_match_greets_the_customer(db, shop):
    c, v = owner_with(db, "张伟", "粤B12345")
    customers.update_customer(db, c.id, c.version, consultant_id=shop.consultant_id,
                              advisor_id=shop.advisor_id, tier="gold")
    card = reception.arrive(db, read("粤B·12345"), now=NOW)
    assert card.match == "exact" and card.greets and not card.confirmed
    assert card.customer.greeting == "张先生" and card.customer.tier == "gold"
    assert card.customer.mobile_masked == "138****8000"
    assert card.vehicle.id == v.id and card.vehicle.plate_display == "粤B·12345"
    assert (card.consultant.name, card.advisor.name) == ("李强", "陈静")
    assert card.candidate is None and card.lookalikes == 0
    assert card.visit_count == 0 and card.last_visit_at is None
    (visit,) = visits(db)
    assert (visit.match, visit.vehicle_id, visit.customer_id) == ("exact", v.id, c.id)
    assert visit.arrived_at == NOW and visit.snapshot_path == "/snap/1.jpg"


def test_second_visit_counts_the_first(db, shop):
    owner_with(db, "张伟", "粤B12345")
    first = reception.arrive(db, read("粤B12345"), now=NOW - timedelta(days=3))
    card = reception.arrive(db, read("粤B12345"), now=NOW)
    assert card.visit_count == 1 and card.last_visit_at == first.arrived_at
    assert card.last_visit_at.tzinfo is not None


def test_exact_card_shows_booking_work_orders_complaint_and_care(db, shop):
    c, v = owner_with(db, "张伟", "粤B12345", insurance_expiry=date(2030, 3, 16))
    customers.update_customer(db, c.id, c.version, birthday=date(1985, 3, 6),
                              consent_contact=True)
    with db.session() as s:     # bought in the (test's) future, out of the service's reach
        s.get(Vehicle, v.id).purchase_date = date(2029, 12, 10)
    assert reception.arrive(db, read("粤B12345"), now=NOW - timedelta(days=1)).care_due == ()
    run_care(db, shop.store_id, now=NOW)    # the stored care items are what the card shows
    booked = bookings.create_booking(db, vehicle_id=v.id, item_ids=[shop.oil_id],
                                     slot_start=NOW + timedelta(minutes=15),
                                     advisor_id=shop.advisor_id, now=NOW)
    with db.session() as s:
        s.add(WorkOrder(number="WO-1", vehicle_id=v.id, customer_id=c.id,
                        status=WorkOrderStatus.IN_REPAIR))
        s.add(WorkOrder(number="WO-0", vehicle_id=v.id, customer_id=c.id,
                        status=WorkOrderStatus.DELIVERED,
                        closed_at=datetime(2029, 1, 5, tzinfo=UTC)))
        s.add(Complaint(customer_id=c.id, summary="上次洗车不干净"))
    card = reception.arrive(db, read("粤B12345"), now=NOW)
    assert card.booking.id == booked.id and card.booking.items == ("更换机油",)
    assert card.booking.bay_name == "快修通道" and card.booking.advisor_name == "陈静"
    assert [(w.number, w.status) for w in card.open_work_orders] == [("WO-1", "in_repair")]
    assert card.open_complaint
    kinds = {i.kind: i for i in card.care_due}
    assert set(kinds) == {"first_service", "insurance_30", "birthday"}
    assert "12" in kinds["insurance_30"].zh and "12" in kinds["insurance_30"].en
    assert kinds["first_service"].days == 6 and kinds["birthday"].days == 2
    assert all(i.item_id is not None for i in card.care_due)


def test_one_confusable_away_from_one_vehicle_is_a_candidate(db, shop):
    c, v = owner_with(db, "张伟", "粤B12345")
    card = reception.arrive(db, read("粤B1Z345"), now=NOW)
    assert card.match == "candidate" and not card.greets
    assert card.customer is None and card.vehicle is None
    assert card.candidate.vehicle.id == v.id and card.candidate.customer.id == c.id
    (visit,) = visits(db)
    assert visit.match == "candidate" and visit.candidate_vehicle_id == v.id
    assert visit.vehicle_id is None and visit.customer_id is None


def test_two_candidates_are_never_chosen_between(db, shop):
    owner_with(db, "张伟", "粤B8D123")
    owner_with(db, "李强", "粤BB0123")
    card = reception.arrive(db, read("粤B80123"), now=NOW)
    assert card.match == "ambiguous" and not card.greets
    assert card.customer is None and card.vehicle is None and card.candidate is None
    assert card.candidate_plates == ("粤B8D123", "粤BB0123")
    (visit,) = visits(db)
    assert visit.match == "ambiguous" and visit.customer_id is None


def test_exact_read_wins_over_its_lookalikes_but_counts_them(db, shop):
    _, exact = owner_with(db, "张伟", "粤B12345")
    owner_with(db, "李强", "粤B1Z345")
    card = reception.arrive(db, read("粤B12345"), now=NOW)
    assert card.match == "exact" and card.vehicle.id == exact.id and card.lookalikes == 1


def test_unknown_plate_is_a_new_visitor(db, shop):
    owner_with(db, "张伟", "粤B12345")
    card = reception.arrive(db, read("粤A99999"), now=NOW)
    assert card.match == "unknown" and card.customer is None and card.candidate is None
    assert card.plate == "粤A99999" and card.plate_valid
    assert visits(db)[0].match == "unknown"


def test_inactive_vehicle_is_not_matched(db, shop):
    _, v = owner_with(db, "张伟", "粤B12345")
    vehicles.update_vehicle(db, v.id, v.version, active=False)
    assert reception.arrive(db, read("粤B12345"), now=NOW).match == "unknown"
    assert reception.arrive(db, read("粤B1Z345"), now=NOW).match == "unknown"


def test_read_missing_its_province_is_only_a_candidate(db, shop):
    _, v = owner_with(db, "张伟", "粤B12345")
    card = reception.arrive(db, PlateRead(plate="B12345", confidence=0.8, partial=True,
                                          valid=False), now=NOW)
    assert card.match == "candidate" and card.candidate.vehicle.id == v.id


def test_garbage_read_is_recorded_as_unknown(db, shop):
    card = reception.arrive(db, read("###"), now=NOW)
    assert card.match == "unknown" and not card.plate_valid
    assert len(visits(db)) == 1


def test_confirm_candidate_links_and_returns_the_full_card(db, shop):
    c, v = owner_with(db, "张伟", "粤B12345")
    card = reception.arrive(db, read("粤B1Z345"), now=NOW)
    confirmed = reception.confirm_candidate(db, card.visit_id, v.id)
    assert confirmed.match == "exact" and confirmed.confirmed and confirmed.greets
    assert confirmed.customer.id == c.id
    (visit,) = visits(db)
    assert (visit.vehicle_id, visit.customer_id) == (v.id, c.id)
    assert reception.arrival_card(db, card.visit_id).customer.id == c.id
    with pytest.raises(NotFound):
        reception.confirm_candidate(db, 999, v.id)


def test_a_confirmed_misread_is_history_under_the_confirmed_plate(db, shop):
    from app.services.customer_history import customer_history

    c, v = owner_with(db, "张伟", "粤B12345")
    card = reception.arrive(db, read("粤B1Z345"), now=NOW)
    reception.confirm_candidate(db, card.visit_id, v.id)
    (today,) = reception.todays_arrivals(db, NOW.date(), now=NOW)
    assert (today.plate, today.plate_display) == ("粤B12345", "粤B·12345")
    assert [x.plate for x in customer_history(db, c.id).visits] == ["粤B·12345"]


def test_register_visitor_creates_prospect_and_vehicle(db, shop):
    card = reception.arrive(db, read("粤A99999"), now=NOW)
    registered = reception.register_visitor(db, card.visit_id, "王小明", "13612345678",
                                            salutation="先生", consent_plate_recognition=True)
    assert registered.customer.name == "王小明" and registered.customer.kind == "prospect"
    assert registered.vehicle.plate == "粤A99999"
    again = reception.arrive(db, read("粤A99999"), now=NOW + timedelta(hours=1))
    assert again.match == "exact" and again.customer.id == registered.customer.id
    assert again.visit_count == 1


def test_register_visitor_validation(db, shop):
    owner_with(db, "张伟", "粤B12345")
    visit_id = reception.arrive(db, read("###"), now=NOW).visit_id
    cases = [
        ({"name": "", "mobile": "13612345678"}, ValidationError, "name"),
        ({"name": "王小明", "mobile": ""}, ValidationError, "mobile"),
        ({"name": "王小明", "mobile": "123"}, ValidationError, "mobile"),
        ({"name": "王小明", "mobile": "13612345678", "plate": "粤B1234"}, ValidationError,
         "plate"),
        ({"name": "王小明", "mobile": "13612345678", "purpose": "lunch"}, ValidationError,
         "purpose"),
        ({"name": "王小明", "mobile": "13612345678", "kind": "vip"}, ValidationError, "kind"),
        ({"name": "王小明", "mobile": "13612345678", "plate": "粤B12345"}, Conflict, "plate"),
    ]
    for kwargs, error, field in cases:
        with pytest.raises(error) as exc_info:
            reception.register_visitor(db, visit_id, **kwargs)
        assert_user_error(exc_info, error, field)
    # nothing half-saved: an unreadable plate is skipped and the visitor registered
    ok = reception.register_visitor(db, visit_id, "王小明", "13612345678", kind="service")
    assert ok.customer.kind == "customer" and ok.vehicle is None
    assert len(customers.search_customers(db, "王小明")) == 1


def test_hand_over_and_todays_arrivals(db, shop):
    c, _ = owner_with(db, "张伟", "粤B12345")
    yesterday = reception.arrive(db, read("粤B12345"), now=NOW - timedelta(days=1))
    first = reception.arrive(db, read("粤B12345"), now=NOW)
    second = reception.arrive(db, read("粤A99999"), now=NOW + timedelta(minutes=5))
    record = reception.hand_over(db, first.visit_id, shop.consultant_id, now=NOW)
    assert record.handled_by_name == "李强" and record.handed_over_at == NOW
    with pytest.raises(ValidationError) as exc_info:
        reception.hand_over(db, first.visit_id, shop.left_advisor_id)
    assert_user_error(exc_info, ValidationError, "staff_id")
    purposed = reception.set_purpose(db, second.visit_id, "sales", "看了新款汉")
    assert purposed.purpose == "sales" and purposed.outcome == "看了新款汉"
    today = reception.todays_arrivals(db, now=NOW)
    assert [v.id for v in today] == [second.visit_id, first.visit_id]
    assert today[1].customer_name == "张伟" and today[1].greeting == "张先生"
    assert yesterday.visit_id not in {v.id for v in today}


def test_other_desks_poll_arrivals_after_the_last_one_they_saw(db, shop):
    first = reception.arrive(db, read("粤A11111"), now=NOW)
    second = reception.arrive(db, read("粤A22222"), now=NOW)
    assert reception.arrivals_after(db, 0)[0].id == first.visit_id
    assert [v.id for v in reception.arrivals_after(db, first.visit_id)] == [second.visit_id]
    assert reception.arrivals_after(db, second.visit_id) == ()
    assert reception.arrival_card(db, second.visit_id).plate == "粤A22222"


@pytest.mark.parametrize(("camera", "label"), [
    (None, "gate"), ("", "gate"), ("gate-2", "gate-2"),
    ("rtsp://admin:secret@10.1.2.3:554/stream1", "rtsp://10.1.2.3:554/stream1"),
    ("/tmp/pytest-of-root/pytest-12/test_x0/gate.mp4", "gate.mp4"),
    (r"C:\\Cameras\\gate.mp4", "gate.mp4"),
    ("http://127.0.0.1:8080/" + "x" * 60, "…" + ("http://127.0.0.1:8080/" + "x" * 60)[-39:]),
])
def test_camera_label_is_short_and_has_no_password(camera, label):
    assert reception.camera_label(camera) == label
    assert len(reception.camera_label(camera)) <= 40


def test_long_camera_names_are_stored(db):
    card = reception.arrive(db, PlateRead(plate="粤B99999", confidence=0.9,
                                          camera="/very/long/folder/" * 5 + "gate-camera-file.mp4"))
    assert reception.arrival_card(db, card.visit_id).camera == "gate-camera-file.mp4"


def test_province_swapped_read_of_a_known_customer_is_a_candidate(db, shop):
    c, v = owner_with(db, "张伟", "湘A0H123")
    card = reception.arrive(db, PlateRead(plate="浙A0H123", confidence=1.0, province_confidence=1.0), now=NOW)
    assert card.match == "candidate" and not card.greets
    assert card.candidate.vehicle.id == v.id and card.candidate.customer.id == c.id
    assert visits(db)[0].customer_id is None


def test_serial_on_two_vehicles_of_other_provinces_is_ambiguous(db, shop):
    owner_with(db, "张伟", "湘A0H123")
    owner_with(db, "李强", "桂A0H123")
    card = reception.arrive(db, read("皖A0H123"), now=NOW)
    assert card.match == "ambiguous" and card.candidate_plates == ("桂A0H123", "湘A0H123")


def test_exact_read_with_an_unsure_province_is_a_candidate_not_a_greeting(db, shop):
    _, v = owner_with(db, "张伟", "桂B12345")
    card = reception.arrive(db, PlateRead(plate="桂B12345", confidence=0.75, province_confidence=0.75,
                                          char_confidences=(0.75,) + (0.99,) * 6), now=NOW)
    assert card.match == "candidate" and not card.greets and card.candidate.vehicle.id == v.id
    sure = reception.arrive(db, PlateRead(plate="桂B12345", confidence=0.97, province_confidence=0.97), now=NOW)
    assert sure.match == "exact" and sure.greets


def test_uncertain_read_of_a_known_plate_is_a_candidate_not_a_greeting(db, shop):
    _, v = owner_with(db, "张伟", "粤B12345")
    card = reception.arrive(db, PlateRead(plate="粤B12345", confidence=0.34, valid=False, uncertain=True,
                                          province_confidence=0.9), now=NOW)
    assert card.match == "candidate" and not card.greets and card.candidate.vehicle.id == v.id
    (visit,) = visits(db)
    assert visit.match == "candidate" and visit.customer_id is None


def test_check_in_arrival_is_one_use_case(db, shop):
    """From the pop-up: the work order opened from today's booking, the booking checked in
    and the visit's purpose set, in one call that returns the new card."""
    _c, v = owner_with(db, "张伟", "粤B12345")
    booked = bookings.create_booking(db, vehicle_id=v.id, item_ids=[shop.oil_id],
                                     slot_start=NOW + timedelta(minutes=15),
                                     advisor_id=shop.advisor_id, now=NOW)
    card = reception.arrive(db, read("粤B12345"), now=NOW)
    checked = reception.check_in_arrival(db, card.visit_id, who="reception", now=NOW)
    assert checked.booking.status == "checked_in"
    assert [w.status for w in checked.open_work_orders] == ["waiting_check_in"]
    assert bookings.get_booking(db, booked.id).status == "checked_in"
    (visit,) = visits(db)
    assert visit.purpose == "service"
    again = reception.check_in_arrival(db, card.visit_id, who="reception", now=NOW)
    assert [w.id for w in again.open_work_orders] == [w.id for w in checked.open_work_orders]


def test_check_in_arrival_of_an_unknown_car_is_refused(db, shop):
    card = reception.arrive(db, read("粤B99999"), now=NOW)
    with pytest.raises(ValidationError) as refused:
        reception.check_in_arrival(db, card.visit_id, now=NOW)
    assert "vehicle" in refused.value.en


def test_arrival_cards_after_gives_the_cards_of_newer_arrivals(db, shop):
    owner_with(db, "张伟", "粤B12345")
    first = reception.arrive(db, read("粤B12345"), now=NOW)
    second = reception.arrive(db, read("粤B99999"), now=NOW)
    cards = reception.arrival_cards_after(db, first.visit_id - 1)
    assert [c.visit_id for c in cards] == [first.visit_id, second.visit_id]
    assert cards[0].greets and cards[0].customer.greeting == "张先生"
    assert cards[1].match == "unknown"
