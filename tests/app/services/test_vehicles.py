"""Vehicle services: plate and VIN validation, taken plates, versions, lookup."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.vin import with_check_digit
from app.errors import Conflict, NotFound, StaleEdit, ValidationError
from app.services import customers, vehicles
from tests.app.services.conftest import assert_user_error

VIN = with_check_digit("LSVAU2180N2183294")


def test_add_normalises_plate_and_derives_colour(db):
    blue = vehicles.add_vehicle(db, plate="粤 b·12345")
    green = vehicles.add_vehicle(db, plate="粤BD12345", vin=VIN.lower())
    assert (blue.plate, blue.plate_color, blue.new_energy) == ("粤B12345", "blue", False)
    assert (green.plate_color, green.new_energy, green.vin) == ("green", True, VIN)
    assert green.plate_display == "粤B·D12345"


@pytest.mark.parametrize(("fields", "field"), [
    ({"plate": ""}, "plate"),
    ({"plate": "粤B1234"}, "plate"),
    ({"plate": "XYZ12345"}, "plate"),
    ({"vin": "LSVAU2180N218329"}, "vin"),
    ({"vin": "LSVAU2180N21832O4"}, "vin"),
    ({"vin": with_check_digit("LSVAU2180N2183294")[:8] + "Y" + VIN[9:]}, "vin"),
    ({"plate_color": "green"}, "plate_color"),
    ({"plate_color": "purple"}, "plate_color"),
    ({"year": 1970}, "year"),
    ({"mileage_km": -5}, "mileage_km"),
    ({"purchase_date": date.today() + timedelta(days=5)}, "purchase_date"),
    ({"brand": "B" * 61}, "brand"),
])
def test_every_validation_error_names_its_field(db, fields, field):
    fields = {"plate": "粤B12345", **fields}
    with pytest.raises(ValidationError) as exc_info:
        vehicles.add_vehicle(db, **fields)
    assert_user_error(exc_info, ValidationError, field)


def test_vin_messages_differ_by_problem(db):
    messages = set()
    for vin in ("SHORT", "LSVAU2180N21832O4", VIN[:8] + ("1" if VIN[8] != "1" else "2") + VIN[9:]):
        with pytest.raises(ValidationError) as exc_info:
            vehicles.add_vehicle(db, plate="粤B12345", vin=vin)
        messages.add(exc_info.value.en)
    assert len(messages) == 3


def test_owner_must_exist(db):
    with pytest.raises(NotFound) as exc_info:
        vehicles.add_vehicle(db, plate="粤B12345", owner_id=42)
    assert exc_info.value.field == "owner_id"


def test_a_plate_active_on_another_vehicle_is_a_conflict(db):
    vehicles.add_vehicle(db, plate="粤B12345")
    with pytest.raises(Conflict) as exc_info:
        vehicles.add_vehicle(db, plate="粤b12345")
    assert_user_error(exc_info, Conflict, "plate")


def test_a_plate_of_an_inactive_vehicle_may_be_reused(db):
    old = vehicles.add_vehicle(db, plate="粤B12345")
    vehicles.update_vehicle(db, old.id, old.version, active=False)
    new = vehicles.add_vehicle(db, plate="粤B12345")
    assert vehicles.find_by_plate(db, "粤B·12345").id == new.id
    with pytest.raises(Conflict):
        vehicles.update_vehicle(db, old.id, old.version + 1, active=True)


def test_a_vin_on_another_vehicle_is_a_conflict(db):
    vehicles.add_vehicle(db, plate="粤B12345", vin=VIN)
    with pytest.raises(Conflict) as exc_info:
        vehicles.add_vehicle(db, plate="粤B54321", vin=VIN)
    assert_user_error(exc_info, Conflict, "vin")


def test_update_checks_the_version(db):
    record = vehicles.add_vehicle(db, plate="粤B12345")
    moved = vehicles.update_vehicle(db, record.id, record.version, mileage_km=12000,
                                    mileage_date=date.today())
    assert moved.mileage_km == 12000 and moved.version == record.version + 1
    with pytest.raises(StaleEdit):
        vehicles.update_vehicle(db, record.id, record.version, mileage_km=13000)
    assert vehicles.get_vehicle(db, record.id).mileage_km == 12000


def test_changing_to_a_green_plate_recolours(db):
    record = vehicles.add_vehicle(db, plate="粤B12345")
    updated = vehicles.update_vehicle(db, record.id, record.version, plate="粤BD12345")
    assert updated.plate_color == "green"


def test_find_by_plate_ignores_inactive(db):
    owner = customers.create_customer(db, name="李娜")
    record = vehicles.add_vehicle(db, plate="粤B12345", owner_id=owner.id)
    assert vehicles.find_by_plate(db, "粤B12345").owner_id == owner.id
    vehicles.update_vehicle(db, record.id, record.version, active=False)
    assert vehicles.find_by_plate(db, "粤B12345") is None
    assert vehicles.find_by_plate(db, "粤B99999") is None


def test_mileage_goes_back_only_with_a_reason_which_is_audited(db):
    from app.services.audit import audit_trail

    car = vehicles.add_vehicle(db, plate="粤B12345", mileage_km=52_000)
    with pytest.raises(ValidationError) as exc_info:
        vehicles.update_vehicle(db, car.id, car.version, mileage_km=25_000)
    assert_user_error(exc_info, ValidationError, "mileage_km")
    assert "52000" in exc_info.value.zh
    fixed = vehicles.update_vehicle(db, car.id, car.version, mileage_km=25_000,
                                    mileage_reason="录入错误，多打了一位")
    assert fixed.mileage_km == 25_000
    last = audit_trail(db, "vehicles", car.id)[-1]
    assert last.after["reason"] == "录入错误，多打了一位"
    assert last.before["mileage_km"] == 52_000 and last.after["mileage_km"] == 25_000
