"""Parts: the catalogue and its search, supersessions, reservations for a work order, and
the replenishment request at the threshold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.errors import Conflict, ValidationError
from app.models import Store, WorkOrder
from app.services import parts, stock
from tests.app.services.conftest import assert_user_error, bare_work_order


@pytest.fixture
def store_id(db):
    with db.session() as s:
        store = Store(code="GZ01", name="广州天河4S店")
        s.add(store)
        s.flush()
        return store.id


@pytest.fixture
def filter_part(db, store_id):
    """An oil filter: 6 on the shelf of the store, threshold 3."""
    part = parts.create_part(db, code="04152-yzza1", name="机油滤清器", price="68.00",
                             cost="41.20", brand="丰田", unit="个", bin="a-03", threshold=3)
    stock.receive(db, store_id, part.id, 6)
    return part.id


@pytest.fixture
def order_id(db, store_id):
    with db.session() as s:
        return bare_work_order(s, store_id, "WO1")


def run(db, fn, order_id, *args):
    with db.session() as s:
        fn(s, s.get(WorkOrder, order_id), *args)


def figures(db, part_id, store_id=None):
    record = parts.get_part(db, part_id, store_id)
    return record.on_hand, record.reserved, record.available


def test_a_new_part_keeps_its_catalogue_fields(db, filter_part):
    record = parts.get_part(db, filter_part)
    assert (record.code, record.brand, record.unit, record.bin) == ("04152-YZZA1", "丰田", "个",
                                                                    "A-03")
    assert (record.price, record.cost) == (Decimal("68.00"), Decimal("41.20"))
    assert isinstance(record.cost, Decimal)


def test_reserve_and_take(db, filter_part, order_id):
    run(db, parts.reserve, order_id, filter_part, 2)
    assert figures(db, filter_part) == (6, 2, 4)
    assert not parts.get_part(db, filter_part).low
    run(db, parts.take, order_id, filter_part, 2)
    assert figures(db, filter_part) == (4, 0, 4)
    assert parts.open_requests(db) == ()
    kinds = [m.kind for m in stock.movements(db, filter_part)]
    assert kinds == ["issued", "reserved", "received"]


def test_release_gives_the_reservation_back(db, filter_part, order_id):
    run(db, parts.reserve, order_id, filter_part, 2)
    run(db, parts.release, order_id, filter_part, 2)
    run(db, parts.release, order_id, filter_part, 2)            # nothing more to give back
    assert figures(db, filter_part) == (6, 0, 6)


def test_falling_to_the_threshold_raises_one_request(db, filter_part, order_id, store_id):
    run(db, parts.reserve, order_id, filter_part, 3)              # 3 free = threshold
    [request] = parts.open_requests(db)
    assert (request.part_code, request.qty, request.status, request.store_id) == (
        "04152-YZZA1", 3, "open", store_id)
    run(db, parts.reserve, order_id, filter_part, 2)              # still pending: no second
    run(db, parts.take, order_id, filter_part, 5)
    assert len(parts.open_requests(db)) == 1
    assert parts.get_part(db, filter_part).low
    assert parts.open_requests(db, store_id=store_id) == (request,)
    assert parts.open_requests(db, store_id=store_id + 1) == ()     # another store's desk
    assert parts.open_requests(db, limit=0) == ()


def test_not_enough_stock_is_refused(db, filter_part, order_id):
    with pytest.raises(Conflict) as exc:
        run(db, parts.reserve, order_id, filter_part, 7)
    assert_user_error(exc, Conflict, "part_id")
    assert figures(db, filter_part) == (6, 0, 6)
    assert parts.open_requests(db) == ()


def test_search_by_number_name_pinyin_initials_and_low_stock(db, filter_part, store_id):
    pads = parts.create_part(db, code="04465-06200", name="前刹车片", price="680", threshold=4)
    stock.receive(db, store_id, pads.id, 10)
    assert [p.code for p in parts.list_parts(db, "滤清")] == ["04152-YZZA1"]
    assert [p.code for p in parts.list_parts(db, "04152")] == ["04152-YZZA1"]
    assert [p.code for p in parts.list_parts(db, "JYL")] == ["04152-YZZA1"]
    assert [p.code for p in parts.list_parts(db, "qsc")] == ["04465-06200"]
    assert parts.list_parts(db, "雨刮") == ()
    stock.adjust(db, store_id, filter_part, -3, "破损")          # 3 left = threshold 3
    low = parts.list_parts(db, store_id=store_id, low_only=True)
    assert [(p.code, p.on_hand, p.low) for p in low] == [("04152-YZZA1", 3, True)]


def test_a_supersession_is_found_by_its_old_number(db, filter_part):
    parts.supersede(db, "04152-31090", filter_part)
    assert parts.find_by_code(db, "04152-31090").id == filter_part
    assert parts.find_by_code(db, "04152-yzza1").id == filter_part
    assert parts.find_by_code(db, "99999") is None
    assert [p.id for p in parts.list_parts(db, "31090")] == [filter_part]
    with pytest.raises(Conflict) as exc:
        parts.supersede(db, "04152-31090", filter_part)
    assert_user_error(exc, Conflict, "old_code")


def test_a_duplicate_number_and_bad_fields_are_refused(db, filter_part):
    with pytest.raises(Conflict) as exc:
        parts.create_part(db, code="04152-YZZA1", name="机滤", price="1")
    assert_user_error(exc, Conflict, "code")
    with pytest.raises(ValidationError) as exc:
        parts.create_part(db, code="X1", name="机滤", price="1", cost="-2")
    assert_user_error(exc, ValidationError, "cost")
