"""The store's letterhead on every printed document, built in one place."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.models import Store
from app.printing.layout import StoreInfo


@acting.open_to_signed_in
def store_info(db: Database, store_id: int) -> StoreInfo:
    """The letterhead of the desk's store (`Settings.store_id`)."""
    with db.session() as s:
        return store_info_in(s, store_id)


def store_info_in(s: Session, store_id: int | None) -> StoreInfo:
    """The letterhead of store `store_id`: name, address (the city when it has none), phone.

    A desk whose store id is not on file prints the first store's (a fresh install has one)."""
    store = s.get(Store, store_id) if store_id is not None else None
    if store is None:
        store = s.scalars(select(Store).order_by(Store.id)).first()
    if store is None:
        return StoreInfo("DealerDesk")
    return StoreInfo(store.name, store.address or store.city, store.phone)
