"""The demo store's care work: today's run, and a month of worked items for the figures.

Showcase customers keep the tier the demo gives them, as a manual override; a share of
the earlier items are worked (invited, booked with the booking they produced, declined,
unreachable) so the care desk and `main.py care report` show content.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.db import Database
from app.domain.care_rules import Outcome, next_status
from app.domain.store_time import STORE_TZ
from app.models import Booking, CareItem, CareOutcome, Customer, CustomerRfm
from app.services.care_run import run_care

#: Days back the demo starts its runs (one every STEP_DAYS), so some items are worked.
HISTORY_DAYS = 28
STEP_DAYS = 14


def build_care(db: Database, store_id: int, today: date, fixed_tiers: set[int],
               seed: int) -> int:
    """Run the care job for the last month and today, work some items; items created."""
    rng = random.Random(seed)
    _keep_tiers(db, fixed_tiers, today)
    created = 0
    for back in range(HISTORY_DAYS, -1, -STEP_DAYS):
        day = today - timedelta(days=back)
        now = datetime.combine(day, time(8, 30), STORE_TZ)
        created += run_care(db, store_id, now=now).total
        if back:
            _work_some(db, store_id, day, rng)
    return created


def _keep_tiers(db: Database, customer_ids: set[int], today: date) -> None:
    with db.session() as s:
        for cid, tier in s.execute(select(Customer.id, Customer.tier)
                                   .where(Customer.id.in_(customer_ids))):
            s.add(CustomerRfm(customer_id=cid, segment="regular", computed_tier=str(tier),
                              spend=0, computed_on=today, override_tier=str(tier),
                              override_by="演示", override_reason="演示门店设定的等级"))


def _work_some(db: Database, store_id: int, day: date, rng: random.Random) -> None:
    """Work about half of the items due by `day`, as the care staff would have (written in
    one session: the demo writes its history directly, as the rest of the demo does)."""
    at = datetime.combine(day, time(15, 0), STORE_TZ)
    with db.session() as s:
        bookings = {vid: bid for bid, vid in s.execute(select(Booking.id, Booking.vehicle_id))}
        for item in s.scalars(select(CareItem).where(
                CareItem.store_id == store_id, CareItem.status == "open",
                CareItem.due_date <= day)):
            if rng.random() > 0.5:
                continue
            roll, booking_id, reason = rng.random(), None, ""
            if roll < 0.3 and item.vehicle_id in bookings:
                outcome, booking_id = Outcome.BOOKED, bookings[item.vehicle_id]
            elif roll < 0.65:
                outcome = Outcome.INVITED
            elif roll < 0.8:
                outcome, reason = Outcome.DECLINED, "近期不方便"
            else:
                outcome = Outcome.UNREACHABLE
            item.attempts += 1
            item.status = next_status(outcome, item.attempts)
            item.booking_id = booking_id
            item.closed_at = at if item.status != "open" else None
            s.add(CareOutcome(item_id=item.id, outcome=outcome, reason=reason,
                              booking_id=booking_id, by_id=item.assignee_id, at=at))
