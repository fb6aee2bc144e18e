"""The demo store: deterministic from its seed, complete, and fit for the reception demo."""

from __future__ import annotations

import re
import shutil
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.demo import seed_demo_store, seed_if_empty
from app.demo.clock import store_today
from app.domain.plates import PlateKind, parse
from app.domain.reads import PlateRead
from app.domain.vin import is_valid_vin
from app.errors import Conflict
from app.models import (
    BayKind,
    Booking,
    CatalogueVehicle,
    Customer,
    Quote,
    QuoteStatus,
    Staff,
    StaffRole,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from app.services import bookings, parts, reception
from tests.conftest import _pg_admin, _pg_url

DAY = date(2026, 11, 23)


@pytest.fixture
def other_db(db_kind, migrated_template, tmp_path, request):
    """A second fresh migrated database, beside the `db` fixture's."""
    if db_kind == "sqlite":
        path = tmp_path / "other.sqlite3"
        shutil.copyfile(migrated_template, path)
        database = Database(f"sqlite:///{path}")
        yield database
        database.dispose()
        return
    server = request.getfixturevalue("pg_server_url")
    name = f"o_{uuid.uuid4().hex[:12]}"
    _pg_admin(server, f'CREATE DATABASE "{name}" TEMPLATE "{migrated_template}"')
    database = Database(_pg_url(server, name))
    yield database
    database.dispose()
    _pg_admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fingerprint(database: Database) -> dict[str, list[tuple]]:
    with database.session() as s:
        return {
            "customers": sorted(s.execute(select(
                Customer.id, Customer.name, Customer.salutation, Customer.mobile,
                Customer.birthday, Customer.tier)).all()),
            "vehicles": sorted(s.execute(select(
                Vehicle.plate, Vehicle.vin, Vehicle.model, Vehicle.purchase_date,
                Vehicle.owner_id)).all()),
            "bookings": sorted(s.execute(select(
                Booking.slot_start, Booking.bay_id, Booking.vehicle_id, Booking.status)).all()),
            "work_orders": sorted(s.execute(select(WorkOrder.number, WorkOrder.status)).all()),
        }


def test_the_same_seed_gives_the_same_store(db, other_db):
    seed_demo_store(db, customers=320, seed=7, today=DAY)
    seed_demo_store(other_db, customers=320, seed=7, today=DAY)
    first, second = _fingerprint(db), _fingerprint(other_db)
    assert first == second
    assert len(first["customers"]) == 320


def test_the_default_store_is_complete(db):
    assert seed_if_empty(db) is True
    today = store_today()
    with db.session() as s:
        customers = s.execute(select(Customer.name, Customer.salutation, Customer.mobile)).all()
        vehicles = s.execute(select(Vehicle.plate, Vehicle.plate_color, Vehicle.vin,
                                    Vehicle.new_energy, Vehicle.purchase_date,
                                    Vehicle.insurance_expiry)).all()
        roles = set(s.scalars(select(Staff.role)))
        wo_statuses = set(s.scalars(select(WorkOrder.status)))
        quote_statuses = set(s.scalars(select(Quote.status)))
        on_sale = s.scalar(select(func.count()).select_from(CatalogueVehicle))
    _check_customers(customers)
    _check_vehicles(vehicles, today)
    assert roles == set(StaffRole)
    assert wo_statuses == set(WorkOrderStatus)
    assert quote_statuses == set(QuoteStatus)
    assert sum(p.on_hand < p.threshold for p in parts.list_parts(db)) >= 3
    assert on_sale >= 10
    _check_todays_bookings(db, today)


def _check_customers(customers) -> None:
    assert len(customers) >= 300
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", c.name) for c in customers)
    assert {c.salutation for c in customers} == {"先生", "女士"}
    mobiles = [c.mobile for c in customers]
    assert all(re.fullmatch(r"1[3-9]\d{9}", m) for m in mobiles)
    assert len(set(mobiles)) == len(mobiles)


def _check_vehicles(vehicles, today: date) -> None:
    assert len(vehicles) >= 300
    assert len({v.plate for v in vehicles}) == len(vehicles)
    assert len({v.vin for v in vehicles}) == len(vehicles)
    for v in vehicles:
        info = parse(v.plate)
        assert info is not None and info.plate == v.plate and info.province == "粤", v.plate
        assert info.kind == (PlateKind.NEV_SMALL if v.new_energy else PlateKind.STANDARD)
        assert v.plate_color == ("green" if v.new_energy else "blue")
        assert is_valid_vin(v.vin), v.vin
    assert Counter(v.new_energy for v in vehicles)[True] >= 10
    oldest = min(v.purchase_date for v in vehicles)
    assert today - oldest > timedelta(days=5 * 365)
    soon = [v for v in vehicles if today <= v.insurance_expiry <= today + timedelta(days=60)]
    assert len(soon) >= 5


def _check_todays_bookings(db: Database, today: date) -> None:
    booked = bookings.bookings_for_day(db, today)
    assert len(booked) >= 10
    assert sum(b.bay_kind == BayKind.QUICK_LANE for b in booked) >= 3
    assert len({b.bay_id for b in booked}) >= 5
    assert len({b.slot_start for b in booked}) >= 5


def test_seed_if_empty_seeds_once(db):
    assert seed_if_empty(db) is True
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(Customer))
    assert seed_if_empty(db) is False
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == count
    with pytest.raises(Conflict):
        seed_demo_store(db)


def test_reception_can_demonstrate_confusable_plates(db):
    seed_demo_store(db, customers=60)
    with db.session() as s:
        assert s.scalar(select(Vehicle.id).where(Vehicle.plate == "粤B1234S")) is None
    exact = reception.arrive(db, PlateRead("粤B12345", 0.98))
    assert exact.match == "exact" and exact.customer.name == "陈志强"
    assert exact.booking is not None
    candidate = reception.arrive(db, PlateRead("粤B1234S", 0.9))
    assert candidate.match == "candidate" and candidate.candidate.vehicle.plate == "粤B12345"
    ambiguous = reception.arrive(db, PlateRead("粤A50123", 0.9))
    assert ambiguous.match == "ambiguous"
    assert reception.arrive(db, PlateRead("粤A88B66", 0.97)).open_complaint


def test_a_larger_store_seeds_light_rows_beyond_the_detail(db):
    summary = seed_demo_store(db, customers=2000, seed=3)
    assert "2000 customers" in summary
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 2000
        assert s.scalar(select(func.count()).select_from(Vehicle)) >= 2000
        assert s.scalar(select(func.count(func.distinct(Vehicle.plate)))) == \
            s.scalar(select(func.count()).select_from(Vehicle))
    # ids handed out by the seeder do not block the next insert (PostgreSQL sequences)
    with db.session() as s:
        s.add(Customer(name="新客户", mobile="13900000000", mobile_tail="0000"))


def test_a_tiny_store_seeds_too(db):
    assert "3 customers" in seed_demo_store(db, customers=3)


@pytest.mark.parametrize("hour", [23, 11, 0])
def test_todays_bookings_follow_the_store_clock(db, hour):
    from app.demo.clock import at
    from app.services.expected_visitors import expected_today

    now = at(DAY, hour * 60)                          # the store's real time at seeding
    seed_demo_store(db, customers=120, today=DAY, now=now)
    states = Counter(v.state for v in expected_today(db, now=now))
    assert states["late"] <= 1, states                # not every booking "late"
    if hour == 23:                                    # the day is over: they came
        assert states["late"] == 0 and states["not_yet"] == 0 and states["arrived"] >= 10
    elif hour == 0:                                   # before opening: nobody came yet
        assert states["arrived"] == 0 and states["not_yet"] >= 10, states
    else:
        assert states["arrived"] >= 1 and states["not_yet"] >= 5, states


def test_no_demo_work_order_lists_a_job_twice(db):
    from app.demo.orders import Job
    from app.models import WorkOrderLine

    job = Job(("MS01", "BR01", "MS01"), pending=("BR01",))   # brakes offered, not yet approved
    assert (job.codes, job.pending) == (("MS01",), ("BR01",))
    seed_demo_store(db, customers=40, today=DAY)
    with db.session() as s:
        lines = s.execute(select(WorkOrderLine.work_order_id, WorkOrderLine.description)).all()
    assert [line for line, n in Counter(lines).items() if n > 1] == []


def test_the_demo_accounts_of_the_readme_sign_in(db):
    from app.acting import acting_as
    from app.demo.store import DEMO_LOGINS, DEMO_PASSWORD, DEMO_PIN
    from app.services import accounts

    seed_demo_store(db, customers=40)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"`{DEMO_PASSWORD}`" in readme and f"PIN `{DEMO_PIN}`" in readme
    with acting_as(None):
        for role, login in DEMO_LOGINS.items():
            assert f"| `{login}` |" in readme
            actor = accounts.sign_in(db, login, DEMO_PASSWORD, desk="demo")
            assert actor.role == role.value
        assert accounts.sign_in(db, "reception1", DEMO_PIN).role == "reception"


def test_every_demo_row_is_the_demo_stores_and_its_desk_finds_its_customers(db):
    from sqlalchemy import inspect, text

    from app.models import Store
    from app.services import customers
    from app.store_scope import working_for

    seed_demo_store(db, customers=60, seed=5, today=DAY)
    with db.engine.connect() as c:
        tables = [t for t in inspect(c).get_table_names()
                  if any(col["name"] == "store_id" for col in inspect(c).get_columns(t))]
        unowned = {t: c.execute(text(f'SELECT count(*) FROM "{t}" WHERE store_id IS NULL'))
                   .scalar() for t in tables}
    assert {"customers", "visits", "bookings", "work_orders", "bays"} <= set(tables)
    assert {t: n for t, n in unowned.items() if n} == {}
    with db.session() as s:
        store = s.scalar(select(Store.id))
        some = s.scalars(select(Customer).order_by(Customer.id).limit(5)).all()
        names = [(c.id, c.name, c.mobile) for c in some]
    with working_for(store):                          # the demo desk works for its store
        for ident, name, mobile in names:
            assert ident in {h.customer_id for h in customers.search_customers(db, name)}
            assert [h.customer_id for h in customers.search_customers(db, mobile)] == [ident]
            assert customers.get_customer(db, ident).customer.name == name
        assert customers.recent_customers(db)
