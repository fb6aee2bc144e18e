"""Points on screen: the cashier redeems points against a bill (capped, refused when too
many, given back), and the customer window shows the balance and the paged ledger."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest

from app.services import points
from tests.backoffice_seed import NOON, seed_back_office
from tests.ui.confirming import answer
from ui.backoffice.cashier_page import CashierPage

SHOTS = os.environ.get("DEALERDESK_SHOTS")


def _settle_layout(widget) -> None:
    """Let the layouts take the new language's text widths before a screenshot."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    widget.layout().activate()


@pytest.fixture
def page(db, runner, qtbot, switcher):
    bo = seed_back_office(db)
    points.adjust(db, bo.customer_id, 100_000, store_id=bo.store_id, reason="开业赠送",
                  now=NOON)
    page = CashierPage(db, runner, bo.store_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    runner.drain()
    qtbot.waitUntil(lambda: page.settle.order is not None, timeout=5000)
    runner.drain()
    page.bo = bo
    return page


def test_the_cashier_redeems_points_capped_at_the_bill_and_gives_them_back(
        db, page, runner, switcher):
    panel, tab = page.settle, page.settle.points_tab
    panel.store_terms()
    runner.drain()
    panel.inner.setCurrentWidget(tab)
    assert panel.bill.points_most == 82_721           # 827.21 yuan at 0.01 a point
    assert "82721" in tab.held.text() and "100000" in tab.held.text()
    tab.points.setText("90000")
    panel.redeem_points()
    runner.drain()
    assert "最多 82721 分" in panel.errors.line.text()
    assert tab.points.text() == "90000"                # what was typed stays
    tab.use_most.click()
    assert tab.points.text() == "82721"
    tab.points.setText("50000")
    panel.redeem_points()
    runner.drain()
    assert (panel.bill.points_redeemed, panel.bill.balance) == (50_000, Decimal("327.21"))
    assert "50000" in tab.redeemed.text() and "500.00" in tab.redeemed.text()
    assert "积分抵扣（50000 分）" in panel.figures.text()
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "cashier-points-zh.png"))
        switcher.apply("en")
        _settle_layout(page)
        page.grab().save(os.path.join(SHOTS, "cashier-points-en.png"))
        switcher.apply("zh_CN")
    tab.reason.setText("客户改用现金")
    tab.give_back.click()
    answer(panel)
    runner.drain()
    assert panel.bill.points_redeemed == 0 and panel.bill.balance == Decimal("827.21")
    assert points.points_balance(db, page.bo.customer_id) == 100_000


def test_the_customer_window_shows_the_balance_and_pages_through_the_ledger(
        db, runner, qtbot, switcher):
    from ui.customers.customer_window import CustomerWindow
    from ui.customers.points_panel import PAGE_ROWS

    bo = seed_back_office(db)
    for n in range(PAGE_ROWS + 5):
        points.adjust(db, bo.customer_id, 10 + n, store_id=bo.store_id, reason=f"活动第{n}期",
                      now=NOON)
    points.redeem(db, bo.customer_id, 300, store_id=bo.store_id, against_kind="refreshment",
                  against_id=1, now=NOON)
    window = CustomerWindow(db, runner, bo.customer_id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    runner.drain()
    qtbot.waitUntil(lambda: window.points_panel.page is not None, timeout=5000)
    runner.drain()
    panel = window.points_panel
    window.tabs.setCurrentWidget(panel)
    balance = sum(10 + n for n in range(PAGE_ROWS + 5)) - 300
    assert panel.page.balance == balance == points.points_balance(db, bo.customer_id)
    assert f"{balance:,}" in panel.balance.text()
    assert panel.model.rowCount() == PAGE_ROWS
    newest = [panel.model.data(panel.model.index(0, c)) for c in range(4)]
    assert newest[1:] == ["抵扣", "点餐", "-300"]
    assert not panel.previous.isEnabled() and panel.next.isEnabled()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "customer-points-zh.png"))
        switcher.apply("en")
        _settle_layout(window)
        window.grab().save(os.path.join(SHOTS, "customer-points-en.png"))
        assert panel.model.data(panel.model.index(0, 1)) == "Redeemed"
        switcher.apply("zh_CN")
    panel.next.click()
    runner.drain()
    qtbot.waitUntil(lambda: panel.offset == PAGE_ROWS, timeout=5000)
    assert panel.model.rowCount() == 6
    assert panel.model.data(panel.model.index(5, 3)) == "+10"     # the oldest row
    assert panel.previous.isEnabled() and not panel.next.isEnabled()


def test_the_points_rules_are_set_in_the_care_settings(db, runner, qtbot, switcher):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.care.settings_dialog import CareSettingsDialog

    bo = seed_back_office(db)
    dialog = CareSettingsDialog(db, runner, bo.store_id)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=5000)
    form = dialog.points_form
    dialog.tabs.setCurrentWidget(form)
    assert form.per_yuan.text() == "1" and form.multipliers["gold"].text() == "2"
    form.per_yuan.setText("-1")                          # refused, the typing kept
    form.referral.setValue(800)
    save.click()
    runner.drain()
    qtbot.waitUntil(lambda: "每消费 1 元得积分须为不小于 0 的数" in dialog.error.text(),
                    timeout=5000)
    assert dialog.isVisible() and form.per_yuan.text() == "-1"
    assert points.store_points_rules(db, bo.store_id).referral == 500
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "care-points-rules-zh.png"))
        switcher.apply("en")
        _settle_layout(dialog)
        dialog.grab().save(os.path.join(SHOTS, "care-points-rules-en.png"))
        assert dialog.points_form.labels[1].text() == "Gold multiplier"
        switcher.apply("zh_CN")
    form.per_yuan.setText("2")
    form.multipliers["gold"].setText("3")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        save.click()
    stored = points.store_points_rules(db, bo.store_id)
    assert (stored.per_yuan, stored.tier_multipliers["gold"], stored.referral) == (
        Decimal("2"), Decimal("3"), 800)
    assert stored.tier_multipliers["silver"] == Decimal("1.5")     # untouched


def test_a_manager_adjusts_points_by_hand_after_asking_and_others_do_not_see_it(
        db, runner, qtbot, switcher):
    from dataclasses import replace

    from app import acting
    from ui.customers.customer_window import CustomerWindow

    bo = seed_back_office(db)
    points.adjust(db, bo.customer_id, 500, store_id=bo.store_id, reason="开业赠送", now=NOON)
    with acting.acting_as(replace(acting.current(), role="reception")):
        window = CustomerWindow(db, runner, bo.customer_id, bo.store_id)
        qtbot.addWidget(window)
        runner.drain()
        assert not window.points_panel.adjust_box.isVisibleTo(window.points_panel)
    window = CustomerWindow(db, runner, bo.customer_id, bo.store_id)   # the manager's
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    runner.drain()
    panel = window.points_panel
    window.tabs.setCurrentWidget(panel)
    assert panel.adjust_box.isVisible()

    panel.adjust_points.setValue(-800)                 # more than held, and no reason
    panel.adjust_button.click()
    assert "扣减 800 分" in panel.confirm_box.text()
    answer(panel)
    runner.drain()
    qtbot.waitUntil(lambda: "调整原因" in panel.adjust_message.text(), timeout=5000)
    panel.adjust_reason.setText("重复发放冲正")
    panel.adjust_button.click()
    answer(panel)
    runner.drain()
    qtbot.waitUntil(lambda: "500" in panel.adjust_message.text(), timeout=5000)
    assert panel.adjust_points.value() == -800 and panel.adjust_reason.text() == "重复发放冲正"
    assert points.points_balance(db, bo.customer_id) == 500        # nothing stored

    panel.adjust_points.setValue(-200)
    panel.adjust_button.click()
    answer(panel, yes=False)                          # 返回: nothing happens
    runner.drain()
    assert points.points_balance(db, bo.customer_id) == 500
    panel.adjust_button.click()
    answer(panel)
    runner.drain()
    qtbot.waitUntil(lambda: panel.page is not None and panel.page.balance == 300, timeout=5000)
    assert points.points_balance(db, bo.customer_id) == 300
    assert panel.model.data(panel.model.index(0, 3)) == "-200"
    assert panel.model.data(panel.model.index(0, 5)) == "重复发放冲正"
    assert panel.adjust_reason.text() == "" and "-200" in panel.adjust_message.text()
    if SHOTS:
        panel.adjust_points.setValue(50)
        panel.adjust_reason.setText("老客户回馈")
        window.grab().save(os.path.join(SHOTS, "customer-points-adjust-zh.png"))
        switcher.apply("en")
        _settle_layout(window)
        window.grab().save(os.path.join(SHOTS, "customer-points-adjust-en.png"))
        switcher.apply("zh_CN")
