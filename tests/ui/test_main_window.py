"""The main window opens offscreen, navigates, shows state and switches language."""

from __future__ import annotations

import pytest

from app.settings import Settings
from ui.desk import build_pages
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def make_window(db, qtbot):
    runner = TaskRunner()

    def make(qtbot=qtbot) -> MainWindow:
        window = MainWindow(build_pages(db, runner), Settings(), "sqlite:///store.sqlite3")
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    runner.drain()


def test_window_opens_in_chinese_with_its_pages(make_window, switcher):
    window = make_window()
    assert window.windowTitle() == "DealerDesk 智慧门店"
    entries = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert entries == ["前台接待", "销售", "售后服务", "客户", "客户之声", "客服关怀", "配件库存", "采购与到货", "事故车",
                       "收银结算", "展厅", "试乘试驾", "经营看板", "门店管理"]
    assert "sqlite:///store.sqlite3" in window.database_label.text()
    assert window.camera_label.text() == "道闸摄像头：未配置"


def test_navigation_switches_pages(make_window, switcher):
    window = make_window()
    window.show_page("customers")
    assert window.stack.currentIndex() == 3
    window.navigation.setCurrentRow(2)
    assert window.stack.currentIndex() == 2


def test_camera_state_in_status_bar(make_window, switcher):
    window = make_window()
    window.set_camera_state("offline", "timeout")
    assert window.camera_label.text() == "道闸摄像头：离线 (timeout)"


def test_english_switch_retranslates_everything(make_window, switcher):
    window = make_window()
    switcher.apply("en")
    entries = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert entries == ["Reception", "Sales", "Service", "Customers", "Customer voice", "Customer care", "Parts stock",
                       "Purchasing", "Accidents", "Cashier", "Showroom", "Test drives", "KPI dashboard", "Store admin"]
    assert window.windowTitle() == "DealerDesk Smart Store"
    assert window.camera_label.text() == "Gate camera: not configured"
    switcher.apply("zh_CN")
    assert window.navigation.item(0).text() == "前台接待"


def test_settings_dialog_changes_language(make_window, qtbot, switcher):
    window = make_window()
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(window.settings_changed) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert blocker.args[0].language == "en"
    assert window.settings.language == "en"


def test_qt_dialog_buttons_are_chinese(make_window, qtbot, switcher):
    window = make_window()
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "取消"
    dialog.reject()


def test_database_banner_names_the_problem_and_opens_the_settings(make_window, db, switcher):
    """The database unreachable at start shows on the one banner (the bridge's), whose
    database line carries the settings button."""
    from app.errors import DatabaseUnavailable
    from ui import messages
    from ui.desk import connect_messages
    from ui.settings_dialog import SettingsDialog

    window = make_window()
    try:
        connect_messages(window, db, startup_error=DatabaseUnavailable("Connection refused"))
        assert window.banner.isVisibleTo(window)
        assert window.banner.lines[messages.DATABASE].text() == "⚠ 无法连接数据库：Connection refused"
        button = window.banner.buttons[messages.DATABASE]
        assert button.text() == "数据库设置…"
        assert not window.findChildren(SettingsDialog)
        button.click()
        dialogs = window.findChildren(SettingsDialog)
        assert len(dialogs) == 1 and dialogs[0].isVisible()
        dialogs[0].reject()
        messages.clear_condition(messages.DATABASE)
        assert messages.DATABASE not in window.banner.buttons
        assert not window.banner.isVisibleTo(window)
    finally:
        messages.clear_condition(messages.DATABASE)


def test_a_condition_without_an_action_has_no_button(qtbot):
    """Only a condition given an action gets a button; the action survives re-showing."""
    from ui.widgets.banner import ConditionBanner

    banner = ConditionBanner()
    qtbot.addWidget(banner)
    calls = []
    banner.set_action("a", "修复…", lambda: calls.append("a"))
    banner.show_condition("a", "甲")
    banner.show_condition("b", "乙")
    assert set(banner.buttons) == {"a"}
    banner.set_action("a", "Fix…", lambda: calls.append("a2"))
    assert banner.buttons["a"].text() == "Fix…"
    banner.buttons["a"].click()
    assert calls == ["a2"]
    assert banner.texts() == {"a": "⚠ 甲", "b": "⚠ 乙"}
