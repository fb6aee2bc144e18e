"""The customers page: find a customer by plate, mobile or name, and open them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.db import Database
from app.domain.plates import format_plate
from ui.customers.customer_window import CustomerWindow
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, make_table
from ui.widgets.code_text import code_text
from ui.widgets.record_table_model import Column, RecordTableModel
from ui.widgets.search_box import SearchBox


class CustomersPage(Retranslatable, QWidget):
    """Search results in a table; a double-click or Enter opens the customer window."""

    customer_opened = Signal(object)    # the CustomerWindow

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.windows: list[CustomerWindow] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = SearchBox(db, runner)
        self.status = QLabel()
        self.model = RecordTableModel([
            Column("", lambda h: h.name), Column("", lambda h: h.greeting),
            Column("", lambda h: h.mobile_masked), Column("", lambda h: "、".join(format_plate(p) for p in h.plates)),
            Column("", lambda h: code_text(h.tier)), Column("", lambda h: code_text(h.matched_on))])
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(lambda index: self.open_customer(self.model.record(index.row()).customer_id))
        self.table.activated.connect(lambda index: self.open_customer(self.model.record(index.row()).customer_id))
        self.search.results.connect(self._show)
        self.search.failed.connect(self.status.setText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("客户"))
        self.model.set_headers([self.tr("姓名"), self.tr("称呼"), self.tr("手机号"), self.tr("车牌"),
                                self.tr("等级"), self.tr("匹配方式")])


    def _show(self, hits) -> None:
        self.model.set_records(hits)
        if self.search.edit.text().strip():
            self.status.setText(self.tr("找到 %1 位客户").replace("%1", str(len(hits))))
        else:
            self.status.clear()
        if hits:
            self.table.selectRow(0)

    def open_customer(self, customer_id: int) -> CustomerWindow:
        """Open (or raise) the window of one customer."""
        for window in self.windows:
            if window.customer_id == customer_id:
                window.show()
                window.raise_()
                return window
        window = CustomerWindow(self._db, self._runner, customer_id)
        self.windows.append(window)
        window.show()
        self.customer_opened.emit(window)
        return window

    def close_windows(self) -> None:
        """Close every customer window (on shutdown)."""
        for window in self.windows:
            window.close()
        self.windows.clear()
