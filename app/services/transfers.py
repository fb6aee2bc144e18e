"""Transfers between the stores of a group (调拨): a store short of a part asks another
store for it, the other store sends it (its shelf's transfer-out movement), the asking
store receives it (its transfer-in movement). Requested → sent → received; a request not
yet sent may be cancelled. The stock rules of the ledger apply to the sending store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import MovementKind, Part, PartSupersession, Staff, Store, StoreTransfer
from app.models import TransferStatus as T
from app.services import stock_ledger
from app.services.common import check_version, get_or_raise, now_utc, stale_guard
from app.services.parts import check_qty

_WHAT = ("调拨单", "transfer")


@dataclass(frozen=True)
class TransferRecord:
    """One transfer as the purchasing page lists it."""

    id: int
    from_store_id: int
    from_store_name: str
    to_store_id: int
    to_store_name: str
    part_id: int
    part_code: str
    part_name: str
    qty: int
    status: str
    requested_by_name: str
    requested_at: datetime
    sent_at: datetime | None
    received_at: datetime | None
    version: int


@dataclass(frozen=True)
class StoreChoice:
    """A store of the group, as a transfer's pick list shows it."""

    id: int
    name: str


@acting.needs(Permission.PARTS_VIEW)
def group_stores(db: Database) -> tuple[StoreChoice, ...]:
    """Every store of the group sharing this database, by id."""
    with db.session() as s:
        return tuple(StoreChoice(i, n) for i, n in s.execute(
            select(Store.id, Store.name).order_by(Store.id)))


@acting.needs(Permission.PARTS_EDIT)
def request_transfer(db: Database, from_store_id: int, to_store_id: int, part_code: str,
                     qty: int, *, by_id: int | None = None, who: str = "",
                     now: datetime | None = None) -> TransferRecord:
    """Ask store `from_store_id` for `qty` of the part numbered `part_code` (an old,
    superseded number finds its successor) for the shelf of `to_store_id`."""
    check_qty(qty)
    if from_store_id == to_store_id:
        raise ValidationError("调出与调入门店不能相同。", "Choose two different stores.",
                              field="from_store_id")
    with db.session() as s:
        get_or_raise(s, Store, from_store_id, "门店", "store", field="from_store_id")
        get_or_raise(s, Store, to_store_id, "门店", "store", field="to_store_id")
        row = StoreTransfer(from_store_id=from_store_id, to_store_id=to_store_id,
                            part_id=_part_id(s, part_code), qty=qty, requested_by_id=by_id,
                            requested_by=(who or "")[:50], requested_at=now_utc(now))
        s.add(row)
        s.flush()
        return _record(s, row)


@acting.needs(Permission.PARTS_EDIT)
def send_transfer(db: Database, transfer_id: int, expected_version: int, *,
                  by_id: int | None = None, now: datetime | None = None) -> TransferRecord:
    """The sending store ships the parts: its shelf's transfer-out movement (refused, with
    the part named, when it has not enough free stock)."""
    at = now_utc(now)
    with db.session() as s:
        row = _moving(s, transfer_id, expected_version, T.REQUESTED)
        stock_ledger.post(s, row.from_store_id, row.part_id, MovementKind.TRANSFER_OUT,
                          on_hand=-row.qty, other_store_id=row.to_store_id, by_id=by_id,
                          at=at, reason=f"调拨 transfer #{row.id}")
        row.status, row.sent_at = T.SENT, at
        return _saved(s, row)


@acting.needs(Permission.PARTS_EDIT)
def receive_transfer(db: Database, transfer_id: int, expected_version: int, *,
                     by_id: int | None = None, now: datetime | None = None) -> TransferRecord:
    """The asking store takes the parts in: its shelf's transfer-in movement."""
    at = now_utc(now)
    with db.session() as s:
        row = _moving(s, transfer_id, expected_version, T.SENT)
        stock_ledger.post(s, row.to_store_id, row.part_id, MovementKind.TRANSFER_IN,
                          on_hand=row.qty, other_store_id=row.from_store_id, by_id=by_id,
                          at=at, reason=f"调拨 transfer #{row.id}")
        row.status, row.received_at = T.RECEIVED, at
        return _saved(s, row)


@acting.needs(Permission.PARTS_EDIT)
def cancel_transfer(db: Database, transfer_id: int, expected_version: int) -> TransferRecord:
    """Withdraw a request the other store has not sent yet."""
    with db.session() as s:
        row = _moving(s, transfer_id, expected_version, T.REQUESTED)
        row.status = T.CANCELLED
        return _saved(s, row)


@acting.needs(Permission.PARTS_VIEW)
def list_transfers(db: Database, store_id: int | None = None, *,
                   limit: int = 200) -> tuple[TransferRecord, ...]:
    """Transfers to or from `store_id` (every store when None): open ones first, then the
    newest."""
    stmt = select(StoreTransfer).order_by(
        StoreTransfer.status.in_([T.RECEIVED, T.CANCELLED]), StoreTransfer.requested_at.desc(),
        StoreTransfer.id.desc()).limit(limit)
    if store_id is not None:
        stmt = stmt.where(or_(StoreTransfer.from_store_id == store_id,
                              StoreTransfer.to_store_id == store_id))
    with db.session() as s:
        return tuple(_record(s, row) for row in s.scalars(stmt))


def _part_id(session: Session, code: str) -> int:
    code = (code or "").strip().upper()
    ident = session.scalars(select(Part.id).where(Part.code == code)).first()
    if ident is None:
        ident = session.scalars(select(PartSupersession.part_id)
                                .where(PartSupersession.old_code == code)).first()
    if ident is None:
        raise ValidationError(f"找不到配件号 {code}。", f"No part numbered {code}.",
                              field="part_code")
    return ident


def _moving(session: Session, transfer_id: int, expected_version: int | None,
            status: T) -> StoreTransfer:
    """The transfer, refused unless it stands at `status`."""
    row = get_or_raise(session, StoreTransfer, transfer_id, *_WHAT)
    check_version(row, expected_version, *_WHAT)
    if row.status is not status:
        zh, en = {T.REQUESTED: ("只有尚未发出的调拨单可以发出或取消。",
                                "Only a transfer not yet sent can be sent or cancelled."),
                  T.SENT: ("调拨单尚未发出或已收货，不能收货。",
                           "The transfer is not on its way; it cannot be received.")}[status]
        raise Conflict(zh, en, field="status")
    return row


def _saved(session: Session, row: StoreTransfer) -> TransferRecord:
    with stale_guard(*_WHAT):
        session.flush()
    return _record(session, row)


def _record(session: Session, row: StoreTransfer) -> TransferRecord:
    source, target = aliased(Store), aliased(Store)
    source_name, target_name, code, name, who = session.execute(
        select(source.name, target.name, Part.code, Part.name, Staff.name)
        .select_from(StoreTransfer)
        .join(source, source.id == StoreTransfer.from_store_id)
        .join(target, target.id == StoreTransfer.to_store_id)
        .join(Part, Part.id == StoreTransfer.part_id)
        .outerjoin(Staff, Staff.id == StoreTransfer.requested_by_id)
        .where(StoreTransfer.id == row.id)).one()
    return TransferRecord(row.id, row.from_store_id, source_name, row.to_store_id, target_name,
                          row.part_id, code, name, row.qty, str(row.status),
                          who or row.requested_by,
                          row.requested_at, row.sent_at, row.received_at, row.version_id)
