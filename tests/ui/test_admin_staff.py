"""Staff administered from the desk (管理 → 员工账户): a member added there joins the
desk's store (not the group's first store, not no store), takes another role, is stopped
(cannot sign in, history kept) and restored; the last manager cannot be stopped."""

from __future__ import annotations

import pytest

from app.acting import acting_as
from app.models import Staff, Store
from app.services import accounts
from ui.admin.page import AdminPage


def _row(panel, login):
    return next(r for r in range(panel.model.rowCount())
                if panel.model.record(r).login == login)


def _select(panel, login):
    panel.table.selectRow(_row(panel, login))


def test_staff_are_added_to_the_desks_store_and_edited_from_the_desk(db, shop, runner, qtbot,
                                                                    switcher):
    with db.session() as s:
        second = Store(code="SZ01", name="深圳南山4S店", province="粤")
        s.add(second)
        s.flush()
        b = second.id
    boss = accounts.create_account(db, name="周敏", role="manager", password="boss-pw-123",
                                   store_id=b)
    page = AdminPage(db, runner, b)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    page.tabs.setCurrentWidget(page.accounts)
    runner.drain()
    panel = page.accounts
    panel.name.setText("技师王")
    panel.role.setCurrentIndex(panel.role.findData("technician"))
    panel.password.setText("tech-pw-12")
    panel.add.click()
    qtbot.waitUntil(lambda: "技师王" in panel.message.text(), timeout=10_000)
    runner.drain()
    with db.session() as s:
        wang = s.query(Staff).filter_by(login="技师王").one()
        assert (wang.store_id, wang.role.value) == (b, "technician")
        ident = wang.id

    _select(panel, "技师王")
    panel.new_role.setCurrentIndex(panel.new_role.findData("service_advisor"))
    panel.change_role.click()
    qtbot.waitUntil(lambda: panel.model.record(_row(panel, "技师王")).role ==
                    "service_advisor", timeout=10_000)
    _select(panel, "技师王")
    panel.stop.click()
    qtbot.waitUntil(lambda: not panel.model.record(_row(panel, "技师王")).active,
                    timeout=10_000)
    assert "停用" in panel.model.index(_row(panel, "技师王"), 4).data()
    with acting_as(None), pytest.raises(accounts.SignInRefused):
        accounts.sign_in(db, "技师王", "tech-pw-12")
    _select(panel, "技师王")
    panel.restore.click()
    qtbot.waitUntil(lambda: panel.model.record(_row(panel, "技师王")).active, timeout=10_000)
    with acting_as(None):
        assert accounts.sign_in(db, "技师王", "tech-pw-12").role == "service_advisor"

    # The only manager who can sign in is not stopped: a clear message, nothing changed.
    _select(panel, "周敏")
    panel.stop.click()
    qtbot.waitUntil(lambda: "唯一" in panel.message.text(), timeout=10_000)
    switcher.apply("en")
    _select(panel, "周敏")
    panel.stop.click()
    qtbot.waitUntil(lambda: "only manager" in panel.message.text(), timeout=10_000)
    assert next(a for a in accounts.list_accounts(db) if a.id == boss.id).active
    assert next(a for a in accounts.list_accounts(db) if a.id == ident).store_id == b


def test_a_stores_desk_lists_and_changes_only_its_own_and_the_groups_staff(db, shop):
    from app.errors import NotFound
    from app.store_scope import working_for

    with db.session() as s:
        second = Store(code="SZ01", name="深圳南山4S店", province="粤")
        s.add(second)
        s.flush()
        b = second.id
    ours = accounts.create_account(db, name="前台李", role="reception", pin="1234",
                                   store_id=shop.store_id)
    theirs = accounts.create_account(db, name="前台王", role="reception", pin="1234",
                                     store_id=b)
    group = accounts.create_account(db, name="总部张", role="manager", password="hq-pw-1234")
    with working_for(shop.store_id):
        assert {a.login for a in accounts.list_accounts(db)} == {"前台李", "总部张"}
        with pytest.raises(NotFound):
            accounts.update_account(db, theirs.id, active=False)
        with pytest.raises(NotFound):
            accounts.unlock_account(db, theirs.id)
        assert accounts.update_account(db, ours.id, role="sales_consultant").role == \
            "sales_consultant"
    assert {a.login for a in accounts.list_accounts(db)} == {"前台李", "前台王", "总部张"}
    assert next(a for a in accounts.list_accounts(db) if a.id == theirs.id).active
    assert group.store_id is None
