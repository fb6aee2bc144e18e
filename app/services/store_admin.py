"""Administering the store from the desk: divisions (大区), stores, bays and their hours, service items.

Staff accounts are `app.services.accounts`'; the working calendar is `working_days`'.
Every change is audited; bad input is refused with the field it concerns, nothing stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.domain.working_calendar import DEFAULT_CLOSES, DEFAULT_OPENS, check_hours
from app.errors import Conflict, ValidationError
from app.models import Bay, BayHours, BayKind, Division, ServiceItem, Store
from app.services import audit
from app.services.common import get_or_raise, parse_choice

#: Lists on these pages are bounded (a group has dozens of stores, a store a few dozen bays).
LIMIT = 500
Hours = tuple[time | None, time | None]


@dataclass(frozen=True)
class StoreRecord:
    """A store as the admin page lists it."""

    id: int
    code: str
    name: str
    address: str
    phone: str
    division_id: int | None
    division_name: str


@dataclass(frozen=True)
class DivisionRecord:
    """A division (大区) to choose for a store."""

    id: int
    code: str
    name: str


@dataclass(frozen=True)
class BayAdminRecord:
    """A bay with its hours Monday to Sunday ((None, None) = closed that day)."""

    id: int
    name: str
    kind: str
    active: bool
    sort_order: int
    hours: tuple[Hours, ...]
    #: False while the bay keeps the workshop's usual day (no hours set yet).
    own_hours: bool


@dataclass(frozen=True)
class ItemAdminRecord:
    """A service item with its labour time and price."""

    id: int
    code: str
    name: str
    labour_hours: Decimal
    price: Decimal
    quick: bool
    active: bool


def _required(value: str, field: str, zh: str, en: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"请填写{zh}。", f"Enter the {en}.", field=field)
    return text


# --- stores -------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeskChoices:
    """What a desk may be set to work for: the group's stores and divisions."""

    stores: tuple[StoreRecord, ...]
    divisions: tuple[DivisionRecord, ...]


@acting.needs(Permission.STORE_ADMIN)
def list_stores(db: Database) -> tuple[StoreRecord, ...]:
    """The group's stores by code (bounded)."""
    with db.session() as s:
        return _stores(s)


@acting.needs(Permission.STORE_ADMIN)
def list_divisions(db: Database) -> tuple[DivisionRecord, ...]:
    """The group's divisions by code."""
    with db.session() as s:
        return _divisions(s)


@acting.needs(Permission.STORE_ADMIN)
def desk_choices(db: Database) -> DeskChoices:
    """The stores and divisions a desk's settings offer (its store, its division's view)."""
    with db.session() as s:
        return DeskChoices(_stores(s), _divisions(s))


def _stores(s: Session) -> tuple[StoreRecord, ...]:
    rows = s.execute(select(Store, Division.name).outerjoin(
        Division, Division.id == Store.division_id).order_by(Store.code).limit(LIMIT))
    return tuple(_store_record(store, division) for store, division in rows)


def _divisions(s: Session) -> tuple[DivisionRecord, ...]:
    return tuple(DivisionRecord(d.id, d.code, d.name) for d in s.scalars(
        select(Division).order_by(Division.code).limit(LIMIT)))


@acting.needs(Permission.STORE_ADMIN)
def save_store(db: Database, *, store_id: int | None = None, code: str, name: str,
               address: str = "", phone: str = "", division_id: int | None = None,
               who: str = "") -> StoreRecord:
    """Add a store (no `store_id`) or change one; its code is unique in the group."""
    code = _required(code, "code", "门店编码", "store code").upper()
    name = _required(name, "name", "门店名称", "store name")
    with db.session() as s:
        _refuse_used_code(s, Store, code, store_id, "门店编码", "store code")
        division = None if division_id is None else get_or_raise(
            s, Division, division_id, "大区", "division", field="division_id")
        store = Store() if store_id is None else get_or_raise(s, Store, store_id, "门店", "store")
        before = None if store_id is None else audit.snapshot(store)
        store.code, store.name = code, name
        store.address, store.phone = (address or "").strip(), (phone or "").strip()
        store.division_id = division_id
        s.add(store)
        s.flush()
        audit.record(s, who=who, action="create" if before is None else "update", row=store,
                     before=before)
        return _store_record(store, division.name if division else None)


@acting.needs(Permission.STORE_ADMIN)
def save_division(db: Database, *, division_id: int | None = None, code: str, name: str,
                  who: str = "") -> DivisionRecord:
    """Add a division (no `division_id`) or rename one; its code is unique in the group."""
    code = _required(code, "code", "大区编码", "division code").upper()
    name = _required(name, "name", "大区名称", "division name")
    with db.session() as s:
        _refuse_used_code(s, Division, code, division_id, "大区编码", "division code")
        division = Division() if division_id is None else get_or_raise(
            s, Division, division_id, "大区", "division")
        before = None if division_id is None else audit.snapshot(division)
        division.code, division.name = code, name
        s.add(division)
        s.flush()
        audit.record(s, who=who, action="create" if before is None else "update", row=division,
                     before=before)
        return DivisionRecord(division.id, division.code, division.name)


def _refuse_used_code(s: Session, model: type[Store] | type[Division], code: str,
                      ident: int | None, zh: str, en: str) -> None:
    """Codes are unique in the group whatever their case; `ident` is the row being changed."""
    clash = s.scalar(select(model).where(func.upper(model.code) == code,
                                         model.id != (ident or -1)))
    if clash is not None:
        raise Conflict(f"{zh} {code} 已被“{clash.name}”使用。",
                       f"The {en} {code} is already used by {clash.name}.", field="code")


def _store_record(store: Store, division: str | None) -> StoreRecord:
    return StoreRecord(store.id, store.code, store.name, store.address, store.phone,
                       store.division_id, division or "")


# --- bays and their hours -----------------------------------------------------------------
@acting.needs(Permission.STORE_ADMIN)
def list_bays(db: Database, store_id: int) -> tuple[BayAdminRecord, ...]:
    """The store's bays (those no store owns yet too), active or not, with their hours."""
    with db.session() as s:
        bays = list(s.scalars(select(Bay).where(
            (Bay.store_id == store_id) | Bay.store_id.is_(None))
            .order_by(Bay.sort_order, Bay.id).limit(LIMIT)))
        return tuple(_bay_record(s, bay) for bay in bays)


@acting.needs(Permission.STORE_ADMIN)
def save_bay(db: Database, store_id: int, *, bay_id: int | None = None, name: str,
             kind: str = "normal", active: bool = True, sort_order: int = 0,
             who: str = "") -> BayAdminRecord:
    """Add a bay to the store (no `bay_id`) or change one; names are unique in the store."""
    name = _required(name, "name", "工位名称", "bay name")
    kind = parse_choice(BayKind, kind, "kind", "工位类型", "bay kind")
    with db.session() as s:
        get_or_raise(s, Store, store_id, "门店", "store", field="store_id")
        clash = s.scalar(select(Bay.id).where(Bay.name == name, Bay.id != (bay_id or -1),
                                              (Bay.store_id == store_id) | Bay.store_id.is_(None)))
        if clash is not None:
            raise Conflict(f"本店已有名为“{name}”的工位。",
                           f"The store already has a bay named {name}.", field="name")
        bay = Bay(store_id=store_id) if bay_id is None else _own_bay(s, store_id, bay_id)
        before = None if bay_id is None else audit.snapshot(bay)
        bay.name, bay.kind, bay.active, bay.sort_order = name, kind, bool(active), int(sort_order)
        s.add(bay)
        s.flush()
        audit.record(s, who=who, action="create" if before is None else "update", row=bay,
                     before=before)
        return _bay_record(s, bay)


@acting.needs(Permission.STORE_ADMIN)
def set_bay_hours(db: Database, store_id: int, bay_id: int, hours: Sequence[Hours], *,
                  who: str = "") -> BayAdminRecord:
    """Set a bay's hours Monday to Sunday (seven pairs; (None, None) closes the bay that
    day). Every day is checked before anything is stored."""
    if len(hours) != 7:
        raise ValidationError("请填写周一至周日七天的营业时间。",
                              "Give the hours of all seven days, Monday to Sunday.",
                              field="hours")
    for weekday, (opens, closes) in enumerate(hours):
        try:
            check_hours(opens, closes)
        except ValidationError as exc:
            raise ValidationError(f"{_WEEKDAYS[weekday][0]}：{exc.zh}",
                                  f"{_WEEKDAYS[weekday][1]}: {exc.en}", field="hours") from exc
    with db.session() as s:
        bay = _own_bay(s, store_id, bay_id)
        if bay.store_id is None:
            bay.store_id = store_id   # a bay no store owned yet becomes this store's
        rows = {r.weekday: r for r in s.scalars(select(BayHours).where(BayHours.bay_id == bay.id))}
        for weekday, (opens, closes) in enumerate(hours):
            row = rows.get(weekday) or BayHours(store_id=store_id, bay_id=bay.id,
                                                weekday=weekday)
            before = audit.snapshot(row) if weekday in rows else None
            row.opens, row.closes = opens, closes
            s.add(row)
            s.flush()
            if before is None or before != audit.snapshot(row):
                audit.record(s, who=who, action="create" if before is None else "update",
                             row=row, before=before)
        return _bay_record(s, bay)


#: Weekday names for messages (Monday 0).
_WEEKDAYS = (("周一", "Monday"), ("周二", "Tuesday"), ("周三", "Wednesday"),
             ("周四", "Thursday"), ("周五", "Friday"), ("周六", "Saturday"), ("周日", "Sunday"))


def _own_bay(s: Session, store_id: int, bay_id: int) -> Bay:
    bay = get_or_raise(s, Bay, bay_id, "工位", "bay", field="bay_id")
    if bay.store_id not in (None, store_id):
        raise ValidationError("该工位属于其他门店。", "This bay belongs to another store.",
                              field="bay_id")
    return bay


def _bay_record(s: Session, bay: Bay) -> BayAdminRecord:
    rows = {r.weekday: r for r in s.scalars(select(BayHours).where(BayHours.bay_id == bay.id))}
    hours = tuple((rows[d].opens, rows[d].closes) if d in rows else
                  ((None, None) if rows else (DEFAULT_OPENS, DEFAULT_CLOSES)) for d in range(7))
    return BayAdminRecord(bay.id, bay.name, str(bay.kind), bay.active, bay.sort_order, hours,
                          bool(rows))


# --- service items ------------------------------------------------------------------------
@acting.needs(Permission.STORE_ADMIN)
def list_items(db: Database) -> tuple[ItemAdminRecord, ...]:
    """Every service item, active or not, by code (bounded)."""
    with db.session() as s:
        return tuple(_item_record(i) for i in s.scalars(
            select(ServiceItem).order_by(ServiceItem.code).limit(LIMIT)))


@acting.needs(Permission.STORE_ADMIN)
def save_item(db: Database, *, item_id: int | None = None, code: str, name: str,
              labour_hours: Decimal | str, price: Decimal | str, quick: bool = False,
              active: bool = True, who: str = "") -> ItemAdminRecord:
    """Add a service item (no `item_id`) or change one: a unique code, labour hours above
    zero (a quick item at most half an hour), a price not below zero."""
    code = _required(code, "code", "项目编码", "item code").upper()
    name = _required(name, "name", "项目名称", "item name")
    hours = _decimal(labour_hours, "labour_hours", "工时", "labour hours")
    amount = _decimal(price, "price", "价格", "price")
    if hours <= 0 or hours > Decimal("99.99"):
        raise ValidationError("工时须大于 0 小时且不超过 99.99 小时。",
                              "Labour hours must be above 0 and at most 99.99.",
                              field="labour_hours")
    if quick and hours > Decimal("0.5"):
        raise ValidationError("快修项目的工时不能超过 0.5 小时。",
                              "A quick item takes at most 0.5 hours.", field="labour_hours")
    if amount < 0:
        raise ValidationError("价格不能为负数。", "The price cannot be negative.", field="price")
    with db.session() as s:
        clash = s.scalar(select(ServiceItem).where(func.upper(ServiceItem.code) == code,
                                                   ServiceItem.id != (item_id or -1)))
        if clash is not None:
            raise Conflict(f"项目编码 {code} 已被“{clash.name}”使用。",
                           f"The item code {code} is already used by {clash.name}.",
                           field="code")
        item = ServiceItem() if item_id is None else get_or_raise(
            s, ServiceItem, item_id, "服务项目", "service item")
        before = None if item_id is None else audit.snapshot(item)
        item.code, item.name, item.labour_hours, item.price = code, name, hours, amount
        item.quick, item.active = bool(quick), bool(active)
        s.add(item)
        s.flush()
        audit.record(s, who=who, action="create" if before is None else "update", row=item,
                     before=before)
        return _item_record(item)


def _decimal(value: Decimal | str, field: str, zh: str, en: str) -> Decimal:
    if isinstance(value, float):
        raise TypeError("a float is never money or hours")
    text = str(value).strip().replace(",", "").lstrip("¥￥")
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValidationError(f"{zh}须为数字。", f"The {en} must be a number.", field=field)
    return number.quantize(Decimal("0.01"))


def _item_record(item: ServiceItem) -> ItemAdminRecord:
    return ItemAdminRecord(item.id, item.code, item.name, item.labour_hours, item.price,
                           item.quick, item.active)
