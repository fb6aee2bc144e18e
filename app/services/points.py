"""Loyalty points (积分): the balance, the ledger, earning, redeeming, reversing and
adjusting by hand, and the store's points settings.

Every change is a new `PointsEntry` row (the table is append-only; on PostgreSQL a trigger
refuses UPDATE and DELETE); the balance is the SUM of a customer's rows, read on the
database. A redemption locks the customer's row first (`SELECT … FOR UPDATE` on PostgreSQL,
`BEGIN IMMEDIATE` on SQLite), so two redemptions at once cannot spend the same points.
Awards carry a `dedupe_key`, so a survey or a referral earns once however often it is
recorded. Points belong to the customer across the group; each row names the store where
it happened.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from app import acting
from app.db import Database
from app.domain import points as rules
from app.domain.money import ZERO, to_fen
from app.domain.points import PointsKind, PointsRules, PointsSource
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import CareSetting, Customer, CustomerSource, PointsEntry
from app.services import audit
from app.services.common import get_or_raise, now_utc

SECTION = "points"
#: Ledger rows a page shows at most.
MAX_PAGE = 200
#: What a redemption may be against, and the source its row records.
REDEEMABLE = {"settlement": PointsSource.SETTLEMENT, "refreshment": PointsSource.REFRESHMENT}
_CUSTOMER = ("客户", "customer")


@dataclass(frozen=True)
class EntryRecord:
    """One ledger row as the desk shows it."""

    id: int
    customer_id: int
    store_id: int
    kind: str
    source: str
    points: int
    #: What redeemed points paid (yuan, signed like `points`); 0 for other rows.
    value: Decimal
    against_kind: str
    against_id: int | None
    reverses_id: int | None
    reversed: bool
    reason: str
    who: str
    at: datetime


@dataclass(frozen=True)
class LedgerPage:
    """A page of a customer's ledger (newest first) with their balance."""

    customer_id: int
    balance: int
    total_rows: int
    offset: int
    entries: tuple[EntryRecord, ...]


# --- reading -------------------------------------------------------------------------------
def balance_in(session: Session, customer_id: int) -> int:
    """The customer's points: the sum of their ledger rows (on the database)."""
    return int(session.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0))
                              .where(PointsEntry.customer_id == customer_id)))


def redeemed_against_in(session: Session, against_kind: str,
                        against_id: int) -> tuple[int, Decimal]:
    """The points redeemed against one bill or order and what they paid (yuan), net of
    their reversals."""
    redeemed = select(PointsEntry.id).where(PointsEntry.against_kind == against_kind,
                                            PointsEntry.against_id == against_id,
                                            PointsEntry.kind == PointsKind.REDEEM)
    points, value = session.execute(
        select(func.coalesce(func.sum(PointsEntry.points), 0),
               func.coalesce(func.sum(PointsEntry.value), 0))
        .where(PointsEntry.id.in_(redeemed) | PointsEntry.reverses_id.in_(redeemed))).one()
    return -int(points), to_fen(-Decimal(value))


def open_redemptions_in(session: Session, against_kind: str, against_id: int) -> list[int]:
    """The ids of the redemptions against one bill or order not reversed yet."""
    reversal = aliased(PointsEntry)
    return list(session.scalars(select(PointsEntry.id).where(
        PointsEntry.against_kind == against_kind, PointsEntry.against_id == against_id,
        PointsEntry.kind == PointsKind.REDEEM,
        ~exists().where(reversal.reverses_id == PointsEntry.id))
        .order_by(PointsEntry.id)))


def rules_in(session: Session, store_id: int) -> PointsRules:
    """The store's points settings (the defaults with its changes)."""
    row = session.get(CareSetting, (store_id, SECTION))
    return rules.rules_with(row.values if row else {})


@acting.needs(Permission.CUSTOMER_VIEW)
def points_balance(db: Database, customer_id: int) -> int:
    """The customer's points balance."""
    with db.session() as s:
        get_or_raise(s, Customer, customer_id, *_CUSTOMER)
        return balance_in(s, customer_id)


@acting.needs(Permission.CUSTOMER_VIEW)
def ledger(db: Database, customer_id: int, *, offset: int = 0, limit: int = 50) -> LedgerPage:
    """A page of the customer's ledger, newest first, with the balance and the row count."""
    limit, offset = max(1, min(limit, MAX_PAGE)), max(0, offset)
    with db.session() as s:
        get_or_raise(s, Customer, customer_id, *_CUSTOMER)
        rows = list(s.scalars(select(PointsEntry).where(PointsEntry.customer_id == customer_id)
                              .order_by(PointsEntry.id.desc()).offset(offset).limit(limit)))
        reversed_ids = set(s.scalars(select(PointsEntry.reverses_id).where(
            PointsEntry.reverses_id.in_([r.id for r in rows]))))
        count, balance = s.execute(
            select(func.count(PointsEntry.id), func.coalesce(func.sum(PointsEntry.points), 0))
            .where(PointsEntry.customer_id == customer_id)).one()
        return LedgerPage(customer_id, int(balance), int(count), offset,
                          tuple(_record(r, r.id in reversed_ids) for r in rows))


def _record(row: PointsEntry, reversed_: bool = False) -> EntryRecord:
    return EntryRecord(row.id, row.customer_id, row.store_id, str(row.kind), str(row.source),
                       row.points, row.value, row.against_kind, row.against_id, row.reverses_id,
                       reversed_, row.reason, row.who, row.at)


# --- earning -------------------------------------------------------------------------------
def award_in(session: Session, customer_id: int, points: int, *, store_id: int,
             source: PointsSource, dedupe_key: str, against_kind: str = "",
             against_id: int | None = None, who: str = "", by_id: int | None = None,
             at: datetime | None = None) -> EntryRecord | None:
    """Earn `points` once per `dedupe_key` (None: already earned, or nothing to earn)."""
    if points <= 0 or session.scalar(select(PointsEntry.id).where(
            PointsEntry.dedupe_key == dedupe_key)) is not None:
        return None
    actor = acting.current()
    who = who or (actor.name if actor is not None else "")
    row = PointsEntry(customer_id=customer_id, store_id=store_id, kind=PointsKind.EARN,
                      source=source, points=points, value=ZERO, against_kind=against_kind,
                      against_id=against_id, dedupe_key=dedupe_key, who=who[:50],
                      by_id=by_id, at=now_utc(at))
    session.add(row)
    session.flush()
    return _record(row)


def earn_for_payment_in(session: Session, customer_id: int, paid: Decimal, *, tier: str,
                        store_id: int, settlement_id: int, who: str = "",
                        by_id: int | None = None,
                        at: datetime | None = None) -> EntryRecord | None:
    """The points a settled bill earns: the money paid × the store's points per yuan × the
    customer level's multiplier (once per bill)."""
    earned = rules.earned_for_spend(paid, tier, rules_in(session, store_id))
    return award_in(session, customer_id, earned, store_id=store_id, source=PointsSource.SPEND,
                    dedupe_key=f"settlement:{settlement_id}", against_kind="settlement",
                    against_id=settlement_id, who=who, by_id=by_id, at=at)


def earn_for_survey_in(session: Session, customer_id: int, survey_id: int, *, store_id: int,
                       who: str = "", by_id: int | None = None,
                       at: datetime | None = None) -> EntryRecord | None:
    """The points an answered survey earns (once per survey)."""
    return award_in(session, customer_id, rules_in(session, store_id).survey, store_id=store_id,
                    source=PointsSource.SURVEY, dedupe_key=f"survey:{survey_id}",
                    against_kind="survey", against_id=survey_id, who=who, by_id=by_id, at=at)


def award_referral_in(session: Session, customer_id: int, *, store_id: int, who: str = "",
                      by_id: int | None = None,
                      at: datetime | None = None) -> EntryRecord | None:
    """The referrer's points for `customer_id`, registered as referred by them (once per
    referred customer); None when the customer names no referrer."""
    customer = get_or_raise(session, Customer, customer_id, *_CUSTOMER)
    if customer.source is not CustomerSource.REFERRAL or customer.referred_by_id is None:
        return None
    return award_referrer_in(session, customer.referred_by_id, customer_id, store_id=store_id,
                             who=who, by_id=by_id, at=at)


def award_referrer_in(session: Session, referrer_id: int, referred_id: int, *, store_id: int,
                      who: str = "", by_id: int | None = None,
                      at: datetime | None = None) -> EntryRecord | None:
    """`referrer_id`'s points for bringing `referred_id` (a lead's referrer when its car is
    delivered): once per referred customer, whichever way it is recorded; None when they
    had them already."""
    return award_in(session, referrer_id, rules_in(session, store_id).referral,
                    store_id=store_id, source=PointsSource.REFERRAL,
                    dedupe_key=f"referral:{referred_id}", against_kind="customer",
                    against_id=referred_id, who=who, by_id=by_id, at=at)


@acting.needs(Permission.CUSTOMER_EDIT)
def award_referral(db: Database, customer_id: int, *, store_id: int, who: str = "",
                   by_id: int | None = None,
                   now: datetime | None = None) -> EntryRecord | None:
    """Give the referrer of a customer registered with the source referral their points
    (once); None when there is no referrer or they had them already."""
    with db.session() as s:
        return award_referral_in(s, customer_id, store_id=store_id, who=who, by_id=by_id,
                                 at=now)


# --- redeeming, reversing, adjusting -------------------------------------------------------
def lock_customer(session: Session, customer_id: int) -> Customer:
    """The customer's row, locked until the transaction ends (PostgreSQL `FOR UPDATE`; on
    SQLite the session must be `immediate`)."""
    customer = session.scalars(select(Customer).where(Customer.id == customer_id)
                               .with_for_update()).first()
    if customer is None:
        get_or_raise(session, Customer, None, *_CUSTOMER, field="customer_id")
    return customer


def redeem_in(session: Session, customer_id: int, points: int, *, store_id: int,
              against_kind: str, against_id: int, due: Decimal | None = None,
              who: str = "", by_id: int | None = None,
              at: datetime | None = None) -> EntryRecord:
    """Spend `points` against a bill or an order (`due`, when given, caps their value);
    ValidationError when the customer has too few or they would pay more than `due`."""
    if against_kind not in REDEEMABLE:
        raise ValidationError("积分只能抵扣结算单或点餐。",
                              "Points pay only for a bill or a refreshment.",
                              field="against_kind")
    points = rules.whole_points(points)
    lock_customer(session, customer_id)
    held = balance_in(session, customer_id)
    store_rules = rules_in(session, store_id)
    rules.check_redemption(points, held, due, store_rules)
    row = PointsEntry(customer_id=customer_id, store_id=store_id, kind=PointsKind.REDEEM,
                      source=REDEEMABLE[against_kind], points=-points,
                      value=-rules.value_of(points, store_rules),
                      against_kind=against_kind, against_id=against_id, who=who[:50],
                      by_id=by_id, at=now_utc(at))
    session.add(row)
    session.flush()
    return _record(row)


@acting.needs(Permission.POINTS_REDEEM)
def redeem(db: Database, customer_id: int, points: int, *, store_id: int, against_kind: str,
           against_id: int, due: Decimal | None = None, who: str = "",
           by_id: int | None = None, now: datetime | None = None) -> EntryRecord:
    """Redeem a customer's points against a refreshment order (`against_kind`
    "refreshment") or a bill; `due` (yuan) caps what they may pay."""
    with db.session(immediate=True) as s:
        return redeem_in(s, customer_id, points, store_id=store_id, against_kind=against_kind,
                         against_id=against_id, due=due, who=who, by_id=by_id, at=now)


def reverse_in(session: Session, entry_id: int, *, store_id: int, reason: str, who: str = "",
               by_id: int | None = None, at: datetime | None = None) -> EntryRecord:
    """A row undoing `entry_id` (a redemption gives the points back; an award takes them
    back, refused when the customer has spent them); once per row."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写冲销原因。", "Say why it is reversed.", field="reason")
    original = get_or_raise(session, PointsEntry, entry_id, "积分记录", "points entry",
                            field="entry_id")
    if original.kind in (PointsKind.REVERSE, PointsKind.ADJUST):
        raise Conflict("冲销或调整记录不能再冲销（可另作调整）。",
                       "A reversal or an adjustment is not reversed (adjust instead).",
                       field="entry_id")
    lock_customer(session, original.customer_id)
    if session.scalar(select(PointsEntry.id).where(PointsEntry.reverses_id == original.id)):
        raise Conflict("该记录已冲销。", "That entry is already reversed.", field="entry_id")
    if original.points > balance_in(session, original.customer_id):
        raise Conflict("客户已用掉这些积分，不能冲销。",
                       "The customer has spent those points; they cannot be reversed.",
                       field="entry_id")
    row = PointsEntry(customer_id=original.customer_id, store_id=store_id,
                      kind=PointsKind.REVERSE, source=original.source,
                      points=-original.points, value=-original.value,
                      against_kind=original.against_kind,
                      against_id=original.against_id, reverses_id=original.id,
                      reason=reason[:200], who=who[:50], by_id=by_id, at=now_utc(at))
    session.add(row)
    session.flush()
    audit.record(session, who=who, action="create", row=row, reason=row.reason)
    return _record(row)


@acting.needs(Permission.POINTS_REDEEM)
def reverse(db: Database, entry_id: int, *, store_id: int, reason: str, who: str = "",
            by_id: int | None = None, now: datetime | None = None) -> EntryRecord:
    """Undo a redemption (the points come back); undoing an award takes the manager's
    points permission."""
    with db.session(immediate=True) as s:
        original = get_or_raise(s, PointsEntry, entry_id, "积分记录", "points entry",
                                field="entry_id")
        if original.kind is not PointsKind.REDEEM:
            acting.check(Permission.POINTS_ADJUST)
        return reverse_in(s, entry_id, store_id=store_id, reason=reason, who=who,
                          by_id=by_id, at=now)


@acting.needs(Permission.POINTS_ADJUST)
def adjust(db: Database, customer_id: int, points: int, *, store_id: int, reason: str,
           who: str = "", by_id: int | None = None,
           now: datetime | None = None) -> EntryRecord:
    """Add (positive) or take (negative) points by hand, with the reason; never below zero."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写调整原因。", "Say why the points change.", field="reason")
    points = rules.whole_points(points)
    if points == 0:
        raise ValidationError("调整积分不能为 0。", "Adjust by more than 0 points.",
                              field="points")
    with db.session(immediate=True) as s:
        lock_customer(s, customer_id)
        held = balance_in(s, customer_id)
        if held + points < 0:
            raise ValidationError(f"扣减不能超过当前积分 {held} 分。",
                                  f"Cannot take more than the {held} points held.",
                                  field="points")
        row = PointsEntry(customer_id=customer_id, store_id=store_id, kind=PointsKind.ADJUST,
                          source=PointsSource.MANUAL, points=points, value=ZERO,
                          reason=reason[:200], who=who[:50], by_id=by_id, at=now_utc(now))
        s.add(row)
        s.flush()
        audit.record(s, who=who, action="create", row=row, reason=row.reason)
        return _record(row)


# --- settings ------------------------------------------------------------------------------
@acting.open_to_signed_in
def store_points_rules(db: Database, store_id: int) -> PointsRules:
    """The store's points settings."""
    with db.session() as s:
        return rules_in(s, store_id)


@acting.needs(Permission.CARE_SETTINGS)
def save_points_rules(db: Database, store_id: int, changes: Mapping[str, object], *,
                      who: str = "") -> PointsRules:
    """Change the store's points settings (per_yuan, yuan_per_point, referral, survey,
    tier_multipliers); ValidationError on a bad value, nothing stored then."""
    with db.session() as s:
        return save_points_rules_in(s, store_id, changes, who=who)


def save_points_rules_in(session: Session, store_id: int, changes: Mapping[str, object], *,
                         who: str = "") -> PointsRules:
    """`save_points_rules` inside a caller's session (the care settings dialog saves its
    sections in one transaction)."""
    row = session.get(CareSetting, (store_id, SECTION)) or CareSetting(
        store_id=store_id, section=SECTION, values={})
    values = dict(row.values)
    for key, value in changes.items():
        if isinstance(value, Mapping):          # one multiplier changes, the others stay
            values[key] = {**values.get(key, {}), **_stored(value)}
        else:
            values[key] = _stored(value)
    checked = rules.rules_with(values)
    row.values, row.updated_by = values, who
    session.add(row)
    session.flush()
    return checked


def _stored(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    return str(value) if isinstance(value, Decimal) else value

