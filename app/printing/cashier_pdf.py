"""The cashier's printed documents, pure reportlab, in memory:

- `render_settlement_slip`: the settlement slip (结算单): work, who pays what, discounts,
  payments and refunds, the balance;
- `render_pickup_slip`: the pick-up slip (提车单 / 出门证) the gate keeper takes, printed only
  for a settled or released car (`app.services.car_release`).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.code_names import label
from app.printing.layout import (
    ACCENT,
    CONTENT_WIDTH,
    SHADE,
    Label,
    QrCode,
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
    plain_style,
    table,
)
from app.printing.work_order_pdf import lines_table, signatures

QR_SIZE = 26 * mm


def render_settlement_slip(bill: Any, store: StoreInfo) -> bytes:
    """The settlement slip of `bill` (`app.services.cashier_records.SettlementRecord`)."""
    s = make_styles()
    story: list[Flowable] = [
        heading(s, "结算单", "Settlement", bill.number, [
            (("工单号", "Work order"), bill.work_order_number),
            (("车牌", "Plate"), bill.plate), (("客户", "Customer"), bill.customer_name or "—"),
            (("状态", "Status"), f"{label(bill.status)} {label(bill.status, 'en')}")]),
        para(bilingual("维修项目", "Work done"), s.section),
        lines_table(s, list(bill.lines), show_approval=False),
        Spacer(1, 2 * mm),
        _figures(s, bill),
        para(bilingual("收款记录", "Payments"), s.section),
        _payments(s, bill.payments),
        Spacer(1, 2 * mm),
        _amounts(s, [(("实收合计", "Paid"), bill.paid), *_points(bill),
                     (("未付余额", "Balance"), bill.balance)], total_last=True),
        signatures(s, [("收银员", "Cashier"), ("客户签字", "Customer signature")]),
    ]
    return build_pdf(story, store, bill.number, f"结算单 {bill.number}", s)


def render_pickup_slip(slip: Any, store: StoreInfo) -> bytes:
    """The pick-up slip of `slip` (`app.services.car_release.PickupPass`)."""
    s = make_styles()
    if slip.settlement_number:
        why = [(("结算单号", "Settlement"), slip.settlement_number),
               (("结清时间", "Settled"), local_text(slip.settled_at))]
    else:
        why = [(("店长放行", "Released by manager"), slip.released_by),
               (("放行原因", "Reason"), slip.release_reason),
               (("放行时间", "Released"), local_text(slip.released_at))]
    story: list[Flowable] = [
        heading(s, "提车单", "Pick-up slip", slip.work_order_number, [
            (("工单号", "Work order"), slip.work_order_number), (("车牌", "Plate"), slip.plate),
            (("客户", "Customer"), slip.customer_name or "—"), *why]),
        Spacer(1, 4 * mm),
        para(escape("凭此单放行车辆出场。 Show this slip at the gate to drive the car out."),
             s.body),
        signatures(s, [("收银员", "Cashier"), ("门卫", "Gate"), ("客户签字", "Customer")]),
    ]
    return build_pdf(story, store, slip.work_order_number, f"提车单 {slip.work_order_number}", s)



def heading(s: Styles, zh: str, en: str, reference: str,
             facts: list[tuple[tuple[str, str], str]]) -> Flowable:
    """The document's title with a QR code of its reference, then its facts one a line
    (shared by the back office's documents)."""
    left: list[Flowable] = [
        para(f'{escape(zh)} <font size="12" color="#5A6470">{escape(en)}</font>', s.title),
        Spacer(1, 1 * mm)]
    left += [para(bilingual(*name) + f"  {escape(str(value))}", s.body) for name, value in facts]
    style = plain_style(s.font)
    style.add("ALIGN", (1, 0), (1, 0), "RIGHT")
    return table([[left, QrCode(reference, QR_SIZE)]], [CONTENT_WIDTH - QR_SIZE, QR_SIZE], style,
                 repeat_rows=0)


def _figures(s: Styles, bill: Any) -> Flowable:
    rows = [(("工时费", "Labour"), bill.labour), (("配件费", "Parts"), bill.parts)]
    if bill.insurer_amount:
        name = f"（{bill.insurer_name} {bill.claim_number}）".replace(" ）", "）")
        rows.append((("保险公司承担" + name, "Insurer pays"), -bill.insurer_amount))
    if bill.warranty_amount:
        rows.append((("厂家索赔承担", "Warranty pays"), -bill.warranty_amount))
    if bill.tier_discount:
        rate = f"{bill.tier_rate * 100:.0f}%"
        rows.append(((f"{label(bill.tier)}会员优惠 {rate}", f"{label(bill.tier, 'en')} discount"),
                     -bill.tier_discount))
    if bill.extra_discount:
        approver = f"（{bill.approved_by_name}审批）" if bill.approved_by_name else ""
        rows.append(((f"其他优惠{approver}", "Further discount"), -bill.extra_discount))
    rows.append((("客户应付", "Customer pays"), bill.customer_due))
    return _amounts(s, rows, total_last=True)


def _points(bill: Any) -> list[tuple[tuple[str, str], Any]]:
    """The points the customer paid with (积分抵扣), when any."""
    redeemed = getattr(bill, "points_redeemed", 0)
    if not redeemed:
        return []
    return [((f"积分抵扣 {redeemed} 分", f"Points redeemed ({redeemed})"), -bill.points_value)]


def _amounts(s: Styles, rows: list[tuple[tuple[str, str], Any]], *,
             total_last: bool) -> Flowable:
    body = [[Label(zh, en, s.font), amount_text(value)] for (zh, en), value in rows]
    style = grid_style(0, s.font)
    style.add("ALIGN", (1, 0), (1, -1), "RIGHT")
    if total_last:
        style.add("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT)
        style.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
        style.add("FONTNAME", (1, -1), (1, -1), "Helvetica-Bold")
        style.add("TEXTCOLOR", (1, -1), (1, -1), ACCENT)
    result = table(body, [70 * mm, 40 * mm], style, repeat_rows=0)
    result.hAlign = "RIGHT"
    return result


def _payments(s: Styles, payments) -> Flowable:
    rows: list[list[object]] = [[Label("时间", "Time", s.font), Label("类型", "Kind", s.font),
                                 Label("方式", "Method", s.font),
                                 Label("交易单号", "Transaction", s.font),
                                 Label("金额", "CNY", s.font)]]
    for p in payments:
        rows.append([local_text(p.at), f"{label(p.kind)} {label(p.kind, 'en')}",
                     f"{label(p.method)} {label(p.method, 'en')}",
                     para(escape(p.transaction_no or p.note or ""), s.small),
                     amount_text(p.amount)])
    if len(rows) == 1:
        rows.append(["", para(escape("（无）"), s.body), "", "", ""])
    style = grid_style(1, s.font)
    style.add("ALIGN", (4, 0), (4, -1), "RIGHT")
    widths = [30 * mm, 26 * mm, 32 * mm, None, 30 * mm]
    fixed = sum(w for w in widths if w is not None)
    return table(rows, [w if w is not None else CONTENT_WIDTH - fixed for w in widths], style)
