"""Stock use cases of the parts counter (配件库房): receiving, returns, adjustments with a
reason, transfers between stores of the group, cycle counts, and a part's ledger.

Each function opens one session and adds ledger rows through `stock_ledger.post`; nothing
ever edits a balance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.errors import ValidationError
from app.models import CycleCount, MovementKind, Part, StockMovement, Store, WorkOrder
from app.services import stock_ledger
from app.services.common import get_or_raise, now_utc
from app.services.parts import PartRecord, check_qty, get_part


@dataclass(frozen=True)
class MovementRecord:
    """One ledger row as the stock page shows it."""

    id: int
    store_id: int
    kind: str
    on_hand: int
    reserved: int
    work_order_id: int | None
    work_order_number: str
    other_store_id: int | None
    reason: str
    at: datetime


@dataclass(frozen=True)
class CountRecord:
    """A cycle count: what the ledger expected, what was counted, the adjustment posted."""

    id: int
    expected: int
    counted: int
    difference: int
    movement_id: int | None


@acting.needs(Permission.PARTS_EDIT)
def receive(db: Database, store_id: int, part_id: int, qty: int, *, reason: str = "",
            by_id: int | None = None, now: datetime | None = None) -> PartRecord:
    """Put a delivery of `qty` on the shelf of `store_id`."""
    check_qty(qty)
    return _post_one(db, store_id, part_id, MovementKind.RECEIVED, qty, reason=reason,
                     by_id=by_id, at=now)


@acting.needs(Permission.PARTS_EDIT)
def issue(db: Database, store_id: int, part_id: int, qty: int, *, reason: str = "",
          by_id: int | None = None, now: datetime | None = None) -> PartRecord:
    """Hand out `qty` over the counter without a work order's reservation (a counter sale);
    only free stock may go."""
    check_qty(qty)
    return _post_one(db, store_id, part_id, MovementKind.ISSUED, -qty, reason=reason,
                     by_id=by_id, at=now)


@acting.needs(Permission.PARTS_EDIT)
def return_from_work_order(db: Database, store_id: int, part_id: int, qty: int,
                           work_order_id: int, *, by_id: int | None = None,
                           now: datetime | None = None) -> PartRecord:
    """Put parts a work order did not use back on the shelf."""
    check_qty(qty)
    return _post_one(db, store_id, part_id, MovementKind.RETURNED, qty,
                     work_order_id=work_order_id, by_id=by_id, at=now)


@acting.needs(Permission.PARTS_EDIT)
def adjust(db: Database, store_id: int, part_id: int, delta: int, reason: str, *,
           by_id: int | None = None, now: datetime | None = None) -> PartRecord:
    """Correct the shelf by `delta` (damage, loss, a find) with a reason that says why."""
    if not isinstance(delta, int) or isinstance(delta, bool) or delta == 0:
        raise ValidationError("调整数量须为非零整数。", "The adjustment must be a whole number "
                              "other than 0.", field="qty")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写调整原因。", "Say why the stock is adjusted.",
                              field="reason")
    return _post_one(db, store_id, part_id, MovementKind.ADJUSTED, delta, reason=reason,
                     by_id=by_id, at=now)


def _post_one(db: Database, store_id: int, part_id: int, kind: MovementKind, on_hand: int,
              **fields) -> PartRecord:
    with db.session() as s:
        _store(s, store_id)
        stock_ledger.post(s, store_id, part_id, kind, on_hand=on_hand, **fields)
    return get_part(db, part_id, store_id)


@acting.needs(Permission.PARTS_EDIT)
def transfer(db: Database, from_store_id: int, to_store_id: int, part_id: int, qty: int, *,
             by_id: int | None = None, now: datetime | None = None) -> None:
    """Move `qty` from one store's shelf to another's: two ledger rows in one transaction."""
    check_qty(qty)
    if from_store_id == to_store_id:
        raise ValidationError("调出与调入门店不能相同。", "Choose two different stores.",
                              field="to_store_id")
    at = now_utc(now)
    with db.session() as s:
        _store(s, from_store_id)
        _store(s, to_store_id)
        stock_ledger.post(s, from_store_id, part_id, MovementKind.TRANSFER_OUT, on_hand=-qty,
                          other_store_id=to_store_id, by_id=by_id, at=at)
        stock_ledger.post(s, to_store_id, part_id, MovementKind.TRANSFER_IN, on_hand=qty,
                          other_store_id=from_store_id, by_id=by_id, at=at)


@acting.needs(Permission.PARTS_EDIT)
def count(db: Database, store_id: int, part_id: int, counted: int, *,
          by_id: int | None = None, now: datetime | None = None) -> CountRecord:
    """Record a shelf count; a difference from the ledger is posted as an adjustment."""
    if not isinstance(counted, int) or isinstance(counted, bool) or counted < 0:
        raise ValidationError("盘点数量须为非负整数。", "The count must be a whole number ≥ 0.",
                              field="counted")
    at = now_utc(now)
    with db.session() as s:
        _store(s, store_id)
        stock_ledger.locked(s, part_id)
        expected = stock_ledger.balance(s, store_id, part_id).on_hand
        movement = None
        if counted != expected:
            movement = stock_ledger.post(
                s, store_id, part_id, MovementKind.ADJUSTED, on_hand=counted - expected,
                reason=f"盘点差异 cycle count: {expected} → {counted}", by_id=by_id, at=at,
                counted=True)
        row = CycleCount(store_id=store_id, part_id=part_id, expected=expected,
                         counted=counted, movement_id=movement.id if movement else None,
                         by_id=by_id, at=at)
        s.add(row)
        s.flush()
        return CountRecord(row.id, expected, counted, counted - expected, row.movement_id)


@acting.needs(Permission.PARTS_VIEW)
def movements(db: Database, part_id: int, store_id: int | None = None, *,
              limit: int = 200) -> tuple[MovementRecord, ...]:
    """The newest ledger rows of a part (in one store, or every store), newest first."""
    stmt = (select(StockMovement, WorkOrder.number)
            .outerjoin(WorkOrder, WorkOrder.id == StockMovement.work_order_id)
            .where(StockMovement.part_id == part_id)
            .order_by(StockMovement.at.desc(), StockMovement.id.desc()).limit(limit))
    if store_id is not None:
        stmt = stmt.where(StockMovement.store_id == store_id)
    with db.session() as s:
        get_or_raise(s, Part, part_id, "配件", "part", field="part_id")
        return tuple(MovementRecord(m.id, m.store_id, str(m.kind), m.on_hand, m.reserved,
                                    m.work_order_id, number or "", m.other_store_id,
                                    m.reason, m.at)
                     for m, number in s.execute(stmt))


def _store(session, store_id: int) -> Store:
    return get_or_raise(session, Store, store_id, "门店", "store", field="store_id")

