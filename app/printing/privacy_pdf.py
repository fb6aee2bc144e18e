"""Documents of personal-information protection: the gate signage notice, and a
customer's copy of everything the store holds about them (readable, one table per kind)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.domain.code_names import CODE_NAMES
from app.domain.store_time import STORE_TZ
from app.printing.layout import (
    CONTENT_WIDTH,
    StoreInfo,
    bilingual,
    build_pdf,
    escape,
    grid_style,
    make_styles,
    para,
    table,
)

#: Section titles of the export's tables (zh, en); other tables show their own name.
TABLE_TITLES: dict[str, tuple[str, str]] = {
    "customers": ("客户资料", "Customer"), "vehicles": ("车辆", "Vehicles"),
    "visits": ("到店记录", "Visits"), "bookings": ("预约", "Bookings"),
    "booking_items": ("预约项目", "Booking items"), "work_orders": ("工单", "Work orders"),
    "work_order_lines": ("工单项目", "Work-order lines"),
    "work_order_status_changes": ("工单状态记录", "Work-order status changes"),
    "inspection_items": ("检查项目", "Inspection items"), "quotes": ("报价单", "Quotes"),
    "quote_lines": ("报价明细", "Quote lines"),
    "quote_finance_plans": ("金融方案", "Finance plans"),
    "complaints": ("投诉", "Complaints"), "complaint_steps": ("投诉处理记录", "Complaint steps"),
    "surveys": ("满意度回访", "Surveys"), "survey_answers": ("回访答案", "Survey answers"),
    "care_items": ("关怀事项", "Care items"), "care_outcomes": ("关怀结果", "Care outcomes"),
    "customer_rfm": ("客户价值分级", "Customer value"),
    "audit_log": ("操作记录", "Audit trail"),
}


def gate_notice_pdf(text: str, store: StoreInfo) -> bytes:
    """The notice for the gate's signage, in large type under the store's letterhead."""
    s = make_styles()
    big = ParagraphStyle("notice", parent=s.body, fontSize=18, leading=28)
    story = [para(bilingual("车牌识别告知", "Licence-plate recognition notice"), s.title),
             Spacer(1, 10 * mm)]
    story += [para(escape(line), big) for line in text.splitlines() if line.strip()]
    return build_pdf(story, store, "gate-notice", "车牌识别告知", s)


def customer_export_pdf(export, store: StoreInfo) -> bytes:
    """`export` (an `app.services.customer_rights.CustomerExport`) as a readable PDF: one
    section per kind of record, each record a table of field and value."""
    s = make_styles()
    when = export.exported_at.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M")
    story = [para(bilingual("个人信息副本", "Copy of personal data"), s.title),
             para(f"{bilingual('客户编号', 'Customer No.')} {export.customer_id}   "
                  f"{bilingual('导出时间', 'Exported')} {when}", s.body),
             Spacer(1, 4 * mm)]
    for name, rows in export.tables.items():
        zh, en = TABLE_TITLES.get(name, (name, ""))
        story.append(para(f"{bilingual(zh, en)}（{len(rows)}）", s.section))
        for row in rows:
            cells = [[para(escape(key), s.small), para(escape(_shown(value)), s.small)]
                     for key, value in row.items()]
            story += [table(cells, [CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.7],
                            grid_style(header_rows=0, font=s.font), repeat_rows=0),
                      Spacer(1, 2 * mm)]
    return build_pdf(story, store, f"export-{export.customer_id}", "个人信息副本", s)


def _shown(value) -> str:
    """A stored value as a reader sees it: codes by their Chinese name, empties as —."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str) and value in CODE_NAMES:
        return f"{CODE_NAMES[value][0]} ({value})"
    return str(value)
