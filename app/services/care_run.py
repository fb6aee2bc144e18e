"""The daily care run: turns the store's data into stored care items and recomputes tiers.

It runs at desk start and every night (`main.py care run`), and is idempotent: each item
carries a key (kind, customer, vehicle, cycle) unique per store, so a second run creates
nothing. It walks the customers the store serves (`customer_stores`) in keyset batches of
`_BATCH`, never the group's million at once: for each batch a handful of bulk SELECTs read
its customers, vehicles, readings, services, declined lines and survey scores by their
indexes, the pure rules of `app.domain.care_rules` decide what is due, and the new items
go in as one multi-row INSERT (ON CONFLICT DO NOTHING, so two desks starting together
cannot double an item). No query runs per customer; the tiers are recomputed the same way
(`app.domain.care_tiers.segment` decides, only the changes are written).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import (
    Date,
    Select,
    String,
    case,
    distinct,
    func,
    literal,
    select,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.care_rules import (
    CareEvaluator,
    CareKind,
    CustomerFacts,
    Due,
    Side,
    VehicleFacts,
)
from app.domain.care_tiers import SEGMENT_LEVEL, segment
from app.domain.store_time import STORE_TZ
from app.domain.survey_templates import SurveyPolicy
from app.domain.workflow import WorkOrderStatus
from app.domain.working_calendar import next_working_day
from app.models import (
    Approval,
    CareItem,
    Customer,
    CustomerRfm,
    CustomerStore,
    Vehicle,
    Visit,
    WorkOrder,
    WorkOrderLine,
)
from app.services import working_days
from app.services.bulk import insert_rows, update_rows
from app.services.care_settings import rules_in, thresholds_in
from app.services.care_sources import satisfaction_scores
from app.services.common import now_utc, store_today
from app.services.local_day import as_date, local_day
from app.services.survey_schedule import schedule_in

log = logging.getLogger(__name__)

#: Existing items older than this (past their window) cannot collide with a new due.
_KEY_HORIZON_DAYS = 800
_CHUNK = 5_000
#: Customers read and decided at a time by the run (bounded memory at group scale).
_BATCH = 2_000


@dataclass(frozen=True)
class RunResult:
    """What a run did: items created by kind, items lapsed, tiers changed."""

    created: dict[str, int] = field(default_factory=dict)
    lapsed: int = 0
    tiers_changed: int = 0

    @property
    def total(self) -> int:
        """Items created in all."""
        return sum(self.created.values())

    def as_json(self) -> dict:
        """`{"created": {kind: n}, "total": n, ...}` for `main.py care run --json`."""
        return {"created": dict(self.created), "total": self.total, "lapsed": self.lapsed,
                "tiers_changed": self.tiers_changed}


@acting.open_to_signed_in
def run_care(db: Database, store_id: int, *, now: datetime | None = None,
             survey_policy: SurveyPolicy = SurveyPolicy()) -> RunResult:
    """Create the care items due today for every customer of the store (the surveys now
    due among them, scheduled by `survey_policy`), lapse those past their window and
    recompute every customer's tier."""
    now = now_utc(now)
    today = store_today(now)
    with db.session() as s:
        rules = rules_in(s, store_id)
        created: Counter = Counter()
        for batch in _customer_batches(s, store_id):
            vehicles, customers = _facts(s, today, customer_ids=batch)
            created += _insert_new(s, store_id, _dues(today, vehicles, customers, rules),
                                   customers, now, batch)
        created[CareKind.SURVEY.value] += schedule_in(s, now, survey_policy, store_id)[1]
        created = +created   # no zero counts
        lapsed = s.execute(
            update(CareItem).where(CareItem.store_id == store_id, CareItem.status == "open",
                                   CareItem.window_end < today)
            .values(status="lapsed", closed_at=now)).rowcount
    tiers_changed = recompute_tiers(db, store_id, now=now)
    log.info("care run: %d created, %d lapsed, %d tiers changed",
             sum(created.values()), lapsed, tiers_changed)
    return RunResult(created=dict(created), lapsed=lapsed, tiers_changed=tiers_changed)


@dataclass
class _Owner:
    facts: CustomerFacts
    consent: bool
    consultant_id: int | None
    advisor_id: int | None


def _customer_batches(s: Session, store_id: int, size: int = _BATCH) -> Iterator[Select]:
    """The customers the store serves, in id order, `size` at a time, each batch as a select
    of its ids: keyset pages of the `(store_id, customer_id)` index, never the group's
    customers at once (a subquery, not a list of 2,000 bound values per statement)."""
    after = 0
    while True:
        batch = list(s.connection().execute(
            select(CustomerStore.customer_id)
            .where(CustomerStore.store_id == store_id, CustomerStore.customer_id > after)
            .order_by(CustomerStore.customer_id).limit(size)).scalars().all())
        if batch:
            yield select(CustomerStore.customer_id).where(
                CustomerStore.store_id == store_id,
                CustomerStore.customer_id.between(batch[0], batch[-1]))
        if len(batch) < size:
            return
        after = batch[-1]


def _facts(s: Session, today: date, vehicle_id: int | None = None, *,
           customer_ids: Sequence[int] | Select = ()) -> tuple[list[VehicleFacts], dict[int, _Owner]]:
    """The owned active vehicles of the customers `customer_ids` and those customers (or
    only `vehicle_id` and its owner), read in a few bulk queries (Core rows, days computed
    by the database: no per-value conversion in Python)."""
    if vehicle_id is not None:
        cars = select(Vehicle.id).where(Vehicle.id == vehicle_id)
        owners = Customer.id == select(Vehicle.owner_id).where(
            Vehicle.id == vehicle_id).scalar_subquery()
    else:
        cars = select(Vehicle.id).where(Vehicle.owner_id.in_(customer_ids))
        owners = Customer.id.in_(customer_ids)

    def read(statement):
        return s.connection().execute(statement).all()   # fetchall: not a fetch per row

    as_day = lru_cache(maxsize=65_536)(as_date)   # a few thousand distinct days, 10⁵ rows
    customers = {
        cid: _Owner(CustomerFacts(cid, as_day(birthday), bool(lunar)), bool(consent), cons,
                    adv)
        for cid, birthday, lunar, consent, cons, adv in read(
            select(Customer.id, type_coerce(Customer.birthday, String), Customer.birthday_lunar,
                   Customer.consent_contact, Customer.consultant_id, Customer.advisor_id)
            .where(owners))
    }
    # The cars' work orders in one read by the vehicle index: the odometer readings, and the
    # services (delivered ones; status tested here, not by SQLite's status index, which it
    # would walk whole for each batch).
    readings: dict[int, set[tuple[date, int]]] = defaultdict(set)
    services: dict[int, list[date]] = defaultdict(list)
    delivered = WorkOrderStatus.DELIVERED.value
    for vid, opened, km, status, served in read(
            select(WorkOrder.vehicle_id, local_day(WorkOrder.opened_at), WorkOrder.mileage_km,
                   type_coerce(WorkOrder.status, String),
                   local_day(func.coalesce(WorkOrder.closed_at, WorkOrder.opened_at)))
            .where(WorkOrder.vehicle_id.in_(cars))):
        if km is not None:
            readings[vid].add((as_day(opened), km))
        if status == delivered:
            services[vid].append(as_day(served))
    declined: dict[int, list[tuple[int, date, str]]] = defaultdict(list)
    for vid, line_id, day, what in read(
            select(WorkOrder.vehicle_id, WorkOrderLine.id,
                   local_day(func.coalesce(WorkOrderLine.approved_at, WorkOrder.opened_at)),
                   WorkOrderLine.description)
            .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
            .where(WorkOrder.vehicle_id.in_(cars),
                   type_coerce(WorkOrderLine.approval, String) == Approval.DECLINED.value)):
        declined[vid].append((line_id, as_day(day), what[:100]))
    rows = read(
        select(Vehicle.id, Vehicle.owner_id, Vehicle.model, Vehicle.new_energy,
               type_coerce(Vehicle.purchase_date, String), Vehicle.mileage_km,
               type_coerce(Vehicle.mileage_date, String),
               type_coerce(Vehicle.insurance_expiry, String),
               type_coerce(Vehicle.warranty_end, String))
        .where(Vehicle.id.in_(cars), Vehicle.active, Vehicle.owner_id.is_not(None)))
    scores = satisfaction_scores(s, cars)
    vehicles = []
    for vid, owner, model, ev, bought, km, km_day, insurance, warranty in rows:
        bought, km_day = as_day(bought), as_day(km_day)
        points = readings.get(vid, set())
        if km is not None and km_day is not None:
            points = points | {(km_day, km)}
        done = sorted(d for d in services.get(vid, ()) if bought is None or d > bought)
        vehicles.append(VehicleFacts(
            vid, owner, model or "", bool(ev), bought, tuple(sorted(points)), tuple(done),
            as_day(insurance), as_day(warranty), scores.get(vid),
            tuple(declined.get(vid, ()))))
    return vehicles, customers


def start_new_car_in(s: Session, store_id: int, vehicle_id: int, now: datetime) -> dict[str, int]:
    """The care items a car just delivered is due now (thank-you, birthday …), made exactly as
    the nightly run makes them (the run creates the later ones as they fall due); inside the
    caller's session. Returns the counts by kind."""
    today = store_today(now)
    vehicles, customers = _facts(s, today, vehicle_id)
    dues = _dues(today, vehicles, customers, rules_in(s, store_id))
    return dict(+_insert_new(s, store_id, dues, customers, now))


def _dues(today: date, vehicles: list[VehicleFacts], customers: dict[int, _Owner],
          rules) -> list[tuple[int, int | None, Due]]:
    found: list[tuple[int, int | None, Due]] = []
    evaluate = CareEvaluator(today, rules)
    for facts in vehicles:
        found.extend((facts.customer_id, facts.vehicle_id, due)
                     for due in evaluate.vehicle(facts))
    for owner in customers.values():
        if owner.facts.birthday is not None:
            found.extend((owner.facts.customer_id, None, due)
                         for due in evaluate.customer(owner.facts))
    return found


def dedupe_key(kind: str, customer_id: int, vehicle_id: int | None, occurrence: str) -> str:
    """The key that makes an item unique per store."""
    return f"{kind}:{customer_id}:{vehicle_id or '-'}:{occurrence}"


def _insert_new(s: Session, store_id: int, dues, customers: dict[int, _Owner],
                now: datetime, members: Select | None = None) -> Counter:
    horizon = store_today(now) - timedelta(days=_KEY_HORIZON_DAYS)
    members = list(customers) if members is None else members   # a key names its customer
    # The batch's items are found by their customers' index; the store is checked here, or
    # SQLite would walk the store's index (every item of the store, for each batch).
    existing = {key for store, key in s.connection().execute(
        select(CareItem.store_id, CareItem.dedupe_key).where(
            CareItem.customer_id.in_(members), CareItem.window_end >= horizon)).all()
        if store == store_id}
    rows, created = [], Counter()
    today = store_today(now)
    calendar = working_days.calendar_in(s, store_id, today - timedelta(days=200),
                                        today + timedelta(days=200))
    for customer_id, vehicle_id, due in dues:
        owner = customers.get(customer_id)
        if owner is None or (due.marketing and not owner.consent):
            continue  # PIPL: no marketing item for a customer without contact consent
        key = dedupe_key(due.kind, customer_id, vehicle_id, due.occurrence)
        if key in existing:
            continue
        existing.add(key)
        due_day = next_working_day(calendar, due.due)   # a closed day: the next working day
        first, second = ((owner.consultant_id, owner.advisor_id) if due.side is Side.SALES
                         else (owner.advisor_id, owner.consultant_id))
        rows.append(dict(
            store_id=store_id, kind=due.kind.value, customer_id=customer_id,
            vehicle_id=vehicle_id, occurrence=due.occurrence, dedupe_key=key,
            due_date=due_day, window_end=max(due.window_end, due_day),
            assignee_id=first or second,
            side=due.side.value, priority=due.priority, marketing=due.marketing,
            status="open", attempts=0, detail=due.detail, created_at=now, version_id=1))
        created[due.kind.value] += 1
    insert_rows(s, CareItem.__table__, rows, skip_conflicts_on=("store_id", "dedupe_key"))
    return created


@acting.open_to_signed_in
def recompute_tiers(db: Database, store_id: int, *, now: datetime | None = None) -> int:
    """Recompute the RFM segment and level of every customer the store serves; a manual
    override wins. Returns how many customers' levels changed.

    The customers are read in keyset batches of `_BATCH` ids; each batch's figures are a
    few grouped queries narrowed to its ids, the rule (`app.domain.care_tiers.segment`)
    decides, and only the rows that change are written."""
    now = now_utc(now)
    today = store_today(now)
    with db.session() as s:
        t = thresholds_in(s, store_id)
        changed = 0
        for batch in _customer_batches(s, store_id):
            changed += _tiers_of(s, store_id, batch, today, t, now)
        return changed


def _tiers_of(s: Session, store_id: int, ids: Select, today: date, t, now: datetime
              ) -> int:
    """Recompute the customers `ids`' figures, segments and levels; how many levels changed."""
    start = datetime.combine(today - timedelta(days=t.period_days), datetime.min.time(),
                             STORE_TZ)
    last, visits = _seen(s, today, today - timedelta(days=t.period_days), ids)
    read = s.connection().execute
    spend = dict(read(
        select(WorkOrder.customer_id, func.sum(WorkOrderLine.qty * WorkOrderLine.unit_price))
        .join(WorkOrderLine, WorkOrderLine.work_order_id == WorkOrder.id)
        .where(WorkOrder.customer_id.in_(ids), WorkOrder.status == WorkOrderStatus.DELIVERED,
               WorkOrder.opened_at >= start, WorkOrderLine.approval != Approval.DECLINED)
        .group_by(WorkOrder.customer_id)).all())
    overdue = {cid for cid, store in read(select(CareItem.customer_id, CareItem.store_id).where(
        CareItem.customer_id.in_(ids), CareItem.status == "open",
        CareItem.kind.in_([CareKind.FIRST_SERVICE, CareKind.PERIODIC_SERVICE]),
        CareItem.due_date < today)).all() if store == store_id}   # (as `existing` above)
    stored = {r.customer_id: r for r in read(select(
        CustomerRfm.customer_id, CustomerRfm.segment, CustomerRfm.computed_tier,
        CustomerRfm.override_tier, CustomerRfm.visits, CustomerRfm.last_visit,
        CustomerRfm.spend).where(CustomerRfm.customer_id.in_(ids))).all()}
    tiers = dict(read(select(Customer.id, type_coerce(Customer.tier, String))
                      .where(Customer.id.in_(ids))).all())
    new_rows, changed_rows, tier_rows = [], [], []
    for cid, tier in tiers.items():
        money = Decimal(spend.get(cid) or 0).quantize(Decimal("0.01"))
        seg = segment(today, last.get(cid), visits.get(cid, 0), money, cid in overdue, t)
        level = SEGMENT_LEVEL[seg]
        values = dict(segment=seg.value, computed_tier=level, last_visit=last.get(cid),
                      visits=visits.get(cid, 0), spend=money, computed_on=today)
        old = stored.get(cid)
        if old is None:
            new_rows.append(dict(customer_id=cid, override_by="", override_reason="",
                                 **values))
        elif (old.segment, old.computed_tier, old.visits, old.last_visit, old.spend) != (
                seg, level, values["visits"], values["last_visit"], money):
            changed_rows.append(dict(customer_id=cid, **values))
        shown = (old.override_tier if old is not None and old.override_tier else level)
        if shown != tier:
            tier_rows.append(dict(id=cid, tier=shown, updated_at=now))
    insert_rows(s, CustomerRfm.__table__, new_rows)
    update_rows(s, CustomerRfm.__table__, "customer_id", changed_rows)
    update_rows(s, Customer.__table__, "id", tier_rows, bump="version_id")
    return len(tier_rows)


def _seen(s: Session, today: date, start: date, ids: Select
          ) -> tuple[dict[int, date], dict[int, int]]:
    """Each of the customers `ids`' last day seen (a visit or a work order, up to today) and
    how many distinct days they were seen since `start`: one grouped query."""
    seen = union_all(
        select(Visit.customer_id.label("cid"), local_day(Visit.arrived_at).label("day"))
        .where(Visit.customer_id.in_(ids)),
        select(WorkOrder.customer_id, local_day(WorkOrder.opened_at))
        .where(WorkOrder.customer_id.in_(ids))).subquery()
    day = seen.c.day
    last, visits = {}, {}
    for cid, latest, count in s.connection().execute(
            select(seen.c.cid, func.max(day),
                   func.count(distinct(case((day >= literal(start, Date()), day)))))
            .where(day <= literal(today, Date())).group_by(seen.c.cid)).all():
        last[cid], visits[cid] = as_date(latest), count
    return last, visits
