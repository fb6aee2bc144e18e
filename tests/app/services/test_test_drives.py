"""Test drives: the fleet, a booking clash refused, the licence number checked, the drive
out and back with feedback, the agreement PDF read back (licence masked), and the
test-drive car at the gate not greeted and closing its drive (SQLite and PostgreSQL)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.acting import Actor, PermissionRefused, acting_as
from app.domain.reads import PlateRead
from app.errors import Conflict, NotFound, ValidationError
from app.models import MatchKind, Visit
from app.services import customers, reception, test_drives, vehicles
from app.services.common import STORE_TZ
from app.services.test_drives import BookingForm
from tests.app.services.conftest import assert_user_error

NOW = datetime(2030, 3, 4, 9, 0, tzinfo=STORE_TZ)
#: A valid resident ID number (check digit 1) and the same with a wrong check digit.
LICENCE = "440106199003071231"
BAD_CHECK = "440106199003071234"


@pytest.fixture
def fleet(db, shop):
    """Two fleet cars of the shop's store and a customer; returns (shop, car ids, customer)."""
    camry = test_drives.add_car(db, shop.store_id, "粤A·TD001", "凯美瑞 2.0HG", 1200)
    bz4x = test_drives.add_car(db, shop.store_id, "粤AD12345", "bZ4X 长续航 Pro", 300)
    customer = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678")
    return shop, (camry.id, bz4x.id), customer.id


def form(fleet, start_h: float = 10, hours: float = 1, car: int = 0, **changes) -> BookingForm:
    shop, cars, customer_id = fleet
    start = NOW + timedelta(hours=start_h - 9)
    values = dict(car_id=cars[car], customer_id=customer_id, consultant_id=shop.consultant_id,
                  start_at=start, end_at=start + timedelta(hours=hours), licence_number=LICENCE)
    values.update(changes)
    return BookingForm(**values)


def test_the_fleet_lists_cars_with_valid_unique_plates(db, fleet):
    shop, _cars, _ = fleet
    cars = test_drives.fleet(db, shop.store_id)
    assert [(c.plate, c.status, c.mileage_km, c.new_energy) for c in cars] == [
        ("粤AD12345", "in_service", 300, True), ("粤ATD001", "in_service", 1200, False)]
    with pytest.raises(Conflict) as exc:
        test_drives.add_car(db, shop.store_id, "粤ATD001", "凯美瑞")
    assert_user_error(exc, Conflict, "plate")
    with pytest.raises(ValidationError) as exc:
        test_drives.add_car(db, shop.store_id, "粤A12", "凯美瑞")
    assert_user_error(exc, ValidationError, "plate")
    assert len(test_drives.fleet(db, shop.store_id)) == 2


def test_a_booking_clash_with_the_same_car_is_refused(db, fleet):
    first = test_drives.book(db, fleet[0].store_id, form(fleet, 10, 1), now=NOW)
    assert (first.status, first.licence_masked) == ("booked", "****1231")
    with pytest.raises(Conflict) as exc:
        test_drives.book(db, fleet[0].store_id, form(fleet, 10.5, 1), now=NOW)
    assert_user_error(exc, Conflict, "start")
    assert first.number in exc.value.zh and "粤A·TD001" in exc.value.zh
    assert first.number in exc.value.en
    # back to back is no clash; another car at the same time is none either
    after = test_drives.book(db, fleet[0].store_id, form(fleet, 11, 1), now=NOW)
    other_car = test_drives.book(db, fleet[0].store_id, form(fleet, 10.5, 1, car=1), now=NOW)
    # a cancelled booking frees its time
    test_drives.cancel(db, fleet[0].store_id, first.id)
    again = test_drives.book(db, fleet[0].store_id, form(fleet, 10.25, 0.5), now=NOW)
    day = test_drives.day_view(db, fleet[0].store_id, NOW.date())
    assert {d.number for d in day.drives} == {after.number, other_car.number, again.number}
    assert len(day.cars) == 2


@pytest.mark.parametrize(("licence", "message"), [
    ("", "请输入驾驶证号"), ("4401061990030712", "18 位"), (BAD_CHECK, "校验位"),
    ("440106199013071235", "格式不对")])
def test_a_wrong_licence_number_is_refused_with_what_is_wrong(db, fleet, licence, message):
    with pytest.raises(ValidationError) as exc:
        test_drives.book(db, fleet[0].store_id, form(fleet, licence_number=licence), now=NOW)
    assert_user_error(exc, ValidationError, "licence_number")
    assert message in exc.value.zh
    assert test_drives.day_view(db, fleet[0].store_id, NOW.date()).drives == ()


def test_bad_times_are_refused(db, fleet):
    store_id = fleet[0].store_id
    for changes, field in (({"hours": -1}, "end"), ({"hours": 5}, "end"),
                           ({"start_h": 7}, "start")):
        with pytest.raises(ValidationError) as exc:
            test_drives.book(db, store_id, form(fleet, **changes), now=NOW)
        assert_user_error(exc, ValidationError, field)


def test_a_drive_out_and_back_with_feedback(db, fleet):
    store_id, (camry, _), _ = fleet[0].store_id, fleet[1], fleet[2]
    drive = test_drives.book(db, store_id, form(fleet), now=NOW)
    with pytest.raises(ValidationError):
        test_drives.start_drive(db, store_id, drive.id, 1210, 80, agreement_signed=False)
    with pytest.raises(ValidationError) as exc:
        test_drives.start_drive(db, store_id, drive.id, 1100, 80, agreement_signed=True)
    assert_user_error(exc, ValidationError, "mileage_out")
    with pytest.raises(ValidationError) as exc:
        test_drives.start_drive(db, store_id, drive.id, 1210, 120, agreement_signed=True)
    assert_user_error(exc, ValidationError, "fuel_out")
    with pytest.raises(Conflict):
        test_drives.record_feedback(db, store_id, drive.id, 5, "很好")
    out = test_drives.start_drive(db, store_id, drive.id, 1210, 80, agreement_signed=True,
                                  now=NOW + timedelta(hours=1))
    assert (out.status, out.mileage_out, out.fuel_out) == ("out", 1210, 80)
    assert out.agreement_signed_at is not None
    assert [c.status for c in test_drives.fleet(db, store_id) if c.id == camry] == ["on_drive"]
    with pytest.raises(ValidationError) as exc:
        test_drives.record_return(db, store_id, drive.id, 1200, 70)
    assert_user_error(exc, ValidationError, "mileage_back")
    back = test_drives.record_return(db, store_id, drive.id, 1236, 72,
                                     now=NOW + timedelta(hours=2))
    assert (back.status, back.distance_km, back.fuel_back) == ("returned", 26, 72)
    with pytest.raises(ValidationError) as exc:
        test_drives.record_feedback(db, store_id, drive.id, 6, "")
    assert_user_error(exc, ValidationError, "rating")
    rated = test_drives.record_feedback(db, store_id, drive.id, 4, "  动力好，后排略窄  ")
    assert (rated.rating, rated.feedback) == (4, "动力好，后排略窄")
    car = next(c for c in test_drives.fleet(db, store_id) if c.id == camry)
    assert (car.status, car.mileage_km) == ("in_service", 1236)


def test_another_stores_drive_is_not_found(db, fleet):
    from app.models import Store

    drive = test_drives.book(db, fleet[0].store_id, form(fleet), now=NOW)
    with db.session() as s:
        other = Store(code="SZ01", name="深圳店")
        s.add(other)
        s.flush()
        other_id = other.id
    with pytest.raises(NotFound):
        test_drives.get_drive(db, other_id, drive.id)
    assert test_drives.fleet(db, other_id) == ()


def test_a_technician_may_not_book(db, fleet):
    with acting_as(Actor(name="赵磊", role="technician", desk="test")), \
            pytest.raises(PermissionRefused):
        test_drives.book(db, fleet[0].store_id, form(fleet), now=NOW)
    with acting_as(Actor(name="王芳", role="reception", desk="test")):
        assert test_drives.book(db, fleet[0].store_id, form(fleet), now=NOW).status == "booked"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_agreement_pdf_reads_back_with_the_licence_masked(db, fleet):
    store_id = fleet[0].store_id
    drive = test_drives.book(db, store_id, form(fleet), now=NOW)
    test_drives.start_drive(db, store_id, drive.id, 1210, 80, agreement_signed=True,
                            now=NOW + timedelta(hours=1))
    pdf = test_drives.agreement_pdf(db, store_id, drive.id)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    for expected in ("试乘试驾协议", drive.number, "张伟", "138****5678", "粤A·TD001",
                     "凯美瑞 2.0HG", "李强", "****1231", "1210 km", "80 %", "2030-03-04 10:00",
                     "试驾须知", "客户签字", "广州天河4S店"):
        assert expected in text, expected
    assert LICENCE not in text and LICENCE[:14] not in text
    assert "13812345678" not in text


def read(plate: str, **changes) -> PlateRead:
    return PlateRead(plate=plate, confidence=0.97, **changes)


def test_the_test_drive_car_at_the_gate_is_not_greeted_and_closes_its_drive(db, fleet):
    store_id = fleet[0].store_id
    # a customer's car one confusion away (粤ATD00I is no plate; D/0 swap is) is not it
    drive = test_drives.book(db, store_id, form(fleet), now=NOW)
    test_drives.start_drive(db, store_id, drive.id, 1210, 80, agreement_signed=True,
                            now=NOW + timedelta(hours=1))
    back_at = NOW + timedelta(hours=1, minutes=40)
    card = reception.arrive(db, read("粤ATD001"), now=back_at, store_id=store_id)
    assert card.match == "fleet" and not card.greets and card.customer is None
    assert card.test_drive_number == drive.number
    closed = test_drives.get_drive(db, store_id, drive.id)
    assert (closed.status, closed.back_at, closed.closed_at_gate) == ("returned", back_at, True)
    assert closed.mileage_back is None          # filled in later
    later = test_drives.record_return(db, store_id, drive.id, 1240, 70)
    assert (later.status, later.back_at, later.distance_km) == ("returned", back_at, 30)
    with db.session() as s:
        visit = s.scalar(select(Visit).where(Visit.id == card.visit_id))
        assert (visit.match, visit.customer_id, visit.vehicle_id) == (MatchKind.FLEET, None, None)
    # again at the gate with no drive out: still the store's own car, nothing to close
    again = reception.arrive(db, read("粤ATD001"), now=back_at + timedelta(hours=1),
                             store_id=store_id)
    assert (again.match, again.test_drive_number) == ("fleet", "")


def test_an_unsure_read_or_a_retired_car_is_not_taken_for_the_fleet(db, fleet):
    store_id, (camry, _), _ = fleet[0].store_id, fleet[1], fleet[2]
    owner = customers.create_customer(db, name="王芳", mobile="13812340000",
                                      consent_plate_recognition=True)
    test_drives.set_car_status(db, store_id, camry, "retired")
    vehicles.add_vehicle(db, plate="粤ATD001", owner_id=owner.id)   # sold on to a customer
    card = reception.arrive(db, read("粤ATD001"), now=NOW, store_id=store_id)
    assert card.match == "exact" and card.greets and card.customer.name == "王芳"
    unsure = reception.arrive(db, read("粤AD12345", uncertain=True), now=NOW,
                              store_id=store_id)
    assert unsure.match != "fleet"


def test_another_stores_desk_does_not_take_the_car_for_its_own(db, fleet):
    from app.models import Store

    with db.session() as s:
        other = Store(code="SZ01", name="深圳店")
        s.add(other)
        s.flush()
        other_id = other.id
    card = reception.arrive(db, read("粤ATD001"), now=NOW, store_id=other_id)
    assert card.match == "unknown"
    assert reception.arrive(db, read("粤ATD001"), now=NOW).match == "fleet"   # the gate PC


def test_erasing_the_customer_deletes_their_drives_and_licence(db, fleet):
    from app.services import customer_rights

    store_id, customer_id = fleet[0].store_id, fleet[2]
    drive = test_drives.book(db, store_id, form(fleet, licence_photo_path="/data/licences/a.jpg"),
                             now=NOW)
    assert drive.has_licence_photo
    customer_rights.erase_customer(db, customer_id, who="测试店长")
    with pytest.raises(NotFound):
        test_drives.get_drive(db, store_id, drive.id)
    assert [c.status for c in test_drives.fleet(db, store_id)] == ["in_service", "in_service"]


def _lead(db, fleet, mobile: str = "13812345678", name: str = "张伟") -> int:
    from app.services import leads
    from app.services.leads import LeadForm

    shop = fleet[0]
    return leads.register_lead(db, LeadForm(name=name, mobile=mobile,
                                            consultant_id=shop.consultant_id),
                               store_id=shop.store_id).id


def _stage(db, lead_id: int) -> str:
    from app.models import Opportunity

    with db.session() as s:
        return s.get(Opportunity, lead_id).stage.value


def test_a_booking_names_the_customers_open_lead_and_moves_it_to_test_drive(db, fleet):
    lead_id = _lead(db, fleet)
    shop, _cars, customer_id = fleet
    link = test_drives.lead_for(db, shop.store_id, customer_id)
    assert (link.opportunity_id, link.stage) == (lead_id, "new")
    drive = test_drives.book(db, shop.store_id, form(fleet, 10, 1), now=NOW)
    assert drive.opportunity_id == lead_id
    assert _stage(db, lead_id) == "test_drive"
    assert test_drives.get_drive(db, shop.store_id, drive.id).opportunity_id == lead_id
    # a clash is refused whole: the lead moves with the booking or not at all
    from app.models import Opportunity, OpportunityStageChange

    with db.session() as s:
        s.get(Opportunity, lead_id).stage = "new"
    with pytest.raises(Conflict):
        test_drives.book(db, shop.store_id, form(fleet, 10.5, 1), now=NOW)
    assert _stage(db, lead_id) == "new"
    with db.session() as s:
        moves = s.scalars(select(OpportunityStageChange.to_stage).where(
            OpportunityStageChange.opportunity_id == lead_id)).all()
    assert moves == ["new", "test_drive"]


def test_a_booking_without_a_lead_names_none_and_another_customers_is_refused(db, fleet):
    shop, _cars, customer_id = fleet
    assert test_drives.lead_for(db, shop.store_id, customer_id) is None
    drive = test_drives.book(db, shop.store_id, form(fleet, 10, 1), now=NOW)
    assert drive.opportunity_id is None
    theirs = _lead(db, fleet, mobile="13900001234", name="王芳")
    with pytest.raises(NotFound) as exc:
        test_drives.book(db, shop.store_id, form(fleet, 12, 1, opportunity_id=theirs), now=NOW)
    assert_user_error(exc, NotFound, "opportunity_id")
    assert _stage(db, theirs) == "new"


def test_erasing_a_customer_takes_their_lead_and_its_drive(db, fleet):
    from app.models import Opportunity, TestDrive
    from app.services import customer_rights

    lead_id = _lead(db, fleet)
    shop, _cars, customer_id = fleet
    drive = test_drives.book(db, shop.store_id, form(fleet, 10, 1), now=NOW)
    customer_rights.erase_customer(db, customer_id, who="")
    with db.session() as s:
        assert s.get(TestDrive, drive.id) is None and s.get(Opportunity, lead_id) is None


def test_a_deleted_lead_leaves_its_drive_without_one(db, fleet):
    """No service deletes a lead alone today; the database keeps the drive (the record of
    the fleet car's use) whoever deletes it, its lead cleared (ON DELETE SET NULL)."""
    from sqlalchemy import delete

    from app.models import Opportunity

    lead_id = _lead(db, fleet)
    shop = fleet[0]
    drive = test_drives.book(db, shop.store_id, form(fleet, 10, 1), now=NOW)
    with db.session() as s:
        s.execute(delete(Opportunity).where(Opportunity.id == lead_id))
    kept = test_drives.get_drive(db, shop.store_id, drive.id)
    assert (kept.number, kept.opportunity_id, kept.lead_interest) == (drive.number, None, "")
    assert kept.licence_masked == "****1231"
