"""Tab order in every window and dialog of the desk: Tab never jumps back up a column (from
a field to one above it in the same column), in Chinese and English."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from tests.ui.screens import open_every_screen, other_windows
from tests.ui.test_no_raw_codes import demo_desk  # noqa: F401  (a fixture)
from ui.main_window import NAVIGATION


def focus_chain(window: QWidget) -> list[QWidget]:
    """The visible, enabled widgets Tab visits in `window`, in order."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and len(chain) < 500:
        if widget.isVisible() and widget.isEnabled() and window.isAncestorOf(widget) \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.window() is window:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def backward_jumps(window: QWidget) -> list[str]:
    """Each Tab step that goes to a widget wholly above the one before, in the same column
    (their horizontal extents overlap), skipping the step back to the start of a new tab."""
    def rect(w: QWidget) -> QRect:
        return QRect(w.mapTo(window, w.rect().topLeft()), w.size())

    jumps = []
    chain = focus_chain(window)
    for before, after in zip(chain, chain[1:]):
        a, b = rect(before), rect(after)
        same_column = b.left() < a.right() and a.left() < b.right()
        if same_column and b.bottom() < a.top():
            jumps.append(f"{type(window).__name__}: {_name(before)} → {_name(after)}")
    return jumps


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__}({widget.objectName() or str(text)[:12]})"


def test_tab_never_jumps_back_up_a_column(demo_desk, db, runner, qtbot):  # noqa: F811, C901
    open_every_screen(demo_desk, db, runner, qtbot)
    jumps = []
    windows = other_windows(demo_desk)
    assert len(windows) >= 8
    for window in [demo_desk, *windows]:
        assert focus_chain(window), type(window).__name__
        jumps += backward_jumps(window)
        for tabs in window.findChildren(QTabWidget):       # every tab of every tab widget
            for index in range(tabs.count() if tabs.isVisible() else 0):
                tabs.setCurrentIndex(index)
                jumps += [j for j in backward_jumps(window) if j not in jumps]
    for key in NAVIGATION:             # and every page of the desk
        demo_desk.show_page(key)
        runner.drain()
        jumps += [j for j in backward_jumps(demo_desk) if j not in jumps]
    assert not jumps, "\n".join(jumps)


def test_the_check_sees_a_tab_order_that_goes_back_up(qtbot):
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    for edit in (first, second, third):
        layout.addWidget(edit)
    dialog.show()
    assert focus_chain(dialog) == [first, second, third] and backward_jumps(dialog) == []
    dialog.setTabOrder(third, second)
    assert len(backward_jumps(dialog)) == 1
