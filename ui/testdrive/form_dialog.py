"""`FormDialog`: the test-drive desk's small dialogs share one shape: labelled fields, an
error line that names the refused field, and an OK button that runs one service call off
the UI thread. A refused call keeps the dialog open with everything typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, mark_invalid


class FormDialog(Retranslatable, QDialog):
    """A dialog of labelled fields; `saved(record)` after its service call succeeded.

    A subclass adds its fields with `add_row`, names them in `retranslate` and returns its
    call from `call()` (a function of no arguments, run on the worker thread).
    """

    saved = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, store_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._store_id = db, runner, store_id
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        self.fields: dict[str, QWidget] = {}
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def add_row(self, field: str, widget: QWidget) -> QWidget:
        """Add `widget` under a label of its own; a refusal naming `field` marks it."""
        self.labels.append(QLabel())
        self.form.addRow(self.labels[-1], widget)
        self.fields[field] = widget
        self.keep_buttons_after(widget)
        return widget

    def keep_buttons_after(self, widget: QWidget) -> None:
        """Put OK and Cancel after `widget` in the Tab order (rows and panels added after the
        buttons were made would otherwise come after them)."""
        last = widget
        for button in self.buttons.buttons():
            QWidget.setTabOrder(last, button)
            last = button

    def name_rows(self, *texts: str) -> None:
        """Name the rows, in the order they were added."""
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def call(self) -> Callable[[], object]:
        """The service call the OK button makes (a subclass's)."""
        raise NotImplementedError

    def submit(self) -> None:
        """Run the call; close on success, else say why and keep what was typed."""
        self.clear_error()
        work = self.call()
        self.buttons.setEnabled(False)
        self._runner.submit(work, self._done, self.fail, owner=self)

    def _done(self, record) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(record)
        self.accept()

    def fail(self, exc: Exception) -> None:
        """Show why the call was refused and mark its field; the values stay."""
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        widget = self.fields.get(getattr(exc, "field", None) or "")
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus()

    def clear_error(self) -> None:
        """Clear the error line and the marks."""
        self.error.clear()
        for widget in self.fields.values():
            mark_invalid(widget, False)
