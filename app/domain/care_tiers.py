"""Customer tiers by RFM (recency, frequency, monetary value): the segments and the store's levels.

The segment is computed from a customer's visits and spend; the store shows it as one of
its levels (gold/silver/bronze/standard under names and benefits the store chooses).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Segment(StrEnum):
    """Where a customer stands by RFM."""

    HIGH_VALUE = "high_value"
    POTENTIAL = "potential"
    REGULAR = "regular"
    CHURN_WARNING = "churn_warning"
    SLEEPING = "sleeping"


@dataclass(frozen=True)
class RfmThresholds:
    """The thresholds of the segments (a store may change any of them)."""

    period_days: int = 365
    high_recent_days: int = 30
    high_visits: int = 3
    high_spend: Decimal = Decimal("50000")
    potential_recent_days: int = 90
    potential_min_visits: int = 1
    potential_max_visits: int = 2
    potential_min_spend: Decimal = Decimal("20000")
    potential_max_spend: Decimal = Decimal("50000")
    sleeping_days: int = 180
    churn_days: int = 30


#: The store level (the `customers.tier` code) each segment is shown as.
SEGMENT_LEVEL: Mapping[Segment, str] = {
    Segment.HIGH_VALUE: "gold",
    Segment.POTENTIAL: "silver",
    Segment.REGULAR: "bronze",
    Segment.CHURN_WARNING: "bronze",
    Segment.SLEEPING: "standard",
}


@dataclass(frozen=True)
class Level:
    """A store level: its code, the name the store gives it and its benefits."""

    code: str
    zh: str
    en: str
    benefits_zh: str = ""
    benefits_en: str = ""


#: The levels as shipped; a store renames them (钻石/黄金/白银/青铜…) and sets benefits.
DEFAULT_LEVELS: tuple[Level, ...] = (
    Level("gold", "金卡", "Gold", "代步车、专属快速通道", "Loaner car, dedicated lane"),
    Level("silver", "银卡", "Silver", "优先预约", "Priority booking"),
    Level("bronze", "铜卡", "Bronze"),
    Level("standard", "普通", "Standard"),
)


def levels_with(overrides: Mapping[str, Mapping[str, str]]) -> dict[str, Level]:
    """The default levels with a store's names and benefits: {code: {"zh": …, …}}."""
    levels = {level.code: level for level in DEFAULT_LEVELS}
    for code, changes in overrides.items():
        if code in levels:
            known = {k: str(v) for k, v in changes.items()
                     if k in {"zh", "en", "benefits_zh", "benefits_en"}}
            levels[code] = replace(levels[code], **known)
    return levels


def segment(today: date, last_visit: date | None, visits: int, spend: Decimal,
            service_overdue: bool, t: RfmThresholds = RfmThresholds()) -> Segment:
    """The RFM segment of a customer on `today`.

    `visits` and `spend` count the period (`t.period_days`) up to today; `service_overdue`
    is true when a service reminder for one of their vehicles is past its due date.
    """
    if last_visit is None or (today - last_visit).days >= t.sleeping_days:
        return Segment.SLEEPING
    recent = (today - last_visit).days
    if recent < t.high_recent_days and visits >= t.high_visits and spend >= t.high_spend:
        return Segment.HIGH_VALUE
    if (recent < t.potential_recent_days
            and t.potential_min_visits <= visits <= t.potential_max_visits
            and t.potential_min_spend <= spend < t.potential_max_spend):
        return Segment.POTENTIAL
    if recent >= t.churn_days and service_overdue:
        return Segment.CHURN_WARNING
    return Segment.REGULAR
