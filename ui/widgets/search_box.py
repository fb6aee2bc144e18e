"""`SearchBox`: find a customer by plate, mobile or name, used by every desk that needs one."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from app.db import Database
from app.services import customers
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable

SEARCH_DELAY_MS = 250


class SearchBox(Retranslatable, QWidget):
    """A search field whose results come from `customers.search_customers` off the UI thread.

    `results` is emitted with the hits of the newest query only (older answers are dropped).
    """

    results = Signal(object)    # tuple[CustomerHit, ...]
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
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
