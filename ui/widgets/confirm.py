"""Destructive actions ask first, and a reversible one offers 撤销 for a few seconds.

`ask` opens a non-modal question (never `exec()`: the desk keeps running) whose safe answer
is the default; `UndoOffer` is the line under a page's message that says what was done and
holds a 撤销 button (also Ctrl+Z) until it expires.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ui.widgets.basics import Retranslatable

#: How long an action can be undone from the message line.
UNDO_SECONDS = 8


def ask(parent: QWidget, question: str, action: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask `question` before a destructive `action` (the button's verb, e.g. 取消预约);
    `on_yes` runs only on that button. The safe button (返回) is the default. The box is
    returned (shown with `open()`), so a caller or a test can find its buttons."""
    return ask_choice(parent, question, [(action, on_yes)])


def ask_choice(parent: QWidget, question: str,
               actions: Sequence[tuple[str, Callable[[], None]]]) -> QMessageBox:
    """`ask` with several ways to go on (a person's choice, e.g. refund or keep a deposit):
    each (button text, what it runs); the safe 返回 is the default. The buttons are named
    `confirm_yes`, then `confirm_yes_2`, `confirm_yes_3` …, and `confirm_back`."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Confirm", "请确认"), question, parent=parent)
    box.setObjectName("confirm_box")
    chosen = {}
    for number, (text, run) in enumerate(actions, start=1):
        button = box.addButton(text, QMessageBox.ButtonRole.DestructiveRole)
        button.setObjectName("confirm_yes" if number == 1 else f"confirm_yes_{number}")
        chosen[button] = run
    back = box.addButton(QCoreApplication.translate("Confirm", "返回"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("confirm_back")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: chosen[button]() if button in chosen else None)
    box.open()
    return box


class UndoOffer(Retranslatable, QWidget):
    """"已取消预约 粤A·Z2T75 10:00  [撤销]" for a few seconds after a reversible action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.button = QPushButton()
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expire)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), parent or self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.undo)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set the button's text through the current translator."""
        self.button.setText(QCoreApplication.translate("Confirm", "撤销") + " (Ctrl+Z)")

    def offer(self, done: str, undo: Callable[[], None], seconds: int = UNDO_SECONDS) -> None:
        """Say what was `done`; `undo` runs if 撤销 or Ctrl+Z comes within `seconds`."""
        self._undo = undo
        self.text.setText(done)
        self.show()
        self._timer.start(seconds * 1000)

    def undo(self) -> None:
        """Undo the action on offer (nothing once it has expired)."""
        undo, self._undo = self._undo, None
        self.expire()
        if undo is not None:
            undo()

    def expire(self) -> None:
        """Withdraw the offer."""
        self._undo = None
        self._timer.stop()
        self.hide()

    @property
    def offered(self) -> bool:
        """True while an undo is on offer."""
        return self._undo is not None
