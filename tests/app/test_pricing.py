"""Quote pricing: purchase tax by date and energy, caps, rounding, lines summing to the total."""

import random
from datetime import date
from decimal import Decimal

import pytest

from app.domain.money import MoneyError
from app.domain.pricing import (
    EnergyType,
    LineKind,
    PricedItem,
    QuoteInput,
    compute_breakdown,
    format_quote_number,
    needs_manager_approval,
    nev_rule_on,
    parse_quote_number,
    purchase_tax,
    signed_amount,
    tax_rules_from_settings,
)
from app.errors import UserError, ValidationError

D = Decimal
BEV, PHEV, PETROL, HYBRID = EnergyType.BEV, EnergyType.PHEV, EnergyType.PETROL, EnergyType.HYBRID


@pytest.mark.parametrize(
    ("price", "energy", "day", "full", "tax"),
    [
        # fuel and non-plug-in hybrids pay the full 10% of price / 1.13 on any date
        ("113000", PETROL, date(2025, 6, 1), "10000.00", "10000.00"),
        ("113000", HYBRID, date(2026, 6, 1), "10000.00", "10000.00"),
        # 2024-2025: exempt, the exemption capped at 30,000
        ("226000", BEV, date(2024, 1, 1), "20000.00", "0.00"),
        ("226000", PHEV, date(2025, 12, 31), "20000.00", "0.00"),
        ("339000", BEV, date(2025, 12, 31), "30000.00", "0.00"),
        ("339100", BEV, date(2025, 12, 31), "30008.85", "8.85"),
        ("452000", BEV, date(2025, 12, 31), "40000.00", "10000.00"),
        # 2026-2027: halved, the reduction capped at 15,000
        ("226000", BEV, date(2026, 1, 1), "20000.00", "10000.00"),
        ("339000", PHEV, date(2027, 12, 31), "30000.00", "15000.00"),
        ("452000", BEV, date(2026, 1, 1), "40000.00", "25000.00"),
        # from 2028: full rate
        ("226000", BEV, date(2028, 1, 1), "20000.00", "20000.00"),
        # before the table: no relief configured
        ("226000", BEV, date(2023, 12, 31), "20000.00", "20000.00"),
        # rounding: each step to the fen, half-up
        ("100000", PETROL, date(2026, 1, 1), "8849.56", "8849.56"),
        ("100001", BEV, date(2026, 1, 1), "8849.65", "4424.82"),
        ("0", BEV, date(2026, 1, 1), "0.00", "0.00"),
    ],
)
def test_purchase_tax_by_rule(price, energy, day, full, tax):
    result = purchase_tax(D(price), energy, day)
    assert (result.full_tax, result.tax) == (D(full), D(tax))
    assert result.relief == result.full_tax - result.tax


def test_taxable_price_is_before_vat():
    assert purchase_tax(D("123456.78"), PETROL, date(2026, 1, 1)).taxable_price == D("109253.79")


def test_rules_from_settings_extend_and_override():
    rules = tax_rules_from_settings(
        [{"from": "2028-01-01", "to": "2028-12-31", "relief": "0.25", "cap": "5000"}]
    )
    assert purchase_tax(D("226000"), BEV, date(2028, 6, 1), rules).tax == D("15000.00")
    assert purchase_tax(D("226000"), BEV, date(2029, 1, 1), rules).tax == D("20000.00")
    override = tax_rules_from_settings([{"from": "2026-01-01", "relief": "1"}])
    assert purchase_tax(D("452000"), BEV, date(2030, 1, 1), override).tax == D("0.00")
    assert nev_rule_on(date(2026, 5, 1), override).cap is None


@pytest.mark.parametrize("entry", [{"relief": "0.5"}, {"from": "2028-13-01", "relief": "1"},
                                   {"from": "2028-01-01", "relief": "half"}])
def test_bad_rule_settings_are_refused(entry):
    with pytest.raises(ValidationError) as info:
        tax_rules_from_settings([entry])
    assert info.value.field == "nev_tax_rules"


def _quote(**changes) -> QuoteInput:
    values = dict(
        msrp=D("269800"), energy=BEV, quote_date=date(2026, 11, 23), subsidy=D("10000"),
        discount=D("8888.88"),
        accessories=(PricedItem("脚垫", D("1280")), PricedItem("车衣", D("6800"))),
        insurance=(PricedItem("交强险", D("950")), PricedItem("商业险", D("6234.17"))),
        registration_fee=D("500"), other_fees=(PricedItem("服务费", D("199.99")),),
    )
    values.update(changes)
    return QuoteInput(**values)


def test_breakdown_lines_in_order_with_signs():
    breakdown = compute_breakdown(_quote())
    kinds = [line.kind for line in breakdown.lines]
    assert kinds == [LineKind.MSRP, LineKind.SUBSIDY, LineKind.DISCOUNT, LineKind.ACCESSORY,
                     LineKind.ACCESSORY, LineKind.INSURANCE, LineKind.INSURANCE,
                     LineKind.PURCHASE_TAX, LineKind.REGISTRATION, LineKind.OTHER]
    amounts = [line.amount for line in breakdown.lines]
    assert amounts[:3] == [D("269800.00"), D("-10000.00"), D("-8888.88")]
    assert breakdown.vehicle_price == D("250911.12")
    # 250,911.12 / 1.13 = 222,045.24; 10% = 22,204.52; halved in 2026
    assert amounts[7] == D("11102.26")
    assert breakdown.total == D("277977.54")  # 250,911.12 + 8,080 + 7,184.17 + 11,102.26 + 500 + 199.99
    assert sum(amounts) == breakdown.total


def test_lines_always_sum_exactly_to_total():
    rng = random.Random(5)
    for _ in range(300):
        cents = lambda low, high: D(rng.randint(low * 100, high * 100)) / 100  # noqa: E731
        msrp = cents(50_000, 800_000)
        quote = _quote(
            msrp=msrp, energy=rng.choice(list(EnergyType)),
            quote_date=date(rng.randint(2024, 2029), rng.randint(1, 12), 1),
            subsidy=cents(0, 20_000), discount=cents(0, 20_000),
            accessories=tuple(PricedItem(f"a{i}", cents(0, 9_000)) for i in range(rng.randint(0, 8))),
        )
        breakdown = compute_breakdown(quote)
        assert sum(line.amount for line in breakdown.lines) == breakdown.total
        assert all(line.amount == line.amount.quantize(D("0.01")) for line in breakdown.lines)


def test_inputs_rounded_to_the_fen():
    breakdown = compute_breakdown(_quote(discount=D("100.005"), other_fees=()))
    assert breakdown.lines[2].amount == D("-100.01")


def test_negative_total_refused():
    with pytest.raises(UserError) as info:
        compute_breakdown(_quote(msrp=D("100000"), subsidy=D("60000"), discount=D("60000")))
    assert info.value.field == "total"
    assert "负数" in info.value.zh and "negative" in info.value.en


def test_subsidy_and_discount_beyond_msrp_refused():
    quote = _quote(msrp=D("100000"), subsidy=D("60000"), discount=D("50000"),
                   accessories=(PricedItem("大礼包", D("30000")),))
    with pytest.raises(ValidationError) as info:
        compute_breakdown(quote)
    assert info.value.field == "discount"


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"discount": D("-1")}, "discount"), ({"msrp": D("-1")}, "msrp"),
     ({"registration_fee": D("-0.01")}, "registration_fee"),
     ({"accessories": (PricedItem("x", D("-5")),)}, "accessories")],
)
def test_negative_inputs_refused(changes, field):
    with pytest.raises(ValidationError) as info:
        compute_breakdown(_quote(**changes))
    assert info.value.field == field


def test_float_refused():
    with pytest.raises(MoneyError):
        compute_breakdown(_quote(msrp=269800.0))


@pytest.mark.parametrize(("discount", "limit", "needed"),
                         [("5000", "5000", False), ("5000.01", "5000", True), ("0", "0", False)])
def test_manager_approval(discount, limit, needed):
    assert needs_manager_approval(D(discount), D(limit)) is needed


def test_quote_numbers():
    assert format_quote_number(date(2026, 11, 23), 7) == "Q-20261123-0007"
    assert parse_quote_number("Q-20261123-0007") == (date(2026, 11, 23), 7)
    for sequence in (0, 10000):
        with pytest.raises(ValueError):
            format_quote_number(date(2026, 1, 1), sequence)
    with pytest.raises(ValueError):
        parse_quote_number("Q-2026-1")


def test_signed_amount_for_stored_lines():
    assert signed_amount("discount", D("500")) == D("-500.00")
    assert signed_amount(LineKind.SUBSIDY, D("-500")) == D("-500.00")
    assert signed_amount("accessory", D("1280")) == D("1280.00")
