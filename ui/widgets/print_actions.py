"""The one printing path: any document saved as PDF or printed, off the UI thread, with
the outcome as a message.

Printing goes through `app.printing.printer` (CUPS `lp`, or Windows' print verb); a missing
or offline printer gives a clear message and the PDF is saved instead. Where neither `lp`
nor Windows printing exists, Qt's printer path is used if the optional QtPdf module
(PySide6-Addons) can render the PDF; without it that path is skipped and the PDF is saved.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from app.printing.printer import (
    default_fallback_path,
    list_printers,
    print_pdf,
    safe_file_name,
    save_pdf,
)
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def qt_printing_needed() -> bool:
    """True where the operating system path cannot print (no `lp`, not Windows)."""
    return not sys.platform.startswith("win") and shutil.which("lp") is None


def qt_printing_available() -> bool:
    """True when QtPdf (PySide6-Addons) is installed to render a PDF for QPrinter."""
    return importlib.util.find_spec("PySide6.QtPdf") is not None


# A document to print: run on the worker thread, it returns (title, PDF bytes).
Document = Callable[[], tuple[str, bytes]]


class PrintActions(QObject):
    """The one printing path of the desk, for every document (quote, work order, inspection
    report …): save as PDF (asking where), print on the chosen printer through the operating
    system, Qt's printer path where the system has none, the PDF saved when printing fails.
    `done` and `failed` carry the user's message (the same for every document)."""

    done = Signal(str)
    failed = Signal(str)
    delivered = Signal(str)            # where the document went: a printer, or a PDF's path
    printers_loaded = Signal(object)   # list[app.printing.printer.Printer]

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._runner = runner

    def load_printers(self) -> None:
        """List the system's printers in the background (`printers_loaded`)."""
        self._runner.submit(list_printers, self.printers_loaded.emit,
                            lambda exc: self.printers_loaded.emit([]), owner=self)

    def choose_path_and_save(self, document: Document, suggested: str,
                             parent: QWidget) -> QFileDialog:
        """Ask where to save (a non-modal dialog), then save there."""
        dialog = QFileDialog(parent, self.tr("保存 PDF"), suggested, "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save_pdf(document, path))
        dialog.open()
        return dialog

    def output(self, document: Document, suggested: str, parent: QWidget, *,
               path: str | None = None, save_only: bool = False,
               printer: str | None = None) -> None:
        """Deliver a document as a page's print buttons ask: saved at `path` when given,
        else saved where the user chooses (`save_only`), else printed on `printer`."""
        if path:
            self.save_pdf(document, path)
        elif save_only:
            self.choose_path_and_save(document, suggested, parent)
        else:
            self.print_document(document, printer)

    def save_pdf(self, document: Document, path: str | Path) -> None:
        """Save the document as a PDF at `path`."""
        self._runner.submit(
            lambda: save_pdf(document()[1], path), self._saved, self._failed, owner=self)

    def _saved(self, saved: Path) -> None:
        self.done.emit(self.tr("已保存 PDF：%1").replace("%1", str(saved)))
        self.delivered.emit(str(saved))

    def print_document(self, document: Document, printer: str | None = None) -> None:
        """Print on `printer` (None: the default); the PDF is saved when that fails."""
        if qt_printing_needed():
            self._runner.submit(document, lambda titled: self._print_with_qt(*titled, printer),
                                self._failed, owner=self)
            return

        def job():
            title, data = document()
            return print_pdf(data, printer or None, title=safe_file_name(title))

        self._runner.submit(job, self._printed, self._failed, owner=self)

    def _printed(self, result) -> None:
        self.done.emit(self.tr("已发送到打印机 %1").replace("%1", result.printer))
        self.delivered.emit(result.printer)

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(error_text(exc))
        saved = getattr(exc, "saved_to", None)
        if saved is not None:
            self.delivered.emit(str(saved))

    def _print_with_qt(self, title: str, data: bytes, printer: str | None) -> None:
        """Qt's printer path (no `lp`): render the PDF's pages into a QPrinter."""
        if not qt_printing_available():
            self._save_instead(title, data, self.tr("本机没有打印系统（缺少 lp 与 QtPdf）"))
            return
        error = print_pdf_with_qt(data, printer, title)
        if error:
            self._save_instead(title, data, error)
        else:
            self.done.emit(self.tr("已发送到打印机 %1").replace("%1", printer or ""))
            self.delivered.emit(printer or "")

    def _save_instead(self, title: str, data: bytes, reason: str) -> None:
        path = default_fallback_path(title)
        self._runner.submit(
            lambda: save_pdf(data, path),
            lambda saved: (self.failed.emit(
                self.tr("%1。文档已另存为 PDF：%2").replace("%1", reason).replace("%2", str(saved))),
                self.delivered.emit(str(saved))),
            self._failed, owner=self)


class PrinterCombo(QComboBox):
    """The printer choice: the default printer first, then each queue (offline ones marked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_printers([])

    def show_printers(self, printers) -> None:
        """Fill the list from `printers` (app.printing.printer.Printer)."""
        self.clear()
        self.addItem(self.tr("默认打印机"), None)
        for printer in printers:
            suffix = "" if printer.enabled else self.tr("（离线）")
            self.addItem(printer.name + suffix, printer.name)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the printers' names: a row short of room squeezes the buttons
        beside it, never the combo to "Default pri"."""
        return self.sizeHint()

    def changeEvent(self, event) -> None:
        """Retranslate the first entry when the language changes."""
        if event.type() == QEvent.Type.LanguageChange and self.count():
            self.setItemText(0, self.tr("默认打印机"))
        super().changeEvent(event)


def print_pdf_with_qt(data: bytes, printer: str | None, title: str) -> str:
    """Print PDF `data` through QPrinter (pages rendered by QtPdf); '' or the reason it failed.

    Only used where the operating system path is missing; needs PySide6-Addons (QtPdf).
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer) if printer else QPrinterInfo.defaultPrinter()
    if info.isNull():
        return f"找不到打印机“{printer}”" if printer else "没有设置默认打印机"
    target = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    target.setDocName(title)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(target):
        return f"打印机“{info.printerName()}”无法开始打印"
    try:
        area = target.pageLayout().paintRectPixels(target.resolution())
        for page in range(document.pageCount()):
            if page:
                target.newPage()
            image = document.render(page, QSize(area.width(), area.height()))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return ""
