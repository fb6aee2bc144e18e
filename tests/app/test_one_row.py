"""`insert_one`: a row written outside the unit of work follows the rules of a flush."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import Customer, CustomerStore, MatchKind, Store, Visit
from app.one_row import insert_one
from app.store_scope import working_for

pytestmark = pytest.mark.db

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def _two_stores(db) -> tuple[int, int, int]:
    """Stores A and B and a customer A registered: their ids."""
    with db.session() as s:
        a, b = Store(code="GZ01", name="广州天河4S店"), Store(code="SZ01", name="深圳南山4S店")
        s.add_all([a, b])
        s.flush()
        person = Customer(name="张伟", mobile="13812345678", store_id=a.id)
        s.add(person)
        s.flush()
        return a.id, b.id, person.id


def test_a_row_takes_the_desks_store_links_its_customer_and_gets_its_id(db):
    a, b, person = _two_stores(db)
    with working_for(b), db.session() as s:
        visit = Visit(arrived_at=NOW, plate_read="粤A12345", match=MatchKind.EXACT,
                      customer_id=person)
        insert_one(s, visit)
        assert visit.id is not None and visit.store_id == b
    with db.session() as s:
        stored = s.get(Visit, visit.id)
        assert (stored.store_id, stored.camera, stored.plate_read) == (b, "gate", "粤A12345")
        assert s.get(CustomerStore, (person, b)) is not None      # B now serves 张伟


def test_a_value_its_column_cannot_hold_is_refused_and_nothing_is_written(db):
    _a, b, _person = _two_stores(db)
    with working_for(b), pytest.raises(ValidationError) as refused, db.session() as s:
        insert_one(s, Visit(arrived_at=NOW, plate_read="粤A12345" * 3, match=MatchKind.UNKNOWN))
    assert refused.value.field == "plate_read"
    with working_for(b), pytest.raises(ValidationError), db.session() as s:
        insert_one(s, Visit(arrived_at=NOW.replace(tzinfo=None), match=MatchKind.UNKNOWN))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 0
