"""Money as `Decimal` yuan, rounded to the fen (0.01 CNY) half-up, never a float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
ZERO = Decimal("0.00")
#: Digits of a stored amount (yuan and fen): the models' Money column is Numeric(12, 2).
MONEY_DIGITS = 12
#: The largest amount a Money column holds.
MAX_MONEY = Decimal(10) ** (MONEY_DIGITS - 2) - FEN


class MoneyError(ValueError):
    """Raised for a value that is not an amount of money."""


def money(value: Decimal | int | str) -> Decimal:
    """Parse `value` into a Decimal rounded to the fen.

    Floats are refused: they cannot hold most fen amounts exactly. Strings may carry
    thousands separators and a leading ¥. An amount beyond ±MAX_MONEY (what the database
    column holds) is refused too.
    """
    if isinstance(value, float):
        raise MoneyError("money must not be a float")
    if isinstance(value, str):
        value = value.strip().replace(",", "").replace("，", "").lstrip("¥￥")
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError) as exc:
        raise MoneyError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise MoneyError(f"not an amount: {value!r}")
    if abs(amount) > MAX_MONEY:
        raise MoneyError(f"amount too large: {value!r} (at most {MAX_MONEY:,})")
    return to_fen(amount)


def to_fen(amount: Decimal) -> Decimal:
    """Round a Decimal to the fen, half-up (the rounding Chinese invoices use); never -0.00."""
    rounded = amount.quantize(FEN, rounding=ROUND_HALF_UP)
    return rounded.copy_abs() if rounded.is_zero() else rounded


def format_cny(amount: Decimal) -> str:
    """`¥12,345.60`: the amount with thousands separators and two decimals."""
    return f"¥{to_fen(amount):,.2f}"
