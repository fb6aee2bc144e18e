"""The store's working calendar: its own closing and opening days, looked up for the one
rule in `app.domain.working_calendar` that bookings, complaint SLAs and care due dates use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.domain.store_time import STORE_TZ
from app.domain.working_calendar import (
    WorkingCalendar,
    china_calendar,
    day_kind,
    is_working_day,
)
from app.errors import Conflict, ValidationError
from app.models import Store, StoreDay
from app.services import audit
from app.services.common import get_or_raise

#: A month view shows at most this many days; a lookup window is bounded the same way.
_MAX_DAYS = 400
_NOTE_MAX = 100


@dataclass(frozen=True)
class CalendarDay:
    """One day as the admin page and the booking calendar show it."""

    day: date
    kind: str
    working: bool
    #: The code of the public holiday (or of the one an adjusted weekend makes up for).
    holiday: str
    #: The store's note on a day it decided on.
    note: str
    #: False for a year whose public holidays `chinese-calendar` does not know.
    known: bool


def calendar_in(session: Session, store_id: int | None, first: date,
                last: date) -> WorkingCalendar:
    """China's calendar with the store's own days between `first` and `last` (inclusive);
    a row-less desk (no store) gets China's calendar alone."""
    if (last - first).days > _MAX_DAYS:
        last = first + timedelta(days=_MAX_DAYS)
    if store_id is None:
        return china_calendar()
    rows = session.execute(select(StoreDay.day, StoreDay.is_open, StoreDay.note).where(
        StoreDay.store_id == store_id, StoreDay.day >= first, StoreDay.day <= last))
    return china_calendar({day: (is_open, note) for day, is_open, note in rows})


class StoreCalendars:
    """The working calendars of the stores one call needs, each store's days read once."""

    def __init__(self, session: Session, first: date, last: date) -> None:
        self._session, self._first, self._last = session, first, last
        self._found: dict[int | None, WorkingCalendar] = {}

    def __call__(self, store_id: int | None) -> WorkingCalendar:
        """The calendar of `store_id` (China's alone for a complaint of no store)."""
        if store_id not in self._found:
            self._found[store_id] = calendar_in(self._session, store_id, self._first,
                                                self._last)
        return self._found[store_id]


def around(session: Session, at: datetime) -> StoreCalendars:
    """Calendars for the clocks running at `at` (rounds started up to 90 days before)."""
    today = at.astimezone(STORE_TZ).date()
    return StoreCalendars(session, today - timedelta(days=90), today + timedelta(days=30))


def is_working_day_in(session: Session, store_id: int | None, day: date) -> bool:
    """Does store `store_id` work on `day` (inside an open session)?"""
    return is_working_day(calendar_in(session, store_id, day, day), day)


def describe(calendar: WorkingCalendar, day: date) -> CalendarDay:
    """`day` as a record: its kind, whether the store works and the name that goes with it."""
    kind = day_kind(calendar, day)
    own = calendar.store_days.get(day)
    holiday = calendar.holidays.get(day) or calendar.adjusted.get(day) or ""
    return CalendarDay(day, kind.value, is_working_day(calendar, day), holiday,
                       own[1] if own else "", calendar.knows(day.year))


@acting.open_to_signed_in
def day_info(db: Database, store_id: int | None, day: date) -> CalendarDay:
    """What `day` is for the store (the booking calendar shows it above the day)."""
    with db.session() as s:
        return describe(calendar_in(s, store_id, day, day), day)


@acting.open_to_signed_in
def month(db: Database, store_id: int, year: int, month_number: int) -> tuple[CalendarDay, ...]:
    """Every day of a month for the store."""
    first = date(year, month_number, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    with db.session() as s:
        calendar = calendar_in(s, store_id, first, last)
        return tuple(describe(calendar, first + timedelta(days=i))
                     for i in range((last - first).days + 1))


@acting.needs(Permission.STORE_ADMIN)
def set_store_day(db: Database, store_id: int, day: date, *, is_open: bool, note: str = "",
                  who: str = "") -> CalendarDay:
    """Close the store on `day` (its own holiday) or open it (on a public holiday); a day
    already set is changed."""
    note = (note or "").strip()
    if len(note) > _NOTE_MAX:
        raise ValidationError(f"备注最多 {_NOTE_MAX} 个字。",
                              f"The note is at most {_NOTE_MAX} characters.", field="note")
    with db.session() as s:
        get_or_raise(s, Store, store_id, "门店", "store", field="store_id")
        row = s.scalar(select(StoreDay).where(StoreDay.store_id == store_id,
                                              StoreDay.day == day))
        before = audit.snapshot(row) if row is not None else None
        if row is None:
            row = StoreDay(store_id=store_id, day=day)
            s.add(row)
        row.is_open, row.note = is_open, note
        try:
            s.flush()
        except IntegrityError as exc:  # another desk set the same day meanwhile
            raise Conflict("该日期刚被其他人设置，请刷新后重试。",
                           "Someone else just set this day; refresh and try again.",
                           field="day") from exc
        audit.record(s, who=who, action="create" if before is None else "update", row=row,
                     before=before)
        return describe(calendar_in(s, store_id, day, day), day)


@acting.needs(Permission.STORE_ADMIN)
def clear_store_day(db: Database, store_id: int, day: date, *, who: str = "") -> CalendarDay:
    """Forget the store's own decision on `day` (China's calendar applies again)."""
    with db.session() as s:
        row = s.scalar(select(StoreDay).where(StoreDay.store_id == store_id,
                                              StoreDay.day == day))
        if row is not None:
            audit.record_event(s, action="delete", entity=StoreDay.__tablename__,
                               entity_id=row.id, before=audit.snapshot(row), who=who)
            s.delete(row)
            s.flush()
        return describe(calendar_in(s, store_id, day, day), day)
