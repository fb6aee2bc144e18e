"""Reception's "expected today": today's bookings with whether each customer has arrived."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.models import Visit
from app.services import bookings
from app.services.bookings import BookingRecord
from app.services.common import day_bounds, now_utc, store_today
from app.services.scoping import in_scope

#: A booked customer not seen this long after the slot began counts as late.
LATE_AFTER = timedelta(minutes=15)


@dataclass(frozen=True)
class ExpectedVisitor:
    """A booking of today with its arrival state: 'arrived', 'not_yet', 'late' or 'no_show'."""

    booking: BookingRecord
    state: str


def arrival_state(booking: BookingRecord, seen: bool, now: datetime) -> str:
    """Whether the customer of `booking` has arrived, is still to come, or is late."""
    if booking.status == "no_show":
        return "no_show"
    if seen or booking.status in ("checked_in", "completed"):
        return "arrived"
    return "late" if now > booking.slot_start + LATE_AFTER else "not_yet"


@acting.needs(Permission.ARRIVAL)
def expected_today(db: Database, *, now: datetime | None = None) -> tuple[ExpectedVisitor, ...]:
    """Today's bookings in start order, each with its arrival state at `now`."""
    with db.session() as s:
        return expected_today_in(s, now_utc(now))


def expected_today_in(session: Session, now: datetime) -> tuple[ExpectedVisitor, ...]:
    """`expected_today` inside an open session, at the aware time `now`."""
    day = store_today(now)
    booked = bookings.bookings_for_day_in(session, day)
    start, end = day_bounds(day)
    seen = set(session.scalars(select(Visit.vehicle_id).where(
        in_scope(Visit.store_id), Visit.arrived_at >= start, Visit.arrived_at < end,
        Visit.vehicle_id.is_not(None))))
    return tuple(ExpectedVisitor(b, arrival_state(b, b.vehicle_id in seen, now)) for b in booked)
