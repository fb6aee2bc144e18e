"""The admin page (审计与账户): the audit log and the staff accounts, for the manager."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.admin.accounts_panel import AccountsPanel
from ui.admin.audit_page import AuditPage
from ui.widgets.basics import Retranslatable


class AdminPage(Retranslatable, QWidget):
    """Two tabs: the audit log and the accounts."""

    def __init__(self, db, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = AuditPage(db, runner)
        self.accounts = AccountsPanel(db, runner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.audit, "")
        self.tabs.addTab(self.accounts, "")
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.tabs.setTabText(0, self.tr("审计日志"))
        self.tabs.setTabText(1, self.tr("账户"))
