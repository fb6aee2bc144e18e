"""The store scope (`app.store_scope`) as query conditions, for the services' lists.

A store's desk sees its store's rows and the customers its store serves; a division's
view its stores'; the group's view (no scope set: head office, headless jobs, tests of one
store) everything. On PostgreSQL row-level security enforces the same for the store roles.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select, true

from app import store_scope
from app.models import CustomerStore, Store, Vehicle


def in_scope(column) -> ColumnElement[bool]:
    """`column` (a `store_id`) holds a store of the scope."""
    scope = store_scope.current()
    if scope.store_id is not None:
        return column == scope.store_id
    if scope.division_id is not None:
        return column.in_(select(Store.id).where(Store.division_id == scope.division_id))
    return true()


def served(customer_id_column) -> ColumnElement[bool]:
    """`customer_id_column` names a customer a store of the scope serves."""
    if store_scope.current() == store_scope.Scope():
        return true()
    return customer_id_column.in_(
        select(CustomerStore.customer_id).where(in_scope(CustomerStore.store_id)))


def vehicle_seen() -> ColumnElement[bool]:
    """The vehicle is nobody's, or its owner is served by the scope."""
    if store_scope.current() == store_scope.Scope():
        return true()
    return or_(Vehicle.owner_id.is_(None), served(Vehicle.owner_id))


def scoped() -> bool:
    """True when a store or a division is set (not the group's view)."""
    return store_scope.current() != store_scope.Scope()
