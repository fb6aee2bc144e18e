"""A list with a form below it: choose a row to change it, 新建 to add one, 保存 to store the
form. The administration tabs (stores, bays, service items) are made of it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_text
from ui.widgets.basics import Retranslatable, make_table
from ui.widgets.record_table_model import Column, RecordTableModel


class EditorPanel(Retranslatable, QWidget):
    """The table, the form and its buttons; a subclass names the columns and the fields,
    fills the form from a record and says which service call saves it."""

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, db, runner, columns: Sequence[Column],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.editing: Any = None
        self.model = RecordTableModel(columns)
        self.table = make_table(self.model)
        self.table.clicked.connect(lambda index: self._edit(index.row()))
        self.form = QFormLayout()
        self.new_button, self.save_button = QPushButton(), QPushButton()
        self.save_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.heading = QLabel()
        self.heading.setProperty("heading", True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.heading)
        side.addLayout(self.form)
        side.addLayout(self.buttons)
        side.addWidget(self.message)
        #: Where a subclass puts what comes after the form (the bays' hours).
        self.below = QVBoxLayout()
        side.addLayout(self.below)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)

    def add_rows(self, rows: Sequence[tuple[QLabel, Any]]) -> None:
        """Labelled fields (widgets or layouts) of the form."""
        for label, field in rows:
            self.form.addRow(label, field)

    def retranslate_buttons(self, new: str, save: str) -> None:
        """The buttons' texts and the heading for what the form holds now."""
        self.new_button.setText(new)
        self.save_button.setText(save)
        self._show_heading()

    # --- what a subclass supplies -------------------------------------------------------------
    def load_call(self) -> Callable[[], Sequence[Any]]:
        """The service call listing the records."""
        raise NotImplementedError

    def save_call(self) -> Callable[[], Any]:
        """The service call storing the form (reads the fields on the UI thread)."""
        raise NotImplementedError

    def fill(self, record: Any | None) -> None:
        """Put `record` (None: an empty form for a new one) into the fields."""
        raise NotImplementedError

    def heading_text(self, record: Any | None) -> str:
        """What the form is about."""
        raise NotImplementedError

    # --- behaviour ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Load the list whenever the tab is shown."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list (the form keeps what is typed in it)."""
        self._runner.submit(self.load_call(), self._show, self._failed, owner=self)

    def _show(self, records) -> None:
        self.model.set_records(records)
        self.loaded.emit()

    def _edit(self, row: int) -> None:
        self.editing = self.model.record(row)
        self.fill(self.editing)
        self.message.clear()
        self._show_heading()

    def start_new(self) -> None:
        """Empty the form for a new record."""
        self.editing = None
        self.table.clearSelection()
        self.fill(None)
        self.message.clear()
        self._show_heading()

    def save(self) -> None:
        """Store the form; a refusal is shown below it and the form keeps its text."""
        try:
            call = self.save_call()
        except ValueError as exc:  # a field the form itself cannot read
            self.message.setText(str(exc))
            return
        self._runner.submit(call, self._saved, self._failed, owner=self)

    def _saved(self, record) -> None:
        self.editing = record
        self._show_heading()
        # translate() with this class's context: tr() would look in the subclass's
        self.message.setText(QCoreApplication.translate("EditorPanel", "已保存。"))
        self.saved.emit(record)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _show_heading(self) -> None:
        self.heading.setText(self.heading_text(self.editing))


def labels(count: int) -> list[QLabel]:
    """`count` empty labels for a form's rows."""
    return [QLabel() for _ in range(count)]
