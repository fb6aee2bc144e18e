"""Test drives (试乘试驾): the store's fleet, bookings of a car and a time slot for a
customer with a consultant, the drive out and back, the feedback, the signed agreement.

A booking that overlaps another active booking of the same car is refused (the car's row is
locked first, so two desks booking at once cannot both succeed). The full driving licence
number is kept in the database only: lists and the printed agreement show its last four
characters. A fleet car seen at the gate closes its open drive (`close_at_gate_in`, called
by `reception.arrive`); the mileage back may be filled in later (`record_return`).

A booking names the customer's lead (商机): the one given, or their open lead in the store;
the lead moves to "test drive" in the booking's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain import plates
from app.domain import test_drives as rules
from app.domain.roles import Permission, StaffRole
from app.domain.store_time import STORE_TZ
from app.domain.test_drives import HOLDING, CarStatus, DriveStatus
from app.errors import Conflict, NotFound, ValidationError
from app.models import Customer, Opportunity, Staff, TestDrive, TestDriveCar, Vehicle
from app.printing.test_drive_pdf import render_agreement
from app.services import audit, leads
from app.services.common import (
    active_staff_id,
    check_version,
    day_bounds,
    get_or_raise,
    mask_mobile,
    next_number,
    now_utc,
    parse_choice,
    stale_guard,
)
from app.services.store_info import store_info_in

_CAR = ("试驾车", "test-drive car")
_DRIVE = ("试驾预约", "test drive")
#: The most rows a list returns.
LIST_LIMIT = 200


@dataclass(frozen=True)
class CarRecord:
    """A fleet car as the fleet list shows it."""

    id: int
    plate: str
    plate_display: str
    model: str
    new_energy: bool
    status: str
    mileage_km: int
    version: int


@dataclass(frozen=True)
class DriveRecord:
    """A test drive as the desk and the agreement show it: the licence number and the
    mobile masked (the full ones never leave the database)."""

    id: int
    number: str
    store_id: int
    car_id: int
    plate_display: str
    model: str
    new_energy: bool
    customer_id: int
    customer_name: str
    customer_mobile: str
    consultant_id: int | None
    consultant_name: str
    start_at: datetime
    end_at: datetime
    status: str
    licence_masked: str
    has_licence_photo: bool
    agreement_signed_at: datetime | None
    out_at: datetime | None
    back_at: datetime | None
    closed_at_gate: bool
    mileage_out: int | None
    mileage_back: int | None
    fuel_out: int | None
    fuel_back: int | None
    rating: int | None
    feedback: str
    version: int
    #: The customer's lead the drive belongs to, and its interest (None, "": no lead).
    opportunity_id: int | None = None
    lead_interest: str = ""

    @property
    def distance_km(self) -> int | None:
        """How far the drive went, once both readings are in."""
        if self.mileage_out is None or self.mileage_back is None:
            return None
        return self.mileage_back - self.mileage_out


@dataclass(frozen=True)
class DayView:
    """One store day of the fleet: every car in service and the drives booked on it."""

    day: date
    cars: tuple[CarRecord, ...]
    drives: tuple[DriveRecord, ...]


@dataclass(frozen=True)
class BookingForm:
    """What the booking dialog collects (None where nothing was chosen yet)."""

    car_id: int | None
    customer_id: int | None
    consultant_id: int | None
    start_at: datetime
    end_at: datetime
    licence_number: str
    licence_photo_path: str = ""
    #: The customer's lead; None takes their open lead in the store, if any.
    opportunity_id: int | None = None


@dataclass(frozen=True)
class LeadLink:
    """The lead a new booking would name: the customer's open lead in the store."""

    opportunity_id: int
    interest: str
    stage: str


@dataclass(frozen=True)
class GateReturn:
    """A fleet car seen at the gate: the car and the drive it closed (None if none was out)."""

    car_id: int
    plate: str
    drive_id: int | None
    drive_number: str


# --- the fleet ----------------------------------------------------------------------------
@acting.needs(Permission.TEST_DRIVE)
def add_car(db: Database, store_id: int, plate: str, model: str, mileage_km: int | str = 0,
            *, new_energy: bool = False) -> CarRecord:
    """Add a car to the store's test-drive fleet; its plate must be valid and not already
    a fleet car's."""
    text = plates.normalise(plate or "")
    if not plates.is_valid(text):
        raise ValidationError("车牌号格式不对。", "The plate is not a valid plate.", field="plate")
    name = (model or "").strip()
    if not name:
        raise ValidationError("请输入车型。", "Enter the model.", field="model")
    km = rules.mileage(mileage_km, "mileage_km")
    with db.session() as s:
        if s.scalar(_fleet_car(text)) is not None:
            raise Conflict("该车牌已在试驾车队中。", "This plate is already in the fleet.",
                           field="plate")
        if s.scalar(select(Vehicle.id).where(Vehicle.plate == text,
                                             Vehicle.active.is_(True))) is not None:
            # the gate would take the customer's car for the store's own
            raise Conflict("该车牌是客户的在用车辆，不能加入试驾车队。",
                           "This plate is on a customer's car: it cannot join the fleet.",
                           field="plate")
        car = TestDriveCar(store_id=store_id, plate=text, model=name[:60], mileage_km=km,
                           new_energy=bool(new_energy) or plates.parse(text).is_new_energy)
        s.add(car)
        s.flush()
        record = _car_record(car)
        # the plate as shown (粤A·SJ001): the audit page prints these values as they are
        audit.record_event(s, action="create", entity=TestDriveCar.__tablename__,
                           entity_id=car.id, after={"plate": record.plate_display,
                                                    "model": record.model,
                                                    "mileage_km": record.mileage_km})
        return record


@acting.needs(Permission.TEST_DRIVE)
def set_car_status(db: Database, store_id: int, car_id: int, status: str,
                   expected_version: int | None = None) -> CarRecord:
    """Retire a car or put it back in service (a car out on a drive comes back by its
    return); a car with bookings ahead cannot be retired."""
    wanted = parse_choice(CarStatus, status, "status", "状态", "status")
    if wanted is CarStatus.ON_DRIVE:
        raise ValidationError("出车请在试驾预约中开始试驾。",
                              "A car goes out by starting a booked drive.", field="status")
    with db.session() as s, stale_guard(*_CAR):
        car = _store_row(s, TestDriveCar, car_id, store_id, _CAR)
        check_version(car, expected_version, *_CAR)
        if car.status is CarStatus.ON_DRIVE:
            raise Conflict("该车正在试驾中，还车后再操作。",
                           "The car is out on a drive: record its return first.")
        if wanted is CarStatus.RETIRED and _booked_ahead(s, car.id):
            raise Conflict("该车还有未完成的试驾预约，请先取消。",
                           "The car still has bookings: cancel them first.")
        if wanted is CarStatus.IN_SERVICE and car.status is CarStatus.RETIRED \
                and s.scalar(_fleet_car(car.plate)) is not None:
            raise Conflict("该车牌已在试驾车队中。", "This plate is already in the fleet.")
        before = audit.snapshot(car)
        car.status = wanted
        s.flush()
        audit.record(s, action="update", row=car, before=before)
        return _car_record(car)


@acting.needs(Permission.TEST_DRIVE)
def fleet(db: Database, store_id: int, *, include_retired: bool = False,
          limit: int = LIST_LIMIT) -> tuple[CarRecord, ...]:
    """The store's test-drive cars by plate (retired ones only when asked)."""
    with db.session() as s:
        query = select(TestDriveCar).where(TestDriveCar.store_id == store_id)
        if not include_retired:
            query = query.where(TestDriveCar.status != CarStatus.RETIRED)
        return tuple(_car_record(c) for c in
                     s.scalars(query.order_by(TestDriveCar.plate).limit(limit)))


# --- bookings -----------------------------------------------------------------------------
@acting.needs(Permission.TEST_DRIVE)
def book(db: Database, store_id: int, form: BookingForm, *, by_id: int | None = None,
         now: datetime | None = None) -> DriveRecord:
    """Book `form.car_id` from `start_at` to `end_at` for the customer with a consultant.

    The licence number is checked (a resident ID number's region, birth date and check
    digit); a booking overlapping another active one of the same car is a Conflict naming
    it. The drive names the customer's lead (`form.opportunity_id`, or their open lead in
    the store), which moves to "test drive" in the same transaction."""
    if form.car_id is None:
        raise ValidationError("请选择试驾车。", "Choose the car.", field="car_id")
    if form.customer_id is None:
        raise ValidationError("请先查找并选择客户。", "Find and choose the customer first.",
                              field="customer_id")
    rules.check_slot(form.start_at, form.end_at)
    licence = rules.licence_number(form.licence_number)
    at = now_utc(now)
    if form.end_at <= at:
        raise ValidationError("试驾时间已过。", "That time has already passed.", field="start")
    with db.session() as s:
        car = _store_row(s, TestDriveCar, form.car_id, store_id, _CAR, locked=True,
                         field="car_id")
        if car.status is CarStatus.RETIRED:
            raise ValidationError("该车已退役。", "This car is retired.", field="car_id")
        get_or_raise(s, Customer, form.customer_id, "客户", "customer", field="customer_id")
        consultant = active_staff_id(s, form.consultant_id, "consultant_id",
                                     StaffRole.SALES_CONSULTANT)
        _refuse_clash(s, car, form.start_at, form.end_at)
        lead_id = _lead_of(s, store_id, form)
        drive = TestDrive(number=next_number(s, TestDrive.number, "SJ", at), store_id=store_id,
                          car_id=car.id, customer_id=form.customer_id,
                          consultant_id=consultant, start_at=form.start_at,
                          end_at=form.end_at, licence_number=licence,
                          licence_photo_path=(form.licence_photo_path or "").strip()[:500]
                          or None, by_id=by_id, opportunity_id=lead_id)
        s.add(drive)
        s.flush()
        if lead_id is not None:
            leads.record_test_drive_in(s, lead_id, by_id=by_id, now=at)
        return _drive_record(s, drive)


def _lead_of(s: Session, store_id: int, form: BookingForm) -> int | None:
    """The lead the booking names (the store's, the same customer's), or the customer's
    open lead in the store."""
    if form.opportunity_id is None:
        return leads.open_lead_id_in(s, store_id, form.customer_id)
    lead = s.get(Opportunity, form.opportunity_id)
    if lead is None or lead.store_id != store_id or lead.customer_id != form.customer_id:
        raise NotFound("该客户在本店没有这个商机。",
                       "This customer has no such lead in this store.", field="opportunity_id")
    return lead.id


@acting.needs(Permission.TEST_DRIVE)
def lead_for(db: Database, store_id: int, customer_id: int) -> LeadLink | None:
    """The customer's open lead in the store, which a booking for them names (the booking
    dialog shows it); None when they have none."""
    with db.session() as s:
        ident = leads.open_lead_id_in(s, store_id, customer_id)
        lead = s.get(Opportunity, ident) if ident is not None else None
        return LeadLink(lead.id, lead.interest, lead.stage.value) if lead else None


@acting.needs(Permission.TEST_DRIVE)
def cancel(db: Database, store_id: int, drive_id: int,
           expected_version: int | None = None) -> DriveRecord:
    """Cancel a booked drive (one already out comes back by its return)."""
    with db.session() as s, stale_guard(*_DRIVE):
        drive = _store_row(s, TestDrive, drive_id, store_id, _DRIVE)
        check_version(drive, expected_version, *_DRIVE)
        if drive.status is not DriveStatus.BOOKED:
            raise Conflict("只能取消尚未出车的预约。", "Only a drive not yet out can be cancelled.")
        drive.status = DriveStatus.CANCELLED
        s.flush()
        return _drive_record(s, drive)


@acting.needs(Permission.TEST_DRIVE)
def start_drive(db: Database, store_id: int, drive_id: int, mileage_out: int | str,
                fuel_out: int | str, *, agreement_signed: bool,
                now: datetime | None = None) -> DriveRecord:
    """The customer signed the agreement and drives off: mileage and fuel/charge out."""
    if not agreement_signed:
        raise ValidationError("客户须先签署试驾协议。",
                              "The customer signs the agreement first.", field="agreement")
    fuel = rules.percent(fuel_out, "fuel_out", "出车油量/电量", "fuel/charge out")
    at = now_utc(now)
    with db.session() as s, stale_guard(*_DRIVE):
        drive = _store_row(s, TestDrive, drive_id, store_id, _DRIVE)
        if drive.status is not DriveStatus.BOOKED:
            raise Conflict("该试驾不是待出车状态。", "This drive is not waiting to go out.")
        car = s.get(TestDriveCar, drive.car_id, with_for_update=True)
        if car.status is not CarStatus.IN_SERVICE:
            raise Conflict("该车当前不可出车（试驾中或已退役）。",
                           "The car cannot go out now (out on a drive or retired).")
        km = rules.mileage(mileage_out, "mileage_out", at_least=None)
        if km < car.mileage_km:
            raise ValidationError(f"出车里程不能小于该车记录里程 {car.mileage_km} km。",
                                  f"The mileage out cannot be below the car's {car.mileage_km} km.",
                                  field="mileage_out")
        drive.status, drive.out_at, drive.agreement_signed_at = DriveStatus.OUT, at, at
        drive.mileage_out, drive.fuel_out = km, fuel
        car.status, car.mileage_km = CarStatus.ON_DRIVE, km
        s.flush()
        return _drive_record(s, drive)


@acting.needs(Permission.TEST_DRIVE)
def record_return(db: Database, store_id: int, drive_id: int, mileage_back: int | str,
                  fuel_back: int | str, *, now: datetime | None = None) -> DriveRecord:
    """The car is back: mileage and fuel/charge back. Closes a drive still out, or fills
    in the readings of one the gate closed."""
    fuel = rules.percent(fuel_back, "fuel_back", "还车油量/电量", "fuel/charge back")
    with db.session() as s, stale_guard(*_DRIVE):
        drive = _store_row(s, TestDrive, drive_id, store_id, _DRIVE)
        if drive.status not in (DriveStatus.OUT, DriveStatus.RETURNED):
            raise Conflict("该试驾尚未出车。", "This drive has not gone out.")
        km = rules.mileage(mileage_back, "mileage_back", at_least=drive.mileage_out)
        car = s.get(TestDriveCar, drive.car_id, with_for_update=True)
        if drive.status is DriveStatus.OUT:
            _close(drive, car, now_utc(now))
        drive.mileage_back, drive.fuel_back = km, fuel
        car.mileage_km = max(car.mileage_km, km)
        s.flush()
        return _drive_record(s, drive)


@acting.needs(Permission.TEST_DRIVE)
def record_feedback(db: Database, store_id: int, drive_id: int, rating: int | str,
                    text: str = "") -> DriveRecord:
    """The customer's feedback after the drive: a rating 1–5 and what they said."""
    stars = rules.rating(rating)
    with db.session() as s, stale_guard(*_DRIVE):
        drive = _store_row(s, TestDrive, drive_id, store_id, _DRIVE)
        if drive.status is not DriveStatus.RETURNED:
            raise Conflict("还车后才能记录试驾反馈。", "Feedback is recorded after the return.",
                           field="rating")
        drive.rating, drive.feedback = stars, (text or "").strip()
        s.flush()
        return _drive_record(s, drive)


@acting.needs(Permission.TEST_DRIVE)
def get_drive(db: Database, store_id: int, drive_id: int) -> DriveRecord:
    """One drive of the store."""
    with db.session() as s:
        return _drive_record(s, _store_row(s, TestDrive, drive_id, store_id, _DRIVE))


@acting.needs(Permission.TEST_DRIVE)
def day_view(db: Database, store_id: int, day: date) -> DayView:
    """The store's fleet in service and every drive starting on its `day` (not cancelled)."""
    start, end = day_bounds(day)
    with db.session() as s:
        cars = s.scalars(select(TestDriveCar).where(
            TestDriveCar.store_id == store_id, TestDriveCar.status != CarStatus.RETIRED)
            .order_by(TestDriveCar.plate).limit(LIST_LIMIT))
        drives = s.scalars(select(TestDrive).where(
            TestDrive.store_id == store_id, TestDrive.start_at >= start,
            TestDrive.start_at < end, TestDrive.status != DriveStatus.CANCELLED)
            .order_by(TestDrive.start_at, TestDrive.id).limit(LIST_LIMIT))
        return DayView(day, tuple(_car_record(c) for c in cars),
                       tuple(_drive_record(s, d) for d in drives))


@acting.needs(Permission.TEST_DRIVE)
def agreement_pdf(db: Database, store_id: int, drive_id: int) -> bytes:
    """The test-drive agreement (试乘试驾协议) to sign, with the store's letterhead."""
    with db.session() as s:
        drive = _drive_record(s, _store_row(s, TestDrive, drive_id, store_id, _DRIVE))
        return render_agreement(drive, store_info_in(s, store_id))


# --- the gate -----------------------------------------------------------------------------
def fleet_car_id_in(session: Session, plate: str, store_id: int | None) -> int | None:
    """The id of the fleet car (not retired) with exactly `plate`, of `store_id` when
    given: one lookup on the plate's index."""
    return session.scalar(fleet_lookup(store_id is not None),
                          {"plate": plate, "store_id": store_id})


def close_at_gate_in(session: Session, car_id: int, at: datetime) -> GateReturn:
    """The fleet car `car_id` came through the gate: its drive out (if any) is returned at
    `at`, the car is in service again; mileage back is filled in later."""
    car = session.get(TestDriveCar, car_id, with_for_update=True)
    drive = session.scalar(select(TestDrive).where(
        TestDrive.car_id == car_id, TestDrive.status == DriveStatus.OUT)
        .order_by(TestDrive.start_at.desc()).limit(1))
    if drive is not None:
        _close(drive, car, at)
        drive.closed_at_gate = True
    elif car.status is CarStatus.ON_DRIVE:
        car.status = CarStatus.IN_SERVICE
    session.flush()
    return GateReturn(car.id, car.plate, drive.id if drive else None,
                      drive.number if drive else "")


# --- helpers ------------------------------------------------------------------------------
@cache
def fleet_lookup(of_a_store: bool) -> Select:
    """`fleet_car_id_in`'s query, built once (the arrival path, which also reads it as a
    column of its lookup): bound `plate` and, when `of_a_store`, `store_id`."""
    query = _fleet_car(bindparam("plate"))
    return query.where(TestDriveCar.store_id == bindparam("store_id")) if of_a_store else query


def _fleet_car(plate):
    return select(TestDriveCar.id).where(TestDriveCar.plate == plate,
                                         TestDriveCar.status != CarStatus.RETIRED)


def _close(drive: TestDrive, car: TestDriveCar, at: datetime) -> None:
    drive.status, drive.back_at = DriveStatus.RETURNED, at
    car.status = CarStatus.IN_SERVICE


def _store_row(s: Session, model, ident: int, store_id: int, what: tuple[str, str], *,
               locked: bool = False, field: str | None = None):
    """The row `ident` of `model` if it belongs to `store_id` (another store's is not
    found, as if it did not exist)."""
    row = s.get(model, ident, with_for_update=locked) if ident is not None else None
    if row is None or row.store_id != store_id:
        raise NotFound(f"找不到该{what[0]}（编号 {ident}）。", f"No such {what[1]} (id {ident}).",
                       field=field)
    return row


def _booked_ahead(s: Session, car_id: int) -> bool:
    return s.scalar(select(func.count()).select_from(TestDrive).where(
        TestDrive.car_id == car_id, TestDrive.status.in_(HOLDING))) > 0


def _refuse_clash(s: Session, car: TestDriveCar, start: datetime, end: datetime) -> None:
    """A Conflict when another active booking of `car` overlaps [start, end)."""
    other = s.execute(select(TestDrive.number, TestDrive.start_at, TestDrive.end_at).where(
        TestDrive.car_id == car.id, TestDrive.status.in_(HOLDING),
        TestDrive.start_at < end, TestDrive.end_at > start)
        .order_by(TestDrive.start_at).limit(1)).first()
    if other is None:
        return
    span = f"{_local(other.start_at)}–{_local(other.end_at, time_only=True)}"
    plate = plates.format_plate(car.plate)
    raise Conflict(f"{plate} 在 {span} 已有试驾预约（{other.number}），时间冲突，请换车或换时间。",
                   f"{plate} is already booked {span} ({other.number}): choose another car "
                   "or time.", field="start")


def _local(at: datetime, *, time_only: bool = False) -> str:
    return at.astimezone(STORE_TZ).strftime("%H:%M" if time_only else "%m-%d %H:%M")


def _car_record(c: TestDriveCar) -> CarRecord:
    return CarRecord(c.id, c.plate, plates.format_plate(c.plate), c.model, c.new_energy,
                     str(c.status), c.mileage_km, c.version_id)


def _drive_record(s: Session, d: TestDrive) -> DriveRecord:
    car = s.get(TestDriveCar, d.car_id)
    customer = s.get(Customer, d.customer_id)
    consultant = s.get(Staff, d.consultant_id) if d.consultant_id else None
    lead = s.get(Opportunity, d.opportunity_id) if d.opportunity_id else None
    return DriveRecord(
        id=d.id, number=d.number, store_id=d.store_id, car_id=d.car_id,
        plate_display=plates.format_plate(car.plate), model=car.model,
        new_energy=car.new_energy, customer_id=d.customer_id, customer_name=customer.name,
        customer_mobile=mask_mobile(customer.mobile), consultant_id=d.consultant_id,
        consultant_name=consultant.name if consultant else "", start_at=d.start_at,
        end_at=d.end_at, status=str(d.status), licence_masked=rules.mask_licence(d.licence_number),
        has_licence_photo=bool(d.licence_photo_path), agreement_signed_at=d.agreement_signed_at,
        out_at=d.out_at, back_at=d.back_at, closed_at_gate=d.closed_at_gate,
        mileage_out=d.mileage_out, mileage_back=d.mileage_back, fuel_out=d.fuel_out,
        fuel_back=d.fuel_back, rating=d.rating, feedback=d.feedback, version=d.version_id,
        opportunity_id=d.opportunity_id, lead_interest=lead.interest if lead else "")
