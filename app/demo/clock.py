"""The store's clock for the demo: today's date at the store (UTC+8) and local times as UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.domain.store_time import STORE_TZ


def store_today() -> date:
    """Today's date at the store."""
    return datetime.now(STORE_TZ).date()


def at(day: date, minute_of_day: int) -> datetime:
    """The UTC-aware instant of `minute_of_day` (0..1439 and beyond) on the store's `day`."""
    local = datetime.combine(day, time(0), STORE_TZ) + timedelta(minutes=minute_of_day)
    return local.astimezone(UTC)


def minute_of(day: date, instant: datetime) -> int:
    """Where `instant` falls on the store's `day`, in minutes since its midnight (negative
    before the day, beyond 1440 after it): the demo lays today out around the real time."""
    return int((instant - datetime.combine(day, time(0), STORE_TZ)) / timedelta(minutes=1))


def anniversary_on_or_after(start: date, day: date) -> date:
    """The first anniversary of `start` (a purchase) falling on or after `day`."""
    year = day.year
    while True:
        candidate = date(year, start.month, min(start.day, 28 if start.month == 2 else 31))
        if candidate >= day and candidate > start:
            return candidate
        year += 1


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
