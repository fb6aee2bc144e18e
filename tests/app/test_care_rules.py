"""The care rules on dates the test sets: boundary days of every kind (app.domain.care_rules)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from lunardate import LunarDate

from app.domain.care_rules import (
    CareKind,
    CustomerFacts,
    Outcome,
    VehicleFacts,
    customer_dues,
    default_rules,
    next_status,
    projected_day,
    vehicle_dues,
    with_overrides,
)
from app.domain.care_tiers import RfmThresholds, Segment, levels_with, segment

RULES = default_rules()
DELIVERED = date(2026, 1, 1)


def kinds(today: date, rules=RULES, **facts) -> dict[str, date]:
    """{kind: due} of a vehicle delivered on DELIVERED (unless facts say otherwise)."""
    facts.setdefault("delivered", DELIVERED)
    return {d.kind.value: d.due for d in vehicle_dues(today, VehicleFacts(1, 1, **facts), rules)}


def test_delivery_thank_you_and_follow_ups():
    # The survey after a delivery is the survey schedule's care item, not a date of the rules.
    assert set(kinds(DELIVERED)) == {"thank_you"}
    assert kinds(DELIVERED)["thank_you"] == DELIVERED + timedelta(days=1)
    assert "follow_up_1w" in kinds(DELIVERED + timedelta(days=7))
    assert "follow_up_1w" not in kinds(DELIVERED + timedelta(days=6))
    assert kinds(date(2026, 2, 1))["follow_up_1m"] == date(2026, 2, 1)
    assert kinds(date(2026, 4, 1))["follow_up_3m"] == date(2026, 4, 1)


def test_first_service_at_three_months_when_the_km_come_later():
    assert kinds(date(2026, 3, 17)).get("first_service") is None  # 15 days before
    assert kinds(date(2026, 3, 18))["first_service"] == date(2026, 4, 1)  # 14 days before


def test_the_5000_km_that_comes_before_three_months():
    readings = ((date(2026, 2, 1), 2600), (date(2026, 2, 15), 3900))
    due = kinds(date(2026, 2, 16), readings=readings)["first_service"]
    assert due == date(2026, 2, 28) < date(2026, 4, 1)
    # A reading past 5,000 km makes it due on the day it was read.
    late = ((date(2026, 2, 1), 2600), (date(2026, 2, 20), 5100))
    assert kinds(date(2026, 2, 21), readings=late)["first_service"] == date(2026, 2, 20)


def test_mileage_is_projected_from_every_reading_not_only_the_last():
    d0 = date(2026, 1, 1)
    points = [(d0 + timedelta(days=10), 1000), (d0 + timedelta(days=20), 2000)]
    assert projected_day(points, 5000, start=(d0, 0)) == d0 + timedelta(days=50)
    # A slow last month after a fast one: the fit through all readings gives 64 km a day
    # (day 78), where the last month alone (10 km a day) would put it 170 days out.
    uneven = [(d0 + timedelta(days=30), 3000), (d0 + timedelta(days=60), 3300)]
    assert projected_day(uneven, 5000, start=(d0, 0)) == d0 + timedelta(days=78)


def test_periodic_service_every_six_months_or_its_km_and_an_ev_differs():
    serviced = (date(2026, 4, 1),)
    assert kinds(date(2026, 9, 17), services=serviced)["periodic_service"] == date(2026, 10, 1)
    assert "first_service" not in kinds(date(2026, 9, 17), services=serviced)
    assert "periodic_service" not in kinds(date(2026, 9, 17), services=serviced, new_energy=True)
    assert kinds(date(2027, 3, 20), services=serviced, new_energy=True)["periodic_service"] == \
        date(2027, 4, 1)
    km = ((date(2026, 4, 1), 5000), (date(2026, 6, 1), 13000))
    assert kinds(date(2026, 6, 2), services=serviced, readings=km)["periodic_service"] == \
        date(2026, 6, 16)
    per_model = with_overrides({"periodic_service": {"model_intervals": [["凯美瑞", 4, 8000]]}})
    assert kinds(date(2026, 7, 20), per_model, services=serviced, model="凯美瑞")[
        "periodic_service"] == date(2026, 8, 1)


@pytest.mark.parametrize(("before", "expected"), [
    (61, set()), (60, {"insurance_60"}), (31, {"insurance_60"}), (30, {"insurance_30"}),
    (0, {"insurance_30"}), (-1, set()),
])
def test_insurance_on_the_60th_and_the_30th_day(before, expected):
    expiry = date(2026, 12, 31)
    found = {k for k in kinds(expiry - timedelta(days=before), delivered=None,
                              insurance_expiry=expiry) if k.startswith("insurance")}
    assert found == expected


def test_annual_inspection_by_the_age_rules():
    bought = date(2020, 6, 10)
    for year, due in ((2025, False), (2026, True), (2027, False), (2030, True), (2031, True)):
        found = kinds(date(year, 6, 1), delivered=bought)
        assert ("annual_inspection" in found) is due, year


def test_anniversary_warranty_trade_in_and_seasons():
    assert kinds(date(2026, 12, 28))["anniversary"] == date(2027, 1, 1)
    assert kinds(date(2026, 5, 20))["summer_check"] == date(2026, 6, 1)
    assert kinds(date(2026, 10, 20))["winter_check"] == date(2026, 11, 1)
    assert kinds(date(2026, 10, 20), warranty_end=date(2026, 12, 1))["extended_warranty"] == \
        date(2026, 10, 2)
    assert kinds(date(2029, 1, 1))["trade_in"] == date(2029, 1, 1)
    assert "trade_in" not in kinds(date(2028, 12, 31))


def test_referral_after_a_high_score_and_declined_work_offered_again():
    assert kinds(date(2026, 1, 13), satisfaction=(9, date(2026, 1, 10)))["referral"] == \
        date(2026, 1, 13)
    assert "referral" not in kinds(date(2026, 1, 13), satisfaction=(8, date(2026, 1, 10)))
    declined = ((7, date(2026, 3, 1), "更换刹车片"),)
    dues = vehicle_dues(date(2026, 3, 31), VehicleFacts(1, 1, declined=declined), RULES)
    (due,) = [d for d in dues if d.kind is CareKind.DECLINED_WORK]
    assert due.occurrence == "line7" and due.detail == "更换刹车片" and not due.marketing


@pytest.mark.parametrize(("today", "expected"), [
    (date(2027, 2, 21), date(2027, 2, 28)), (date(2028, 2, 22), date(2028, 2, 29)),
])
def test_a_29_february_birthday(today, expected):
    (due,) = customer_dues(today, CustomerFacts(1, date(1988, 2, 29)), RULES)
    assert due.due == expected and due.marketing


def test_a_lunar_birthday():
    born = date(1990, 5, 1)  # 农历四月初七
    lunar = LunarDate.from_solar_date(born.year, born.month, born.day)
    this_year = LunarDate(2026, lunar.month, lunar.day).to_solar_date()
    assert this_year == date(2026, 5, 23)
    (due,) = customer_dues(date(2026, 5, 16), CustomerFacts(1, born, lunar_birthday=True), RULES)
    assert due.due == this_year and due.detail == "lunar"
    assert customer_dues(date(2026, 4, 24), CustomerFacts(1, born, lunar_birthday=True),
                         RULES) == []
    assert customer_dues(date(2026, 4, 24), CustomerFacts(1, born), RULES)[0].due == \
        date(2026, 5, 1)


def test_a_store_switches_a_rule_off_or_changes_its_numbers():
    changed = with_overrides({"first_service": {"months": 2}, "thank_you": {"enabled": False},
                              "nonsense": {"months": 1}})
    assert kinds(date(2026, 2, 20), changed)["first_service"] == date(2026, 3, 1)
    assert "thank_you" not in kinds(DELIVERED, changed)


def test_unreachable_stays_open_until_the_last_attempt():
    assert [next_status(Outcome.UNREACHABLE, n) for n in (1, 2, 3)] == \
        ["open", "open", "unreachable"]
    assert next_status(Outcome.BOOKED, 1) == "booked"


def test_rfm_segments_and_store_level_names():
    today = date(2026, 6, 1)
    big, mid = Decimal("60000"), Decimal("30000")
    assert segment(today, today - timedelta(days=10), 3, big, False) is Segment.HIGH_VALUE
    assert segment(today, today - timedelta(days=30), 3, big, False) is not Segment.HIGH_VALUE
    assert segment(today, today - timedelta(days=60), 2, mid, False) is Segment.POTENTIAL
    assert segment(today, today - timedelta(days=180), 9, big, False) is Segment.SLEEPING
    assert segment(today, None, 0, Decimal(0), False) is Segment.SLEEPING
    assert segment(today, today - timedelta(days=40), 1, Decimal(0), True) is \
        Segment.CHURN_WARNING
    assert segment(today, today - timedelta(days=20), 1, Decimal(0), True) is Segment.REGULAR
    strict = RfmThresholds(high_visits=5)
    assert segment(today, today - timedelta(days=1), 3, big, False, strict) is not \
        Segment.HIGH_VALUE
    assert levels_with({"gold": {"zh": "钻石"}})["gold"].zh == "钻石"
