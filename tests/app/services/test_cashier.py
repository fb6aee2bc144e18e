"""The cashier: a work order's bill with the customer level's discount and the insurer's
share, payments of two methods and a refund balancing to the fen, deposits on a quote,
invoice requests with a checked tax number, the pick-up slip refused for an unsettled car,
and the day's close."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from app.acting import acting_as
from app.domain.roles import Permission
from app.errors import Conflict, UserError, ValidationError
from app.models import (
    Approval,
    CustomerTier,
    LineKind,
    Quote,
    QuoteStatus,
    Store,
    WorkOrder,
    WorkOrderLine,
    WorkOrderStatus,
)
from app.services import accounts, car_release, cashier, day_close, invoices
from app.services.common import store_today
from tests.app.services.conftest import assert_user_error
from tests.backoffice_seed import NOON, seed_back_office, signed_in_as

#: A valid unified social credit code (统一社会信用代码) and the same with its check
#: character changed.
USCC = "91110000600037341L"


@pytest.fixture
def bo(db):
    return seed_back_office(db)


def test_two_methods_and_a_refund_balance_to_the_fen(db, bo):
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    assert (bill.labour, bill.parts, bill.gross) == (Decimal("450.00"), Decimal("469.12"),
                                                     Decimal("919.12"))
    assert (bill.tier, bill.tier_discount) == ("gold", Decimal("91.91"))   # 10 %, to the fen
    assert bill.customer_due == Decimal("827.21")
    assert [x.description for x in bill.lines] == ["更换刹车片", "前刹车片"]   # declined left out
    with pytest.raises(ValidationError) as exc:
        cashier.take_payment(db, bill.id, "wechat_pay", "500", now=NOON)
    assert_user_error(exc, ValidationError, "transaction_no")
    bill = cashier.take_payment(db, bill.id, "wechat_pay", "500.00",
                                transaction_no="4200001234202612050001", by_id=bo.cashier_id,
                                now=NOON)
    with pytest.raises(ValidationError):                  # a card may not pay more than owed
        cashier.take_payment(db, bill.id, "card", "400", now=NOON)
    bill = cashier.take_payment(db, bill.id, "cash", "400", now=NOON)   # change to give
    assert bill.balance == Decimal("-72.79")
    with pytest.raises(Conflict) as exc:
        cashier.complete(db, bill.id, now=NOON)
    assert_user_error(exc, Conflict, "amount")
    cash = bill.payments[-1]
    with pytest.raises(ValidationError):
        cashier.refund(db, cash.id, "400.01", reason="找零", now=NOON)
    change = cashier.refund(db, cash.id, "72.79", reason="找零", now=NOON)
    assert (change.kind, change.method, change.amount) == ("refund", "cash", Decimal("-72.79"))
    done = cashier.complete(db, bill.id, by_id=bo.cashier_id, now=NOON)
    assert done.status == "settled" and done.balance == Decimal("0.00")
    assert done.paid == Decimal("827.21")
    assert sum(p.amount for p in done.payments) == done.customer_due
    with pytest.raises(Conflict):
        cashier.take_payment(db, bill.id, "cash", "1", now=NOON)


def test_insurer_share_and_a_discount_beyond_the_limit_needs_a_manager(db, bo):
    with pytest.raises(ValidationError) as exc:
        cashier.open_settlement(db, bo.work_order_id, insurer_amount="600", now=NOON)
    assert_user_error(exc, ValidationError, "insurer_name")
    bill = cashier.open_settlement(db, bo.work_order_id, insurer_amount="600.00",
                                   insurer_name="平安保险", claim_number="PA2026-88", now=NOON)
    assert bill.customer_due == Decimal("287.21")     # (919.12 − 600) less 10 % (31.91)
    with pytest.raises(ValidationError) as exc:
        cashier.open_settlement(db, bo.work_order_id, extra_discount="250",
                                expected_version=bill.version, now=NOON)
    assert_user_error(exc, ValidationError, "approved_by_id")
    with acting_as(signed_in_as(bo)):                 # the manager signed in approves
        bill = cashier.open_settlement(db, bo.work_order_id, extra_discount="250", now=NOON)
    assert (bill.extra_discount, bill.approved_by_name) == (Decimal("250.00"), "周敏")
    assert bill.customer_due == Decimal("37.21")
    with pytest.raises(ValidationError):
        cashier.open_settlement(db, bo.work_order_id, warranty_amount="400", now=NOON)
    cashier.take_payment(db, bill.id, "card", "37.21", now=NOON)
    with pytest.raises(Conflict):                     # terms fixed once money is taken
        cashier.open_settlement(db, bo.work_order_id, extra_discount="0", now=NOON)


def test_pickup_slip_refused_until_settled_or_released(db, bo):
    with pytest.raises(Conflict) as exc:
        car_release.pickup_slip_pdf(db, bo.work_order_id, bo.store_id)
    assert_user_error(exc, Conflict, "work_order_id")
    with pytest.raises(ValidationError):              # an advisor cannot release it
        car_release.release_car(db, bo.work_order_id, bo.advisor_id, "车队月结")
    with acting_as(signed_in_as(bo)):
        slip = car_release.release_car(db, bo.work_order_id, bo.manager_id, "车队客户月结")
    assert (slip.released_by, slip.release_reason) == ("周敏", "车队客户月结")
    assert car_release.pickup_slip_pdf(db, bo.work_order_id, bo.store_id).startswith(b"%PDF")


def test_a_named_manager_without_proof_is_refused(db, bo):
    with acting_as(signed_in_as(bo, "advisor")):     # the advisor at the cashier's desk
        with pytest.raises(ValidationError) as exc:
            cashier.open_settlement(db, bo.work_order_id, extra_discount="250",
                                    approved_by_id=bo.manager_id, now=NOON)
        assert_user_error(exc, ValidationError, "approved_by_id")
        assert "本人" in exc.value.zh
        with pytest.raises(ValidationError) as exc:
            car_release.release_car(db, bo.work_order_id, bo.manager_id, "车队客户月结")
        assert_user_error(exc, ValidationError, "manager_id")
        with pytest.raises(UserError):                # a grant from a wrong password: none
            accounts.grant_approval(db, "周敏", "wrong-secret-1", Permission.DISCOUNT_APPROVE)
    assert cashier.settlement_for(db, bo.work_order_id) is None
    with pytest.raises(Conflict):
        car_release.pickup_pass(db, bo.work_order_id)


def test_a_manager_proves_the_approval_with_their_own_password(db, bo):
    accounts.create_account(db, name="周敏", role="manager", password="zhoumin-2026")
    with acting_as(signed_in_as(bo, "advisor")):
        grant = accounts.grant_approval(db, "周敏", "zhoumin-2026",
                                        Permission.DISCOUNT_APPROVE, amount=Decimal("250"))
        with pytest.raises(ValidationError):          # the grant covers 250, not 300
            cashier.open_settlement(db, bo.work_order_id, extra_discount="300",
                                    approval_token=grant.token, now=NOON)
        bill = cashier.open_settlement(db, bo.work_order_id, extra_discount="250",
                                       approval_token=grant.token, now=NOON)
        assert bill.approved_by_name == "周敏"
        bill = cashier.open_settlement(db, bo.work_order_id, insurer_amount="0",
                                       expected_version=bill.version, now=NOON)
        assert (bill.extra_discount, bill.approved_by_name) == (Decimal("250.00"), "周敏")
        with pytest.raises(ValidationError):          # a discount's grant releases nothing
            car_release.release_car(db, bo.work_order_id, None, "车队客户月结",
                                    approval_token=grant.token)
        release = accounts.grant_approval(db, "周敏", "zhoumin-2026", Permission.CAR_RELEASE)
        slip = car_release.release_car(db, bo.work_order_id, None, "车队客户月结",
                                       approval_token=release.token)
    assert slip.released_by == "周敏"


def test_a_settled_car_gets_its_slip_and_an_invoice(db, bo):
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    with pytest.raises(Conflict):                     # not settled yet
        invoices.request_invoice(db, bill.id, "company", "广州某某科技有限公司", USCC)
    cashier.take_payment(db, bill.id, "alipay", "827.21", transaction_no="2026120522001",
                         now=NOON)
    cashier.complete(db, bill.id, now=NOON)
    assert car_release.pickup_pass(db, bo.work_order_id).settlement_number == bill.number
    with pytest.raises(ValidationError) as exc:
        invoices.request_invoice(db, bill.id, "company", "广州某某科技有限公司",
                                 USCC[:-1] + "M")
    assert_user_error(exc, ValidationError, "tax_number")
    record = invoices.request_invoice(db, bill.id, "company", "广州某某科技有限公司",
                                      USCC.lower(), "finance@example.com", now=NOON)
    assert (record.tax_number, record.amount) == (USCC, Decimal("827.21"))
    rows = list(csv.reader(io.StringIO(invoices.invoices_csv(
        db, bo.store_id, store_today(NOON), store_today(NOON)).lstrip("\ufeff"))))
    assert rows[1][1:] == [bill.number, "WO20261205001", "企业", "广州某某科技有限公司", USCC,
                           "finance@example.com", "827.21"]


def test_a_personal_invoice_takes_no_tax_number():
    from app.domain.settlement import check_tax_number

    assert check_tax_number("personal", "张伟", "anything") == ("personal", "张伟", "")
    with pytest.raises(ValidationError):
        check_tax_number("personal", " ", "")


def test_deposit_on_a_quote_and_its_refund(db, bo):
    with db.session() as s:
        quote = Quote(store_id=bo.store_id, number="Q20261205001", customer_id=bo.customer_id,
                      status=QuoteStatus.DRAFT)
        s.add(quote)
        s.flush()
        quote_id = quote.id
    with pytest.raises(Conflict):
        cashier.take_deposit(db, quote_id, "card", "5000", now=NOON)
    with db.session() as s:
        s.get(Quote, quote_id).status = QuoteStatus.ACCEPTED
    [deposit] = cashier.take_deposit(db, quote_id, "transfer", "5000.00",
                                     transaction_no="TR-778", now=NOON)
    cashier.refund(db, deposit.id, "5000", reason="客户取消订单", now=NOON)
    paid, back = cashier.deposits(db, quote_id)
    assert (paid.refundable, back.amount) == (Decimal("0.00"), Decimal("-5000.00"))


def test_the_days_close_reconciles_takings_by_method(db, bo):
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    cash = cashier.take_payment(db, bill.id, "cash", "327.21", now=NOON).payments[0]
    cashier.take_payment(db, bill.id, "card", "500.00", now=NOON + timedelta(minutes=5))
    day = store_today(NOON)
    takings = day_close.day_takings(db, bo.store_id, day)
    recorded = {x.method: x.recorded for x in takings.lines}
    assert recorded["cash"] == Decimal("327.21") and recorded["card"] == Decimal("500.00")
    assert recorded["wechat_pay"] == Decimal("0.00")
    assert takings.recorded_total == Decimal("827.21") and takings.closed_at is None
    closed = day_close.close_day(db, bo.store_id, day, {"cash": "327.00", "card": "500"},
                                 by_id=bo.cashier_id, now=NOON + timedelta(hours=9))
    by_method = {x.method: x for x in closed.lines}
    assert by_method["cash"].difference == Decimal("-0.21")      # 0.21 short in the till
    assert by_method["card"].difference == Decimal("0.00")
    assert (closed.balanced, closed.closed_by) == (False, "王芳")
    with pytest.raises(Conflict):
        day_close.close_day(db, bo.store_id, day, {})
    with pytest.raises(Conflict) as exc:          # no money moves on a closed day
        cashier.refund(db, cash.id, "1", reason="多收", now=NOON + timedelta(hours=10))
    assert "已日结" in exc.value.zh
    rows = list(csv.reader(io.StringIO(day_close.payments_csv(db, bo.store_id, day, day)
                                       .lstrip("\ufeff"))))
    assert [r[2] for r in rows[1:]] == ["现金", "银行卡"]
    assert [r[3] for r in rows[1:]] == ["327.21", "500.00"]


def test_a_standard_customer_pays_the_gross(db):
    bo = seed_back_office(db, tier=CustomerTier.STANDARD)
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    assert (bill.tier_discount, bill.customer_due) == (Decimal("0.00"), Decimal("919.12"))
    assert [w.settlement_status for w in cashier.waiting(db, bo.store_id)] == ["unsettled"]


def _ready_order(db, bo, number: str, opened_hours_ago: int, *, store_id, status="delivered"):
    """Another work order of the seed's car, one approved labour line, opened before NOON."""
    with db.session() as s:
        order = WorkOrder(number=number, store_id=store_id, vehicle_id=bo.vehicle_id,
                          customer_id=bo.customer_id, status=WorkOrderStatus(status),
                          opened_at=NOON - timedelta(hours=opened_hours_ago))
        order.lines.append(WorkOrderLine(
            kind=LineKind.LABOUR, description="保养", hours=Decimal("1"), rate=Decimal("100"),
            qty=Decimal(1), unit_price=Decimal("100.00"), approval=Approval.APPROVED))
        s.add(order)
        s.flush()
        if store_id is None:            # a row of before the stores (a new one gets one)
            s.execute(update(WorkOrder).where(WorkOrder.id == order.id).values(store_id=None))
        return order.id


def _settle(db, work_order_id: int, at) -> None:
    bill = cashier.open_settlement(db, work_order_id, now=at)
    cashier.take_payment(db, bill.id, "cash", str(bill.customer_due), now=at)
    cashier.complete(db, bill.id, now=at)


def test_waiting_lists_the_unsettled_newest_first_then_the_last_settled(db, bo):
    with db.session() as s:
        other = Store(code="SZ01", name="深圳南山4S店")
        s.add(other)
        s.flush()
        other_id = other.id
    old = _ready_order(db, bo, "WO-OLD", 30, store_id=bo.store_id)
    unowned = _ready_order(db, bo, "WO-NONE", 20, store_id=None)
    _ready_order(db, bo, "WO-OTHER", 1, store_id=other_id)              # another store's
    _ready_order(db, bo, "WO-OPEN", 2, store_id=bo.store_id, status="in_repair")
    first = _ready_order(db, bo, "WO-S1", 50, store_id=bo.store_id)
    second = _ready_order(db, bo, "WO-S2", 40, store_id=bo.store_id)
    _settle(db, second, NOON - timedelta(hours=3))
    _settle(db, first, NOON - timedelta(hours=1))                        # settled last
    rows = cashier.waiting(db, bo.store_id)
    assert [(w.number, w.settlement_status) for w in rows] == [
        ("WO20261205001", ""), ("WO-NONE", ""), ("WO-OLD", ""),
        ("WO-S1", "settled"), ("WO-S2", "settled")]
    assert [w.approved_total for w in rows[1:]] == [Decimal("100.00")] * 4
    assert {w.work_order_id for w in rows[1:3]} == {old, unowned}
    assert [w.number for w in cashier.waiting(db, bo.store_id, limit=2)] == [
        "WO20261205001", "WO-NONE"]
    assert [w.number for w in cashier.waiting(db, bo.store_id, limit=4)][-1] == "WO-S1"
    assert [w.number for w in cashier.waiting(db, other_id)] == ["WO-OTHER", "WO-NONE"]
