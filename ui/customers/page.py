"""The customers page: find a customer by plate, mobile or name, and open them."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.db import Database
from app.services import customers
from ui.customers.customer_window import CustomerWindow
from ui.i18n import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, make_table
from ui.widgets.record_table_model import Column, RecordTableModel

SEARCH_DELAY_MS = 250


class SearchBox(Retranslatable, QWidget):
    """A search field whose results come from `customers.search_customers` off the UI thread.

    `results` is emitted with the hits of the newest query only (older answers are dropped).
    """

    results = Signal(object)    # tuple[CustomerHit, ...]
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._sequence = db, runner, 0
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self.search_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the placeholder through the current translator."""
        self.edit.setPlaceholderText(self.tr("车牌、手机号（或后四位）、姓名或拼音首字母，如 zw"))


    def search_now(self) -> None:
        """Search for the current text at once."""
        self._timer.stop()
        self._sequence += 1
        sequence, query, db = self._sequence, self.edit.text().strip(), self._db
        if not query:
            self.results.emit(())
            return
        self._runner.submit(lambda: customers.search_customers(db, query),
                            lambda hits: self._deliver(sequence, hits),
                            lambda exc: self.failed.emit(error_text(exc)), owner=self)

    def _deliver(self, sequence: int, hits) -> None:
        if sequence == self._sequence:
            self.results.emit(hits)


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
            Column("", lambda h: h.mobile_masked), Column("", lambda h: "、".join(h.plates)),
            Column("", lambda h: h.tier), Column("", lambda h: h.matched_on)])
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
