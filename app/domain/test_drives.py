"""Test drives (试乘试驾): the rules without I/O.

A Chinese driving licence's number (驾驶证号) is its holder's 18-digit resident identity
number, checked with `stdnum.cn.ric` (region, birth date and check digit). Two bookings of
one car clash when their times overlap; a drive's fuel or charge is a percentage of the
tank or battery; mileage never runs backwards.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from app.errors import ValidationError

#: The shortest and longest drive a booking may hold.
MIN_DRIVE = timedelta(minutes=15)
MAX_DRIVE = timedelta(hours=4)
#: Digits of a licence number left readable on paper and on lists.
LICENCE_VISIBLE = 4
#: A drive's feedback rating: 1 (poor) to 5 (excellent).
RATINGS = range(1, 6)


class CarStatus(StrEnum):
    """Where a test-drive car stands."""

    IN_SERVICE = "in_service"
    ON_DRIVE = "on_drive"
    RETIRED = "retired"


class DriveStatus(StrEnum):
    """Where a test drive stands: booked, out on the road, back, or cancelled."""

    BOOKED = "booked"
    OUT = "out"
    RETURNED = "returned"
    CANCELLED = "cancelled"


#: Bookings that hold their car's time (a clash with them is refused).
HOLDING = (DriveStatus.BOOKED, DriveStatus.OUT)


def licence_number(text: str | None) -> str:
    """The driving licence number `text` as stored (18 characters, a final 'X' upper case),
    or a ValidationError saying what is wrong with it."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError("请输入驾驶证号。", "Enter the driving licence number.",
                              field="licence_number")
    try:
        return ric.validate(raw)
    except stdnum_errors.InvalidLength:
        zh, en = "驾驶证号应为 18 位（与身份证号相同）。", \
            "A driving licence number has 18 characters (the holder's ID number)."
    except stdnum_errors.InvalidChecksum:
        zh, en = "驾驶证号校验位不对，请核对最后一位。", \
            "The licence number's check digit is wrong: check the last character."
    except stdnum_errors.ValidationError:
        zh, en = "驾驶证号格式不对（地区码或出生日期无效）。", \
            "The licence number is malformed (region code or birth date)."
    raise ValidationError(zh, en, field="licence_number")


def mask_licence(number: str | None) -> str:
    """The licence number's last four characters behind four stars (`****1231`), for print
    and lists: the full number stays in the database only (its first six digits say where
    the holder was registered, the next eight their birthday)."""
    number = number or ""
    if len(number) <= LICENCE_VISIBLE:
        return "*" * len(number)
    return "*" * LICENCE_VISIBLE + number[-LICENCE_VISIBLE:]


def check_slot(start: datetime, end: datetime) -> None:
    """A booking's times: aware, the end after the start, between 15 minutes and 4 hours."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError("时间须带时区。", "Times must carry a time zone.", field="start")
    if end <= start:
        raise ValidationError("结束时间须晚于开始时间。", "The end must be after the start.",
                              field="end")
    if end - start < MIN_DRIVE or end - start > MAX_DRIVE:
        raise ValidationError("试驾时长须在 15 分钟到 4 小时之间。",
                              "A test drive lasts between 15 minutes and 4 hours.",
                              field="end")


def percent(value: int | str | None, field: str, label_zh: str, label_en: str) -> int:
    """A fuel or charge level as a whole percentage 0–100."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = -1
    if not 0 <= number <= 100:
        raise ValidationError(f"{label_zh}须为 0 到 100 之间的整数（%）。",
                              f"The {label_en} is a whole percentage from 0 to 100.", field=field)
    return number


def mileage(value: int | str | None, field: str, *, at_least: int | None = None) -> int:
    """An odometer reading in km: a whole number, not below `at_least` (the reading out)."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = -1
    if not 0 <= number <= 9_999_999:
        raise ValidationError("里程须为 0 或以上的整数公里数。",
                              "The mileage is a whole number of km, 0 or more.", field=field)
    if at_least is not None and number < at_least:
        raise ValidationError(f"还车里程不能小于出车里程 {at_least} km。",
                              f"The mileage back cannot be below the mileage out ({at_least} km).",
                              field=field)
    return number


def rating(value: int | str | None) -> int:
    """A feedback rating from 1 to 5."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = 0
    if number not in RATINGS:
        raise ValidationError("评分须为 1 到 5 分。", "The rating is from 1 to 5.", field="rating")
    return number
