"""The desk's sign-in: the first manager, signing in, a refusal kept in the form, the idle
lock (driven through its Qt timer, no waiting), switching user, and the audit page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app import acting
from app.acting import Actor, acting_as
from app.db import Database
from app.domain.reads import PlateRead
from app.errors import UserError
from app.services import accounts, audit, customers, vehicles
from app.settings import Settings
from tests.pg_server import pg_server  # noqa: F401 - the fixture
from ui import messages
from ui.admin.page import AdminPage
from ui.desk import OpenDesk, build_window, hold_arrivals_while_locked
from ui.sign_in import SessionGuard, SignInPanel

PASSWORD = "manager-pw-1"


@pytest.fixture
def nobody_signed_in():
    """The desk starts with nobody signed in (the tests' manager stands aside)."""
    with acting_as(None):
        yield


def _panel(db, runner, qtbot) -> SignInPanel:
    panel = SignInPanel(db, runner, desk="前台1", max_failures=3)
    qtbot.addWidget(panel)
    panel.start()
    runner.drain()
    return panel


def _type(panel: SignInPanel, name: str, secret: str, runner) -> None:
    panel.form.login.setText(name)
    panel.form.secret.setText(secret)
    panel.form.submit()
    runner.drain()
    runner.drain()


def test_first_start_creates_the_manager_and_signs_them_in(db, runner, qtbot,
                                                           nobody_signed_in, switcher):
    panel = _panel(db, runner, qtbot)
    assert panel.first_start
    assert "创建店长账户" in panel.title.text()
    first = panel.first_manager
    first.name.setText("周敏")
    first.password.setText(PASSWORD)
    first.confirm.setText("different-1")
    first.submit()
    assert "不一致" in first.error.text()
    first.confirm.setText(PASSWORD)
    with qtbot.waitSignal(panel.signed_in, timeout=10_000) as signed:
        first.submit()
        runner.drain()
    actor = signed.args[0]
    assert (actor.name, actor.role, actor.desk) == ("周敏", "manager", "前台1")
    assert acting.current() == actor
    acting.set_actor(None)


def test_a_refusal_stays_in_the_form_and_the_right_password_signs_in(db, runner, qtbot,
                                                                     switcher):
    accounts.create_account(db, name="前台小李", role="reception", password="reception-1",
                            pin="2468")
    with acting_as(None):
        panel = _panel(db, runner, qtbot)
        assert not panel.first_start and "登录" in panel.title.text()
        _type(panel, "前台小李", "wrong", runner)
        assert "用户名或密码错误" in panel.form.error.text()
        assert panel.form.login.text() == "前台小李" and panel.form.secret.text() == ""
        with qtbot.waitSignal(panel.signed_in, timeout=10_000):
            _type(panel, "前台小李", "2468", runner)
        assert acting.current().name == "前台小李"


def _desk(db, switcher, runner, qtbot, actor: Actor, idle_minutes: int = 5):
    with acting_as(actor):
        window = build_window(Settings(), db, switcher, runner)
    qtbot.addWidget(window)
    panel = SignInPanel(db, runner, desk="前台1")
    guard = SessionGuard(window, panel, idle_minutes)
    window.apply_actor(actor)
    window.show()
    return window, panel, guard


def test_idle_lock_hides_the_pages_and_switching_user_filters_them(db, switcher, runner,
                                                                  qtbot):
    accounts.create_account(db, name="技师王", role="technician", password="technician-1")
    manager = Actor("周敏", "manager", desk="前台1")
    window, panel, guard = _desk(db, switcher, runner, qtbot, manager)
    acting.set_actor(manager)      # as the desk does at sign-in
    try:
        assert guard.idle_timer.interval() == 5 * 60_000 and guard.idle_timer.isActive()
        assert not window.navigation.item(window.keys.index("admin")).isHidden()
        guard.idle_timer.stop()
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                           Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                           Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, move)          # input restarts the idle timer
        assert guard.idle_timer.isActive()
        guard.idle_timer.timeout.emit()               # the minutes have passed
        assert guard.is_locked and window.screens.currentWidget() is panel
        assert not window.navigation.isEnabled()
        assert panel.form.login.text() == "周敏" and "已锁定" in panel.title.text()
        assert "周敏" in panel.hint.text()
        with qtbot.waitSignal(panel.signed_in, timeout=10_000):
            _type(panel, "技师王", "technician-1", runner)   # another person: switch user
        assert not guard.is_locked and window.screens.currentWidget() is window.desk
        visible = {key for row, key in enumerate(window.keys)
                   if not window.navigation.item(row).isHidden()}
        assert visible == {"service", "stock"}
        assert "技师王" in window.actor_label.text()
        window.lock_requested.emit()                  # "switch user" from the menu
        assert guard.is_locked
    finally:
        acting.set_actor(None)
        window.pages["reception"].controller.stop()


def test_arrival_popups_wait_behind_the_lock_and_their_view_is_audited(db, switcher, runner,
                                                                       qtbot):
    accounts.create_account(db, name="前台小李", role="reception", password="reception-1")
    zhang = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678",
                                      consent_plate_recognition=True)
    vehicles.add_vehicle(db, plate="粤B12345", owner_id=zhang.id, brand="丰田", model="凯美瑞")
    manager = Actor("周敏", "manager", desk="前台1")
    window, panel, guard = _desk(db, switcher, runner, qtbot, manager)
    hold_arrivals_while_locked(guard, window)
    controller = window.pages["reception"].controller
    acting.set_actor(manager)
    try:
        runner.drain()
        controller.handle_read(PlateRead(plate="粤A99999", confidence=0.95))
        runner.drain()
        qtbot.waitUntil(lambda: len(controller.stack.popups) == 1)   # shown the next turn
        [earlier] = controller.stack.popups
        assert earlier.isVisible()
        guard.idle_timer.timeout.emit()               # the desk locks
        assert guard.is_locked and not earlier.isVisible()
        controller.handle_read(PlateRead(plate="粤B12345", confidence=0.95))
        runner.drain()
        qtbot.waitUntil(lambda: len(controller.kept_back) == 1)      # built, kept back
        assert controller.stack.popups == [earlier]   # recorded, but no pop-up over the lock
        assert not any(w.isVisible() for w in QApplication.topLevelWidgets()
                       if type(w).__name__ == "ArrivalPopup")
        views = audit.audit_page(db, action="view", customer_id=zhang.id).entries
        assert views == ()                            # nobody has seen it yet
        with qtbot.waitSignal(panel.signed_in, timeout=10_000):
            _type(panel, "前台小李", "reception-1", runner)
        runner.drain()
        assert earlier.isVisible()                    # what was open comes back
        qtbot.waitUntil(lambda: len(controller.stack.popups) == 2)   # and, the next turn,
        [popup] = [p for p in controller.stack.popups if p is not earlier]
        assert popup.isVisible() and popup.card.customer.id == zhang.id   # and the new one
        popup.show_card(popup.card)                   # a repaint is not another view
        controller.stack.layout()
        runner.drain()
        with acting_as(manager):
            views = audit.audit_page(db, action="view", customer_id=zhang.id).entries
        assert [(v.who, v.desk, v.entity) for v in views] == [("前台小李", "前台1", "visits")]
    finally:
        acting.set_actor(None)
        controller.stop()


def test_the_audit_page_filters_and_pages(db, runner, qtbot, switcher):
    record = customers.create_customer(db, name="陈静", mobile="13600002222")
    for _ in range(3):
        customers.get_customer(db, record.id)
    page = AdminPage(db, runner)
    qtbot.addWidget(page)
    page.show()
    runner.drain()
    audit_page = page.audit
    assert audit_page.model.rowCount() == 4
    audit_page.action.setCurrentIndex(audit_page.action.findData("view"))
    audit_page.customer.setText(str(record.id))
    audit_page.load(0)
    runner.drain()
    assert audit_page.model.rowCount() == 3
    assert {audit_page.model.record(r).action for r in range(3)} == {"view"}
    assert "共 3 条" in audit_page.page_label.text()
    assert not audit_page.next.isEnabled()


def test_a_manager_unlocks_an_account_on_the_accounts_tab(db, runner, qtbot, switcher):
    locked = accounts.create_account(db, name="技师王", role="technician", password="tech-pw-12")
    with acting_as(None):
        for _ in range(3):
            with pytest.raises(accounts.SignInRefused):
                accounts.sign_in(db, "技师王", "nope", max_failures=3)
    page = AdminPage(db, runner)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    page.show()
    runner.drain()
    panel = page.accounts
    row = next(r for r in range(panel.model.rowCount()) if panel.model.record(r).id == locked.id)
    assert panel.model.record(row).locked
    panel.table.selectRow(row)
    panel.unlock_selected()
    runner.drain()
    runner.drain()
    assert not next(a for a in accounts.list_accounts(db) if a.id == locked.id).locked


def test_sign_in_screens_in_both_languages(db, runner, qtbot, switcher, tmp_path):
    """The sign-in panel in Chinese and English (grabbed for a look)."""
    accounts.create_account(db, name="周敏", role="manager", password=PASSWORD)
    with acting_as(None):
        panel = _panel(db, runner, qtbot)
    panel.resize(900, 600)
    panel.show()
    texts = {}
    for language in ("zh_CN", "en"):
        switcher.apply(language)
        texts[language] = panel.title.text()
        assert panel.grab().save(str(tmp_path / f"sign_in_{language}.png"))
    assert texts["zh_CN"] == "登录 DealerDesk" and texts["en"] == "Sign in to DealerDesk"


def test_a_desk_opened_without_its_database_offers_the_sign_in_once_it_is_back(
        pg_server, switcher, runner, qtbot, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    database = Database(pg_server.create_store("desk"))
    accounts.create_account(database, name="前台小李", role="reception", password="reception-1")
    pg_server.stop()
    database.dispose()
    with acting_as(None):
        with pytest.raises(UserError) as unreachable:
            accounts.has_accounts(database)
        desk = OpenDesk(Settings(desk_name="前台1"), database, switcher, runner, demo=False)
        try:
            desk.open(None, unreachable.value)        # as run_desk does: nobody signed in
            qtbot.addWidget(desk.window)
            assert messages.DATABASE in desk.window.banner.lines and not desk.guard.is_locked
            desk.probe.timeout.emit()                 # still away: nothing changes
            runner.drain()
            assert messages.DATABASE in desk.window.banner.lines and not desk.guard.is_locked
            pg_server.start()
            desk.probe.timeout.emit()                 # back: the banner clears, sign-in shows
            runner.drain()
            qtbot.waitUntil(lambda: desk.guard.is_locked, timeout=10_000)
            runner.drain()
            assert messages.DATABASE not in desk.window.banner.lines
            assert desk.window.screens.currentWidget() is desk.panel
            assert not desk.probe.isActive()
            with qtbot.waitSignal(desk.panel.signed_in, timeout=10_000):
                _type(desk.panel, "前台小李", "reception-1", runner)
            assert desk.window.screens.currentWidget() is desk.window.desk
            assert acting.current().name == "前台小李"
        finally:
            acting.set_actor(None)
            desk.stop()
            runner.drain()
            database.dispose()
            for key in list(messages.bridge().conditions):
                messages.clear_condition(key)
