"""The stock page (配件库存): the store's parts with on hand, reserved and available, found
by number (or an old, superseded number), name or pinyin initials; parts at or below their
threshold are highlighted; the selected part's ledger below."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import parts, stock
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import LiveLabel, Retranslatable, local_time, make_table
from ui.widgets.desk_store import DeskStore
from ui.widgets.record_table_model import Column, RecordTableModel

SEARCH_DELAY_MS = 250
#: The background of a part at or below its low-stock threshold.
LOW_STOCK = QColor("#fde2e1")

#: What a ledger row records, as the page names it (the codes are MovementKind's).
MOVEMENT_NAMES = {
    "received": QT_TRANSLATE_NOOP("Movement", "入库"),
    "issued": QT_TRANSLATE_NOOP("Movement", "出库"),
    "returned": QT_TRANSLATE_NOOP("Movement", "退回"),
    "adjusted": QT_TRANSLATE_NOOP("Movement", "调整"),
    "transfer_out": QT_TRANSLATE_NOOP("Movement", "调出"),
    "transfer_in": QT_TRANSLATE_NOOP("Movement", "调入"),
    "reserved": QT_TRANSLATE_NOOP("Movement", "预留"),
    "released": QT_TRANSLATE_NOOP("Movement", "释放预留"),
}


def movement_text(kind: str) -> str:
    """The name of a ledger row's kind in the current language."""
    name = MOVEMENT_NAMES.get(kind)
    return QCoreApplication.translate("Movement", name) if name else kind


class StockTableModel(RecordTableModel):
    """Parts in rows; a low part's row is tinted."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        """As the record model, with a background for low-stock rows."""
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return QBrush(LOW_STOCK) if self.record(index.row()).low else None
        return super().data(index, role)


class StockPage(Retranslatable, QWidget):
    """The stock list of store `store_id` and the ledger of the part selected in it."""

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore = 1,
                 parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self._db, self._runner, self._sequence = db, runner, 0
        self._desk_store = DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.low_only = QCheckBox()
        self.status = LiveLabel()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.low_only.toggled.connect(lambda _on: self.refresh())
        self.model = StockTableModel([
            Column("", lambda p: p.code), Column("", lambda p: p.name),
            Column("", lambda p: p.brand), Column("", lambda p: p.bin),
            Column("", lambda p: p.unit), Column("", lambda p: str(p.on_hand), True),
            Column("", lambda p: str(p.reserved), True),
            Column("", lambda p: str(p.available), True),
            Column("", lambda p: str(p.threshold), True),
            Column("", lambda p: f"{p.price:,.2f}", True),
            Column("", lambda p: self.tr("低库存") if p.low else "")])
        self.table = make_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._part_chosen)
        self.ledger_title = QLabel()
        self.ledger_model = RecordTableModel([
            Column("", lambda m: local_time(m.at)),
            Column("", lambda m: movement_text(m.kind)),
            Column("", lambda m: f"{m.on_hand:+d}" if m.on_hand else "", True),
            Column("", lambda m: f"{m.reserved:+d}" if m.reserved else "", True),
            Column("", lambda m: m.work_order_number), Column("", lambda m: m.reason)])
        self.ledger = make_table(self.ledger_model)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.low_only)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.ledger_title)
        lower_layout.addWidget(self.ledger)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.retranslate()
        if start:
            self.refresh()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("配件库存"))
        self.search.setPlaceholderText(self.tr("配件号（含旧号）、名称或拼音首字母，如 jylqq"))
        self.low_only.setText(self.tr("只看低库存"))
        self.ledger_title.setText(self.tr("库存流水（选中配件）"))
        self.model.set_headers([self.tr("配件号"), self.tr("名称"), self.tr("品牌"),
                                self.tr("库位"), self.tr("单位"), self.tr("在库"),
                                self.tr("预留"), self.tr("可用"), self.tr("阈值"),
                                self.tr("售价"), self.tr("提示")])
        self.ledger_model.set_headers([self.tr("时间"), self.tr("类型"), self.tr("在库变动"),
                                       self.tr("预留变动"), self.tr("工单"), self.tr("原因")])

    def refresh(self) -> None:
        """Load the parts for the current search off the UI thread (the newest answer wins)."""
        self._timer.stop()
        self._sequence += 1
        sequence, db, store_id = self._sequence, self._db, self._store_id
        query, low = self.search.text().strip(), self.low_only.isChecked()
        self._runner.submit(
            lambda: parts.list_parts(db, query, store_id=store_id, low_only=low),
            lambda rows: self._show(sequence, rows),
            lambda exc: self.status.setText(error_text(exc)), owner=self)

    def _show(self, sequence: int, rows) -> None:
        if sequence != self._sequence:
            return
        self.model.set_records(rows)
        low = sum(1 for p in rows if p.low)
        self.status.show_text(lambda: self.tr("共 %1 种配件，%2 种低库存")
                              .replace("%1", str(len(rows))).replace("%2", str(low)))
        if rows:
            self.table.selectRow(0)
        else:
            self.ledger_model.set_records(())

    def _part_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        part_id, db, store_id = self.model.record(current.row()).id, self._db, self._store_id
        self._runner.submit(lambda: stock.movements(db, part_id, store_id),
                            self._show_ledger,
                            lambda exc: self.status.setText(error_text(exc)), owner=self)

    def _show_ledger(self, rows) -> None:
        self.ledger_model.set_records(rows)
