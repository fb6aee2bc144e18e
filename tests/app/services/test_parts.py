"""Parts: reservation, taking from stock, and the replenishment request at the threshold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.errors import Conflict
from app.models import Part
from app.services import parts
from tests.app.services.conftest import assert_user_error


@pytest.fixture
def filter_part(db):
    """An oil filter: 6 in stock, threshold 3."""
    with db.session() as s:
        part = Part(code="04152-YZZA1", name="机油滤清器", price=Decimal("68.00"), stock=6,
                    low_stock_threshold=3)
        s.add(part)
        s.flush()
        return part.id


def run(db, fn, *args):
    with db.session() as s:
        fn(s, *args)


def test_reserve_and_take(db, filter_part):
    run(db, parts.reserve, filter_part, 2)
    record = parts.get_part(db, filter_part)
    assert (record.stock, record.reserved, record.available, record.low) == (6, 2, 4, False)
    run(db, parts.take, filter_part, 2)
    record = parts.get_part(db, filter_part)
    assert (record.stock, record.reserved, record.available) == (4, 0, 4)
    assert parts.open_requests(db) == ()


def test_release_gives_the_reservation_back(db, filter_part):
    run(db, parts.reserve, filter_part, 2)
    run(db, parts.release, filter_part, 2)
    assert parts.get_part(db, filter_part).reserved == 0


def test_falling_to_the_threshold_raises_one_request(db, filter_part):
    run(db, parts.reserve, filter_part, 3)              # 3 free = threshold
    [request] = parts.open_requests(db)
    assert (request.part_code, request.qty, request.status) == ("04152-YZZA1", 3, "open")
    run(db, parts.reserve, filter_part, 2)              # still pending: no second request
    run(db, parts.take, filter_part, 5)
    assert len(parts.open_requests(db)) == 1
    assert parts.get_part(db, filter_part).low


def test_not_enough_stock_is_refused(db, filter_part):
    with pytest.raises(Conflict) as exc:
        run(db, parts.reserve, filter_part, 7)
    assert_user_error(exc, Conflict, "part_id")
    assert parts.get_part(db, filter_part).reserved == 0
    assert parts.open_requests(db) == ()


def test_list_parts_searches_code_and_name(db, filter_part):
    assert [p.code for p in parts.list_parts(db, "滤清")] == ["04152-YZZA1"]
    assert [p.code for p in parts.list_parts(db, "04152")] == ["04152-YZZA1"]
    assert parts.list_parts(db, "刹车") == ()
