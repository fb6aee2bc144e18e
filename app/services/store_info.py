"""The store's letterhead on every printed document, built in one place."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.models import Division, Store
from app.printing.layout import StoreInfo


@acting.open_to_signed_in
def store_info(db: Database, store_id: int) -> StoreInfo:
    """The letterhead of the desk's store (`Settings.store_id`)."""
    with db.session() as s:
        return store_info_in(s, store_id)


@dataclass(frozen=True)
class DeskPlace:
    """The names a desk shows for where it works: its store's, its division's ("" none)."""

    store: str
    division: str


@acting.open_to_signed_in
def desk_place(db: Database, store_id: int, division_id: int | None = None) -> DeskPlace:
    """The names of the desk's store (the first store when `store_id` is not on file, as
    the desk then works for it) and of `division_id`."""
    with db.session() as s:
        store = s.get(Store, store_id) or s.scalars(select(Store).order_by(Store.id)).first()
        division = s.get(Division, division_id) if division_id else None
        return DeskPlace(store.name if store else "", division.name if division else "")


def store_info_in(s: Session, store_id: int | None) -> StoreInfo:
    """The letterhead of store `store_id`: name, address (the city when it has none), phone.

    A desk whose store id is not on file prints the first store's (a fresh install has one)."""
    store = s.get(Store, store_id) if store_id is not None else None
    if store is None:
        store = s.scalars(select(Store).order_by(Store.id)).first()
    if store is None:
        return StoreInfo("DealerDesk")
    return StoreInfo(store.name, store.address or store.city, store.phone)
