"""Four desk processes race for the same bay, vehicle and technician slots: no overlap.

On PostgreSQL the exclusion constraints decide; on one SQLite file shared by the
processes the check and the insert share a BEGIN IMMEDIATE transaction.
"""

from __future__ import annotations

import multiprocessing
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.models import Booking
from app.services import bookings, customers, vehicles
from app.services.common import STORE_TZ
from tests.app.services.booking_race import race

DESKS = 4
DAY = date(2030, 3, 5)


def _starts(day: date) -> list[str]:
    """Every half hour from 8:30 to 15:30: brake jobs (1.5 h) starting there all overlap
    their neighbours."""
    first = datetime.combine(day, time(8, 30), STORE_TZ)
    return [(first + timedelta(minutes=30 * i)).isoformat() for i in range(15)]


def _overlapping_pairs(db, key: str) -> int:
    with db.session() as s:
        rows = [(getattr(b, key), b.slot_start, b.slot_end) for b in s.scalars(
            select(Booking).where(Booking.status.in_(bookings.ACTIVE)))]
    return sum(1 for i, a in enumerate(rows) for b in rows[i + 1:]
               if a[0] is not None and a[0] == b[0] and a[1] < b[2] and b[1] < a[2])


def test_four_desks_racing_never_double_book(db, database_url, shop):
    cars = []
    for n in range(DESKS):
        owner = customers.create_customer(db, name=f"客户{n}", salutation="先生")
        cars.append(vehicles.add_vehicle(db, plate=f"粤B1234{n}", owner_id=owner.id).id)
    brakes = [shop.brakes_id]
    plans = []
    for desk in range(DESKS):
        # Day 1: every desk wants bay 1 for its own car; day 2: every desk books the same
        # car (any bay); day 3: every desk wants the one technician for its own car.
        plan = [dict(vehicle_id=cars[desk], item_ids=brakes, bay_id=shop.bay1_id, slot_start=t)
                for t in _starts(DAY)]
        plan += [dict(vehicle_id=cars[0], item_ids=brakes, slot_start=t)
                 for t in _starts(DAY + timedelta(days=1))]
        plan += [dict(vehicle_id=cars[desk], item_ids=brakes, technician_id=shop.technician_id,
                      slot_start=t) for t in _starts(DAY + timedelta(days=2))]
        plans.append(plan)
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(DESKS), context.Queue()
    desks = [context.Process(target=race, args=(database_url, plan, barrier, results))
             for plan in plans]
    for desk in desks:
        desk.start()
    counts = [results.get(timeout=120) for _ in desks]
    for desk in desks:
        desk.join(30)
        assert desk.exitcode == 0
    created = sum(c for c, _ in counts)
    assert sum(r for _, r in counts) == DESKS * len(plans[0]) - created
    assert created >= 3 * 4       # each day holds at least four brake jobs
    assert _overlapping_pairs(db, "bay_id") == 0
    assert _overlapping_pairs(db, "vehicle_id") == 0
    assert _overlapping_pairs(db, "technician_id") == 0
