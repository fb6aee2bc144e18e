"""Transfers from another store of the group (门店调拨) on the purchasing page: ask a store
for a part, and follow the request until it is sent (by the other store) and received
(here). Sending, receiving and cancelling ask first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import transfers
from ui.backoffice.forms import FormErrors, submit
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.desk_store import DeskStore
from ui.widgets.record_table_model import Column, RecordTableModel


class TransferPanel(Retranslatable, QGroupBox):
    """The transfers to and from store `store_id`; `changed` after one was stored."""

    changed = Signal()

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore, errors_line,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.from_store, self.part_code, self.qty = QComboBox(), QLineEdit(), QSpinBox()
        self.qty.setRange(1, 999)
        self.from_store.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ask_button = QPushButton()
        self.ask_button.clicked.connect(self.request_transfer)
        self.model = RecordTableModel([
            Column("", lambda t: t.part_code), Column("", lambda t: t.part_name),
            Column("", lambda t: str(t.qty), True), Column("", lambda t: t.from_store_name),
            Column("", lambda t: t.to_store_name), Column("", lambda t: code_text(t.status)),
            Column("", lambda t: t.requested_by_name),
            Column("", lambda t: local_time(t.requested_at))])
        self.table = make_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.send, self.receive, self.cancel = QPushButton(), QPushButton(), QPushButton()
        self.send.clicked.connect(lambda: self._step("send"))
        self.receive.clicked.connect(lambda: self._step("receive"))
        self.cancel.clicked.connect(lambda: self._step("cancel"))
        self.confirm_box = None      # the open question before a final action
        self.errors = FormErrors(errors_line, {
            "from_store_id": self.from_store, "part_code": self.part_code,
            "part_id": self.part_code, "qty": self.qty})
        asking = QHBoxLayout()
        for widget in (self.from_store, self.part_code, self.qty, self.ask_button):
            asking.addWidget(widget)
        steps = QHBoxLayout()
        for widget in (self.send, self.receive, self.cancel):
            steps.addWidget(widget)
        steps.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(asking)
        layout.addWidget(self.table, 1)
        layout.addLayout(steps)
        self.retranslate()
        self._chosen(QModelIndex(), QModelIndex())

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setTitle(self.tr("门店调拨（向集团其他门店调货）"))
        self.part_code.setPlaceholderText(self.tr("配件号"))
        self.from_store.setToolTip(self.tr("调出门店"))
        none = self.tr("无其他门店")
        self.from_store.setPlaceholderText(none)
        # the placeholder counts for no width of its own: room for it, and its arrow
        self.from_store.setMinimumWidth(self.from_store.fontMetrics().horizontalAdvance(none) + 40)
        self.ask_button.setText(self.tr("申请调拨"))
        self.send.setText(self.tr("发出"))
        self.receive.setText(self.tr("收货"))
        self.cancel.setText(self.tr("取消申请"))
        self.model.set_headers([self.tr("配件号"), self.tr("名称"), self.tr("数量"),
                                self.tr("调出"), self.tr("调入"), self.tr("状态"),
                                self.tr("申请人"), self.tr("申请时间")])
        self.table.resizeColumnsToContents()

    def refresh(self) -> None:
        """Reload the other stores and the transfers."""
        db, store_id = self._db, self._store_id

        def load():
            return transfers.group_stores(db), transfers.list_transfers(db, store_id)

        self._runner.submit(load, self._loaded, self.errors.fail, owner=self)

    def _loaded(self, result) -> None:
        stores, rows = result
        chosen = self.from_store.currentData()
        self.from_store.clear()
        for store in stores:
            if store.id != self._store_id:
                self.from_store.addItem(store.name, store.id)
        self.from_store.setCurrentIndex(max(0, self.from_store.findData(chosen)))
        self.ask_button.setEnabled(self.from_store.count() > 0)
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()
        self._chosen(self.table.currentIndex(), QModelIndex())

    def selected(self):
        """The transfer selected in the table, or None."""
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        row, here = self.selected(), self._store_id
        self.send.setEnabled(bool(row) and row.status == "requested" and row.from_store_id == here)
        self.receive.setEnabled(bool(row) and row.status == "sent" and row.to_store_id == here)
        self.cancel.setEnabled(bool(row) and row.status == "requested" and row.to_store_id == here)

    def request_transfer(self) -> None:
        """Ask the chosen store for the typed part and quantity."""
        db, source, here = self._db, self.from_store.currentData(), self._store_id
        code, qty = self.part_code.text(), self.qty.value()
        if source is None:
            return
        submit(self._runner, self, self.errors,
               lambda: transfers.request_transfer(db, source, here, code, qty),
               self._stored, clear=(self.part_code,), done=self.tr("已申请调拨"))

    def _step(self, step: str) -> None:
        row, db = self.selected(), self._db
        if row is None:
            return
        what = f"{row.part_code} {row.part_name} × {row.qty}"
        question, action, call = {
            "send": (self.tr("发出调拨 %1 至 %2？发出后库存即扣减。"), self.tr("发出"),
                     transfers.send_transfer),
            "receive": (self.tr("收到调拨 %1（来自 %2）并入库？"), self.tr("收货"),
                        transfers.receive_transfer),
            "cancel": (self.tr("取消调拨申请 %1（向 %2）？"), self.tr("取消申请"),
                       transfers.cancel_transfer)}[step]
        other = row.from_store_name if step != "send" else row.to_store_name
        self.confirm_box = ask(
            self, question.replace("%1", what).replace("%2", other), action,
            lambda: submit(self._runner, self, self.errors,
                           lambda: call(db, row.id, row.version), self._stored))

    def _stored(self, _record) -> None:
        self.refresh()
        self.changed.emit()
