"""When surveys fall due, and how each due survey becomes an item of the care desk.

A survey is owed a few days (the survey settings' delay) after a new car's delivery or a
work order's delivery. Each due survey is one care item of the `survey` kind (linked by
`survey_id`), so the care desk works the one list of due surveys: the item is created when
the survey falls due, answering the survey records the item's outcome, and a survey declined
on either side is declined on both. Everything here runs inside the caller's session (the
nightly care run, or the survey list's own refresh).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.domain.care_rules import CareKind, Rule, Side
from app.domain.store_time import STORE_TZ
from app.domain.survey_templates import Occasion, SurveyPolicy, SurveyStatus, current_template
from app.models import CareItem, Customer, Staff, Survey, Vehicle, WorkOrder, WorkOrderStatus
from app.services.care_desk import WORKABLE
from app.services.care_settings import rules_in
from app.services.common import store_today

#: Deliveries and work orders older than this when scheduling are no longer surveyed.
SCHEDULE_WINDOW = timedelta(days=30)
NUMBER_PREFIX = "SV"
#: Surveys due further back or ahead than this are past (or before) any care window.
_LOOK_BACK, _LOOK_AHEAD = timedelta(days=120), timedelta(days=60)
_KEY_CHUNK = 1_000


def survey_number(survey_id: int) -> str:
    """The survey's printed number, `SV0000123`."""
    return f"{NUMBER_PREFIX}{survey_id:07d}"


def schedule_in(session: Session, at: datetime, policy: SurveyPolicy,
                store_id: int | None = None) -> tuple[int, int]:
    """Create the surveys owed for recent deliveries and delivered work orders, then their
    care items (of `store_id`, or of every store when None); returns how many
    surveys and how many care items were created. A survey whose store is unknown (a car
    sold without a consultant) is taken by `store_id`."""
    created = _schedule_surveys(session, at, policy, store_id)
    return created, add_care_items(session, at, store_id)


def _schedule_surveys(session: Session, at: datetime, policy: SurveyPolicy,
                      store_id: int | None) -> int:
    since = at - SCHEDULE_WINDOW
    orders = select(WorkOrder.id, WorkOrder.store_id, WorkOrder.customer_id, WorkOrder.vehicle_id,
                    WorkOrder.advisor_id, WorkOrder.closed_at).where(
        WorkOrder.status == WorkOrderStatus.DELIVERED, WorkOrder.closed_at >= since,
        WorkOrder.customer_id.is_not(None))
    cars = (select(Vehicle.id, Vehicle.owner_id, Vehicle.purchase_date, Customer.consultant_id,
                   Staff.store_id)
            .join(Customer, Customer.id == Vehicle.owner_id)
            .outerjoin(Staff, Staff.id == Customer.consultant_id)
            .where(Vehicle.purchase_date >= since.astimezone(STORE_TZ).date(),
                   Vehicle.purchase_date <= at.astimezone(STORE_TZ).date()))
    if store_id is not None:   # a store's run: its own deliveries and those of no store
        orders = orders.where(or_(WorkOrder.store_id == store_id, WorkOrder.store_id.is_(None)))
        cars = cars.where(or_(Staff.store_id == store_id, Staff.store_id.is_(None)))
    rows = []
    for ident, store, customer, vehicle, advisor, closed in session.execute(orders):
        rows.append(_survey_row(f"wo:{ident}", Occasion.SERVICE, store, customer, vehicle,
                                ident, advisor, closed, policy, at))
    for ident, owner, bought, consultant, store in session.execute(cars):
        rows.append(_survey_row(f"car:{ident}", Occasion.DELIVERY, store or store_id, owner,
                                ident, None, consultant,
                                datetime.combine(bought, time(12), STORE_TZ), policy, at))
    known = _known_keys(session, [r["source_key"] for r in rows])
    rows = [r for r in rows if r["source_key"] not in known]
    if not rows:
        return 0
    # Set-based: one multi-row INSERT returning the ids, then one UPDATE numbering them
    # (the first run on a large store owes thousands of surveys); a survey another desk
    # scheduled a moment ago is left to it.
    ids = session.scalars(_insert_new(session, Survey, ["source_key"]).returning(Survey.id),
                          rows).all()
    if ids:
        session.execute(update(Survey), [{"id": i, "number": survey_number(i)} for i in ids])
    return len(ids)


def _known_keys(session: Session, keys: list[str]) -> set[str]:
    """Those of `keys` that a survey already has (looked up by the unique index, a chunk at
    a time: not every recent survey of the group)."""
    known: set[str] = set()
    for start in range(0, len(keys), _KEY_CHUNK):
        known.update(session.scalars(select(Survey.source_key).where(
            Survey.source_key.in_(keys[start:start + _KEY_CHUNK]))))
    return known


def _insert_new(session: Session, model, unique: list[str]):
    """A multi-row INSERT into `model`'s table that skips rows whose `unique` key exists."""
    dialect = postgresql if session.bind.dialect.name == "postgresql" else sqlite
    return dialect.insert(model.__table__).on_conflict_do_nothing(index_elements=unique)


def _survey_row(key: str, occasion: Occasion, store_id, customer_id, vehicle_id, work_order_id,
                staff_id, event_at: datetime, policy: SurveyPolicy, at: datetime) -> dict:
    """A due survey asked with the occasion's current template."""
    return dict(source_key=key, occasion=occasion,
                template_version=current_template(occasion).version, store_id=store_id,
                customer_id=customer_id, vehicle_id=vehicle_id, work_order_id=work_order_id,
                staff_id=staff_id, event_at=event_at,
                due_at=event_at + timedelta(days=policy.delay_days), status=SurveyStatus.DUE,
                comment="", created_at=at)


def add_care_items(session: Session, at: datetime, store_id: int | None = None) -> int:
    """Give every due survey not past its care window its care item (made as soon as the
    survey is owed; the desk lists it from its due day); how many were made.

    The item goes to the care pool, not to the advisor or consultant the survey judges; its
    window and priority are the store's `survey` care rule, which may also switch it off.
    """
    from app.services.care_run import dedupe_key  # the care run schedules surveys too

    today = store_today(at)
    query = select(Survey.id, Survey.number, Survey.store_id, Survey.customer_id,
                   Survey.vehicle_id, Survey.occasion, Survey.due_at).where(
        Survey.status == SurveyStatus.DUE, Survey.due_at >= at - _LOOK_BACK,
        Survey.due_at <= at + _LOOK_AHEAD)
    if store_id is not None:
        query = query.where((Survey.store_id == store_id) | Survey.store_id.is_(None))
    surveys = [s for s in session.execute(query) if s.store_id is not None or store_id]
    if not surveys:
        return 0
    linked_query = select(CareItem.survey_id).where(
        CareItem.kind == CareKind.SURVEY, CareItem.survey_id.is_not(None),
        CareItem.due_date >= (at - _LOOK_BACK).astimezone(STORE_TZ).date() - timedelta(days=1))
    if store_id is not None:   # every survey read above gets its item in `store_id`
        linked_query = linked_query.where(CareItem.store_id == store_id)
    linked = set(session.scalars(linked_query))
    rules: dict[int, Rule] = {}
    rows, adopted = [], []
    for survey in surveys:
        if survey.id in linked:
            continue
        store = survey.store_id or store_id
        if store not in rules:
            rules[store] = rules_in(session, store)[CareKind.SURVEY]
        rule = rules[store]
        due = survey.due_at.astimezone(STORE_TZ).date()
        if not rule.enabled or (today - due).days > rule.window_days:
            continue
        if survey.store_id is None:
            adopted.append(survey.id)
        rows.append(dict(
            store_id=store, kind=CareKind.SURVEY.value, customer_id=survey.customer_id,
            vehicle_id=survey.vehicle_id, occurrence=survey.number,
            dedupe_key=dedupe_key(CareKind.SURVEY, survey.customer_id, survey.vehicle_id,
                                  survey.number),
            due_date=due, window_end=due + timedelta(days=rule.window_days), assignee_id=None,
            side=(Side.SALES if survey.occasion == Occasion.DELIVERY else Side.SERVICE).value,
            priority=rule.priority, marketing=False, status="open", attempts=0,
            detail=survey.number, survey_id=survey.id, created_at=at, version_id=1))
    if adopted:
        session.execute(update(Survey).where(Survey.id.in_(adopted)).values(store_id=store_id))
    if rows:
        # Two desks scheduling at once: the item's unique key keeps the second one out.
        session.execute(_insert_new(session, CareItem, ["store_id", "dedupe_key"]), rows)
    return len(rows)


def care_item_of(session: Session, survey: Survey) -> CareItem | None:
    """The survey's care item still being worked (open or invited), if any."""
    return session.scalars(select(CareItem).where(
        CareItem.customer_id == survey.customer_id, CareItem.survey_id == survey.id,
        CareItem.status.in_(WORKABLE))).first()
