"""Complaint grades, steps and their SLA clocks: pure time arithmetic, no storage.

Ordinary complaints: somebody contacts the customer within 1 hour. Major complaints: a
manager takes them (the first contact is a manager's) within 2 hours. Every complaint: a
solution is proposed within 24 hours. The clocks run on wall-clock time (a complaint received
at 23:50 is due for contact at 00:50). A reopened complaint starts a new round from the
moment it reopened. Each overdue deadline raises the escalation level by one. Given the
store's working calendar, a day the store is closed (a public holiday, its own closing day)
does not count: a complaint received the evening before a holiday is due after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.working_calendar import WorkingCalendar, add_working_time


class ComplaintGrade(StrEnum):
    """Ordinary: contact within 1 hour; major: a manager on it within 2 hours."""

    ORDINARY = "ordinary"
    MAJOR = "major"


class ComplaintStatus(StrEnum):
    """Where a complaint stands (the last step done in its current round)."""

    OPEN = "open"
    CONTACTED = "contacted"
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    CLOSED = "closed"


class ComplaintStep(StrEnum):
    """The timestamped steps of a complaint's history."""

    RECEIVED = "received"
    CONTACTED = "contacted"
    ESCALATED = "escalated"
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    CLOSED = "closed"
    REOPENED = "reopened"


class ComplaintChannel(StrEnum):
    """How the complaint reached the store."""

    PHONE = "phone"
    STORE = "store"
    SURVEY = "survey"
    WEB = "web"


class ComplaintCategory(StrEnum):
    """What the complaint is about."""

    ATTITUDE = "attitude"
    QUALITY = "quality"
    WAITING = "waiting"
    PRICE = "price"
    PARTS = "parts"
    SALES = "sales"


class SlaState(StrEnum):
    """How a complaint stands against its next deadline."""

    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    DONE = "done"


#: First contact: ordinary within 1 hour, major (a manager) within 2 hours.
CONTACT_LIMIT: dict[ComplaintGrade, timedelta] = {
    ComplaintGrade.ORDINARY: timedelta(hours=1),
    ComplaintGrade.MAJOR: timedelta(hours=2),
}
#: A solution proposed within 24 hours, whatever the grade.
SOLUTION_LIMIT = timedelta(hours=24)
#: A deadline this close counts as "due soon" on the complaints page.
DUE_SOON = timedelta(minutes=15)

#: The step each status allows next (a button on the complaints page).
NEXT_STEPS: dict[ComplaintStatus, tuple[ComplaintStep, ...]] = {
    ComplaintStatus.OPEN: (ComplaintStep.CONTACTED, ComplaintStep.ESCALATED),
    ComplaintStatus.CONTACTED: (ComplaintStep.PROPOSED, ComplaintStep.ESCALATED),
    ComplaintStatus.PROPOSED: (ComplaintStep.ACCEPTED, ComplaintStep.PROPOSED,
                               ComplaintStep.ESCALATED),
    ComplaintStatus.ACCEPTED: (ComplaintStep.CLOSED,),
    ComplaintStatus.CLOSED: (ComplaintStep.REOPENED,),
}
#: The status a step leads to (escalation leaves the status as it is).
STEP_STATUS: dict[ComplaintStep, ComplaintStatus] = {
    ComplaintStep.CONTACTED: ComplaintStatus.CONTACTED,
    ComplaintStep.PROPOSED: ComplaintStatus.PROPOSED,
    ComplaintStep.ACCEPTED: ComplaintStatus.ACCEPTED,
    ComplaintStep.CLOSED: ComplaintStatus.CLOSED,
    ComplaintStep.REOPENED: ComplaintStatus.OPEN,
}


@dataclass(frozen=True)
class Deadline:
    """One SLA deadline of the current round: what is owed, by when, and when it was done."""

    step: ComplaintStep
    due_at: datetime
    done_at: datetime | None

    def overdue(self, now: datetime) -> bool:
        """True when the step was (or is still not) done after its due time."""
        return (self.done_at or now) > self.due_at

    @property
    def met(self) -> bool:
        """True when the step was done in time."""
        return self.done_at is not None and self.done_at <= self.due_at


@dataclass(frozen=True)
class SlaClock:
    """A complaint against its clock at `now`."""

    state: SlaState
    #: The next step owed, its due time and the time left (negative when overdue).
    step: ComplaintStep | None
    due_at: datetime | None
    remaining: timedelta | None
    #: How many deadlines of this round have been missed (the escalation level they call for).
    missed: int


def due_after(started_at: datetime, limit: timedelta,
              calendar: WorkingCalendar | None = None) -> datetime:
    """When a step `limit` after `started_at` is due: wall-clock time, or only the store's
    working days' time with its calendar."""
    if calendar is None:
        return started_at + limit
    return add_working_time(calendar, started_at, limit).astimezone(started_at.tzinfo)


def deadlines(grade: ComplaintGrade, started_at: datetime, contacted_at: datetime | None,
              proposed_at: datetime | None,
              calendar: WorkingCalendar | None = None) -> tuple[Deadline, Deadline]:
    """The round's contact and solution deadlines; `started_at` is receipt or reopening."""
    return (Deadline(ComplaintStep.CONTACTED,
                     due_after(started_at, CONTACT_LIMIT[grade], calendar), contacted_at),
            Deadline(ComplaintStep.PROPOSED,
                     due_after(started_at, SOLUTION_LIMIT, calendar), proposed_at))


def sla_clock(grade: ComplaintGrade, started_at: datetime, contacted_at: datetime | None,
              proposed_at: datetime | None, now: datetime,
              calendar: WorkingCalendar | None = None) -> SlaClock:
    """Where the complaint stands at `now`; done once a solution has been proposed."""
    pair = deadlines(grade, started_at, contacted_at, proposed_at, calendar)
    missed = sum(1 for d in pair if d.overdue(now))
    owed = [d for d in pair if d.done_at is None]
    if not owed:
        return SlaClock(SlaState.DONE, None, None, None, missed)
    first = min(owed, key=lambda d: d.due_at)
    remaining = first.due_at - now
    if remaining < timedelta(0):
        state = SlaState.OVERDUE
    elif remaining <= DUE_SOON:
        state = SlaState.DUE_SOON
    else:
        state = SlaState.ON_TIME
    return SlaClock(state, first.step, first.due_at, remaining, missed)


def sla_met(grade: ComplaintGrade, started_at: datetime, contacted_at: datetime | None,
            proposed_at: datetime | None, now: datetime,
            calendar: WorkingCalendar | None = None) -> bool | None:
    """True when both deadlines were met, False when one was missed, None while undecided."""
    pair = deadlines(grade, started_at, contacted_at, proposed_at, calendar)
    if any(d.overdue(now) for d in pair):
        return False
    if all(d.met for d in pair):
        return True
    return None


def format_age(age: timedelta) -> str:
    """`2:05` (hours:minutes) or `1d 3:10`; negative ages show with a minus sign."""
    sign = "-" if age < timedelta(0) else ""
    minutes = int(abs(age).total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    text = f"{minutes // 60}:{minutes % 60:02d}"
    return f"{sign}{days}d {text}" if days else f"{sign}{text}"
