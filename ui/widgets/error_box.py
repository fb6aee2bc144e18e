"""The internal-error box: a bug's short text, and its traceback to copy for support."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class InternalErrorBox(QMessageBox):
    """Non-modal: "内部错误，已记录到日志 (path)", with the details shown on request and a
    button that copies them to the clipboard."""

    def __init__(self, text: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, self.tr("内部错误"), text, parent=parent)
        self.details = details
        self.setInformativeText(self.tr("操作未完成。请将详情发给技术支持。"))
        self.setDetailedText(details)
        self.copy_button = QPushButton(self.tr("复制详情"))
        self.addButton(self.copy_button, QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        """Put the text and the traceback on the clipboard (the box stays open)."""
        QGuiApplication.clipboard().setText(f"{self.text()}\n\n{self.details}")
