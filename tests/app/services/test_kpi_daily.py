"""The materialised daily KPI figures equal the live count of a store whose facts the test
sets; the group's report reads them for closed days, counts today live, falls back to the
live count for a period not counted, and a re-count catches a late comeback. On SQLite and
PostgreSQL (`-m db --db postgres`)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.kpi import DAILY_KPIS, Level, day_period, month_period
from app.domain.workflow import WorkOrderStatus as S
from app.errors import ValidationError
from app.models import Customer, Vehicle, WorkOrder
from app.services import kpi, kpi_daily
from tests import kpi_seed
from tests.kpi_seed import NOW, at

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def group(db):
    return kpi_seed.seed_group(db)


def _counts(figures):
    return {f.code: (f.numerator, f.denominator) for f in figures}


def _whole(report):
    return (_counts(report.figures),
            [(c.place.code, _counts(c.figures)) for c in report.children], report.daily)


def _stored(db, period, stores, today=date(2026, 12, 5)):
    with db.session() as session:
        return kpi_daily.read(session, period, stores, today)


def test_the_daily_figures_of_a_store_equal_its_live_count(db, group):
    counted = kpi_daily.count_days(db, *NOVEMBER, now=NOW)
    assert counted.days == 30 and counted.rows > 0
    stored = _stored(db, month_period(kpi_seed.MONTH), [group.gz01])
    assert {code: stored.counts[code][group.gz01] for code in DAILY_KPIS} \
        == {code: kpi_seed.EXPECTED[code] for code in DAILY_KPIS}
    assert stored.counts["booking_share"][group.gz01] == (Decimal(2), 5)


def test_the_group_month_read_from_the_daily_figures_equals_the_live_one(db, group):
    live = kpi.month_report(db, kpi_seed.MONTH, Level.GROUP)
    kpi_daily.count_days(db, *NOVEMBER, now=NOW)
    assert _stored(db, month_period(kpi_seed.MONTH), None) is not None
    assert _whole(kpi.month_report(db, kpi_seed.MONTH, Level.GROUP)) == _whole(live)
    division = kpi.month_report(db, kpi_seed.MONTH, Level.DIVISION, group.south_id)
    assert dict(_whole(live)[1])[division.place.code] == _counts(division.figures)


def test_a_month_with_a_day_not_counted_is_counted_live(db, group):
    kpi_daily.count_days(db, date(2026, 11, 1), date(2026, 11, 29), now=NOW)
    assert _stored(db, month_period(kpi_seed.MONTH), None) is None
    before = kpi.month_report(db, kpi_seed.MONTH, Level.GROUP).figure("comebacks")
    _late_comeback(db, group.gz02)          # not in any daily figure: the live count sees it
    after = kpi.month_report(db, kpi_seed.MONTH, Level.GROUP).figure("comebacks")
    assert (after.numerator, after.denominator) == (before.numerator + 1, before.denominator + 1)


def test_today_is_counted_live_beside_the_closed_days(db, group):
    live = kpi.dashboard(db, Level.GROUP, None, "month", now=NOW).report
    kpi_daily.count_days(db, date(2026, 12, 1), date(2026, 12, 4), now=NOW)
    stored = _stored(db, month_period("2026-12"), [group.gz01])
    assert stored.counts["booking_share"][group.gz01] == (Decimal(0), 3)  # today's three
    assert _whole(kpi.dashboard(db, Level.GROUP, None, "month", now=NOW).report) == _whole(live)


def _board(board):
    return (board.today, _whole(board.report))


def test_a_store_dashboard_read_from_the_daily_figures_equals_the_live_one(db, group):
    live = {(store, kind): _board(kpi.dashboard(db, Level.STORE, store, kind, now=NOW))
            for store in (group.gz01, group.gz02) for kind in ("week", "month")}
    november = _whole(kpi.month_report(db, kpi_seed.MONTH, Level.STORE, group.gz01))
    kpi_daily.count_recent(db, now=NOW)                 # the nightly job: 4 Nov – 4 Dec
    kpi_daily.count_days(db, date(2026, 11, 1), date(2026, 11, 3), now=NOW)
    assert _stored(db, month_period("2026-12"), [group.gz01]) is not None
    for (store, kind), board in live.items():
        assert _board(kpi.dashboard(db, Level.STORE, store, kind, now=NOW)) == board
    assert _whole(kpi.month_report(db, kpi_seed.MONTH, Level.STORE, group.gz01)) == november
    assert _counts(kpi.month_report(db, kpi_seed.MONTH, Level.STORE, group.gz01).figures) \
        == kpi_seed.EXPECTED


def test_a_store_dashboard_counts_today_live_beside_its_closed_days(db, group):
    kpi_daily.count_days(db, date(2026, 12, 1), date(2026, 12, 4), now=NOW)
    before = kpi.dashboard(db, Level.STORE, group.gz02, "month", now=NOW)
    _opened_today(db, group.gz02)           # after the count: only a live count sees it
    after = kpi.dashboard(db, Level.STORE, group.gz02, "month", now=NOW)
    assert after.report.figure("booking_share").denominator \
        == before.report.figure("booking_share").denominator + 1
    assert after.today.count("in_shop") == before.today.count("in_shop") + 1
    assert after.report.daily[-1].day == date(2026, 12, 5)
    _late_comeback(db, group.gz02)          # opened on 1 December, a day counted before it
    stale = kpi.dashboard(db, Level.STORE, group.gz02, "month", now=NOW).report
    assert [stale.figure(c) for c in DAILY_KPIS] == [after.report.figure(c) for c in DAILY_KPIS]
    kpi_daily.count_recent(db, now=NOW)
    recounted = kpi.dashboard(db, Level.STORE, group.gz02, "month", now=NOW).report
    assert recounted.figure("booking_share").denominator \
        == after.report.figure("booking_share").denominator + 1


def test_the_nightly_recount_catches_a_comeback_after_the_day_was_counted(db, group):
    kpi_daily.count_days(db, *NOVEMBER, now=NOW)
    counted_then = kpi.month_report(db, kpi_seed.MONTH, Level.GROUP).figure("comebacks")
    _late_comeback(db, group.gz02)
    before = kpi.month_report(db, kpi_seed.MONTH, Level.GROUP).figure("comebacks")
    assert before == counted_then                   # the daily figures, as counted
    counted = kpi_daily.count_recent(db, now=NOW)
    assert (counted.first, counted.last) == (date(2026, 11, 4), date(2026, 12, 4))
    after = kpi.month_report(db, kpi_seed.MONTH, Level.GROUP).figure("comebacks")
    assert (after.numerator, after.denominator) == (before.numerator + 1, before.denominator + 1)


def test_an_open_day_and_a_long_range_are_refused(db, group):
    with pytest.raises(ValidationError) as refused:
        kpi_daily.count_days(db, date(2026, 12, 4), date(2026, 12, 5), now=NOW)
    assert "closed days" in refused.value.text("en")
    with pytest.raises(ValidationError):
        kpi_daily.count_days(db, date(2024, 1, 1), date(2026, 12, 1), now=NOW)
    assert _stored(db, day_period(date(2026, 12, 4)), None) is None


def _late_comeback(db, store_id: int) -> None:
    """A car delivered on 10 November (counted then as clean) back on 1 December."""
    with db.session() as session:
        customer = Customer(name="孙丽", mobile="13500000000", birthday=date(1985, 5, 5))
        session.add(customer)
        session.flush()
        car = Vehicle(plate="粤B12345", owner_id=customer.id)
        session.add(car)
        session.flush()
        for number, opened, status, closed in (
                ("WO-LATE1", at(10), S.DELIVERED, at(10) + timedelta(hours=4)),
                ("WO-LATE2", at(1, month=12), S.IN_REPAIR, None)):
            session.add(WorkOrder(number=number, store_id=store_id, vehicle_id=car.id,
                                  customer_id=customer.id, status=status, opened_at=opened,
                                  closed_at=closed))


def _opened_today(db, store_id: int) -> None:
    """A car opened in the workshop this morning (5 December, before NOW)."""
    with db.session() as session:
        customer = Customer(name="周敏", mobile="13600000000", birthday=date(1990, 3, 3))
        session.add(customer)
        session.flush()
        car = Vehicle(plate="粤B54321", owner_id=customer.id)
        session.add(car)
        session.flush()
        session.add(WorkOrder(number="WO-TODAY1", store_id=store_id, vehicle_id=car.id,
                              customer_id=customer.id, status=S.IN_REPAIR,
                              opened_at=NOW - timedelta(hours=1)))
