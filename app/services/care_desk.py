"""The care desk's work: list the due items, show one with its call script and context,
record its outcome (linking a booking), and the items due for one arriving customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import Date, Select, String, bindparam, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from app import acting, store_scope
from app.db import Database
from app.domain.care import CareItem as DueNotice
from app.domain.care_rules import CareKind, Channel, Outcome, Rule, next_status
from app.domain.roles import Permission
from app.domain.survey_templates import SurveyStatus
from app.errors import Conflict, ValidationError
from app.models import (
    OPEN_WORK_ORDER_STATUSES,
    Booking,
    CareItem,
    CareOutcome,
    Customer,
    Staff,
    Survey,
    Vehicle,
    WorkOrder,
)
from app.services.care_settings import levels_in, rules_in
from app.services.common import (
    check_version,
    get_or_raise,
    mask_mobile,
    now_utc,
    parse_choice,
    store_today,
)
from app.services.customers import greeting
from app.services.scoping import in_scope

#: The most rows one call lists.
LIST_LIMIT = 5_000
#: The rows the desk asks for at a time (it fetches the next page as the list scrolls).
PAGE_SIZE = 200
#: Statuses an outcome may still be recorded on: an invited customer may book or decline.
WORKABLE = ("open", Outcome.INVITED.value)
#: The arrival card shows items falling due within this many days.
NOTICE_DAYS = 14
#: `assignee` filter value for items in the care pool (no one assigned).
POOL = -1


@dataclass(frozen=True)
class CareRow:
    """One item as the desk lists it. `service_only`: the customer gave no consent, so
    only a service or safety notice may be made (no marketing)."""

    id: int
    kind: str
    customer_id: int
    customer_name: str
    mobile_masked: str
    vehicle_id: int | None
    plate: str
    model: str
    due_date: date
    days: int
    assignee_id: int | None
    assignee_name: str
    priority: int
    marketing: bool
    service_only: bool
    status: str
    attempts: int
    tier: str
    detail: str
    version: int


@dataclass(frozen=True)
class OutcomeEntry:
    """One recorded attempt."""

    outcome: str
    channel: str
    reason: str
    booking_id: int | None
    by_name: str
    at: datetime


@dataclass(frozen=True)
class CareContext:
    """An item with what the caller needs: the filled-in script and the customer's context."""

    row: CareRow
    script_zh: str
    script_en: str
    last_visit: datetime | None
    open_work_orders: int
    level_zh: str
    level_en: str
    benefits_zh: str
    benefits_en: str
    consent: bool
    history: tuple[OutcomeEntry, ...]


@lru_cache(maxsize=1)
def _columns():
    """The list's SELECT, built once (an immutable statement: SQLAlchemy then finds its
    compiled form in its cache on every call)."""
    assignee = aliased(Staff)
    # Enums and dates come back as plain strings (parsed in `_row`): 5,000 rows list in a
    # fraction of the time SQLAlchemy's per-value processors take.
    return assignee, select(
        CareItem.id, type_coerce(CareItem.kind, String), CareItem.customer_id, Customer.name,
        Customer.mobile, CareItem.vehicle_id, Vehicle.plate, Vehicle.model,
        type_coerce(CareItem.due_date, String), CareItem.assignee_id, assignee.name,
        CareItem.priority, CareItem.marketing, Customer.consent_contact, CareItem.status,
        CareItem.attempts, type_coerce(Customer.tier, String), CareItem.detail,
        CareItem.version_id,
    ).join(Customer, Customer.id == CareItem.customer_id) \
        .outerjoin(Vehicle, Vehicle.id == CareItem.vehicle_id) \
        .outerjoin(assignee, assignee.id == CareItem.assignee_id)


def _row(r, today: date) -> CareRow:
    (ident, kind, cid, name, mobile, vid, plate, model, due, aid, aname, priority, marketing,
     consent, status, attempts, tier, detail, version) = r
    if not isinstance(due, date):
        due = date.fromisoformat(due)
    return CareRow(ident, kind, cid, name, mask_mobile(mobile), vid, plate or "",
                   model or "", due, (due - today).days, aid, aname or "", priority,
                   bool(marketing), not consent, status, attempts, tier, detail, version)


@dataclass(frozen=True)
class ItemPage:
    """The first rows of a list and how many items match, counted up to LIST_LIMIT (the
    most the desk lists); `capped` when more match than that."""

    rows: tuple[CareRow, ...]
    total: int
    capped: bool = False


def _filters(statement, store_id: int, today: date, *, assignee: int | None,
             kind: str | None, tier: str | None, due: str, status: str):
    statement = statement.where(CareItem.store_id == store_id,
                                or_(~CareItem.marketing, Customer.consent_contact))
    if status != "all":
        statement = statement.where(CareItem.status == status)
    if due == "due":
        statement = statement.where(CareItem.due_date <= today)
    elif due == "week":
        statement = statement.where(CareItem.due_date <= date.fromordinal(today.toordinal() + 7))
    if assignee == POOL:
        statement = statement.where(CareItem.assignee_id.is_(None))
    elif assignee is not None:
        statement = statement.where(CareItem.assignee_id == assignee)
    if kind:
        statement = statement.where(CareItem.kind == kind)
    if tier:
        statement = statement.where(Customer.tier == tier)
    return statement


def _listed(s: Session, store_id: int, today: date, filters: dict, offset: int,
            limit: int) -> tuple[CareRow, ...]:
    _, statement = _columns()
    statement = _filters(statement, store_id, today, **filters).order_by(
        CareItem.priority, CareItem.due_date, CareItem.id).offset(offset).limit(limit)
    return tuple(_row(r, today) for r in s.connection().execute(statement))


@acting.needs(Permission.CARE_WORK)
def list_items(db: Database, store_id: int, *, now: datetime | None = None,
               assignee: int | None = None, kind: str | None = None, tier: str | None = None,
               due: str = "due", status: str = "open", offset: int = 0,
               limit: int = LIST_LIMIT) -> tuple[CareRow, ...]:
    """The store's items, most pressing first (`limit` of them from `offset`).

    `due`: "due" (today and overdue), "week" (within 7 days) or "all"; `assignee`: a staff
    id or POOL; `status`: "open", an outcome value, or "all". Marketing items of a customer
    who withdrew consent are never listed.
    """
    filters = dict(assignee=assignee, kind=kind, tier=tier, due=due, status=status)
    with db.session() as s:
        return _listed(s, store_id, store_today(now), filters, offset, limit)


@acting.needs(Permission.CARE_WORK)
def list_page(db: Database, store_id: int, *, now: datetime | None = None,
              assignee: int | None = None, kind: str | None = None, tier: str | None = None,
              due: str = "due", status: str = "open", page_size: int = PAGE_SIZE) -> ItemPage:
    """The first `page_size` items of `list_items` and how many match (counted up to
    LIST_LIMIT: the desk opens on this and fetches further pages with
    `list_items(offset=…)` as it scrolls, up to LIST_LIMIT rows)."""
    today = store_today(now)
    filters = dict(assignee=assignee, kind=kind, tier=tier, due=due, status=status)
    matching = _filters(select(CareItem.id).join(Customer, Customer.id == CareItem.customer_id),
                        store_id, today, **filters).limit(LIST_LIMIT + 1).subquery()
    with db.session() as s:
        rows = _listed(s, store_id, today, filters, 0, page_size)
        if len(rows) < page_size:
            return ItemPage(rows, len(rows))
        total = s.connection().execute(select(func.count()).select_from(matching)).scalar()
        return ItemPage(rows, min(total, LIST_LIMIT), total > LIST_LIMIT)


@acting.needs(Permission.CARE_WORK)
def item_context(db: Database, item_id: int, *, now: datetime | None = None) -> CareContext:
    """One item with its call script filled in and the customer's context."""
    today = store_today(now)
    with db.session() as s:
        item = get_or_raise(s, CareItem, item_id, "关怀任务", "care item")
        _, statement = _columns()
        row = _row(s.execute(statement.where(CareItem.id == item_id)).one(), today)
        customer = s.get(Customer, item.customer_id)
        vehicle = s.get(Vehicle, item.vehicle_id) if item.vehicle_id else None
        last_visit = s.scalar(select(func.max(WorkOrder.opened_at))
                              .where(WorkOrder.customer_id == item.customer_id))
        open_orders = s.scalar(select(func.count()).select_from(WorkOrder).where(
            WorkOrder.customer_id == item.customer_id,
            WorkOrder.status.in_(OPEN_WORK_ORDER_STATUSES))) or 0
        level = levels_in(s, item.store_id).get(str(customer.tier))
        rule = rules_in(s, item.store_id)[item.kind]
        fill = _script_values(customer, vehicle, item, last_visit, today)
        history = tuple(
            OutcomeEntry(str(o), str(ch), reason, bid, by or "", at)
            for o, ch, reason, bid, by, at in s.execute(
                select(CareOutcome.outcome, CareOutcome.channel, CareOutcome.reason,
                       CareOutcome.booking_id, Staff.name, CareOutcome.at)
                .outerjoin(Staff, Staff.id == CareOutcome.by_id)
                .where(CareOutcome.item_id == item_id).order_by(CareOutcome.at)))
        return CareContext(
            row, rule.script_zh.format_map(fill), rule.script_en.format_map(fill), last_visit,
            open_orders, level.zh if level else "", level.en if level else "",
            level.benefits_zh if level else "", level.benefits_en if level else "",
            bool(customer.consent_contact), history)


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "—"


def _script_values(customer: Customer, vehicle: Vehicle | None, item: CareItem,
                   last_visit: datetime | None, today: date) -> dict:
    values = _Blank(
        name=greeting(customer.name, customer.salutation), due=item.due_date.isoformat(),
        km=item.detail or "—", work=item.detail or "—",
        last_visit=last_visit.date().isoformat() if last_visit else "—")
    if vehicle is not None:
        values.update(vehicle=" ".join(p for p in (vehicle.brand, vehicle.model) if p)
                      or vehicle.plate,
                      expiry=vehicle.insurance_expiry.isoformat() if vehicle.insurance_expiry
                      else "—",
                      warranty_end=vehicle.warranty_end.isoformat() if vehicle.warranty_end
                      else "—")
    else:
        values["vehicle"] = ""
    return values


@acting.needs(Permission.CARE_WORK)
def record_outcome(db: Database, item_id: int, outcome: str, *, reason: str = "",
                   channel: str = "phone", booking_id: int | None = None,
                   by_id: int | None = None, expected_version: int | None = None,
                   now: datetime | None = None) -> CareRow:
    """Record one attempt at an item and move it on.

    A decline needs its reason; a booking needs the booking it produced (of this vehicle).
    An unreachable customer keeps the item open until the last allowed attempt. An invited
    item may still be booked or declined; any other closed item is refused (two staff on
    one customer).
    """
    at = now_utc(now)
    with db.session() as s:
        record_outcome_in(s, item_id, outcome, reason=reason, channel=channel,
                          booking_id=booking_id, by_id=by_id,
                          expected_version=expected_version, now=at)
        return _row_by_id(s, item_id, at)


def record_outcome_in(s: Session, item_id: int, outcome: str, *, reason: str = "",
                      channel: str = "phone", booking_id: int | None = None,
                      by_id: int | None = None, expected_version: int | None = None,
                      now: datetime | None = None) -> None:
    """`record_outcome`'s rule inside the caller's session (a use case that records an
    outcome as one of its steps, such as reception telling the customer in person)."""
    at = now_utc(now)
    result = parse_choice(Outcome, outcome, "outcome", "结果", "outcome")
    how = parse_choice(Channel, channel, "channel", "联系方式", "channel")
    reason = (reason or "").strip()
    if result is Outcome.DECLINED and not reason:
        raise ValidationError("请填写客户拒绝的原因。", "Give the reason the customer declined.",
                              field="reason")
    item = get_or_raise(s, CareItem, item_id, "关怀任务", "care item")
    check_version(item, expected_version, "关怀任务", "care item")
    if item.status not in WORKABLE:
        raise Conflict("该任务已处理过，请刷新列表。",
                       "This item was already worked; refresh the list.")
    if result is Outcome.BOOKED:
        _check_booking(s, item, booking_id)
    elif booking_id is not None:
        raise ValidationError("只有“已预约”才关联预约单。",
                              "Only a booked outcome links a booking.", field="booking_id")
    item.attempts += 1
    rule = rules_in(s, item.store_id)[item.kind]
    item.status = next_status(result, item.attempts, rule.max_attempts)
    if item.status != "open":
        item.closed_at = at
    if result is Outcome.BOOKED:
        item.booking_id = booking_id
    if result is Outcome.DECLINED and item.survey_id is not None:
        _decline_survey(s, item.survey_id, by_id, at)
    s.add(CareOutcome(item_id=item.id, outcome=result, channel=how, reason=reason,
                      booking_id=booking_id, by_id=by_id, at=at))
    s.flush()


def _decline_survey(s: Session, survey_id: int, by_id: int | None, at: datetime) -> None:
    """A survey item declined on the care desk declines its survey too (one list of them)."""
    survey = s.get(Survey, survey_id)
    if survey is not None and survey.status == SurveyStatus.DUE:
        survey.status, survey.answered_at, survey.answered_by_id = \
            SurveyStatus.DECLINED, at, by_id


def _check_booking(s: Session, item: CareItem, booking_id: int | None) -> None:
    if booking_id is None:
        raise ValidationError("“已预约”需要关联预约单。", "A booked outcome needs its booking.",
                              field="booking_id")
    booking = get_or_raise(s, Booking, booking_id, "预约", "booking", field="booking_id")
    if item.vehicle_id is not None and booking.vehicle_id != item.vehicle_id:
        raise ValidationError("该预约不是这辆车的。", "That booking is for another vehicle.",
                              field="booking_id")


@acting.needs(Permission.CARE_WORK)
def tell_in_person(db: Database, item_id: int, *, by_id: int | None = None,
                   now: datetime | None = None) -> CareRow:
    """Reception told the arriving customer in person: the item counts as invited."""
    at = now_utc(now)
    with db.session() as s:
        tell_in_person_in(s, item_id, by_id=by_id, now=at)
        return _row_by_id(s, item_id, at)


def tell_in_person_in(s: Session, item_id: int, *, by_id: int | None = None,
                      now: datetime | None = None) -> None:
    """`tell_in_person` inside the caller's session (reception's one-transaction use case)."""
    record_outcome_in(s, item_id, Outcome.INVITED, channel=Channel.IN_PERSON, by_id=by_id,
                      now=now)


def _row_by_id(s: Session, item_id: int, at: datetime) -> CareRow:
    _, statement = _columns()
    return _row(s.execute(statement.where(CareItem.id == item_id)).one(), store_today(at))


def customer_notices(session: Session, customer_id: int, today: date,
                     vehicle_id: int | None = None) -> tuple[DueNotice, ...]:
    """The open stored items due for one customer (and that vehicle or none), within two
    weeks, most pressing first, as the arrival card shows them; inside the caller's
    session (one indexed query, and the store's rules when something is due)."""
    rows = session.execute(notices_query(vehicle_id is not None, store_scope.current()),
                           notices_params(customer_id, today, vehicle_id)).all()
    if not rows:
        return ()
    return notices_of(rows, today, rules_in(session, rows[0].store_id))


def notices_params(customer_id: int, today: date, vehicle_id: int | None) -> dict:
    """The values `notices_query` is bound to."""
    return {"customer_id": customer_id, "vehicle_id": vehicle_id,
            "until": date.fromordinal(today.toordinal() + NOTICE_DAYS)}


def notices_of(rows, today: date, rules: dict[CareKind, Rule]) -> tuple[DueNotice, ...]:
    """The notices of `notices_query`'s rows (id, store_id, kind, due_date, occurrence), in
    their order, worded by the store's `rules`."""
    notices = []
    for ident, _store, kind, due, occurrence in rows:
        kind = CareKind(kind)
        days = (due - today).days
        if kind in (CareKind.INSURANCE_60, CareKind.INSURANCE_30):
            left = (date.fromisoformat(occurrence) - today).days
            zh, en = ((f"保险 {left} 天后到期", f"Insurance expires in {left} days") if left >= 0
                      else (f"保险已过期 {-left} 天", f"Insurance expired {-left} days ago"))
        else:
            zh, en = _when_zh(rules[kind].zh, days), _when_en(rules[kind].en, days)
        notices.append(DueNotice(str(kind), due, days, zh, en, item_id=ident))
    return tuple(notices)


@lru_cache(maxsize=64)
def notices_query(of_a_vehicle: bool, _scope: store_scope.Scope) -> Select:
    """`customer_notices`' query, built once per scope (the arrival path): the scope's
    items, bound as `notices_params` says, most pressing first, at most eight."""
    statement = select(CareItem.id, CareItem.store_id, CareItem.kind, CareItem.due_date,
                       CareItem.occurrence).join(
        Customer, Customer.id == CareItem.customer_id).where(
        CareItem.customer_id == bindparam("customer_id"), CareItem.status == "open",
        CareItem.due_date <= bindparam("until", type_=Date()),
        or_(~CareItem.marketing, Customer.consent_contact), in_scope(CareItem.store_id))
    if of_a_vehicle:
        statement = statement.where(or_(CareItem.vehicle_id.is_(None),
                                        CareItem.vehicle_id == bindparam("vehicle_id")))
    return statement.order_by(CareItem.due_date, CareItem.id).limit(8)


def _when_zh(what: str, days: int) -> str:
    if days < 0:
        return f"{what}：已逾期 {-days} 天"
    return f"{what}：今天" if days == 0 else f"{what}：{days} 天后"


def _when_en(what: str, days: int) -> str:
    if days < 0:
        return f"{what}: overdue by {-days} days"
    return f"{what}: today" if days == 0 else f"{what}: in {days} days"
