"""Finance plans: annuity payments against an exact reference, 0% offers, long terms."""

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

from app.domain.finance import FinancePlan, compare_plans, compute_plan, monthly_payment
from app.errors import ValidationError

D = Decimal


def _reference_payment(loan: str, rate: str, months: int) -> Decimal:
    """The annuity payment computed exactly with fractions, then rounded half-up."""
    r = Fraction(rate) / 12
    exact = Fraction(loan) / months if r == 0 else Fraction(loan) * r / (1 - (1 + r) ** -months)
    return (D(exact.numerator) / D(exact.denominator)).quantize(D("0.01"), ROUND_HALF_UP)


@pytest.mark.parametrize(
    ("loan", "rate", "months", "expected"),
    [
        ("100000", "0.06", 12, "8606.64"),
        ("1000000", "0.049", 360, "5307.27"),  # the textbook 30-year mortgage figure
        ("140000", "0.0399", 36, "4132.74"),
        ("120000", "0.0499", 60, "2264.00"),
        ("100000", "0", 36, "2777.78"),
        ("0", "0.05", 24, "0.00"),
    ],
)
def test_monthly_payment_known_figures(loan, rate, months, expected):
    assert monthly_payment(D(loan), D(rate), months) == D(expected)
    assert _reference_payment(loan, rate, months) == D(expected)


@pytest.mark.parametrize("months", [1, 12, 24, 36, 48, 60, 84, 120])
@pytest.mark.parametrize("rate", ["0", "0.0199", "0.0399", "0.0785", "0.1299"])
def test_payment_matches_exact_reference(months, rate):
    assert monthly_payment(D("187654.32"), D(rate), months) == _reference_payment(
        "187654.32", rate, months)


@pytest.mark.parametrize("months", [12, 36, 60, 120])
@pytest.mark.parametrize("rate", ["0", "0.0399", "0.0899"])
def test_instalments_add_up_to_loan_plus_interest(months, rate):
    result = compute_plan(FinancePlan("L", "P", D(20), months, D(rate)), D("250911.12"))
    paid = result.monthly_payment * (months - 1) + result.final_payment
    assert paid == result.loan_amount + result.total_interest
    assert abs(result.final_payment - result.monthly_payment) < D("0.01") * months


def test_zero_rate_costs_nothing():
    result = compute_plan(FinancePlan("厂家金融", "0 息", D(30), 24, D(0)), D("250911.12"))
    assert result.down_payment == D("75273.34")  # 30% of 250,911.12 = 75,273.336
    assert result.loan_amount == D("175637.78")
    assert result.monthly_payment == D("7318.24")
    assert result.final_payment == D("7318.26")
    assert result.total_interest == D("0.00")


def test_interest_free_offer_overrides_list_rate():
    plan = FinancePlan("厂家金融", "贴息", D(30), 24, D("0.0399"), interest_free=True)
    assert plan.effective_rate == 0
    assert compute_plan(plan, D("100000")).total_interest == D("0.00")


def test_sixty_months_figures_and_total_cost():
    plan = FinancePlan("招商银行", "长贷", D(20), 60, D("0.0499"), D("800"))
    result = compute_plan(plan, D("150000"), quote_total=D("170000"))
    assert (result.down_payment, result.loan_amount) == (D("30000.00"), D("120000.00"))
    assert result.monthly_payment == D("2264.00")
    assert result.total_interest == D("15839.90")
    assert result.total_cost == D("170000") + D("15839.90") + D("800.00")


def test_no_down_payment_and_full_down_payment():
    assert compute_plan(FinancePlan("L", "P", D(0), 12, D("0.05")), D("1000")).loan_amount == D(
        "1000.00")
    full = compute_plan(FinancePlan("L", "P", D(100), 12, D("0.05")), D("1000"))
    assert (full.loan_amount, full.monthly_payment, full.total_interest) == (0, 0, 0)


def test_plans_side_by_side_in_order():
    plans = [FinancePlan("A", "a", D(30), 24, D(0)), FinancePlan("B", "b", D(20), 36, D("0.04"))]
    results = compare_plans(plans, D("200000"), D("230000"))
    assert [r.plan.lender for r in results] == ["A", "B"]
    assert results[0].total_cost == D("230000.00")


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"down_payment_pct": D(101)}, "down_payment_pct"), ({"term_months": 0}, "term_months"),
     ({"term_months": 121}, "term_months"), ({"annual_rate": D("3.99")}, "annual_rate"),
     ({"annual_rate": D("-0.01")}, "annual_rate"), ({"fees": D("-1")}, "fees")],
)
def test_invalid_plans_refused(changes, field):
    values = dict(lender="L", product="P", down_payment_pct=D(30), term_months=36,
                  annual_rate=D("0.04"))
    values.update(changes)
    with pytest.raises(ValidationError) as info:
        compute_plan(FinancePlan(**values), D("100000"))
    assert info.value.field == field
