"""Materialised daily KPI figures: each closed store day's numerator and denominator, per
store, of the KPIs that add up day by day (`app.domain.kpi.DAILY_KPIS`), so a store's,
a division's or the group's month reads 30 small rows per store instead of a month of work
orders (the store dashboard: its closed days from here, today's live).

`count_days` (on demand) and `count_recent` (the nightly job: the last `RECOUNT_DAYS` closed
days, since a comeback, a late answer or a replenishment can change them) count them with
the very queries of the live report (`app.services.kpi_queries`). `read` gives a period's
counts from them, today's (an open day) counted live, or None when a closed day of the
period has not been counted (the report is then counted live).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.kpi import DAILY_KPIS, RECOUNT_DAYS, Period, day_period
from app.domain.roles import Permission
from app.errors import ValidationError
from app.models import KpiDailyFigure, KpiDailyRun
from app.services import kpi_queries as q
from app.services.common import now_utc, store_today

#: The most days one call counts.
MAX_DAYS = 400
#: The daily figures keep approval hours to this many places (summed, then rounded).
_STORED_HOURS = Decimal("0.000001")


@dataclass(frozen=True)
class DaysCounted:
    """What a count wrote: the days first..last, and the figure rows written."""

    first: date
    last: date
    days: int
    rows: int


@dataclass(frozen=True)
class StoredFigures:
    """A period's day-by-day KPIs from the daily figures (today's live): {code: {store:
    (numerator, denominator)}}, and the daily work orders (day, opened, from a booking)."""

    counts: dict[str, q.Counts]
    days: tuple[tuple[date, int, int], ...]


@acting.needs(Permission.REPORTS_VIEW)
def count_days(db: Database, first: date, last: date,
               now: datetime | None = None) -> DaysCounted:
    """Count (again) every store's daily figures of the closed store days first..last."""
    at = now_utc(now)
    days = (last - first).days + 1
    if last >= store_today(at):
        raise ValidationError("只统计已结束的日期（今天以前）。",
                              "Only closed days (before today) are counted.", field="last")
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(f"日期范围须在 1 到 {MAX_DAYS} 天之间。",
                              f"The range is 1 to {MAX_DAYS} days.", field="first")
    rows = 0
    with db.session() as session:
        q.without_jit(session)
        for offset in range(days):
            rows += _count_day(session, first + timedelta(days=offset), at)
    return DaysCounted(first, last, days, rows)


@acting.needs(Permission.REPORTS_VIEW)
def count_recent(db: Database, now: datetime | None = None) -> DaysCounted:
    """The nightly count: the last `RECOUNT_DAYS` closed days (yesterday included)."""
    today = store_today(now_utc(now))
    return count_days(db, today - timedelta(days=RECOUNT_DAYS), today - timedelta(days=1), now)


def _count_day(session: Session, day: date, at: datetime) -> int:
    """Replace one day's figures of every store; returns the rows written."""
    counts = q.additive_counts(session, day_period(day), None, _STORED_HOURS)
    session.execute(delete(KpiDailyFigure).where(KpiDailyFigure.day == day))
    rows = [KpiDailyFigure(store_id=store, day=day, code=code, numerator=num, denominator=den)
            for code, by_store in counts.items() for store, (num, den) in by_store.items()]
    session.add_all(rows)
    session.merge(KpiDailyRun(day=day, counted_at=at))
    session.flush()
    return len(rows)


def read(session: Session, period: Period, stores, today: date) -> StoredFigures | None:
    """The period's day-by-day KPIs per store: its closed days from the daily figures, its
    open days (today on) counted live; None when a closed day has not been counted."""
    closed_after = min(period.after, today)
    closed = (closed_after - period.first).days
    if closed <= 0 or _counted_days(session, period.first, closed_after) < closed:
        return None
    counts = _stored(session, period.first, closed_after, stores)
    days = _stored_days(session, period.first, closed_after, stores)
    if period.after > today:
        live = day_period(today, period.after)
        for code, by_store in q.additive_counts(session, live, stores).items():
            for store, (num, den) in by_store.items():
                before = counts[code].get(store, (Decimal(0), 0))
                counts[code][store] = (before[0] + num, before[1] + den)
        days += tuple(q.daily_work_orders(session, live, stores))
    return StoredFigures(counts, days)


def _counted_days(session: Session, first: date, after: date) -> int:
    return session.scalar(select(func.count()).select_from(KpiDailyRun).where(
        KpiDailyRun.day >= first, KpiDailyRun.day < after)) or 0


def _in(stores):
    return q.store_filter(KpiDailyFigure.store_id, stores)


def _stored(session: Session, first: date, after: date, stores) -> dict[str, q.Counts]:
    f = KpiDailyFigure
    out: dict[str, q.Counts] = {code: {} for code in DAILY_KPIS}
    for store, code, num, den in session.execute(
            select(f.store_id, f.code, func.sum(f.numerator), func.sum(f.denominator))
            .where(_in(stores), f.day >= first, f.day < after)
            .group_by(f.store_id, f.code)):
        # hours rounded as the live report rounds them; the other numerators are counts
        num = Decimal(str(num)).quantize(q.HOURS_PLACES, ROUND_HALF_UP) \
            if code == "approval_turnaround" else Decimal(int(num))
        out[code][int(store)] = (num, int(den))
    return out


def _stored_days(session: Session, first: date, after: date,
                 stores) -> tuple[tuple[date, int, int], ...]:
    f = KpiDailyFigure
    return tuple((day, int(den), int(num)) for day, den, num in session.execute(
        select(f.day, func.sum(f.denominator), func.sum(f.numerator))
        .where(_in(stores), f.code == "booking_share", f.day >= first, f.day < after)
        .group_by(f.day).order_by(f.day)))
