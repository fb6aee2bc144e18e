"""The parts counter's documents: the picking list of a work order and the purchase order,
as PDF bytes for the one printing path."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.models import LineKind, Part, Staff, Vehicle, WorkOrder
from app.printing.stock_pdf import render_picking_list, render_purchase_order
from app.services import parts, purchasing, stock_ledger
from app.services.common import get_or_raise
from app.services.store_info import store_info_in


@dataclass(frozen=True)
class PickLine:
    """A part to pick for a work order: where it lies, how many, what is held for it."""

    code: str
    name: str
    bin: str
    unit: str
    qty: int
    held: int
    taken: bool


@dataclass(frozen=True)
class PickingList:
    """The approved parts of a work order, by bin."""

    work_order_id: int
    work_order_number: str
    plate: str
    advisor_name: str
    lines: tuple[PickLine, ...]


@acting.needs(Permission.PARTS_VIEW)
def picking_list(db: Database, work_order_id: int) -> PickingList:
    """The approved part lines of a work order, sorted by bin, with what is held for it."""
    with db.session() as s:
        order = get_or_raise(s, WorkOrder, work_order_id, "工单", "work order",
                             field="work_order_id")
        store_id = parts.order_store_id(s, order)
        wanted = [x for x in order.lines if x.kind is LineKind.PART and x.part_id is not None
                  and str(x.approval) == "approved"]
        rows = {p.id: p for p in s.scalars(select(Part).where(
            Part.id.in_([x.part_id for x in wanted])))}
        lines = [PickLine(rows[x.part_id].code, rows[x.part_id].name, rows[x.part_id].bin,
                          rows[x.part_id].unit, int(x.qty),
                          stock_ledger.reserved_for(s, store_id, x.part_id, order.id),
                          x.stock_taken_at is not None) for x in wanted]
        advisor = s.get(Staff, order.advisor_id) if order.advisor_id else None
        return PickingList(order.id, order.number, s.get(Vehicle, order.vehicle_id).plate,
                           advisor.name if advisor else "",
                           tuple(sorted(lines, key=lambda x: (x.bin, x.code))))


@acting.needs(Permission.PARTS_VIEW)
def picking_list_pdf(db: Database, work_order_id: int, store_id: int | None) -> bytes:
    """The picking list's PDF."""
    picking = picking_list(db, work_order_id)
    with db.session() as s:
        store = store_info_in(s, store_id)
    return render_picking_list(picking, store)


@acting.needs(Permission.PARTS_VIEW)
def picking_list_pdf_by_number(db: Database, work_order_number: str,
                               store_id: int | None) -> bytes:
    """The picking list's PDF of the work order numbered `work_order_number`."""
    return picking_list_pdf(db, purchasing.work_order_id_by_number(db, work_order_number),
                            store_id)


@acting.needs(Permission.PARTS_VIEW)
def purchase_order_pdf(db: Database, purchase_order_id: int, store_id: int | None) -> bytes:
    """The purchase order's PDF."""
    order = purchasing.get_purchase_order(db, purchase_order_id)
    with db.session() as s:
        store = store_info_in(s, store_id if store_id is not None else order.store_id)
    return render_purchase_order(order, store)
