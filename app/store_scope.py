"""Which store a desk works for: the scope every store-owned query and row takes.

A desk belongs to one store (`Settings.store_id`) and looks at it, its division's stores or
the group's (`Settings.desk_view`, `desk_scope`): the desk sets it at start (`set_scope`),
`ui.tasks.TaskRunner` runs every call in a copy of the submitting context
(as it does for `app.acting`'s actor), so the worker thread works for the same store. A
headless job or a test sets it with `working_for(store_id)`. `None` is the group's view
(head office, and every caller that never set a store): it sees every store.

Three things read it:
- the services' lists and lookups (`store_filter`, `customer_filter`): a store's desk sees
  its store's visits, bookings, work orders and the customers its store serves;
- a new row of a store-owned table (`STORE_TABLES`) written without a store gets the
  scope's store, or the desk's own (`home_store`) in a wider view (`writing_store`,
  `app.stores_link.fill_store`, before each flush);
- on PostgreSQL, `app.db.Database` sets `dealerdesk.store_id` when a transaction starts and
  the connection does not hold it yet (`app.stores_link.set_store_setting`), which the
  row-level security policies of migration `0010_stores` read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass, field

from app.domain import desk_views

__all__ = ["Scope", "current", "desk_scope", "division_id", "reset", "set_scope", "set_store",
           "store_id", "working_for", "writing_store"]


@dataclass(frozen=True)
class Scope:
    """A store (`store_id`), a division's stores (`division_id`), or the group (neither).

    `home_store` is the store a division's or the group's view writes its new rows for (the
    desk's own store); it does not change what the scope sees, so it takes no part in
    comparing scopes."""

    store_id: int | None = None
    division_id: int | None = None
    home_store: int | None = field(default=None, compare=False)


_GROUP = Scope()
_SCOPE: ContextVar[Scope | None] = ContextVar("dealerdesk_store_scope", default=None)


def current() -> Scope:
    """The scope of this thread's context (the group's when nobody set one)."""
    return _SCOPE.get() or _GROUP


def store_id() -> int | None:
    """The store this context works for, or None for a division's or the group's view."""
    return current().store_id


def writing_store() -> int | None:
    """The store a new row is written for: the scope's store, else its home store (None:
    nobody said, the group's first store takes it)."""
    scope = current()
    return scope.store_id if scope.store_id is not None else scope.home_store


def desk_scope(view: str, store: int | None, division: int | None = None) -> Scope:
    """The scope of a desk of `store` looking at `view` (`app.domain.desk_views`): its
    store, its division's stores (`division`), or the group's; it writes for `store`."""
    if view == desk_views.DIVISION and division:
        return Scope(division_id=division, home_store=store)
    if view == desk_views.GROUP:
        return Scope(home_store=store)
    return Scope(store_id=store)


def division_id() -> int | None:
    """The division this context looks at (None for a store's or the group's view)."""
    return current().division_id


def set_scope(scope: Scope) -> Token:
    """Make `scope` this context's scope (the desk at start)."""
    return _SCOPE.set(scope)


def set_store(store: int | None) -> Token:
    """Work for `store` (None: the group)."""
    return _SCOPE.set(Scope(store_id=store))


def reset(token: Token) -> None:
    """Undo a `set_scope` / `set_store`."""
    _SCOPE.reset(token)


@contextmanager
def working_for(store: int | None = None, *, division: int | None = None) -> Iterator[Scope]:
    """Run the block for `store` (or a division's stores, or the group), then restore."""
    token = _SCOPE.set(Scope(store_id=store, division_id=division))
    try:
        yield current()
    finally:
        _SCOPE.reset(token)
