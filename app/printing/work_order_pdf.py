"""The service desk's printed documents, pure reportlab, in memory:

- `render_work_order`: the work order for the workshop, with a QR code of its number;
- `render_inspection_report`: the inspection checklist for the customer;
- `render_pickup_summary`: the pick-up summary (交车结算单) with lines and totals.

Each takes a work order's detail (`app.services.work_orders.WorkOrderDetail` or anything
with the same fields) and the store printed in the header.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.code_names import CODE_NAMES
from app.domain.money import ZERO
from app.domain.store_time import STORE_TZ
from app.domain.workflow import FINDINGS, STATUS_LABELS, WorkOrderStatus
from app.printing.layout import (
    ACCENT,
    CONTENT_WIDTH,
    MUTED,
    RULE,
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
    make_styles,
    para,
    plain_style,
    table,
)

QR_SIZE = 28 * mm
#: Each inspection result's colour on paper; its names come from the one code-name table.
RESULT_COLOURS = {"unchecked": MUTED, "ok": colors.HexColor("#1E8449"),
                  "attention": colors.HexColor("#B9770E"), "urgent": colors.HexColor("#C0392B")}
RESULTS = {code: (*CODE_NAMES[code], colour) for code, colour in RESULT_COLOURS.items()}
APPROVALS = {code: CODE_NAMES[code] for code in ("pending", "approved", "declined")}
KINDS = {code: CODE_NAMES[code] for code in ("labour", "part")}


def render_work_order(detail: Any, store: StoreInfo) -> bytes:
    """The workshop's copy: vehicle, reception notes, lines to do, checklist, signatures."""
    s = make_styles()
    lines = [x for x in detail.lines if x.approval != "declined"]
    story: list[Flowable] = [
        _title(s, "维修工单", "Work order", detail, qr=True), Spacer(1, 3 * mm),
        _parties(s, detail), Spacer(1, 2 * mm),
        _reception(s, detail),
        para(bilingual("维修项目", "Work to do"), s.section),
        lines_table(s, lines, show_approval=True),
    ]
    if any(i.result != "unchecked" for i in detail.inspection):
        story += [para(bilingual("检查结果", "Inspection"), s.section),
                  _inspection_table(s, detail.inspection)]
    story.append(signatures(s, [("维修技师", "Technician"), ("质检员", "Quality check"),
                                 ("服务顾问", "Advisor")]))
    return build_pdf(story, store, detail.number, f"维修工单 {detail.number}", s)


def render_inspection_report(detail: Any, store: StoreInfo) -> bytes:
    """The customer's inspection report: every checklist item with its result and note."""
    s = make_styles()
    counts = {key: sum(1 for i in detail.inspection if i.result == key) for key in RESULTS}
    summary = "　".join(f"{RESULTS[k][0]} {counts[k]}" for k in RESULTS)
    summary_en = ", ".join(f"{RESULTS[k][1]} {counts[k]}" for k in RESULTS)
    story: list[Flowable] = [
        _title(s, "车辆检查报告", "Inspection report", detail, qr=False), Spacer(1, 3 * mm),
        _parties(s, detail), Spacer(1, 2 * mm),
        para(bilingual("检查结果", "Results") + f"　{escape(summary)}"
             f' <font size="7" color="#5A6470">{escape(summary_en)}</font>', s.section),
        _inspection_table(s, detail.inspection),
    ]
    findings = [i for i in detail.inspection if i.result in FINDINGS]
    if findings:
        story.append(para(bilingual("建议", "Recommendations"), s.section))
        for item in sorted(findings, key=lambda i: i.result != "urgent"):
            zh = RESULTS[item.result][0]
            story.append(para(escape(f"• {item.item}（{zh}）：{item.note or '建议尽快处理'}"),
                              s.body))
    story.append(Spacer(1, 4 * mm))
    story.append(para(escape("以上为本次到店检查结果，“紧急”项目关系行车安全，请尽快处理。"
                             " Urgent items affect driving safety; please have them seen to soon."),
                      s.small))
    return build_pdf(story, store, detail.number, f"车辆检查报告 {detail.number}", s)


def render_pickup_summary(detail: Any, store: StoreInfo) -> bytes:
    """The pick-up summary: the work done with amounts and totals, and what was declined."""
    s = make_styles()
    done = [x for x in detail.lines if x.approval == "approved"]
    declined = [x for x in detail.lines if x.approval == "declined"]
    labour = sum((x.amount for x in done if x.kind == "labour"), ZERO)
    parts = sum((x.amount for x in done if x.kind == "part"), ZERO)
    story: list[Flowable] = [
        _title(s, "交车结算单", "Pick-up summary", detail, qr=True), Spacer(1, 3 * mm),
        _parties(s, detail),
        para(bilingual("本次完成项目", "Work done"), s.section),
        lines_table(s, done, show_approval=False),
        Spacer(1, 2 * mm),
        _totals(s, labour, parts, labour + parts),
    ]
    if declined:
        story += [para(bilingual("本次未做项目（建议下次处理）", "Declined this time"), s.section),
                  lines_table(s, declined, show_approval=False, total=False)]
    story.append(signatures(s, [("服务顾问", "Advisor"), ("客户签字", "Customer signature")]))
    return build_pdf(story, store, detail.number, f"交车结算单 {detail.number}", s)


def document_total(detail: Any) -> Decimal:
    """What the pick-up summary totals: the approved lines."""
    return sum((x.amount for x in detail.lines if x.approval == "approved"), ZERO)


# --- blocks -------------------------------------------------------------------------------
def _local(value: datetime | None) -> str:
    return value.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M") if value else "—"


def _title(s: Styles, zh: str, en: str, detail: Any, *, qr: bool) -> Flowable:
    status_zh, status_en = STATUS_LABELS[WorkOrderStatus(detail.status)]
    left = [
        para(f'{escape(zh)} <font size="12" color="#5A6470">{escape(en)}</font>', s.title),
        Spacer(1, 1 * mm),
        para(bilingual("工单号", "No.") + f"  {escape(detail.number)}", s.body),
        para(bilingual("开单时间", "Opened") + f"  {_local(detail.opened_at)}", s.body),
        para(bilingual("状态", "Status") + f"  {escape(status_zh)} {escape(status_en)}",
             s.body),
    ]
    style = plain_style(s.font)
    style.add("ALIGN", (1, 0), (1, 0), "RIGHT")
    right: object = QrCode(detail.number, QR_SIZE) if qr else ""
    return table([[left, right]], [CONTENT_WIDTH - QR_SIZE, QR_SIZE], style, repeat_rows=0)


def _parties(s: Styles, detail: Any) -> Flowable:
    label = lambda zh, en: Label(zh, en, s.font)  # noqa: E731
    km = f"{detail.mileage_km:,} km" if detail.mileage_km is not None else "—"
    rows = [
        [label("客户", "Customer"), detail.customer_name or "—", label("车牌", "Plate"),
         detail.plate],
        [label("车型", "Vehicle"), para(escape(detail.vehicle_text or "—"), s.body),
         label("VIN", ""), detail.vin or "—"],
        [label("里程", "Mileage"), km, label("服务顾问", "Advisor"), detail.advisor_name or "—"],
    ]
    widths = [31 * mm, CONTENT_WIDTH / 2 - 31 * mm, 31 * mm, CONTENT_WIDTH / 2 - 31 * mm]
    style = grid_style(1, s.font)
    style.add("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)
    style.add("BACKGROUND", (0, 0), (-1, 0), colors.white)
    style.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    style.add("BACKGROUND", (2, 0), (2, -1), SHADE)
    return table(rows, widths, style, repeat_rows=0)


def _reception(s: Styles, detail: Any) -> Flowable:
    label = lambda zh, en: Label(zh, en, s.font)  # noqa: E731
    fuel = f"{detail.fuel_level}%" if detail.fuel_level is not None else "—"
    rows = [
        [label("油量/电量", "Fuel"), fuel, label("承诺交车", "Promised"),
         _local(detail.promised_at)],
        [label("技师", "Technician"), detail.technician_name or "—", label("工位", "Bay"),
         detail.bay_name or "—"],
        [label("客户描述", "Concerns"), para(escape(detail.concerns or "—"), s.body), "", ""],
        [label("贵重物品", "Valuables"), para(escape(detail.valuables or "无"), s.body),
         "", ""],
    ]
    widths = [31 * mm, CONTENT_WIDTH / 2 - 31 * mm, 31 * mm, CONTENT_WIDTH / 2 - 31 * mm]
    style = grid_style(1, s.font)
    style.add("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)
    style.add("BACKGROUND", (0, 0), (-1, 0), colors.white)
    style.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    style.add("BACKGROUND", (2, 0), (2, 1), SHADE)
    style.add("SPAN", (1, 2), (3, 2))
    style.add("SPAN", (1, 3), (3, 3))
    return table(rows, widths, style, repeat_rows=0)


def _number(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


def lines_table(s: Styles, lines: list, *, show_approval: bool, total: bool = True) -> Flowable:
    """The table of work-order lines (kind, item, hours or quantity, rate, amount)."""
    header = [Label("类型", "", s.font), Label("项目", "Item", s.font),
              Label("工时/数量", "", s.font), Label("单价", "Rate", s.font),
              Label("金额（元）", "CNY", s.font)]
    if show_approval:
        header.insert(4, Label("客户确认", "", s.font))
    rows: list[list[object]] = [header]
    for line in lines:
        kind = KINDS.get(line.kind, (line.kind, ""))[0]
        if line.kind == "labour" and line.hours is not None:
            qty, unit = f"{_number(line.hours)} h", amount_text(line.rate or ZERO)
        else:
            qty, unit = _number(line.qty), amount_text(line.unit_price)
        row: list[object] = [kind, para(escape(line.description), s.body), qty, unit,
                             amount_text(line.amount)]
        if show_approval:
            zh, _en = APPROVALS.get(line.approval, (line.approval, ""))
            who = f" {line.approved_by}" if line.approved_by else ""
            row.insert(4, para(escape(zh + who), s.small))
        rows.append(row)
    if len(rows) == 1:
        rows.append(["", para(escape("（无）"), s.body), "", "", ""] + ([""] if show_approval else []))
    widths = [14 * mm, None, 22 * mm, 26 * mm, 30 * mm]
    if show_approval:
        widths.insert(4, 30 * mm)
    fixed = sum(w for w in widths if w is not None)
    widths = [w if w is not None else CONTENT_WIDTH - fixed for w in widths]
    style = grid_style(1, s.font)
    style.add("ALIGN", (2, 0), (-1, -1), "RIGHT")
    if show_approval:
        style.add("ALIGN", (4, 0), (4, -1), "LEFT")
    return table(rows, widths, style)


def _totals(s: Styles, labour: Decimal, parts: Decimal, total: Decimal) -> Flowable:
    rows = [
        [Label("工时费", "Labour", s.font), amount_text(labour)],
        [Label("配件费", "Parts", s.font), amount_text(parts)],
        [Label("合计", "Total", s.font, 12, ACCENT), amount_text(total)],
    ]
    style = grid_style(0, s.font)
    style.add("ALIGN", (1, 0), (1, -1), "RIGHT")
    style.add("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT)
    style.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    style.add("FONTNAME", (1, -1), (1, -1), "Helvetica-Bold")
    style.add("FONTSIZE", (1, -1), (1, -1), 14)
    style.add("TEXTCOLOR", (1, -1), (1, -1), ACCENT)
    style.add("TOPPADDING", (0, -1), (-1, -1), 5)
    style.add("BOTTOMPADDING", (0, -1), (-1, -1), 5)
    result = table(rows, [40 * mm, 40 * mm], style, repeat_rows=0)
    result.hAlign = "RIGHT"
    return result


def _inspection_table(s: Styles, items) -> Flowable:
    rows: list[list[object]] = [[Label("检查项目", "Item", s.font),
                                 Label("结果", "Result", s.font), Label("说明", "Note", s.font)]]
    style = grid_style(1, s.font)
    for number, item in enumerate(items, 1):
        zh, en, colour = RESULTS.get(item.result, (item.result, "", MUTED))
        rows.append([item.item, Label(zh, en, s.font, 9, colour),
                     para(escape(item.note or ""), s.body)])
        if item.result in FINDINGS:
            style.add("BACKGROUND", (1, number), (1, number), colors.HexColor("#FDF2E9"))
    if not items:
        rows.append([para(escape("（未做检查）"), s.body), "", ""])
    return table(rows, [40 * mm, 32 * mm, CONTENT_WIDTH - 72 * mm], style)


def signatures(s: Styles, who: list[tuple[str, str]]) -> Flowable:
    """Signature blanks for `who` ((zh, en) roles) and the time printed."""
    cells = [para(bilingual(zh, en) + "：____________", s.body) for zh, en in who]
    stamp = datetime.now(UTC).astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M")
    return KeepTogether([
        Spacer(1, 8 * mm),
        table([cells], [CONTENT_WIDTH / len(cells)] * len(cells), plain_style(s.font),
              repeat_rows=0),
        Spacer(1, 2 * mm),
        para(escape(f"打印时间 Printed {stamp}"), s.small),
    ])
