"""The daily care run: turns the store's data into stored care items and recomputes tiers.

It runs at desk start and every night (`main.py care run`), and is idempotent: each item
carries a key (kind, customer, vehicle, cycle) unique per store, so a second run creates
nothing. It is set-based: a handful of bulk SELECTs read every vehicle, reading, service,
declined line and customer at once, the pure rules of `app.domain.care_rules` decide what
is due, and the new items go in as one multi-row INSERT (ON CONFLICT DO NOTHING, so two
desks starting together cannot double an item). No query runs per customer.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
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
from app.domain.workflow import WorkOrderStatus
from app.models import (
    Approval,
    CareItem,
    Customer,
    CustomerRfm,
    Vehicle,
    Visit,
    WorkOrder,
    WorkOrderLine,
)
from app.services.care_settings import rules_in, thresholds_in
from app.services.care_sources import satisfaction_scores
from app.services.common import now_utc, store_today

log = logging.getLogger(__name__)

#: Existing items older than this (past their window) cannot collide with a new due.
_KEY_HORIZON_DAYS = 800
_CHUNK = 5_000


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
def run_care(db: Database, store_id: int, *, now: datetime | None = None) -> RunResult:
    """Create the care items due today for every customer of the store, lapse those past
    their window and recompute every customer's tier."""
    now = now_utc(now)
    today = store_today(now)
    with db.session() as s:
        rules = rules_in(s, store_id)
        vehicles, customers = _facts(s, today)
        dues = _dues(today, vehicles, customers, rules)
        created = _insert_new(s, store_id, dues, customers, now)
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


def _local_day(value: datetime | None) -> date | None:
    return value.astimezone(STORE_TZ).date() if value is not None else None


def _facts(s: Session, today: date) -> tuple[list[VehicleFacts], dict[int, _Owner]]:
    """Every owned active vehicle and every customer, read in a few bulk queries."""
    customers = {
        cid: _Owner(CustomerFacts(cid, birthday, bool(lunar)), bool(consent), cons, adv)
        for cid, birthday, lunar, consent, cons, adv in s.execute(
            select(Customer.id, Customer.birthday, Customer.birthday_lunar,
                   Customer.consent_contact, Customer.consultant_id, Customer.advisor_id))
    }
    readings: dict[int, set[tuple[date, int]]] = defaultdict(set)
    services: dict[int, list[date]] = defaultdict(list)
    for vid, opened, closed, km, status in s.execute(
            select(WorkOrder.vehicle_id, WorkOrder.opened_at, WorkOrder.closed_at,
                   WorkOrder.mileage_km, WorkOrder.status)):
        if km is not None:
            readings[vid].add((_local_day(opened), km))
        if status == WorkOrderStatus.DELIVERED:
            services[vid].append(_local_day(closed or opened))
    declined: dict[int, list[tuple[int, date, str]]] = defaultdict(list)
    for vid, line_id, decided, opened, what in s.execute(
            select(WorkOrder.vehicle_id, WorkOrderLine.id, WorkOrderLine.approved_at,
                   WorkOrder.opened_at, WorkOrderLine.description)
            .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
            .where(WorkOrderLine.approval == Approval.DECLINED)):
        declined[vid].append((line_id, _local_day(decided or opened), what[:100]))
    rows = s.execute(
        select(Vehicle.id, Vehicle.owner_id, Vehicle.model, Vehicle.new_energy,
               Vehicle.purchase_date, Vehicle.mileage_km, Vehicle.mileage_date,
               Vehicle.insurance_expiry, Vehicle.warranty_end)
        .where(Vehicle.active, Vehicle.owner_id.is_not(None))).all()
    scores = satisfaction_scores(s, [r[0] for r in rows])
    vehicles = []
    for vid, owner, model, ev, bought, km, km_day, insurance, warranty in rows:
        points = readings.get(vid, set())
        if km is not None and km_day is not None:
            points = points | {(km_day, km)}
        done = sorted(d for d in services.get(vid, ()) if bought is None or d > bought)
        vehicles.append(VehicleFacts(
            vid, owner, model or "", bool(ev), bought, tuple(sorted(points)), tuple(done),
            insurance, warranty, scores.get(vid), tuple(declined.get(vid, ()))))
    return vehicles, customers


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
                now: datetime) -> Counter:
    horizon = store_today(now) - timedelta(days=_KEY_HORIZON_DAYS)
    existing = set(s.scalars(select(CareItem.dedupe_key).where(
        CareItem.store_id == store_id, CareItem.window_end >= horizon)))
    rows, created = [], Counter()
    for customer_id, vehicle_id, due in dues:
        owner = customers.get(customer_id)
        if owner is None or (due.marketing and not owner.consent):
            continue  # PIPL: no marketing item for a customer without contact consent
        key = dedupe_key(due.kind, customer_id, vehicle_id, due.occurrence)
        if key in existing:
            continue
        existing.add(key)
        first, second = ((owner.consultant_id, owner.advisor_id) if due.side is Side.SALES
                         else (owner.advisor_id, owner.consultant_id))
        rows.append(dict(
            store_id=store_id, kind=due.kind.value, customer_id=customer_id,
            vehicle_id=vehicle_id, occurrence=due.occurrence, dedupe_key=key,
            due_date=due.due, window_end=due.window_end, assignee_id=first or second,
            side=due.side.value, priority=due.priority, marketing=due.marketing,
            status="open", attempts=0, detail=due.detail, created_at=now, version_id=1))
        created[due.kind.value] += 1
    insert = (postgresql.insert if s.bind.dialect.name == "postgresql" else sqlite.insert)
    statement = insert(CareItem.__table__).on_conflict_do_nothing(
        index_elements=["store_id", "dedupe_key"])
    for start in range(0, len(rows), _CHUNK):
        s.execute(statement, rows[start:start + _CHUNK])
    return created


@acting.open_to_signed_in
def recompute_tiers(db: Database, store_id: int, *, now: datetime | None = None) -> int:
    """Recompute every customer's RFM segment and level; a manual override wins. Returns
    how many customers' levels changed."""
    now = now_utc(now)
    today = store_today(now)
    with db.session() as s:
        t = thresholds_in(s, store_id)
        start = datetime.combine(today - timedelta(days=t.period_days), datetime.min.time(),
                                 STORE_TZ)
        days: dict[int, set[date]] = defaultdict(set)
        last: dict[int, date] = {}
        for cid, at in s.execute(select(Visit.customer_id, Visit.arrived_at)
                                 .where(Visit.customer_id.is_not(None))):
            _seen(days, last, cid, _local_day(at), today, start.date())
        for cid, at in s.execute(select(WorkOrder.customer_id, WorkOrder.opened_at)
                                 .where(WorkOrder.customer_id.is_not(None))):
            _seen(days, last, cid, _local_day(at), today, start.date())
        spend = dict(s.execute(
            select(WorkOrder.customer_id, func.sum(WorkOrderLine.qty * WorkOrderLine.unit_price))
            .join(WorkOrderLine, WorkOrderLine.work_order_id == WorkOrder.id)
            .where(WorkOrder.status == WorkOrderStatus.DELIVERED, WorkOrder.opened_at >= start,
                   WorkOrderLine.approval != Approval.DECLINED)
            .group_by(WorkOrder.customer_id)).all())
        overdue = set(s.scalars(select(CareItem.customer_id).distinct().where(
            CareItem.store_id == store_id, CareItem.status == "open",
            CareItem.kind.in_([CareKind.FIRST_SERVICE, CareKind.PERIODIC_SERVICE]),
            CareItem.due_date < today)))
        stored = {r.customer_id: r for r in s.execute(select(
            CustomerRfm.customer_id, CustomerRfm.segment, CustomerRfm.computed_tier,
            CustomerRfm.override_tier, CustomerRfm.visits, CustomerRfm.last_visit,
            CustomerRfm.spend))}
        tiers = dict(s.execute(select(Customer.id, Customer.tier)).all())
        new_rows, changed_rows, tier_rows = [], [], []
        for cid, tier in tiers.items():
            money = Decimal(spend.get(cid) or 0).quantize(Decimal("0.01"))
            seg = segment(today, last.get(cid), len(days.get(cid, ())), money, cid in overdue, t)
            level = SEGMENT_LEVEL[seg]
            values = dict(segment=seg.value, computed_tier=level, last_visit=last.get(cid),
                          visits=len(days.get(cid, ())), spend=money, computed_on=today)
            old = stored.get(cid)
            if old is None:
                new_rows.append(dict(customer_id=cid, override_by="", override_reason="",
                                     **values))
            elif (old.segment, old.computed_tier, old.visits, old.last_visit, old.spend) != (
                    seg, level, values["visits"], values["last_visit"], money):
                changed_rows.append(dict(b_id=cid, **values))
            shown = (old.override_tier if old is not None and old.override_tier else level)
            if shown != tier:
                tier_rows.append(dict(b_id=cid, b_tier=shown))
        if new_rows:
            for i in range(0, len(new_rows), _CHUNK):
                s.execute(CustomerRfm.__table__.insert(), new_rows[i:i + _CHUNK])
        table = CustomerRfm.__table__
        if changed_rows:
            s.execute(table.update().where(table.c.customer_id == bindparam("b_id")),
                      changed_rows)
        if tier_rows:
            customers = Customer.__table__
            s.execute(customers.update().where(customers.c.id == bindparam("b_id"))
                      .values(tier=bindparam("b_tier"), version_id=customers.c.version_id + 1),
                      tier_rows)
        return len(tier_rows)


def _seen(days, last, cid, day: date, today: date, start: date) -> None:
    if day > today:
        return
    if cid not in last or day > last[cid]:
        last[cid] = day
    if day >= start:
        days[cid].add(day)

