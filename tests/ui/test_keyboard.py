"""The desk from the keyboard (issue 15): Ctrl+1…7 switch pages, Ctrl+F reaches the global
search from any window and Enter opens what it found; the shortcuts show in the menu and in
the navigation's tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Quote, WorkOrder
from tests.ui.test_no_raw_codes import _first, demo_desk  # noqa: F401  (a fixture)
from tests.ui.walker import open_windows
from ui.main_window import NAVIGATION


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.ControlModifier):
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or widget, key, modifier)


def test_ctrl_and_a_digit_switch_pages_and_say_so(demo_desk, qtbot):  # noqa: F811
    for number, key in enumerate(NAVIGATION[:9], 1):           # Ctrl+1…9: the first nine
        _press(qtbot, demo_desk, getattr(Qt.Key, f"Key_{number}"))
        assert demo_desk.stack.currentWidget() is demo_desk.pages[key], key
        assert demo_desk.navigation.item(number - 1).toolTip().endswith(f"(Ctrl+{number})")
        assert demo_desk.page_actions[number - 1].shortcut().toString() == f"Ctrl+{number}"
    for row in range(9, len(NAVIGATION)):                     # later pages: no shortcut
        assert demo_desk.page_actions[row].shortcut().isEmpty()
        assert "Ctrl" not in demo_desk.navigation.item(row).toolTip()
    assert demo_desk.find_action.shortcut().toString() == "Ctrl+F"
    assert demo_desk.find_action in demo_desk.go_menu.actions()


def _search(qtbot, runner, desk, text):
    search = desk.search
    assert search.hasFocus()
    search.setText(text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    runner.drain()
    runner.drain()


def test_ctrl_f_from_another_window_finds_and_enter_opens_a_work_order(demo_desk, db, runner,  # noqa: F811
                                                                        qtbot):
    customer = demo_desk.pages["customers"].open_customer(_first(db, "Customer"))
    runner.drain()
    _press(qtbot, customer, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: demo_desk.search.hasFocus(), timeout=2000)
    with db.session() as s:
        order = s.scalars(select(WorkOrder).order_by(WorkOrder.id)).first()
        number, order_id = order.number, order.id
    _search(qtbot, runner, demo_desk, number)
    opened = [w for w in open_windows() if getattr(w, "work_order_id", None) == order_id]
    assert opened, "Enter did not open the work order"


def test_enter_opens_a_quote_and_nothing_when_nothing_is_found(demo_desk, db, runner, qtbot):  # noqa: F811
    with db.session() as s:
        quote = s.scalars(select(Quote).order_by(Quote.id)).first()
        number = quote.number
    _press(qtbot, demo_desk, Qt.Key.Key_F)
    _search(qtbot, runner, demo_desk, number)
    assert any(type(w).__name__ == "QuoteEditor" for w in open_windows())
    _press(qtbot, demo_desk, Qt.Key.Key_F)
    assert demo_desk.search.selectedText() == number      # typed over at once
    hits_before = len(demo_desk.pages["customers"].windows)
    _search(qtbot, runner, demo_desk, "zzzzqq")
    assert len(demo_desk.pages["customers"].windows) == hits_before     # nothing found, nothing opened


def test_ctrl_j_gives_the_keyboard_to_the_newest_arrival(demo_desk, db, runner, qtbot):  # noqa: F811
    from app.domain.reads import PlateRead
    from tests.ui.test_no_raw_codes import _any_plate

    controller = demo_desk.pages["reception"].controller
    demo_desk.show_page("customers")
    with qtbot.waitSignal(controller.popup_shown, timeout=10_000) as blocker:
        controller.handle_read(PlateRead(plate=_any_plate(db), confidence=0.98))
        runner.drain()
    popup = blocker.args[0]
    assert demo_desk.arrivals_action.shortcut().toString() == "Ctrl+J"
    _press(qtbot, demo_desk, Qt.Key.Key_1)                         # the desk has the keyboard
    assert not popup.isAncestorOf(QApplication.focusWidget())
    _press(qtbot, demo_desk, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: popup.isAncestorOf(QApplication.focusWidget()), timeout=2000)
