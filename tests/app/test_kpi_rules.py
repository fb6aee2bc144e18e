"""The KPI definitions: ratios, roll-ups, complete records, comebacks and periods."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.domain import kpi
from app.domain.code_names import CODE_NAMES
from app.errors import ValidationError


def test_a_rate_is_in_percent_and_an_average_in_its_unit():
    assert kpi.ratio(kpi.Unit.PERCENT, 2, 3) == Decimal("66.7")
    assert kpi.ratio(kpi.Unit.HOURS, Decimal("6.00"), 4) == Decimal("1.50")
    assert kpi.ratio(kpi.Unit.PERCENT, 0, 0) is None
    assert kpi.Figure("approval_turnaround", Decimal("7"), 2).value == Decimal("3.50")


def test_places_are_combined_by_their_counts_not_by_averaging_rates():
    small = kpi.Figure("booking_share", Decimal(1), 1)          # 100 %
    large = kpi.Figure("booking_share", Decimal(10), 100)       # 10 %
    both = kpi.combine("booking_share", [small, large])
    assert (both.numerator, both.denominator, both.value) == (Decimal(11), 101, Decimal("10.9"))


def test_every_kpi_has_its_names_and_a_numerator_and_denominator():
    for definition in kpi.PERIOD_KPIS:
        assert f"kpi.{definition.code}" in CODE_NAMES
        assert all(definition.numerator) and all(definition.denominator)
    for name in kpi.TODAY_FIGURES:
        assert f"kpi_today.{name}" in CODE_NAMES


def test_a_complete_record_has_name_mobile_and_birthday():
    assert kpi.is_complete("张伟", "13800000000", date(1990, 1, 1))
    assert not kpi.is_complete("张伟", "13800000000", None)
    assert not kpi.is_complete(" ", "13800000000", date(1990, 1, 1))
    assert not kpi.is_complete("张伟", None, date(1990, 1, 1))


def test_a_comeback_is_within_thirty_days_after_delivery():
    delivered = datetime(2026, 11, 4, 2, tzinfo=UTC)
    assert kpi.is_comeback(delivered, delivered + timedelta(days=30))
    assert not kpi.is_comeback(delivered, delivered + timedelta(days=30, seconds=1))
    assert not kpi.is_comeback(delivered, None)


def test_periods_of_a_month_and_a_week():
    month = kpi.month_period("2026-12")
    assert (month.first, month.after, month.label) == (date(2026, 12, 1), date(2027, 1, 1),
                                                       "2026-12")
    week = kpi.period_of("week", date(2026, 12, 5))
    assert (week.first, week.after, week.label) == (date(2026, 11, 30), date(2026, 12, 7),
                                                    "2026-W49")
    assert month.start.utcoffset() == timedelta(hours=8)
    with pytest.raises(ValidationError):
        kpi.month_period("2026/12")



def test_a_day_period_and_the_daily_kpis_are_period_kpis():
    one = kpi.day_period(date(2026, 11, 30))
    assert (one.first, one.after, one.label) == (date(2026, 11, 30), date(2026, 12, 1),
                                                 "2026-11-30")
    assert kpi.day_period(date(2026, 12, 5), date(2026, 12, 8)).after == date(2026, 12, 8)
    assert set(kpi.DAILY_KPIS) <= {k.code for k in kpi.PERIOD_KPIS}
    assert kpi.RECOUNT_DAYS > kpi.COMEBACK_DAYS


def test_refreshment_cost_is_yuan_per_visit_with_two_places():
    assert kpi.Figure("refreshment_cost", Decimal("100.00"), 3).value == Decimal("33.33")
    assert kpi.definition("refreshment_cost").unit is kpi.Unit.YUAN
    assert not kpi.definition("refreshment_cost").higher_is_better
