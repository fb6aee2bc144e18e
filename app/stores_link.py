"""Every store-owned row carries its store, and each store that serves a customer is linked.

`Database` installs both listeners on its sessions, so no service has to remember them:
- `fill_store` (before each flush): a new row of a store-owned table (`STORE_TABLES`)
  written without a store gets the store the context works for (`app.store_scope`): a
  store's, or the desk's own store in a division's or the group's view (`home_store`),
  else the group's first store (a one-store database, the tests);
- `link_customers` (after each flush): a customer registered, or greeted (a visit), booked,
  quoted or given a work order by a store is linked to that store (`customer_stores`), once.

On PostgreSQL `set_store_setting` (at a transaction's start, when it changed) tells the
row-level security of migration 0010_stores which store the connection works for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app import store_scope
from app.errors import UserError

if TYPE_CHECKING:
    from app.db import Database
from app.models import Booking, Customer, CustomerStore, Quote, Store, Vehicle, Visit, WorkOrder

#: The tables whose new rows take the scope's store when written without one.
STORE_TABLES = frozenset({"customers", "visits", "bookings", "work_orders", "bays"})
#: The rows that make the store serve their customer.
_SERVING = (Customer, Visit, Booking, Quote, WorkOrder)
#: Links known to be stored, per database URL (bounded), and how many are kept at most.
_LINKED: dict[str, set[tuple[int, int]]] = {}
_MAX_REMEMBERED = 200_000
#: The PostgreSQL settings the row-level security policies read.
STORE_SETTING = "dealerdesk.store_id"
DIVISION_SETTING = "dealerdesk.division_stores"
#: Where a session keeps the links it found already stored (`seen_linked`).
_SEEN_LINKED = "dealerdesk_seen_links"
#: The store setting a connection holds for its session ("" none), None when unsure.
_HELD = "dealerdesk_store_setting"


def fill_store(session: Session, _context, _instances) -> None:
    """Give each new store-owned row without a store the context's store."""
    missing = [obj for obj in session.new if _lacks_store(obj)]
    if not missing:
        return
    store = _writing_store(session)
    for obj in missing:
        obj.store_id = store


def fill_row_store(session: Session, row) -> None:
    """`fill_store` of one new row written outside the unit of work (`app.one_row`)."""
    if _lacks_store(row):
        row.store_id = _writing_store(session)


def _lacks_store(obj) -> bool:
    return getattr(obj, "__tablename__", "") in STORE_TABLES and obj.store_id is None


def _writing_store(session: Session) -> int | None:
    """The store new rows are written for: the context's, else the group's first."""
    store = store_scope.writing_store()
    if store is None:
        store = session.connection().execute(select(Store.id).order_by(Store.id).limit(1)).scalar()
    return store


def link_customers(session: Session, _context) -> None:
    """Link each store to the customers its new or changed rows serve."""
    _link_served(session, (*session.new, *session.dirty))


def link_row_customer(session: Session, row) -> None:
    """`link_customers` of one row written outside the unit of work (`app.one_row`)."""
    _link_served(session, (row,))


def _link_served(session: Session, rows) -> None:
    pairs, registered = set(), set()
    for obj in rows:
        if not isinstance(obj, _SERVING) or obj.store_id is None:
            continue
        if isinstance(obj, Customer):
            registered.add((obj.id, obj.store_id))   # a new id may be a deleted one's again
        elif obj.customer_id is not None:
            pairs.add((obj.customer_id, obj.store_id))
    if not pairs and not registered:
        return
    connection = session.connection()
    pairs = (pairs - _LINKED.get(str(connection.engine.url), set())
             - session.info.get(_SEEN_LINKED, set())) | registered
    if pairs:
        link(connection, pairs)
        session.info.setdefault("dealerdesk_links", set()).update(pairs)


def seen_linked(session: Session, customer_id: int, store_id: int) -> None:
    """The session read that `store_id` serves `customer_id` (it found the customer through
    the store's scope): a row of theirs written in it needs no link statement."""
    session.info.setdefault(_SEEN_LINKED, set()).add((customer_id, store_id))


def remember_links(session: Session) -> None:
    """After a commit: the links it wrote are known, no need to write them again (an arrival
    of a customer the store already serves costs no extra statement)."""
    pairs = session.info.pop("dealerdesk_links", None)
    if pairs:
        known = _LINKED.setdefault(str(session.get_bind().url), set())
        if len(known) > _MAX_REMEMBERED:
            known.clear()
        known |= pairs


def link(connection: Connection, pairs) -> None:
    """Insert the (customer_id, store_id) links that are not there yet (the database copies
    the customer's name onto each, for the store's search)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    rows = [{"customer_id": c, "store_id": s} for c, s in sorted(pairs)]
    connection.execute(dialect.insert(CustomerStore).on_conflict_do_nothing(), rows)


def group_plate_owner(session: Session, plate: str, mobile: str) -> tuple[int, int] | None:
    """(customer id, vehicle id) when the active vehicle carrying exactly `plate` (normalised)
    belongs to the group customer whose mobile is exactly `mobile` (normalised), else None.

    Whichever store serves them: a store's desk links a customer of another store this way,
    the person in front of it proving the car is theirs. On PostgreSQL it asks the narrow
    `SECURITY DEFINER` function of migration 0014_groupcar (row-level security hides the
    row from a store role); it answers nothing but the two ids of a match."""
    if session.get_bind().dialect.name == "postgresql":
        row = session.execute(text("SELECT customer_id, vehicle_id FROM "
                                   "dealerdesk_group_plate_owner(:plate, :mobile)"),
                              {"plate": plate, "mobile": mobile}).first()
    else:
        row = session.execute(select(Vehicle.owner_id, Vehicle.id)
                              .join(Customer, Customer.id == Vehicle.owner_id)
                              .where(Vehicle.plate == plate, Vehicle.active.is_(True),
                                     Customer.mobile == mobile).limit(1)).first()
    return (row[0], row[1]) if row is not None else None


def set_store_setting(connection: Connection) -> None:
    """At a PostgreSQL transaction's start: the store (or division) this context works for,
    for the row-level security policies. A division's or the group's view also holds the
    desk's own store (`home_store`), so the rows it writes for that store pass the policies.

    A store's (or the group's) setting is kept on the connection for its session and only
    sent again when the context works for another store: a desk works for one store, so
    its transactions cost no extra round trip. A division's is sent for each transaction
    (transaction-local: its list of stores is read when it starts)."""
    if not setting_outlives_transactions():
        connection.exec_driver_sql(
            "SELECT set_config(%(s)s, %(v)s, true), set_config(%(d)s, "
            "(SELECT coalesce(array_agg(id), '{}')::text FROM stores WHERE division_id = %(dv)s),"
            " true)", {"s": STORE_SETTING, "v": _text(store_scope.writing_store()),
                       "d": DIVISION_SETTING, "dv": int(store_scope.division_id())})
        return
    wanted = _text(store_scope.writing_store())
    held = connection.info.get(_HELD, "")
    if held == wanted:
        return
    connection.exec_driver_sql("SELECT set_config(%(s)s, %(v)s, false)",
                               {"s": STORE_SETTING, "v": wanted})
    connection.info[_HELD] = wanted


def setting_outlives_transactions() -> bool:
    """Whether this context's store setting is kept on the connection (a store's or the
    group's view), not sent with each transaction (a division's): statements may then run
    outside a transaction and still see the store."""
    return store_scope.current().division_id is None


def forget_store_setting(connection: Connection) -> None:
    """After a rollback: PostgreSQL may have undone a setting sent in that transaction, so
    the next one sends it again. A connection the server dropped is replaced, and its
    replacement starts with nothing held (reading its `info` would raise, not roll back)."""
    if connection.invalidated:
        return
    if _HELD in connection.info:
        connection.info[_HELD] = None


def secure_new_tables(connection: Connection) -> None:
    """After migrating a PostgreSQL database: row-level security on every table with a
    `store_id` column, the ones later revisions added included (migration 0010_stores)."""
    if connection.exec_driver_sql(
            "SELECT to_regproc('dealerdesk_store_security') IS NOT NULL").scalar():
        connection.exec_driver_sql("SELECT dealerdesk_store_security()")


def desk_store(db: Database, store_id: int) -> int | None:
    """The store a desk set to `store_id` works for: that store; in a database without it
    (a new or demo database) the first store, or the group's view while there is none.
    An unreachable database keeps `store_id` (never the group's view by accident)."""
    try:
        with db.session() as s:
            if s.get(Store, store_id) is not None:
                return store_id
            return s.scalar(select(Store.id).order_by(Store.id).limit(1))
    except UserError:
        return store_id


def _text(value: int | None) -> str:
    return "" if value is None else str(int(value))


__all__ = ["STORE_TABLES", "desk_store", "fill_row_store", "fill_store", "group_plate_owner", "forget_store_setting", "link", "link_customers", "link_row_customer", "remember_links", "secure_new_tables", "seen_linked", "setting_outlives_transactions",
           "set_store_setting"]
