"""The sales catalogues the quote editor picks from: vehicles, accessories (精品), insurance
products, lenders and their finance products; and the sales staff with their discount limits.

Each catalogue can be listed, added to and edited (stale edits refused); rows are retired
with `active=False` rather than deleted, so old quotes keep what they offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.finance import FinancePlan
from app.domain.money import money
from app.domain.pricing import EnergyType
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import (
    Accessory,
    CatalogueVehicle,
    FinanceProduct,
    InsuranceProduct,
    Lender,
    Staff,
    StaffRole,
)
from app.services import audit
from app.services.common import check_version, get_or_raise, parse_choice, stale_guard

# --- records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class VehicleRecord:
    """A catalogue vehicle (one trim of one model year)."""

    id: int
    brand: str
    model: str
    trim: str
    model_year: int
    msrp: Decimal
    energy: EnergyType
    active: bool
    version: int

    @property
    def title(self) -> str:
        """'丰田 凯美瑞 2026 款 2.0E 精英版'."""
        return " ".join(p for p in (self.brand, self.model, f"{self.model_year} 款", self.trim) if p)


@dataclass(frozen=True)
class AccessoryRecord:
    """An accessory (精品) with its price."""

    id: int
    name: str
    name_en: str
    price: Decimal
    active: bool
    version: int


@dataclass(frozen=True)
class InsuranceRecord:
    """An insurance product with its indicative first-year premium."""

    id: int
    insurer: str
    name: str
    name_en: str
    premium: Decimal
    compulsory: bool
    active: bool
    version: int


@dataclass(frozen=True)
class FinanceProductRecord:
    """A lender's finance product; `plan()` gives it to the finance arithmetic."""

    id: int
    lender_id: int
    lender: str
    name: str
    down_payment_pct: Decimal
    term_months: int
    annual_rate: Decimal
    fees: Decimal
    interest_free: bool
    active: bool
    version: int

    def plan(self, down_payment_pct: Decimal | None = None) -> FinancePlan:
        """This product as a FinancePlan (optionally with another down payment)."""
        pct = self.down_payment_pct if down_payment_pct is None else down_payment_pct
        return FinancePlan(self.lender, self.name, pct, self.term_months, self.annual_rate,
                           self.fees, self.interest_free)


@dataclass(frozen=True)
class LenderRecord:
    """A lender with its products."""

    id: int
    name: str
    active: bool
    version: int
    products: tuple[FinanceProductRecord, ...]


@dataclass(frozen=True)
class SalesStaffRecord:
    """A consultant or manager; `discount_limit` is what they may give alone (None: 0)."""

    id: int
    name: str
    role: str
    mobile: str
    discount_limit: Decimal

    @property
    def is_manager(self) -> bool:
        """True for a store manager (who may approve discounts)."""
        return self.role == StaffRole.MANAGER


def vehicle_record(v: CatalogueVehicle) -> VehicleRecord:
    """The plain record of a catalogue vehicle."""
    return VehicleRecord(v.id, v.brand, v.model, v.trim, v.model_year, v.msrp,
                         EnergyType(v.energy), v.active, v.version_id)


def _accessory_record(a: Accessory) -> AccessoryRecord:
    return AccessoryRecord(a.id, a.name, a.name_en, a.price, a.active, a.version_id)


def _insurance_record(i: InsuranceProduct) -> InsuranceRecord:
    return InsuranceRecord(i.id, i.insurer, i.name, i.name_en, i.premium, i.compulsory,
                           i.active, i.version_id)


def _product_record(p: FinanceProduct) -> FinanceProductRecord:
    return FinanceProductRecord(p.id, p.lender_id, p.lender.name, p.name, p.down_payment_pct,
                                p.term_months, p.annual_rate, p.fees, p.interest_free,
                                p.active, p.version_id)


def _lender_record(lender: Lender, active_only: bool = False) -> LenderRecord:
    products = tuple(_product_record(p) for p in lender.products
                     if p.active or not active_only)
    return LenderRecord(lender.id, lender.name, lender.active, lender.version_id, products)


# --- field checks ------------------------------------------------------------------------


def _text(value: Any, field: str, limit: int, zh: str, en: str, *, required: bool = True) -> str:
    text = " ".join(str(value or "").split())
    if required and not text:
        raise ValidationError(f"请输入{zh}。", f"Enter the {en}.", field=field)
    if len(text) > limit:
        raise ValidationError(f"{zh}过长（最多 {limit} 个字）。",
                              f"The {en} is too long (at most {limit} characters).", field=field)
    return text


def _amount(value: Any, field: str, zh: str, en: str) -> Decimal:
    try:
        amount = money(value)
    except (InvalidOperation, ValueError, TypeError):
        raise ValidationError(f"{zh}不是有效金额。", f"The {en} is not a valid amount.",
                              field=field) from None
    if amount < 0 or amount >= Decimal("1e10"):
        raise ValidationError(f"{zh}须在 0 到 99 亿元之间。", f"The {en} must be 0 or more.",
                              field=field)
    return amount


def _number(value: Any, field: str, low: Decimal, high: Decimal, zh: str, en: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        number = Decimal("NaN")
    if number.is_nan() or not low <= number <= high:
        raise ValidationError(f"{zh}须在 {low} 到 {high} 之间。",
                              f"The {en} must be between {low} and {high}.", field=field)
    return number


def _integer(value: Any, field: str, low: int, high: int, zh: str, en: str) -> int:
    number = _number(value, field, Decimal(low), Decimal(high), zh, en)
    if number != number.to_integral_value():
        raise ValidationError(f"{zh}须为整数。", f"The {en} must be a whole number.", field=field)
    return int(number)


_Setter = Callable[[Any], Any]

_VEHICLE_FIELDS: dict[str, _Setter] = {
    "brand": lambda v: _text(v, "brand", 40, "品牌", "brand"),
    "model": lambda v: _text(v, "model", 60, "车型", "model"),
    "trim": lambda v: _text(v, "trim", 60, "配置", "trim", required=False),
    "model_year": lambda v: _integer(v, "model_year", 1990, 2100, "年款", "model year"),
    "msrp": lambda v: _amount(v, "msrp", "指导价", "MSRP"),
    "energy": lambda v: parse_choice(EnergyType, v, "energy", "能源类型", "energy type"),
    "active": bool,
}
_ACCESSORY_FIELDS: dict[str, _Setter] = {
    "name": lambda v: _text(v, "name", 60, "精品名称", "accessory name"),
    "name_en": lambda v: _text(v, "name_en", 80, "英文名称", "English name", required=False),
    "price": lambda v: _amount(v, "price", "价格", "price"),
    "active": bool,
}
_INSURANCE_FIELDS: dict[str, _Setter] = {
    "insurer": lambda v: _text(v, "insurer", 60, "保险公司", "insurer", required=False),
    "name": lambda v: _text(v, "name", 60, "险种名称", "product name"),
    "name_en": lambda v: _text(v, "name_en", 80, "英文名称", "English name", required=False),
    "premium": lambda v: _amount(v, "premium", "保费", "premium"),
    "compulsory": bool,
    "active": bool,
}
_LENDER_FIELDS: dict[str, _Setter] = {
    "name": lambda v: _text(v, "name", 60, "金融机构名称", "lender name"),
    "active": bool,
}
_PRODUCT_FIELDS: dict[str, _Setter] = {
    "name": lambda v: _text(v, "name", 60, "产品名称", "product name"),
    "down_payment_pct": lambda v: _number(v, "down_payment_pct", Decimal(0), Decimal(100),
                                          "首付比例（%）", "down payment (%)"),
    "term_months": lambda v: _integer(v, "term_months", 1, 120, "期数（月）", "term (months)"),
    "annual_rate": lambda v: _number(v, "annual_rate", Decimal(0), Decimal("0.99999"),
                                     "年利率（小数）", "annual rate (fraction)"),
    "fees": lambda v: _amount(v, "fees", "手续费", "fees"),
    "interest_free": bool,
    "active": bool,
}


def _apply(row, fields: dict[str, _Setter], values: dict[str, Any]) -> None:
    unknown = set(values) - set(fields)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    for name, value in values.items():
        setattr(row, name, fields[name](value))


def _save_new(session: Session, row, who: str, what: tuple[str, str]) -> None:
    session.add(row)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise Conflict(f"已有同名的{what[0]}。", f"A {what[1]} with that name already exists.",
                       field="name") from None
    audit.record(session, who=who, action="create", row=row)


def _save_changes(session: Session, row, before: dict, who: str, what: tuple[str, str]) -> None:
    try:
        with stale_guard(*what), session.begin_nested():
            session.flush()
    except IntegrityError:
        raise Conflict(f"已有同名的{what[0]}。", f"A {what[1]} with that name already exists.",
                       field="name") from None
    audit.record(session, who=who, action="update", row=row, before=before)


def _create(db: Database, model, fields, required: tuple[str, ...], values: dict[str, Any],
            who: str, what: tuple[str, str], to_record, **fixed: Any):
    with db.session() as s:
        row = model(**fixed)
        _apply(row, fields, {**{k: "" for k in required if k not in values}, **values})
        _save_new(s, row, who, what)
        return to_record(row)


def _update(db: Database, model, ident: int, expected_version: int | None, fields,
            changes: dict[str, Any], who: str, what: tuple[str, str], to_record):
    with db.session() as s:
        row = get_or_raise(s, model, ident, *what)
        check_version(row, expected_version, *what)
        before = audit.snapshot(row)
        _apply(row, fields, changes)
        _save_changes(s, row, before, who, what)
        return to_record(row)


# --- vehicles ----------------------------------------------------------------------------

_VEHICLE = ("车型", "catalogue vehicle")


@acting.open_to_signed_in
def list_vehicles(db: Database, *, active_only: bool = True) -> tuple[VehicleRecord, ...]:
    """Catalogue vehicles by brand, model, year (newest first) and trim."""
    query = select(CatalogueVehicle).order_by(
        CatalogueVehicle.brand, CatalogueVehicle.model, CatalogueVehicle.model_year.desc(),
        CatalogueVehicle.msrp, CatalogueVehicle.id)
    if active_only:
        query = query.where(CatalogueVehicle.active.is_(True))
    with db.session() as s:
        return tuple(vehicle_record(v) for v in s.scalars(query))


@acting.needs(Permission.CATALOGUE_EDIT)
def create_vehicle(db: Database, *, who: str = "", **fields: Any) -> VehicleRecord:
    """Add a vehicle: brand, model, trim, model_year, msrp, energy."""
    return _create(db, CatalogueVehicle, _VEHICLE_FIELDS,
                   ("brand", "model", "model_year", "msrp", "energy"), fields, who,
                   ("车型配置", "catalogue vehicle"), vehicle_record)


@acting.needs(Permission.CATALOGUE_EDIT)
def update_vehicle(db: Database, vehicle_id: int, expected_version: int | None, *,
                   who: str = "", **changes: Any) -> VehicleRecord:
    """Edit a catalogue vehicle last read at `expected_version` (StaleEdit otherwise)."""
    return _update(db, CatalogueVehicle, vehicle_id, expected_version, _VEHICLE_FIELDS,
                   changes, who, _VEHICLE, vehicle_record)


# --- accessories -------------------------------------------------------------------------

_ACCESSORY = ("精品", "accessory")


@acting.open_to_signed_in
def list_accessories(db: Database, *, active_only: bool = True) -> tuple[AccessoryRecord, ...]:
    """Accessories by name."""
    query = select(Accessory).order_by(Accessory.name, Accessory.id)
    if active_only:
        query = query.where(Accessory.active.is_(True))
    with db.session() as s:
        return tuple(_accessory_record(a) for a in s.scalars(query))


@acting.needs(Permission.CATALOGUE_EDIT)
def create_accessory(db: Database, *, who: str = "", **fields: Any) -> AccessoryRecord:
    """Add an accessory: name, name_en, price."""
    return _create(db, Accessory, _ACCESSORY_FIELDS, ("name", "price"), fields, who,
                   _ACCESSORY, _accessory_record)


@acting.needs(Permission.CATALOGUE_EDIT)
def update_accessory(db: Database, accessory_id: int, expected_version: int | None, *,
                     who: str = "", **changes: Any) -> AccessoryRecord:
    """Edit an accessory last read at `expected_version`."""
    return _update(db, Accessory, accessory_id, expected_version, _ACCESSORY_FIELDS, changes,
                   who, _ACCESSORY, _accessory_record)


# --- insurance ---------------------------------------------------------------------------

_INSURANCE = ("保险产品", "insurance product")


@acting.open_to_signed_in
def list_insurance(db: Database, *, active_only: bool = True) -> tuple[InsuranceRecord, ...]:
    """Insurance products, compulsory first."""
    query = select(InsuranceProduct).order_by(
        InsuranceProduct.compulsory.desc(), InsuranceProduct.insurer, InsuranceProduct.id)
    if active_only:
        query = query.where(InsuranceProduct.active.is_(True))
    with db.session() as s:
        return tuple(_insurance_record(i) for i in s.scalars(query))


@acting.needs(Permission.CATALOGUE_EDIT)
def create_insurance(db: Database, *, who: str = "", **fields: Any) -> InsuranceRecord:
    """Add an insurance product: insurer, name, name_en, premium, compulsory."""
    return _create(db, InsuranceProduct, _INSURANCE_FIELDS, ("name", "premium"), fields, who,
                   _INSURANCE, _insurance_record)


@acting.needs(Permission.CATALOGUE_EDIT)
def update_insurance(db: Database, product_id: int, expected_version: int | None, *,
                     who: str = "", **changes: Any) -> InsuranceRecord:
    """Edit an insurance product last read at `expected_version`."""
    return _update(db, InsuranceProduct, product_id, expected_version, _INSURANCE_FIELDS,
                   changes, who, _INSURANCE, _insurance_record)


# --- lenders and finance products ----------------------------------------------------------

_LENDER = ("金融机构", "lender")
_PRODUCT = ("金融产品", "finance product")


@acting.open_to_signed_in
def list_lenders(db: Database, *, active_only: bool = True) -> tuple[LenderRecord, ...]:
    """Lenders by name with their products (only active ones when `active_only`)."""
    query = select(Lender).order_by(Lender.name, Lender.id)
    if active_only:
        query = query.where(Lender.active.is_(True))
    with db.session() as s:
        return tuple(_lender_record(lender, active_only) for lender in s.scalars(query))


@acting.open_to_signed_in
def list_finance_products(db: Database) -> tuple[FinanceProductRecord, ...]:
    """Every active product of every active lender, flat, for a pick list."""
    return tuple(p for lender in list_lenders(db) for p in lender.products)


@acting.needs(Permission.CATALOGUE_EDIT)
def create_lender(db: Database, *, who: str = "", **fields: Any) -> LenderRecord:
    """Add a lender: name."""
    return _create(db, Lender, _LENDER_FIELDS, ("name",), fields, who, _LENDER,
                   _lender_record)


@acting.needs(Permission.CATALOGUE_EDIT)
def update_lender(db: Database, lender_id: int, expected_version: int | None, *,
                  who: str = "", **changes: Any) -> LenderRecord:
    """Rename or retire a lender last read at `expected_version`."""
    return _update(db, Lender, lender_id, expected_version, _LENDER_FIELDS, changes, who,
                   _LENDER, _lender_record)


@acting.needs(Permission.CATALOGUE_EDIT)
def create_finance_product(db: Database, lender_id: int, *, who: str = "",
                           **fields: Any) -> FinanceProductRecord:
    """Add a product to a lender: name, down_payment_pct, term_months, annual_rate, fees,
    interest_free."""
    with db.session() as s:
        get_or_raise(s, Lender, lender_id, *_LENDER, field="lender_id")
    return _create(db, FinanceProduct, _PRODUCT_FIELDS,
                   ("name", "down_payment_pct", "term_months", "annual_rate"), fields, who,
                   _PRODUCT, _product_record, lender_id=lender_id)


@acting.needs(Permission.CATALOGUE_EDIT)
def update_finance_product(db: Database, product_id: int, expected_version: int | None, *,
                           who: str = "", **changes: Any) -> FinanceProductRecord:
    """Edit a finance product last read at `expected_version`."""
    return _update(db, FinanceProduct, product_id, expected_version, _PRODUCT_FIELDS,
                   changes, who, _PRODUCT, _product_record)


# --- sales staff ---------------------------------------------------------------------------


def sales_staff_record(staff: Staff) -> SalesStaffRecord:
    """The plain record of a consultant or manager."""
    return SalesStaffRecord(staff.id, staff.name, str(staff.role), staff.mobile or "",
                            staff.discount_limit or Decimal("0.00"))


@acting.open_to_signed_in
def list_sales_staff(db: Database, store_id: int | None = None) -> tuple[SalesStaffRecord, ...]:
    """Active sales consultants and managers (of `store_id`, if given), consultants first."""
    query = (select(Staff)
             .where(Staff.active.is_(True),
                    Staff.role.in_((StaffRole.SALES_CONSULTANT, StaffRole.MANAGER)))
             .order_by(Staff.role.desc(), Staff.name, Staff.id))
    if store_id is not None:
        query = query.where(Staff.store_id == store_id)
    with db.session() as s:
        return tuple(sales_staff_record(x) for x in s.scalars(query))
