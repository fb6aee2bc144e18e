"""The audit page (审计日志): who saw or changed what, when, at which desk; filtered by
person, customer, action and dates, a page at a time, newest first."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.store_time import STORE_TZ
from app.services import audit
from app.services.common import store_today
from ui.messages import error_text
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.record_table_model import Column, RecordTableModel

#: The actions the filter offers (codes; their names come from code_names).
ACTIONS = ("view", "create", "update", "sign_in", "sign_in_failed", "account_locked", "unlock",
           "approve", "link_store")
#: The records an audit row may be about, as the page names them.
ENTITY_NAMES = {
    "customers": QT_TRANSLATE_NOOP("AuditEntity", "客户"),
    "vehicles": QT_TRANSLATE_NOOP("AuditEntity", "车辆"),
    "visits": QT_TRANSLATE_NOOP("AuditEntity", "到店记录"),
    "staff": QT_TRANSLATE_NOOP("AuditEntity", "员工账户"),
    "quotes": QT_TRANSLATE_NOOP("AuditEntity", "报价单"),
    "work_orders": QT_TRANSLATE_NOOP("AuditEntity", "工单"),
    "bookings": QT_TRANSLATE_NOOP("AuditEntity", "预约"),
    "booking": QT_TRANSLATE_NOOP("AuditEntity", "预约"),
    "booking_items": QT_TRANSLATE_NOOP("AuditEntity", "预约项目"),
    "accessories": QT_TRANSLATE_NOOP("AuditEntity", "精品"),
    "accident_cases": QT_TRANSLATE_NOOP("AuditEntity", "事故车案件"),
    "assessment_lines": QT_TRANSLATE_NOOP("AuditEntity", "定损明细"),
    "audit_log": QT_TRANSLATE_NOOP("AuditEntity", "审计记录"),
    "bays": QT_TRANSLATE_NOOP("AuditEntity", "工位"),
    "bay_hours": QT_TRANSLATE_NOOP("AuditEntity", "工位营业时间"),
    "car_releases": QT_TRANSLATE_NOOP("AuditEntity", "放车记录"),
    "care_items": QT_TRANSLATE_NOOP("AuditEntity", "关怀任务"),
    "care_outcomes": QT_TRANSLATE_NOOP("AuditEntity", "关怀结果"),
    "care_settings": QT_TRANSLATE_NOOP("AuditEntity", "关怀设置"),
    "catalogue_vehicles": QT_TRANSLATE_NOOP("AuditEntity", "车型目录"),
    "complaint_steps": QT_TRANSLATE_NOOP("AuditEntity", "投诉处理步骤"),
    "complaints": QT_TRANSLATE_NOOP("AuditEntity", "投诉"),
    "customer_rfm": QT_TRANSLATE_NOOP("AuditEntity", "客户等级"),
    "cycle_counts": QT_TRANSLATE_NOOP("AuditEntity", "盘点"),
    "damage_photos": QT_TRANSLATE_NOOP("AuditEntity", "定损照片"),
    "day_close_lines": QT_TRANSLATE_NOOP("AuditEntity", "日结明细"),
    "day_closes": QT_TRANSLATE_NOOP("AuditEntity", "日结"),
    "finance_products": QT_TRANSLATE_NOOP("AuditEntity", "金融产品"),
    "inspection_items": QT_TRANSLATE_NOOP("AuditEntity", "检查项目"),
    "insurance_products": QT_TRANSLATE_NOOP("AuditEntity", "保险产品"),
    "invoice_requests": QT_TRANSLATE_NOOP("AuditEntity", "开票申请"),
    "lenders": QT_TRANSLATE_NOOP("AuditEntity", "金融机构"),
    "part_supersessions": QT_TRANSLATE_NOOP("AuditEntity", "配件替代"),
    "parts": QT_TRANSLATE_NOOP("AuditEntity", "配件"),
    "payments": QT_TRANSLATE_NOOP("AuditEntity", "收付款"),
    "points_entries": QT_TRANSLATE_NOOP("AuditEntity", "积分流水"),
    "purchase_order_lines": QT_TRANSLATE_NOOP("AuditEntity", "采购明细"),
    "purchase_orders": QT_TRANSLATE_NOOP("AuditEntity", "采购单"),
    "quote_finance_plans": QT_TRANSLATE_NOOP("AuditEntity", "报价金融方案"),
    "quote_lines": QT_TRANSLATE_NOOP("AuditEntity", "报价明细"),
    "refreshment_menu": QT_TRANSLATE_NOOP("AuditEntity", "茶点菜单"),
    "refreshment_order_lines": QT_TRANSLATE_NOOP("AuditEntity", "点餐明细"),
    "refreshment_orders": QT_TRANSLATE_NOOP("AuditEntity", "点餐"),
    "replenishment_requests": QT_TRANSLATE_NOOP("AuditEntity", "补货申请"),
    "service_items": QT_TRANSLATE_NOOP("AuditEntity", "服务项目"),
    "settlements": QT_TRANSLATE_NOOP("AuditEntity", "结算单"),
    "stock_movements": QT_TRANSLATE_NOOP("AuditEntity", "库存流水"),
    "store_transfers": QT_TRANSLATE_NOOP("AuditEntity", "调拨单"),
    "customer_stores": QT_TRANSLATE_NOOP("AuditEntity", "客户所属门店"),
    "opportunities": QT_TRANSLATE_NOOP("AuditEntity", "商机"),
    "opportunity_stage_changes": QT_TRANSLATE_NOOP("AuditEntity", "商机阶段变更"),
    "lead_tasks": QT_TRANSLATE_NOOP("AuditEntity", "跟进任务"),
    "sales_orders": QT_TRANSLATE_NOOP("AuditEntity", "销售订单"),
    "delivery_checks": QT_TRANSLATE_NOOP("AuditEntity", "交车检查项"),
    "kpi_daily_figures": QT_TRANSLATE_NOOP("AuditEntity", "每日经营指标"),
    "kpi_daily_runs": QT_TRANSLATE_NOOP("AuditEntity", "每日指标统计记录"),
    "divisions": QT_TRANSLATE_NOOP("AuditEntity", "大区"),
    "stores": QT_TRANSLATE_NOOP("AuditEntity", "门店"),
    "store_days": QT_TRANSLATE_NOOP("AuditEntity", "门店闭店/营业日"),
    "suppliers": QT_TRANSLATE_NOOP("AuditEntity", "供应商"),
    "survey_answers": QT_TRANSLATE_NOOP("AuditEntity", "回访答卷"),
    "surveys": QT_TRANSLATE_NOOP("AuditEntity", "满意度回访"),
    "work_order_lines": QT_TRANSLATE_NOOP("AuditEntity", "工单明细"),
    "work_order_status_changes": QT_TRANSLATE_NOOP("AuditEntity", "工单状态变更"),
    "test_drive_cars": QT_TRANSLATE_NOOP("AuditEntity", "试驾车"),
    "test_drives": QT_TRANSLATE_NOOP("AuditEntity", "试乘试驾"),
}


def entity_text(entity: str) -> str:
    """The name of an audited record's kind in the current language."""
    name = ENTITY_NAMES.get(entity)
    return QCoreApplication.translate("AuditEntity", name) if name else entity


def change_text(entry: audit.AuditEntry) -> str:
    """The fields before → after, one line (what the row says changed or was seen)."""
    if entry.before:
        return "; ".join(f"{k}: {entry.before.get(k)!s} → {(entry.after or {}).get(k)!s}"
                         for k in entry.before)
    return json.dumps(entry.after, ensure_ascii=False) if entry.after else ""


class AuditPage(Retranslatable, QWidget):
    """The audit log for the manager, one page of rows at a time."""

    def __init__(self, db, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.page_number, self.total = 0, 0
        self.person = QLineEdit()
        self.customer = QLineEdit()
        self.customer.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.action = QComboBox()
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = store_today()     # the store's day, not this computer's
        self.since.setDate(QDate(today.year, today.month, today.day).addDays(-30))
        self.until.setDate(QDate(today.year, today.month, today.day))
        self.search, self.previous, self.next = QPushButton(), QPushButton(), QPushButton()
        self.page_label, self.error = QLabel(), QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.model = RecordTableModel([
            Column("", lambda e: local_time(e.at, "%Y-%m-%d %H:%M:%S")),
            Column("", lambda e: e.who), Column("", lambda e: e.desk),
            Column("", lambda e: code_text(e.action)), Column("", lambda e: entity_text(e.entity)),
            Column("", lambda e: "" if e.entity_id is None else str(e.entity_id), True),
            Column("", lambda e: "" if e.customer_id is None else str(e.customer_id), True),
            Column("", change_text)])
        self.table = make_table(self.model)
        self._labels = [QLabel() for _ in range(5)]
        filters = QHBoxLayout()
        for label, field in zip(self._labels, (self.person, self.customer, self.action,
                                               self.since, self.until), strict=True):
            filters.addWidget(label)
            filters.addWidget(field)
        filters.addWidget(self.search)
        pager = QHBoxLayout()
        pager.addWidget(self.error, 1)
        for widget in (self.previous, self.page_label, self.next):
            pager.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)
        self.search.clicked.connect(lambda: self.load(0))
        self.person.returnPressed.connect(lambda: self.load(0))
        self.customer.returnPressed.connect(lambda: self.load(0))
        self.previous.clicked.connect(lambda: self.load(self.page_number - 1))
        self.next.clicked.connect(lambda: self.load(self.page_number + 1))
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        for label, text in zip(self._labels, (self.tr("人员"), self.tr("客户编号"),
                                              self.tr("操作"), self.tr("从"), self.tr("到")),
                               strict=True):
            label.setText(text)
        chosen = self.action.currentData()
        self.action.clear()
        self.action.addItem(self.tr("全部"), "")
        for code in ACTIONS:
            self.action.addItem(code_text(code), code)
        self.action.setCurrentIndex(max(self.action.findData(chosen or ""), 0))
        self.search.setText(self.tr("查询"))
        self.previous.setText(self.tr("上一页"))
        self.next.setText(self.tr("下一页"))
        self.model.set_headers([self.tr("时间"), self.tr("人员"), self.tr("工位"), self.tr("操作"),
                                self.tr("记录"), self.tr("编号"), self.tr("客户"),
                                self.tr("内容")])
        self._show_pager()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Load the first page when the page is first shown."""
        super().showEvent(event)
        if not self.model.rowCount():
            self.load(0)

    def filters(self) -> dict:
        """The service's filter arguments from the fields."""
        since = datetime.combine(self.since.date().toPython(), time(), STORE_TZ)
        until = datetime.combine(self.until.date().toPython() + timedelta(days=1), time(),
                                 STORE_TZ)
        text = self.customer.text().strip()
        return {"person": self.person.text(), "customer_id": int(text) if text else None,
                "action": self.action.currentData() or "", "since": since, "until": until}

    def load(self, page: int) -> None:
        """Fetch page `page` (from 0) of the rows matching the filters."""
        db, filters = self._db, self.filters()
        page = max(page, 0)
        self._runner.submit(lambda: audit.audit_page(db, page=page, **filters), self._show,
                            lambda exc: self.error.setText(error_text(exc)), owner=self)

    def _show(self, result: audit.AuditPage) -> None:
        self.error.clear()
        self.page_number, self.total = result.page, result.total
        self._page_size = result.page_size
        self.model.set_records(result.entries)
        self._show_pager()

    def _show_pager(self) -> None:
        size = getattr(self, "_page_size", audit.PAGE_SIZE)
        pages = max((self.total + size - 1) // size, 1)
        self.page_label.setText(self.tr("第 %1 / %2 页，共 %3 条")
                                .replace("%1", str(self.page_number + 1))
                                .replace("%2", str(pages)).replace("%3", str(self.total)))
        self.previous.setEnabled(self.page_number > 0)
        self.next.setEnabled(self.page_number + 1 < pages)
