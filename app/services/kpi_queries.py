"""The SQL that counts each KPI, per store, on the database (GROUP BY store; no row is
loaded into Python). Each function takes an open session, a period and the stores to count
(None: every store) and returns {store_id: (numerator, denominator)}; `app.services.kpi`
adds them up by division and group. What each count means is `app.domain.kpi`'s.

Tables without `store_id` on main today: `visits` (arrivals, waiting customers: counted for
the whole database) and `bookings` (reached through their bay's store). `customers` are
counted through the store's work orders of the period.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Interval, and_, case, distinct, exists, func, literal, or_, select, text
from sqlalchemy.orm import Session, aliased

from app.domain import workflow
from app.domain.care_rules import SERVICE_REMINDERS, Outcome
from app.domain.complaint_sla import CONTACT_LIMIT, SOLUTION_LIMIT, ComplaintStatus
from app.domain.kpi import COMEBACK_DAYS, Period
from app.domain.leads import OrderStatus
from app.domain.satisfaction import SATISFIED_AT
from app.domain.store_time import STORE_TZ
from app.domain.survey_templates import STARS, TEN, SurveyStatus
from app.domain.test_drives import DriveStatus
from app.domain.workflow import WorkOrderStatus
from app.models import (
    Bay,
    Booking,
    BookingStatus,
    CareItem,
    CareOutcome,
    Complaint,
    Customer,
    QuoteStatus,
    RefreshmentOrder,
    ReplenishmentRequest,
    SalesOrder,
    Survey,
    SurveyAnswer,
    TestDrive,
    Visit,
    WorkOrder,
    WorkOrderLine,
    WorkOrderStatusChange,
)
from app.models.customer import record_incomplete
from app.models.quote import Quote
from app.models.work_order import LineKind
from app.services.refreshment_figures import costs_something

Counts = dict[int, tuple[Decimal, int]]
#: Approval turnaround's hours as reported; the daily figures keep more places.
HOURS_PLACES = Decimal("0.01")
S = WorkOrderStatus


def store_filter(column, stores: Collection[int] | None):
    """The WHERE clause of the stores counted (none: every store with an id)."""
    return column.in_(list(stores)) if stores is not None else column.is_not(None)


def _counts(rows) -> Counts:
    return {int(store): (Decimal(num or 0), int(den or 0)) for store, num, den in rows
            if store is not None}


def _hours(session: Session, later, earlier):
    """The hours between two timestamp columns, in the database's own arithmetic."""
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 24.0
    return func.extract("epoch", later - earlier) / 3600.0


def _plus_days(session: Session, column, days: int):
    """`column` moved by `days` days, in the database's own arithmetic."""
    if session.get_bind().dialect.name == "sqlite":
        return func.datetime(column, f"+{days} days")
    return column + literal(timedelta(days=days), Interval())


def store_day(session: Session, column):
    """The store's calendar date of a UTC timestamp column (for daily series)."""
    hours = int(STORE_TZ.utcoffset(None).total_seconds() // 3600)
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column, f"+{hours} hours")
    return func.date(func.timezone("UTC", column) + literal(timedelta(hours=hours), Interval()))


def without_jit(session: Session) -> None:
    """PostgreSQL's JIT compiles these short aggregates for longer than they run (2.4 s of
    3.4 s on the group's month): off for this transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))


def invitation_success(session: Session, period: Period, stores) -> Counts:
    """Care items booked ÷ items invited or booked, by their outcomes in the period."""
    found = (select(CareOutcome.item_id.label("item_id"), CareOutcome.outcome.label("outcome"))
             .where(CareOutcome.at >= period.start, CareOutcome.at < period.end,
                    CareOutcome.outcome.in_([Outcome.INVITED, Outcome.BOOKED])))
    if stores is not None and len(stores) == 1:
        # one store: its care items by the (store_id, …) index, joined to the outcomes
        rows = (found.add_columns(CareItem.store_id.label("store_id"))
                .join(CareItem, CareItem.id == CareOutcome.item_id)
                .where(store_filter(CareItem.store_id, stores)).subquery())
    else:
        # many stores: the period's outcomes first, each one's store by its item's primary
        # key (a hash of every care item of the group's history costs more); fenced twice so
        # that the lookup runs once per outcome
        outcomes = found.offset(0).subquery()
        store = (select(CareItem.store_id).where(CareItem.id == outcomes.c.item_id)
                 .correlate(outcomes).scalar_subquery())
        rows = select(store.label("store_id"), outcomes.c.item_id, outcomes.c.outcome) \
            .offset(0).subquery()
    booked = case((rows.c.outcome == Outcome.BOOKED, rows.c.item_id))
    return _counts(session.execute(
        select(rows.c.store_id, func.count(distinct(booked)), func.count(distinct(rows.c.item_id)))
        .where(store_filter(rows.c.store_id, stores)).group_by(rows.c.store_id)))


def reminder_conversion(session: Session, period: Period, stores) -> Counts:
    """Service reminders due in the period that ended booked ÷ those due."""
    return _counts(session.execute(
        select(CareItem.store_id,
               func.sum(case((CareItem.status == Outcome.BOOKED.value, 1), else_=0)),
               func.count())
        .where(store_filter(CareItem.store_id, stores), CareItem.due_date >= period.first,
               CareItem.due_date < period.after,
               CareItem.kind.in_([k.value for k in SERVICE_REMINDERS]))
        .group_by(CareItem.store_id)))


def _opened(period: Period, stores):
    return (store_filter(WorkOrder.store_id, stores), WorkOrder.opened_at >= period.start,
            WorkOrder.opened_at < period.end)


def booking_share(session: Session, period: Period, stores) -> Counts:
    """Work orders opened from a booking ÷ work orders opened in the period."""
    return _counts(session.execute(
        select(WorkOrder.store_id, func.count(WorkOrder.booking_id), func.count())
        .where(*_opened(period, stores)).group_by(WorkOrder.store_id)))


def approval_turnaround(session: Session, period: Period, stores,
                        places: Decimal = HOURS_PLACES) -> Counts:
    """Hours from an estimate sent (into awaiting approval, in the period) to the
    customer's answer (the next move out of it), summed (to `places`) ÷ estimates answered."""
    sent = (select(WorkOrder.store_id.label("store_id"),
                   WorkOrderStatusChange.work_order_id.label("work_order_id"),
                   WorkOrderStatusChange.at.label("sent_at"))
            .join(WorkOrder, WorkOrder.id == WorkOrderStatusChange.work_order_id)
            .where(store_filter(WorkOrder.store_id, stores),
                   WorkOrderStatusChange.to_status == S.AWAITING_APPROVAL,
                   WorkOrderStatusChange.at >= period.start, WorkOrderStatusChange.at < period.end)
            .offset(0)       # a fence: the store's estimates first, then each one's answer
            .subquery())
    answer = aliased(WorkOrderStatusChange)
    answered_at = (select(func.min(answer.at))
                   .where(answer.work_order_id == sent.c.work_order_id,
                          answer.from_status == S.AWAITING_APPROVAL, answer.at >= sent.c.sent_at)
                   .correlate(sent).scalar_subquery())
    pairs = (select(sent.c.store_id, sent.c.sent_at, answered_at.label("answered_at"))
             .offset(0)       # a fence: each answer looked up once (not again in the WHERE)
             .subquery())
    rows = session.execute(
        select(pairs.c.store_id, func.sum(_hours(session, pairs.c.answered_at, pairs.c.sent_at)),
               func.count())
        .where(pairs.c.answered_at.is_not(None)).group_by(pairs.c.store_id))
    return {int(store): (Decimal(str(hours)).quantize(places, ROUND_HALF_UP), int(n))
            for store, hours, n in rows if store is not None}


def _delivered(period: Period, stores):
    return (store_filter(WorkOrder.store_id, stores), WorkOrder.status == S.DELIVERED,
            WorkOrder.closed_at >= period.start, WorkOrder.closed_at < period.end)


def _changed_after_approval():
    """A line of the work order approved (or answered) after its repair began."""
    repair_began = (select(func.min(WorkOrderStatusChange.at))
                    .where(WorkOrderStatusChange.work_order_id == WorkOrder.id,
                           WorkOrderStatusChange.to_status == S.IN_REPAIR)
                    .correlate(WorkOrder).scalar_subquery())
    return exists().where(WorkOrderLine.work_order_id == WorkOrder.id,
                          WorkOrderLine.approved_at > repair_began).correlate(WorkOrder)


def _comeback(session: Session):
    """The same car opened again (not cancelled) within `COMEBACK_DAYS` of this work order's
    delivery, at any store of the group."""
    later = aliased(WorkOrder)
    return exists().where(later.vehicle_id == WorkOrder.vehicle_id, later.id != WorkOrder.id,
                          later.status != S.CANCELLED,
                          later.opened_at > WorkOrder.closed_at,
                          later.opened_at <= _plus_days(session, WorkOrder.closed_at,
                                                        COMEBACK_DAYS)).correlate(WorkOrder)


def work_order_quality(session: Session, period: Period, stores) -> dict[str, Counts]:
    """Per store, of the work orders delivered in the period: how many had a line changed
    after approval, how many came back, how many had neither (each work order's two facts
    worked out once, then counted)."""
    flags = (select(WorkOrder.store_id.label("store_id"),
                    case((_changed_after_approval(), 1), else_=0).label("changed"),
                    case((_comeback(session), 1), else_=0).label("back"))
             .where(*_delivered(period, stores))
             .offset(0)           # a fence: PostgreSQL would inline it, each fact twice
             .subquery())
    rows = session.execute(
        select(flags.c.store_id, func.count(), func.sum(flags.c.changed), func.sum(flags.c.back),
               func.sum(case((and_(flags.c.changed == 0, flags.c.back == 0), 1), else_=0)))
        .group_by(flags.c.store_id)).all()
    out: dict[str, Counts] = {"work_order_accuracy": {}, "lines_changed_after_approval": {},
                              "comebacks": {}}
    for store, delivered, n_changed, n_back, clean in rows:
        if store is None:
            continue
        out["work_order_accuracy"][store] = (Decimal(clean or 0), int(delivered))
        out["lines_changed_after_approval"][store] = (Decimal(n_changed or 0), int(delivered))
        out["comebacks"][store] = (Decimal(n_back or 0), int(delivered))
    return out


def satisfaction(session: Session, period: Period, stores) -> Counts:
    """Satisfied answers ÷ answers of the surveys answered in the period."""
    score, high = SurveyAnswer.score, SurveyAnswer.scale_high
    satisfied = case((and_(high == TEN.high, score >= SATISFIED_AT[TEN]), 1),
                     (and_(high == STARS.high, score >= SATISFIED_AT[STARS]), 1), else_=0)
    return _counts(session.execute(
        select(Survey.store_id, func.sum(satisfied), func.count())
        .join(Survey, Survey.id == SurveyAnswer.survey_id)
        .where(store_filter(Survey.store_id, stores), Survey.status == SurveyStatus.ANSWERED,
               Survey.answered_at >= period.start, Survey.answered_at < period.end)
        .group_by(Survey.store_id)))


def data_completeness(session: Session, period: Period, stores) -> Counts:
    """Customers with a complete record ÷ customers with a work order in the period (the
    condition of `app.domain.kpi.is_complete`, in SQL): the customers less those whose
    record is incomplete (`app.models.customer.record_incomplete`)."""
    pairs = (select(WorkOrder.store_id.label("store_id"),
                    WorkOrder.customer_id.label("customer_id"))
             .where(*_opened(period, stores), WorkOrder.customer_id.is_not(None))
             .distinct()
             .offset(0)        # a fence: the period's customers first, then each one's record
             .subquery())
    # each customer looked up in the partial index of incomplete records (customer_id is a
    # foreign key: every one has a record)
    lacking = exists().where(Customer.id == pairs.c.customer_id,
                             record_incomplete()).correlate(pairs)
    return _counts(session.execute(
        select(pairs.c.store_id, func.count() - func.sum(case((lacking, 1), else_=0)),
               func.count())
        .group_by(pairs.c.store_id)))


def quote_orders(session: Session, period: Period, stores) -> dict[tuple[int, int | None],
                                                                   tuple[Decimal, int]]:
    """Quote → order conversion per (store, consultant): quote numbers made in the period
    (any revision not a draft) of which a revision became a sales order (订单) not
    cancelled, whenever it was ordered ÷ the quote numbers given.

    The one place that says what an order is (`app.domain.kpi`'s `quote_conversion`).
    """
    revision = aliased(Quote)
    became_order = exists().where(
        revision.store_id == Quote.store_id, revision.number == Quote.number,
        SalesOrder.quote_id == revision.id, SalesOrder.status != OrderStatus.CANCELLED,
    ).correlate(Quote)
    ordered = case((became_order, Quote.number))
    rows = session.execute(
        select(Quote.store_id, Quote.consultant_id, func.count(distinct(ordered)),
               func.count(distinct(Quote.number)))
        .where(store_filter(Quote.store_id, stores), Quote.status != QuoteStatus.DRAFT,
               Quote.created_at >= period.start, Quote.created_at < period.end)
        .group_by(Quote.store_id, Quote.consultant_id))
    return {(int(store), consultant): (Decimal(num), int(den))
            for store, consultant, num, den in rows}


def parts_fill_rate(session: Session, period: Period, stores) -> Counts:
    """Part lines of the period's work orders with no replenishment request (served from
    stock) ÷ part lines."""
    short = exists().where(ReplenishmentRequest.work_order_id == WorkOrder.id,
                           ReplenishmentRequest.part_id == WorkOrderLine.part_id
                           ).correlate(WorkOrder, WorkOrderLine)
    return _counts(session.execute(
        select(WorkOrder.store_id, func.sum(case((short, 0), else_=1)), func.count())
        .join(WorkOrderLine, WorkOrderLine.work_order_id == WorkOrder.id)
        .where(*_opened(period, stores), WorkOrderLine.kind == LineKind.PART)
        .group_by(WorkOrder.store_id)))


def additive_counts(session: Session, period: Period, stores,
                    hours_places: Decimal = HOURS_PLACES) -> dict[str, Counts]:
    """The counts of `app.domain.kpi.DAILY_KPIS` (those a period's days add up to)."""
    return {"booking_share": booking_share(session, period, stores),
            "approval_turnaround": approval_turnaround(session, period, stores, hours_places),
            **work_order_quality(session, period, stores),
            "satisfaction": satisfaction(session, period, stores),
            "parts_fill_rate": parts_fill_rate(session, period, stores)}


def test_drive_conversion(session: Session, period: Period, stores) -> Counts:
    """Test drives started in the period and back, after which the customer ordered a car
    at the store (a sales order not cancelled, made since the drive) ÷ those test drives."""
    ordered = exists().where(SalesOrder.customer_id == TestDrive.customer_id,
                             SalesOrder.store_id == TestDrive.store_id,
                             SalesOrder.created_at >= TestDrive.start_at,
                             SalesOrder.status != OrderStatus.CANCELLED).correlate(TestDrive)
    return _counts(session.execute(
        select(TestDrive.store_id, func.sum(case((ordered, 1), else_=0)), func.count())
        .where(store_filter(TestDrive.store_id, stores), TestDrive.status == DriveStatus.RETURNED,
               TestDrive.start_at >= period.start, TestDrive.start_at < period.end)
        .group_by(TestDrive.store_id)))


def refreshment_cost(session: Session, period: Period, stores) -> Counts:
    """Refreshments ordered for a visit in the period (not cancelled) at menu prices, in
    yuan ÷ the visits they were ordered for."""
    o = RefreshmentOrder
    return _counts(session.execute(
        select(o.store_id, func.sum(o.worth), func.count(distinct(o.visit_id)))
        .where(store_filter(o.store_id, stores), costs_something(), o.visit_id.is_not(None),
               o.ordered_at >= period.start, o.ordered_at < period.end)
        .group_by(o.store_id)))


def daily_work_orders(session: Session, period: Period, stores):
    """(store day, work orders opened, of them from a booking) for each day with any."""
    day = store_day(session, WorkOrder.opened_at).label("day")
    return session.execute(
        select(day, func.count(), func.count(WorkOrder.booking_id))
        .where(*_opened(period, stores)).group_by(day).order_by(day)).all()


def today_counts(session: Session, store_id: int, start: datetime, end: datetime,
                 now: datetime) -> dict[str, int]:
    """Today's counts of one store (see `app.domain.kpi.TODAY_FIGURES`)."""
    arrivals = session.scalar(select(func.count()).select_from(Visit).where(
        Visit.arrived_at >= start, Visit.arrived_at < end)) or 0
    waiting_since = session.scalar(select(func.min(Visit.arrived_at)).where(
        Visit.arrived_at >= start, Visit.arrived_at < end, Visit.handed_over_at.is_(None)))
    waiting = session.scalar(select(func.count()).select_from(Visit).where(
        Visit.arrived_at >= start, Visit.arrived_at < end, Visit.handed_over_at.is_(None))) or 0
    expected, arrived = session.execute(
        select(func.count(), func.sum(case((Booking.status.in_(
            [BookingStatus.CHECKED_IN, BookingStatus.COMPLETED]), 1), else_=0)))
        .join(Bay, Bay.id == Booking.bay_id)
        .where(Bay.store_id == store_id, Booking.slot_start >= start, Booking.slot_start < end,
               Booking.status != BookingStatus.CANCELLED)).one()
    overdue_updates = session.scalar(select(func.count()).select_from(WorkOrder).where(
        WorkOrder.store_id == store_id, WorkOrder.status.in_(workflow.IN_SHOP),
        func.coalesce(WorkOrder.last_progress_at, WorkOrder.opened_at)
        <= now - workflow.PROGRESS_INTERVAL)) or 0
    open_complaints, overdue = session.execute(
        select(func.count(), func.sum(case((_complaint_overdue(now), 1), else_=0)))
        .where(Complaint.store_id == store_id,
               Complaint.status != ComplaintStatus.CLOSED)).one()
    longest = 0 if waiting_since is None else max(
        0, int((now - waiting_since).total_seconds() // 60))
    return {"arrivals": int(arrivals), "expected": int(expected or 0),
            "expected_arrived": int(arrived or 0), "waiting": int(waiting),
            "longest_wait_min": longest, "overdue_updates": int(overdue_updates),
            "open_complaints": int(open_complaints or 0), "complaints_overdue": int(overdue or 0)}


def _complaint_overdue(now: datetime):
    """A complaint past a deadline of its current round (`app.domain.complaint_sla`)."""
    contact = [and_(Complaint.grade == grade, Complaint.contacted_at.is_(None),
                    Complaint.round_started_at <= now - limit)
               for grade, limit in CONTACT_LIMIT.items()]
    solution = and_(Complaint.proposed_at.is_(None),
                    Complaint.round_started_at <= now - SOLUTION_LIMIT)
    return or_(*contact, solution)


def in_shop_by_status(session: Session, store_id: int) -> dict[str, int]:
    """Cars on site now, by work-order status."""
    return {str(status): int(n) for status, n in session.execute(
        select(WorkOrder.status, func.count())
        .where(WorkOrder.store_id == store_id, WorkOrder.status.in_(workflow.ON_SITE))
        .group_by(WorkOrder.status))}

