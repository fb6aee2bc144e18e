"""Satisfaction arithmetic: NPS from 0–10 scores, the satisfied share and the median."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median

from app.domain.survey_templates import STARS, TEN, Scale

PROMOTER_AT = 9
DETRACTOR_AT = 6
#: The share counted satisfied: 4–5 stars, 9–10 out of 10 (the store's target is 92%).
SATISFIED_AT = {STARS: 4, TEN: 9}
SATISFACTION_TARGET = 92.0


@dataclass(frozen=True)
class Nps:
    """Promoters minus detractors as a percentage of `answers` (None with no answers)."""

    answers: int
    promoters: int
    detractors: int

    @property
    def score(self) -> float | None:
        """−100 … 100, or None when nobody answered."""
        if not self.answers:
            return None
        return round((self.promoters - self.detractors) * 100.0 / self.answers, 1)


def nps(scores: Iterable[int]) -> Nps:
    """The NPS of a run of 0–10 scores."""
    answers = promoters = detractors = 0
    for score in scores:
        answers += 1
        promoters += score >= PROMOTER_AT
        detractors += score <= DETRACTOR_AT
    return Nps(answers, promoters, detractors)


def is_satisfied(scale: Scale, score: int) -> bool:
    """True when `score` counts as satisfied on `scale`."""
    return score >= SATISFIED_AT.get(scale, scale.high)


def percent(part: int, whole: int) -> float | None:
    """`part` of `whole` in percent with one decimal, None for an empty whole."""
    return round(part * 100.0 / whole, 1) if whole else None


def median_minutes(values: Sequence[float]) -> float | None:
    """The median of `values` (minutes), rounded to one decimal; None when empty."""
    return round(median(values), 1) if values else None
