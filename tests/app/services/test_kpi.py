"""Every KPI of a store whose facts the test sets, its division and the group, and today's
figures; on SQLite and PostgreSQL (`-m db --db postgres`)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.acting import Actor, PermissionRefused, acting_as
from app.errors import NotFound, ValidationError
from app.services import kpi
from tests import kpi_seed


@pytest.fixture
def group(db):
    return kpi_seed.seed_group(db)


def _counts(report):
    return {f.code: (f.numerator, f.denominator) for f in report.figures}


def test_every_kpi_of_a_store_with_its_numerator_and_denominator(db, group):
    report = kpi.month_report(db, kpi_seed.MONTH, "store", group.gz01)
    assert _counts(report) == kpi_seed.EXPECTED
    assert report.figure("approval_turnaround").value == Decimal("3.00")
    assert report.figure("booking_share").value == Decimal("40.0")
    assert report.children == ()


def test_quote_conversion_per_consultant(db, group):
    report = kpi.month_report(db, kpi_seed.MONTH, "store", group.gz01)
    assert {(c.name, c.figure.numerator, c.figure.denominator) for c in report.consultants} \
        == {("李强", Decimal(1), 2), ("王敏", Decimal(0), 1)}


def test_the_group_drills_down_to_divisions_and_a_division_to_its_stores(db, group):
    top = kpi.month_report(db, kpi_seed.MONTH, "group")
    assert [c.place.name for c in top.children] == ["华东大区", "华南大区"]
    south = next(c for c in top.children if c.place.name == "华南大区")
    gz01 = kpi_seed.EXPECTED["booking_share"]
    gz02 = kpi_seed.OTHERS["GZ02"]["booking_share"]
    sh01 = kpi_seed.OTHERS["SH01"]["booking_share"]
    share = south.figure("booking_share")
    assert (share.numerator, share.denominator) == (gz01[0] + gz02[0], gz01[1] + gz02[1])
    total = top.figure("booking_share")
    assert (total.numerator, total.denominator) == (gz01[0] + gz02[0] + sh01[0],
                                                    gz01[1] + gz02[1] + sh01[1])
    division = kpi.month_report(db, kpi_seed.MONTH, "division", south.place.id)
    assert [c.place.code for c in division.children] == ["GZ01", "GZ02"]
    assert _counts(division) == {f.code: (f.numerator, f.denominator) for f in south.figures}
    store = next(c for c in division.children if c.place.code == "GZ01")
    assert {f.code: (f.numerator, f.denominator) for f in store.figures} == kpi_seed.EXPECTED


def test_todays_figures_of_a_store(db, group):
    today = kpi.today_figures(db, group.gz01, now=kpi_seed.NOW)
    assert dict(today.counts) == kpi_seed.TODAY
    assert dict(today.in_shop) == {"in_repair": 3, "ready_for_pickup": 1}


def test_the_dashboard_reads_today_and_the_month_in_one_call(db, group):
    board = kpi.dashboard(db, "store", group.gz01, "month", now=kpi_seed.NOW)
    assert board.report.period.label == "2026-12"
    assert board.today.count("arrivals") == kpi_seed.TODAY["arrivals"]
    week = kpi.dashboard(db, "group", None, "week", now=kpi_seed.NOW)
    assert week.today is None and week.report.period.label == "2026-W49"


def test_an_unknown_store_code_and_a_bad_month_are_refused(db, group):
    with pytest.raises(NotFound):
        kpi.store_by_code(db, "XX99")
    assert kpi.store_by_code(db, "GZ01").id == group.gz01
    with pytest.raises(ValidationError) as refused:
        kpi.month_report(db, "2026-13", "store", group.gz01)
    assert "YYYY-MM" in refused.value.text("en")


def test_a_technician_may_not_see_the_figures(db, group):
    with acting_as(Actor(name="赵磊", role="technician", desk="t")), \
            pytest.raises(PermissionRefused):
        kpi.month_report(db, kpi_seed.MONTH, "group")


def test_the_json_has_every_kpi_with_its_counts(db, group):
    data = kpi.month_report(db, kpi_seed.MONTH, "store", group.gz01).as_json()
    by_code = {k["code"]: k for k in data["kpis"]}
    assert by_code["satisfaction"] == {"code": "satisfaction", "numerator": "3",
                                       "denominator": 4, "value": "75.0", "unit": "percent"}
    assert len(by_code) == len(kpi_seed.EXPECTED)


def test_quote_conversion_counts_the_quotes_that_became_a_sales_order(db, group):
    """GZ01: Q1 ordered on its second revision; Q2 accepted but never ordered and Q3's order
    cancelled do not count. GZ02's November quote was ordered in December: it counts."""
    gz01 = kpi.month_report(db, kpi_seed.MONTH, "store", group.gz01).figure("quote_conversion")
    assert (gz01.numerator, gz01.denominator) == kpi_seed.EXPECTED["quote_conversion"] \
        == (Decimal(1), 3)
    gz02 = kpi.month_report(db, kpi_seed.MONTH, "store", group.gz02).figure("quote_conversion")
    assert (gz02.numerator, gz02.denominator) == kpi_seed.OTHERS["GZ02"]["quote_conversion"]
    data = kpi.month_report(db, kpi_seed.MONTH, "store", group.gz01).as_json()
    assert {(c["name"], c["ordered"], c["given"]) for c in data["consultants"]} \
        == {("李强", "1", 2), ("王敏", "0", 1)}
