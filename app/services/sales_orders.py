"""Sales orders (订单) of the pipeline: made from a lead's quote with a deposit and an
expected delivery, the delivery checklist (交车仪式) ticked item by item, and the delivery
itself, which registers the car, starts its care and its delivery survey, and closes the lead.
An order may be cancelled before delivery, with a reason: its lead goes back to negotiating.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.leads import (
    DeliveryCheck,
    DepositOutcome,
    OrderStatus,
    Stage,
    check_deposit_outcome,
    check_order_cancel,
    missing_checks,
)
from app.domain.pricing import signed_amount
from app.domain.roles import Permission
from app.domain.survey_templates import SurveyPolicy
from app.errors import Conflict, ValidationError
from app.models import (
    Customer,
    CustomerKind,
    DeliveryCheckRecord,
    Opportunity,
    Quote,
    SalesOrder,
    Staff,
)
from app.services import audit, cashier
from app.services.care_run import start_new_car_in
from app.services.common import (
    check_version,
    get_or_raise,
    next_number,
    now_utc,
    parse_choice,
    stale_guard,
    store_today,
)
from app.services.leads import move_in
from app.services.points import EntryRecord, award_referrer_in
from app.services.survey_schedule import schedule_in
from app.services.vehicles import add_vehicle_in, validate_vin

_WHAT = ("订单", "order")
NUMBER_PREFIX = "DD"


@dataclass(frozen=True)
class CheckRecord:
    """One item of the delivery checklist: ticked by whom and when (None: not yet)."""

    item: str
    done_at: datetime | None
    done_by: str


@dataclass(frozen=True)
class OrderRecord:
    """An order as the showroom shows it."""

    id: int
    number: str
    opportunity_id: int
    quote_id: int
    customer_id: int
    configuration: str
    colour: str
    total: Decimal
    deposit: Decimal
    expected_delivery: date
    status: str
    vehicle_id: int | None
    delivered_at: datetime | None
    checks: tuple[CheckRecord, ...]
    version: int
    cancelled_at: datetime | None = None
    cancel_reason: str = ""
    #: What is left of the deposit paid at the cashier's on the order's quote.
    deposit_paid: Decimal = Decimal("0.00")
    #: What became of it when the order was cancelled ("refunded", "forfeited"; "": none).
    deposit_outcome: str = ""


@dataclass(frozen=True)
class Delivered:
    """What delivering an order made: the order, the car, the care items by kind and the
    surveys scheduled; `referrer_id` is the customer who referred the buyer (a referral
    lead) and `referral_points` the points they earned by it now (0: none, or earned
    already)."""

    order: OrderRecord
    vehicle_id: int
    care_created: dict[str, int]
    surveys_created: int
    referrer_id: int | None = None
    referral_points: int = 0


@acting.needs(Permission.LEAD_WORK)
def create_order(db: Database, opportunity_id: int, *, deposit: str | Decimal,
                 expected_delivery: date, who: str = "", by_id: int | None = None,
                 now: datetime | None = None) -> OrderRecord:
    """An order from the lead's attached quote (its configuration and total), with a
    deposit and an expected delivery not in the past; the lead moves to "ordered"."""
    now = now_utc(now)
    amount = parse_deposit(deposit)
    if not isinstance(expected_delivery, date) or expected_delivery < store_today(now):
        raise ValidationError("预计交车日期不能早于今天。",
                              "The expected delivery cannot be in the past.",
                              field="expected_delivery")
    with db.session() as s:
        lead = get_or_raise(s, Opportunity, opportunity_id, "商机", "lead")
        if lead.quote_id is None:
            raise ValidationError("请先为商机关联报价单，再下订单。",
                                  "Attach a quote to the lead before ordering.",
                                  field="quote_id")
        quote = s.get(Quote, lead.quote_id)
        total = sum((signed_amount(x.kind, x.amount) for x in quote.lines), Decimal("0.00"))
        if amount > total:
            raise ValidationError("订金不能超过报价总额。",
                                  "The deposit cannot exceed the quoted total.", field="deposit")
        move_in(s, lead, Stage.ORDERED, by="order", by_id=by_id, who=who, now=now)
        order = SalesOrder(
            store_id=lead.store_id, number=next_number(s, SalesOrder.number, NUMBER_PREFIX, now),
            opportunity_id=lead.id, quote_id=quote.id, customer_id=lead.customer_id,
            consultant_id=lead.consultant_id or quote.consultant_id, brand=quote.brand,
            model=quote.model, trim=quote.trim, model_year=quote.model_year,
            colour=quote.colour, new_energy=quote.new_energy, total=total, deposit=amount,
            expected_delivery=expected_delivery, status=OrderStatus.OPEN, created_at=now)
        s.add(order)
        s.flush()
        audit.record(s, who=who, action="create", row=order, customer_id=lead.customer_id)
        return _record(s, order)


def parse_deposit(value: str | Decimal) -> Decimal:
    """The deposit in yuan (two places), or a ValidationError on field 'deposit' when it is
    not a positive amount."""
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or amount <= 0:
        raise ValidationError(f"订金须为大于 0 的金额：{value}",
                              f"The deposit must be an amount above 0: {value}", field="deposit")
    return amount.quantize(Decimal("0.01"))


@acting.needs(Permission.LEAD_WORK)
def tick_check(db: Database, order_id: int, item: str, *, by_id: int | None = None,
               now: datetime | None = None) -> OrderRecord:
    """Tick one item of the delivery checklist (who, when); ticking it again changes nothing."""
    now = now_utc(now)
    with db.session() as s:
        order = _open_order(s, order_id, None)
        check = parse_choice(DeliveryCheck, item, "item", "交车项目", "checklist item")
        if s.get(DeliveryCheckRecord, (order.id, check.value)) is None:
            s.add(DeliveryCheckRecord(order_id=order.id, item=check.value,
                                      store_id=order.store_id, done_at=now, done_by_id=by_id))
            s.flush()
        return _record(s, order)


@acting.needs(Permission.LEAD_WORK)
def deliver_order(db: Database, order_id: int, expected_version: int | None, *, vin: str,
                  plate: str, survey_policy: SurveyPolicy = SurveyPolicy(), who: str = "",
                  by_id: int | None = None, now: datetime | None = None) -> Delivered:
    """Deliver the car (交车): every checklist item ticked, the VIN valid; registers the
    vehicle for the customer (bought today), starts its care touchpoints and the delivery
    survey, moves the lead to "delivered" and gives the lead's referrer their referral
    points (once per referred customer). One transaction: all or nothing."""
    now = now_utc(now)
    with db.session() as s:
        order = _open_order(s, order_id, expected_version)
        missing = missing_checks(_ticked(s, order.id))
        if missing:
            raise ValidationError(f"交车仪式还有 {len(missing)} 项未完成。",
                                  f"{len(missing)} delivery checklist items are not ticked yet.",
                                  field="checks")
        if not validate_vin(vin):
            raise ValidationError("请输入车架号（VIN）。", "Enter the VIN.", field="vin")
        car = add_vehicle_in(
            s, plate=plate, vin=vin, brand=order.brand, model=order.model, trim=order.trim,
            year=order.model_year, colour=order.colour, new_energy=order.new_energy or None,
            purchase_date=store_today(now), owner_id=order.customer_id, who=who)
        _customer_bought(s, order)
        order.status, order.vehicle_id, order.delivered_at = OrderStatus.DELIVERED, car.id, now
        lead = s.get(Opportunity, order.opportunity_id)
        move_in(s, lead, Stage.DELIVERED, by="delivery", by_id=by_id, who=who, now=now)
        with stale_guard(*_WHAT):
            s.flush()
        care = start_new_car_in(s, order.store_id, car.id, now)
        surveys, _items = schedule_in(s, now, survey_policy, order.store_id)
        referral = _reward_referrer(s, lead, who=who, by_id=by_id, now=now)
        return Delivered(_record(s, order), car.id, care, surveys, lead.referrer_id,
                         referral.points if referral else 0)


def _reward_referrer(s: Session, lead: Opportunity, *, who: str, by_id: int | None,
                     now: datetime) -> EntryRecord | None:
    """The lead's referrer earns their referral points when the car is delivered."""
    if lead.referrer_id is None or lead.referrer_id == lead.customer_id:
        return None
    return award_referrer_in(s, lead.referrer_id, lead.customer_id, store_id=lead.store_id,
                             who=who, by_id=by_id, at=now)


@acting.needs(Permission.LEAD_WORK)
def cancel_order(db: Database, order_id: int, expected_version: int | None, *, reason: str,
                 deposit_outcome: str | None = None, who: str = "", by_id: int | None = None,
                 now: datetime | None = None) -> OrderRecord:
    """Cancel an order not delivered yet, saying why; its lead goes back from "ordered" to
    "negotiating" (a new order may follow, or the consultant marks the lead lost).

    A deposit paid at the cashier's on the order's quote (any revision) needs the choice
    made with the customer first, `deposit_outcome`: "refunded" gives back what is left of
    it, by the method it was paid with, as refund rows the day's takings count (refused on
    a closed day); "forfeited" keeps it. Either is kept on the order."""
    now = now_utc(now)
    with db.session() as s:
        order = get_or_raise(s, SalesOrder, order_id, *_WHAT)
        check_version(order, expected_version, *_WHAT)
        reason = check_order_cancel(order.status, reason)
        quotes = _quote_revisions(s, order)
        outcome = check_deposit_outcome(cashier.deposit_left_in(s, quotes), deposit_outcome)
        before = audit.snapshot(order)
        order.status, order.cancelled_at, order.cancel_reason = (OrderStatus.CANCELLED, now,
                                                                 reason)
        order.deposit_outcome = outcome
        if outcome is DepositOutcome.REFUNDED:
            cashier.refund_deposits_in(s, quotes, note=f"订单 {order.number} 取消：{reason}",
                                       by_id=by_id, who=who, at=now)
        lead = s.get(Opportunity, order.opportunity_id)
        if lead.stage == Stage.ORDERED:
            move_in(s, lead, Stage.NEGOTIATING, by="cancel", by_id=by_id, who=who, now=now)
        with stale_guard(*_WHAT):
            s.flush()
        audit.record(s, who=who, action="update", row=order, before=before, reason=reason,
                     customer_id=order.customer_id)
        return _record(s, order)


@acting.needs(Permission.LEAD_WORK)
def orders_of(db: Database, opportunity_id: int) -> tuple[OrderRecord, ...]:
    """The lead's orders, newest first."""
    with db.session() as s:
        return tuple(_record(s, o) for o in s.scalars(
            select(SalesOrder).where(SalesOrder.opportunity_id == opportunity_id)
            .order_by(SalesOrder.id.desc()).limit(20)))


def _quote_revisions(s: Session, order: SalesOrder) -> list[int]:
    """The ids of every revision of the order's quote (a deposit may be on any of them)."""
    quote = s.get(Quote, order.quote_id)
    return list(s.scalars(select(Quote.id).where(Quote.store_id == quote.store_id,
                                                 Quote.number == quote.number)))


def _customer_bought(s: Session, order: SalesOrder) -> None:
    """A prospect who takes a car is a customer now, the consultant theirs if they had none."""
    customer = s.get(Customer, order.customer_id)
    if customer.kind == CustomerKind.PROSPECT:
        customer.kind = CustomerKind.CUSTOMER
    if customer.consultant_id is None:
        customer.consultant_id = order.consultant_id


def _open_order(s: Session, order_id: int, expected_version: int | None) -> SalesOrder:
    order = get_or_raise(s, SalesOrder, order_id, *_WHAT)
    check_version(order, expected_version, *_WHAT)
    if order.status != OrderStatus.OPEN:
        raise Conflict("该订单已交车或已取消。", "The order is already delivered or cancelled.")
    return order


def _ticked(s: Session, order_id: int) -> set[str]:
    return set(s.scalars(select(DeliveryCheckRecord.item)
                         .where(DeliveryCheckRecord.order_id == order_id)))


def _record(s: Session, order: SalesOrder) -> OrderRecord:
    done = {r.DeliveryCheckRecord.item: r for r in s.execute(
        select(DeliveryCheckRecord, Staff.name)
        .outerjoin(Staff, Staff.id == DeliveryCheckRecord.done_by_id)
        .where(DeliveryCheckRecord.order_id == order.id))}
    checks = tuple(
        CheckRecord(item.value, done[item.value].DeliveryCheckRecord.done_at,
                    done[item.value].name or "") if item.value in done
        else CheckRecord(item.value, None, "") for item in DeliveryCheck)
    year = f"{order.model_year}" if order.model_year else ""
    return OrderRecord(
        order.id, order.number, order.opportunity_id, order.quote_id, order.customer_id,
        " ".join(p for p in (order.brand, order.model, year, order.trim) if p), order.colour,
        order.total, order.deposit, order.expected_delivery, order.status.value,
        order.vehicle_id, order.delivered_at, checks, order.version_id, order.cancelled_at,
        order.cancel_reason, cashier.deposit_left_in(s, _quote_revisions(s, order)),
        str(order.deposit_outcome or ""))
