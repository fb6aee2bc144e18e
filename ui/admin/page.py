"""The admin page (管理): the audit log, staff accounts, and administering the store: stores,
divisions, bays and their hours, service items, the working calendar."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.admin.accounts_panel import AccountsPanel
from ui.admin.audit_page import AuditPage
from ui.admin.bays_panel import BaysPanel
from ui.admin.calendar_panel import CalendarPanel
from ui.admin.divisions_panel import DivisionsPanel
from ui.admin.items_panel import ItemsPanel
from ui.admin.stores_panel import StoresPanel
from ui.widgets.basics import Retranslatable
from ui.widgets.desk_store import DeskStore


class AdminPage(Retranslatable, QWidget):
    """Tabs: the audit log, the staff accounts, stores, divisions, bays, service items, the calendar."""

    def __init__(self, db, runner, store_id: int | DeskStore = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = AuditPage(db, runner)
        self.accounts = AccountsPanel(db, runner, store_id)
        self.stores = StoresPanel(db, runner)
        self.divisions = DivisionsPanel(db, runner)
        self.bays = BaysPanel(db, runner, store_id)
        self.items = ItemsPanel(db, runner)
        self.calendar = CalendarPanel(db, runner, store_id)
        self.tabs = QTabWidget()
        for tab in (self.audit, self.accounts, self.stores, self.divisions, self.bays, self.items,
                    self.calendar):
            self.tabs.addTab(tab, "")
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        for index, text in enumerate((self.tr("审计日志"), self.tr("员工账户"), self.tr("门店"),
                                      self.tr("大区"), self.tr("工位与营业时间"), self.tr("服务项目与工时"),
                                      self.tr("工作日历"))):
            self.tabs.setTabText(index, text)
