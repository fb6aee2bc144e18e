"""SLA clocks of complaints, pure: the 59th and 61st minute, a complaint at 23:50, due soon."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.complaint_sla import (
    ComplaintGrade,
    ComplaintStep,
    SlaState,
    format_age,
    sla_clock,
    sla_met,
)
from app.domain.store_time import STORE_TZ

RECEIVED = datetime(2026, 11, 10, 9, 0, tzinfo=STORE_TZ)


def test_ordinary_contact_on_time_at_59th_minute_overdue_at_61st():
    at_59 = sla_clock(ComplaintGrade.ORDINARY, RECEIVED, None, None, RECEIVED + timedelta(minutes=59))
    at_61 = sla_clock(ComplaintGrade.ORDINARY, RECEIVED, None, None, RECEIVED + timedelta(minutes=61))
    assert (at_59.state, at_59.step, at_59.missed) == (SlaState.DUE_SOON, ComplaintStep.CONTACTED, 0)
    assert at_59.remaining == timedelta(minutes=1)
    assert (at_61.state, at_61.missed) == (SlaState.OVERDUE, 1)
    assert at_61.remaining == -timedelta(minutes=1)


def test_major_gives_two_hours_and_next_deadline_is_the_solution_after_contact():
    clock = sla_clock(ComplaintGrade.MAJOR, RECEIVED, None, None, RECEIVED + timedelta(minutes=61))
    assert clock.state == SlaState.ON_TIME and clock.due_at == RECEIVED + timedelta(hours=2)
    contacted = RECEIVED + timedelta(minutes=90)
    after = sla_clock(ComplaintGrade.MAJOR, RECEIVED, contacted, None, RECEIVED + timedelta(hours=3))
    assert (after.step, after.due_at) == (ComplaintStep.PROPOSED, RECEIVED + timedelta(hours=24))


def test_received_at_2350_is_due_for_contact_at_0050_next_day():
    late = datetime(2026, 11, 30, 23, 50, tzinfo=STORE_TZ)
    clock = sla_clock(ComplaintGrade.ORDINARY, late, None, None, late + timedelta(minutes=30))
    assert clock.due_at.astimezone(STORE_TZ) == datetime(2026, 12, 1, 0, 50, tzinfo=STORE_TZ)
    assert clock.state == SlaState.ON_TIME
    solution = sla_clock(ComplaintGrade.ORDINARY, late, late + timedelta(minutes=40), None,
                         late + timedelta(hours=2))
    assert solution.due_at.astimezone(STORE_TZ) == datetime(2026, 12, 1, 23, 50, tzinfo=STORE_TZ)


def test_both_deadlines_missed_count_twice_and_met_needs_both():
    now = RECEIVED + timedelta(hours=25)
    assert sla_clock(ComplaintGrade.ORDINARY, RECEIVED, None, None, now).missed == 2
    assert sla_met(ComplaintGrade.ORDINARY, RECEIVED, RECEIVED + timedelta(minutes=30),
                   RECEIVED + timedelta(hours=5), now) is True
    assert sla_met(ComplaintGrade.ORDINARY, RECEIVED, RECEIVED + timedelta(minutes=70),
                   RECEIVED + timedelta(hours=5), now) is False
    assert sla_met(ComplaintGrade.ORDINARY, RECEIVED, RECEIVED + timedelta(minutes=30), None,
                   RECEIVED + timedelta(hours=2)) is None
    assert sla_clock(ComplaintGrade.ORDINARY, RECEIVED, RECEIVED, RECEIVED, now).state == SlaState.DONE


def test_age_formatting():
    assert format_age(timedelta(minutes=125)) == "2:05"
    assert format_age(timedelta(days=1, minutes=190)) == "1d 3:10"
    assert format_age(-timedelta(minutes=5)) == "-0:05"
