"""The cashier (收银/结算): a work order's bill (labour, parts, the customer level's
discount, a further discount approved by a manager above the cashier's limit, what the
insurer or the warranty pays), payments of several methods, refunds, the settlement
completed when the payments balance to the fen, and deposits on quotes.

The rules are `app.domain.settlement`'s; every function here is one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain import settlement as rules
from app.domain.money import ZERO, MoneyError, money
from app.domain.roles import Permission
from app.domain.workflow import SETTLEABLE
from app.errors import Conflict, NotFound, ValidationError
from app.models import (
    CarRelease,
    Customer,
    DayClose,
    LineKind,
    Payment,
    PaymentKind,
    Quote,
    QuoteStatus,
    Settlement,
    SettlementStatus,
    Staff,
    StaffRole,
    Vehicle,
    WorkOrder,
)
from app.printing.cashier_pdf import render_settlement_slip
from app.services import accidents, accounts, audit, parts, points
from app.services.cashier_records import (
    PaymentRecord,
    QuoteBrief,
    SettlementRecord,
    WaitingOrder,
    payment_records,
    settlement_record,
)
from app.services.common import (
    check_version,
    get_or_raise,
    next_number,
    now_utc,
    stale_guard,
    store_today,
)
from app.services.store_info import store_info_in
from app.services.work_order_records import amount as line_amount

_WHAT = ("结算单", "settlement")
#: Quotes a deposit may be taken on (the customer has the offer, or has accepted it).
DEPOSIT_QUOTES = (QuoteStatus.GIVEN, QuoteStatus.ACCEPTED)


@acting.needs(Permission.CASHIER)
def waiting(db: Database, store_id: int | None = None, *,
            limit: int = 200) -> tuple[WaitingOrder, ...]:
    """Work orders ready for pick-up or delivered whose bill is not settled yet, newest
    first, then the most recently settled ones; at most `limit`, of the store (and of no
    store) when `store_id` is given."""
    with db.session() as s:
        rows = _newest(s, store_id, WorkOrder.settled_at.is_(None)
                       & WorkOrder.status.in_(SETTLEABLE), WorkOrder.opened_at, limit)
        rows += _newest(s, store_id, WorkOrder.settled_at.is_not(None), WorkOrder.settled_at,
                        limit - len(rows))
        return tuple(WaitingOrder(
            o.id, o.number, plate, name or "", str(o.status),
            sum((line_amount(x) for x in o.lines if str(x.approval) == "approved"), ZERO),
            bill.id if bill else None, str(bill.status) if bill else "", release is not None)
            for o, plate, name, bill, release in rows)


def _newest(session: Session, store_id: int | None, condition, newest, limit: int) -> list:
    """The work orders meeting `condition`, latest `newest` first, at most `limit`, with
    their plate, customer's name, bill and release.

    Each is read in order from a partial index of `condition` (`ix_work_orders_unsettled`,
    `ix_work_orders_settled`, migration 0014_unsettled) up to `limit`: the store's, and
    apart those of no store, merged here. One `store_id = x OR store_id IS NULL` would
    read every row of the store to sort them."""
    if limit <= 0:
        return []
    stmt = (select(WorkOrder, Vehicle.plate, Customer.name, Settlement, CarRelease.id)
            .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
            .outerjoin(Customer, Customer.id == WorkOrder.customer_id)
            .outerjoin(Settlement, Settlement.work_order_id == WorkOrder.id)
            .outerjoin(CarRelease, CarRelease.work_order_id == WorkOrder.id)
            .where(condition).order_by(newest.desc(), WorkOrder.id.desc()).limit(limit))
    if store_id is None:
        return list(session.execute(stmt))
    rows = [*session.execute(stmt.where(WorkOrder.store_id == store_id)),
            *session.execute(stmt.where(WorkOrder.store_id.is_(None)))]
    rows.sort(key=lambda row: (getattr(row[0], newest.key), row[0].id), reverse=True)
    return rows[:limit]


@acting.needs(Permission.CASHIER)
def open_settlement(db: Database, work_order_id: int, *, insurer_amount=None,
                    insurer_name: str | None = None, claim_number: str | None = None,
                    warranty_amount=None, extra_discount=None,
                    approved_by_id: int | None = None, approval_token: str | None = None,
                    expected_version: int | None = None,
                    who: str = "", now: datetime | None = None) -> SettlementRecord:
    """The bill of a work order ready for pick-up (or delivered), made or re-made from its
    approved lines; the terms (insurer, warranty, discount) may change until a payment is
    taken. A further discount above the cashier's limit needs a manager who proves it: a grant
    (`approval_token`, the manager typed their own password or PIN), the manager signed in,
    or the approval the bill already holds for as much; naming one (`approved_by_id`) is
    not enough.
    A value left None keeps the bill's (or the accident case's) one."""
    at = now_utc(now)
    with db.session() as s:
        order = get_or_raise(s, WorkOrder, work_order_id, "工单", "work order",
                             field="work_order_id")
        if order.status not in SETTLEABLE:
            raise Conflict("车辆尚未完工待交车，不能结算。",
                           "The car is not ready for pick-up yet; it cannot be settled.",
                           field="work_order_id")
        bill = s.scalars(select(Settlement).where(Settlement.work_order_id == order.id)).first()
        if bill is None:
            bill = Settlement(number=next_number(s, Settlement.number, "JS", at), work_order_id=order.id,
                              store_id=parts.order_store_id(s, order), created_at=at,
                              **_defaults(s, order))
        else:
            check_version(bill, expected_version, *_WHAT)
            _check_terms_editable(s, bill)
        before = audit.snapshot(bill) if bill.id else None
        _apply_terms(s, order, bill, insurer_amount=insurer_amount, insurer_name=insurer_name,
                     claim_number=claim_number, warranty_amount=warranty_amount,
                     extra_discount=extra_discount,
                     approval=(approved_by_id, approval_token))
        s.add(bill)
        with stale_guard(*_WHAT):
            s.flush()
        audit.record(s, who=who, action="create" if before is None else "update", row=bill,
                     before=before)
        return settlement_record(s, bill)


def _defaults(session: Session, order: WorkOrder) -> dict:
    """A new bill's terms: nothing paid by others, no further discount; for an accident's
    work order, the insurer's share of the assessment, its name and the claim number."""
    return {"insurer_amount": ZERO, "warranty_amount": ZERO, "extra_discount": ZERO,
            **accidents.insurer_terms(session, order.id)}


def _apply_terms(session: Session, order: WorkOrder, bill: Settlement, *, insurer_amount,
                 insurer_name, claim_number, warranty_amount, extra_discount,
                 approval: tuple[int | None, str | None]) -> None:
    labour = sum((line_amount(x) for x in order.lines if str(x.approval) == "approved"
                  and x.kind is LineKind.LABOUR), ZERO)
    parts_total = sum((line_amount(x) for x in order.lines if str(x.approval) == "approved"
                       and x.kind is LineKind.PART), ZERO)
    if labour + parts_total == 0:
        raise Conflict("工单没有客户已同意的项目，无需结算。",
                       "The work order has no approved line to bill.", field="work_order_id")
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    tier = str(customer.tier) if customer is not None else "standard"
    insurer = _amount(insurer_amount, bill.insurer_amount, "insurer_amount")
    warranty = _amount(warranty_amount, bill.warranty_amount, "warranty_amount")
    extra = _amount(extra_discount, bill.extra_discount, "extra_discount")
    result = rules.figures(labour, parts_total, tier=tier, insurer=insurer, warranty=warranty,
                           extra_discount=extra)
    if extra_discount is not None or approval != (None, None):
        bill.discount_approved_by_id = _approver(session, bill, result.extra_discount, *approval)
    if insurer_name is not None:
        bill.insurer_name = insurer_name.strip()[:60]
    if claim_number is not None:
        bill.claim_number = claim_number.strip()[:40]
    if result.insurer > 0 and not bill.insurer_name:
        raise ValidationError("保险公司承担金额时请填写保险公司。",
                              "Name the insurer that pays its share.", field="insurer_name")
    bill.labour, bill.parts, bill.tier, bill.tier_rate = labour, parts_total, tier, result.tier_rate
    bill.insurer_amount, bill.warranty_amount = result.insurer, result.warranty
    bill.tier_discount, bill.extra_discount = result.tier_discount, result.extra_discount
    bill.customer_due = result.customer_due


def _approver(session: Session, bill: Settlement, extra: Decimal, approved_by_id: int | None,
              token: str | None) -> int | None:
    """The manager who proved the further discount `extra` (the bill still holds the old
    one); ValidationError when it needs one and nobody proved it."""
    proved = accounts.proved_approver(token, Permission.DISCOUNT_APPROVE, extra)
    if proved is None and bill.discount_approved_by_id is not None \
            and extra <= (bill.extra_discount or ZERO):
        proved = bill.discount_approved_by_id
    if not rules.needs_approval(extra):
        return proved if extra > 0 else None
    staff = session.get(Staff, proved) if proved is not None else None
    if staff is None or not staff.active or staff.role is not StaffRole.MANAGER:
        if approved_by_id is not None:
            raise ValidationError(
                "审批须由店长本人确认：在本机输入其用户名和密码（或 PIN），或店长本人登录。",
                "The manager approves in person: typing their own name and password (or "
                "PIN) at this desk, or signed in.", field="approved_by_id")
        raise ValidationError(
            f"优惠超过 {rules.DISCOUNT_LIMIT} 元，须由店长审批。",
            f"A discount above {rules.DISCOUNT_LIMIT} CNY needs a manager's approval.",
            field="approved_by_id")
    return staff.id


def _amount(value, current: Decimal | None, field: str) -> Decimal:
    if value is None:
        return current if current is not None else ZERO
    try:
        return money(value)
    except MoneyError:
        raise ValidationError("请输入正确的金额。", "Enter a valid amount.",
                              field=field) from None


def _check_terms_editable(session: Session, bill: Settlement) -> None:
    if bill.status is SettlementStatus.SETTLED:
        raise Conflict("该结算单已结清。", "This bill is already settled.", field="status")
    if session.scalar(select(func.count(Payment.id)).where(Payment.settlement_id == bill.id)):
        raise Conflict("已有收款，不能再更改结算条件（可先退款）。",
                       "Payments are recorded; the terms can no longer change (refund first).",
                       field="status")
    if points.open_redemptions_in(session, "settlement", bill.id):
        raise Conflict("已用积分抵扣，不能再更改结算条件（可先退回积分）。",
                       "Points paid part of it; the terms can no longer change (give the "
                       "points back first).", field="status")


@acting.needs(Permission.CASHIER)
def get_settlement(db: Database, settlement_id: int) -> SettlementRecord:
    """One settlement with its payments and invoice requests."""
    with db.session() as s:
        return settlement_record(s, get_or_raise(s, Settlement, settlement_id, *_WHAT))


@acting.needs(Permission.CASHIER)
def settlement_for(db: Database, work_order_id: int) -> SettlementRecord | None:
    """The bill of a work order, or None while it has none."""
    with db.session() as s:
        bill = s.scalars(select(Settlement).where(
            Settlement.work_order_id == work_order_id)).first()
        return None if bill is None else settlement_record(s, bill)


@acting.needs(Permission.CASHIER)
def take_payment(db: Database, settlement_id: int, method: str, amount, *,
                 transaction_no: str = "", note: str = "", by_id: int | None = None,
                 who: str = "", now: datetime | None = None) -> SettlementRecord:
    """Record a payment on an open bill (several, of several methods, may make it up; more
    than the balance is refused except in cash, where the change is refunded)."""
    at = now_utc(now)
    value = _amount(amount, None, "amount")
    chosen = rules.check_payment(method, value, transaction_no)
    with db.session() as s:
        bill = _open_bill(s, settlement_id)
        balance = settlement_record(s, bill).balance
        if value > balance and chosen is not rules.PaymentMethod.CASH:
            raise ValidationError(f"金额超过未付余额 {balance:,.2f} 元。",
                                  f"The amount exceeds the balance of {balance:,.2f} CNY.",
                                  field="amount")
        _add_payment(s, Payment(store_id=bill.store_id, settlement_id=bill.id,
                                kind=PaymentKind.PAYMENT, method=chosen, amount=value,
                                transaction_no=transaction_no.strip()[:64],
                                note=note.strip()[:200], by_id=by_id, at=at), who)
        return settlement_record(s, bill)


@acting.needs(Permission.CASHIER)
def refund(db: Database, payment_id: int, amount, *, reason: str, by_id: int | None = None,
           who: str = "", now: datetime | None = None) -> PaymentRecord:
    """Give back up to what is left of a payment or a deposit, by the same method, with a
    reason; a settled bill's payments are not refunded here."""
    at = now_utc(now)
    value = _amount(amount, None, "amount")
    reason = (reason or "").strip()
    if value <= 0:
        raise ValidationError("退款金额须大于 0。", "The refund must be more than 0.",
                              field="amount")
    if not reason:
        raise ValidationError("请填写退款原因。", "Say why the money is refunded.",
                              field="reason")
    with db.session() as s:
        original = get_or_raise(s, Payment, payment_id, "收款", "payment", field="payment_id")
        if original.kind is PaymentKind.REFUND:
            raise ValidationError("不能对退款再退款。", "A refund cannot be refunded.",
                                  field="payment_id")
        if original.settlement_id is not None:
            _open_bill(s, original.settlement_id)
        siblings = list(s.scalars(select(Payment).where(
            (Payment.id == original.id) | (Payment.refund_of_id == original.id))))
        [left] = [r.refundable for r in payment_records(s, siblings) if r.id == original.id]
        if value > left:
            raise ValidationError(f"退款不能超过可退金额 {left:,.2f} 元。",
                                  f"The refund cannot exceed the {left:,.2f} CNY left.",
                                  field="amount")
        row = Payment(store_id=original.store_id, settlement_id=original.settlement_id,
                      quote_id=original.quote_id, kind=PaymentKind.REFUND,
                      method=original.method, amount=-value, refund_of_id=original.id,
                      note=reason[:200], by_id=by_id, at=at)
        _add_payment(s, row, who)
        return payment_records(s, [row])[0]


@acting.needs(Permission.CASHIER)
def complete(db: Database, settlement_id: int, *, by_id: int | None = None, who: str = "",
             now: datetime | None = None) -> SettlementRecord:
    """Close the bill: only when the payments balance the customer's due to the fen."""
    at = now_utc(now)
    with db.session() as s:
        bill = _open_bill(s, settlement_id)
        balance = settlement_record(s, bill).balance
        if balance != 0:
            raise Conflict(
                f"收款与应付不平：{'尚欠' if balance > 0 else '多收'} {abs(balance):,.2f} 元。",
                f"The payments do not balance: {abs(balance):,.2f} CNY "
                f"{'still owed' if balance > 0 else 'paid too much (refund it)'}.",
                field="amount")
        before = audit.snapshot(bill)
        bill.status, bill.settled_at, bill.settled_by_id = SettlementStatus.SETTLED, at, by_id
        with stale_guard(*_WHAT):
            s.flush()
        # Through the table: the work order's copy is no change of the order a desk holds
        # (its version stays), and leaves the cashier's unsettled list (0014_unsettled).
        s.execute(update(WorkOrder.__table__).where(WorkOrder.__table__.c.id
                                                    == bill.work_order_id)
                  .values(settled_at=at))
        audit.record(s, who=who, action="update", row=bill, before=before)
        record = settlement_record(s, bill)
        if record.customer_id is not None:
            points.earn_for_payment_in(s, record.customer_id, record.paid, tier=bill.tier,
                                       store_id=bill.store_id, settlement_id=bill.id, who=who,
                                       by_id=by_id, at=at)
        return settlement_record(s, bill)


@acting.needs(Permission.CASHIER)
def redeem_points(db: Database, settlement_id: int, points_to_redeem: int, *,
                  who: str = "", by_id: int | None = None,
                  now: datetime | None = None) -> SettlementRecord:
    """Let the customer pay part of an open bill with points (积分抵扣), at the store's
    rate, never more than they hold nor than what is still owed."""
    with db.session(immediate=True) as s:
        bill = _open_bill(s, settlement_id)
        record = settlement_record(s, bill)
        if record.customer_id is None:
            raise Conflict("该工单没有客户，不能用积分抵扣。",
                           "The work order has no customer; no points to redeem.",
                           field="points")
        points.redeem_in(s, record.customer_id, points_to_redeem, store_id=bill.store_id,
                         against_kind="settlement", against_id=bill.id,
                         due=max(record.balance, ZERO), who=who, by_id=by_id, at=now)
        return settlement_record(s, bill)


@acting.needs(Permission.CASHIER)
def return_points(db: Database, settlement_id: int, *, reason: str, who: str = "",
                  by_id: int | None = None, now: datetime | None = None) -> SettlementRecord:
    """Give back every point redeemed against an open bill (a row reversing each)."""
    with db.session(immediate=True) as s:
        bill = _open_bill(s, settlement_id)
        for entry_id in points.open_redemptions_in(s, "settlement", bill.id):
            points.reverse_in(s, entry_id, store_id=bill.store_id, reason=reason, who=who,
                              by_id=by_id, at=now)
        return settlement_record(s, bill)


@acting.needs(Permission.CASHIER)
def take_deposit(db: Database, quote_id: int, method: str, amount, *,
                 transaction_no: str = "", by_id: int | None = None, who: str = "",
                 now: datetime | None = None) -> tuple[PaymentRecord, ...]:
    """Record a deposit (订金) on a quote the customer has been given or has accepted;
    returns the quote's deposits."""
    at = now_utc(now)
    value = _amount(amount, None, "amount")
    chosen = rules.check_payment(method, value, transaction_no)
    with db.session() as s:
        quote = get_or_raise(s, Quote, quote_id, "报价单", "quote", field="quote_id")
        if quote.status not in DEPOSIT_QUOTES:
            raise Conflict("只有已交客户或已接受的报价单可以收订金。",
                           "A deposit is taken only on a quote given to or accepted by the "
                           "customer.", field="quote_id")
        _add_payment(s, Payment(store_id=quote.store_id, quote_id=quote.id,
                                kind=PaymentKind.DEPOSIT, method=chosen, amount=value,
                                transaction_no=transaction_no.strip()[:64], by_id=by_id,
                                at=at), who)
        return _deposits(s, quote.id)


@acting.needs(Permission.CASHIER)
def find_quote(db: Database, number: str) -> QuoteBrief:
    """The newest revision of the quote numbered `number` (NotFound when none)."""
    text = (number or "").strip().upper()
    with db.session() as s:
        quote = s.scalars(select(Quote).where(func.upper(Quote.number) == text)
                          .order_by(Quote.revision.desc())).first()
        if quote is None:
            raise NotFound(f"找不到报价单 {text}。", f"No quote numbered {text}.",
                           field="quote_number")
        customer = s.get(Customer, quote.customer_id) if quote.customer_id else None
        vehicle = " ".join(x for x in (quote.brand, quote.model, quote.trim) if x)
        return QuoteBrief(quote.id, quote.number, quote.revision,
                          customer.name if customer else "", vehicle, str(quote.status))


@acting.needs(Permission.CASHIER)
def deposits(db: Database, quote_id: int) -> tuple[PaymentRecord, ...]:
    """A quote's deposits and their refunds, oldest first."""
    with db.session() as s:
        return _deposits(s, quote_id)


def _deposits(session: Session, quote_id: int) -> tuple[PaymentRecord, ...]:
    return _quote_payments(session, [quote_id])


def _quote_payments(session: Session, quote_ids: Sequence[int]) -> tuple[PaymentRecord, ...]:
    return payment_records(session, list(session.scalars(
        select(Payment).where(Payment.quote_id.in_(quote_ids))
        .order_by(Payment.at, Payment.id))))


def deposit_left_in(session: Session, quote_ids: Sequence[int]) -> Decimal:
    """What is left to give back of the deposits taken on the quotes `quote_ids`."""
    return sum((r.refundable for r in _quote_payments(session, quote_ids)
                if r.kind == PaymentKind.DEPOSIT), ZERO)


def refund_deposits_in(session: Session, quote_ids: Sequence[int], *, note: str,
                       by_id: int | None, who: str, at: datetime) -> Decimal:
    """Give back what is left of every deposit on the quotes `quote_ids`, each by the
    method it was paid with (a refund row each, at `at`, so the day's takings and its close
    count it); the total given back. Refused on a day already closed."""
    deposits = {p.id: p for p in session.scalars(
        select(Payment).where(Payment.quote_id.in_(quote_ids),
                              Payment.kind == PaymentKind.DEPOSIT))}
    total = ZERO
    for record in _quote_payments(session, quote_ids):
        if record.kind != PaymentKind.DEPOSIT or record.refundable <= 0:
            continue
        paid = deposits[record.id]
        _add_payment(session, Payment(
            store_id=paid.store_id, quote_id=paid.quote_id, kind=PaymentKind.REFUND,
            method=paid.method, amount=-record.refundable, refund_of_id=paid.id,
            note=note.strip()[:200], by_id=by_id, at=at), who)
        total += record.refundable
    return total


def _open_bill(session: Session, settlement_id: int) -> Settlement:
    bill = get_or_raise(session, Settlement, settlement_id, *_WHAT, field="settlement_id")
    if bill.status is SettlementStatus.SETTLED:
        raise Conflict("该结算单已结清，不能再收款或退款。",
                       "This bill is settled; no more payments or refunds.", field="status")
    return bill


def _add_payment(session: Session, row: Payment, who: str) -> None:
    """Add a payment row unless its store's day is closed already, or its transaction
    number was recorded before for the same method."""
    day = store_today(row.at)
    if session.scalar(select(DayClose.id).where(DayClose.store_id == row.store_id,
                                                DayClose.day == day)) is not None:
        raise Conflict(f"{day:%Y-%m-%d} 已日结，不能再记收款。",
                       f"{day:%Y-%m-%d} is closed; no more payments that day.", field="amount")
    if row.transaction_no and row.kind is not PaymentKind.REFUND and session.scalar(
            select(Payment.id).where(Payment.method == row.method,
                                     Payment.transaction_no == row.transaction_no)):
        raise ValidationError("该交易单号已登记过。", "That transaction number is already "
                              "recorded.", field="transaction_no")
    session.add(row)
    session.flush()
    audit.record(session, who=who, action="create", row=row)



@acting.needs(Permission.CASHIER)
def settlement_slip_pdf(db: Database, settlement_id: int, store_id: int | None) -> bytes:
    """The settlement slip's PDF as it stands (open or settled)."""
    with db.session() as s:
        bill = settlement_record(s, get_or_raise(s, Settlement, settlement_id, *_WHAT))
        store = store_info_in(s, store_id if store_id is not None else bill.store_id)
    return render_settlement_slip(bill, store)
