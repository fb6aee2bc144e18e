"""Care items due (app.domain.care): first and periodic service, insurance, birthday."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.care import add_months, care_due

TODAY = date(2026, 11, 23)  # a Monday


def kinds(**kw):
    return {i.kind: i.days for i in care_due(TODAY, **kw)}


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 11, 30), 3, date(2025, 2, 28)),
    (date(2026, 10, 15), 3, date(2027, 1, 15)),
])
def test_add_months_clamps(day, months, expected):
    assert add_months(day, months) == expected


def test_first_service_at_three_months_or_5000_km():
    assert kinds(purchase_date=date(2026, 8, 30)) == {"first_service": 7}
    assert kinds(purchase_date=date(2026, 10, 1)) == {}
    assert kinds(purchase_date=date(2026, 10, 1), mileage_km=5200) == {"first_service": 0}
    assert kinds(purchase_date=date(2026, 7, 1)) == {"first_service": -53}


def test_periodic_service_after_the_last_one():
    assert kinds(purchase_date=date(2022, 1, 1), last_service=date(2026, 5, 30)) == {
        "periodic_service": 7}
    assert kinds(purchase_date=date(2022, 1, 1), last_service=date(2026, 9, 1)) == {}
    assert kinds(purchase_date=date(2026, 8, 30), last_service=date(2026, 10, 1)) == {}


def test_insurance_within_60_days_or_lately_lapsed():
    assert kinds(insurance_expiry=date(2026, 12, 5)) == {"insurance": 12}
    assert kinds(insurance_expiry=date(2027, 1, 30)) == {}
    assert kinds(insurance_expiry=date(2026, 11, 13)) == {"insurance": -10}
    assert kinds(insurance_expiry=date(2026, 9, 1)) == {}


def test_birthday_this_week_only():
    assert kinds(birthday=date(1980, 11, 29)) == {"birthday": 6}
    assert kinds(birthday=date(1980, 11, 23)) == {"birthday": 0}
    assert kinds(birthday=date(1980, 11, 30)) == {}
    assert care_due(date(2026, 12, 30), birthday=date(1990, 1, 2))[0].kind == "birthday"


def test_items_sorted_most_pressing_first_with_both_messages():
    items = care_due(TODAY, insurance_expiry=date(2026, 12, 5), birthday=date(1980, 11, 25),
                     warranty_end=date(2027, 1, 1))
    assert [i.kind for i in items] == ["birthday", "insurance", "warranty"]
    assert all(i.zh and i.en for i in items)
