"""The store's working calendar: which days it works, and working time between two moments.

A 4S store works every day of the week, weekends included. It is closed on China's public
holidays (the State Council's days off, from the `chinese-calendar` package) unless it
decided to open that day, and on its own closing days. An adjusted working weekend (调休上班)
is a working day whose bays keep a weekday's hours (Monday's). `chinese-calendar` knows only
the years the State Council has announced: for a later year no public holiday is known, so
every day is a working day but the store's own closing days (the admin page says so).

`is_working_day` is the one rule bookings, complaint SLAs and care due dates follow.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

import chinese_calendar

from app.domain.store_time import STORE_TZ
from app.errors import ValidationError

#: The bays' hours when nobody has set them: the workshop's usual day.
DEFAULT_OPENS = time(8, 30)
DEFAULT_CLOSES = time(18, 0)
#: How far `next_working_day` looks before giving up (a year of closed days is a mistake).
_SEARCH_DAYS = 366


class DayKind(StrEnum):
    """What a day is for the store."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    PUBLIC_HOLIDAY = "public_holiday"
    ADJUSTED_WORKDAY = "adjusted_workday"
    STORE_CLOSED = "store_closed"
    STORE_OPEN = "store_open"


#: The kinds on which the store does not work.
CLOSED_KINDS = frozenset({DayKind.PUBLIC_HOLIDAY, DayKind.STORE_CLOSED})


@dataclass(frozen=True)
class WorkingCalendar:
    """China's holidays and a store's own days, for the days a question needs."""

    #: Public holidays (days off) with the holiday's code (`national_day`: code_names).
    holidays: Mapping[date, str] = field(default_factory=dict)
    #: Adjusted working weekends (调休上班) with the code of the holiday they make up for.
    adjusted: Mapping[date, str] = field(default_factory=dict)
    #: The store's own days: True = open (even on a holiday), False = closed; with a note.
    store_days: Mapping[date, tuple[bool, str]] = field(default_factory=dict)
    #: The years `chinese-calendar` knows.
    known_years: frozenset[int] = frozenset()

    def knows(self, year: int) -> bool:
        """True when China's holidays of `year` are known."""
        return year in self.known_years


def china_calendar(store_days: Mapping[date, tuple[bool, str]] | None = None) -> WorkingCalendar:
    """The calendar of every year `chinese-calendar` knows, with the store's own days."""
    return WorkingCalendar(_HOLIDAYS, _ADJUSTED, dict(store_days or {}), _KNOWN_YEARS)


def _known_years() -> frozenset[int]:
    known = {d.year for d in chinese_calendar.constants.holidays}
    return frozenset(y for y in known if y >= 2004)


def _codes(days: Mapping[date, str]) -> dict[date, str]:
    """chinese-calendar's English holiday names as codes (`National Day` -> `national_day`)."""
    return {day: chinese_calendar.constants.Holiday(name).name for day, name in days.items()}


_HOLIDAYS: Mapping[date, str] = _codes(chinese_calendar.constants.holidays)
_ADJUSTED: Mapping[date, str] = _codes(chinese_calendar.constants.workdays)
_KNOWN_YEARS = _known_years()


def day_kind(calendar: WorkingCalendar, day: date) -> DayKind:
    """What `day` is for the store: its own decision first, then China's calendar."""
    own = calendar.store_days.get(day)
    if own is not None:
        return DayKind.STORE_OPEN if own[0] else DayKind.STORE_CLOSED
    if day in calendar.holidays:
        return DayKind.PUBLIC_HOLIDAY
    if day in calendar.adjusted:
        return DayKind.ADJUSTED_WORKDAY
    return DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY


def is_working_day(calendar: WorkingCalendar, day: date) -> bool:
    """The one rule: does the store work on `day`?"""
    return day_kind(calendar, day) not in CLOSED_KINDS


def hours_weekday(calendar: WorkingCalendar, day: date) -> int:
    """The weekday (Monday 0) whose bay hours apply on `day`: an adjusted working weekend
    keeps a weekday's (Monday's) hours, every other day its own."""
    return 0 if day_kind(calendar, day) is DayKind.ADJUSTED_WORKDAY else day.weekday()


def next_working_day(calendar: WorkingCalendar, day: date) -> date:
    """`day` itself when the store works then, else the first working day after it."""
    for offset in range(_SEARCH_DAYS):
        candidate = day + timedelta(days=offset)
        if is_working_day(calendar, candidate):
            return candidate
    raise ValidationError("一年内没有营业日，请检查闭店日设置。",
                          "No working day within a year; check the closing days.",
                          field="calendar")


def add_working_time(calendar: WorkingCalendar, start: datetime, span: timedelta) -> datetime:
    """`start` plus `span` counted only on the store's working days (whole days, store
    time): a closed day stops the clock from its midnight to the next."""
    moment = start.astimezone(STORE_TZ)
    left = span
    while True:
        day = moment.date()
        midnight = datetime.combine(day + timedelta(days=1), time(0), STORE_TZ)
        if not is_working_day(calendar, day):
            moment = midnight
            continue
        if moment + left <= midnight:
            return moment + left
        left -= midnight - moment
        moment = midnight


def check_hours(opens: time | None, closes: time | None) -> None:
    """Refuse hours whose closing time is not after the opening time (both or neither), or
    that are not on a half hour (the booking slots are half hours)."""
    if (opens is None) != (closes is None):
        raise ValidationError("请同时填写开门和关门时间，或将该天设为不营业。",
                              "Give both the opening and the closing time, or mark the day "
                              "closed.", field="hours")
    if any(t is not None and (t.minute % 30 or t.second) for t in (opens, closes)):
        raise ValidationError("营业时间须为整点或半点（如 08:30）。",
                              "Hours are on the hour or the half hour (e.g. 08:30).",
                              field="hours")
    if opens is not None and closes is not None and closes <= opens:
        raise ValidationError(f"关门时间 {closes:%H:%M} 须晚于开门时间 {opens:%H:%M}。",
                              f"The closing time {closes:%H:%M} must be after the opening "
                              f"time {opens:%H:%M}.", field="hours")
