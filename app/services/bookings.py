"""Service bookings (预约保养): free slots per bay, booking, moving, cancelling, no-shows.

A booking reserves a bay from `slot_start` to `slot_end`; its length follows from the
labour hours of its items in 30-minute steps. It lies within the bay's hours of that weekday
(`bay_hours`, set on the admin page; 08:30–18:00 for a bay without any) on a day the bay's
store works (`app.domain.working_calendar.is_working_day`: public holidays and the store's own
closing days have no slots). The quick lane
takes only quick items that fit in one 30-minute slot. Two active bookings never overlap
on one bay, one vehicle or one technician: on PostgreSQL exclusion constraints forbid it
(migration 0006_reliab), on SQLite the check and the write share one BEGIN IMMEDIATE
transaction. A booking further ahead than the configured horizon is refused.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import acting, store_scope
from app.db import Database
from app.domain.code_names import label
from app.domain.roles import Permission
from app.domain.working_calendar import (
    DEFAULT_CLOSES,
    DEFAULT_OPENS,
    WorkingCalendar,
    hours_weekday,
    is_working_day,
)
from app.errors import Conflict, ValidationError
from app.models import (
    Bay,
    BayHours,
    BayKind,
    Booking,
    BookingChannel,
    BookingStatus,
    Customer,
    ServiceItem,
    Staff,
    StaffRole,
    Vehicle,
)
from app.services import audit, working_days
from app.services.common import (
    STORE_TZ,
    active_staff_id,
    check_version,
    day_bounds,
    get_or_raise,
    now_utc,
    parse_choice,
    require_aware,
    stale_guard,
    store_today,
)
from app.services.scoping import in_scope
from app.settings import load_settings

SLOT = timedelta(minutes=30)
#: The workshop's usual day: a bay's hours until the admin page sets them.
OPENING = DEFAULT_OPENS
CLOSING = DEFAULT_CLOSES
#: Bookings that hold their bay.
ACTIVE = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN)
_WHAT = ("预约", "booking")


@dataclass(frozen=True)
class BookingItem:
    """A service item of a booking."""

    id: int
    name: str
    labour_hours: Decimal
    price: Decimal


@dataclass(frozen=True)
class BookingRecord:
    """A booking as the desk shows it (times are aware, in UTC)."""

    id: int
    vehicle_id: int
    plate: str
    customer_id: int | None
    customer_name: str | None
    slot_start: datetime
    slot_end: datetime
    bay_id: int
    bay_name: str
    bay_kind: str
    advisor_id: int | None
    advisor_name: str | None
    technician_id: int | None
    technician_name: str | None
    channel: str
    status: str
    items: tuple[BookingItem, ...]
    notes: str
    version: int


@dataclass(frozen=True)
class Slot:
    """A 30-minute slot of one bay; `booking_id` is the booking holding it, if any;
    `open` is False outside the bay's hours (another bay is open then)."""

    start: datetime
    end: datetime
    booking_id: int | None
    open: bool = True

    @property
    def free(self) -> bool:
        """True when the bay is open and no active booking holds the slot."""
        return self.open and self.booking_id is None


@dataclass(frozen=True)
class BaySchedule:
    """One bay's slots over a day."""

    bay_id: int
    name: str
    kind: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class FreeSlot:
    """A start time at which a booking of the asked length fits in a bay."""

    bay_id: int
    bay_name: str
    start: datetime
    end: datetime


def booking_length(hours: Iterable[Decimal]) -> timedelta:
    """The bay time for items of these labour hours: their sum rounded up to 30 minutes."""
    minutes = float(sum(hours, Decimal(0))) * 60
    return SLOT * max(1, math.ceil(round(minutes, 6) / 30))


Hours = tuple[datetime, datetime]


def opening_hours(day: date) -> Hours:
    """The workshop's usual day on `day` (aware, store time): a bay's hours until set."""
    return datetime.combine(day, OPENING, STORE_TZ), datetime.combine(day, CLOSING, STORE_TZ)


def _store(store_id: int | None) -> int:
    """The store asked for, else the store this context works for, else the desk's store."""
    if store_id is not None:
        return store_id
    return store_scope.writing_store() or load_settings().store_id


def bay_hours_in(session: Session, bays: Sequence[Bay], day: date,
                 calendar: WorkingCalendar) -> dict[int, Hours | None]:
    """Each bay's opening and closing on `day`; None when the bay does not work then (the
    store is closed, or the bay is closed on that weekday)."""
    if not is_working_day(calendar, day):
        return {bay.id: None for bay in bays}
    weekday = hours_weekday(calendar, day)
    rows: dict[int, dict[int, BayHours]] = {}
    if bays:
        for row in session.scalars(select(BayHours).where(
                BayHours.bay_id.in_([b.id for b in bays]))):
            rows.setdefault(row.bay_id, {})[row.weekday] = row
    hours: dict[int, Hours | None] = {}
    for bay in bays:
        own = rows.get(bay.id)
        if own is None:
            hours[bay.id] = opening_hours(day)
            continue
        row = own.get(weekday)
        hours[bay.id] = None if row is None or row.opens is None or row.closes is None else (
            datetime.combine(day, row.opens, STORE_TZ), datetime.combine(day, row.closes, STORE_TZ))
    return hours


def _day_hours(s: Session, day: date, store_id: int | None) -> tuple[list[Bay], dict]:
    """The store's active bays and their hours on `day`."""
    store = _store(store_id)
    bays = _bays(s, store)
    return bays, bay_hours_in(s, bays, day, working_days.calendar_in(s, store, day, day))


@acting.open_to_signed_in
def list_slots(db: Database, day: date, *, store_id: int | None = None) -> tuple[BaySchedule, ...]:
    """Every active bay's 30-minute slots on `day` from the first bay's opening to the last
    one's closing, each free, held by a booking or outside the bay's hours; no slots on a
    day the store does not work."""
    with db.session() as s:
        bays, hours = _day_hours(s, day, store_id)
        held = _active_on_day(s, day)
        spans = [h for h in hours.values() if h is not None]
        opens = min((h[0] for h in spans), default=None)
        closes = max((h[1] for h in spans), default=None)
        schedules = []
        for bay in bays:
            slots, start = [], opens
            while opens is not None and start < closes:
                end = start + SLOT
                holder = next((b.id for b in held if b.bay_id == bay.id
                               and b.slot_start < end and b.slot_end > start), None)
                own = hours[bay.id]
                slots.append(Slot(start, end, holder,
                                  own is not None and own[0] <= start and end <= own[1]))
                start = end
            schedules.append(BaySchedule(bay.id, bay.name, str(bay.kind), tuple(slots)))
        return tuple(schedules)


@acting.open_to_signed_in
def free_slots(db: Database, day: date, item_ids: Sequence[int], *,
               now: datetime | None = None, store_id: int | None = None) -> tuple[FreeSlot, ...]:
    """Start times on `day` where a booking of these items fits, in the bays that may
    take it (the quick lane only for quick items of one slot) and within their hours, by
    time then bay; with no items yet, where a half-hour booking fits."""
    with db.session() as s:
        return _free_on(s, day, _items(s, item_ids) if item_ids else [], now_utc(now), store_id)


@acting.needs(Permission.BOOKING_EDIT)
def first_free_slot(db: Database, item_ids: Sequence[int] = (), *,
                    now: datetime | None = None, days: int = 14,
                    store_id: int | None = None) -> FreeSlot | None:
    """The earliest free slot from now on (today or one of the next `days` days) for these
    items: where the booking dialog opens, never on a time already past."""
    earliest = now_utc(now)
    with db.session() as s:
        items = _items(s, item_ids) if item_ids else []
        first_day = store_today(earliest)
        for offset in range(days):
            found = _free_on(s, first_day + timedelta(days=offset), items, earliest, store_id)
            if found:
                return found[0]
    return None


def _free_on(s: Session, day: date, items: Sequence[ServiceItem], earliest: datetime,
             store_id: int | None) -> tuple[FreeSlot, ...]:
    length = booking_length(i.labour_hours for i in items) if items else SLOT
    bays, hours = _day_hours(s, day, store_id)
    bays = [b for b in bays if _bay_takes(b, items, length) and hours[b.id] is not None]
    if not bays:
        return ()
    held = _active_on_day(s, day)
    start = min(hours[b.id][0] for b in bays)
    closes = max(hours[b.id][1] for b in bays)
    found = []
    while start + length <= closes:
        end = start + length
        for bay in bays:
            opens, shuts = hours[bay.id]
            if opens <= start and end <= shuts and start >= earliest and not any(
                    b.bay_id == bay.id and b.slot_start < end and b.slot_end > start
                    for b in held):
                found.append(FreeSlot(bay.id, bay.name, start, end))
        start += SLOT
    return tuple(found)


@acting.needs(Permission.BOOKING_EDIT)
def create_booking(db: Database, *, vehicle_id: int, item_ids: Sequence[int],
                   slot_start: datetime, bay_id: int | None = None,
                   advisor_id: int | None = None, technician_id: int | None = None,
                   channel: str = "phone", notes: str = "", who: str = "",
                   now: datetime | None = None,
                   horizon_days: int | None = None) -> BookingRecord:
    """Book a vehicle in for `item_ids` at `slot_start`.

    Without `bay_id` the first free bay that may take the items is chosen (the quick lane
    first for a quick service). A bay, technician or vehicle already booked at that time is
    refused with Conflict naming the clash. `horizon_days` defaults to the setting.
    """
    with db.session(immediate=True) as s:
        vehicle = get_or_raise(s, Vehicle, vehicle_id, "车辆", "vehicle", field="vehicle_id")
        if not vehicle.active:
            raise ValidationError("该车辆已停用，不能预约。", "This vehicle is inactive.",
                                  field="vehicle_id")
        items = _items(s, item_ids)
        start = _start(slot_start, now, horizon_days)
        end = _end(start, booking_length(i.labour_hours for i in items))
        booking = Booking(
            vehicle_id=vehicle.id, customer_id=vehicle.owner_id, slot_start=start,
            slot_end=end, bay_id=0, items=items, notes=(notes or "").strip(), created_by=who,
            channel=parse_choice(BookingChannel, channel, "channel", "预约渠道", "channel"),
            advisor_id=active_staff_id(s, advisor_id, "advisor_id", StaffRole.SERVICE_ADVISOR),
            technician_id=active_staff_id(s, technician_id, "technician_id", StaffRole.TECHNICIAN),
        )
        with s.no_autoflush:
            booking.bay_id = _bay_for(s, booking, items, bay_id)
            booking.store_id = s.get(Bay, booking.bay_id).store_id
        s.add(booking)
        with _no_clash():
            s.flush()
        audit.record(s, who=who, action="create", row=booking)
        return _records(s, [booking])[0]


@acting.needs(Permission.BOOKING_EDIT)
def move_booking(db: Database, booking_id: int, expected_version: int, *,
                 slot_start: datetime, bay_id: int | None = None, who: str = "",
                 now: datetime | None = None,
                 horizon_days: int | None = None) -> BookingRecord:
    """Move a booking to another time (and bay); its length stays what its items need."""
    with db.session(immediate=True) as s:
        booking = _editable(s, booking_id, expected_version)
        before = audit.snapshot(booking)
        length = booking.slot_end - booking.slot_start
        booking.slot_start = _start(slot_start, now, horizon_days)
        booking.slot_end = _end(booking.slot_start, length)
        with s.no_autoflush:
            booking.bay_id = _bay_for(s, booking, booking.items, bay_id or booking.bay_id)
        with stale_guard(*_WHAT), _no_clash():
            s.flush()
        audit.record(s, who=who, action="update", row=booking, before=before)
        return _records(s, [booking])[0]


@acting.needs(Permission.BOOKING_EDIT)
def cancel_booking(db: Database, booking_id: int, expected_version: int | None = None, *,
                   who: str = "") -> BookingRecord:
    """Cancel a booking that is still only booked, freeing its bay."""
    return _set_status(db, booking_id, expected_version, BookingStatus.CANCELLED, who)


@acting.needs(Permission.BOOKING_EDIT)
def check_in_booking(db: Database, booking_id: int, *, who: str = "") -> BookingRecord:
    """Mark a booked customer as arrived for their booking."""
    return _set_status(db, booking_id, None, BookingStatus.CHECKED_IN, who)


def mark_checked_in_in(s: Session, booking: Booking | None, who: str) -> None:
    """The one rule for "the booking becomes checked in": a booked booking whose car was
    checked in (from the arrival pop-up or the work order) is marked so; any other status
    stays as it is."""
    if booking is None or booking.status is not BookingStatus.BOOKED:
        return
    before = audit.snapshot(booking)
    booking.status = BookingStatus.CHECKED_IN
    with stale_guard(*_WHAT):
        s.flush()
    audit.record(s, who=who, action="update", row=booking, before=before)


def todays_booking_id_in(s: Session, vehicle_id: int, at: datetime) -> int | None:
    """The id of the vehicle's first booked or checked-in booking on the store day of `at`."""
    start, end = day_bounds(store_today(at))
    return s.scalar(select(Booking.id).where(
        Booking.vehicle_id == vehicle_id, Booking.slot_start >= start, Booking.slot_start < end,
        Booking.status.in_([BookingStatus.BOOKED, BookingStatus.CHECKED_IN]))
        .order_by(Booking.slot_start))


@acting.needs(Permission.BOOKING_EDIT)
def mark_no_show(db: Database, booking_id: int, *, who: str = "",
                 now: datetime | None = None) -> BookingRecord:
    """Record that the customer did not come; only once the slot has begun."""
    return _set_status(db, booking_id, None, BookingStatus.NO_SHOW, who, now=now)


@acting.needs(Permission.BOOKING_EDIT)
def restore_booking(db: Database, booking_id: int, *, who: str = "") -> BookingRecord:
    """Undo a cancellation or a no-show: the booking is booked again, unless its bay,
    technician or vehicle was booked at that time meanwhile (Conflict)."""
    with db.session() as s:
        booking = get_or_raise(s, Booking, booking_id, *_WHAT)
        if booking.status not in (BookingStatus.CANCELLED, BookingStatus.NO_SHOW):
            raise ValidationError("该预约未被取消，无需恢复。",
                                  "This booking was not cancelled; there is nothing to undo.",
                                  field="status")
        _refuse_clashes(s, booking, s.get(Bay, booking.bay_id))
        before = audit.snapshot(booking)
        booking.status = BookingStatus.BOOKED
        with stale_guard(*_WHAT), _no_clash():
            s.flush()
        audit.record(s, who=who, action="update", row=booking, before=before)
        return _records(s, [booking])[0]


@acting.needs(Permission.WORK_ORDER_VIEW)
def get_booking(db: Database, booking_id: int) -> BookingRecord:
    """One booking by id."""
    with db.session() as s:
        return _records(s, [get_or_raise(s, Booking, booking_id, *_WHAT)])[0]


@acting.needs(Permission.WORK_ORDER_VIEW)
def bookings_for_day(db: Database, day: date, *,
                     include_cancelled: bool = False) -> tuple[BookingRecord, ...]:
    """The bookings of the store's `day` by start time: reception's "expected today"."""
    with db.session() as s:
        return bookings_for_day_in(s, day, include_cancelled=include_cancelled)


def bookings_for_day_in(session: Session, day: date, *,
                        include_cancelled: bool = False) -> tuple[BookingRecord, ...]:
    """`bookings_for_day` inside an open session."""
    start, end = day_bounds(day)
    query = (select(Booking).where(in_scope(Booking.store_id),
                                   Booking.slot_start >= start, Booking.slot_start < end)
             .order_by(Booking.slot_start, Booking.bay_id))
    if not include_cancelled:
        query = query.where(Booking.status != BookingStatus.CANCELLED)
    return _records(session, list(session.scalars(query)))


def _set_status(db: Database, booking_id: int, expected_version: int | None,
                status: BookingStatus, who: str, *, now: datetime | None = None):
    with db.session() as s:
        booking = _editable(s, booking_id, expected_version)
        if status is BookingStatus.NO_SHOW and booking.slot_start > now_utc(now):
            raise ValidationError("预约时段尚未开始，不能标记为未到店。",
                                  "The booked slot has not begun; it cannot be a no-show yet.",
                                  field="status")
        before = audit.snapshot(booking)
        booking.status = status
        with stale_guard(*_WHAT):
            s.flush()
        audit.record(s, who=who, action="update", row=booking, before=before)
        return _records(s, [booking])[0]


def _editable(session: Session, booking_id: int, expected_version: int | None) -> Booking:
    """A booking that is still 'booked', at the expected version."""
    booking = get_or_raise(session, Booking, booking_id, *_WHAT)
    check_version(booking, expected_version, *_WHAT)
    if booking.status is not BookingStatus.BOOKED:
        raise ValidationError(f"该预约状态为“{booking.status}”，不能再修改。",
                              f"This booking is {booking.status} and can no longer change.",
                              field="status")
    return booking


def _start(slot_start: datetime, now: datetime | None, horizon_days: int | None) -> datetime:
    """Validate a slot start: aware, not past, within the horizon (the bay's hours are
    checked with the bay, `_bay_for`)."""
    start = require_aware(slot_start, "slot_start", "预约时间", "The slot start")
    if start < now_utc(now) - timedelta(minutes=5):
        raise ValidationError("预约时间已过。", "The slot start is in the past.",
                              field="slot_start")
    horizon = load_settings().booking_horizon_days if horizon_days is None else horizon_days
    if start > now_utc(now) + timedelta(days=horizon):
        raise ValidationError(f"最多只能预约 {horizon} 天以内的时段。",
                              f"Bookings can be made at most {horizon} days ahead.",
                              field="slot_start")
    return start


def _end(start: datetime, length: timedelta) -> datetime:
    """The end of a booking of `length` from `start` (within the bay's hours: `_bay_for`)."""
    return start + length


def _refuse_outside_hours(session: Session, booking: Booking, bay: Bay) -> None:
    """ValidationError unless the booking lies within `bay`'s hours on a working day."""
    day = booking.slot_start.astimezone(STORE_TZ).date()
    store = bay.store_id if bay.store_id is not None else _store(None)
    calendar = working_days.calendar_in(session, store, day, day)
    hours = bay_hours_in(session, [bay], day, calendar)[bay.id]
    if hours is None and not is_working_day(calendar, day):
        info = working_days.describe(calendar, day)
        why = [(label(info.holiday), label(info.holiday, "en")) if info.holiday else None,
               (info.note, info.note) if info.note else None]
        zh, en = next((w for w in why if w), ("", ""))
        raise ValidationError(f"{day:%Y-%m-%d} 本店不营业{f'（{zh}）' if zh else ''}，不能预约。",
                              f"The store is closed on {day:%Y-%m-%d}"
                              f"{f' ({en})' if en else ''}; no bookings that day.",
                              field="slot_start")
    if hours is None:
        raise ValidationError(f"{bay.name} 在 {day:%Y-%m-%d} 不营业。",
                              f"{bay.name} is closed on {day:%Y-%m-%d}.", field="slot_start")
    opens, closes = hours
    if booking.slot_start < opens or booking.slot_start >= closes:
        raise ValidationError(f"预约时间须在营业时间 {opens:%H:%M}–{closes:%H:%M} 内。",
                              f"Slots are within opening hours {opens:%H:%M}–{closes:%H:%M}.",
                              field="slot_start")
    if booking.slot_end > closes:
        length = booking.slot_end - booking.slot_start
        raise ValidationError(f"该预约需 {_hours(length)}，将超过 {closes:%H:%M} 下班时间，"
                              "请选择更早的时段。",
                              f"This booking takes {_hours(length, 'en')} and would end after "
                              f"closing time {closes:%H:%M}; choose an earlier slot.",
                              field="slot_start")


def _hours(length: timedelta, language: str = "zh") -> str:
    hours = f"{length.total_seconds() / 3600:g}"
    return f"{hours} 小时" if language == "zh" else f"{hours} h"


#: Exclusion constraint (migration 0006_reliab) -> the Conflict its violation means.
_CLASHES = {
    "ex_bookings_bay": ("该工位在此时段已有预约。", "The bay is already booked at that time.",
                        "bay_id"),
    "ex_bookings_vehicle": ("该车辆在此时段已有预约。",
                            "This vehicle is already booked at that time.", "vehicle_id"),
    "ex_bookings_technician": ("该技师在此时段已有预约。",
                               "The technician is already booked at that time.",
                               "technician_id"),
}


@contextmanager
def _no_clash() -> Iterator[None]:
    """Turn a PostgreSQL exclusion-constraint violation into the same Conflict the checks
    give (another desk booked the same slot between our check and our write)."""
    try:
        yield
    except IntegrityError as exc:
        name = getattr(getattr(exc.orig, "diag", None), "constraint_name", None)
        if name not in _CLASHES:
            raise
        raise _clash(name) from exc


def _clash(name: str) -> Conflict:
    zh, en, field = _CLASHES[name]
    return Conflict(zh, en, field=field)


def _items(session: Session, item_ids: Sequence[int]) -> list[ServiceItem]:
    ids = list(dict.fromkeys(item_ids or ()))
    items = list(session.scalars(select(ServiceItem).where(ServiceItem.id.in_(ids),
                                                          ServiceItem.active.is_(True))))
    if not ids or len(items) != len(ids):
        raise ValidationError("请选择有效的保养项目。", "Choose at least one valid service item.",
                              field="item_ids")
    return sorted(items, key=lambda i: i.id)


def _bay_takes(bay: Bay, items: Sequence[ServiceItem], length: timedelta) -> bool:
    """The quick lane takes only quick items of one slot; normal bays take anything."""
    return bay.kind is BayKind.NORMAL or (all(i.quick for i in items) and length == SLOT)


def _bay_for(session: Session, booking: Booking, items: Sequence[ServiceItem],
             bay_id: int | None) -> int:
    """The bay for `booking`: the one asked for if it is free, else the first free one."""
    length = booking.slot_end - booking.slot_start
    if bay_id is not None:
        bay = get_or_raise(session, Bay, bay_id, "工位", "bay", field="bay_id")
        if not bay.active:
            raise ValidationError("该工位已停用。", "This bay is not in use.", field="bay_id")
        if not _bay_takes(bay, items, length):
            raise ValidationError("快修通道只接 30 分钟内的快修项目。",
                                  "The quick lane takes only quick items of up to 30 minutes.",
                                  field="bay_id")
        _refuse_outside_hours(session, booking, bay)
        _refuse_clashes(session, booking, bay)
        return bay.id
    bays = sorted((b for b in _bays(session, _store(None)) if _bay_takes(b, items, length)),
                  key=lambda b: (b.kind is not BayKind.QUICK_LANE, b.sort_order, b.id))
    refusal: ValidationError | None = None
    any_open = False
    for bay in bays:
        try:
            _refuse_outside_hours(session, booking, bay)
        except ValidationError as exc:
            refusal = exc
            continue
        any_open = True
        if _bay_clash(session, booking, bay.id) is None:
            _refuse_clashes(session, booking, bay)
            return bay.id
    if refusal is not None and not any_open:
        raise refusal  # no bay works then: say why (closed day, opening hours)
    raise Conflict("该时段所有工位都已约满，请选择其他时间。",
                   "Every bay is booked at that time; choose another slot.", field="slot_start")


def _refuse_clashes(session: Session, booking: Booking, bay: Bay) -> None:
    """Conflict when the bay, the technician or the vehicle is booked at the same time."""
    # Lock the bay row so two desks booking the same bay serialise (PostgreSQL; SQLite
    # serialises writers anyway).
    session.execute(select(Bay.id).where(Bay.id == bay.id).with_for_update())
    clash = _bay_clash(session, booking, bay.id)
    if clash is not None:
        plate = session.get(Vehicle, clash.vehicle_id).plate
        span = _span(clash)
        raise Conflict(f"{bay.name} 在 {span} 已有预约（{plate}）。",
                       f"{bay.name} is already booked {span} ({plate}).", field="bay_id")
    others = _overlapping(session, booking)
    if booking.technician_id and any(b.technician_id == booking.technician_id for b in others):
        raise _clash("ex_bookings_technician")
    if any(b.vehicle_id == booking.vehicle_id for b in others):
        raise _clash("ex_bookings_vehicle")


def _overlapping(session: Session, booking: Booking) -> list[Booking]:
    return list(session.scalars(select(Booking).where(
        Booking.status.in_(ACTIVE), Booking.slot_start < booking.slot_end,
        Booking.slot_end > booking.slot_start, Booking.id != (booking.id or -1))))


def _bay_clash(session: Session, booking: Booking, bay_id: int) -> Booking | None:
    with session.no_autoflush:
        return next((b for b in _overlapping(session, booking) if b.bay_id == bay_id), None)


def _span(booking: Booking) -> str:
    start, end = (t.astimezone(STORE_TZ) for t in (booking.slot_start, booking.slot_end))
    return f"{start:%H:%M}–{end:%H:%M}"


def _bays(session: Session, store_id: int) -> list[Bay]:
    """The store's active bays (and those no store owns yet) in their display order."""
    return list(session.scalars(select(Bay).where(
        Bay.active.is_(True), or_(Bay.store_id == store_id, Bay.store_id.is_(None)))
        .order_by(Bay.sort_order, Bay.id)))


def _active_on_day(session: Session, day: date) -> list[Booking]:
    start, end = day_bounds(day)
    return list(session.scalars(select(Booking).where(
        in_scope(Booking.store_id), Booking.status.in_(ACTIVE), Booking.slot_start < end,
        Booking.slot_end > start)))



def _records(session: Session, bookings: list[Booking]) -> tuple[BookingRecord, ...]:
    """Plain records, with plates and names fetched in one query per table."""
    def by_id(model, ids):
        ids = {i for i in ids if i is not None}
        return {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))} \
            if ids else {}

    vehicles = by_id(Vehicle, (b.vehicle_id for b in bookings))
    customers = by_id(Customer, (b.customer_id for b in bookings))
    bays = by_id(Bay, (b.bay_id for b in bookings))
    staff = by_id(Staff, [x for b in bookings for x in (b.advisor_id, b.technician_id)])

    def name(rows, ident):
        return rows[ident].name if ident in rows else None

    return tuple(BookingRecord(
        id=b.id, vehicle_id=b.vehicle_id, plate=vehicles[b.vehicle_id].plate,
        customer_id=b.customer_id, customer_name=name(customers, b.customer_id),
        slot_start=b.slot_start, slot_end=b.slot_end, bay_id=b.bay_id,
        bay_name=bays[b.bay_id].name, bay_kind=str(bays[b.bay_id].kind),
        advisor_id=b.advisor_id, advisor_name=name(staff, b.advisor_id),
        technician_id=b.technician_id, technician_name=name(staff, b.technician_id),
        channel=str(b.channel), status=str(b.status),
        items=tuple(BookingItem(i.id, i.name, i.labour_hours, i.price) for i in b.items),
        notes=b.notes, version=b.version_id) for b in bookings)

