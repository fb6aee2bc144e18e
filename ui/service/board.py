"""The work-order board (工单看板): a column per status, cards moved by drag or keyboard,
filters by advisor, bay and overdue, refreshed when another desk changes a work order (at
once on PostgreSQL through `changed`, else by a cheap poll of the board's signature)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.plates import format_plate
from app.domain.workflow import BOARD_COLUMNS
from app.services import catalogue, work_order_board, work_orders
from ui.messages import error_text, show_status
from ui.service.board_model import CARD_LINES, BoardFilter, BoardModel
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable
from ui.widgets.code_text import code_text
from ui.widgets.palette import fill_colours

POLL_MS = 3000
FLAGS_MS = 60_000
#: Room around a card's lines: the item's padding (4 + 4), the selection border (2 + 2), slack.
CARD_PADDING = 16
CARD_STYLE = """
QTableView#workOrderBoard { background: @board; gridline-color: @board_grid; }
QTableView#workOrderBoard::item { padding: 4px 8px; }
QTableView#workOrderBoard::item:selected {
    background: @selection; color: @selection_text; border: 2px solid @accent;
}
"""


class BoardView(QTableView):
    """The board's table: drag cards between columns; Ctrl+←/→ moves the current card,
    Enter opens it.

    Cards are drawn by the standard delegate from the model's roles and the style sheet:
    a Python delegate calling QPainter per card would, under PySide6 6.12 on Python 3.11,
    drop a reference to None on every void call (see `ui/service_board_model.py`).
    """

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)
        self.setShowGrid(True)
        self.setObjectName("workOrderBoard")
        self.setWordWrap(False)
        self.setStyleSheet(fill_colours(CARD_STYLE))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.fit_rows()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self._open)

    def card_height(self) -> int:
        """A row tall enough for every line of a card at the current font."""
        return self.fontMetrics().lineSpacing() * CARD_LINES + CARD_PADDING

    def fit_rows(self) -> None:
        """Size the rows for the cards' lines (again after a font or style change)."""
        self.verticalHeader().setDefaultSectionSize(self.card_height())

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style sheet changes the line height: refit the rows."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows()

    def _open(self, index: QModelIndex) -> None:
        card = self.model().card(index)
        if card is not None:
            self.open_requested.emit(card.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Right / Ctrl+Left move the current card; Enter opens it."""
        index, model = self.currentIndex(), self.model()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left) and index.isValid():
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            status = model.neighbour_status(index, step)
            if status is not None:
                model.request_move(index, status)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self._open(index)
            event.accept()
            return
        super().keyPressEvent(event)


class BoardWidget(Retranslatable, QWidget):
    """The board with its filter bar; loads, moves and polls through the task runner.

    `loaded` after cards were shown, `moved` after a move was stored, `failed(str)` with
    the message shown when loading or a move was refused, `open_requested(id)`.
    """

    loaded = Signal()
    moved = Signal(int, str)
    failed = Signal(str)
    open_requested = Signal(int)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None, *,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner = db, runner
        self._signature: tuple | None = None
        self._polling = False
        self._loading, self._reload_again = 0, False
        self.acting_staff_id: int | None = None
        self.model = BoardModel(self)
        self.model.move_requested.connect(self.move_card)
        self.view = BoardView()
        self.view.setModel(self.model)
        self.view.open_requested.connect(self.open_requested)
        self.advisor = QComboBox()
        self.bay = QComboBox()
        self.overdue = QCheckBox()
        self.count = QLabel()
        self.status = QLabel()
        self.status.setObjectName("boardStatus")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        for combo in (self.advisor, self.bay):
            combo.addItem("", None)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        bar = QHBoxLayout()
        self.advisor_label, self.bay_label = QLabel(), QLabel()
        for widget in (self.advisor_label, self.advisor, self.bay_label, self.bay, self.overdue):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        self.poll_timer = QTimer(self, interval=poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.flags_timer = QTimer(self, interval=FLAGS_MS)
        self.flags_timer.timeout.connect(lambda: self.model.set_now(datetime.now(UTC)))
        self.retranslate()

    # --- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.advisor_label.setText(self.tr("服务顾问"))
        self.bay_label.setText(self.tr("工位"))
        self.advisor.setItemText(0, self.tr("全部"))
        self.bay.setItemText(0, self.tr("全部"))
        self.overdue.setText(self.tr("仅看超时"))
        self.hint.setText(self.tr("拖动卡片到其他列，或用 Ctrl+←/→ 移动所选卡片；双击或回车打开工单。"))
        self.model.set_texts([code_text(s) for s in BOARD_COLUMNS], {
            "overdue": self.tr("超时"), "no_progress": self.tr("待更新"),
            "promised": self.tr("承诺 %1")})
        self._show_count()


    # --- loading --------------------------------------------------------------------------
    def start(self) -> None:
        """Load the pick lists and the cards, then poll for changes."""
        db = self._db

        def pick_lists():
            return (catalogue.list_staff(db, "service_advisor"), catalogue.list_bays(db))

        self._runner.submit(pick_lists, self._fill_pick_lists, self._failed, owner=self)
        self.reload()
        self.poll_timer.start()
        self.flags_timer.start()

    def stop(self) -> None:
        """Stop polling."""
        self.poll_timer.stop()
        self.flags_timer.stop()

    def reload(self) -> None:
        """Fetch the cards (and the board's signature) off the UI thread."""
        db = self._db

        def load():
            return work_order_board.board_signature(db), work_order_board.board(db)

        def failed(exc: Exception) -> None:
            self._loaded()
            self._failed(exc)

        self._loading += 1
        self._runner.submit(load, lambda result: (self._show(result), self._loaded()), failed,
                            owner=self)

    def changed(self, _event=None) -> None:
        """Another desk changed a work order (a desk event from `ui.desk_events`), or the
        listener (re)connected: reload, once more after a load already under way."""
        if self._loading:
            self._reload_again = True
        else:
            self.reload()

    def _loaded(self) -> None:
        self._loading -= 1
        if not self._loading and self._reload_again:
            self._reload_again = False
            self.reload()

    def poll(self) -> None:
        """Ask (off the UI thread) whether any work order changed; reload if so."""
        if self._polling:
            return
        self._polling = True
        db = self._db

        def done(signature) -> None:
            self._polling = False
            if signature != self._signature:
                self.reload()

        def failed(exc) -> None:
            self._polling = False
            self.status.setText(error_text(exc))

        self._runner.submit(lambda: work_order_board.board_signature(db), done, failed, owner=self)

    def _fill_pick_lists(self, lists) -> None:
        advisors, bays = lists
        for combo, rows in ((self.advisor, advisors), (self.bay, bays)):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for row in rows:
                combo.addItem(row.name, row.id)
            combo.blockSignals(False)

    def _show(self, result) -> None:
        signature, cards = result
        self._signature = signature
        current = self.model.card(self.view.currentIndex())
        self.model.set_cards(cards, datetime.now(UTC))
        if current is not None:
            self.view.setCurrentIndex(self.model.index_of(current.id))
        self._show_count()
        self.loaded.emit()

    def _show_count(self) -> None:
        self.count.setText(self.tr("显示 %1 张工单").replace("%1", str(self.model.visible_count())))

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        self.status.setText(text)
        self.failed.emit(text)

    # --- filters and moves ----------------------------------------------------------------
    def apply_filter(self, *_args) -> None:
        """Show only the cards of the chosen advisor and bay (and overdue ones)."""
        self.model.set_filter(BoardFilter(self.advisor.currentData(), self.bay.currentData(),
                                          self.overdue.isChecked()))
        self._show_count()

    def move_card(self, work_order_id: int, version: int, status: str) -> None:
        """Store a move through the services; the board reloads either way."""
        db, by_id = self._db, self.acting_staff_id

        def done(detail) -> None:
            self.status.setText(self.tr("%1 已移至“%2”").replace("%1", format_plate(detail.plate))
                                .replace("%2", code_text(detail.status)))
            self.reload()
            self.moved.emit(work_order_id, status)

        def refused(exc) -> None:
            self._failed(exc)
            self.reload()

        self._runner.submit(lambda: work_orders.move(db, work_order_id, version, status,
                                                     by_id=by_id), done, refused, owner=self)
