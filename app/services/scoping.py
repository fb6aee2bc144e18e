"""The store scope (`app.store_scope`) as query conditions, for the services' lists.

A store's desk sees its store's rows and the customers its store serves; a division's
view its stores'; the group's view (no scope set: head office, headless jobs, tests of one
store) everything. On PostgreSQL row-level security enforces the same for the store roles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, exists, or_, select, true
from sqlalchemy.orm import Session

from app import store_scope
from app.models import Customer, CustomerStore, Store, Vehicle


def in_scope(column) -> ColumnElement[bool]:
    """`column` (a `store_id`) holds a store of the scope."""
    scope = store_scope.current()
    if scope.store_id is not None:
        return column == scope.store_id
    if scope.division_id is not None:
        return column.in_(select(Store.id).where(Store.division_id == scope.division_id))
    return true()


def in_scope_or_unowned(column) -> ColumnElement[bool]:
    """`column` (a nullable `store_id`) holds a store of the scope or no store: as the
    row-level security policies read it."""
    return or_(column.is_(None), in_scope(column)) if scoped() else true()


def served(customer_id_column) -> ColumnElement[bool]:
    """`customer_id_column` names a customer a store of the scope serves."""
    if store_scope.current() == store_scope.Scope():
        return true()
    # A correlated EXISTS probes the link's primary key per row; `IN (SELECT …)` would
    # read every link of the store (tens of thousands at group scale) on each query.
    return exists().where(CustomerStore.customer_id == customer_id_column,
                          in_scope(CustomerStore.store_id))


def vehicle_seen() -> ColumnElement[bool]:
    """The vehicle is nobody's, or its owner is served by the scope."""
    if store_scope.current() == store_scope.Scope():
        return true()
    return or_(Vehicle.owner_id.is_(None), served(Vehicle.owner_id))


def scoped() -> bool:
    """True when a store or a division is set (not the group's view)."""
    return store_scope.current() != store_scope.Scope()


def served_customer_ids(session: Session, key: str,
                        condition: Callable[[Any], ColumnElement[bool]], limit: int,
                        *, leaving_out: Sequence[int] = ()) -> list[int]:
    """The ids of the customers the scope serves whose `key` ("name" or "name_initials")
    meets `condition(column)`, in `key` order then id, at most `limit`, none of
    `leaving_out`.

    A store's (or division's) view reads its links, which carry the customer's name and
    initials (migration 0012_search), in order from the `(store_id, key, customer_id)`
    index: under row-level security too, and never the group's customers."""
    owner = CustomerStore if scoped() else Customer
    ident = CustomerStore.customer_id if scoped() else Customer.id
    column = getattr(owner, key)
    # DISTINCT: a division's view meets a customer once per store of it serving them.
    query = select(ident, column).where(condition(column)).distinct() \
        .order_by(column, ident).limit(limit)
    if scoped():
        query = query.where(in_scope(CustomerStore.store_id))
    if leaving_out:
        query = query.where(ident.not_in(leaving_out))
    return [row[0] for row in session.execute(query)]
