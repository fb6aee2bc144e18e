"""Every value a row is about to store is checked against its column, before each flush.

The column is the one declaration: a `String(n)` holds at most n characters and no control
or zero-width characters (`Text` allows line breaks and tabs), a `Numeric(p, s)` holds at
most p - s digits before the point, a float is finite (and within `info["range"]` if the
column declares one), dates and times are between the years 1900 and 2200, times carry a
time zone. A value that does not fit raises ValidationError naming the field, so nothing
is stored, whatever service (or new model) wrote it. `Database` installs `check_flush`.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from decimal import Decimal, InvalidOperation

from sqlalchemy import Date, DateTime, Float, Numeric, String, Text, inspect
from sqlalchemy.orm import Session

from app.errors import ValidationError

YEARS = (1900, 2200)
#: Characters a line of Text may hold although they are control characters.
_TEXT_CONTROLS = frozenset("\n\r\t")
#: What the fields are called in messages (the attribute name for any other).
LABELS: dict[str, tuple[str, str]] = {
    "name": ("名称", "name"), "salutation": ("称呼", "salutation"), "mobile": ("手机号", "mobile"),
    "plate": ("车牌", "plate"), "plate_read": ("车牌", "plate"), "vin": ("车架号", "VIN"),
    "brand": ("品牌", "brand"), "model": ("车型", "model"), "trim": ("配置", "trim"),
    "colour": ("颜色", "colour"), "notes": ("备注", "notes"), "concerns": ("客户描述", "concerns"),
    "address": ("地址", "address"), "description": ("说明", "description"),
    "price": ("价格", "price"), "amount": ("金额", "amount"), "hours": ("工时", "hours"),
    "labour_hours": ("工时", "labour hours"), "rate": ("单价", "rate"), "qty": ("数量", "quantity"),
    "confidence": ("置信度", "confidence"), "birthday": ("生日", "birthday"),
    "insurance_expiry": ("保险到期日", "insurance expiry"),
    "warranty_end": ("质保到期日", "warranty end"), "purchase_date": ("购车日期", "purchase date"),
    "slot_start": ("预约时间", "slot start"), "slot_end": ("预约结束时间", "slot end"),
}


def label(field: str) -> tuple[str, str]:
    """(zh, en) of a field for messages."""
    return LABELS.get(field, (field, field))


def check_flush(session: Session, _context, _instances) -> None:
    """`before_flush` hook: check every new row and every changed value."""
    for row in list(session.new):
        check_row(row, changed_only=False)
    for row in list(session.dirty):
        check_row(row, changed_only=True)


def check_row(row, *, changed_only: bool = False) -> None:
    """Check the (changed) column values of one ORM row against their columns."""
    state = inspect(row)
    for attr in state.mapper.column_attrs:
        if changed_only and not state.attrs[attr.key].history.has_changes():
            continue
        value = state.dict.get(attr.key)
        if value is None:
            continue
        for column in attr.columns:
            check_value(attr.key, column, value)


def check_value(field: str, column, value) -> None:
    """Refuse `value` for `column` (of attribute `field`) if the column cannot hold it."""
    kind = column.type
    zh, en = label(field)
    if isinstance(kind, String) and isinstance(value, str):
        check_text(field, value, kind.length, multiline=isinstance(kind, Text))
    elif isinstance(kind, Numeric) and not isinstance(kind, Float) \
            and isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        _check_number(field, Decimal(value), kind.precision, kind.scale)
    elif isinstance(kind, Float) and isinstance(value, (int, float)):
        low, high = column.info.get("range", (-math.inf, math.inf))
        if not math.isfinite(value) or not low <= value <= high:
            raise ValidationError(f"{zh}的值不合理：{value}。", f"Implausible {en}: {value}.",
                                  field=field)
    elif isinstance(kind, Date) and isinstance(value, dt.date):
        plain_date(field, value)
    elif _is_datetime(column) and isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValidationError(f"{zh}必须带时区。",
                                  f"The {en} must carry a time zone (not a naive time).",
                                  field=field)
        _check_year(field, value.year)


def plain_date(field: str, value):
    """`value` if it is a date (not a time) of a sane year, or None; else ValidationError."""
    if value is None:
        return None
    zh, en = label(field)
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(f"{zh}须为日期（不含时间）。", f"The {en} is a date, not a time.",
                              field=field)
    _check_year(field, value.year)
    return value


def check_text(field: str, value: str, limit: int | None, *, multiline: bool = False) -> str:
    """`value` if it fits a text column of `limit` characters, else ValidationError."""
    zh, en = label(field)
    for char in value:
        category = unicodedata.category(char)
        if category == "Cf" or (category == "Cc" and not (multiline and char in _TEXT_CONTROLS)):
            raise ValidationError(
                f"{zh}含有不可见或控制字符（U+{ord(char):04X}），请删除后重新输入。",
                f"The {en} contains an invisible or control character (U+{ord(char):04X}); "
                "remove it and type it again.", field=field)
    if limit is not None and len(value) > limit:
        raise ValidationError(f"{zh}最多 {limit} 个字符（现为 {len(value)} 个）。",
                              f"The {en} holds at most {limit} characters (this has "
                              f"{len(value)}).", field=field)
    return value


def _check_number(field: str, value: Decimal, precision: int | None, scale: int | None) -> None:
    zh, en = label(field)
    if not value.is_finite():
        raise ValidationError(f"{zh}不是有效数字。", f"The {en} is not a number.", field=field)
    if precision is None:
        return
    whole = precision - (scale or 0)
    try:     # what the column would store: 999.999 in Numeric(5, 2) is 1000.00
        value = value.quantize(Decimal(1).scaleb(-(scale or 0)))
    except InvalidOperation:
        pass     # too many digits to round: certainly too large
    if value != 0 and value.adjusted() >= whole:
        biggest = "9" * whole
        raise ValidationError(f"{zh}过大：{value:f}（最多 {whole} 位整数，即小于 {biggest}）。",
                              f"The {en} is too large: {value:f} (at most {whole} digits "
                              f"before the point).", field=field)


def _check_year(field: str, year: int) -> None:
    zh, en = label(field)
    if not YEARS[0] <= year <= YEARS[1]:
        raise ValidationError(f"{zh}的年份不合理：{year}。", f"Implausible year of the {en}: {year}.",
                              field=field)


def _is_datetime(column) -> bool:
    kind = column.type
    return isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime)
