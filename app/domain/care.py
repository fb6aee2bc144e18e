"""Lifecycle care due for a customer and vehicle on a given day: pure date arithmetic.

Reception shows these on the arrival card ("insurance expires in 12 days", "first
service due"); customer care builds its invitations from the same rules.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

FIRST_SERVICE_MONTHS = 3
FIRST_SERVICE_KM = 5_000
PERIODIC_SERVICE_MONTHS = 6
#: A service shows as due this many days before its date.
SERVICE_NOTICE_DAYS = 14
INSURANCE_NOTICE_DAYS = 60
#: An expired insurance is still worth mentioning for this long.
INSURANCE_LAPSED_DAYS = 30
WARRANTY_NOTICE_DAYS = 60


@dataclass(frozen=True)
class CareItem:
    """Something due for this customer; `days` until `due` (negative when overdue)."""

    kind: str
    due: date
    days: int
    zh: str
    en: str


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the end of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def care_due(today: date, *, purchase_date: date | None = None, mileage_km: int | None = None,
             last_service: date | None = None, insurance_expiry: date | None = None,
             birthday: date | None = None, warranty_end: date | None = None,
             ) -> tuple[CareItem, ...]:
    """The care items due around `today`, most pressing first."""
    items = [
        _service(today, purchase_date, mileage_km, last_service),
        _insurance(today, insurance_expiry),
        _warranty(today, warranty_end),
        _birthday(today, birthday),
    ]
    return tuple(sorted((i for i in items if i is not None), key=lambda i: i.days))


def _service(today: date, purchase_date: date | None, mileage_km: int | None,
             last_service: date | None) -> CareItem | None:
    """First service at 3 months or 5,000 km, whichever comes first; then every 6 months."""
    first_year = purchase_date is not None and add_months(purchase_date, 12) > today
    if purchase_date and first_year and (last_service is None or last_service < purchase_date):
        due = add_months(purchase_date, FIRST_SERVICE_MONTHS)
        if mileage_km is not None and mileage_km >= FIRST_SERVICE_KM:
            due = min(due, today)
        days = (due - today).days
        if days <= SERVICE_NOTICE_DAYS:
            return CareItem("first_service", due, days, _when_zh("首保", days),
                            _when_en("First service", days))
        return None
    base = last_service or purchase_date
    if base is None:
        return None
    due = add_months(base, PERIODIC_SERVICE_MONTHS)
    days = (due - today).days
    if days > SERVICE_NOTICE_DAYS:
        return None
    return CareItem("periodic_service", due, days, _when_zh("定期保养", days),
                    _when_en("Periodic service", days))


def _insurance(today: date, expiry: date | None) -> CareItem | None:
    if expiry is None:
        return None
    days = (expiry - today).days
    if not -INSURANCE_LAPSED_DAYS <= days <= INSURANCE_NOTICE_DAYS:
        return None
    if days < 0:
        return CareItem("insurance", expiry, days, f"保险已过期 {-days} 天",
                        f"Insurance expired {-days} days ago")
    return CareItem("insurance", expiry, days, f"保险 {days} 天后到期",
                    f"Insurance expires in {days} days")


def _warranty(today: date, warranty_end: date | None) -> CareItem | None:
    if warranty_end is None:
        return None
    days = (warranty_end - today).days
    if not 0 <= days <= WARRANTY_NOTICE_DAYS:
        return None
    return CareItem("warranty", warranty_end, days, f"质保 {days} 天后到期，可推荐延保",
                    f"Warranty ends in {days} days: offer an extension")


def _birthday(today: date, birthday: date | None) -> CareItem | None:
    """A birthday falling in the current week (Monday to Sunday)."""
    if birthday is None:
        return None
    monday = today - timedelta(days=today.weekday())
    for year in {monday.year, (monday + timedelta(days=6)).year}:
        day = _anniversary(birthday, year)
        if monday <= day <= monday + timedelta(days=6):
            days = (day - today).days
            zh = "今天生日" if days == 0 else f"本周生日（{day.month}月{day.day}日）"
            en = "Birthday today" if days == 0 else f"Birthday this week ({day:%d %b})"
            return CareItem("birthday", day, days, zh, en)
    return None


def _anniversary(day: date, year: int) -> date:
    """`day`'s month and day in `year` (29 February becomes 28 February)."""
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _when_zh(what: str, days: int) -> str:
    if days < 0:
        return f"{what}已逾期 {-days} 天"
    return f"{what}今天到期" if days == 0 else f"{what} {days} 天后到期"


def _when_en(what: str, days: int) -> str:
    if days < 0:
        return f"{what} overdue by {-days} days"
    return f"{what} due today" if days == 0 else f"{what} due in {days} days"
