"""The sales page: the store's quotes (newest first, by status) and the quote editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from app.db import Database
from app.services import quotes
from ui.messages import error_text
from ui.sales.quote_editor import QUOTE_STATUSES, QuoteEditor, amount_text, status_text
from ui.tasks import TaskRunner
from ui.widgets.basics import LiveLabel, Retranslatable, make_table
from ui.widgets.desk_store import DeskStore
from ui.widgets.record_table_model import Column, RecordTableModel


class SalesPage(Retranslatable, QWidget):
    """Quotes in a table; "new quote" or a double-click opens the editor in its own window."""

    refreshed = Signal()
    editor_opened = Signal(object)   # the QuoteEditor

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.editors: list[QuoteEditor] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.new_button, self.refresh_button = QPushButton(), QPushButton()
        self.new_button.setProperty("primary", True)
        self.status_filter = QComboBox()
        self.status = LiveLabel()
        self.model = RecordTableModel([
            Column("", lambda r: r.number), Column("", lambda r: str(r.revision)),
            Column("", lambda r: r.customer_name), Column("", lambda r: r.vehicle_title),
            Column("", lambda r: amount_text(r.total), align_right=True),
            Column("", self._status_text),
            Column("", lambda r: f"{r.valid_until:%Y-%m-%d}"),
            Column("", lambda r: r.consultant_name)], self)
        self.table = make_table(self.model)     # columns follow the language's headers
        self.table.doubleClicked.connect(lambda index: self.open_quote(self.model.record(index.row()).id))
        self.table.activated.connect(lambda index: self.open_quote(self.model.record(index.row()).id))
        self.new_button.clicked.connect(lambda: self.open_quote(None))
        self.refresh_button.clicked.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("销售 · 电子报价单"))
        self.new_button.setText(self.tr("新建报价"))
        self.refresh_button.setText(self.tr("刷新"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for value in QUOTE_STATUSES:
            self.status_filter.addItem(status_text(value), value)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(current), 0))
        self.status_filter.blockSignals(False)
        self.model.set_headers([self.tr("报价单号"), self.tr("版本"), self.tr("客户"), self.tr("车型"),
                                self.tr("合计（元）"), self.tr("状态"), self.tr("有效期至"),
                                self.tr("销售顾问")])

    def _status_text(self, record) -> str:
        text = status_text(record.status)
        return text if record.latest else self.tr("%1（旧版）").replace("%1", text)


    def refresh(self) -> None:
        """Reload the quote list in the background."""
        db, store_id, status = self._db, self._store_id, self.status_filter.currentData()
        self._runner.submit(lambda: quotes.list_quotes(db, store_id=store_id, status=status),
                            self._show, self._failed)

    def _show(self, records) -> None:
        self.model.set_records(records)
        self.status.show_text(lambda: self.tr("共 %1 份报价").replace("%1", str(len(records))))
        self.refreshed.emit()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))
        self.refreshed.emit()

    def open_quote(self, quote_id: int | None) -> QuoteEditor:
        """Open the editor on a quote (None: a new quote)."""
        editor = QuoteEditor(self._db, self._runner, self._store_id, quote_id, self)
        editor.setWindowFlag(Qt.WindowType.Window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._editor_saved)
        self.editors = [e for e in self.editors if Shiboken.isValid(e)] + [editor]
        editor.show()
        self.editor_opened.emit(editor)
        return editor

    def _editor_saved(self, _record) -> None:
        self.refresh()

    def close_editors(self) -> None:
        """Close every editor window (on shutdown)."""
        for editor in self.editors:
            if Shiboken.isValid(editor):
                editor.close()
        self.editors.clear()
