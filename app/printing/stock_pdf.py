"""The parts counter's printed documents, pure reportlab, in memory:

- `render_purchase_order`: the purchase order to one supplier (lines, costs, back-orders);
- `render_picking_list`: the picking list (领料单) of a work order, by bin.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.code_names import label
from app.printing.cashier_pdf import heading
from app.printing.layout import (
    CONTENT_WIDTH,
    Label,
    StoreInfo,
    Styles,
    amount_text,
    bilingual,
    build_pdf,
    escape,
    grid_style,
    local_text,
    make_styles,
    para,
    table,
)
from app.printing.work_order_pdf import signatures


def render_purchase_order(order: Any, store: StoreInfo) -> bytes:
    """The purchase order `order` (`app.services.purchasing.PurchaseOrderRecord`)."""
    s = make_styles()
    story: list[Flowable] = [
        heading(s, "采购订单", "Purchase order", order.number, [
            (("供应商", "Supplier"), order.supplier_name),
            (("联系人", "Contact"), f"{order.supplier_contact} {order.supplier_phone}".strip()
             or "—"),
            (("下单日期", "Ordered"), local_text(order.created_at)),
            (("状态", "Status"), f"{label(order.status)} {label(order.status, 'en')}")]),
        para(bilingual("订货明细", "Lines"), s.section),
        _order_lines(s, order),
        Spacer(1, 2 * mm),
        para(bilingual("合计", "Total") + f"  {amount_text(order.total)}", s.total),
        para(escape("请按订单数量送货；未到部分将作为欠货（back-order）跟进。"
                    " Deliver the quantities ordered; what is short stays back-ordered."),
             s.small),
        signatures(s, [("采购员", "Buyer"), ("供应商确认", "Supplier")]),
    ]
    return build_pdf(story, store, order.number, f"采购订单 {order.number}", s)


def render_picking_list(picking: Any, store: StoreInfo) -> bytes:
    """The picking list `picking` (`app.services.stock_documents.PickingList`)."""
    s = make_styles()
    rows: list[list[object]] = [[Label("库位", "Bin", s.font), Label("配件号", "Part no.", s.font),
                                 Label("名称", "Name", s.font), Label("数量", "Qty", s.font),
                                 Label("已预留", "Held", s.font),
                                 Label("状态", "State", s.font)]]
    for line in picking.lines:
        state = "已出库 Issued" if line.taken else "待领 To pick"
        rows.append([line.bin or "—", line.code, para(escape(line.name), s.body),
                     f"{line.qty} {line.unit}", str(line.held), state])
    if len(rows) == 1:
        rows.append(["", "", para(escape("（无配件）"), s.body), "", "", ""])
    style = grid_style(1, s.font)
    style.add("ALIGN", (3, 0), (4, -1), "RIGHT")
    widths = [20 * mm, 32 * mm, None, 20 * mm, 24 * mm, 28 * mm]
    fixed = sum(w for w in widths if w is not None)
    story: list[Flowable] = [
        heading(s, "领料单", "Picking list", picking.work_order_number, [
            (("工单号", "Work order"), picking.work_order_number),
            (("车牌", "Plate"), picking.plate),
            (("服务顾问", "Advisor"), picking.advisor_name or "—")]),
        para(bilingual("领料明细（按库位）", "Parts by bin"), s.section),
        table(rows, [w if w is not None else CONTENT_WIDTH - fixed for w in widths], style),
        signatures(s, [("领料技师", "Technician"), ("库管员", "Parts counter")]),
    ]
    return build_pdf(story, store, picking.work_order_number,
                     f"领料单 {picking.work_order_number}", s)



def _order_lines(s: Styles, order: Any) -> Flowable:
    rows: list[list[object]] = [[Label("配件号", "Part no.", s.font), Label("名称", "Name", s.font),
                                 Label("订货", "Qty", s.font), Label("已到", "In", s.font),
                                 Label("欠货", "Owed", s.font),
                                 Label("单价", "Cost", s.font), Label("金额", "Amount", s.font)]]
    for line in order.lines:
        name = escape(line.part_name) + (f"<br/>特订 {escape(line.work_order_number)}"
                                         if line.work_order_number else "")
        rows.append([line.part_code, para(name, s.body), str(line.qty_ordered),
                     str(line.qty_received), str(line.back_order),
                     amount_text(line.unit_cost), amount_text(line.amount)])
    style = grid_style(1, s.font)
    style.add("ALIGN", (2, 0), (-1, -1), "RIGHT")
    widths = [30 * mm, None, 16 * mm, 16 * mm, 18 * mm, 24 * mm, 26 * mm]
    fixed = sum(w for w in widths if w is not None)
    return table(rows, [w if w is not None else CONTENT_WIDTH - fixed for w in widths], style)
