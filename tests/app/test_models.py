"""The models on the real schema: times, money, the active-plate index, version columns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from app.models import Customer, Part, Vehicle, Visit
from app.models.visit import MatchKind


def test_times_come_back_aware_in_utc(db):
    beijing = timezone(timedelta(hours=8))
    arrived = datetime(2026, 11, 23, 9, 30, tzinfo=beijing)
    with db.session() as s:
        s.add(Visit(arrived_at=arrived, match=MatchKind.UNKNOWN))
    with db.session() as s:
        visit = s.scalars(select(Visit)).one()
    assert visit.arrived_at == arrived
    assert visit.arrived_at.tzinfo is not None
    assert visit.arrived_at.utcoffset() == timedelta(0)


def test_naive_times_are_refused(db):
    with pytest.raises(Exception, match="naive"), db.session() as s:
        s.add(Visit(arrived_at=datetime(2026, 11, 23, 9, 30), match=MatchKind.UNKNOWN))


def test_money_is_decimal_to_the_fen(db):
    with db.session() as s:
        s.add(Part(code="P-1", name="机油滤清器", price=Decimal("58.50")))
    with db.session() as s:
        price = s.scalars(select(Part.price)).one()
    assert price == Decimal("58.50") and isinstance(price, Decimal)


def test_a_plate_is_unique_among_active_vehicles_only(db):
    with db.session() as s:
        s.add(Vehicle(plate="粤B12345", active=False))
        s.add(Vehicle(plate="粤B12345", active=False))
        s.add(Vehicle(plate="粤B12345", active=True))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Vehicle(plate="粤B12345", active=True))


def test_vin_is_unique_but_may_be_missing(db):
    with db.session() as s:
        s.add_all([Vehicle(plate="粤B11111"), Vehicle(plate="粤B22222")])
        s.add(Vehicle(plate="粤B33333", vin="LSVAU2180N2183294"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Vehicle(plate="粤B44444", vin="LSVAU2180N2183294"))


def test_version_column_refuses_a_stale_update(db):
    with db.session() as s:
        s.add(Customer(name="张伟"))
    with db.session() as s:
        first = s.scalars(select(Customer)).one()
    with db.session() as s:
        s.get(Customer, first.id).notes = "saved first"
    with pytest.raises(StaleDataError), db.session() as s:
        stale = s.merge(first, load=False)
        stale.notes = "saved second"
    with db.session() as s:
        assert s.get(Customer, first.id).version_id == 2


def test_created_at_defaults_to_now(db):
    before = datetime.now(UTC)
    with db.session() as s:
        s.add(Customer(name="李娜"))
    with db.session() as s:
        created = s.scalars(select(Customer.created_at)).one()
    assert before - timedelta(seconds=1) <= created <= datetime.now(UTC)
