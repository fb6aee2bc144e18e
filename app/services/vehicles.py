"""Vehicles: add, update and look up by plate, with the plate grammar and the VIN check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain import plates
from app.domain.plates import PlateColor
from app.domain.roles import Permission
from app.domain.vin import normalise_vin, vin_problem
from app.errors import Conflict, ValidationError
from app.models import Customer, Vehicle
from app.services import audit
from app.services.common import (
    check_version,
    column_limit,
    get_or_raise,
    stale_guard,
    store_today,
)
from app.validation import check_text, plain_date

_WHAT = ("车辆", "vehicle")

_VIN_MESSAGES = {
    "length": ("车架号（VIN）必须是 17 位。", "A VIN has exactly 17 characters."),
    "characters": ("车架号只能包含数字和除 I、O、Q 以外的字母。",
                   "A VIN holds digits and the letters A–Z except I, O and Q."),
    "check_digit": ("车架号校验位（第 9 位）不正确，请核对。",
                    "The VIN's check digit (9th character) is wrong; please check it."),
}

#: Fields `update_vehicle` accepts.
EDITABLE = frozenset({
    "plate", "plate_color", "vin", "brand", "model", "trim", "year", "colour", "new_energy",
    "purchase_date", "mileage_km", "mileage_date", "insurance_expiry", "warranty_end",
    "owner_id", "active", "mileage_reason",
})


@dataclass(frozen=True)
class VehicleRecord:
    """A vehicle as the desk shows it."""

    id: int
    plate: str
    plate_display: str
    plate_color: str
    vin: str | None
    brand: str
    model: str
    trim: str
    year: int | None
    colour: str
    new_energy: bool
    purchase_date: date | None
    mileage_km: int | None
    mileage_date: date | None
    insurance_expiry: date | None
    warranty_end: date | None
    owner_id: int | None
    active: bool
    version: int

    @property
    def description(self) -> str:
        """'BYD 汉 EV 2023' style: brand, model, trim and year that are known."""
        parts = [self.brand, self.model, self.trim, str(self.year) if self.year else ""]
        return " ".join(p for p in parts if p)


def to_record(v: Vehicle) -> VehicleRecord:
    """The plain record of an ORM vehicle."""
    return VehicleRecord(
        id=v.id, plate=v.plate, plate_display=plates.format_plate(v.plate),
        plate_color=str(v.plate_color), vin=v.vin, brand=v.brand, model=v.model, trim=v.trim,
        year=v.year, colour=v.colour, new_energy=v.new_energy, purchase_date=v.purchase_date,
        mileage_km=v.mileage_km, mileage_date=v.mileage_date,
        insurance_expiry=v.insurance_expiry, warranty_end=v.warranty_end, owner_id=v.owner_id,
        active=v.active, version=v.version_id,
    )


@acting.needs(Permission.CUSTOMER_EDIT)
def add_vehicle(db: Database, *, plate: str, who: str = "", **fields: Any) -> VehicleRecord:
    """Register a vehicle. Keyword fields are those of `EDITABLE`; plate colour and the
    new-energy flag follow from the plate when not given."""
    with db.session() as s:
        return to_record(add_vehicle_in(s, plate=plate, who=who, **fields))


def add_vehicle_in(session: Session, *, plate: str, who: str = "", **fields: Any) -> Vehicle:
    """`add_vehicle` inside an open session (for services that create several rows)."""
    _refuse_unknown(fields)
    vehicle = Vehicle(plate="", active=True)
    _apply(session, vehicle, {"plate": plate, **fields}, new=True)
    session.add(vehicle)
    _flush(session, vehicle)
    audit.record(session, who=who, action="create", row=vehicle)
    return vehicle


@acting.needs(Permission.CUSTOMER_EDIT)
def update_vehicle(db: Database, vehicle_id: int, expected_version: int, *, who: str = "",
                   **changes: Any) -> VehicleRecord:
    """Change fields of a vehicle last read at `expected_version`; StaleEdit when another
    desk saved it in between (nothing is saved; the caller keeps the user's edit)."""
    _refuse_unknown(changes)
    with db.session() as s:
        vehicle = get_or_raise(s, Vehicle, vehicle_id, *_WHAT)
        check_version(vehicle, expected_version, *_WHAT)
        before = audit.snapshot(vehicle)
        _apply(s, vehicle, changes, new=False)
        with stale_guard(*_WHAT):
            _flush(s, vehicle)
        audit.record(s, who=who, action="update", row=vehicle, before=before,
                     reason=(changes.get("mileage_reason") or "").strip() or None)
        return to_record(vehicle)


@acting.needs(Permission.CUSTOMER_VIEW)
def get_vehicle(db: Database, vehicle_id: int) -> VehicleRecord:
    """One vehicle by id (NotFound if there is none)."""
    with db.session() as s:
        return to_record(get_or_raise(s, Vehicle, vehicle_id, *_WHAT))


@acting.needs(Permission.CUSTOMER_VIEW)
def find_by_plate(db: Database, plate: str) -> VehicleRecord | None:
    """The active vehicle carrying `plate` (normalised first), or None."""
    with db.session() as s:
        vehicle = s.scalars(select(Vehicle).where(
            Vehicle.plate == plates.normalise(plate), Vehicle.active.is_(True))).first()
        return to_record(vehicle) if vehicle else None


def visit_plates_in(session: Session, visits) -> dict[int, str]:
    """Visit id -> the plate the visit is known by: its vehicle's plate once a person
    confirmed which car it was (a misread is not history), the gate's read otherwise."""
    ids = {v.vehicle_id for v in visits if v.vehicle_id is not None}
    known = dict(session.execute(select(Vehicle.id, Vehicle.plate)
                                 .where(Vehicle.id.in_(ids))).all()) if ids else {}
    return {v.id: known.get(v.vehicle_id, v.plate_read) for v in visits}


def validate_plate(text: str) -> plates.PlateInfo:
    """The parsed plate, or a ValidationError on field 'plate'."""
    info = plates.parse(text or "")
    if info is None:
        if not (text or "").strip():
            raise ValidationError("请输入车牌号。", "Enter the plate number.", field="plate")
        raise ValidationError(f"车牌号格式不正确：{text}", f"Not a valid plate number: {text}",
                              field="plate")
    return info


def validate_vin(text: str | None) -> str | None:
    """The normalised VIN (None for empty), or a ValidationError on field 'vin' saying
    whether its length, its characters or its check digit is wrong."""
    vin = normalise_vin(text or "")
    if not vin:
        return None
    problem = vin_problem(vin)
    if problem:
        zh, en = _VIN_MESSAGES[problem]
        raise ValidationError(zh, en, field="vin")
    return vin


def _refuse_unknown(fields: dict[str, Any]) -> None:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise TypeError(f"unknown vehicle fields: {sorted(unknown)}")


def _apply(session: Session, vehicle: Vehicle, changes: dict[str, Any], *, new: bool) -> None:
    """Validate `changes` and set them on `vehicle` (no flush until all are checked)."""
    with session.no_autoflush:
        _set_fields(session, vehicle, changes, new=new)


def _set_fields(session: Session, vehicle: Vehicle, changes: dict[str, Any], *,
                new: bool) -> None:
    today = store_today()
    if "plate" in changes:
        info = validate_plate(changes["plate"])
        vehicle.plate = info.plate
        if changes.get("plate_color") is None and (
                new or not plates.color_fits(info, vehicle.plate_color)):
            changes["plate_color"] = _default_color(info)
        if new and changes.get("new_energy") is None:
            changes["new_energy"] = info.is_new_energy
    if changes.get("plate_color") is not None:
        vehicle.plate_color = _plate_color(vehicle.plate, changes["plate_color"])
    if "vin" in changes:
        vehicle.vin = validate_vin(changes["vin"])
    for name in ("brand", "model", "trim", "colour"):
        if name in changes:
            setattr(vehicle, name, _text(changes[name], name))
    if "year" in changes:
        vehicle.year = _year(changes["year"], today)
    if "mileage_km" in changes:
        vehicle.mileage_km = mileage_forward(changes["mileage_km"], vehicle.mileage_km,
                                             changes.get("mileage_reason"))
    for name in ("purchase_date", "mileage_date"):
        if name in changes:
            setattr(vehicle, name, _past_date(changes[name], name, today))
    for name in ("insurance_expiry", "warranty_end"):
        if name in changes:
            setattr(vehicle, name, plain_date(name, changes[name]))
    if changes.get("new_energy") is not None:
        vehicle.new_energy = bool(changes["new_energy"])
    if "owner_id" in changes:
        if changes["owner_id"] is not None:
            get_or_raise(session, Customer, changes["owner_id"], "车主", "owner", field="owner_id")
        vehicle.owner_id = changes["owner_id"]
    if "active" in changes:
        vehicle.active = bool(changes["active"])
    _refuse_taken(session, vehicle)


def _default_color(info: plates.PlateInfo) -> PlateColor:
    """Blue for an ordinary car, green for a new-energy one, else the class's colour."""
    for color in (PlateColor.BLUE, PlateColor.GREEN):
        if color in info.colors:
            return color
    return sorted(info.colors)[0]


def _plate_color(plate: str, color) -> PlateColor:
    try:
        color = PlateColor(color)
    except ValueError:
        raise ValidationError(f"车牌颜色无效：{color}", f"Invalid plate colour: {color}",
                              field="plate_color") from None
    info = plates.parse(plate)
    if info is not None and not plates.color_fits(info, color):
        raise ValidationError("车牌颜色与车牌号不符（新能源车牌为绿色、8 位）。",
                              "The plate colour does not fit the plate number "
                              "(new-energy plates are green with 8 characters).",
                              field="plate_color")
    return color


def _refuse_taken(session: Session, vehicle: Vehicle) -> None:
    """Conflict when another active vehicle carries the plate, or another vehicle the VIN."""
    if vehicle.active and vehicle.plate:
        other = session.scalars(select(Vehicle.id).where(
            Vehicle.plate == vehicle.plate, Vehicle.active.is_(True),
            Vehicle.id != (vehicle.id or -1))).first()
        if other is not None:
            raise Conflict(f"车牌 {plates.format_plate(vehicle.plate)} 已登记在另一辆在用车辆上。",
                           f"Plate {vehicle.plate} is already registered to another active "
                           "vehicle.", field="plate")
    if vehicle.vin:
        other = session.scalars(select(Vehicle.id).where(
            Vehicle.vin == vehicle.vin, Vehicle.id != (vehicle.id or -1))).first()
        if other is not None:
            raise Conflict(f"车架号 {vehicle.vin} 已登记在另一辆车上。",
                           f"VIN {vehicle.vin} is already registered to another vehicle.",
                           field="vin")


def _flush(session: Session, vehicle: Vehicle) -> None:
    """Flush; a plate or VIN taken at another desk in the meantime becomes a Conflict."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict("车牌或车架号刚被其他工位登记。",
                       "The plate or VIN was just registered at another desk.",
                       field="plate") from exc


def _text(value, field: str) -> str:
    """Stripped text within its column's limit, without control or invisible characters."""
    return check_text(field, (value or "").strip(), column_limit(Vehicle, field))


def _year(value, today: date) -> int | None:
    if value in (None, ""):
        return None
    if not isinstance(value, int) or not 1980 <= value <= today.year + 1:
        raise ValidationError(f"年款须在 1980 至 {today.year + 1} 之间。",
                              f"Model year must be between 1980 and {today.year + 1}.",
                              field="year")
    return value


def mileage_forward(value, recorded: int | None, reason: str | None = None) -> int | None:
    """A new odometer reading: a whole number of 0–2,000,000 km, never below the one
    `recorded` before unless a `reason` is given (a replaced odometer, a typing error);
    the reason goes into the audit log with the change."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 2_000_000:
        raise ValidationError("里程须为 0 至 2,000,000 公里之间的整数。",
                              "Mileage must be a whole number of km from 0 to 2,000,000.",
                              field="mileage_km")
    if recorded is not None and value < recorded and not (reason or "").strip():
        raise ValidationError(f"里程 {value} 公里低于上次记录的 {recorded} 公里；"
                              "如确需修改（更换仪表、录入错误），请填写原因。",
                              f"Mileage {value} km is below the {recorded} km recorded "
                              "before; to lower it (replaced odometer, typing error) give "
                              "the reason.", field="mileage_km")
    return value


def _past_date(value: date | None, field: str, today: date) -> date | None:
    if plain_date(field, value) is not None and value > today:
        raise ValidationError("日期不能晚于今天。", "The date cannot be in the future.",
                              field=field)
    return value
