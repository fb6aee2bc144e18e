"""The banner over the desk's pages: conditions that must not be missed, one line each.

It shows what `ui.messages.show_condition` raised and hides a line when its condition clears
(`clear_condition`); it is hidden while nothing is up. A condition may carry an action (a
button on its line, e.g. "数据库设置…" on the database's line): `set_action(key, text, fn)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ConditionBanner(QFrame):
    """One red line per condition that is up; `lines` maps each key to its label and
    `buttons` each key that has an action to the button on its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionBanner")
        self.setStyleSheet("#conditionBanner { background: #fdecea; border-bottom: 2px solid #c0392b; }"
                           "#conditionBanner QLabel { color: #a93226; font-weight: bold; padding: 4px 8px; }")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self.lines: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._rows: dict[str, QWidget] = {}
        self._actions: dict[str, tuple[str, Callable[[], object]]] = {}
        self.hide()

    def set_action(self, key: str, text: str, action: Callable[[], object]) -> None:
        """Give the condition `key` a button `text` that calls `action` (also while it is up;
        calling it again renames the button, e.g. after a language switch)."""
        self._actions[key] = (text, action)
        button = self.buttons.get(key)
        if button is not None:
            button.setText(text)

    def show_condition(self, key: str, text: str) -> None:
        """Show (or update) the line of `key`."""
        label = self.lines.get(key)
        if label is None:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel()
            label.setObjectName(f"condition_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            row_layout.addWidget(label, 1)
            if key in self._actions:
                button_text, action = self._actions[key]
                button = QPushButton(button_text)
                button.setObjectName(f"condition_{key}_action")
                button.clicked.connect(lambda _=False, key=key: self._actions[key][1]())
                row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
                self.buttons[key] = button
            self._layout.addWidget(row)
            self.lines[key] = label
            self._rows[key] = row
        label.setText("⚠ " + text)
        self.show()

    def clear_condition(self, key: str) -> None:
        """Remove the line of `key`; hide the banner when no line is left."""
        label = self.lines.pop(key, None)
        self.buttons.pop(key, None)
        row = self._rows.pop(key, None)
        if row is not None:
            self._layout.removeWidget(row)
            row.deleteLater()
        if label is not None and row is None:
            label.deleteLater()
        if not self.lines:
            self.hide()

    def texts(self) -> dict[str, str]:
        """{key: text} of the lines shown now."""
        return {key: label.text() for key, label in self.lines.items()}
