"""The care rules: every lifecycle touchpoint the store follows, declared once with its defaults.

A rule says when an item of its kind falls due for a vehicle or customer, how early it is
created (`lead_days`), how long after its due date it is still worth working
(`window_days`), whose work it is (sales or service side), its priority and whether it is
marketing (never created for a customer who withdrew consent, PIPL) or a service/safety
notice (always created, marked for a customer without consent). A store edits the numbers
through `with_overrides`; everything here is pure date arithmetic on facts handed in.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from lunardate import LunarDate

from app.domain.care import add_months


class CareKind(StrEnum):
    """What a care item is about."""

    THANK_YOU = "thank_you"
    SURVEY = "survey"
    FOLLOW_UP_WEEK = "follow_up_1w"
    FOLLOW_UP_MONTH = "follow_up_1m"
    FOLLOW_UP_QUARTER = "follow_up_3m"
    FIRST_SERVICE = "first_service"
    PERIODIC_SERVICE = "periodic_service"
    INSURANCE_60 = "insurance_60"
    INSURANCE_30 = "insurance_30"
    INSPECTION = "annual_inspection"
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    SUMMER_CHECK = "summer_check"
    WINTER_CHECK = "winter_check"
    EXTENDED_WARRANTY = "extended_warranty"
    TRADE_IN = "trade_in"
    REFERRAL = "referral"
    DECLINED_WORK = "declined_work"


class Side(StrEnum):
    """Whose customer relationship an item belongs to: the consultant's or the advisor's."""

    SALES = "sales"
    SERVICE = "service"


class Outcome(StrEnum):
    """How a worked item ended (or, for unreachable, how the last attempt ended)."""

    INVITED = "invited"
    BOOKED = "booked"
    DECLINED = "declined"
    UNREACHABLE = "unreachable"
    NOT_APPLICABLE = "not_applicable"
    DONE = "done"


class Channel(StrEnum):
    """How the customer was reached."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    WECHAT = "wechat"


#: Kinds that remind of a service: their bookings count in the reminder → booking conversion.
SERVICE_REMINDERS = frozenset({
    CareKind.FIRST_SERVICE, CareKind.PERIODIC_SERVICE, CareKind.SUMMER_CHECK,
    CareKind.WINTER_CHECK, CareKind.DECLINED_WORK, CareKind.INSPECTION,
})


@dataclass(frozen=True)
class Rule:
    """One kind's timing and handling. Numbers a store may change are plain int fields."""

    kind: CareKind
    zh: str
    en: str
    side: Side
    marketing: bool
    priority: int
    lead_days: int
    window_days: int
    enabled: bool = True
    months: int = 0
    km: int = 0
    days: int = 0
    ev_months: int = 0
    ev_km: int = 0
    #: The lowest satisfaction score (0–10) that earns a referral invitation.
    min_score: int = 0
    #: How many times an unreachable customer is tried before the item closes.
    max_attempts: int = 3
    #: Per model service intervals: (model, months, km), overriding months/km (and EV ones).
    model_intervals: tuple[tuple[str, int, int], ...] = ()
    #: A call script; {name}, {vehicle}, {due} and friends are filled from the item's context.
    script_zh: str = ""
    script_en: str = ""


def _rule(kind: CareKind, zh: str, en: str, side: Side, *, marketing: bool = False,
          priority: int = 2, lead: int = 0, window: int = 14, script_zh: str = "",
          script_en: str = "", **numbers) -> Rule:
    return Rule(kind, zh, en, side, marketing, priority, lead, window, script_zh=script_zh,
                script_en=script_en, **numbers)


#: Every rule with its defaults, in the order the desk lists kinds.
DEFAULT_RULES: tuple[Rule, ...] = (
    _rule(CareKind.THANK_YOU, "交车致谢", "Delivery thank-you", Side.SALES, priority=1,
          lead=1, window=2, days=1,
          script_zh="{name}您好，感谢您选择本店，新车{vehicle}用得还习惯吗？",
          script_en="Hello {name}, thank you for choosing us. How is the new {vehicle}?"),
    # Its items come from the surveys due after a delivery or a delivered work order (the
    # survey schedule), not from this rule's dates; the rule gives their window and priority.
    _rule(CareKind.SURVEY, "满意度回访", "Satisfaction survey", Side.SALES,
          window=7, script_zh="{name}您好，耽误您一分钟，想请您为最近一次在本店的体验打个分。",
          script_en="Hello {name}, have you a minute to rate your last visit to us?"),
    _rule(CareKind.FOLLOW_UP_WEEK, "交车一周回访", "One-week follow-up", Side.SALES,
          window=7, days=7,
          script_zh="{name}您好，{vehicle}开了一周，有什么功能需要再讲解吗？",
          script_en="Hello {name}, a week with the {vehicle}: anything we should explain again?"),
    _rule(CareKind.FOLLOW_UP_MONTH, "交车一月回访", "One-month follow-up", Side.SALES,
          window=7, months=1,
          script_zh="{name}您好，{vehicle}用了一个月，一切正常吗？",
          script_en="Hello {name}, a month with the {vehicle}: is everything fine?"),
    _rule(CareKind.FOLLOW_UP_QUARTER, "交车三月回访", "Three-month follow-up", Side.SERVICE,
          window=14, months=3,
          script_zh="{name}您好，{vehicle}三个月了，销售和售后一起回访，有问题随时联系我们。",
          script_en="Hello {name}, three months with the {vehicle}: sales and service check in."),
    _rule(CareKind.FIRST_SERVICE, "首保提醒", "First service", Side.SERVICE, priority=1,
          lead=14, window=60, months=3, km=5_000,
          script_zh="{name}您好，{vehicle}（约 {km} 公里）首保将在 {due} 前到期，帮您预约吗？",
          script_en="Hello {name}, the {vehicle} (about {km} km) is due its first service by "
                    "{due}. Shall I book it?"),
    _rule(CareKind.PERIODIC_SERVICE, "定保提醒", "Periodic service", Side.SERVICE, priority=1,
          lead=14, window=60, months=6, km=10_000, ev_months=12, ev_km=20_000,
          script_zh="{name}您好，{vehicle}上次保养是 {last_visit}，约 {due} 该做定期保养了，帮您预约吗？",
          script_en="Hello {name}, the {vehicle} was last serviced {last_visit}; the next service "
                    "is due by {due}. Shall I book it?"),
    _rule(CareKind.INSURANCE_60, "续保提醒（60 天）", "Insurance renewal (60 days)",
          Side.SERVICE, window=29, days=60,
          script_zh="{name}您好，{vehicle}的保险将于 {expiry} 到期，我们可以为您报价续保。",
          script_en="Hello {name}, the {vehicle}'s insurance expires {expiry}; may we quote "
                    "the renewal?"),
    _rule(CareKind.INSURANCE_30, "续保提醒（30 天）", "Insurance renewal (30 days)",
          Side.SERVICE, priority=1, window=30, days=30,
          script_zh="{name}您好，{vehicle}的保险 {expiry} 到期，还剩一个月，需要帮您办理续保吗？",
          script_en="Hello {name}, the {vehicle}'s insurance expires {expiry}, a month from "
                    "now. Shall we renew it?"),
    _rule(CareKind.INSPECTION, "年检提醒", "Annual inspection", Side.SERVICE, lead=30,
          window=30, months=6 * 12, days=10,
          script_zh="{name}您好，{vehicle}按规定 {due} 前需要年检，本店可代办。",
          script_en="Hello {name}, the {vehicle} must pass its inspection by {due}; we can "
                    "handle it."),
    _rule(CareKind.BIRTHDAY, "生日关怀", "Birthday", Side.SALES, marketing=True, priority=3,
          lead=7, window=3,
          script_zh="{name}您好，提前祝您生日快乐！本店为您准备了生日礼。",
          script_en="Hello {name}, happy birthday in advance! We have a small gift for you."),
    _rule(CareKind.ANNIVERSARY, "购车周年谢礼", "Purchase anniversary", Side.SALES,
          marketing=True, priority=3, lead=7, window=14, months=12,
          script_zh="{name}您好，{vehicle}陪伴您一周年了，欢迎来店领取周年谢礼。",
          script_en="Hello {name}, a year with the {vehicle}: come by for an anniversary gift."),
    _rule(CareKind.SUMMER_CHECK, "夏季空调检测", "Summer air-conditioning check",
          Side.SERVICE, marketing=True, priority=3, lead=14, window=30, months=6, days=1,
          script_zh="{name}您好，夏季将至，本店为{vehicle}提供免费空调检测。",
          script_en="Hello {name}, summer is coming: a free air-conditioning check for the "
                    "{vehicle}."),
    _rule(CareKind.WINTER_CHECK, "冬季防冻液与电瓶检测", "Winter antifreeze and battery check",
          Side.SERVICE, marketing=True, priority=3, lead=14, window=30, months=11, days=1,
          script_zh="{name}您好，入冬前本店为{vehicle}免费检测防冻液和电瓶。",
          script_en="Hello {name}, before winter: a free antifreeze and battery check for the "
                    "{vehicle}."),
    _rule(CareKind.EXTENDED_WARRANTY, "延保推荐", "Extended warranty offer", Side.SERVICE,
          marketing=True, window=60, days=60,
          script_zh="{name}您好，{vehicle}的原厂质保 {warranty_end} 到期，可以了解一下延保。",
          script_en="Hello {name}, the {vehicle}'s warranty ends {warranty_end}: may I offer "
                    "an extension?"),
    _rule(CareKind.TRADE_IN, "置换邀约", "Trade-in offer", Side.SALES, marketing=True,
          priority=3, window=90, months=36,
          script_zh="{name}您好，{vehicle}已经三年了，本店有置换补贴，欢迎来店评估。",
          script_en="Hello {name}, the {vehicle} is three years old: come by for a trade-in "
                    "valuation."),
    _rule(CareKind.REFERRAL, "转介绍邀请", "Friend referral", Side.SALES, marketing=True,
          priority=3, window=30, days=3, min_score=9,
          script_zh="{name}您好，感谢您的好评！推荐亲友来店购车，双方都有礼。",
          script_en="Hello {name}, thank you for the kind score! Refer a friend and you both "
                    "get a gift."),
    _rule(CareKind.DECLINED_WORK, "未做项目再邀约", "Declined work offered again",
          Side.SERVICE, priority=1, window=30, days=30,
          script_zh="{name}您好，上次建议的“{work}”还没有做，为了行车安全建议尽快处理。",
          script_en="Hello {name}, the “{work}” we advised last time is still open; for "
                    "safety we suggest doing it soon."),
)

#: The fields of a rule a store may change (numbers and the on/off switch).
EDITABLE_FIELDS = tuple(f.name for f in fields(Rule)
                        if f.name in {"enabled", "priority", "lead_days", "window_days",
                                      "months", "km", "days", "ev_months", "ev_km",
                                      "min_score", "max_attempts"})


def default_rules() -> dict[CareKind, Rule]:
    """The rules as shipped, by kind."""
    return {rule.kind: rule for rule in DEFAULT_RULES}


def with_overrides(overrides: Mapping[str, Mapping[str, object]]) -> dict[CareKind, Rule]:
    """The default rules with a store's changes applied: {kind: {field: value}}.

    Unknown kinds or fields are ignored (a setting left from an older version must not stop
    the nightly run); model intervals come as a list of [model, months, km].
    """
    rules = default_rules()
    for kind, changes in overrides.items():
        if kind not in rules:
            continue
        known = {k: (bool(v) if k == "enabled" else int(v)) for k, v in changes.items()
                 if k in EDITABLE_FIELDS}
        if "model_intervals" in changes:
            known["model_intervals"] = tuple(
                (str(m), int(mo), int(km)) for m, mo, km in changes["model_intervals"])
        rules[CareKind(kind)] = replace(rules[CareKind(kind)], **known)
    return rules


@dataclass(frozen=True)
class VehicleFacts:
    """What the store knows of one vehicle and its owner, as the run reads it in bulk."""

    vehicle_id: int
    customer_id: int
    model: str = ""
    new_energy: bool = False
    delivered: date | None = None
    #: Odometer readings (day, km) from work orders, check-ins and the vehicle record.
    readings: tuple[tuple[date, int], ...] = ()
    #: Days of services done after delivery (delivered work orders), oldest first.
    services: tuple[date, ...] = ()
    insurance_expiry: date | None = None
    warranty_end: date | None = None
    #: The latest satisfaction score (0–10) and the day it was given.
    satisfaction: tuple[int, date] | None = None
    #: Declined work: (work-order line id, the day it was declined, what it was).
    declined: tuple[tuple[int, date, str], ...] = ()


@dataclass(frozen=True)
class CustomerFacts:
    """A customer's own dates (not tied to a vehicle)."""

    customer_id: int
    birthday: date | None = None
    lunar_birthday: bool = False


@dataclass(frozen=True)
class Due:
    """A care item a rule asks for: `occurrence` tells one cycle from the next."""

    kind: CareKind
    occurrence: str
    due: date
    window_end: date
    priority: int
    marketing: bool
    side: Side
    detail: str = ""


#: A projection further out than this is no projection (a car barely driven).
_PROJECTION_LIMIT_DAYS = 3 * 365


def projected_day(readings: Sequence[tuple[date, int]], target_km: int,
                  start: tuple[date, int] | None = None) -> date | None:
    """The day the odometer reaches `target_km`, projected from the readings.

    The daily distance is fitted over every reading (least squares through the first one,
    or through `start`, e.g. delivery at 0 km), not taken from the last reading alone. A
    reading already past the target gives the day it was taken. None without two points.
    """
    points = sorted(set(readings) | ({start} if start else set()))
    for day, km in points:
        if km >= target_km:
            return day
    if len(points) < 2:
        return None
    day0, km0 = points[0]
    xs = [(d - day0).days for d, _ in points]
    ys = [km - km0 for _, km in points]
    sxx = sum(x * x for x in xs)
    if sxx == 0:
        return None
    per_day = sum(x * y for x, y in zip(xs, ys, strict=True)) / sxx
    days = (target_km - km0) / per_day if per_day > 0 else None
    if days is None or days > _PROJECTION_LIMIT_DAYS:
        return None   # standing still, or so slow that time decides first
    return day0 + timedelta(days=int(days))


def _km_at(readings: Sequence[tuple[date, int]], day: date) -> int | None:
    """The reading taken nearest to `day` (a service's own check-in reading)."""
    if not readings:
        return None
    return min(readings, key=lambda r: abs((r[0] - day).days))[1]


def anniversary(day: date, year: int) -> date:
    """`day`'s month and day in `year`; 29 February becomes 28 February in a common year."""
    if day.month != 2 or day.day != 29:
        return day.replace(year=year)
    return date(year, 2, 29 if calendar.isleap(year) else 28)


def lunar_birthday_in(birthday: date, year: int) -> date:
    """The solar date of the lunar birthday of someone born on solar `birthday`, in the
    lunar year `year`. A 30th in a 29-day month becomes the 29th; a birthday in a leap
    month is kept in the ordinary month of that name."""
    month, day = _lunar_month_day(birthday)
    return _lunar_to_solar(year, month, day)


@lru_cache(maxsize=65_536)
def _lunar_month_day(birthday: date) -> tuple[int, int]:
    """The lunar month and day of a solar date (cached: the conversion is slow and a
    nightly run asks for the same few thousand birthdays)."""
    lunar = LunarDate.from_solar_date(birthday.year, birthday.month, birthday.day)
    return lunar.month, lunar.day


@lru_cache(maxsize=65_536)
def _lunar_to_solar(year: int, month: int, day: int) -> date:
    for last in range(day, 0, -1):
        try:
            return LunarDate(year, month, last).to_solar_date()
        except ValueError:
            continue
    raise ValueError(f"no lunar date {month}/{day} in {year}")


class _Window:
    """Collects the dues of one subject whose creation window contains `today`. Built once
    per run (the rules' windows precomputed) and reused for every vehicle."""

    def __init__(self, today: date, rules: Mapping[CareKind, Rule]) -> None:
        self.today, self.rules, self.found = today, rules, []
        self._today = today.toordinal()
        self._spans = {kind: (rule, rule.lead_days, rule.window_days)
                       for kind, rule in rules.items() if rule.enabled}
        delivery = [rules[k] for k in _DELIVERY_KINDS]
        #: Past this age (days) no delivery follow-up can be open any more.
        self.delivery_horizon = max(r.months * 31 + r.days + r.window_days for r in delivery)
        self.seasons = {(year, kind): date(year, rules[kind].months, rules[kind].days)
                        for year in (today.year, today.year + 1)
                        for kind in (CareKind.SUMMER_CHECK, CareKind.WINTER_CHECK)}
        #: The seasons whose window is open today: the only ones worth offering.
        self.open_seasons = [(year, kind, day) for (year, kind), day in self.seasons.items()
                             if self.opens(kind, day)]
        #: Every (month, day) a yearly date (anniversary, inspection) can fall on to be
        #: offered today: a vehicle delivered on another day of the year has none.
        self.yearly_days = _days_of_year(today, [rules[k] for k in _YEARLY_KINDS])

    def opens(self, kind: CareKind, due: date) -> bool:
        """True when an item of `kind` due on `due` is offered today."""
        span = self._spans.get(kind)
        return span is not None and -span[1] <= self._today - due.toordinal() <= span[2]

    def offer(self, kind: CareKind, occurrence: str | date, due: date | None,
              detail: str | date = "") -> None:
        """Keep the item if its window is open today. A date given as the occurrence or
        detail is written out only then (most offers are not kept)."""
        span = self._spans.get(kind)
        if span is None or due is None:
            return
        rule, lead, window = span
        late = self._today - due.toordinal()
        if -lead <= late <= window:
            self.found.append(Due(kind, _text(occurrence), due, due + timedelta(days=window),
                                  rule.priority, rule.marketing, rule.side, _text(detail)))

    def take(self) -> list[Due]:
        """The dues found since the last take."""
        found, self.found = self.found, []
        return found


def _text(value: str | date) -> str:
    return value if isinstance(value, str) else value.isoformat()


_DELIVERY_KINDS = (CareKind.THANK_YOU, CareKind.SURVEY, CareKind.FOLLOW_UP_WEEK,
                   CareKind.FOLLOW_UP_MONTH, CareKind.FOLLOW_UP_QUARTER)
_YEARLY_KINDS = (CareKind.ANNIVERSARY, CareKind.INSPECTION)


def _days_of_year(today: date, rules: Sequence[Rule]) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs of the days whose yearly items `rules` offer today; 29
    February goes with 28 February (where `anniversary` puts it in a common year)."""
    enabled = [r for r in rules if r.enabled]
    if not enabled:
        return frozenset()
    before = min(max(r.window_days for r in enabled), 366)
    after = min(max(r.lead_days for r in enabled), 366)
    days = {(d.month, d.day) for d in (today + timedelta(days=n)
                                       for n in range(-before, after + 1))}
    if (2, 28) in days:
        days.add((2, 29))
    return frozenset(days)


class CareEvaluator:
    """The rules applied on one day to many vehicles and customers (the nightly run)."""

    def __init__(self, today: date, rules: Mapping[CareKind, Rule]) -> None:
        self._window = _Window(today, rules)

    def vehicle(self, facts: VehicleFacts) -> list[Due]:
        """The vehicle's dues (see `vehicle_dues`)."""
        _vehicle(self._window, facts)
        return self._window.take()

    def customer(self, facts: CustomerFacts) -> list[Due]:
        """The customer's dues (see `customer_dues`)."""
        _customer(self._window, facts)
        return self._window.take()


def vehicle_dues(today: date, facts: VehicleFacts,
                 rules: Mapping[CareKind, Rule]) -> list[Due]:
    """Every vehicle care item due around `today` by `rules`."""
    return CareEvaluator(today, rules).vehicle(facts)


def _vehicle(w: _Window, facts: VehicleFacts) -> None:
    r = w.rules
    delivered = facts.delivered
    if delivered is not None:
        key = delivered
        if (w.today - delivered).days <= w.delivery_horizon:
            w.offer(CareKind.THANK_YOU, key,
                    delivered + timedelta(days=r[CareKind.THANK_YOU].days))
            w.offer(CareKind.FOLLOW_UP_WEEK, key,
                    delivered + timedelta(days=r[CareKind.FOLLOW_UP_WEEK].days))
            w.offer(CareKind.FOLLOW_UP_MONTH, key,
                    add_months(delivered, r[CareKind.FOLLOW_UP_MONTH].months))
            w.offer(CareKind.FOLLOW_UP_QUARTER, key,
                    add_months(delivered, r[CareKind.FOLLOW_UP_QUARTER].months))
        w.offer(CareKind.TRADE_IN, key, add_months(delivered, r[CareKind.TRADE_IN].months))
        _yearly(w, facts, delivered)
    _services(w, facts)
    if facts.insurance_expiry is not None:
        key = facts.insurance_expiry
        for kind in (CareKind.INSURANCE_60, CareKind.INSURANCE_30):
            w.offer(kind, key, facts.insurance_expiry - timedelta(days=r[kind].days))
    if facts.warranty_end is not None:
        w.offer(CareKind.EXTENDED_WARRANTY, facts.warranty_end,
                facts.warranty_end - timedelta(days=r[CareKind.EXTENDED_WARRANTY].days))
    if facts.satisfaction is not None:
        score, given = facts.satisfaction
        if score >= r[CareKind.REFERRAL].min_score:
            w.offer(CareKind.REFERRAL, given,
                    given + timedelta(days=r[CareKind.REFERRAL].days))
    for line_id, declined_on, what in facts.declined:
        w.offer(CareKind.DECLINED_WORK, f"line{line_id}",
                declined_on + timedelta(days=r[CareKind.DECLINED_WORK].days), what)


def _yearly(w: _Window, facts: VehicleFacts, delivered: date) -> None:
    """Anniversary, seasonal checks and the annual inspection of this and next year."""
    r = w.rules
    if (delivered.month, delivered.day) in w.yearly_days:
        for year in (w.today.year, w.today.year + 1):
            age = year - delivered.year
            if age >= 1:
                w.offer(CareKind.ANNIVERSARY, str(age), anniversary(delivered, year))
                if _inspection_year(age, r[CareKind.INSPECTION]):
                    w.offer(CareKind.INSPECTION, str(year), anniversary(delivered, year))
    for year, kind, season in w.open_seasons:
        if season > delivered:
            w.offer(kind, str(year), season)


def _inspection_year(age: int, rule: Rule) -> bool:
    """China's rule for a private small car: inspection-free until year 6, then at 6 and
    at 10 years, every year after 10 (`months` is the first check, `days` the annual start)."""
    first = rule.months // 12
    return age == first or age == rule.days or age > rule.days


def _services(w: _Window, facts: VehicleFacts) -> None:
    """First service at 3 months or 5,000 km, whichever first; then every interval."""
    r = w.rules
    start = (facts.delivered, 0) if facts.delivered else None
    if not facts.services:
        if facts.delivered is None:
            return
        rule = r[CareKind.FIRST_SERVICE]
        by_time = add_months(facts.delivered, rule.months)
        if _long_past(w, CareKind.FIRST_SERVICE, by_time):
            return
        since = [p for p in facts.readings if p[0] >= facts.delivered]
        by_km = projected_day(since, rule.km, start)
        due = min(by_time, by_km) if by_km else by_time
        km = projected_km(since, w.today, start) if since else None
        w.offer(CareKind.FIRST_SERVICE, "first", due, f"{km}" if km is not None else "")
        return
    rule = r[CareKind.PERIODIC_SERVICE]
    months, km = rule.months, rule.km
    if facts.new_energy and rule.ev_months:
        months, km = rule.ev_months, rule.ev_km
    for model, m, k in rule.model_intervals:
        if model and model == facts.model:
            months, km = m, k
    last = facts.services[-1]
    by_time = add_months(last, months)
    if _long_past(w, CareKind.PERIODIC_SERVICE, by_time):
        return
    base_km = _km_at(facts.readings, last)
    after = [p for p in facts.readings if p[0] >= last]
    by_km = projected_day(after, base_km + km) if base_km is not None and km else None
    due = min(by_time, by_km) if by_km else by_time
    w.offer(CareKind.PERIODIC_SERVICE, last, due, last)


def _long_past(w: _Window, kind: CareKind, by_time: date) -> bool:
    """True when an item due by `by_time` at the latest (the mileage can only bring it
    earlier) closed its window before today: nothing to project."""
    span = w._spans.get(kind)
    return span is None or w._today - by_time.toordinal() > span[2]


def projected_km(readings: Sequence[tuple[date, int]], day: date,
                 start: tuple[date, int] | None = None) -> int | None:
    """The odometer projected to `day` from the readings' fitted daily distance."""
    points = sorted(set(readings) | ({start} if start else set()))
    if not points:
        return None
    if len(points) < 2:
        return points[-1][1]
    day0, km0 = points[0]
    xs = [(d - day0).days for d, _ in points]
    ys = [k - km0 for _, k in points]
    sxx = sum(x * x for x in xs)
    per_day = sum(x * y for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0
    return max(points[-1][1], int(km0 + per_day * (day - day0).days))


def customer_dues(today: date, facts: CustomerFacts,
                  rules: Mapping[CareKind, Rule]) -> list[Due]:
    """The customer's birthday (solar, or lunar when they keep it so) around `today`."""
    return CareEvaluator(today, rules).customer(facts)


def _customer(w: _Window, facts: CustomerFacts) -> None:
    if facts.birthday is None:
        return
    today = w.today
    for year in (today.year - 1, today.year, today.year + 1):
        if facts.lunar_birthday:
            day = lunar_birthday_in(facts.birthday, year)
        else:
            day = anniversary(facts.birthday, year)
            if abs((day - today).days) > 40:
                continue
        w.offer(CareKind.BIRTHDAY, str(year), day, "lunar" if facts.lunar_birthday else "")


#: An unreachable customer is tried this many times before the item closes as unreachable
#: (the rules' default; a store changes it per kind).
MAX_UNREACHABLE_ATTEMPTS = next(f.default for f in fields(Rule) if f.name == "max_attempts")


def next_status(outcome: Outcome, attempts: int,
                max_attempts: int = MAX_UNREACHABLE_ATTEMPTS) -> str:
    """The item's status after `outcome` (`attempts` counts this one): an unreachable
    customer stays open until the last allowed attempt."""
    if outcome is Outcome.UNREACHABLE and attempts < max_attempts:
        return "open"
    return outcome.value


def kinds_in_order(rules: Iterable[Rule] = DEFAULT_RULES) -> list[CareKind]:
    """The kinds in the order the desk shows them."""
    return [rule.kind for rule in rules]
