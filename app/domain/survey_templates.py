"""Satisfaction survey templates, declared per occasion and version.

A survey remembers the template version it was asked with; a new version is declared
beside the old one (never edited in place), so old answers keep the questions and scales
they were given on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.complaint_sla import ComplaintCategory


class Occasion(StrEnum):
    """What the survey follows."""

    DELIVERY = "delivery"      # a new car handed over
    SERVICE = "service"        # a work order delivered


class SurveyChannel(StrEnum):
    """How the answers came in."""

    PHONE = "phone"
    PAPER = "paper"


class SurveyStatus(StrEnum):
    """Where a survey stands."""

    DUE = "due"
    ANSWERED = "answered"
    DECLINED = "declined"


@dataclass(frozen=True)
class Scale:
    """A score range: 1–5 stars or 0–10 likelihood to recommend."""

    low: int
    high: int

    def contains(self, score: int) -> bool:
        """True when `score` is on this scale."""
        return self.low <= score <= self.high

    def percent(self, score: float) -> float:
        """`score` as 0–100 along the scale."""
        return (score - self.low) * 100.0 / (self.high - self.low)


STARS = Scale(1, 5)
TEN = Scale(0, 10)


@dataclass(frozen=True)
class Question:
    """One scored question; `staff` marks those about the advisor or consultant."""

    code: str
    zh: str
    en: str
    scale: Scale
    staff: bool = False
    #: The complaint category a low score on this question opens.
    category: ComplaintCategory = ComplaintCategory.QUALITY


@dataclass(frozen=True)
class Template:
    """One version of an occasion's questionnaire."""

    occasion: Occasion
    version: int
    questions: tuple[Question, ...]

    def question(self, code: str) -> Question:
        """The question called `code` (KeyError when this version has none)."""
        for question in self.questions:
            if question.code == code:
                return question
        raise KeyError(code)


_OVERALL = Question("overall", "您向亲友推荐本店的可能性有多大？",
                    "How likely are you to recommend the store to friends?", TEN)
_ADVISOR = Question("advisor", "服务顾问的接待与沟通", "The service advisor's care and explanations",
                    STARS, staff=True, category=ComplaintCategory.ATTITUDE)
_CONSULTANT = Question("consultant", "销售顾问的专业与态度", "The sales consultant's knowledge and manner",
                       STARS, staff=True, category=ComplaintCategory.SALES)
_WAITING = Question("waiting", "等待时间", "Waiting time", STARS, category=ComplaintCategory.WAITING)
_QUALITY = Question("quality", "维修质量（一次修好）", "Repair quality (fixed first time)", STARS)
_CLEAN = Question("cleanliness", "车辆与店面整洁", "Cleanliness of the car and the store", STARS)
_PRICE = Question("price", "价格透明", "Price transparency", STARS, category=ComplaintCategory.PRICE)
_HANDOVER = Question("handover", "交车讲解", "The handover explanation", STARS,
                     category=ComplaintCategory.SALES)

#: Every version ever used; add a new version, never change a published one.
TEMPLATES: tuple[Template, ...] = (
    Template(Occasion.SERVICE, 1, (_OVERALL, _ADVISOR, _WAITING, _QUALITY, _CLEAN, _PRICE)),
    Template(Occasion.DELIVERY, 1, (_OVERALL, _CONSULTANT, _HANDOVER, _CLEAN, _PRICE)),
)


def template(occasion: Occasion | str, version: int) -> Template:
    """The template of `occasion` at `version` (KeyError when it was never declared)."""
    for item in TEMPLATES:
        if item.occasion == occasion and item.version == version:
            return item
    raise KeyError((occasion, version))


def current_template(occasion: Occasion | str) -> Template:
    """The newest version of `occasion`'s template: new surveys are asked with it."""
    return max((t for t in TEMPLATES if t.occasion == occasion), key=lambda t: t.version)


@dataclass(frozen=True)
class SurveyPolicy:
    """When surveys fall due and what counts as a low score (settings override these)."""

    delay_days: int = 2
    #: A score at or below this on the 1–5 scale opens a complaint.
    low_stars: int = 2
    #: A score at or below this on the 0–10 scale opens a complaint.
    low_ten: int = 4

    def is_low(self, scale: Scale, score: int) -> bool:
        """True when `score` should open a complaint."""
        return score <= (self.low_ten if scale == TEN else self.low_stars)
