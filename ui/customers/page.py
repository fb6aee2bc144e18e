"""The customers page: the customers seen last, or those found by plate, mobile or name;
open one, or create one (新建客户)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.db import Database
from app.domain.plates import format_plate
from app.services import customers
from ui.customers.customer_window import CustomerWindow
from ui.customers.new_customer import NewCustomerDialog
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import LiveLabel, Retranslatable, make_table
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.level_text import level_text, store_levels
from ui.widgets.record_table_model import Column, RecordTableModel
from ui.widgets.search_box import SearchBox


class CustomersPage(Retranslatable, QWidget):
    """Search results in a table; a double-click or Enter opens the customer window."""

    customer_opened = Signal(object)    # the CustomerWindow

    @property
    def store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self.windows: list[CustomerWindow] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = SearchBox(db, runner)
        self.new_button = QPushButton()
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_customer)
        self.status = LiveLabel()
        self.model = RecordTableModel([
            Column("", lambda h: h.name), Column("", lambda h: h.greeting),
            Column("", lambda h: h.mobile_masked), Column("", lambda h: "、".join(format_plate(p) for p in h.plates)),
            Column("", lambda h: level_text(h.tier)), Column("", lambda h: code_text(h.matched_on))])
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(lambda index: self.open_customer(self.model.record(index.row()).customer_id))
        self.table.activated.connect(lambda index: self.open_customer(self.model.record(index.row()).customer_id))
        self.search.results.connect(self._show)
        store_levels().changed.connect(self.model.refresh_texts)
        self.search.failed.connect(self.status.setText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.show_recent()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("客户"))
        self.new_button.setText(self.tr("新建客户(&N)"))
        self.new_button.setToolTip(self.tr("登记一位新客户 (Alt+N)"))
        self.model.set_headers([self.tr("姓名"), self.tr("称呼"), self.tr("手机号"), self.tr("车牌"),
                                self.tr("等级"), self.tr("匹配方式")])


    def show_recent(self) -> None:
        """List the customers seen or changed last (the page before anything is typed)."""
        db = self._db
        self._runner.submit(lambda: customers.recent_customers(db), self._show_recent,
                            lambda exc: self.status.setText(error_text(exc)), owner=self)

    def _show_recent(self, hits) -> None:
        if self.search.edit.text().strip():
            return          # a search was typed meanwhile: its results stand
        self.model.set_records(hits)
        self.table.setColumnHidden(5, True)       # 匹配方式: nothing was searched
        self.status.show_text(lambda: self.tr("最近到店或更新的客户"))

    def _show(self, hits) -> None:
        if not self.search.edit.text().strip():
            self.show_recent()
            return
        self.model.set_records(hits)
        self.table.setColumnHidden(5, False)
        self.status.show_text(lambda: self.tr("找到 %1 位客户").replace("%1", str(len(hits))))
        if hits:
            self.table.selectRow(0)

    def new_customer(self) -> NewCustomerDialog:
        """Open 新建客户; the new customer's window opens once they are stored."""
        dialog = NewCustomerDialog(self._db, self._runner, self)
        dialog.created.connect(self._created)
        dialog.open()
        self.new_dialog = dialog
        return dialog

    def _created(self, customer_id: int) -> None:
        self.open_customer(customer_id)
        if not self.search.edit.text().strip():
            self.show_recent()

    def open_customer(self, customer_id: int) -> CustomerWindow:
        """Open (or raise) the window of one customer."""
        for window in self.windows:
            if window.customer_id == customer_id:
                window.show()
                window.raise_()
                return window
        window = CustomerWindow(self._db, self._runner, customer_id, self.store_id)
        self.windows.append(window)
        window.show()
        self.customer_opened.emit(window)
        return window

    def close_windows(self) -> None:
        """Close every customer window (on shutdown)."""
        for window in self.windows:
            window.close()
        self.windows.clear()
