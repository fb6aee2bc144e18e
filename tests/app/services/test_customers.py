"""Customer services: validation, stale edits, profile and the desk's search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import NotFound, StaleEdit, ValidationError
from app.services import customers, vehicles
from app.services.audit import audit_trail
from tests.app.services.conftest import assert_user_error


def _customer(db, **fields):
    fields.setdefault("name", "张伟")
    return customers.create_customer(db, **fields)


def test_create_normalises_and_indexes(db):
    record = _customer(db, salutation="先生", mobile="+86 138-0013-8000", consent_contact=True)
    assert record.mobile == "13800138000"
    assert record.mobile_masked == "138****8000"
    assert record.greeting == "张先生"
    assert record.consent_contact and record.consent_contact_at is not None
    assert record.version == 1


@pytest.mark.parametrize(("fields", "field"), [
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "张" * 51}, "name"),
    ({"mobile": "1380013800"}, "mobile"),
    ({"mobile": "12800138000"}, "mobile"),
    ({"mobile": "1380013800a"}, "mobile"),
    ({"birthday": date.today() + timedelta(days=2)}, "birthday"),
    ({"birthday": date(1850, 1, 1)}, "birthday"),
    ({"salutation": "尊敬的先生女士们好"}, "salutation"),
    ({"tier": "platinum"}, "tier"),
    ({"source": "tv"}, "source"),
    ({"kind": "vip"}, "kind"),
    ({"consent_contact": True, "consent_contact_at": date.today() + timedelta(days=3)},
     "consent_contact_at"),
    ({"notes": "x" * 2001}, "notes"),
])
def test_every_validation_error_names_its_field(db, fields, field):
    fields = {"name": "张伟", **fields}
    with pytest.raises(ValidationError) as exc_info:
        customers.create_customer(db, **fields)
    assert_user_error(exc_info, ValidationError, field)


def test_assigned_staff_must_be_active_and_in_role(db, shop):
    with pytest.raises(ValidationError) as exc_info:
        _customer(db, advisor_id=shop.left_advisor_id)
    assert_user_error(exc_info, ValidationError, "advisor_id")
    with pytest.raises(ValidationError) as exc_info:
        _customer(db, consultant_id=shop.advisor_id)
    assert_user_error(exc_info, ValidationError, "consultant_id")
    ok = _customer(db, consultant_id=shop.consultant_id, advisor_id=shop.advisor_id)
    profile = customers.get_customer(db, ok.id)
    assert (profile.consultant_name, profile.advisor_name) == ("李强", "陈静")


def test_update_bumps_version_and_is_audited(db):
    record = _customer(db)
    updated = customers.update_customer(db, record.id, record.version, who="王芳",
                                        mobile="13912345678", notes="喜欢喝绿茶")
    assert updated.version == record.version + 1
    assert updated.mobile == "13912345678"
    trail = audit_trail(db, "customers", record.id)
    assert [e.action for e in trail] == ["create", "update"]
    assert trail[1].who == "王芳"
    assert trail[1].before["mobile"] is None and trail[1].after["mobile"] == "13912345678"


def test_stale_edit_is_refused_and_nothing_saved(db):
    record = _customer(db)
    customers.update_customer(db, record.id, record.version, notes="desk A saved first")
    with pytest.raises(StaleEdit) as exc_info:
        customers.update_customer(db, record.id, record.version, notes="desk B")
    assert exc_info.value.zh and exc_info.value.en
    assert customers.get_customer(db, record.id).customer.notes == "desk A saved first"


def test_withdrawing_consent_clears_its_date(db):
    record = _customer(db, consent_plate_recognition=True)
    assert record.consent_plate_recognition_at is not None
    updated = customers.update_customer(db, record.id, record.version,
                                        consent_plate_recognition=False)
    assert not updated.consent_plate_recognition and updated.consent_plate_recognition_at is None


def test_unknown_customer_is_not_found(db):
    with pytest.raises(NotFound):
        customers.get_customer(db, 999)
    with pytest.raises(NotFound):
        customers.update_customer(db, 999, 1, notes="x")


def test_profile_lists_vehicles(db):
    record = _customer(db)
    vehicles.add_vehicle(db, plate="粤B12345", owner_id=record.id)
    vehicles.add_vehicle(db, plate="粤BD54321", owner_id=record.id)
    profile = customers.get_customer(db, record.id)
    assert [v.plate for v in profile.vehicles] == ["粤B12345", "粤BD54321"]


@pytest.fixture
def people(db):
    """Three customers with a vehicle each."""
    made = {}
    for name, mobile, plate in (("张伟", "13800138000", "粤B12345"),
                                ("张薇", "13911112222", "粤B67890"),
                                ("欧阳娜娜", "13700008000", "粤AD88888")):
        c = customers.create_customer(db, name=name, mobile=mobile, salutation="女士")
        vehicles.add_vehicle(db, plate=plate, owner_id=c.id)
        made[name] = c.id
    return made


@pytest.mark.parametrize(("query", "expected", "matched_on"), [
    ("13800138000", ["张伟"], "mobile"),
    ("138 0013 8000", ["张伟"], "mobile"),
    ("8000", ["张伟", "欧阳娜娜"], "mobile_tail"),
    ("zw", ["张伟", "张薇"], "initials"),
    ("ZW", ["张伟", "张薇"], "initials"),
    ("oy", ["欧阳娜娜"], "initials"),
    ("张", ["张伟", "张薇"], "name"),
    ("娜娜", ["欧阳娜娜"], "name"),
    ("粤B12345", ["张伟"], "plate"),
    ("b123", ["张伟"], "plate"),
    ("B1Z3", ["张伟"], "plate"),
    ("678", ["张薇"], "plate"),
    ("粤A", ["欧阳娜娜"], "plate"),
])
def test_search_kinds(db, people, query, expected, matched_on):
    hits = customers.search_customers(db, query)
    assert sorted(h.name for h in hits) == sorted(expected)
    assert {h.matched_on for h in hits} == {matched_on}


def test_search_hit_carries_plates_and_masked_mobile(db, people):
    (hit,) = customers.search_customers(db, "13800138000")
    assert hit.plates == ("粤B12345",)
    assert hit.mobile_masked == "138****8000"
    assert hit.greeting == "张女士"


def test_search_nothing(db, people):
    assert customers.search_customers(db, "") == ()
    assert customers.search_customers(db, "李") == ()
    assert customers.search_customers(db, "13000000000") == ()


def test_greeting_and_initials():
    assert customers.greeting("欧阳娜娜", "女士") == "欧阳女士"
    assert customers.greeting("王芳", "") == "王芳"
    assert customers.name_initials("张伟") == "zw"
    assert customers.name_initials("Tom 李") == "tl"


def test_like_wildcards_in_a_name_search_are_literal(db):
    customers.create_customer(db, name="张伟", mobile="13812345678")
    customers.create_customer(db, name="王_伟", mobile="13812340000")
    assert [h.name for h in customers.search_customers(db, "张伟")] == ["张伟"]
    assert [h.name for h in customers.search_customers(db, "_伟")] == ["王_伟"]
    assert customers.search_customers(db, "%伟") == ()


def test_recent_customers_last_seen_first_then_last_changed(db):
    from datetime import UTC, datetime

    from app.domain.reads import PlateRead
    from app.services import reception

    now = datetime.now(UTC)
    old = customers.create_customer(db, name="赵一")
    seen = customers.create_customer(db, name="钱二", consent_plate_recognition=True)
    vehicles.add_vehicle(db, plate="粤B30001", owner_id=seen.id)
    reception.arrive(db, PlateRead(plate="粤B30001", confidence=0.99), now=now + timedelta(hours=1))
    newest = customers.create_customer(db, name="孙三")
    hits = customers.recent_customers(db)
    assert [h.name for h in hits][:3] == ["钱二", "孙三", "赵一"]
    assert hits[0].plates == ("粤B30001",) and hits[0].matched_on == ""
    assert [h.customer_id for h in customers.recent_customers(db, limit=1)] == [seen.id]
    assert {old.id, newest.id} <= {h.customer_id for h in hits}
