"""The store's key figures (KPI): what each one counts, declared once, and their arithmetic.

Every KPI is a numerator over a denominator. A rate is numerator ÷ denominator in percent;
an average (approval turnaround, refreshment cost per visit) is a sum of hours or yuan ÷ a
count. The queries that count them
live in `app.services.kpi`; this module only says what is counted and how it is divided,
so the screen, the PDF, the CSV and `main.py report` show the same figure. Names of the
codes (`kpi.<code>`) are in `app.domain.code_names`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.domain.store_time import STORE_TZ
from app.errors import ValidationError

#: A delivered car that comes back to the workshop within this many days is a comeback.
COMEBACK_DAYS = 30


class Unit(StrEnum):
    """How a KPI's ratio reads."""

    PERCENT = "percent"
    HOURS = "hours"
    YUAN = "yuan"


class Level(StrEnum):
    """Where a figure is counted: one store, a division (大区) of stores, the whole group."""

    STORE = "store"
    DIVISION = "division"
    GROUP = "group"


@dataclass(frozen=True)
class KpiDefinition:
    """One KPI: its code, unit, what its numerator and denominator count (zh, en), and
    whether a higher value is better (for the chart's colour)."""

    code: str
    unit: Unit
    numerator: tuple[str, str]
    denominator: tuple[str, str]
    higher_is_better: bool = True


_P, _H, _Y = Unit.PERCENT, Unit.HOURS, Unit.YUAN

#: The period KPIs (week / month), in the order the dashboard and the report show them.
PERIOD_KPIS: tuple[KpiDefinition, ...] = (
    KpiDefinition("invitation_success", _P,
                  ("邀约成功（已预约）的关怀项", "care items booked"),
                  ("已邀约的关怀项（含已预约）", "care items invited (booked included)")),
    KpiDefinition("reminder_conversion", _P,
                  ("已预约的保养提醒", "service reminders booked"),
                  ("本期到期的保养提醒", "service reminders due in the period")),
    KpiDefinition("booking_share", _P,
                  ("由预约开出的工单", "work orders opened from a booking"),
                  ("本期开出的工单（维修到店）", "work orders opened (service arrivals)")),
    KpiDefinition("approval_turnaround", _H,
                  ("报价发出到客户答复的小时数合计", "hours from estimate sent to answer, summed"),
                  ("已答复的报价", "estimates answered"), higher_is_better=False),
    KpiDefinition("work_order_accuracy", _P,
                  ("交车工单中批准后未改项目且 30 天内未返修的",
                   "delivered work orders with no line changed after approval and no comeback"),
                  ("本期交车的工单", "work orders delivered in the period")),
    KpiDefinition("lines_changed_after_approval", _P,
                  ("批准后又改动（新增或重批）项目的交车工单",
                   "delivered work orders with a line approved after repair began"),
                  ("本期交车的工单", "work orders delivered in the period"),
                  higher_is_better=False),
    KpiDefinition("comebacks", _P,
                  ("交车后 30 天内同车再次进厂的工单", "delivered work orders back within 30 days"),
                  ("本期交车的工单", "work orders delivered in the period"),
                  higher_is_better=False),
    KpiDefinition("satisfaction", _P,
                  ("满意的回答（4–5 星、9–10 分）", "satisfied answers (4–5 stars, 9–10)"),
                  ("本期回访的回答", "survey answers in the period")),
    KpiDefinition("data_completeness", _P,
                  ("资料完整的客户（姓名、手机、生日）",
                   "customers with a complete record (name, mobile, birthday)"),
                  ("本期有工单的客户", "customers with a work order in the period")),
    KpiDefinition("quote_conversion", _P,
                  ("本期报价中已下订单（未取消）的报价单",
                   "of the period's quotes, those that became a sales order (not cancelled)"),
                  ("本期出具的报价单（同号各版算一张）",
                   "quotes given in the period (a number's revisions count once)")),
    KpiDefinition("test_drive_conversion", _P,
                  ("试驾后在本店下订单（未取消）的试驾",
                   "test drives after which the customer ordered at the store (not cancelled)"),
                  ("本期试驾归来的试驾", "test drives of the period, driven and back")),
    KpiDefinition("parts_fill_rate", _P,
                  ("现货满足的配件行", "part lines served from stock"),
                  ("本期工单的配件行", "part lines of the period's work orders")),
    KpiDefinition("refreshment_cost", _Y,
                  ("到店客人点的茶歇按菜单价合计（元，取消的不算）",
                   "refreshments ordered for visits, at menu prices (yuan; cancelled ones not)"),
                  ("点了茶歇的到店", "visits that ordered refreshments"),
                  higher_is_better=False),
)

#: The KPIs whose store-day counts add up to a week's or month's (each fact belongs to one
#: day: the work order's opening or delivery, the estimate's sending, the survey's answer),
#: materialised per closed day (`app.services.kpi_daily`). The others count distinct care
#: items, customers or quote numbers over the whole period and are always counted live.
DAILY_KPIS: tuple[str, ...] = (
    "booking_share", "approval_turnaround", "work_order_accuracy",
    "lines_changed_after_approval", "comebacks", "satisfaction", "parts_fill_rate")

#: A closed day's materialised figures can still change this many days later (a comeback
#: within `COMEBACK_DAYS`, a late answer or replenishment): the nightly count re-counts them.
RECOUNT_DAYS = COMEBACK_DAYS + 1

#: Today's figures of one store (counts; the waiting time is in minutes).
TODAY_FIGURES: tuple[str, ...] = (
    "arrivals", "expected", "expected_arrived", "in_shop", "waiting", "longest_wait_min",
    "overdue_updates", "open_complaints", "complaints_overdue")

#: What a complete customer record has.
COMPLETE_RECORD = ("name", "mobile", "birthday")

_BY_CODE = {k.code: k for k in PERIOD_KPIS}


def definition(code: str) -> KpiDefinition:
    """The definition of KPI `code` (KeyError for an unknown one: a programming error)."""
    return _BY_CODE[code]


@dataclass(frozen=True)
class Figure:
    """One KPI's counts in one place and period: numerator over denominator."""

    code: str
    numerator: Decimal
    denominator: int

    @property
    def value(self) -> Decimal | None:
        """The ratio in the KPI's unit (percent with one decimal, hours or yuan with two); None
        when there is nothing to divide by."""
        return ratio(definition(self.code).unit, self.numerator, self.denominator)


def ratio(unit: Unit, numerator: Decimal | int, denominator: int) -> Decimal | None:
    """numerator ÷ denominator: in percent (one decimal) or as an average (two decimals)."""
    if not denominator:
        return None
    value = Decimal(numerator) / Decimal(denominator)
    if unit is Unit.PERCENT:
        return (value * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def combine(code: str, figures: Iterable[Figure]) -> Figure:
    """The figure of several places together: numerators and denominators added (never an
    average of ratios, so a small store weighs what its counts weigh)."""
    numerator, denominator = Decimal(0), 0
    for figure in figures:
        numerator += figure.numerator
        denominator += figure.denominator
    return Figure(code, numerator, denominator)


def is_complete(name: str | None, mobile: str | None, birthday: date | None) -> bool:
    """True when a customer's record has every field of `COMPLETE_RECORD` (the query in
    `app.services.kpi` counts the same condition in SQL)."""
    return bool((name or "").strip() and (mobile or "").strip() and birthday is not None)


def is_comeback(delivered_at: datetime, next_opened_at: datetime | None) -> bool:
    """True when the same car was opened again within `COMEBACK_DAYS` of its delivery."""
    return (next_opened_at is not None
            and delivered_at < next_opened_at <= delivered_at + timedelta(days=COMEBACK_DAYS))


@dataclass(frozen=True)
class Period:
    """A week or month of store days: [first, after), with its label."""

    kind: str
    first: date
    after: date
    label: str

    @property
    def start(self) -> datetime:
        """The first instant (store time, aware)."""
        return datetime.combine(self.first, time(0), STORE_TZ)

    @property
    def end(self) -> datetime:
        """The first instant after the period."""
        return datetime.combine(self.after, time(0), STORE_TZ)


def month_period(text: str) -> Period:
    """"2026-11" → the period of November 2026; a clear error for anything else."""
    try:
        first = datetime.strptime((text or "").strip(), "%Y-%m").date()
    except ValueError:
        raise ValidationError(f"月份格式应为 YYYY-MM，例如 2026-11（收到“{text}”）。",
                              f"The month is YYYY-MM, e.g. 2026-11 (got '{text}').",
                              field="month") from None
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return Period("month", first, after, first.strftime("%Y-%m"))


def day_period(first: date, after: date | None = None) -> Period:
    """The store days [first, after) (one day when `after` is None)."""
    after = after or first + timedelta(days=1)
    return Period("day", first, after, first.isoformat())


def week_period(day: date) -> Period:
    """The ISO week (Monday to Sunday) containing `day`."""
    first = day - timedelta(days=day.weekday())
    year, week, _ = first.isocalendar()
    return Period("week", first, first + timedelta(days=7), f"{year}-W{week:02d}")


def period_of(kind: str, day: date) -> Period:
    """The week or month containing `day`."""
    if kind == "week":
        return week_period(day)
    if kind == "month":
        return month_period(f"{day.year}-{day.month:02d}")
    raise ValidationError("统计周期应为周或月。", "The period is a week or a month.",
                          field="period")
