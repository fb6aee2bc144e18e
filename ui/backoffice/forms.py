"""Pieces the back office's pages share: a form error line that marks the refused field,
the money-method combo, the staff combos, and CSV saving."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QLabel, QWidget

from app.domain.settlement import PaymentMethod
from app.services import catalogue
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import mark_invalid
from ui.widgets.code_text import code_text


class FormErrors:
    """Shows a failure on `line` (and the status bar) and outlines the field it names."""

    def __init__(self, line: QLabel, fields: dict[str, QWidget]) -> None:
        self.line, self.fields = line, fields
        line.setObjectName("formError")
        line.setWordWrap(True)
        line.setStyleSheet("color: #c0392b;")

    def fail(self, exc: Exception) -> None:
        """Tell the user what was refused; the typed values stay as they are."""
        text = error_text(exc)
        self.clear()
        self.line.setText(text)
        show_status(text)
        widget = self.fields.get(getattr(exc, "field", None) or "")
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus()

    def clear(self) -> None:
        """Clear the line and every mark."""
        self.line.clear()
        for widget in self.fields.values():
            mark_invalid(widget, False)


def submit(runner: TaskRunner, owner: QWidget, errors: FormErrors, fn: Callable[[], object],
           show: Callable[[object], None], *, clear=(), done: str = "") -> None:
    """Run a page's service call off the UI thread: on success clear the fields in `clear`,
    say `done` in the status bar and `show` the result; on failure `errors` tells why (the
    typed values stay)."""
    errors.clear()

    def success(result) -> None:
        for line in clear:
            line.clear()
        if done:
            show_status(done)
        show(result)

    runner.submit(fn, success, errors.fail, owner=owner)


def form_rows(form: QFormLayout, widgets) -> list[QLabel]:
    """Add `widgets` to `form`, each under a label of its own (named later, on retranslate);
    returns the labels."""
    labels = []
    for widget in widgets:
        labels.append(QLabel())
        form.addRow(labels[-1], widget)
    return labels


def name_rows(labels: list[QLabel], texts) -> None:
    """Set the labels' texts, in order."""
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)


def method_combo() -> QComboBox:
    """The payment methods, named in the current language, the code as item data."""
    combo = QComboBox()
    for method in PaymentMethod:
        combo.addItem(code_text(str(method)), str(method))
    return combo


def retranslate_codes(combo: QComboBox) -> None:
    """Rename a combo's items from their codes (item data) after a language change."""
    for row in range(combo.count()):
        combo.setItemText(row, code_text(str(combo.itemData(row))))


def load_staff(runner: TaskRunner, db, combo: QComboBox, role: str | None, owner: QWidget,
               *, blank: str = "") -> None:
    """Fill `combo` with the active staff (of `role`) in the background; `blank` first."""
    def fill(rows) -> None:
        current = combo.currentData()
        combo.clear()
        if blank:
            combo.addItem(blank, None)
        for row in rows:
            combo.addItem(row.name, row.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))

    runner.submit(lambda: catalogue.list_staff(db, role), fill, lambda exc: None, owner=owner)


def save_csv(parent: QWidget, runner: TaskRunner, suggested: str, build: Callable[[], str],
             done: Callable[[str], None], failed: Callable[[Exception], None], *,
             path: str | None = None) -> None:
    """Ask where to save (unless `path` is given), then build the CSV and write it there
    off the UI thread."""
    def write(target: str) -> None:
        runner.submit(lambda: _write(target, build()), done, failed, owner=parent)

    if path:
        write(path)
        return
    dialog = QFileDialog(parent, QCoreApplication.translate("BackOffice", "导出 CSV"), suggested,
                         "CSV (*.csv)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("csv")
    dialog.fileSelected.connect(write)
    dialog.open()


def _write(target: str, text: str) -> str:
    Path(target).write_text(text, encoding="utf-8")
    return target
