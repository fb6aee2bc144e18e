"""The stock ledger: a store's balance of a part summed from its movements, and the one
place a movement is added (after the stock rules allow it).

These helpers work on the caller's session, so a movement is part of the caller's use case
(a work order's approval, a delivery, a count). The part row is locked first (FOR UPDATE on
PostgreSQL; on SQLite a no-op write takes the database's write lock before the balance is
read), so two desks cannot both spend the same free stock.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.stock import Balance, StockRefused, apply
from app.errors import Conflict
from app.models import (
    MovementKind,
    Part,
    ReplenishmentRequest,
    ReplenishmentStatus,
    StockMovement,
)
from app.services.common import get_or_raise, now_utc

#: Requests still waiting for the parts to arrive.
PENDING_REQUESTS = (ReplenishmentStatus.OPEN, ReplenishmentStatus.ORDERED)


def balance(session: Session, store_id: int | None, part_id: int) -> Balance:
    """What `store_id` has of `part_id` by its ledger (every store when None)."""
    stmt = select(func.coalesce(func.sum(StockMovement.on_hand), 0),
                  func.coalesce(func.sum(StockMovement.reserved), 0)).where(
        StockMovement.part_id == part_id)
    if store_id is not None:
        stmt = stmt.where(StockMovement.store_id == store_id)
    on_hand, reserved = session.execute(stmt).one()
    return Balance(int(on_hand), int(reserved))


def reserved_for(session: Session, store_id: int, part_id: int, work_order_id: int) -> int:
    """How many of `part_id` the work order still holds reserved in `store_id`."""
    return int(session.execute(select(func.coalesce(func.sum(StockMovement.reserved), 0)).where(
        StockMovement.part_id == part_id, StockMovement.store_id == store_id,
        StockMovement.work_order_id == work_order_id)).scalar_one())


def locked(session: Session, part_id: int) -> Part:
    """The part row, locked until the transaction ends."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(Part).where(Part.id == part_id).values(id=Part.id)
                        .execution_options(synchronize_session=False))
    part = session.scalars(select(Part).where(Part.id == part_id).with_for_update()).first()
    if part is None:
        return get_or_raise(session, Part, part_id, "配件", "part", field="part_id")
    return part


def post(session: Session, store_id: int, part_id: int, kind: MovementKind, *,
         on_hand: int = 0, reserved: int = 0, work_order_id: int | None = None,
         other_store_id: int | None = None, reason: str = "", by_id: int | None = None,
         at: datetime | None = None, counted: bool = False,
         field: str = "qty") -> StockMovement:
    """Add one ledger row if the stock rules allow it (Conflict naming the part if not),
    then raise a replenishment request when the store's free stock fell to the threshold.
    `field` names the input a refusal is about."""
    part = locked(session, part_id)
    before = balance(session, store_id, part_id)
    try:
        after = apply(before, on_hand, reserved, counted=counted)
    except StockRefused as refused:
        raise Conflict(f"配件 {part.name}（{part.code}）：{refused.zh}",
                       f"Part {part.code}: {refused.en}", field=field) from None
    row = StockMovement(store_id=store_id, part_id=part_id, kind=kind, on_hand=on_hand,
                        reserved=reserved, work_order_id=work_order_id,
                        other_store_id=other_store_id, reason=reason[:200], by_id=by_id,
                        at=now_utc(at))
    session.add(row)
    session.flush()
    if after.available < before.available:
        raise_request_if_low(session, store_id, part, after)
    return row


def raise_request_if_low(session: Session, store_id: int, part: Part,
                         now: Balance) -> ReplenishmentRequest | None:
    """An open request for `part` in `store_id` when its free stock is at or below the
    threshold and none is pending yet; the quantity brings it back to twice the threshold."""
    if not now.low(part.low_stock_threshold):
        return None
    pending = session.scalars(select(ReplenishmentRequest.id).where(
        ReplenishmentRequest.part_id == part.id,
        (ReplenishmentRequest.store_id == store_id) | ReplenishmentRequest.store_id.is_(None),
        ReplenishmentRequest.status.in_(PENDING_REQUESTS))).first()
    if pending is not None:
        return None
    request = ReplenishmentRequest(part_id=part.id, store_id=store_id,
                                   qty=max(1, 2 * part.low_stock_threshold - now.available))
    session.add(request)
    return request
