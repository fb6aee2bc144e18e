"""The store's fixed lists the forms choose from: staff, bays and service items."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app import acting
from app.db import Database
from app.models import Bay, ServiceItem, Staff, StaffRole


@dataclass(frozen=True)
class StaffRecord:
    """A member of staff for pick lists."""

    id: int
    name: str
    role: str
    active: bool


@dataclass(frozen=True)
class BayRecord:
    """A workshop bay."""

    id: int
    name: str
    kind: str
    active: bool


@dataclass(frozen=True)
class ServiceItemRecord:
    """A service item of the catalogue."""

    id: int
    code: str
    name: str
    labour_hours: Decimal
    price: Decimal
    quick: bool


@acting.open_to_signed_in
def list_staff(db: Database, role: str | StaffRole | None = None, *,
               active_only: bool = True) -> tuple[StaffRecord, ...]:
    """Staff by name, optionally of one role (managers are not added automatically)."""
    query = select(Staff).order_by(Staff.name, Staff.id)
    if role is not None:
        query = query.where(Staff.role == StaffRole(role))
    if active_only:
        query = query.where(Staff.active.is_(True))
    with db.session() as s:
        return tuple(StaffRecord(x.id, x.name, str(x.role), x.active) for x in s.scalars(query))


@acting.open_to_signed_in
def list_bays(db: Database, *, active_only: bool = True) -> tuple[BayRecord, ...]:
    """Bays in their display order."""
    query = select(Bay).order_by(Bay.sort_order, Bay.id)
    if active_only:
        query = query.where(Bay.active.is_(True))
    with db.session() as s:
        return tuple(BayRecord(b.id, b.name, str(b.kind), b.active) for b in s.scalars(query))


@acting.open_to_signed_in
def list_service_items(db: Database, *, quick_only: bool = False) -> tuple[ServiceItemRecord, ...]:
    """Active service items by code."""
    query = select(ServiceItem).where(ServiceItem.active.is_(True)).order_by(ServiceItem.code)
    if quick_only:
        query = query.where(ServiceItem.quick.is_(True))
    with db.session() as s:
        return tuple(ServiceItemRecord(i.id, i.code, i.name, i.labour_hours, i.price, i.quick)
                     for i in s.scalars(query))
