"""The care figures, computed from the recorded outcomes.

- invitation success rate = items booked ÷ items invited (a booked item was invited too),
  counting each item once, by the day of its outcome;
- reminder → booking conversion = service-reminder items booked ÷ service-reminder items
  that fell due in the period (per staff member: the items assigned to them).

Both per kind and per member of staff, for a month (and each ISO week in it) or a week.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from app import acting
from app.db import Database
from app.domain.care_rules import SERVICE_REMINDERS, Outcome
from app.domain.roles import Permission
from app.domain.store_time import STORE_TZ
from app.errors import ValidationError
from app.models import CareItem, CareOutcome, Staff


@dataclass(frozen=True)
class Rate:
    """Counts and the two rates (None when nothing to divide by) for one group."""

    key: str
    invited: int
    booked: int
    declined: int
    unreachable: int
    reminders_due: int
    reminders_booked: int

    @property
    def invitation_rate(self) -> Decimal | None:
        """booked ÷ invited, as a fraction with 3 decimals."""
        return _ratio(self.booked, self.invited)

    @property
    def conversion(self) -> Decimal | None:
        """service reminders booked ÷ service reminders due."""
        return _ratio(self.reminders_booked, self.reminders_due)

    def as_json(self) -> dict:
        """The counts and rates, rates as strings (Decimal)."""
        return {"key": self.key, "invited": self.invited, "booked": self.booked,
                "declined": self.declined, "unreachable": self.unreachable,
                "reminders_due": self.reminders_due, "reminders_booked": self.reminders_booked,
                "invitation_rate": _text(self.invitation_rate),
                "conversion": _text(self.conversion)}


@dataclass(frozen=True)
class CareReport:
    """A month's figures: in all, by kind, by staff member, by ISO week."""

    month: str
    total: Rate
    by_kind: tuple[Rate, ...]
    by_staff: tuple[Rate, ...]
    by_week: tuple[Rate, ...]

    def as_json(self) -> dict:
        """The report as one JSON object."""
        return {"month": self.month, "total": self.total.as_json(),
                "by_kind": [r.as_json() for r in self.by_kind],
                "by_staff": [r.as_json() for r in self.by_staff],
                "by_week": [r.as_json() for r in self.by_week]}


def _ratio(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.001"), ROUND_HALF_UP)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def parse_month(text: str) -> tuple[date, date]:
    """"2026-11" → (1 Nov, 1 Dec); a clear error for anything else."""
    try:
        first = datetime.strptime(text.strip(), "%Y-%m").date()
    except (ValueError, AttributeError):
        raise ValidationError(f"月份格式应为 YYYY-MM，例如 2026-11（收到“{text}”）。",
                              f"The month is YYYY-MM, e.g. 2026-11 (got '{text}').",
                              field="month") from None
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, nxt


@acting.needs(Permission.REPORTS_VIEW)
def care_report(db: Database, store_id: int, month: str) -> CareReport:
    """The figures of `month` ("YYYY-MM") from the outcomes recorded in it."""
    first, nxt = parse_month(month)
    return _report(db, store_id, first, nxt, month)


#: The periods the care desk shows figures for.
PERIODS = ("week", "month")


def period_bounds(period: str, day: date) -> tuple[date, date, str]:
    """The ISO week or calendar month containing `day`: (first day, the day after, its
    label "2026-W10" or "2026-03")."""
    if period == "week":
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=7), _week(first)
    if period == "month":
        first, nxt = parse_month(f"{day.year}-{day.month:02d}")
        return first, nxt, f"{day.year}-{day.month:02d}"
    raise ValidationError("统计周期应为周或月。", "The period is a week or a month.",
                          field="period")


@acting.needs(Permission.REPORTS_VIEW)
def period_report(db: Database, store_id: int, period: str, day: date) -> CareReport:
    """The figures of the week or month containing `day` (per kind, staff member, week)."""
    first, nxt, label = period_bounds(period, day)
    return _report(db, store_id, first, nxt, label)


def _report(db: Database, store_id: int, first: date, nxt: date, label: str) -> CareReport:
    start = datetime.combine(first, time(0), STORE_TZ)
    end = datetime.combine(nxt, time(0), STORE_TZ)
    with db.session() as s:
        outcomes = s.execute(
            select(CareOutcome.item_id, CareOutcome.outcome, CareOutcome.at, CareItem.kind,
                   Staff.name)
            .join(CareItem, CareItem.id == CareOutcome.item_id)
            .outerjoin(Staff, Staff.id == CareOutcome.by_id)
            .where(CareItem.store_id == store_id, CareOutcome.at >= start,
                   CareOutcome.at < end)).all()
        reminders = s.execute(
            select(CareItem.id, CareItem.kind, CareItem.due_date, CareItem.status,
                   Staff.name)
            .outerjoin(Staff, Staff.id == CareItem.assignee_id)
            .where(CareItem.store_id == store_id, CareItem.due_date >= first,
                   CareItem.due_date < nxt,
                   CareItem.kind.in_([k.value for k in SERVICE_REMINDERS]))).all()
    groups: dict[str, dict[str, dict[str, set[int]]]] = {
        "total": defaultdict(lambda: defaultdict(set)),
        "kind": defaultdict(lambda: defaultdict(set)),
        "staff": defaultdict(lambda: defaultdict(set)),
        "week": defaultdict(lambda: defaultdict(set)),
    }
    for item_id, outcome, at, kind, staff in outcomes:
        week = _week(at.astimezone(STORE_TZ).date())
        for group, key in (("total", label), ("kind", str(kind)), ("staff", staff or "—"),
                           ("week", week)):
            counts = groups[group][key]
            if outcome in (Outcome.INVITED, Outcome.BOOKED):
                counts["invited"].add(item_id)
            counts[str(outcome)].add(item_id)
    for item_id, kind, due, status, assignee in reminders:
        for group, key in (("total", label), ("kind", str(kind)), ("staff", assignee or "—"),
                           ("week", _week(due))):
            counts = groups[group][key]
            counts["reminders_due"].add(item_id)
            if status == Outcome.BOOKED:
                counts["reminders_booked"].add(item_id)

    def rates(group: str) -> tuple[Rate, ...]:
        return tuple(_rate(key, counts) for key, counts in sorted(groups[group].items()))

    total = rates("total")
    return CareReport(label, total[0] if total else _rate(label, {}), rates("kind"),
                      rates("staff"), rates("week"))


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _rate(key: str, counts) -> Rate:
    def n(name: str) -> int:
        return len(counts.get(name, ()))

    return Rate(key, n("invited"), n("booked"), n("declined"), n("unreachable"),
                n("reminders_due"), n("reminders_booked"))
