"""Reception's today strip: today's arrivals, the booked customers (expected, arrived,
late), the cars in the shop and those owed a progress update, read in one session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app import acting
from app.db import Database
from app.domain import workflow
from app.domain.roles import Permission
from app.services.arrival_card import VisitRecord
from app.services.common import now_utc, store_today
from app.services.expected_visitors import ExpectedVisitor, expected_today_in
from app.services.reception import todays_arrivals_in
from app.services.work_order_board import BoardCard, board_in


@dataclass(frozen=True)
class Today:
    """What reception counts today; each figure is the length of its list."""

    arrivals: tuple[VisitRecord, ...]           # newest first
    expected: tuple[ExpectedVisitor, ...]       # today's bookings, by start
    in_shop: tuple[BoardCard, ...]              # cars checked in and not handed back
    overdue_updates: tuple[BoardCard, ...]      # in the workshop, no update for 30 min

    @property
    def arrived(self) -> tuple[ExpectedVisitor, ...]:
        """Booked customers who have arrived."""
        return tuple(e for e in self.expected if e.state == "arrived")

    @property
    def late(self) -> tuple[ExpectedVisitor, ...]:
        """Booked customers not here 15 minutes after their slot began."""
        return tuple(e for e in self.expected if e.state == "late")


@acting.needs(Permission.ARRIVAL)
def today_at_reception(db: Database, *, now: datetime | None = None) -> Today:
    """Today's figures and their lists at `now` (default: now), in one session."""
    now = now_utc(now)
    with db.session() as s:
        cards = board_in(s, now)
        in_shop = tuple(c for c in cards if c.status in workflow.ON_SITE)
        return Today(
            arrivals=todays_arrivals_in(s, store_today(now)),
            expected=expected_today_in(s, now),
            in_shop=in_shop,
            overdue_updates=tuple(c for c in in_shop if c.flags(now).no_progress))
