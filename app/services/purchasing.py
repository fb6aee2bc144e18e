"""Replenishment to the shelf (采购与到货): open requests become one purchase order per
supplier; a delivery (whole, partial, the rest back-ordered) is posted to the stock ledger;
a special-order part (特订件) is held for its work order on arrival, and the work order is
released ("part arrived") once everything it waits for is in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app import acting
from app.db import Database
from app.domain import workflow
from app.domain.money import ZERO
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import (
    MovementKind,
    Part,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderStatus,
    ReplenishmentRequest,
    ReplenishmentStatus,
    Supplier,
    WorkOrder,
    WorkOrderStatusChange,
)
from app.services import audit, parts, stock_ledger
from app.services.common import (
    check_version,
    get_or_raise,
    next_number,
    now_utc,
    stale_guard,
)
from app.services.parts import RequestRecord, check_qty

_WHAT = ("采购单", "purchase order")
#: What a work order waiting for special-order parts shows on the board.
WAITING_PART, PART_ARRIVED = "waiting_part", "part_arrived"


@dataclass(frozen=True)
class SupplierRecord:
    """A supplier."""

    id: int
    code: str
    name: str
    contact: str
    phone: str


@dataclass(frozen=True)
class OrderLineRecord:
    """A purchase-order line: ordered, received, still to come."""

    id: int
    part_id: int
    part_code: str
    part_name: str
    unit: str
    bin: str
    qty_ordered: int
    qty_received: int
    unit_cost: Decimal
    work_order_id: int | None
    work_order_number: str

    @property
    def back_order(self) -> int:
        """What the supplier still owes."""
        return self.qty_ordered - self.qty_received

    @property
    def amount(self) -> Decimal:
        """Ordered quantity × unit cost."""
        return self.unit_cost * self.qty_ordered


@dataclass(frozen=True)
class PurchaseOrderRecord:
    """A purchase order with its supplier and lines."""

    id: int
    number: str
    store_id: int
    supplier_id: int
    supplier_name: str
    supplier_contact: str
    supplier_phone: str
    status: str
    created_at: datetime
    lines: tuple[OrderLineRecord, ...]
    version: int

    @property
    def total(self) -> Decimal:
        """What the whole order costs."""
        return sum((x.amount for x in self.lines), ZERO)


@dataclass(frozen=True)
class Receipt:
    """A delivery posted: the order as it now stands and the work orders it released."""

    order: PurchaseOrderRecord
    released_work_orders: tuple[str, ...]


@acting.needs(Permission.PARTS_EDIT)
def create_supplier(db: Database, *, code: str, name: str, contact: str = "",
                    phone: str = "") -> SupplierRecord:
    """Add a supplier."""
    code, name = (code or "").strip().upper(), (name or "").strip()
    if not code or not name:
        raise ValidationError("请填写供应商编码和名称。", "Enter the supplier's code and name.",
                              field="code" if not code else "name")
    try:
        with db.session() as s:
            row = Supplier(code=code, name=name, contact=contact.strip(), phone=phone.strip())
            s.add(row)
            s.flush()
            return SupplierRecord(row.id, row.code, row.name, row.contact, row.phone)
    except IntegrityError:
        raise Conflict(f"供应商编码 {code} 已存在。", f"Supplier {code} already exists.",
                       field="code") from None


@acting.needs(Permission.PARTS_VIEW)
def list_suppliers(db: Database) -> tuple[SupplierRecord, ...]:
    """Every supplier by name."""
    with db.session() as s:
        return tuple(SupplierRecord(x.id, x.code, x.name, x.contact, x.phone)
                     for x in s.scalars(select(Supplier).order_by(Supplier.name)))


@acting.needs(Permission.PARTS_EDIT)
def set_supplier(db: Database, part_id: int, supplier_id: int | None) -> None:
    """Say who a part is ordered from."""
    with db.session() as s:
        part = get_or_raise(s, Part, part_id, "配件", "part", field="part_id")
        if supplier_id is not None:
            get_or_raise(s, Supplier, supplier_id, "供应商", "supplier", field="supplier_id")
        part.supplier_id = supplier_id


@acting.needs(Permission.PARTS_EDIT)
def special_order(db: Database, work_order_id: int, part_id: int, qty: int, *,
                  who: str = "", now: datetime | None = None) -> RequestRecord:
    """Ask for `qty` of a part for one work order (特订件): tracked to that order, held
    for it on arrival."""
    check_qty(qty)
    with db.session() as s:
        order = get_or_raise(s, WorkOrder, work_order_id, "工单", "work order",
                             field="work_order_id")
        if order.status in workflow.CLOSED:
            raise Conflict("工单已关闭，不能再订件。", "The work order is closed; nothing more "
                           "is ordered for it.", field="work_order_id")
        part = get_or_raise(s, Part, part_id, "配件", "part", field="part_id")
        row = ReplenishmentRequest(part_id=part.id, store_id=parts.order_store_id(s, order),
                                   qty=qty, work_order_id=order.id, created_at=now_utc(now))
        s.add(row)
        s.flush()
        audit.record(s, who=who, action="create", row=row)
        return RequestRecord(row.id, part.id, part.code, part.name, row.store_id, row.qty,
                             str(row.status), row.created_at, order.id, order.number)


@acting.needs(Permission.PARTS_VIEW)
def work_order_id_by_number(db: Database, work_order_number: str) -> int:
    """The id of the work order numbered `work_order_number` (as typed at the counter)."""
    number = (work_order_number or "").strip().upper()
    with db.session() as s:
        ident = s.scalar(select(WorkOrder.id).where(WorkOrder.number == number))
    if ident is None:
        raise ValidationError(f"找不到工单 {number}。", f"No work order numbered {number}.",
                              field="work_order_number")
    return ident


@acting.needs(Permission.PARTS_EDIT)
def special_order_by_numbers(db: Database, work_order_number: str, part_code: str, qty: int,
                             *, who: str = "", now: datetime | None = None) -> RequestRecord:
    """`special_order` as the parts counter types it: the work order's number and the part's
    number (an old, superseded one finds its successor)."""
    ident = work_order_id_by_number(db, work_order_number)
    part = parts.find_by_code(db, part_code)
    if part is None:
        raise ValidationError(f"找不到配件号 {part_code}。", f"No part numbered {part_code}.",
                              field="part_code")
    return special_order(db, ident, part.id, qty, who=who, now=now)


@acting.needs(Permission.PARTS_EDIT)
def order_requests(db: Database, store_id: int, request_ids: Iterable[int] | None = None, *,
                   by_id: int | None = None, who: str = "",
                   now: datetime | None = None) -> tuple[PurchaseOrderRecord, ...]:
    """Turn the store's open requests (all, or those listed) into one purchase order per
    supplier; a part with no supplier is refused, naming it."""
    at = now_utc(now)
    with db.session() as s:
        stmt = (select(ReplenishmentRequest, Part).join(Part)
                .where(ReplenishmentRequest.status == ReplenishmentStatus.OPEN,
                       ReplenishmentRequest.store_id == store_id)
                .order_by(ReplenishmentRequest.id))
        if request_ids is not None:
            stmt = stmt.where(ReplenishmentRequest.id.in_(list(request_ids)))
        rows = s.execute(stmt).all()
        if not rows:
            raise Conflict("没有待采购的申请。", "No open request to order.", field="request_ids")
        orphans = sorted({p.code for _r, p in rows if p.supplier_id is None})
        if orphans:
            raise ValidationError(f"以下配件未设供应商：{'、'.join(orphans)}。",
                                  f"These parts have no supplier: {', '.join(orphans)}.",
                                  field="supplier_id")
        by_supplier: dict[int, list] = defaultdict(list)
        for request, part in rows:
            by_supplier[part.supplier_id].append((request, part))
        made = []
        for supplier_id, items in sorted(by_supplier.items()):
            order = PurchaseOrder(number=next_number(s, PurchaseOrder.number, "PO", at), store_id=store_id,
                                  supplier_id=supplier_id, by_id=by_id, created_at=at)
            for request, part in items:
                order.lines.append(PurchaseOrderLine(
                    part_id=part.id, qty_ordered=request.qty, unit_cost=part.cost,
                    request_id=request.id, work_order_id=request.work_order_id))
                request.status = ReplenishmentStatus.ORDERED
            s.add(order)
            s.flush()
            audit.record(s, who=who, action="create", row=order)
            made.append(order)
        return tuple(_record(s, o) for o in made)


@acting.needs(Permission.PARTS_EDIT)
def receive_delivery(db: Database, purchase_order_id: int, quantities: Mapping[int, int], *,
                     expected_version: int | None = None, by_id: int | None = None,
                     who: str = "", now: datetime | None = None) -> Receipt:
    """Post what arrived per line (`quantities`: line id → count; the rest stays
    back-ordered): on the shelf through the ledger, a special order held for its work
    order, a line's request received when complete, the work orders whose parts are all
    in released ("part arrived")."""
    at = now_utc(now)
    with db.session() as s:
        order = get_or_raise(s, PurchaseOrder, purchase_order_id, *_WHAT,
                             field="purchase_order_id")
        check_version(order, expected_version, *_WHAT)
        if order.status in (PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CANCELLED):
            raise Conflict("该采购单已全部到货或已取消。",
                           "This purchase order is complete or cancelled.", field="status")
        lines = {x.id: x for x in order.lines}
        touched: set[int] = set()
        for line_id, qty in quantities.items():
            if not qty:
                continue
            line = lines.get(line_id)
            if line is None:
                raise ValidationError("该行不属于此采购单。", "That line is not on this order.",
                                      field="quantities")
            if not isinstance(qty, int) or isinstance(qty, bool) or qty <= 0:
                raise ValidationError("到货数量须为正整数。", "What arrived must be a whole "
                                      "number above 0.", field="quantities")
            if qty > line.qty_ordered - line.qty_received:
                raise ValidationError(
                    f"到货数量超过未到数量（{line.qty_ordered - line.qty_received}）。",
                    f"More than is still to come ({line.qty_ordered - line.qty_received}).",
                    field="quantities")
            _post_line(s, order, line, qty, by_id, at)
            if line.work_order_id is not None:
                touched.add(line.work_order_id)
        if not any(quantities.values()):
            raise ValidationError("请填写到货数量。", "Enter what arrived.", field="quantities")
        complete = all(x.qty_received == x.qty_ordered for x in order.lines)
        order.status = (PurchaseOrderStatus.RECEIVED if complete
                        else PurchaseOrderStatus.PARTLY_RECEIVED)
        released = _release(s, touched, by_id, at)
        with stale_guard(*_WHAT):
            s.flush()
        audit.record(s, who=who, action="update", row=order)
        return Receipt(_record(s, order), released)


def _post_line(session: Session, order: PurchaseOrder, line: PurchaseOrderLine, qty: int,
               by_id: int | None, at: datetime) -> None:
    stock_ledger.post(session, order.store_id, line.part_id, MovementKind.RECEIVED,
                      on_hand=qty, reason=f"采购单 {order.number} 到货", by_id=by_id, at=at)
    waiting = session.get(WorkOrder, line.work_order_id) if line.work_order_id else None
    if waiting is not None and waiting.status not in workflow.CLOSED:
        stock_ledger.post(session, order.store_id, line.part_id, MovementKind.RESERVED,
                          reserved=qty, work_order_id=waiting.id,
                          reason=f"特订件 {order.number}", by_id=by_id, at=at)
    line.qty_received += qty
    if line.qty_received == line.qty_ordered and line.request_id is not None:
        request = session.get(ReplenishmentRequest, line.request_id)
        if request is not None:
            request.status = ReplenishmentStatus.RECEIVED


def _release(session: Session, work_order_ids: set[int], by_id: int | None,
             at: datetime) -> tuple[str, ...]:
    """Note "part arrived" on each work order whose special orders are all in."""
    released = []
    states = part_states(session, work_order_ids)
    for ident in sorted(work_order_ids):
        order = session.get(WorkOrder, ident)
        if states.get(ident) != PART_ARRIVED or order.status in workflow.CLOSED:
            continue
        session.add(WorkOrderStatusChange(work_order_id=order.id, from_status=order.status,
                                          to_status=order.status, by_id=by_id, at=at,
                                          note="配件已到 part arrived"))
        flag_modified(order, "status")          # a new version: every board sees it
        released.append(order.number)
    return tuple(released)


def part_states(session: Session, work_order_ids: Iterable[int]) -> dict[int, str]:
    """For each work order with special orders: waiting while any is still to come, arrived
    once all are in."""
    wanted = list(work_order_ids)
    if not wanted:
        return {}
    rows = session.execute(select(WorkOrder.id, *part_state_columns(WorkOrder.id))
                           .where(WorkOrder.id.in_(wanted)))
    return {ident: state for ident, *flags in rows if (state := part_state(*flags))}


def part_state_columns(work_order_id) -> tuple:
    """For a work order (`work_order_id`, a column of the caller's query): whether any of
    its special orders is still to come, and whether it has any (cancelled ones aside);
    `part_state` reads them."""
    requests = select(ReplenishmentRequest.id).where(
        ReplenishmentRequest.work_order_id == work_order_id,
        ReplenishmentRequest.status != ReplenishmentStatus.CANCELLED)
    return (requests.where(ReplenishmentRequest.status.in_(stock_ledger.PENDING_REQUESTS))
            .exists(), requests.exists())


def part_state(pending: bool, any_request: bool) -> str:
    """The board's part state of a work order from `part_state_columns`' values: waiting,
    arrived, or "" (no special order)."""
    return WAITING_PART if pending else PART_ARRIVED if any_request else ""


@acting.needs(Permission.PARTS_VIEW)
def purchase_orders(db: Database, store_id: int | None = None, *,
                    open_only: bool = False) -> tuple[PurchaseOrderRecord, ...]:
    """Purchase orders, newest first (open ones only: ordered or partly received)."""
    stmt = select(PurchaseOrder).order_by(PurchaseOrder.created_at.desc(),
                                          PurchaseOrder.id.desc()).limit(200)
    if store_id is not None:
        stmt = stmt.where(PurchaseOrder.store_id == store_id)
    if open_only:
        stmt = stmt.where(PurchaseOrder.status.in_(
            (PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTLY_RECEIVED)))
    with db.session() as s:
        return _records(s, list(s.scalars(stmt)))


@acting.needs(Permission.PARTS_VIEW)
def get_purchase_order(db: Database, purchase_order_id: int) -> PurchaseOrderRecord:
    """One purchase order with its lines."""
    with db.session() as s:
        return _record(s, get_or_raise(s, PurchaseOrder, purchase_order_id, *_WHAT))


def _record(session: Session, order: PurchaseOrder) -> PurchaseOrderRecord:
    return _records(session, [order])[0]


def _records(session: Session, orders: list[PurchaseOrder]) -> tuple[PurchaseOrderRecord, ...]:
    """The records of `orders`: their suppliers, parts and work orders read in one query
    each, whatever the number of orders (a list of 200 is 3 queries, not 600)."""
    lines = [x for order in orders for x in order.lines]
    suppliers = {x.id: x for x in session.scalars(
        select(Supplier).where(Supplier.id.in_({o.supplier_id for o in orders})))}
    part_rows = {p.id: p for p in session.scalars(
        select(Part).where(Part.id.in_({x.part_id for x in lines})))}
    numbers = dict(session.execute(select(WorkOrder.id, WorkOrder.number).where(
        WorkOrder.id.in_({x.work_order_id for x in lines if x.work_order_id}))).all())
    return tuple(_record_of(order, suppliers[order.supplier_id], part_rows, numbers)
                 for order in orders)


def _record_of(order: PurchaseOrder, supplier: Supplier, part_rows: dict[int, Part],
               numbers: dict[int, str]) -> PurchaseOrderRecord:
    lines = tuple(OrderLineRecord(
        x.id, x.part_id, part_rows[x.part_id].code, part_rows[x.part_id].name,
        part_rows[x.part_id].unit, part_rows[x.part_id].bin, x.qty_ordered, x.qty_received,
        x.unit_cost, x.work_order_id, numbers.get(x.work_order_id, "")) for x in order.lines)
    return PurchaseOrderRecord(order.id, order.number, order.store_id, supplier.id,
                               supplier.name, supplier.contact, supplier.phone,
                               str(order.status), order.created_at, lines, order.version_id)
