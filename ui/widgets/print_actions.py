"""Saving a quote as PDF and printing it, off the UI thread, with the outcome as a message.

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
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.db import Database
from app.printing.printer import PrintFailed, default_fallback_path, list_printers, save_pdf
from app.services import quote_commands
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def qt_printing_needed() -> bool:
    """True where the operating system path cannot print (no `lp`, not Windows)."""
    return not sys.platform.startswith("win") and shutil.which("lp") is None


def qt_printing_available() -> bool:
    """True when QtPdf (PySide6-Addons) is installed to render a PDF for QPrinter."""
    return importlib.util.find_spec("PySide6.QtPdf") is not None


class PrintActions(QObject):
    """Save-as-PDF and print for one desk; `done` and `failed` carry the user's message."""

    done = Signal(str)
    failed = Signal(str)
    printers_loaded = Signal(object)   # list[app.printing.printer.Printer]

    def __init__(self, db: Database, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner = db, runner

    def load_printers(self) -> None:
        """List the system's printers in the background (`printers_loaded`)."""
        self._runner.submit(list_printers, self.printers_loaded.emit,
                            lambda exc: self.printers_loaded.emit([]), owner=self)

    def choose_path_and_save(self, quote_id: int, suggested: str, parent: QWidget) -> QFileDialog:
        """Ask where to save (a non-modal dialog), then save there."""
        dialog = QFileDialog(parent, self.tr("保存报价单 PDF"), suggested, "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save_pdf(quote_id, path))
        dialog.open()
        return dialog

    def save_pdf(self, quote_id: int, path: str | Path) -> None:
        """Save the quote as a PDF at `path`."""
        db = self._db
        self._runner.submit(
            lambda: quote_commands.export_quote_pdf(db, quote_id, path),
            lambda saved: self.done.emit(self.tr("已保存 PDF：%1").replace("%1", str(saved))),
            self._failed, owner=self)

    def print_quote(self, quote_id: int, printer: str | None = None) -> None:
        """Print on `printer` (None: the default); the PDF is saved when that fails."""
        db = self._db
        if qt_printing_needed():
            self._runner.submit(lambda: quote_commands.quote_pdf(db, quote_id),
                                lambda titled: self._print_with_qt(*titled, printer),
                                self._failed, owner=self)
            return
        self._runner.submit(lambda: quote_commands.print_quote(db, quote_id, printer),
                            self._printed, self._failed, owner=self)

    def _printed(self, result) -> None:
        self.done.emit(self.tr("已发送到打印机 %1").replace("%1", result.printer))

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, PrintFailed):
            log.warning("quote printing failed: %s", exc)
        self.failed.emit(error_text(exc))

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

    def _save_instead(self, title: str, data: bytes, reason: str) -> None:
        path = default_fallback_path(title)
        self._runner.submit(
            lambda: save_pdf(data, path),
            lambda saved: self.failed.emit(
                self.tr("%1。文档已另存为 PDF：%2").replace("%1", reason).replace("%2", str(saved))),
            self._failed, owner=self)


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
