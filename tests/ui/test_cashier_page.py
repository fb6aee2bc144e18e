"""The cashier page: a bill made from the work order, two payments and a refund balancing
to the fen, the pick-up slip refused before it is settled and saved after, the day's close
with a counted difference, the pages in Chinese and English."""

from __future__ import annotations

import os
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from app.acting import acting_as
from app.services import accounts, cashier
from tests.backoffice_seed import seed_back_office, signed_in_as
from tests.ui.confirming import answer
from ui.backoffice.cashier_page import CashierPage


@pytest.fixture
def page(db, runner, qtbot, switcher):
    bo = seed_back_office(db)
    page = CashierPage(db, runner, bo.store_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    runner.drain()
    qtbot.waitUntil(lambda: page.settle.order is not None, timeout=5000)
    runner.drain()
    page.bo = bo
    return page


def _settle(page, runner):
    panel = page.settle
    panel.store_terms()
    runner.drain()
    assert panel.bill is not None and panel.bill.customer_due == Decimal("827.21")
    panel.method.setCurrentIndex(panel.method.findData("wechat_pay"))
    panel.amount.setText("500")
    panel.take_payment()
    runner.drain()
    assert panel.errors.line.text() == "请填写交易单号。"
    assert panel.amount.text() == "500"                      # the typed amount is kept
    panel.transaction_no.setText("4200001234")
    panel.take_payment()
    runner.drain()
    panel.method.setCurrentIndex(panel.method.findData("cash"))
    panel.amount.setText("400")
    panel.take_payment()
    runner.drain()
    assert panel.bill.balance == Decimal("-72.79")
    panel.payments.selectRow(1)                              # the cash payment
    panel.refund_amount.setText("72.79")
    panel.refund_reason.setText("找零")
    panel.refund_selected()
    assert "72.79" in panel.confirm_box.text()
    answer(panel, yes=False)                                 # 返回: nothing refunded
    runner.drain()
    assert panel.bill.balance == Decimal("-72.79") and panel.refund_amount.text() == "72.79"
    panel.payments.selectRow(1)                              # (the list refreshed meanwhile)
    panel.refund_selected()
    answer(panel)
    runner.drain()
    assert panel.bill.balance == Decimal("0.00")


def test_settle_two_methods_and_a_refund_then_the_pickup_slip(page, runner, tmp_path):
    panel = page.settle
    target = tmp_path / "pickup.pdf"
    panel.print_document("pickup", path=str(target))
    runner.drain()
    runner.drain()
    assert not target.exists()
    assert "尚未结算" in panel.error.text()
    _settle(page, runner)
    panel.complete_bill()
    assert panel.bill.number in panel.confirm_box.text()
    answer(panel)
    runner.drain()
    assert panel.bill.status == "settled" and not panel.pay.isEnabled()
    panel.print_document("pickup", path=str(target))
    runner.drain()
    runner.drain()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "提车单" in text and panel.bill.number in text
    assert panel.model.record(0).settlement_status == "settled"


def test_the_days_close_shows_a_difference(page, runner, qtbot):
    _settle(page, runner)
    page.tabs.setCurrentIndex(2)
    runner.drain()
    close = page.close_day
    qtbot.waitUntil(lambda: close.model.rowCount() == 5, timeout=5000)
    rows = {close.model.item(r, 0).text(): close.model.item(r, 1).text()
            for r in range(close.model.rowCount())}
    assert rows["现金"] == "327.21" and rows["微信支付"] == "500.00"
    cash_row = next(r for r in range(5) if close.model.item(r, 0).text() == "现金")
    wechat_row = next(r for r in range(5) if close.model.item(r, 0).text() == "微信支付")
    close.model.item(cash_row, 2).setText("327.00")
    close.model.item(wechat_row, 2).setText("500")
    close.close_the_day()
    answer(close, yes=False)                                 # 返回: the day stays open
    runner.drain()
    assert close.close_button.isEnabled() and close.model.item(cash_row, 2).text() == "327.00"
    close.close_the_day()
    answer(close)
    runner.drain()
    assert close.model.item(cash_row, 3).text() == "-0.21"
    assert "有差额" in close.summary.text() and not close.close_button.isEnabled()


def test_pages_in_both_languages(page, runner, switcher, qtbot):
    shots = os.environ.get("BACKOFFICE_SHOTS")
    _settle(page, runner)
    if shots:
        QApplication.processEvents()
        page.grab().save(f"{shots}/cashier-zh.png")
    switcher.apply("en")
    QApplication.processEvents()
    assert page.title.text() == "Cashier"
    assert page.tabs.tabText(2) == "Day close"
    assert page.settle.model.index(0, 3).data() == "Ready for pick-up"
    if shots:
        page.grab().save(f"{shots}/cashier-en.png")
        page.tabs.setCurrentIndex(2)
        runner.drain()
        QApplication.processEvents()
        page.grab().save(f"{shots}/dayclose-en.png")


def test_a_deposit_on_an_accepted_quote(page, runner, db):
    from app.models import Quote, QuoteStatus

    with db.session() as s:
        s.add(Quote(store_id=page.bo.store_id, number="Q20261205001", brand="丰田",
                    model="凯美瑞", customer_id=page.bo.customer_id,
                    status=QuoteStatus.ACCEPTED))
    panel = page.deposits
    panel.number.setText("q20261205001")
    panel.find_quote()
    runner.drain()
    assert "Q20261205001" in panel.about.text()
    panel.method.setCurrentIndex(panel.method.findData("card"))
    panel.amount.setText("5,000")
    panel.take_deposit()
    runner.drain()
    assert [p.amount for p in cashier.deposits(db, panel.quote.id)] == [Decimal("5000.00")]
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    panel.refund_amount.setText("1000")
    panel.refund_reason.setText("客户改期")
    panel.refund_selected()
    assert "1000" in panel.confirm_box.text()
    answer(panel, yes=False)
    runner.drain()
    assert len(cashier.deposits(db, panel.quote.id)) == 1
    panel.refund_selected()
    answer(panel)
    runner.drain()
    assert sorted(p.amount for p in cashier.deposits(db, panel.quote.id)) == [
        Decimal("-1000.00"), Decimal("5000.00")]


MANAGER_PASSWORD = "zhoumin-2026"


def _type_credentials(dialog, runner, name: str, secret: str) -> None:
    dialog.form.login.setText(name)
    dialog.form.secret.setText(secret)
    dialog.form.submit()
    runner.drain()


def _released_by(panel, runner, db, tmp_path, bo) -> str:
    """Print the pick-up slip; whom the release names."""
    from app.services import car_release

    target = tmp_path / "pickup.pdf"
    panel.print_document("pickup", path=str(target))
    runner.drain()
    runner.drain()
    assert target.exists(), panel.error.text()
    return car_release.pickup_pass(db, bo.work_order_id).released_by


def test_releasing_an_unsettled_car_asks_first(page, runner, db, tmp_path):
    panel = page.settle
    assert not hasattr(page, "acting") and not hasattr(panel, "manager")   # no name to pick
    with acting_as(signed_in_as(page.bo)):          # the manager 周敏 signed in here
        panel.release_reason.setText("车队客户月结")
        panel.release_car()
        assert panel.approval_dialog is None
        assert panel.order.number in panel.confirm_box.text()
        answer(panel, yes=False)                    # 返回: the car stays
        runner.drain()
        target = tmp_path / "refused.pdf"
        panel.print_document("pickup", path=str(target))
        runner.drain()
        runner.drain()
        assert not target.exists() and panel.release_reason.text() == "车队客户月结"
        panel.release_car()
        answer(panel)
        runner.drain()
        runner.drain()
        assert _released_by(panel, runner, db, tmp_path, page.bo) == "周敏"


def test_the_manager_proves_a_release_at_the_cashiers_desk(page, runner, db, tmp_path):
    accounts.create_account(db, name="周敏", role="manager", password=MANAGER_PASSWORD)
    panel = page.settle
    with acting_as(signed_in_as(page.bo, "advisor")):   # 陈静 works the cashier's desk
        panel.release_reason.setText("车队客户月结")
        panel.release_car()
        dialog = panel.approval_dialog
        _type_credentials(dialog, runner, "周敏", "not-her-password")
        assert "用户名或密码错误" in dialog.form.error.text() and panel.confirm_box is None
        _type_credentials(dialog, runner, "周敏", MANAGER_PASSWORD)
        assert not dialog.isVisible() and panel.order.number in panel.confirm_box.text()
        answer(panel)
        runner.drain()
        runner.drain()
        assert _released_by(panel, runner, db, tmp_path, page.bo) == "周敏"


def test_a_further_discount_is_approved_by_the_managers_own_password(page, runner, db):
    accounts.create_account(db, name="周敏", role="manager", password=MANAGER_PASSWORD)
    panel = page.settle
    with acting_as(signed_in_as(page.bo, "advisor")):
        panel.extra_discount.setText("250")
        panel.store_terms()
        runner.drain()
        assert "店长审批" in panel.error.text() and panel.bill is None
        assert panel.extra_discount.text() == "250"          # what was typed stays
        dialog = panel.request_approval()
        assert "250.00" in dialog.prompt.text()
        _type_credentials(dialog, runner, "周敏", MANAGER_PASSWORD)
        assert panel.approve.text() == "店长 周敏 已审批"
        panel.extra_discount.setText("300")                  # more than she approved
        panel.store_terms()
        runner.drain()
        assert panel.bill is None
        panel.extra_discount.setText("250")
        panel.store_terms()
        runner.drain()
    assert panel.bill.extra_discount == Decimal("250.00")
    assert panel.bill.approved_by_name == "周敏"
