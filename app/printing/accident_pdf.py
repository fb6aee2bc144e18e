"""The accident assessment (事故定损单), pure reportlab, in memory: the case, the tow, the
assessor, each line with what the insurer pays and what the customer pays."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.code_names import label
from app.printing.cashier_pdf import heading
from app.printing.layout import (
    ACCENT,
    CONTENT_WIDTH,
    SHADE,
    Label,
    StoreInfo,
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


def render_assessment(case: Any, store: StoreInfo) -> bytes:
    """The assessment of `case` (`app.services.accidents.AccidentRecord`)."""
    s = make_styles()
    tow = "—"
    if case.tow_company:
        tow = (f"{case.tow_company} {case.tow_driver} · 呼叫 {local_text(case.tow_called_at)}"
               f" · 预计 {local_text(case.tow_eta)} · 到达 {local_text(case.tow_arrived_at)}")
    rows: list[list[object]] = [[Label("类型", "Kind", s.font), Label("项目", "Item", s.font),
                                 Label("数量/工时", "Qty", s.font), Label("单价", "Price", s.font),
                                 Label("金额", "Amount", s.font),
                                 Label("保险承担", "Insurer", s.font),
                                 Label("客户承担", "Customer", s.font)]]
    for x in case.lines:
        qty = f"{x.hours.normalize():f} h" if x.hours else f"{x.qty.normalize():f}"
        item = x.description + (f"（{x.part_code}）" if x.part_code else "")
        rows.append([label(x.kind), para(escape(item), s.body), qty, amount_text(x.unit_price),
                     amount_text(x.amount), amount_text(x.insurer_share),
                     amount_text(x.customer_share)])
    rows.append(["", Label("合计", "Total", s.font, 10, ACCENT), "", "",
                 amount_text(case.total), amount_text(case.insurer_total),
                 amount_text(case.customer_total)])
    style = grid_style(1, s.font)
    style.add("ALIGN", (2, 0), (-1, -1), "RIGHT")
    style.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    style.add("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT)
    widths = [14 * mm, None, 20 * mm, 22 * mm, 24 * mm, 24 * mm, 24 * mm]
    fixed = sum(w for w in widths if w is not None)
    story: list[Flowable] = [
        heading(s, "事故定损单", "Accident assessment", case.number, [
            (("车牌", "Plate"), case.plate), (("客户", "Customer"), case.customer_name or "—"),
            (("出险时间", "Accident"), local_text(case.happened_at)),
            (("地点", "Location"), case.location or "—"),
            (("来源", "Source"), f"{label(case.source)} {label(case.source, 'en')}"),
            (("保险公司", "Insurer"), case.insurer_name or "—"),
            (("报案号", "Claim no."), case.claim_number or "—"),
            (("拖车", "Tow"), tow),
            (("定损员", "Assessor"), f"{case.assessor_name} {case.assessor_phone}".strip()
             or "—"),
            (("工单", "Work order"), case.work_order_number or "—")]),
        para(bilingual("定损明细", "Assessment"), s.section),
        table(rows, [w if w is not None else CONTENT_WIDTH - fixed for w in widths], style),
        Spacer(1, 2 * mm),
        para(bilingual("损失照片", "Damage photos") + f"  {len(case.photos)}", s.body),
        *[para(escape(f"• {caption or '—'}：{path}"), s.small) for path, caption in case.photos],
        signatures(s, [("定损员", "Assessor"), ("服务顾问", "Advisor"), ("客户签字", "Customer")]),
    ]
    return build_pdf(story, store, case.number, f"事故定损单 {case.number}", s)

