"""Loyalty points (积分) against a real database (SQLite and PostgreSQL): earned on a settled
bill with the level's multiplier, by an answered survey and a referral (each once), redeemed
at the cashier capped at the bill and against a refreshment, never overspent (two desks at
once included), the ledger's sum always the balance, and its rows unchangeable on
PostgreSQL."""

from __future__ import annotations

import subprocess
import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.acting import Actor, PermissionRefused, acting_as
from app.domain.points import earned_for_spend
from app.errors import Conflict, ValidationError
from app.models import Customer, CustomerTier, PointsEntry, Survey
from app.services import cashier, customers, points, surveys
from tests.app.services.conftest import assert_user_error
from tests.backoffice_seed import NOON, seed_back_office, signed_in_as
from tests.voice_seed import DELIVERED_AT, seed_voice

GOOD = {"overall": 10, "advisor": 5, "waiting": 4, "quality": 5, "cleanliness": 5, "price": 4}


@pytest.fixture
def bo(db):
    return seed_back_office(db)


def _ledger_sum(db, customer_id: int) -> int:
    """The plain sum of the customer's rows, counted in Python from every row."""
    with db.session() as s:
        return sum(s.scalars(select(PointsEntry.points)
                             .where(PointsEntry.customer_id == customer_id)))


def _consistent(db, customer_id: int) -> int:
    balance = points.points_balance(db, customer_id)
    assert balance == _ledger_sum(db, customer_id) >= 0
    return balance


def _give(db, bo, amount: int) -> None:
    points.adjust(db, bo.customer_id, amount, store_id=bo.store_id, reason="开业赠送",
                  now=NOON)


def _pay_all(db, bill) -> cashier.SettlementRecord:
    if bill.balance > 0:
        bill = cashier.take_payment(db, bill.id, "cash", bill.balance, now=NOON)
    return cashier.complete(db, bill.id, now=NOON)


def test_a_settled_bill_earns_points_by_the_money_paid_and_the_gold_multiplier(db, bo):
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    assert bill.points_balance == 0
    done = _pay_all(db, bill)
    assert done.paid == Decimal("827.21")
    # 1 point a yuan, ×2 for gold, rounded down.
    assert _consistent(db, bo.customer_id) == 1654
    page = points.ledger(db, bo.customer_id)
    assert [(e.kind, e.source, e.points, e.against_kind, e.against_id, e.store_id)
            for e in page.entries] == [("earn", "spend", 1654, "settlement", bill.id,
                                        bo.store_id)]


def test_the_store_settings_set_points_per_yuan_and_the_level_multiplier(db):
    bo = seed_back_office(db, tier=CustomerTier.SILVER)
    points.save_points_rules(db, bo.store_id, {"per_yuan": "2",
                                               "tier_multipliers": {"silver": "3"}})
    rules = points.store_points_rules(db, bo.store_id)
    assert (rules.per_yuan, rules.tier_multipliers["silver"]) == (Decimal("2"), Decimal("3"))
    done = _pay_all(db, cashier.open_settlement(db, bo.work_order_id, now=NOON))
    assert done.paid == Decimal("873.16")               # 919.12 less silver's 5 %
    assert _consistent(db, bo.customer_id) == int(Decimal("873.16") * 2 * 3)   # 5238
    with pytest.raises(ValidationError) as exc:
        points.save_points_rules(db, bo.store_id, {"per_yuan": "-1"})
    assert_user_error(exc, ValidationError, "per_yuan")
    assert points.store_points_rules(db, bo.store_id).per_yuan == Decimal("2")


def test_earned_for_spend_rounds_down_and_ignores_nothing_paid():
    rules = points.rules.PointsRules()
    assert earned_for_spend(Decimal("99.99"), "standard", rules) == 99
    assert earned_for_spend(Decimal("10.00"), "bronze", rules) == 12
    assert earned_for_spend(Decimal("0"), "gold", rules) == 0


def test_redeeming_at_the_cashier_is_capped_at_the_bill_and_the_rest_earns(db, bo):
    _give(db, bo, 100_000)
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    assert bill.points_balance == 100_000
    with pytest.raises(ValidationError) as exc:      # 82,722 points are worth more than 827.21
        cashier.redeem_points(db, bill.id, 82_722, now=NOON)
    assert_user_error(exc, ValidationError, "points")
    assert "82721" in exc.value.en
    bill = cashier.redeem_points(db, bill.id, 50_000, now=NOON)
    assert (bill.points_redeemed, bill.points_value) == (50_000, Decimal("500.00"))
    assert bill.balance == Decimal("327.21") and bill.points_balance == 50_000
    with pytest.raises(Conflict) as exc:             # the terms are fixed while points pay
        cashier.open_settlement(db, bo.work_order_id, extra_discount="10",
                                expected_version=bill.version, now=NOON)
    assert_user_error(exc, Conflict, "status")
    done = _pay_all(db, bill)
    assert done.status == "settled" and done.paid == Decimal("327.21")
    # Earned on the money paid only: 327.21 × 2.
    assert _consistent(db, bo.customer_id) == 50_000 + 654
    pdf = cashier.settlement_slip_pdf(db, done.id, bo.store_id)
    assert b"%PDF" in pdf[:8]


def test_points_given_back_on_an_open_bill_come_back_whole(db, bo):
    _give(db, bo, 30_000)
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    cashier.redeem_points(db, bill.id, 10_000, now=NOON)
    cashier.redeem_points(db, bill.id, 5_000, now=NOON)
    with pytest.raises(ValidationError) as exc:
        cashier.return_points(db, bill.id, reason=" ", now=NOON)
    assert_user_error(exc, ValidationError, "reason")
    bill = cashier.return_points(db, bill.id, reason="客户改用现金", now=NOON)
    assert (bill.points_redeemed, bill.points_value) == (0, Decimal("0.00"))
    assert bill.balance == bill.customer_due
    assert _consistent(db, bo.customer_id) == 30_000
    kinds = [e.kind for e in points.ledger(db, bo.customer_id).entries]
    assert kinds == ["reverse", "reverse", "redeem", "redeem", "adjust"]
    with pytest.raises(Conflict):                    # once reversed, never again
        first_redeem = points.ledger(db, bo.customer_id).entries[2]
        points.reverse(db, first_redeem.id, store_id=bo.store_id, reason="再退", now=NOON)


def test_overspending_is_refused_and_loses_nothing(db, bo):
    _give(db, bo, 100)
    with pytest.raises(ValidationError) as exc:
        points.redeem(db, bo.customer_id, 150, store_id=bo.store_id,
                      against_kind="refreshment", against_id=7, now=NOON)
    assert_user_error(exc, ValidationError, "points")
    for bad in (0, "1.5", "abc"):
        with pytest.raises(ValidationError) as exc:
            points.redeem(db, bo.customer_id, bad, store_id=bo.store_id,
                          against_kind="refreshment", against_id=7, now=NOON)
        assert_user_error(exc, ValidationError, "points")
    with pytest.raises(ValidationError):             # worth 1.00 yuan, the drink costs 0.50
        points.redeem(db, bo.customer_id, 100, store_id=bo.store_id,
                      against_kind="refreshment", against_id=7, due=Decimal("0.50"), now=NOON)
    entry = points.redeem(db, bo.customer_id, 50, store_id=bo.store_id,
                          against_kind="refreshment", against_id=7, due=Decimal("0.50"),
                          now=NOON)
    assert (entry.points, entry.value, entry.source) == (-50, Decimal("-0.50"), "refreshment")
    with pytest.raises(ValidationError) as exc:
        points.adjust(db, bo.customer_id, -51, store_id=bo.store_id, reason="纠错", now=NOON)
    assert_user_error(exc, ValidationError, "points")
    assert _consistent(db, bo.customer_id) == 50


def test_two_desks_redeeming_at_once_never_overspend(db, database_url, bo):
    _give(db, bo, 100)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desk(against_id: int) -> None:
        from app.db import Database

        other = Database(database_url)                 # a connection of its own
        with acting_as(signed_in_as(bo, "advisor")):
            barrier.wait(30)
            try:
                points.redeem(other, bo.customer_id, 80, store_id=bo.store_id,
                              against_kind="refreshment", against_id=against_id, now=NOON)
                outcomes.append("redeemed")
            except ValidationError:
                outcomes.append("refused")
        other.dispose()

    threads = [threading.Thread(target=desk, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["redeemed", "refused"]
    assert _consistent(db, bo.customer_id) == 20


def test_an_answered_survey_earns_once(db):
    voice = seed_voice(db)
    now = DELIVERED_AT + timedelta(days=3)
    surveys.schedule_due(db, now=now)
    (due,) = surveys.due_surveys(db, now=now)
    surveys.record_answers(db, due.number, GOOD, by_id=voice.care_id, now=now)
    with pytest.raises(Conflict):
        surveys.record_answers(db, due.number, GOOD, by_id=voice.care_id, now=now)
    with db.session() as s:
        survey_id = s.scalar(select(Survey.id).where(Survey.number == due.number))
        again = points.earn_for_survey_in(s, voice.customer_id, survey_id,
                                          store_id=voice.store_id)
    assert again is None
    assert _consistent(db, voice.customer_id) == 100
    (entry,) = points.ledger(db, voice.customer_id).entries
    assert (entry.source, entry.against_kind, entry.against_id) == ("survey", "survey",
                                                                   survey_id)
    assert entry.who == "测试店长"                    # who recorded the answers


def test_a_referral_earns_the_referrer_once(db, bo):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, name="李娜", source="referral", referred_by_id=999_999)
    assert_user_error(exc, ValidationError, "referred_by_id")
    walk_in = customers.create_customer(db, name="赵强")
    assert points.award_referral(db, walk_in.id, store_id=bo.store_id) is None
    referred = customers.create_customer(db, name="李娜", source="referral",
                                         referred_by_id=bo.customer_id)
    first = points.award_referral(db, referred.id, store_id=bo.store_id, now=NOON)
    assert (first.customer_id, first.points, first.source) == (bo.customer_id, 500, "referral")
    assert points.award_referral(db, referred.id, store_id=bo.store_id, now=NOON) is None
    assert _consistent(db, bo.customer_id) == 500
    assert points.points_balance(db, referred.id) == 0
    at_the_desk = customers.create_customer(db, name="王磊", source="referral",
                                            referred_by_id=bo.customer_id,
                                            store_id=bo.store_id)
    assert points.award_referral(db, at_the_desk.id, store_id=bo.store_id) is None
    assert _consistent(db, bo.customer_id) == 1000


def test_the_ledger_pages_newest_first_and_its_sum_is_the_balance(db, bo):
    for n in range(1, 8):
        _give(db, bo, n * 10)
    points.redeem(db, bo.customer_id, 25, store_id=bo.store_id, against_kind="refreshment",
                  against_id=3, now=NOON)
    first = points.ledger(db, bo.customer_id, limit=3)
    second = points.ledger(db, bo.customer_id, offset=3, limit=3)
    assert (first.total_rows, first.balance) == (8, 280 - 25)
    assert [e.points for e in first.entries] == [-25, 70, 60]
    assert [e.points for e in second.entries] == [50, 40, 30]
    assert _consistent(db, bo.customer_id) == 255
    with db.session() as s:
        assert s.scalar(select(func.sum(PointsEntry.points))) == 255


def test_who_may_redeem_reverse_and_adjust(db, bo):
    _give(db, bo, 500)
    reception = Actor(name="王芳", role="reception", staff_id=bo.cashier_id, desk="test")
    with acting_as(reception):
        entry = points.redeem(db, bo.customer_id, 100, store_id=bo.store_id,
                              against_kind="refreshment", against_id=1, now=NOON)
        assert entry.who == "王芳"
        with pytest.raises(PermissionRefused):
            points.adjust(db, bo.customer_id, 10, store_id=bo.store_id, reason="送", now=NOON)
        (award,) = [e for e in points.ledger(db, bo.customer_id).entries if e.kind == "adjust"]
        back = points.reverse(db, entry.id, store_id=bo.store_id, reason="饮品未做", now=NOON)
        assert back.points == 100
    with acting_as(signed_in_as(bo, "advisor")), pytest.raises(PermissionRefused):
        points.adjust(db, bo.customer_id, 10, store_id=bo.store_id, reason="送", now=NOON)
    with pytest.raises(Conflict):                    # an adjustment is adjusted, not reversed
        points.reverse(db, award.id, store_id=bo.store_id, reason="错", now=NOON)
    assert _consistent(db, bo.customer_id) == 500


def test_an_award_spent_already_cannot_be_reversed(db, bo):
    done = _pay_all(db, cashier.open_settlement(db, bo.work_order_id, now=NOON))
    (earned,) = points.ledger(db, bo.customer_id).entries
    points.redeem(db, bo.customer_id, 1000, store_id=bo.store_id, against_kind="refreshment",
                  against_id=9, now=NOON)
    with pytest.raises(Conflict):
        points.reverse(db, earned.id, store_id=bo.store_id, reason="整单退货", now=NOON)
    assert done.status == "settled"
    assert _consistent(db, bo.customer_id) == 654


def test_erasing_a_customer_keeps_their_ledger_and_the_customers_they_referred(db, bo):
    referred = customers.create_customer(db, name="李娜", source="referral",
                                         referred_by_id=bo.customer_id)
    points.award_referral(db, referred.id, store_id=bo.store_id, now=NOON)
    from app.services import customer_rights

    customer_rights.erase_customer(db, bo.customer_id, who="测试店长")
    with db.session() as s:
        assert s.get(Customer, referred.id).referred_by_id is None
    assert _ledger_sum(db, bo.customer_id) == 500


@pytest.mark.postgres_only
@pytest.mark.parametrize("statement", ["UPDATE points_entries SET points = points + 1000",
                                       "DELETE FROM points_entries"])
def test_postgres_refuses_changing_a_ledger_row(db, bo, statement):
    _give(db, bo, 100)
    with db.engine.connect() as connection:
        with pytest.raises(DBAPIError) as refused:
            connection.execute(text(statement))
        assert "append-only" in str(refused.value)
        connection.rollback()
    assert _consistent(db, bo.customer_id) == 100


def test_the_slip_pdf_shows_the_points_redeemed(db, bo, tmp_path):
    _give(db, bo, 20_000)
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    bill = cashier.redeem_points(db, bill.id, 12_345, now=NOON)
    path = tmp_path / "slip.pdf"
    path.write_bytes(cashier.settlement_slip_pdf(db, bill.id, bo.store_id))
    words = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "积分抵扣 12345 分" in words and "-¥123.45" in words and "¥703.76" in words
    assert "Points redeemed" in words


def test_an_adjustment_and_a_reversal_are_in_the_audit_trail_with_their_reason(db, bo):
    from app.services import audit

    _give(db, bo, 300)
    entry = points.redeem(db, bo.customer_id, 100, store_id=bo.store_id,
                          against_kind="refreshment", against_id=4, now=NOON)
    points.reverse(db, entry.id, store_id=bo.store_id, reason="饮品未做", now=NOON)
    rows = [r for r in audit.audit_page(db, customer_id=bo.customer_id).entries
            if r.entity == "points_entries"]
    assert sorted(r.after["reason"] for r in rows) == ["开业赠送", "饮品未做"]
    assert {r.who for r in rows} == {"测试店长"}


_ops = st.tuples(st.sampled_from(("adjust", "redeem", "reverse")),
                 st.integers(min_value=-400, max_value=400))


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ops, min_size=1, max_size=10))
def test_random_changes_keep_the_balance_the_ledger_sum_and_never_below_zero(db, bo, ops):
    with db.session() as s:                      # each example its own customer
        customer = Customer(name="随机")
        s.add(customer)
        s.flush()
        cid = customer.id
    model, redemptions = 0, []
    for op, amount in ops:
        try:
            if op == "adjust":
                points.adjust(db, cid, amount, store_id=bo.store_id, reason="随机", now=NOON)
                model += amount
            elif op == "redeem":
                entry = points.redeem(db, cid, abs(amount), store_id=bo.store_id,
                                      against_kind="refreshment", against_id=1, now=NOON)
                model -= abs(amount)
                redemptions.append(entry)
            elif redemptions:
                entry = redemptions.pop()
                points.reverse(db, entry.id, store_id=bo.store_id, reason="退", now=NOON)
                model -= entry.points
        except ValidationError:
            pass                                 # refused: nothing may have changed
        assert points.points_balance(db, cid) == _ledger_sum(db, cid) == model >= 0


@pytest.mark.postgres_only
def test_a_second_redemption_waits_for_the_first_and_then_sees_its_balance(db, database_url,
                                                                           bo):
    import time

    from app.db import Database

    _give(db, bo, 100)
    outcome: list[str] = []

    def second_desk() -> None:
        other = Database(database_url)
        with acting_as(signed_in_as(bo, "advisor")):
            try:
                points.redeem(other, bo.customer_id, 80, store_id=bo.store_id,
                              against_kind="refreshment", against_id=2, now=NOON)
                outcome.append("redeemed")
            except ValidationError:
                outcome.append("refused")
        other.dispose()

    waiting = text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                   "AND datname = current_database()")
    with db.session() as first:
        points.redeem_in(first, bo.customer_id, 80, store_id=bo.store_id,
                         against_kind="refreshment", against_id=1, at=NOON)
        desk = threading.Thread(target=second_desk)
        desk.start()
        with db.engine.connect() as watcher:       # until the second desk waits on the lock
            for _ in range(600):
                if watcher.execute(waiting).scalar():
                    break
                watcher.rollback()
                time.sleep(0.05)
            else:
                pytest.fail("the second redemption never waited for the customer's lock")
    desk.join(60)
    assert outcome == ["refused"]
    assert _consistent(db, bo.customer_id) == 20
