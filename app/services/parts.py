"""Spare parts (配件): the catalogue and its search, supersessions, the stock a work order
reserves and uses, and the replenishment requests a low stock raises.

The figures of a part are sums of the stock ledger (`app.services.stock_ledger`); the
work-order helpers (`reserve`, `release`, `take`) add ledger rows on the caller's session,
in the work order's store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, func, or_, select, union
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.money import MoneyError, money
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import (
    Bay,
    MovementKind,
    Part,
    PartSupersession,
    ReplenishmentRequest,
    StockMovement,
    Store,
    WorkOrder,
)
from app.services import stock_ledger
from app.services.common import get_or_raise
from app.services.customers import name_initials

_WHAT = ("配件", "part")
PENDING_REQUESTS = stock_ledger.PENDING_REQUESTS
#: Pending requests listed at most (the oldest first: the ones to chase).
REQUEST_LIMIT = 500


@dataclass(frozen=True)
class PartRecord:
    """A catalogue part with its stock figures (in one store, or the group when the
    listing named no store)."""

    id: int
    code: str
    name: str
    brand: str
    unit: str
    bin: str
    price: Decimal
    cost: Decimal
    threshold: int
    version: int
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        """What is free to reserve: on hand minus reserved."""
        return self.on_hand - self.reserved

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
    store_id: int | None
    qty: int
    status: str
    created_at: datetime
    #: The work order a special order is for (None for a low-stock request).
    work_order_id: int | None = None
    work_order_number: str = ""


@acting.needs(Permission.PARTS_EDIT)
def create_part(db: Database, *, code: str, name: str, price, cost=Decimal("0"),
                brand: str = "", unit: str = "个", bin: str = "",
                threshold: int = 0) -> PartRecord:
    """Add a part to the catalogue (no stock yet: receive it into a store)."""
    code, name = _required(code, "code", "配件号", "part number"), _required(
        name, "name", "名称", "name")
    if not isinstance(threshold, int) or threshold < 0:
        raise ValidationError("低库存阈值须为非负整数。",
                              "The low-stock threshold must be a whole number ≥ 0.",
                              field="threshold")
    part = Part(code=code.upper(), name=name, name_initials=name_initials(name),
                brand=brand.strip(), unit=unit.strip() or "个", bin=bin.strip().upper(),
                price=_money(price, "price"), cost=_money(cost, "cost"),
                low_stock_threshold=threshold)
    try:
        with db.session() as s:
            s.add(part)
            s.flush()
            ident = part.id
    except IntegrityError:
        raise Conflict(f"配件号 {code} 已存在。", f"Part number {code} already exists.",
                       field="code") from None
    return get_part(db, ident)


@acting.needs(Permission.PARTS_EDIT)
def supersede(db: Database, old_code: str, new_part_id: int) -> None:
    """Record that `old_code` is replaced by the part `new_part_id` (searching the old
    number then finds the new part)."""
    old = _required(old_code, "old_code", "旧配件号", "old part number").upper()
    try:
        with db.session() as s:
            new = get_or_raise(s, Part, new_part_id, *_WHAT, field="part_id")
            if new.code == old:
                raise ValidationError("旧配件号不能与新配件号相同。",
                                      "The old number cannot be the new one.", field="old_code")
            s.add(PartSupersession(old_code=old, part_id=new.id))
            s.flush()
    except IntegrityError:
        raise Conflict(f"配件号 {old} 已有替换记录。", f"{old} is already superseded.",
                       field="old_code") from None


@acting.needs(Permission.PARTS_VIEW)
def find_by_code(db: Database, code: str) -> PartRecord | None:
    """The part with number `code`, or the part that superseded it; None if neither."""
    code = (code or "").strip().upper()
    with db.session() as s:
        ident = s.scalars(select(Part.id).where(Part.code == code)).first()
        if ident is None:
            ident = s.scalars(select(PartSupersession.part_id)
                              .where(PartSupersession.old_code == code)).first()
    return None if ident is None else get_part(db, ident)


@acting.needs(Permission.PARTS_VIEW)
def list_parts(db: Database, query: str = "", *, store_id: int | None = None,
               low_only: bool = False, limit: int = 200) -> tuple[PartRecord, ...]:
    """Parts matching `query` by number (or a superseded number), name or pinyin initials,
    by number, with their figures in `store_id` (the group's when None); `low_only` keeps
    those at or below their threshold."""
    on_hand = func.coalesce(func.sum(StockMovement.on_hand), 0)
    reserved = func.coalesce(func.sum(StockMovement.reserved), 0)
    joined = StockMovement.part_id == Part.id
    if store_id is not None:
        joined &= StockMovement.store_id == store_id
    # Plain columns, not Part entities: a page of 200 parts is built without the ORM's
    # per-object bookkeeping.
    stmt = (select(*_RECORD_COLUMNS, on_hand, reserved).outerjoin(StockMovement, joined)
            .group_by(Part.id).order_by(Part.code))
    if low_only:
        stmt = _matching(stmt, query, db.is_sqlite).having(
            on_hand - reserved <= Part.low_stock_threshold).limit(limit)
    else:
        stmt = stmt.where(Part.id.in_(_page(query, db.is_sqlite, limit).scalar_subquery()))
    with db.session() as s:
        return tuple(PartRecord(*row[:-2], int(row[-2]), int(row[-1]))
                     for row in s.execute(stmt))


def _page(query: str, sqlite: bool, limit: int) -> Select:
    """The ids of the first `limit` parts matching `query`, by number: picked before the
    ledger rows are summed, so only theirs are."""
    found = _trigram_matches(query) if not sqlite else None
    if found is not None:
        # The matches come with their number: no second read of the catalogue to sort.
        return select(found.c.id).order_by(found.c.code).limit(limit)
    # SQLite orders by upper(code) (codes are stored upper-case): it sorts the matches
    # instead of walking the whole code index for a rare match.
    order = func.upper(Part.code) if (query or "").strip() and sqlite else Part.code
    return _matching(select(Part.id), query, sqlite).order_by(order).limit(limit)


def _trigram_matches(query: str):
    """PostgreSQL, a text of a trigram or more: the matching (id, code) pairs, one
    pg_trgm index scan per column, united (an OR across the columns and the supersessions
    would make PostgreSQL read the whole catalogue). None otherwise."""
    text = (query or "").strip()
    if len(text) < 3:
        return None
    like = f"%{text}%"
    found = [select(Part.id, Part.code).where(Part.code.ilike(like)),
             select(Part.id, Part.code).where(Part.name.ilike(like)),
             select(Part.id, Part.code).join(PartSupersession, PartSupersession.part_id == Part.id)
             .where(PartSupersession.old_code.ilike(like))]
    if re.fullmatch(r"[A-Za-z]+", text):
        found.append(select(Part.id, Part.code)
                     .where(Part.name_initials.like(f"{text.lower()}%")))
    return union(*found).subquery()


def _matching(stmt: Select, query: str, sqlite: bool) -> Select:
    text = (query or "").strip()
    if not text:
        return stmt
    found = _trigram_matches(text) if not sqlite else None
    if found is not None:
        return stmt.where(Part.id.in_(select(found.c.id)))
    like = f"%{text}%"
    # Without an index (SQLite; a text shorter than a trigram) the catalogue is read.
    # SQLite's LIKE already ignores ASCII case; its ILIKE emulation (lower() on both
    # sides) triples the cost of that read.
    contains = (lambda column: column.like(like)) if sqlite else (
        lambda column: column.ilike(like))
    terms = [contains(Part.code), contains(Part.name),
             Part.id.in_(select(PartSupersession.part_id)
                         .where(contains(PartSupersession.old_code)))]
    if re.fullmatch(r"[A-Za-z]+", text):
        terms.append(Part.name_initials.startswith(text.lower()))
    return stmt.where(or_(*terms))


@acting.needs(Permission.PARTS_VIEW)
def get_part(db: Database, part_id: int, store_id: int | None = None) -> PartRecord:
    """One part by id with its figures in `store_id` (the group's when None)."""
    with db.session() as s:
        part = get_or_raise(s, Part, part_id, *_WHAT)
        figures = stock_ledger.balance(s, store_id, part_id)
        return _record(part, figures.on_hand, figures.reserved)


@acting.needs(Permission.PARTS_VIEW)
def open_requests(db: Database, *, store_id: int | None = None,
                  limit: int = REQUEST_LIMIT) -> tuple[RequestRecord, ...]:
    """Replenishment requests not yet received or cancelled, oldest first, at most `limit`:
    of `store_id` and of no store when given, of the whole group otherwise."""
    query = (select(ReplenishmentRequest, Part, WorkOrder.number).join(Part)
             .outerjoin(WorkOrder, WorkOrder.id == ReplenishmentRequest.work_order_id)
             .where(ReplenishmentRequest.status.in_(PENDING_REQUESTS))
             .order_by(ReplenishmentRequest.id).limit(limit))
    if store_id is not None:
        query = query.where(or_(ReplenishmentRequest.store_id == store_id,
                                ReplenishmentRequest.store_id.is_(None)))
    with db.session() as s:
        rows = s.execute(query)
        return tuple(RequestRecord(r.id, p.id, p.code, p.name, r.store_id, r.qty,
                                   str(r.status), r.created_at, r.work_order_id, number or "")
                     for r, p, number in rows)


def order_store_id(session: Session, order: WorkOrder) -> int:
    """The store whose shelf serves `order`: its own, else its bay's, else the group's
    first store (a single-store install); Conflict when the database has no store."""
    if order.store_id is not None:
        return order.store_id
    if order.bay_id is not None:
        bay = session.get(Bay, order.bay_id)
        if bay is not None and bay.store_id is not None:
            return bay.store_id
    first = session.scalars(select(func.min(Store.id))).first()
    if first is None:
        raise Conflict("尚未建立门店，无法记录库存。", "No store exists to hold the stock.",
                       field="store_id")
    return first


def reserve(session: Session, order: WorkOrder, part_id: int, qty: int) -> StockMovement:
    """Reserve `qty` for approved work on `order`; Conflict when not enough is free."""
    check_qty(qty)
    return stock_ledger.post(session, order_store_id(session, order), part_id,
                             MovementKind.RESERVED, reserved=qty, work_order_id=order.id,
                             field="part_id")


def reserve_for_line(session: Session, order: WorkOrder, part_id: int,
                     qty: int) -> StockMovement | None:
    """Reserve for a line of `order` being approved: what the order already holds for no
    approved line (a special order that arrived for it) counts first, the rest is
    reserved from free stock."""
    check_qty(qty)
    store_id = order_store_id(session, order)
    stock_ledger.locked(session, part_id)
    held = stock_ledger.reserved_for(session, store_id, part_id, order.id)
    in_use = sum(int(x.qty) for x in order.lines if x.part_id == part_id
                 and str(x.approval) == "approved" and x.stock_taken_at is None)
    need = qty - min(qty, max(0, held - in_use))
    return reserve(session, order, part_id, need) if need else None


def release(session: Session, order: WorkOrder, part_id: int, qty: int) -> None:
    """Give back what `order` holds of `qty` (a declined or cancelled line)."""
    store_id = order_store_id(session, order)
    stock_ledger.locked(session, part_id)
    held = min(qty, stock_ledger.reserved_for(session, store_id, part_id, order.id))
    if held > 0:
        stock_ledger.post(session, store_id, part_id, MovementKind.RELEASED, reserved=-held,
                          work_order_id=order.id)


def take(session: Session, order: WorkOrder, part_id: int, qty: int) -> StockMovement:
    """Issue `qty` to `order` (the work is done): off the shelf and out of its reservation."""
    check_qty(qty)
    store_id = order_store_id(session, order)
    stock_ledger.locked(session, part_id)
    held = min(qty, stock_ledger.reserved_for(session, store_id, part_id, order.id))
    return stock_ledger.post(session, store_id, part_id, MovementKind.ISSUED, on_hand=-qty,
                             reserved=-held, work_order_id=order.id)


#: The columns of a PartRecord, in its order (before on hand and reserved).
_RECORD_COLUMNS = (Part.id, Part.code, Part.name, Part.brand, Part.unit, Part.bin, Part.price,
                   Part.cost, Part.low_stock_threshold, Part.version_id)


def _record(part: Part, on_hand: int, reserved: int) -> PartRecord:
    return PartRecord(part.id, part.code, part.name, part.brand, part.unit, part.bin,
                      part.price, part.cost, part.low_stock_threshold, part.version_id,
                      on_hand, reserved)


def _required(value: str, field: str, label_zh: str, label_en: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"请填写{label_zh}。", f"Enter the {label_en}.", field=field)
    return text


def _money(value, field: str) -> Decimal:
    try:
        amount = money(value)
    except MoneyError:
        amount = None
    if amount is None or amount < 0:
        raise ValidationError("金额须为非负数。", "The amount must be a number ≥ 0.",
                              field=field)
    return amount


def check_qty(qty) -> None:
    if not isinstance(qty, int) or isinstance(qty, bool) or qty <= 0:
        raise ValidationError("数量须为正整数。", "The quantity must be a positive whole number.",
                              field="qty")
