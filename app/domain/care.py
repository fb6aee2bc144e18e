"""A care notice as the arrival card shows it, and the month arithmetic the care rules use.

The rules themselves (what falls due when) live in `app.domain.care_rules`; the daily run
stores their items, and reception shows the stored items of the arriving customer.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CareItem:
    """Something due for this customer; `days` until `due` (negative when overdue).
    `item_id` names the stored care item it shows, for "told in person"."""

    kind: str
    due: date
    days: int
    zh: str
    en: str
    item_id: int | None = None

    @property
    def urgency(self) -> str:
        """'overdue' (past due), 'due_soon' (within `DUE_SOON_DAYS`) or 'upcoming'."""
        if self.days < 0:
            return "overdue"
        return "due_soon" if self.days <= DUE_SOON_DAYS else "upcoming"


#: A care item this close to its due date is shown as due soon (amber).
DUE_SOON_DAYS = 7


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the end of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if day.day <= 28:       # every month has the day: no calendar look-up (the nightly run)
        return date(year, month, day.day)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
