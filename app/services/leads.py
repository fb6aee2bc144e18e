"""The sales pipeline (潜客/商机): register a lead, move it through the stages, mark it lost,
attach a quote, follow-up tasks, and the consultant's board. The rules are
`app.domain.leads`'; orders and delivery are `app.services.sales_orders`'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.leads import (
    OPEN_STAGES,
    Stage,
    StageRefused,
    Timing,
    allowed_moves,
    check_lost,
    check_move,
    is_open,
)
from app.domain.roles import Permission
from app.errors import Conflict, NotFound, ValidationError
from app.models import (
    CatalogueVehicle,
    Customer,
    CustomerKind,
    CustomerSource,
    LeadTask,
    Opportunity,
    OpportunityStageChange,
    Quote,
    Staff,
    StaffRole,
)
from app.services import audit
from app.services.common import (
    active_staff_id,
    check_version,
    get_or_raise,
    mask_mobile,
    now_utc,
    parse_choice,
    stale_guard,
)
from app.services.customers import create_customer_in, validate_mobile

_WHAT = ("商机", "lead")
_TASK = ("跟进任务", "follow-up")
#: The board shows at most this many leads (the newest moves first); a filter narrows it.
BOARD_LIMIT = 400


@dataclass(frozen=True)
class LeadCard:
    """A lead as the pipeline board shows it."""

    id: int
    customer_id: int
    customer_name: str
    mobile_masked: str
    consultant_id: int | None
    consultant_name: str
    source: str
    interest: str
    budget: Decimal | None
    timing: str
    stage: str
    quote_id: int | None
    next_due: datetime | None
    overdue: bool
    version: int


@dataclass(frozen=True)
class TaskRecord:
    """A follow-up task; `overdue` when open past its due time."""

    id: int
    opportunity_id: int
    title: str
    due_at: datetime
    done_at: datetime | None
    overdue: bool


@dataclass(frozen=True)
class LeadDetail:
    """A lead with its follow-ups and the moves a consultant may make now."""

    card: LeadCard
    lost_reason: str | None
    lost_note: str
    notes: str
    tasks: tuple[TaskRecord, ...]
    moves: tuple[str, ...]


@dataclass(frozen=True)
class LeadForm:
    """What the desk's lead form (or reception) fills in; `budget` as typed."""

    name: str
    mobile: str
    source: str = CustomerSource.WALK_IN.value
    consultant_id: int | None = None
    catalogue_vehicle_id: int | None = None
    interest: str = ""
    budget: str | Decimal | None = None
    timing: str = ""
    notes: str = ""
    referrer_id: int | None = None
    salutation: str = ""
    #: The referring customer's mobile, as typed at the desk (a referral lead).
    referrer_mobile: str = ""


# --- registering --------------------------------------------------------------------------


@acting.needs(Permission.LEAD_CREATE)
def register_lead(db: Database, form: LeadForm, *, store_id: int, who: str = "",
                  now: datetime | None = None) -> LeadCard:
    """Register a lead at the desk: the customer found by mobile (or a new prospect), then a
    new opportunity. Nothing is stored when any field is wrong."""
    mobile = validate_mobile(form.mobile)
    if mobile is None:
        raise ValidationError("请输入客户手机号。", "Enter the customer's mobile number.",
                              field="mobile")
    with db.session() as s:
        customer = s.scalar(select(Customer).where(Customer.mobile == mobile).limit(1))
        if customer is None:
            if not form.name.strip():
                raise ValidationError("请输入客户姓名。", "Enter the customer's name.",
                                      field="name")
            customer = create_customer_in(
                s, name=form.name.strip(), mobile=mobile, salutation=form.salutation,
                kind=CustomerKind.PROSPECT, source=_source(form.source),
                consultant_id=form.consultant_id, who=who)
        lead = open_lead_in(s, store_id=store_id, customer_id=customer.id, form=form, who=who,
                            now=now)
        return _cards(s, [lead.id], now_utc(now))[0]


def open_lead_in(session: Session, *, store_id: int, customer_id: int, form: LeadForm,
                 visit_id: int | None = None, who: str = "",
                 now: datetime | None = None) -> Opportunity:
    """A new opportunity for `customer_id` inside an open session (reception's prospect
    registration calls it too); refused while the customer has an open one in the store."""
    now = now_utc(now)
    if session.scalar(select(Opportunity.id).where(
            Opportunity.store_id == store_id, Opportunity.customer_id == customer_id,
            Opportunity.stage.in_(OPEN_STAGES)).limit(1)) is not None:
        raise Conflict("该客户已有进行中的商机，请在看板中跟进。",
                       "This customer already has an open lead: follow it on the board.",
                       field="mobile")
    referrer_id = _referrer(session, form)
    lead = Opportunity(
        store_id=store_id, customer_id=customer_id, source=_source(form.source),
        consultant_id=active_staff_id(session, form.consultant_id, "consultant_id",
                                      StaffRole.SALES_CONSULTANT),
        catalogue_vehicle_id=form.catalogue_vehicle_id, interest=_interest(session, form),
        budget=parse_budget(form.budget), timing=_timing(form.timing), stage=Stage.NEW,
        visit_id=visit_id, referrer_id=referrer_id, notes=form.notes.strip(),
        created_at=now, stage_changed_at=now)
    session.add(lead)
    session.flush()
    session.add(OpportunityStageChange(store_id=store_id, opportunity_id=lead.id,
                                       from_stage=None, to_stage=Stage.NEW.value, at=now))
    audit.record(session, who=who, action="create", row=lead, customer_id=customer_id)
    return lead


def _referrer(session: Session, form: LeadForm) -> int | None:
    """The referring customer: by id, or found by the mobile typed (NotFound names the field)."""
    if form.referrer_id is not None:
        return get_or_raise(session, Customer, form.referrer_id, "推荐人", "referrer",
                            field="referrer_id").id
    if not form.referrer_mobile.strip():
        return None
    mobile = validate_mobile(form.referrer_mobile)
    found = session.scalar(select(Customer.id).where(Customer.mobile == mobile).limit(1))
    if found is None:
        raise NotFound("没有使用该手机号的客户，请核对推荐人手机号。",
                       "No customer has this mobile: check the referrer's mobile.",
                       field="referrer_mobile")
    return found


def parse_budget(value: str | Decimal | None) -> Decimal | None:
    """The budget in yuan (Decimal, two places), None when empty; a ValidationError on field
    'budget' when it is not a positive amount."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or amount <= 0:
        raise ValidationError(f"预算须为正数金额：{value}", f"The budget must be a positive amount: {value}",
                              field="budget")
    return amount.quantize(Decimal("0.01"))


def _source(value: str) -> CustomerSource:
    return parse_choice(CustomerSource, value, "source", "线索来源", "lead source")


def _timing(value: str) -> str:
    return parse_choice(Timing, value, "timing", "购车时间", "timing").value if value else ""


def _interest(session: Session, form: LeadForm) -> str:
    """The model of interest as typed, else the catalogue vehicle's name."""
    if form.catalogue_vehicle_id is None:
        return form.interest.strip()
    car = get_or_raise(session, CatalogueVehicle, form.catalogue_vehicle_id, "车型", "model",
                       field="catalogue_vehicle_id")
    return form.interest.strip() or " ".join(p for p in (car.brand, car.model, car.trim) if p)


# --- stage moves --------------------------------------------------------------------------


@acting.needs(Permission.LEAD_WORK)
def move_stage(db: Database, opportunity_id: int, expected_version: int | None, stage: str, *,
               by_id: int | None = None, who: str = "",
               now: datetime | None = None) -> LeadCard:
    """Move a lead to `stage` by hand (StageRefused when the rules do not allow it)."""
    with db.session() as s:
        lead = _lead(s, opportunity_id, expected_version)
        to = parse_choice(Stage, stage, "stage", "阶段", "stage")
        check_move(lead.stage, to, has_quote=lead.quote_id is not None)
        return _moved(s, lead, to, by_id, who, now)


@acting.needs(Permission.LEAD_WORK)
def mark_lost(db: Database, opportunity_id: int, expected_version: int | None, reason: str,
              note: str = "", *, by_id: int | None = None, who: str = "",
              now: datetime | None = None) -> LeadCard:
    """Mark a lead lost (战败) with a reason from the list (and a note for 'other')."""
    with db.session() as s:
        lead = _lead(s, opportunity_id, expected_version)
        lead.lost_reason = check_lost(lead.stage, reason, note).value
        lead.lost_note = note.strip()
        return _moved(s, lead, Stage.LOST, by_id, who, now)


@acting.needs(Permission.LEAD_WORK)
def record_test_drive(db: Database, opportunity_id: int, *, by_id: int | None = None,
                      who: str = "", now: datetime | None = None) -> LeadCard:
    """A test drive (试乘试驾) happened for the lead: it moves to "test drive" when it stood
    before it; a lead already quoted or negotiating keeps its stage. For the test-drive
    feature to call when a drive is recorded (`record_test_drive_in` inside its session)."""
    with db.session() as s:
        record_test_drive_in(s, opportunity_id, by_id=by_id, who=who, now=now)
        return _cards(s, [opportunity_id], now_utc(now))[0]


def record_test_drive_in(session: Session, opportunity_id: int, *, by_id: int | None = None,
                         who: str = "", now: datetime | None = None) -> None:
    """`record_test_drive` inside the caller's open session (one transaction with the
    drive itself); StageRefused for a closed lead."""
    lead = _lead(session, opportunity_id, None)
    if not is_open(lead.stage):
        raise StageRefused("该商机已结束，不能记录试驾。",
                           "The lead is closed: no test drive can be recorded.")
    if OPEN_STAGES.index(lead.stage) < OPEN_STAGES.index(Stage.TEST_DRIVE):
        _record_move(session, lead, Stage.TEST_DRIVE, by_id, who, now_utc(now))


@acting.needs(Permission.LEAD_WORK)
def open_lead_of(db: Database, store_id: int, customer_id: int, *,
                 now: datetime | None = None) -> LeadCard | None:
    """The customer's open lead in the store, if any (a test drive's booking finds it)."""
    with db.session() as s:
        ident = open_lead_id_in(s, store_id, customer_id)
        return _cards(s, [ident], now_utc(now))[0] if ident is not None else None


def open_lead_id_in(session: Session, store_id: int, customer_id: int) -> int | None:
    """The id of the customer's open lead in the store (a customer has one at most)."""
    return session.scalar(select(Opportunity.id).where(
        Opportunity.store_id == store_id, Opportunity.customer_id == customer_id,
        Opportunity.stage.in_(OPEN_STAGES)).order_by(Opportunity.id.desc()).limit(1))


@acting.needs(Permission.LEAD_WORK)
def attach_quote(db: Database, opportunity_id: int, quote_id: int, *, by_id: int | None = None,
                 who: str = "", now: datetime | None = None) -> LeadCard:
    """Attach a quote of the lead's customer (and store) to it; a lead before "quoted"
    moves there."""
    with db.session() as s:
        lead = _lead(s, opportunity_id, None)
        quote = get_or_raise(s, Quote, quote_id, "报价单", "quote", field="quote_id")
        if quote.customer_id != lead.customer_id or quote.store_id != lead.store_id:
            raise ValidationError("该报价单不属于此商机的客户。",
                                  "The quote is not for this lead's customer.", field="quote_id")
        if not is_open(lead.stage):
            raise StageRefused("该商机已结束，不能关联报价。",
                               "The lead is closed: no quote can be attached.")
        lead.quote_id = quote.id
        if OPEN_STAGES.index(lead.stage) < OPEN_STAGES.index(Stage.QUOTED):
            check_move(lead.stage, Stage.QUOTED, has_quote=True, by="quote")
            return _moved(s, lead, Stage.QUOTED, by_id, who, now)
        s.flush()
        return _cards(s, [lead.id], now_utc(now))[0]


def move_in(session: Session, lead: Opportunity, to: Stage, *, by: str,
            by_id: int | None = None, who: str = "", now: datetime | None = None) -> None:
    """Move `lead` to `to` for a cause other than the consultant's hand ("order",
    "delivery"), inside an open session; StageRefused when the rules refuse."""
    check_move(lead.stage, to, has_quote=lead.quote_id is not None, by=by)
    _record_move(session, lead, to, by_id, who, now_utc(now))


def _moved(s: Session, lead: Opportunity, to: Stage, by_id: int | None, who: str,
           now: datetime | None) -> LeadCard:
    now = now_utc(now)
    _record_move(s, lead, to, by_id, who, now)
    return _cards(s, [lead.id], now)[0]


def _record_move(s: Session, lead: Opportunity, to: Stage, by_id: int | None, who: str,
                 now: datetime) -> None:
    before = audit.snapshot(lead)
    s.add(OpportunityStageChange(store_id=lead.store_id, opportunity_id=lead.id,
                                 from_stage=lead.stage.value, to_stage=to.value, at=now,
                                 by_id=by_id))
    if to != Stage.LOST:       # a reopened lead forgets why it was lost
        lead.lost_reason, lead.lost_note = None, ""
    lead.stage, lead.stage_changed_at = to, now
    with stale_guard(*_WHAT):
        s.flush()
    audit.record(s, who=who, action="update", row=lead, before=before,
                 customer_id=lead.customer_id)


def _lead(s: Session, opportunity_id: int, expected_version: int | None) -> Opportunity:
    lead = get_or_raise(s, Opportunity, opportunity_id, *_WHAT)
    check_version(lead, expected_version, *_WHAT)
    return lead


# --- follow-up tasks ----------------------------------------------------------------------


@acting.needs(Permission.LEAD_WORK)
def add_task(db: Database, opportunity_id: int, title: str, due_at: datetime, *,
             now: datetime | None = None) -> TaskRecord:
    """A follow-up task for the lead, due at `due_at` (aware; may not be in the past)."""
    now = now_utc(now)
    if not title.strip():
        raise ValidationError("请填写跟进内容。", "Say what the follow-up is.", field="title")
    if due_at.tzinfo is None or due_at < now.replace(second=0, microsecond=0):
        raise ValidationError("跟进时间不能早于现在。", "The follow-up cannot be due in the past.",
                              field="due_at")
    with db.session() as s:
        lead = _lead(s, opportunity_id, None)
        task = LeadTask(store_id=lead.store_id, opportunity_id=lead.id, title=title.strip(),
                        due_at=due_at, created_at=now)
        s.add(task)
        s.flush()
        return _task_record(task, now)


@acting.needs(Permission.LEAD_WORK)
def complete_task(db: Database, task_id: int, *, by_id: int | None = None,
                  now: datetime | None = None) -> TaskRecord:
    """Mark a follow-up done (who, when); a task already done stays as it was."""
    now = now_utc(now)
    with db.session() as s:
        task = get_or_raise(s, LeadTask, task_id, *_TASK)
        if task.done_at is None:
            task.done_at, task.done_by_id = now, by_id
        return _task_record(task, now)


@acting.needs(Permission.LEAD_WORK)
def open_tasks(db: Database, store_id: int, *, consultant_id: int | None = None,
               limit: int = 200, now: datetime | None = None) -> tuple[TaskRecord, ...]:
    """The store's open follow-ups, soonest due first (overdue ones on top), at most `limit`."""
    now = now_utc(now)
    query = (select(LeadTask).join(Opportunity, Opportunity.id == LeadTask.opportunity_id)
             .where(LeadTask.store_id == store_id, LeadTask.done_at.is_(None))
             .order_by(LeadTask.due_at, LeadTask.id).limit(limit))
    if consultant_id is not None:
        query = query.where(Opportunity.consultant_id == consultant_id)
    with db.session() as s:
        return tuple(_task_record(t, now) for t in s.scalars(query))


def _task_record(task: LeadTask, now: datetime) -> TaskRecord:
    return TaskRecord(task.id, task.opportunity_id, task.title, task.due_at, task.done_at,
                      task.done_at is None and task.due_at < now)


# --- the board ----------------------------------------------------------------------------


@acting.needs(Permission.LEAD_WORK)
def pipeline(db: Database, store_id: int, *, consultant_id: int | None = None,
             limit: int = BOARD_LIMIT, now: datetime | None = None) -> tuple[LeadCard, ...]:
    """The store's open leads for the board (one consultant's when given), the most
    recently moved first, at most `limit`."""
    query = (_card_query()
             .where(Opportunity.store_id == store_id, Opportunity.stage.in_(OPEN_STAGES))
             .order_by(Opportunity.stage_changed_at.desc(), Opportunity.id.desc()).limit(limit))
    if consultant_id is not None:
        query = query.where(Opportunity.consultant_id == consultant_id)
    with db.session() as s:
        return _to_cards(s.execute(query), now_utc(now))


@acting.needs(Permission.LEAD_WORK)
def get_lead(db: Database, opportunity_id: int, *, now: datetime | None = None) -> LeadDetail:
    """One lead with its follow-ups and the moves allowed now."""
    now = now_utc(now)
    with db.session() as s:
        lead = get_or_raise(s, Opportunity, opportunity_id, *_WHAT)
        tasks = s.scalars(select(LeadTask).where(LeadTask.opportunity_id == lead.id)
                          .order_by(LeadTask.done_at.is_not(None), LeadTask.due_at).limit(100))
        return LeadDetail(
            _cards(s, [lead.id], now)[0], lead.lost_reason, lead.lost_note, lead.notes,
            tuple(_task_record(t, now) for t in tasks),
            tuple(m.value for m in allowed_moves(lead.stage,
                                                 has_quote=lead.quote_id is not None)))


@acting.needs(Permission.LEAD_WORK)
def consultants(db: Database, store_id: int) -> tuple[tuple[int, str], ...]:
    """The store's active sales consultants (and managers) as (id, name), for the filter."""
    with db.session() as s:
        return tuple(s.execute(
            select(Staff.id, Staff.name)
            .where(Staff.store_id == store_id, Staff.active.is_(True),
                   Staff.role.in_([StaffRole.SALES_CONSULTANT, StaffRole.MANAGER]))
            .order_by(Staff.name, Staff.id)).all())


def _card_query():
    """The columns of a card: the lead, its customer, consultant and next follow-up (a
    correlated lookup per lead, by the tasks' opportunity index)."""
    o = Opportunity
    next_due = (select(func.min(LeadTask.due_at))
                .where(LeadTask.opportunity_id == o.id, LeadTask.done_at.is_(None))
                .scalar_subquery())
    return (select(o.id, o.customer_id, o.consultant_id, o.source, o.interest, o.budget,
                   o.timing, o.stage, o.quote_id, o.version_id, Customer.name,
                   Customer.mobile, Staff.name.label("consultant"), next_due.label("next_due"))
            .join(Customer, Customer.id == o.customer_id)
            .outerjoin(Staff, Staff.id == o.consultant_id))


def _cards(s: Session, ids: list[int], now: datetime) -> tuple[LeadCard, ...]:
    """The cards of `ids` in that order."""
    if not ids:
        return ()
    rows = {r.id: r for r in s.execute(_card_query().where(Opportunity.id.in_(ids)))}
    return _to_cards([rows[i] for i in ids], now)


def _to_cards(rows, now: datetime) -> tuple[LeadCard, ...]:
    cards = []
    for row in rows:
        cards.append(LeadCard(
            row.id, row.customer_id, row.name, mask_mobile(row.mobile), row.consultant_id,
            row.consultant or "", row.source.value, row.interest, row.budget, row.timing,
            row.stage.value, row.quote_id, row.next_due,
            row.next_due is not None and row.next_due < now, row.version_id))
    return tuple(cards)
