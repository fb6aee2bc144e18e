"""The banner over the desk's pages: conditions that must not be missed, one line each.

It shows what `ui.messages.show_condition` raised and hides a line when its condition clears
(`clear_condition`); it is hidden while nothing is up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class ConditionBanner(QFrame):
    """One red line per condition that is up; `lines` maps each key to its label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionBanner")
        self.setStyleSheet("#conditionBanner { background: #fdecea; border-bottom: 2px solid #c0392b; }"
                           "#conditionBanner QLabel { color: #a93226; font-weight: bold; padding: 4px 8px; }")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self.lines: dict[str, QLabel] = {}
        self.hide()

    def show_condition(self, key: str, text: str) -> None:
        """Show (or update) the line of `key`."""
        label = self.lines.get(key)
        if label is None:
            label = QLabel()
            label.setObjectName(f"condition_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.addWidget(label)
            self.lines[key] = label
        label.setText("⚠ " + text)
        self.show()

    def clear_condition(self, key: str) -> None:
        """Remove the line of `key`; hide the banner when no line is left."""
        label = self.lines.pop(key, None)
        if label is not None:
            self._layout.removeWidget(label)
            label.deleteLater()
        if not self.lines:
            self.hide()

    def texts(self) -> dict[str, str]:
        """{key: text} of the lines shown now."""
        return {key: label.text() for key, label in self.lines.items()}
