"""Complaints: receiving them, their steps with who and when, SLA clocks and escalation.

Every step is timestamped and names who took it. `sla_tick` is the clock's tick: complaints
whose deadlines have passed are escalated to the store's manager by themselves. The desk's
shell ticks it on a timer whatever page is shown, `main.py voice escalate` ticks it headless
(a server or gate PC), and the complaints page ticks it each time it loads.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.complaint_sla import (
    NEXT_STEPS,
    STEP_STATUS,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintGrade,
    ComplaintStatus,
    ComplaintStep,
    SlaClock,
    SlaState,
    sla_clock,
)
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import (
    Complaint,
    ComplaintStepRecord,
    Customer,
    Quote,
    Staff,
    StaffRole,
    Vehicle,
    WorkOrder,
)
from app.services import working_days
from app.services.arrival_card import ComplaintBrief
from app.services.common import (
    check_version,
    get_or_raise,
    mask_mobile,
    now_utc,
    parse_choice,
    stale_guard,
)
from app.services.scoping import in_scope_or_unowned

#: Statuses still owing something to the customer (an accepted solution awaits closing only).
OPEN_STATUSES = (ComplaintStatus.OPEN, ComplaintStatus.CONTACTED, ComplaintStatus.PROPOSED,
                 ComplaintStatus.ACCEPTED)


@dataclass(frozen=True)
class ComplaintRow:
    """One complaint as the complaints page and the customer window list it."""

    id: int
    version: int
    customer_id: int
    customer_name: str
    mobile_masked: str
    plate: str
    work_order_number: str
    category: str
    grade: str
    channel: str
    status: str
    words: str
    owner_id: int | None
    owner_name: str
    received_at: datetime
    age: timedelta
    clock: SlaClock
    escalation_level: int
    reopen_count: int
    survey_id: int | None
    #: The sale (quote or order) it concerns, if any.
    quote_number: str = ""

    @property
    def sla_state(self) -> str:
        """on_time, due_soon, overdue, or done."""
        return str(self.clock.state)

    @property
    def next_steps(self) -> tuple[str, ...]:
        """The steps that may be taken now (the page's buttons)."""
        return tuple(str(s) for s in NEXT_STEPS[ComplaintStatus(self.status)])


@dataclass(frozen=True)
class StepRow:
    """One step of a complaint's history."""

    step: str
    at: datetime
    by_name: str
    note: str


@dataclass(frozen=True)
class ComplaintDetail:
    """A complaint with its history."""

    row: ComplaintRow
    steps: tuple[StepRow, ...]


@dataclass(frozen=True)
class Subject:
    """Something a complaint may concern: a vehicle (`label` its plate), a work order or a
    sale (`label` its number); `status` is its status code ('' for a vehicle)."""

    id: int
    label: str
    detail: str
    status: str
    vehicle_id: int | None
    at: datetime | None = None


@dataclass(frozen=True)
class ComplaintSubjects:
    """The customer's vehicles, work orders and sales (quotes and orders), newest first:
    the hand-entered complaint's pickers."""

    vehicles: tuple[Subject, ...]
    work_orders: tuple[Subject, ...]
    sales: tuple[Subject, ...]


@dataclass(frozen=True)
class ComplaintsPage:
    """What the complaints page shows: the rows and how many are in each SLA state."""

    rows: tuple[ComplaintRow, ...]
    counts: dict[str, int]
    escalated_now: int


@acting.needs(Permission.COMPLAINT_WORK)
def open_complaint(db: Database, *, customer_id: int, category: str, words: str,
                   grade: str = ComplaintGrade.ORDINARY, channel: str = ComplaintChannel.PHONE,
                   by_id: int | None = None, store_id: int | None = None,
                   vehicle_id: int | None = None, work_order_id: int | None = None,
                   quote_id: int | None = None, owner_id: int | None = None,
                   now: datetime | None = None) -> int:
    """Record a complaint as received; returns its id."""
    with db.session() as session:
        return receive(session, customer_id=customer_id, category=category, words=words,
                       grade=grade, channel=channel, by_id=by_id, store_id=store_id,
                       vehicle_id=vehicle_id, work_order_id=work_order_id, quote_id=quote_id,
                       owner_id=owner_id, now=now).id


@acting.needs(Permission.COMPLAINT_WORK)
def complaint_subjects(db: Database, customer_id: int, *, limit: int = 30) -> ComplaintSubjects:
    """What a complaint of the customer may concern, for the complaint dialog's pickers."""
    with db.session() as session:
        get_or_raise(session, Customer, customer_id, "客户", "customer", field="customer")
        cars = tuple(Subject(i, plate, " ".join(p for p in (brand, model) if p), "", i)
                     for i, plate, brand, model in session.execute(
                         select(Vehicle.id, Vehicle.plate, Vehicle.brand, Vehicle.model)
                         .where(Vehicle.owner_id == customer_id).order_by(Vehicle.id.desc())))
        orders = tuple(Subject(i, number, plate or "", str(status), vid, opened)
                       for i, number, plate, status, vid, opened in session.execute(
                           select(WorkOrder.id, WorkOrder.number, Vehicle.plate, WorkOrder.status,
                                  WorkOrder.vehicle_id, WorkOrder.opened_at)
                           .outerjoin(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
                           .where(WorkOrder.customer_id == customer_id)
                           .order_by(WorkOrder.opened_at.desc()).limit(limit)))
        sales = tuple(Subject(i, f"{number}-{revision}" if revision > 1 else number,
                              " ".join(p for p in (brand, model) if p), str(status), None, made)
                      for i, number, revision, brand, model, status, made in session.execute(
                          select(Quote.id, Quote.number, Quote.revision, Quote.brand, Quote.model,
                                 Quote.status, Quote.created_at)
                          .where(Quote.customer_id == customer_id)
                          .order_by(Quote.created_at.desc(), Quote.id.desc()).limit(limit)))
    return ComplaintSubjects(cars, orders, sales)


def _check_subjects(session: Session, customer_id: int, vehicle_id: int | None,
                    work_order_id: int | None, quote_id: int | None) -> int | None:
    """Refuse a vehicle, work order or sale of another customer; returns the vehicle (the
    work order's when none was chosen)."""
    if vehicle_id is not None:
        car = get_or_raise(session, Vehicle, vehicle_id, "车辆", "vehicle", field="vehicle")
        if car.owner_id != customer_id:
            raise ValidationError("该车辆不属于这位客户。", "That vehicle is not this customer's.",
                                  field="vehicle")
    if work_order_id is not None:
        order = get_or_raise(session, WorkOrder, work_order_id, "工单", "work order",
                             field="work_order")
        if order.customer_id != customer_id:
            raise ValidationError("该工单不是这位客户的。", "That work order is not this customer's.",
                                  field="work_order")
        if vehicle_id is not None and order.vehicle_id != vehicle_id:
            raise ValidationError("该工单不是所选车辆的。", "That work order is for another vehicle.",
                                  field="work_order")
        vehicle_id = order.vehicle_id
    if quote_id is not None:
        quote = get_or_raise(session, Quote, quote_id, "报价单", "quote", field="quote")
        if quote.customer_id != customer_id:
            raise ValidationError("该报价/订单不是这位客户的。", "That sale is not this customer's.",
                                  field="quote")
    return vehicle_id


def receive(session: Session, *, customer_id: int, category: str, words: str,
            grade: str = ComplaintGrade.ORDINARY, channel: str = ComplaintChannel.PHONE,
            by_id: int | None = None, store_id: int | None = None, vehicle_id: int | None = None,
            work_order_id: int | None = None, quote_id: int | None = None,
            survey_id: int | None = None, owner_id: int | None = None,
            now: datetime | None = None) -> Complaint:
    """Add a received complaint in `session` (shared with the survey that opens one)."""
    if not words or not words.strip():
        raise ValidationError("请记录客户的原话。", "Record the customer's own words.",
                              field="words")
    category = parse_choice(ComplaintCategory, category, "category", "投诉类别", "category")
    grade = parse_choice(ComplaintGrade, grade, "grade", "投诉等级", "grade")
    channel = parse_choice(ComplaintChannel, channel, "channel", "投诉渠道", "channel")
    customer = get_or_raise(session, Customer, customer_id, "客户", "customer", field="customer")
    vehicle_id = _check_subjects(session, customer.id, vehicle_id, work_order_id, quote_id)
    at = now_utc(now)
    complaint = Complaint(
        store_id=store_id, customer_id=customer.id, vehicle_id=vehicle_id,
        work_order_id=work_order_id, quote_id=quote_id, survey_id=survey_id, channel=channel,
        category=category, grade=grade, status=ComplaintStatus.OPEN, summary=words.strip(),
        owner_id=owner_id if owner_id is not None else by_id, created_at=at, round_started_at=at)
    session.add(complaint)
    session.flush()
    session.add(ComplaintStepRecord(complaint_id=complaint.id, step=ComplaintStep.RECEIVED, at=at,
                                    by_id=by_id, note=""))
    return complaint


@acting.needs(Permission.COMPLAINT_WORK)
def take_step(db: Database, complaint_id: int, step: str, *, by_id: int, note: str = "",
              expected_version: int | None = None, now: datetime | None = None) -> ComplaintRow:
    """Take `step` on the complaint as `by_id`; returns the complaint as it now stands."""
    step = parse_choice(ComplaintStep, step, "step", "步骤", "step")
    at = now_utc(now)
    with db.session() as session, stale_guard("投诉", "complaint"):
        complaint = get_or_raise(session, Complaint, complaint_id, "投诉", "complaint")
        check_version(complaint, expected_version, "投诉", "complaint")
        staff = get_or_raise(session, Staff, by_id, "员工", "member of staff", field="by")
        if step not in NEXT_STEPS[complaint.status]:
            raise Conflict(f"投诉当前为「{complaint.status}」，不能执行「{step}」。",
                           f"The complaint is {complaint.status}; it cannot be {step} now.")
        if (step == ComplaintStep.CONTACTED and complaint.grade == ComplaintGrade.MAJOR
                and staff.role != StaffRole.MANAGER):
            raise Conflict("重大投诉须由经理接手联系客户。",
                           "A major complaint is taken by a manager.", field="by")
        _apply(session, complaint, step, staff, at)
        session.add(ComplaintStepRecord(complaint_id=complaint.id, step=step, at=at,
                                        by_id=staff.id, note=note.strip()))
        session.flush()
        return _rows(session, [complaint.id], at)[0]


def _apply(session: Session, complaint: Complaint, step: ComplaintStep, staff: Staff,
           at: datetime) -> None:
    if step == ComplaintStep.CONTACTED:
        complaint.contacted_at = at
        complaint.first_contacted_at = complaint.first_contacted_at or at
        complaint.owner_id = complaint.owner_id or staff.id
    elif step == ComplaintStep.PROPOSED:
        complaint.proposed_at = at
        complaint.first_proposed_at = complaint.first_proposed_at or at
    elif step == ComplaintStep.ACCEPTED:
        complaint.accepted_at = at
    elif step == ComplaintStep.CLOSED:
        complaint.closed_at = at
    elif step == ComplaintStep.ESCALATED:
        _escalate(session, complaint, complaint.escalation_level + 1, at, staff)
    elif step == ComplaintStep.REOPENED:
        complaint.round_started_at = at
        complaint.contacted_at = complaint.proposed_at = None
        complaint.accepted_at = complaint.closed_at = None
        complaint.escalation_level = 0
        complaint.reopen_count += 1
    if step in STEP_STATUS:
        complaint.status = STEP_STATUS[step]


def _escalate(session: Session, complaint: Complaint, level: int, at: datetime,
              by: Staff | None) -> None:
    """Raise the escalation level and hand the complaint to the store's manager."""
    complaint.escalation_level = level
    complaint.escalated_at = at
    manager = _manager_id(session, complaint.store_id)
    if manager is not None and (by is None or by.role != StaffRole.MANAGER):
        complaint.owner_id = manager
    elif by is not None:
        complaint.owner_id = by.id


def _manager_id(session: Session, store_id: int | None) -> int | None:
    query = select(Staff.id).where(Staff.role == StaffRole.MANAGER, Staff.active.is_(True))
    if store_id is not None:
        query = query.where(Staff.store_id == store_id)
    return session.scalars(query.order_by(Staff.id).limit(1)).first()


def escalate_overdue(session: Session, rows: list[tuple[object, SlaClock]],
                     at: datetime) -> int:
    """Escalate every complaint that missed more deadlines than its level; how many did.

    Each is one conditional UPDATE, so two desks ticking at once escalate it only once.
    """
    count = 0
    for complaint, clock in rows:
        if clock.missed <= complaint.escalation_level:
            continue
        values = dict(escalation_level=clock.missed, escalated_at=at,
                      version_id=Complaint.version_id + 1)
        manager = _manager_id(session, complaint.store_id)
        if manager is not None:
            values["owner_id"] = manager
        done = session.execute(
            update(Complaint).where(Complaint.id == complaint.id,
                                    Complaint.escalation_level < clock.missed)
            .values(**values).execution_options(synchronize_session=False))
        if done.rowcount:
            session.add(ComplaintStepRecord(complaint_id=complaint.id,
                                            step=ComplaintStep.ESCALATED, at=at, by_id=None,
                                            note="auto"))
            count += 1
    if count:
        session.flush()
        session.expire_all()
    return count


@dataclass(frozen=True)
class SlaTick:
    """One tick of the SLA clock: how many complaints it escalated and the overdue ones."""

    escalated_now: int
    overdue: tuple[ComplaintRow, ...]

    def flagged_for(self, actor: acting.Actor | None) -> tuple[ComplaintRow, ...]:
        """The overdue complaints to flag on `actor`'s desk: every one for a manager, else
        those whose current step they own (none for nobody or a headless job)."""
        if actor is None or actor.system:
            return ()
        if actor.role == StaffRole.MANAGER:
            return self.overdue
        return tuple(r for r in self.overdue
                     if actor.staff_id is not None and r.owner_id == actor.staff_id)

    def as_json(self) -> dict:
        """`{"escalated": n, "overdue": [{id, customer, category, step, due_at, owner,
        escalation_level}]}` for `main.py voice escalate --json`."""
        return {"escalated": self.escalated_now, "overdue": [
            {"id": r.id, "customer": r.customer_name, "category": r.category,
             "step": str(r.clock.step), "due_at": r.clock.due_at.isoformat(),
             "owner": r.owner_name, "escalation_level": r.escalation_level}
            for r in self.overdue]}


@acting.open_to_signed_in
def sla_tick(db: Database, *, store_id: int | None = None,
             now: datetime | None = None) -> SlaTick:
    """Escalate the open complaints (of one store, or all) that missed a deadline; returns
    how many escalated now and every overdue one with who owns it now."""
    at = now_utc(now)
    with db.session() as session:
        rows, escalated = _open_rows(session, store_id, at)
    return SlaTick(escalated, tuple(r for r in rows if r.clock.state == SlaState.OVERDUE))


def _open_rows(session: Session, store_id: int | None,
               at: datetime) -> tuple[list[ComplaintRow], int]:
    """The open complaints with their clocks, after escalating the overdue ones."""
    query = _row_query().where(Complaint.status.in_(OPEN_STATUSES))
    if store_id is not None:
        query = query.where(Complaint.store_id == store_id)
    calendars = working_days.around(session, at)
    clocked = [(r, _clock(r, at, calendars)) for r in session.execute(query)]
    escalated = escalate_overdue(session, clocked, at)
    if escalated:
        clocked = [(r, _clock(r, at, calendars)) for r in session.execute(query)]
    return [_to_row(r, at, calendars, clock) for r, clock in clocked], escalated


@acting.needs(Permission.COMPLAINT_WORK)
def complaints_page(db: Database, *, store_id: int | None = None, state: str | None = None,
                    category: str | None = None, grade: str | None = None,
                    owner_id: int | None = None, include_closed: bool = False,
                    now: datetime | None = None) -> ComplaintsPage:
    """The complaints desk: open ones (optionally closed too) with their clocks, filtered.

    Escalates overdue complaints first, so the page always shows who owns them now.
    """
    at = now_utc(now)
    with db.session() as session:
        rows, escalated = _open_rows(session, store_id, at)
        if include_closed and state is None:
            closed = _row_query().where(Complaint.status == ComplaintStatus.CLOSED)
            if store_id is not None:
                closed = closed.where(Complaint.store_id == store_id)
            calendars = working_days.around(session, at)
            rows += [_to_row(r, at, calendars) for r in session.execute(
                closed.order_by(Complaint.id.desc()).limit(200))]
    counts = Counter(r.sla_state for r in rows if r.status != ComplaintStatus.CLOSED)
    rows = [r for r in rows if (state is None or r.sla_state == state)
            and (category is None or r.category == category)
            and (grade is None or r.grade == grade)
            and (owner_id is None or r.owner_id == owner_id)]
    order = {SlaState.OVERDUE: 0, SlaState.DUE_SOON: 1, SlaState.ON_TIME: 2, SlaState.DONE: 3}
    rows.sort(key=lambda r: (r.status == ComplaintStatus.CLOSED, order[r.clock.state],
                             r.clock.due_at or r.received_at))
    return ComplaintsPage(tuple(rows), dict(counts), escalated)


@acting.needs(Permission.CUSTOMER_VIEW)
def customer_complaints(db: Database, customer_id: int, *,
                        now: datetime | None = None) -> list[ComplaintRow]:
    """Every complaint of the customer, newest first."""
    at = now_utc(now)
    with db.session() as session:
        ids = session.scalars(select(Complaint.id).where(Complaint.customer_id == customer_id)
                              .order_by(Complaint.created_at.desc())).all()
        return _rows(session, list(ids), at)


@acting.needs(Permission.COMPLAINT_WORK)
def complaint_detail(db: Database, complaint_id: int, *,
                     now: datetime | None = None) -> ComplaintDetail:
    """The complaint and each of its steps with who took it."""
    at = now_utc(now)
    with db.session() as session:
        get_or_raise(session, Complaint, complaint_id, "投诉", "complaint")
        row = _rows(session, [complaint_id], at)[0]
        steps = session.execute(
            select(ComplaintStepRecord.step, ComplaintStepRecord.at, Staff.name,
                   ComplaintStepRecord.note)
            .outerjoin(Staff, Staff.id == ComplaintStepRecord.by_id)
            .where(ComplaintStepRecord.complaint_id == complaint_id)
            .order_by(ComplaintStepRecord.at, ComplaintStepRecord.id)).all()
    return ComplaintDetail(row, tuple(StepRow(str(s), a, n or "", note) for s, a, n, note in steps))


def open_brief(session: Session, customer_id: int, now: datetime) -> ComplaintBrief | None:
    """The customer's oldest open complaint for the arrival card, or None."""
    row = session.execute(
        select(Complaint, Staff.name).outerjoin(Staff, Staff.id == Complaint.owner_id)
        .where(Complaint.customer_id == customer_id, Complaint.status.in_(OPEN_STATUSES),
               in_scope_or_unowned(Complaint.store_id))
        .order_by(Complaint.created_at).limit(1)).first()
    if row is None:
        return None
    complaint, owner = row
    return ComplaintBrief(complaint.id, str(complaint.category), str(complaint.grade),
                          str(complaint.status), complaint.created_at,
                          now - complaint.created_at, owner or "",
                          str(_clock(complaint, now, working_days.around(session, now)).state))


def _clock(complaint: Complaint, at: datetime,
           calendars: working_days.StoreCalendars) -> SlaClock:
    """The complaint's clock, counting only its store's working days."""
    calendar = calendars(complaint.store_id)
    if complaint.status in (ComplaintStatus.ACCEPTED, ComplaintStatus.CLOSED):
        return sla_clock(complaint.grade, complaint.round_started_at, complaint.contacted_at or at,
                         complaint.proposed_at or at, at, calendar)
    return sla_clock(complaint.grade, complaint.round_started_at, complaint.contacted_at,
                     complaint.proposed_at, at, calendar)


#: The complaint's own columns a row needs (its clock, its escalation and what it shows).
_ROW_COLUMNS = ("id", "store_id", "customer_id", "survey_id", "channel", "category", "grade",
                "status", "summary", "owner_id", "created_at", "round_started_at",
                "contacted_at", "proposed_at", "escalation_level", "reopen_count", "version_id")


def _name_of(column, key: object):
    """The one name (plate, number) of the row that `key` points to, as a correlated
    look-up by primary key: cheaper than an outer join over the whole table (PostgreSQL
    hashed all work orders for the page's few hundred complaints)."""
    return select(column).where(column.class_.id == key).scalar_subquery()


def _row_query():
    """Plain columns (no ORM objects: the page lists hundreds) of complaints with names."""
    table = Complaint.__table__.c
    return (select(*(table[name] for name in _ROW_COLUMNS),
                   Customer.name.label("customer_name"), Customer.mobile.label("customer_mobile"),
                   _name_of(Vehicle.plate, Complaint.vehicle_id).label("plate"),
                   _name_of(WorkOrder.number, Complaint.work_order_id).label("work_order_number"),
                   _name_of(Staff.name, Complaint.owner_id).label("owner_name"),
                   _name_of(Quote.number, Complaint.quote_id).label("quote_number"))
            .join(Customer, Customer.id == Complaint.customer_id))


def _to_row(c, at: datetime, calendars: working_days.StoreCalendars,
            clock: SlaClock | None = None) -> ComplaintRow:
    return ComplaintRow(
        c.id, c.version_id, c.customer_id, c.customer_name, mask_mobile(c.customer_mobile),
        c.plate or "", c.work_order_number or "", str(c.category), str(c.grade), str(c.channel),
        str(c.status), c.summary, c.owner_id, c.owner_name or "", c.created_at,
        at - c.created_at, clock or _clock(c, at, calendars), c.escalation_level,
        c.reopen_count, c.survey_id, c.quote_number or "")


def _rows(session: Session, ids: list[int], at: datetime) -> list[ComplaintRow]:
    """The listed complaints in the given order."""
    found, calendars = {}, working_days.around(session, at)
    for chunk in range(0, len(ids), 500):
        for row in session.execute(_row_query().where(Complaint.id.in_(ids[chunk:chunk + 500]))):
            found[row.id] = _to_row(row, at, calendars)
    return [found[i] for i in ids if i in found]
