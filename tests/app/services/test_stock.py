"""The stock ledger: movements, transfers between stores, cycle counts, and (property
test) random movement sequences whose derived balance never breaks the rules."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import Conflict, ValidationError
from app.models import CycleCount, StockMovement, Store, WorkOrder
from app.services import parts, stock
from tests.app.services.conftest import assert_user_error, bare_work_order


@pytest.fixture
def stores(db):
    """Two stores of one group, each with one open work order: ((store, order), …)."""
    with db.session() as s:
        pairs, car = [], None
        for code, name in (("GZ01", "天河店"), ("GZ02", "番禺店")):
            store = Store(code=code, name=name)
            s.add(store)
            s.flush()
            order = bare_work_order(s, store.id, f"WO-{code}", car)
            car = s.get(WorkOrder, order).vehicle_id
            pairs.append((store.id, order))
        return tuple(pairs)


def test_a_transfer_moves_stock_between_two_stores(db, stores):
    (a, _), (b, _) = stores
    part = parts.create_part(db, code="90919-01253", name="火花塞", price="95")
    stock.receive(db, a, part.id, 8)
    stock.transfer(db, a, b, part.id, 5)
    assert parts.get_part(db, part.id, a).on_hand == 3
    assert parts.get_part(db, part.id, b).on_hand == 5
    assert parts.get_part(db, part.id).on_hand == 8              # the group's total
    [into] = stock.movements(db, part.id, b)
    assert (into.kind, into.on_hand, into.other_store_id) == ("transfer_in", 5, a)
    with pytest.raises(Conflict) as exc:
        stock.transfer(db, a, b, part.id, 4)
    assert_user_error(exc, Conflict, "qty")
    assert parts.get_part(db, part.id, b).on_hand == 5           # nothing half-moved
    with pytest.raises(ValidationError):
        stock.transfer(db, a, a, part.id, 1)


def test_a_cycle_count_posts_the_difference_as_an_adjustment(db, stores):
    (a, _), _ = stores
    part = parts.create_part(db, code="85212-06200", name="雨刮片", price="168")
    stock.receive(db, a, part.id, 10)
    result = stock.count(db, a, part.id, 7)
    assert (result.expected, result.counted, result.difference) == (10, 7, -3)
    latest = stock.movements(db, part.id, a)[0]
    assert (latest.id, latest.kind, latest.on_hand) == (result.movement_id, "adjusted", -3)
    assert "10 → 7" in latest.reason
    again = stock.count(db, a, part.id, 7)
    assert again.movement_id is None and again.difference == 0   # nothing to post
    with db.session() as s:
        assert s.query(CycleCount).count() == 2
    assert parts.get_part(db, part.id, a).on_hand == 7


def test_an_adjustment_needs_a_reason(db, stores):
    (a, _), _ = stores
    part = parts.create_part(db, code="28800-0V040", name="蓄电池", price="880")
    with pytest.raises(ValidationError) as exc:
        stock.adjust(db, a, part.id, 2, "  ")
    assert_user_error(exc, ValidationError, "reason")


_codes = itertools.count(1)
_ops = st.tuples(st.sampled_from(("receive", "issue", "return", "adjust", "transfer",
                                  "reserve", "release", "take", "count")),
                 st.integers(0, 1), st.integers(1, 6))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ops, min_size=1, max_size=12))
def test_random_movements_keep_the_ledger_within_the_rules(db, stores, ops):
    part = parts.create_part(db, code=f"P{next(_codes):05d}", name="测试件", price="1")
    model = {store: [0, 0] for store, _ in stores}               # on hand, reserved
    counted_short = False
    for op, which, qty in ops:
        store, order = stores[which]
        other = stores[1 - which][0]
        on_hand, reserved = model[store]
        free = on_hand - reserved
        allowed = {"receive": True, "return": True, "count": True, "release": True,
                   "take": on_hand >= qty and (qty <= reserved or free >= qty - reserved),
                   }.get(op, free >= qty)
        try:
            _do(db, op, store, other, order, part.id, qty)
        except Conflict:
            assert not allowed, (op, qty, model[store])
            continue
        assert allowed, (op, qty, model[store])
        if op in ("receive", "return"):
            model[store][0] += qty
        elif op in ("issue", "adjust"):
            model[store][0] -= qty
        elif op == "transfer":
            model[store][0] -= qty
            model[other][0] += qty
        elif op == "reserve":
            model[store][1] += qty
        elif op == "release":
            model[store][1] -= min(qty, reserved)
        elif op == "take":
            model[store] = [on_hand - qty, reserved - min(qty, reserved)]
        else:
            model[store][0] = qty
            counted_short |= qty < reserved
    for store, (on_hand, reserved) in model.items():
        record = parts.get_part(db, part.id, store)
        assert (record.on_hand, record.reserved) == (on_hand, reserved)
        assert record.on_hand >= 0 and record.reserved >= 0
        assert record.available >= 0 or counted_short
        [listed] = [p for p in parts.list_parts(db, part.code, store_id=store)]
        assert (listed.on_hand, listed.reserved) == (on_hand, reserved)
    with db.session() as s:
        rows = s.query(StockMovement).filter_by(part_id=part.id).all()
    assert all(r.on_hand or r.reserved for r in rows)
    assert sum(r.on_hand for r in rows) == sum(v[0] for v in model.values())


def _do(db, op, store, other, order, part_id, qty):
    if op == "receive":
        stock.receive(db, store, part_id, qty)
    elif op == "issue":
        stock.issue(db, store, part_id, qty)
    elif op == "return":
        stock.return_from_work_order(db, store, part_id, qty, order)
    elif op == "adjust":
        stock.adjust(db, store, part_id, -qty, "破损")
    elif op == "transfer":
        stock.transfer(db, store, other, part_id, qty)
    elif op == "count":
        stock.count(db, store, part_id, qty)
    else:
        with db.session() as s:
            getattr(parts, op)(s, s.get(WorkOrder, order), part_id, qty)

