"""Where arrival pop-ups go: up to two float in the desk window's bottom-right corner; from
the third on, every open one moves into the reception page's side panel (`PopupPanel`).

Floating pop-ups are tool windows of the desk window: above the desk, never above other
applications, and shown without taking the keyboard from whoever is typing. Each keeps its
place while it is open (a slot, from the right); one that closes leaves its slot empty
instead of moving the others. A pop-up never closes by itself while the mouse is over any
pop-up or the panel, so nothing moves under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.reception.arrival_popup import ArrivalPopup

GAP = 8
#: Pop-ups that float over the desk; one more and they all go to the panel.
MAX_FLOATING = 2
#: While the pointer rests on the stack, a timed-out pop-up looks again this much later.
HOLD_RETRY_MS = 2000


class PopupStack(QObject):
    """The open pop-ups, in arrival order; `count_changed(n)` whenever the number changes."""

    count_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.popups: list[ArrivalPopup] = []
        self.panel = None           # the PopupPanel, once the reception page attaches one
        self._slots: dict[ArrivalPopup, tuple[int, int]] = {}     # floating: (left, bottom)

    def attach(self, panel) -> None:
        """Use `panel` (a `PopupPanel`) for the pile once more than two are open."""
        self.panel = panel
        panel.close_all_requested.connect(self.close_all)

    @property
    def docked(self) -> bool:
        """True while the pop-ups live in the panel."""
        return self.panel is not None and self.panel.count() > 0

    def add(self, popup: ArrivalPopup) -> None:
        """Show `popup`: floating, or in the panel when the pile is big."""
        self.popups.append(popup)
        popup.dismissed.connect(lambda _card, p=popup: self.remove(p))
        popup.hold_close = self.hovered
        popup.hold_retry_ms = HOLD_RETRY_MS
        if self.panel is not None and (self.docked or len(self.popups) > MAX_FLOATING):
            for floating in [p for p in self.popups if p in self._slots]:
                self._dock(floating)
            self._dock(popup)
        else:
            self._float(popup)
        QApplication.alert(popup.window())     # the taskbar blinks when the desk is behind
        self.count_changed.emit(len(self.popups))

    def remove(self, popup: ArrivalPopup) -> None:
        """Forget a closed pop-up; the others stay where they are."""
        if popup not in self.popups:
            return
        self.popups.remove(popup)
        if self._slots.pop(popup, None) is not None:
            popup.setParent(None)       # not kept by the desk window for the rest of the day
        if self.panel is not None:
            self.panel.take(popup)
        self.count_changed.emit(len(self.popups))

    def hovered(self) -> bool:
        """Is the pointer on a pop-up or on the panel?"""
        widgets = [*self.popups, *([self.panel] if self.panel is not None else [])]
        pointer = QCursor.pos()
        return any(w.isVisible() and w.rect().contains(w.mapFromGlobal(pointer)) for w in widgets)

    def _dock(self, popup: ArrivalPopup) -> None:
        self._slots.pop(popup, None)
        self.panel.put(popup)

    def _float(self, popup: ArrivalPopup) -> None:
        host = self.panel.window() if self.panel is not None else None
        popup.setParent(host, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        popup.show()
        popup.raise_()
        popup.adjustSize()
        spot = self._free_spot(popup.size())
        if spot is None and self.panel is not None:   # no free place: the pile docks
            for floating in [p for p in self.popups if p in self._slots]:
                self._dock(floating)
            self._dock(popup)
            return
        area = self._area()
        self._slots[popup] = spot or (area.right() - popup.width() - GAP, area.bottom() - GAP)
        self.place(popup)

    def _free_spot(self, size) -> tuple[int, int] | None:
        """(left, bottom) of the lowest free place for a pop-up of `size`, in the rightmost
        column that has room; the places of the open pop-ups are kept as they are. None
        when no column has room."""
        area = self._area()
        taken = [QRect(QPoint(x, bottom - p.height()), p.size())
                 for p, (x, bottom) in self._slots.items()]
        x = area.right() - size.width() - GAP
        while x >= area.left():
            bottom = area.bottom() - GAP
            for rect in sorted(taken, key=lambda r: -r.bottom()):
                if rect.left() == x and rect.top() <= bottom and rect.bottom() >= bottom - size.height():
                    bottom = rect.top() - GAP
            if bottom - size.height() >= area.top():
                return x, bottom
            x -= size.width() + GAP
        return None

    def layout(self) -> None:
        """Re-place the floating pop-ups after one changed its content (and height)."""
        for popup in self._slots:
            self.place(popup)
        if self.docked:
            self.panel.chain_tab_order()

    def place(self, popup: ArrivalPopup) -> None:
        """Put a floating pop-up at its place: its left edge, and its bottom edge unless it
        grew past the top of the window."""
        popup.adjustSize()
        x, bottom = self._slots[popup]
        popup.move(QPoint(x, max(self._area().top(), bottom - popup.height())))

    def _area(self) -> QRect:
        host = self.panel.window() if self.panel is not None else None
        if host is not None and host.isVisible():
            return host.frameGeometry()
        screen = QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen else QRect(0, 0, 1366, 768)

    def close_all(self) -> None:
        """Close every pop-up (全部关闭, and on shutdown)."""
        for popup in list(self.popups):
            popup.dismiss()

    def focus_newest(self) -> QWidget | None:
        """Give the keyboard to the newest pop-up (its first field or button)."""
        if not self.popups:
            return None
        popup = self.popups[-1]
        if self.panel is not None and popup not in self._slots:
            self.panel.expand()
        popup.activateWindow()
        popup.raise_()
        target = popup.focusWidget() or popup.nextInFocusChain()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return popup
