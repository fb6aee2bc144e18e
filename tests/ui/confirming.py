"""Answering the question a destructive or final action asks first (`ui.widgets.confirm.ask`)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def answer(owner, yes: bool = True) -> None:
    """Click the destructive button (or 返回) of the question `owner` has open."""
    box = owner.confirm_box
    assert box is not None and box.isVisible(), "no question was asked"
    box.findChild(QPushButton, "confirm_yes" if yes else "confirm_back").click()
