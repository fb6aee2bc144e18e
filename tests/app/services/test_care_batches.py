"""The care run at group scale: it walks the store's customers in keyset batches (never the
group's at once) and decides exactly as it did in one piece; another store's customers are
left alone."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, select, update

from app.domain.store_time import STORE_TZ
from app.domain.workflow import WorkOrderStatus
from app.models import (
    CareItem,
    Customer,
    CustomerRfm,
    Store,
    Survey,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from app.services import care_run
from app.services.care_run import recompute_tiers, run_care

DELIVERED = date(2026, 3, 2)


def at(day: date, hour: int = 9) -> datetime:
    """`day` at `hour` in the store's time zone."""
    return datetime.combine(day, datetime.min.time(), STORE_TZ).replace(hour=hour)


def _customer(db, store_id: int, n: int, orders: int) -> int:
    """Customer `n` of `store_id`, with a car bought on DELIVERED and `orders` delivered
    work orders of 20,000 each in the weeks before 20 May 2026; their id."""
    with db.session() as s:
        c = Customer(name=f"客户{n}", name_initials="kh", mobile=f"1380013{n:04d}",
                     consent_contact=n % 3 != 0, birthday=date(1980 + n, 3, 20 + n % 5),
                     store_id=store_id)
        s.add(c)
        s.flush()
        v = Vehicle(plate=f"粤B{n:05d}", owner_id=c.id, brand="丰田", model="凯美瑞",
                    purchase_date=DELIVERED - timedelta(days=400 * (n % 2)),
                    insurance_expiry=date(2026, 6, 1 + n))
        s.add(v)
        s.flush()
        for k in range(orders):
            day = date(2026, 5, 10) - timedelta(days=12 * k)
            wo = WorkOrder(number=f"WO-{store_id}-{n}-{k}", store_id=store_id, vehicle_id=v.id,
                           customer_id=c.id, status=WorkOrderStatus.DELIVERED,
                           opened_at=at(day), closed_at=at(day, 17), mileage_km=3000 * (k + 1))
            wo.lines.append(WorkOrderLine(kind="labour", description="保养",
                                          unit_price=Decimal("20000.00")))
            s.add(wo)
        return c.id


def _outcome(db, ids) -> dict:
    """Each customer's care items (kind, occurrence, due day) and tier."""
    with db.session() as s:
        found = {cid: set() for cid in ids}
        for cid, kind, occurrence, due in s.execute(select(
                CareItem.customer_id, CareItem.kind, CareItem.occurrence, CareItem.due_date)
                .where(CareItem.customer_id.in_(ids))):
            found[cid].add((str(kind), occurrence, due))
        tiers = dict(s.execute(select(Customer.id, Customer.tier)).all())
        return {cid: (frozenset(found[cid]), str(tiers[cid])) for cid in ids}


def _forget(db) -> None:
    with db.session() as s:
        s.execute(delete(CareItem))
        s.execute(delete(CustomerRfm))
        s.execute(update(Customer).values(tier="standard"))


def test_small_batches_decide_exactly_as_one_batch(db, shop, monkeypatch):
    ids = [_customer(db, shop.store_id, n, orders=n % 4) for n in range(1, 8)]
    now = at(date(2026, 5, 20))
    monkeypatch.setattr(care_run, "_BATCH", 3)            # 7 customers: pages of 3, 3, 1
    batched = run_care(db, shop.store_id, now=now)
    in_batches = _outcome(db, ids)
    _forget(db)
    monkeypatch.setattr(care_run, "_BATCH", 10_000)
    whole = run_care(db, shop.store_id, now=now)
    assert _outcome(db, ids) == in_batches
    assert (batched.created, batched.tiers_changed) == (whole.created, whole.tiers_changed)
    assert whole.total > 0 and {tier for _, tier in in_batches.values()} >= {"gold", "standard"}
    monkeypatch.setattr(care_run, "_BATCH", 2)
    assert run_care(db, shop.store_id, now=now).total == 0     # idempotent across batches
    assert recompute_tiers(db, shop.store_id, now=now) == 0


def test_a_store_run_leaves_the_other_stores_customers_alone(db, shop):
    with db.session() as s:
        other = Store(code="SZ01", name="深圳南山4S店", province="粤")
        s.add(other)
        s.flush()
        other_id = other.id
    ours = _customer(db, shop.store_id, 1, orders=3)
    theirs = _customer(db, other_id, 2, orders=3)
    now = at(date(2026, 5, 20))
    run_care(db, shop.store_id, now=now)
    outcome = _outcome(db, [ours, theirs])
    assert outcome[ours][1] == "gold" and outcome[ours][0]
    assert outcome[theirs] == (frozenset(), "standard")
    assert _surveys(db) == {ours: {shop.store_id}}      # their work orders: their store's
    run_care(db, other_id, now=now)
    with db.session() as s:
        stores = set(s.scalars(select(CareItem.store_id).where(CareItem.customer_id == theirs)))
    assert stores == {other_id} and _outcome(db, [theirs])[theirs][1] == "gold"
    assert _surveys(db) == {ours: {shop.store_id}, theirs: {other_id}}


def _surveys(db) -> dict[int, set[int]]:
    """The stores of each customer's surveys."""
    found: dict[int, set[int]] = {}
    with db.session() as s:
        for customer, store in s.execute(select(Survey.customer_id, Survey.store_id)):
            found.setdefault(customer, set()).add(store)
    return found
