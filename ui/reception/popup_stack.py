"""Keeps arrival pop-ups stacked in the bottom-right corner, newest on top of the pile."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QGuiApplication

from ui.reception.arrival_popup import ArrivalPopup

GAP = 8


class PopupStack(QObject):
    """Shows pop-ups one above the other and closes the gaps when one goes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.popups: list[ArrivalPopup] = []

    def add(self, popup: ArrivalPopup) -> None:
        """Show `popup` on top of the pile."""
        self.popups.append(popup)
        popup.dismissed.connect(lambda _card, p=popup: self.remove(p))
        popup.show()
        popup.raise_()
        self.layout()

    def remove(self, popup: ArrivalPopup) -> None:
        """Forget a closed pop-up and move the others down."""
        if popup in self.popups:
            self.popups.remove(popup)
            self.layout()

    def layout(self) -> None:
        """Place the pop-ups from the bottom-right corner upwards; when a column is full,
        the next column starts to its left, so no pop-up hides another."""
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        top = area.top() if area else 0
        right = area.right() if area else 1280
        floor = area.bottom() if area else 800
        bottom = floor
        for popup in self.popups:
            popup.adjustSize()
            if bottom - popup.height() - GAP < top and bottom != floor:
                right -= popup.width() + GAP
                bottom = floor
            bottom -= popup.height() + GAP
            popup.move(QPoint(right - popup.width() - GAP, max(top, bottom)))

    def close_all(self) -> None:
        """Close every pop-up (on shutdown)."""
        for popup in list(self.popups):
            popup.dismiss()
