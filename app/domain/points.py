"""Loyalty points (积分): how many a payment, a referral or a survey earns, what points are
worth at the cashier, and how much of a bill they may pay (pure arithmetic).

Points are whole numbers. A store sets how many points one yuan paid earns, a multiplier per
customer level, the points a referral and an answered survey earn, and how many yuan one
point is worth when redeemed; the defaults below are what it starts with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from enum import StrEnum

from app.domain.money import ZERO, to_fen
from app.errors import ValidationError


class PointsKind(StrEnum):
    """What a ledger row does to the balance."""

    EARN = "earn"
    REDEEM = "redeem"
    REVERSE = "reverse"
    ADJUST = "adjust"


class PointsSource(StrEnum):
    """Why points moved: what was paid, who was referred, which survey, what they paid for."""

    SPEND = "spend"
    REFERRAL = "referral"
    SURVEY = "survey"
    SETTLEMENT = "settlement"
    REFRESHMENT = "refreshment"
    MANUAL = "manual"


#: The multiplier of each customer level as shipped (a store changes them).
DEFAULT_TIER_MULTIPLIERS: Mapping[str, Decimal] = {
    "gold": Decimal("2"), "silver": Decimal("1.5"), "bronze": Decimal("1.2"),
    "standard": Decimal("1"),
}


@dataclass(frozen=True)
class PointsRules:
    """A store's points settings."""

    #: Points one yuan paid earns (before the level's multiplier).
    per_yuan: Decimal = Decimal("1")
    #: What one point is worth when redeemed, in yuan.
    yuan_per_point: Decimal = Decimal("0.01")
    referral: int = 500
    survey: int = 100
    tier_multipliers: Mapping[str, Decimal] = field(
        default_factory=lambda: dict(DEFAULT_TIER_MULTIPLIERS))


def rules_with(changes: Mapping[str, object]) -> PointsRules:
    """The default rules with a store's stored changes; ValidationError on a bad value."""
    rules = PointsRules()
    values: dict[str, object] = {}
    for name in ("per_yuan", "yuan_per_point"):
        if name in changes:
            values[name] = _decimal(changes[name], name)
    for name in ("referral", "survey"):
        if name in changes:
            values[name] = _whole(changes[name], name)
    if "tier_multipliers" in changes:
        given = changes["tier_multipliers"]
        if not isinstance(given, Mapping):
            raise ValidationError("等级倍数格式不对。", "The level multipliers are malformed.",
                                  field="tier_multipliers")
        values["tier_multipliers"] = {**rules.tier_multipliers, **{
            str(k): _decimal(v, "tier_multipliers") for k, v in given.items()}}
    if values.get("yuan_per_point", Decimal("1")) == 0:
        raise ValidationError("积分抵扣比例须大于 0。", "A point must be worth more than 0.",
                              field="yuan_per_point")
    return replace(rules, **values)


#: The name of each setting in a refusal's message.
SETTING_NAMES: Mapping[str, tuple[str, str]] = {
    "per_yuan": ("每消费 1 元得积分", "Points per yuan"),
    "yuan_per_point": ("1 积分抵扣金额", "The value of a point"),
    "referral": ("转介绍奖励积分", "Referral points"),
    "survey": ("完成回访奖励积分", "Survey points"),
    "tier_multipliers": ("等级倍数", "A level's multiplier"),
}


def _decimal(value: object, name: str) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except ArithmeticError:
        number = Decimal("-1")
    if not number.is_finite() or number < 0:
        zh, en = SETTING_NAMES[name]
        raise ValidationError(f"{zh}须为不小于 0 的数。", f"{en} must be a number, not "
                              "negative.", field=name)
    return number


def _whole(value: object, name: str) -> int:
    number = _decimal(value, name)
    if number != number.to_integral_value():
        zh, en = SETTING_NAMES[name]
        raise ValidationError(f"{zh}须为整数。", f"{en} must be a whole number.", field=name)
    return int(number)


def earned_for_spend(paid: Decimal, tier: str, rules: PointsRules) -> int:
    """Points a payment of `paid` yuan earns a customer of level `tier` (rounded down)."""
    if paid <= 0:
        return 0
    multiplier = rules.tier_multipliers.get(str(tier), Decimal("1"))
    return int((paid * rules.per_yuan * multiplier).to_integral_value(ROUND_DOWN))


def value_of(points: int, rules: PointsRules) -> Decimal:
    """What `points` are worth in yuan, to the fen."""
    return to_fen(Decimal(points) * rules.yuan_per_point)


def most_redeemable(balance: int, due: Decimal, rules: PointsRules) -> int:
    """The most points that may be redeemed against `due` yuan with `balance` points: never
    more than the customer holds, never worth more than the bill."""
    if due <= ZERO or balance <= 0:
        return 0
    covering = int((due / rules.yuan_per_point).to_integral_value(ROUND_DOWN))
    return max(0, min(balance, covering))


def points_to_cover(due: Decimal, rules: PointsRules) -> int:
    """The fewest whole points whose value covers `due` yuan (a point does not split, so
    they may be worth up to one point's value more than `due`); 0 when nothing is due."""
    if due <= ZERO:
        return 0
    return int((due / rules.yuan_per_point).to_integral_value(ROUND_CEILING))


def whole_points(value: object) -> int:
    """`value` as a whole number of points; ValidationError (field "points") otherwise."""
    try:
        number = Decimal(str(value).strip())
    except ArithmeticError:
        number = Decimal("NaN")
    if not number.is_finite() or number != number.to_integral_value():
        raise ValidationError("积分须为整数。", "Points are a whole number.", field="points")
    return int(number)


def check_redemption(points: int, balance: int, due: Decimal | None,
                     rules: PointsRules) -> None:
    """Refuse a redemption of `points`: not positive, more than the balance, or (when `due`
    is known) worth more than the bill."""
    if points <= 0:
        raise ValidationError("抵扣积分须大于 0。", "Redeem more than 0 points.",
                              field="points")
    if points > balance:
        raise ValidationError(f"积分不足：当前可用 {balance} 分。",
                              f"Not enough points: {balance} available.", field="points")
    if due is not None and points > most_redeemable(balance, due, rules):
        most = most_redeemable(balance, due, rules)
        raise ValidationError(f"抵扣不能超过应付金额：最多 {most} 分。",
                              f"Points cannot pay more than the bill: at most {most}.",
                              field="points")
