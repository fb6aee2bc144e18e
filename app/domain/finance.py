"""Finance plans (金融方案) compared side by side: loan, monthly payment, interest, cost.

The monthly payment follows the annuity formula (等额本息), computed in Decimal with ample
precision. Interest is the exact total rounded to the fen once; the monthly payment is rounded
to the fen and the final instalment absorbs the rounding, so the figures on paper agree with
each other (a 0% offer costs exactly 0.00 in interest). Pure: no database, no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, localcontext

from app.domain.money import ZERO, money, to_fen
from app.errors import ValidationError

HUNDRED = Decimal(100)
MONTHS_PER_YEAR = 12
_PRECISION = 40  # digits: (1 + r) ** n for n up to 120 stays exact to far below a fen


@dataclass(frozen=True)
class FinancePlan:
    """One lender's product at one term.

    `down_payment_pct` is a percentage (30 for 30%), `annual_rate` a fraction (0.0399 for
    3.99%), `fees` a one-off amount in yuan. `interest_free` marks a 0% offer (贴息): the
    manufacturer pays the interest, whatever the lender's list rate.
    """

    lender: str
    product: str
    down_payment_pct: Decimal
    term_months: int
    annual_rate: Decimal
    fees: Decimal = ZERO
    interest_free: bool = False

    @property
    def effective_rate(self) -> Decimal:
        """The annual rate the customer actually pays."""
        return ZERO if self.interest_free else Decimal(self.annual_rate)


@dataclass(frozen=True)
class FinanceResult:
    """The figures of a plan for one price; `total_cost` is what the customer pays in all."""

    plan: FinancePlan
    financed_price: Decimal
    down_payment: Decimal
    loan_amount: Decimal
    monthly_payment: Decimal
    final_payment: Decimal
    total_interest: Decimal
    fees: Decimal
    total_cost: Decimal


def _validate(plan: FinancePlan) -> None:
    if not 0 <= Decimal(plan.down_payment_pct) <= HUNDRED:
        raise ValidationError("首付比例须在 0–100% 之间", "Down payment must be 0–100%",
                              field="down_payment_pct")
    if not 1 <= plan.term_months <= 120:
        raise ValidationError("贷款期数须在 1–120 个月之间", "Term must be 1–120 months",
                              field="term_months")
    if not 0 <= Decimal(plan.annual_rate) < 1:
        raise ValidationError("年利率须为 0–100% 之间的小数", "Annual rate must be a fraction 0–1",
                              field="annual_rate")
    if money(plan.fees) < 0:
        raise ValidationError("手续费不能为负数", "Fees must not be negative", field="fees")


def exact_payment(loan: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    """Unrounded level payment repaying `loan` over `months` (rate 0: loan / months)."""
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        if annual_rate == 0:
            return Decimal(loan) / months
        rate = Decimal(annual_rate) / MONTHS_PER_YEAR
        growth = (1 + rate) ** months
        return Decimal(loan) * rate * growth / (growth - 1)


def monthly_payment(loan: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    """Level monthly payment (月供) repaying `loan` over `months`, rounded to the fen."""
    return to_fen(exact_payment(money(loan), annual_rate, months))


def compute_plan(
    plan: FinancePlan, financed_price: Decimal, quote_total: Decimal | None = None
) -> FinanceResult:
    """The figures of `plan` applied to `financed_price` (usually the vehicle price).

    `quote_total` is the whole quote; the part of it not financed is paid at signing, so
    total cost = quote total + interest + fees. It defaults to `financed_price`.
    """
    _validate(plan)
    price = money(financed_price)
    total = money(quote_total) if quote_total is not None else price
    down = to_fen(price * Decimal(plan.down_payment_pct) / HUNDRED)
    loan = price - down
    exact = exact_payment(loan, plan.effective_rate, plan.term_months)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        interest = to_fen(exact * plan.term_months - loan)
    payment = to_fen(exact)
    final = loan + interest - payment * (plan.term_months - 1)
    fees = money(plan.fees)
    return FinanceResult(
        plan, price, down, loan, payment, final, interest, fees, total + interest + fees
    )


def compare_plans(
    plans: Iterable[FinancePlan], financed_price: Decimal, quote_total: Decimal | None = None
) -> tuple[FinanceResult, ...]:
    """Each plan's figures for the same price, in the given order (the comparison table)."""
    return tuple(compute_plan(plan, financed_price, quote_total) for plan in plans)
