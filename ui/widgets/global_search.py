"""The desk's global search field (Ctrl+F from anywhere): plate, mobile, name, pinyin
initials, work-order or quote number; ↑/↓ choose a hit, Enter opens it (the first one when
none is chosen), Esc closes the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.db import Database
from app.domain.plates import format_plate
from app.services import global_search
from app.services.global_search import SearchHit
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable

SEARCH_DELAY_MS = 250
VISIBLE_HITS = 10


class GlobalSearch(Retranslatable, QLineEdit):
    """`open_requested(hit)` when a hit is chosen; `failed(message)` when a search fails."""

    open_requested = Signal(object)     # SearchHit
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.failed.connect(show_status)
        self._db, self._runner = db, runner
        self._sequence, self._open_when_found = 0, False
        self.hits: tuple[SearchHit, ...] = ()
        self.list = QListWidget(self)
        self.list.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemClicked.connect(lambda item: self._open(self.list.row(item)))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.open_current)
        self.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the placeholder and tooltip through the current translator."""
        self.setPlaceholderText(self.tr("查找 (Ctrl+F)"))
        self.setToolTip(self.tr("车牌、手机号、姓名、拼音首字母、工单号或报价单号；"
                                "在任何窗口按 Ctrl+F，回车打开第一项，↑/↓ 选择"))
        self._show_hits()

    def search_now(self) -> None:
        """Search for the current text at once (newest query wins)."""
        self._timer.stop()
        self._sequence += 1
        sequence, query, db = self._sequence, self.text(), self._db
        self._runner.submit(lambda: global_search.search_everything(db, query),
                            lambda hits: self._found(sequence, hits),
                            lambda exc: self.failed.emit(error_text(exc)), owner=self)

    def open_current(self) -> None:
        """Enter: open the chosen hit, else the first; search first if typing was faster."""
        if self._timer.isActive() or not self.hits:
            self._open_when_found = bool(self.text().strip())
            self.search_now()
            return
        self._open(max(self.list.currentRow(), 0))

    def _found(self, sequence: int, hits: tuple[SearchHit, ...]) -> None:
        if sequence != self._sequence:
            return
        self.hits = hits
        self._show_hits()
        if self._open_when_found:
            self._open_when_found = False
            if hits:
                self._open(0)
            else:
                self.failed.emit(self.tr("没有找到“%1”").replace("%1", self.text().strip()))

    def _show_hits(self) -> None:
        self.list.clear()
        for hit in self.hits:
            QListWidgetItem(self.hit_text(hit), self.list)
        if not self.hits or not self.hasFocus():
            self.list.hide()
            return
        self.list.setCurrentRow(0)
        rows = min(len(self.hits), VISIBLE_HITS)
        width = max(self.width(), self.list.sizeHintForColumn(0) + 24)
        self.list.resize(width, self.list.sizeHintForRow(0) * rows + 6)
        below = self.mapToGlobal(self.rect().bottomLeft())
        self.list.move(below.x() + self.width() - width, below.y() + 2)
        self.list.show()

    def hit_text(self, hit: SearchHit) -> str:
        """One line per hit: what it is, its number or name, the car and the customer."""
        plate = "、".join(format_plate(p) for p in hit.plate.split("、") if p)
        if hit.kind == global_search.WORK_ORDER:
            parts = [self.tr("工单 %1").replace("%1", hit.number), plate, hit.name, hit.detail]
        elif hit.kind == global_search.QUOTE:
            parts = [self.tr("报价单 %1").replace("%1", hit.number), hit.name, hit.detail]
        else:
            parts = [self.tr("客户 %1").replace("%1", hit.name), plate, hit.detail]
        return " · ".join(p for p in parts if p)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.list.hide()
            self.open_requested.emit(self.hits[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↑/↓ move through the hits, Esc closes the list; focus out hides it."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step and self.list.isVisible():
                self.list.setCurrentRow(max(0, min(self.list.count() - 1,
                                                   self.list.currentRow() + step)))
                return True
            if event.key() == Qt.Key.Key_Escape and self.list.isVisible():
                self.list.hide()
                return True
        elif event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self.list.hide)     # after a click on the list
        return False

    def focus_search(self) -> None:
        """Ctrl+F: take the keyboard, the old text selected to be typed over."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
