"""Spare parts (配件): stock, reservations for approved work, and replenishment requests.

Stock moves happen inside a work-order use case, so the `reserve`, `release` and `take`
helpers work on the caller's session; the part row is locked for the update (PostgreSQL;
SQLite serialises writers). When what is free to use (stock − reserved) falls to the
part's threshold, an open replenishment request is raised, one at a time per part.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import Conflict, ValidationError
from app.models import Part, ReplenishmentRequest, ReplenishmentStatus
from app.services.common import get_or_raise

_WHAT = ("配件", "part")
#: Requests still waiting for the parts to arrive.
PENDING_REQUESTS = (ReplenishmentStatus.OPEN, ReplenishmentStatus.ORDERED)


@dataclass(frozen=True)
class PartRecord:
    """A part with its stock figures."""

    id: int
    code: str
    name: str
    price: Decimal
    stock: int
    reserved: int
    threshold: int
    version: int

    @property
    def available(self) -> int:
        """What is free to reserve: stock minus reservations."""
        return self.stock - self.reserved

    @property
    def low(self) -> bool:
        """True when the free stock is at or below the threshold."""
        return self.available <= self.threshold


@dataclass(frozen=True)
class RequestRecord:
    """A replenishment request."""

    id: int
    part_id: int
    part_code: str
    part_name: str
    qty: int
    status: str
    created_at: datetime


def to_record(part: Part) -> PartRecord:
    """A plain record of `part`."""
    return PartRecord(part.id, part.code, part.name, part.price, part.stock, part.reserved,
                      part.low_stock_threshold, part.version_id)


def list_parts(db: Database, query: str = "", *, limit: int = 200) -> tuple[PartRecord, ...]:
    """Parts whose code or name contains `query`, by code."""
    stmt = select(Part).order_by(Part.code).limit(limit)
    if query.strip():
        like = f"%{query.strip()}%"
        stmt = stmt.where(Part.code.ilike(like) | Part.name.ilike(like))
    with db.session() as s:
        return tuple(to_record(p) for p in s.scalars(stmt))


def get_part(db: Database, part_id: int) -> PartRecord:
    """One part by id."""
    with db.session() as s:
        return to_record(get_or_raise(s, Part, part_id, *_WHAT))


def open_requests(db: Database) -> tuple[RequestRecord, ...]:
    """Replenishment requests not yet received or cancelled, oldest first."""
    with db.session() as s:
        rows = s.execute(select(ReplenishmentRequest, Part).join(Part)
                         .where(ReplenishmentRequest.status.in_(PENDING_REQUESTS))
                         .order_by(ReplenishmentRequest.id))
        return tuple(RequestRecord(r.id, p.id, p.code, p.name, r.qty, str(r.status),
                                   r.created_at) for r, p in rows)


def locked(session: Session, part_id: int) -> Part:
    """The part row, locked for update until the transaction ends."""
    part = session.scalars(select(Part).where(Part.id == part_id).with_for_update()).first()
    if part is None:
        return get_or_raise(session, Part, part_id, *_WHAT, field="part_id")
    return part


def reserve(session: Session, part_id: int, qty: int) -> Part:
    """Reserve `qty` for approved work; Conflict when not enough is free."""
    part = locked(session, part_id)
    _check_qty(qty)
    if part.stock - part.reserved < qty:
        free = part.stock - part.reserved
        raise Conflict(f"配件 {part.name}（{part.code}）可用库存仅 {free}，不足 {qty}。",
                       f"Only {free} of part {part.code} are free; {qty} needed.",
                       field="part_id")
    part.reserved += qty
    raise_request_if_low(session, part)
    return part


def release(session: Session, part_id: int, qty: int) -> Part:
    """Give back a reservation (a declined or cancelled line)."""
    part = locked(session, part_id)
    part.reserved = max(0, part.reserved - qty)
    return part


def take(session: Session, part_id: int, qty: int) -> Part:
    """Take reserved parts out of the stock (the work is done)."""
    part = locked(session, part_id)
    part.stock = max(0, part.stock - qty)
    part.reserved = max(0, part.reserved - qty)
    raise_request_if_low(session, part)
    return part


def raise_request_if_low(session: Session, part: Part) -> ReplenishmentRequest | None:
    """An open request for `part` when its free stock is at or below its threshold and no
    request is pending yet; the quantity brings it back to twice the threshold."""
    available = part.stock - part.reserved
    if available > part.low_stock_threshold:
        return None
    pending = session.scalars(select(ReplenishmentRequest.id).where(
        ReplenishmentRequest.part_id == part.id,
        ReplenishmentRequest.status.in_(PENDING_REQUESTS))).first()
    if pending is not None:
        return None
    request = ReplenishmentRequest(part_id=part.id,
                                   qty=max(1, 2 * part.low_stock_threshold - available))
    session.add(request)
    return request


def _check_qty(qty) -> None:
    if not isinstance(qty, int) or qty <= 0:
        raise ValidationError("数量须为正整数。", "The quantity must be a positive whole number.",
                              field="qty")
