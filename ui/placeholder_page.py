"""A page that a later part of the desk fills in; it says what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets.basics import Retranslatable


class PlaceholderPage(Retranslatable, QWidget):
    """A titled page with a short explanation, retranslated on language change."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title_source, self._text_source = title, text
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read the texts through the current translator."""
        self.title.setText(self.tr(self._title_source))
        self.body.setText(self.tr(self._text_source))

