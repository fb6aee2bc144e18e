"""Small helpers the service modules share: the store's clock, lookups, version checks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain.store_time import STORE_TZ
from app.errors import NotFound, StaleEdit, ValidationError
from app.models import Staff, StaffRole

Model = TypeVar("Model")
Choice = TypeVar("Choice", bound=StrEnum)


def now_utc(now: datetime | None = None) -> datetime:
    """`now` (which must be aware) in UTC, or the current time."""
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware time")
    return now.astimezone(UTC)


def store_today(now: datetime | None = None) -> date:
    """The store's calendar date at `now`."""
    return now_utc(now).astimezone(STORE_TZ).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants at which the store's `day` starts and the next one starts."""
    start = datetime.combine(day, time(0), STORE_TZ)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def mask_mobile(mobile: str | None) -> str:
    """`138****5678`: enough for staff to recognise, not enough to copy."""
    if not mobile:
        return ""
    if len(mobile) < 7:
        return "*" * len(mobile)
    return f"{mobile[:3]}****{mobile[-4:]}"


def get_or_raise(session: Session, model: type[Model], ident: int | None, what_zh: str,
                 what_en: str, *, field: str | None = None) -> Model:
    """The row of `model` with primary key `ident`, or NotFound naming what is missing."""
    row = session.get(model, ident) if ident is not None else None
    if row is None:
        raise NotFound(f"找不到该{what_zh}（编号 {ident}）。",
                       f"No such {what_en} (id {ident}).", field=field)
    return row


def check_version(row, expected: int | None, what_zh: str, what_en: str) -> None:
    """Refuse an edit made on an older version of `row` than the stored one."""
    if expected is not None and row.version_id != expected:
        raise StaleEdit(what_zh, what_en)


@contextmanager
def stale_guard(what_zh: str, what_en: str) -> Iterator[None]:
    """Turn a version clash found at flush time (another desk saved between our read and
    our write) into StaleEdit."""
    try:
        yield
    except StaleDataError as exc:
        raise StaleEdit(what_zh, what_en) from exc


def column_limit(model, attribute: str) -> int | None:
    """The length limit of a model's text column (None for unlimited text): the one place
    a text field's limit is declared is its column."""
    return getattr(model.__table__.c[attribute].type, "length", None)


def parse_choice(enum_class: type[Choice], value: str | Choice, field: str,
                 label_zh: str, label_en: str) -> Choice:
    """`value` as a member of `enum_class`, or a ValidationError listing what is allowed."""
    try:
        return enum_class(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_class)
        raise ValidationError(f"{label_zh}无效：{value}（可选：{allowed}）。",
                              f"Invalid {label_en}: {value!r} (allowed: {allowed}).",
                              field=field) from None


def require_aware(value: datetime, field: str, label_zh: str, label_en: str) -> datetime:
    """`value` in UTC; a naive time is refused because it says nothing about the zone."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(f"{label_zh}必须带时区。", f"{label_en} must carry a time zone.",
                              field=field)
    return value.astimezone(UTC)


def active_staff_id(session: Session, staff_id: int | None, field: str,
                    role: StaffRole) -> int | None:
    """`staff_id` if it names an active member of staff in `role` (or a manager), else a
    ValidationError on `field`; None stays None."""
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.role not in (role, StaffRole.MANAGER):
        raise ValidationError("所选员工不存在、已离职或岗位不符。",
                              "The chosen member of staff does not exist, has left or has "
                              "another role.", field=field)
    return staff_id


def next_number(session: Session, column, prefix: str, at: datetime) -> str:
    """The next document number `prefix` + the store's date + a 3-digit sequence of that day
    (JS20261205001), from the largest one `column` holds."""
    stem = f"{prefix}{store_today(at):%Y%m%d}"
    last = session.scalar(select(func.max(column)).where(column.like(f"{stem}%")))
    sequence = int(last[len(stem):]) + 1 if last and last[len(stem):].isdigit() else 1
    return f"{stem}{sequence:03d}"
