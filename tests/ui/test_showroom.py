"""The showroom page driven through Qt: a lead registered in the form, moved on the board by
button and keyboard, a refused move shown, lost without a reason refused, an order with a bad
deposit refused keeping what was typed, and an order delivered from the checklist."""

from __future__ import annotations

import os
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.domain.leads import DeliveryCheck
from app.services import leads, quotes
from app.services import sales_catalogue as catalogue
from app.services.common import store_today
from app.services.quotes import QuoteForm
from ui.showroom.page import ShowroomPage

pytestmark = pytest.mark.db
VIN = "LVGBE40K08G000017"


@pytest.fixture
def page(db, runner, qtbot, shop, switcher):
    camry = catalogue.create_vehicle(db, brand="丰田", model="凯美瑞", trim="2.0E 精英版",
                                     model_year=2026, msrp="179800", energy="petrol")
    widget = ShowroomPage(db, runner, shop.store_id)
    widget.camry_id = camry.id
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitUntil(lambda: widget.consultant.count() > 1, timeout=5000)
    return widget


def _settle(runner, qtbot, until) -> None:
    qtbot.waitUntil(lambda: (runner.drain(), until())[1], timeout=8000)


def _register(page, runner, qtbot, consultant_id: int) -> leads.LeadCard:
    dialog = page.open_form()
    _settle(runner, qtbot, lambda: dialog.model.count() > 1)
    dialog.name.setText("张伟")
    dialog.mobile.setText("13812345678")
    dialog.budget.setText("十八万")                         # not a number: refused, kept
    dialog.model.setCurrentIndex(dialog.model.findData(page.camry_id))
    dialog.consultant.setCurrentIndex(dialog.consultant.findData(consultant_id))
    dialog.save()
    _settle(runner, qtbot, lambda: dialog.error.text() != "")
    assert "预算" in dialog.error.text() and dialog.name.text() == "张伟"
    assert dialog.budget.property("invalid") is True
    dialog.budget.setText("180000")
    with qtbot.waitSignal(dialog.created, timeout=8000) as created:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    _settle(runner, qtbot, lambda: page.board.current_id() == created.args[0].id)
    return created.args[0]


def _column_of(page, lead_id: int) -> int:
    for row in range(page.board.rowCount()):
        for col in range(page.board.columnCount()):
            item = page.board.item(row, col)
            if item is not None and item.data(Qt.ItemDataRole.UserRole + 1) == lead_id:
                return col
    return -1


def test_board_moves_by_button_and_keys_and_refuses(db, runner, qtbot, page, shop):
    # before a lead is chosen the (greyed) follow-up date is tomorrow, not Qt's 2000-01-01
    assert page.panel.task_due.date().toPython() >= store_today()
    card = _register(page, runner, qtbot, shop.consultant_id)
    assert _column_of(page, card.id) == 0 and "张伟" in page.board.item(0, 0).text()
    _settle(runner, qtbot, lambda: page.panel.move_to.count() == 3)
    assert page.panel.move_to.currentData() == "contacted"        # the first move, ready
    page.right_button.click()                                     # new → contacted
    _settle(runner, qtbot, lambda: _column_of(page, card.id) == 1)
    page.board.setFocus()
    qtbot.keyClick(page.board, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    _settle(runner, qtbot, lambda: _column_of(page, card.id) == 2)   # → visited
    page.left_button.click()                                      # backwards: refused
    _settle(runner, qtbot, lambda: "倒退" in page.panel.error.text())
    assert _column_of(page, card.id) == 2
    assert leads.get_lead(db, card.id).card.stage == "visited"
    page.panel.lost_note.setText("再看看")
    page.panel.ask_lost()                                         # no reason chosen
    assert "战败原因" in page.panel.error.text()
    assert page.panel.lost_note.text() == "再看看"
    assert leads.get_lead(db, card.id).card.stage == "visited"
    other = leads.register_lead(db, leads.LeadForm(name="王芳", mobile="13812340000"),
                                store_id=shop.store_id)            # nobody's lead
    page.refresh()
    _settle(runner, qtbot, lambda: _column_of(page, other.id) == 0)
    page.consultant.setCurrentIndex(page.consultant.findData(shop.consultant_id))
    _settle(runner, qtbot, lambda: _column_of(page, other.id) == -1)  # only 李强's now
    assert _column_of(page, card.id) == 2
    page.board.select(card.id)
    _settle(runner, qtbot, lambda: page.panel.move_to.currentData() == "test_drive")
    page.panel.move_button.click()                                # the panel's own move
    _settle(runner, qtbot, lambda: _column_of(page, card.id) == 3)


def test_order_refused_then_delivered_from_the_checklist(db, runner, qtbot, page, shop):
    card = _register(page, runner, qtbot, shop.consultant_id)
    quote = quotes.create_quote(db, QuoteForm(vehicle_id=page.camry_id,
                                              consultant_id=shop.consultant_id,
                                              customer_id=card.customer_id),
                                store_id=shop.store_id)
    page.panel.load(card.id)
    _settle(runner, qtbot, lambda: page.panel.quote.count() == 1)
    page.panel.quote_button.click()
    _settle(runner, qtbot, lambda: _column_of(page, card.id) == 4)     # quoted
    orders = page.order_panel
    _settle(runner, qtbot, lambda: orders.lead_id == card.id)
    orders.deposit.setText("abc")
    orders.order_button.click()
    _settle(runner, qtbot, lambda: "订金" in orders.error.text())
    assert orders.deposit.text() == "abc" and orders.new_form.isVisible()
    orders.deposit.setText("5000")
    orders.expected.setDate(QDate(store_today() - timedelta(days=3)))
    orders.order_button.click()
    _settle(runner, qtbot, lambda: "交车日期" in orders.error.text())
    orders.expected.setDate(QDate(store_today() + timedelta(days=7)))
    orders.order_button.click()
    _settle(runner, qtbot, lambda: orders.order is not None and orders.checklist.isVisible())
    assert orders.order.deposit == Decimal("5000.00") and orders.order.quote_id == quote.id
    for item in DeliveryCheck:
        orders.checks[item.value].click()
        _settle(runner, qtbot, lambda item=item: not orders.checks[item.value].isEnabled())
    orders.vin.setText(VIN)
    orders.plate.setText("粤A12345")
    orders.ask_deliver()
    box = orders.findChild(QMessageBox, "confirm_box")
    box.findChild(type(orders.order_button), "confirm_yes").click()
    _settle(runner, qtbot, lambda: orders.order.status == "delivered")
    assert leads.get_lead(db, card.id).card.stage == "delivered"
    _settle(runner, qtbot, lambda: _column_of(page, card.id) == -1)   # off the open board


def _ordered(db, runner, qtbot, page, shop):
    """A lead registered through the form, its quote attached and an order of 5,000
    deposit made: (card, quote, order)."""
    from app.services import sales_orders

    card = _register(page, runner, qtbot, shop.consultant_id)
    quote = quotes.create_quote(db, QuoteForm(vehicle_id=page.camry_id,
                                              consultant_id=shop.consultant_id,
                                              customer_id=card.customer_id),
                                store_id=shop.store_id)
    leads.attach_quote(db, card.id, quote.id)
    order = sales_orders.create_order(db, card.id, deposit="5000",
                                      expected_delivery=store_today() + timedelta(days=7))
    return card, quote, order


def test_an_order_cancelled_after_asking_takes_the_lead_back_to_negotiating(
        db, runner, qtbot, page, shop, switcher):
    import os

    from app.domain.leads import Stage
    from app.services import sales_orders
    from tests.ui.confirming import answer

    card, _quote, order = _ordered(db, runner, qtbot, page, shop)
    page.refresh()
    orders = page.order_panel
    orders.load(card.id)
    _settle(runner, qtbot, lambda: orders.order is not None and orders.checklist.isVisible())
    orders.cancel_button.click()                            # no reason: asked, then refused
    assert order.number in orders.confirm_box.text() and "5,000.00" in orders.confirm_box.text()
    answer(orders)
    _settle(runner, qtbot, lambda: "原因" in orders.error.text())
    assert orders.cancel_reason.property("invalid") is True
    orders.cancel_reason.setText("客户资金未到位")
    if os.environ.get("DEALERDESK_SHOTS"):
        from PySide6.QtWidgets import QScrollArea

        shots = os.environ["DEALERDESK_SHOTS"]
        for area in page.findChildren(QScrollArea):          # the side column scrolls
            if area.isAncestorOf(orders.cancel_button):
                area.ensureWidgetVisible(orders.cancel_button)
        page.grab().save(os.path.join(shots, "showroom-cancel-zh.png"))
        switcher.apply("en")
        page.grab().save(os.path.join(shots, "showroom-cancel-en.png"))
        switcher.apply("zh_CN")
    orders.cancel_button.click()
    answer(orders, yes=False)                               # 返回: nothing happens
    runner.drain()
    assert sales_orders.orders_of(db, card.id)[0].status == "open"
    assert orders.cancel_reason.text() == "客户资金未到位"
    orders.cancel_button.click()
    answer(orders)
    _settle(runner, qtbot, lambda: orders.order.status == "cancelled")
    assert leads.get_lead(db, card.id).card.stage == Stage.NEGOTIATING
    assert orders.new_form.isVisible() and not orders.checklist.isVisible()
    assert "已取消" in orders.summary.text() and "客户资金未到位" in orders.summary.text()
    _settle(runner, qtbot, lambda: _column_of(page, card.id) == 5)    # negotiating
    orders.deposit.setText("3000")                          # a new order may follow
    orders.order_button.click()
    _settle(runner, qtbot, lambda: orders.order.status == "open")
    assert leads.get_lead(db, card.id).card.stage == Stage.ORDERED


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_delivery_says_the_referrer_earned_their_points(db, runner, qtbot, page, shop,
                                                        switcher, language):
    from app.services import customers, points, sales_orders
    from app.services.leads import LeadForm

    friend = customers.create_customer(db, name="老客户", mobile="13900009999")
    card = leads.register_lead(db, LeadForm(name="张伟", mobile="13812345678",
                                            source="referral", referrer_mobile="13900009999",
                                            consultant_id=shop.consultant_id),
                               store_id=shop.store_id)
    quote = quotes.create_quote(db, QuoteForm(vehicle_id=page.camry_id,
                                              consultant_id=shop.consultant_id,
                                              customer_id=card.customer_id),
                                store_id=shop.store_id)
    leads.attach_quote(db, card.id, quote.id)
    order = sales_orders.create_order(db, card.id, deposit="5000",
                                      expected_delivery=store_today() + timedelta(days=7))
    for item in DeliveryCheck:
        sales_orders.tick_check(db, order.id, item.value)
    switcher.apply(language)
    orders = page.order_panel
    orders.load(card.id)
    _settle(runner, qtbot, lambda: orders.order is not None)
    orders.vin.setText(VIN)
    orders.plate.setText("粤A12345")
    orders.ask_deliver()
    box = orders.findChild(QMessageBox, "confirm_box")
    box.findChild(type(orders.order_button), "confirm_yes").click()
    _settle(runner, qtbot, lambda: orders.order.status == "delivered")
    referral = points.store_points_rules(db, shop.store_id).referral
    assert {"zh_CN": f"推荐人获得 {referral:,} 积分",
            "en": f"The referrer earned {referral:,} points"}[language] in orders.error.text()
    if os.environ.get("DEALERDESK_SHOTS"):
        error = orders.error            # the panel's layout settles around the longer text
        qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()),
                        timeout=5000)
        page.grab().save(f"{os.environ['DEALERDESK_SHOTS']}/showroom_referral_{language}.png")
    assert points.points_balance(db, friend.id) == referral


def test_a_paid_deposit_is_refunded_or_kept_as_chosen_when_the_order_is_cancelled(
        db, runner, qtbot, page, shop, switcher):
    from app.services import cashier
    from tests.ui.confirming import answer

    card, quote, _order = _ordered(db, runner, qtbot, page, shop)
    quotes.give_quote(db, quote.id)
    cashier.take_deposit(db, quote.id, "alipay", "5000", transaction_no="2026120622001")
    orders = page.order_panel
    orders.load(card.id)
    _settle(runner, qtbot, lambda: orders.order is not None and orders.checklist.isVisible())
    orders.cancel_reason.setText("客户资金未到位")
    orders.cancel_button.click()
    box = orders.confirm_box
    assert "5,000.00" in box.text() and "退还" in box.text()
    assert [b.text() for b in box.buttons() if b.objectName().startswith("confirm_yes")] == [
        "退还订金并取消", "订金不退并取消"]
    if os.environ.get("DEALERDESK_SHOTS"):
        shots = os.environ["DEALERDESK_SHOTS"]
        box.grab().save(os.path.join(shots, "showroom-deposit-choice-zh.png"))
        answer(orders, yes=False)
        switcher.apply("en")
        orders.cancel_button.click()
        orders.confirm_box.grab().save(os.path.join(shots, "showroom-deposit-choice-en.png"))
        answer(orders, yes=False)
        switcher.apply("zh_CN")
        orders.cancel_button.click()
    answer(orders)                                          # 退还订金并取消
    _settle(runner, qtbot, lambda: orders.order.status == "cancelled")
    assert orders.order.deposit_outcome == "refunded"
    assert "订金已退还" in orders.summary.text()
    paid, back = cashier.deposits(db, quote.id)
    assert (back.method, back.amount) == ("alipay", Decimal("-5000.00"))
    if os.environ.get("DEALERDESK_SHOTS"):
        for language, name in (("zh_CN", "zh"), ("en", "en")):
            switcher.apply(language)
            orders.summary.grab().save(os.path.join(os.environ["DEALERDESK_SHOTS"],
                                                    f"showroom-deposit-refunded-{name}.png"))
        switcher.apply("zh_CN")
