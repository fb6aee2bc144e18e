"""Money helpers: Decimal, rounded to the fen half-up, floats refused."""

from decimal import Decimal

import pytest

from app.domain.money import MoneyError, format_cny, money, to_fen


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("12.345", "12.35"), ("12.344", "12.34"), ("¥1,234.5", "1234.50"), (7, "7.00"),
     (Decimal("0.005"), "0.01"), ("-0.005", "-0.01")],
)
def test_money_parses_and_rounds(raw, expected):
    assert money(raw) == Decimal(expected)


@pytest.mark.parametrize("bad", [1.5, "abc", "NaN", "Infinity", None])
def test_money_refuses(bad):
    with pytest.raises(MoneyError):
        money(bad)


def test_format_and_round():
    assert format_cny(Decimal("1234567.891")) == "¥1,234,567.89"
    assert to_fen(Decimal("2.675")) == Decimal("2.68")


def test_no_negative_zero():
    assert str(to_fen(Decimal("-0.001"))) == "0.00"
    assert format_cny(Decimal("-0.004")) == "¥0.00"


def test_money_refuses_what_the_column_cannot_hold():
    from app.domain.money import MAX_MONEY

    assert money(str(MAX_MONEY)) == Decimal("9999999999.99")
    assert money(f"-{MAX_MONEY}") == -MAX_MONEY
    for text in ("1e10", "1e26", "-1e26", "10000000000"):
        with pytest.raises(MoneyError):
            money(text)
