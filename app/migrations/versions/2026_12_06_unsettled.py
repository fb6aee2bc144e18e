"""The cashier's list at group scale, and a test drive outliving its lead.

- `work_orders.settled_at` (added in place): when the work order's bill was settled, a copy
  of `settlements.settled_at` kept by `app.services.cashier.complete` and filled here for
  the bills settled before. Two partial indexes read the cashier's list in order: a store's
  work orders ready for pick-up or delivered and not settled (`ix_work_orders_unsettled`),
  and its settled ones by when (`ix_work_orders_settled`). Their predicates use only
  `IS NULL` and text equality, which are leakproof, so under row-level security a store
  role's query still meets them (a non-leakproof operator would be applied only after the
  policy, and the index not used).

- `test_drives.opportunity_id` gets ON DELETE SET NULL: a drive is the store's record of
  its fleet car's use and of the customer's licence, kept when its lead goes (a drive
  booked for a lead and the lead later deleted keeps its car, times and mileage). On
  PostgreSQL the constraint is replaced in place. SQLite cannot change a constraint in
  place: the table is copied, which is safe only while no table refers to test drives (a
  copy drops the old table, cascading to such rows), so the migration refuses to run on a
  database where one does rather than lose them.

- `sales_orders.deposit_outcome` (added in place; delivery checks cascade from orders):
  what became of the deposit paid on a cancelled order, refunded (the refunds are payment
  rows) or forfeited.

- The customers page's recent customers (those changed last): the group's view walks
  `ix_customers_updated_at_id`; a store's reads its own links newest first
  (`customer_stores.updated_at`, added in place, with `(store_id, updated_at,
  customer_id)`), a copy of the customer's `updated_at` that triggers keep as 0012_search's
  keep the name (on PostgreSQL as the tables' owner, so row-level security hides no link).
  Under row-level security the customers' policy would otherwise make a store role read
  every link of its store to sort them.
- `ix_purchase_orders_store_id_created_at`, `ix_quotes_store_id_quote_date` and
  `ix_accident_cases_store_id_happened_at`: the parts page's purchase orders, the sales
  desk's quotes and the service desk's accident cases, a store's newest first, without
  sorting the group's.

Revision ID: 0014_unsettled
Revises: 0014_groupcar
Create Date: 2026-12-06 01:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_unsettled"
down_revision: str | None = "0014_groupcar"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: As in the model (`app.models.work_order`); written out, as a migration is frozen.
_UNSETTLED = sa.text("settled_at IS NULL AND status IN ('ready_for_pickup', 'delivered')")
_SETTLED = sa.text("settled_at IS NOT NULL")
_FK = "fk_test_drives_opportunity_id_opportunities"
#: For the SQLite copy: its reflected inline reference has no name; this gives it its own.
_NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}
#: (name, columns, predicate)
INDEXES = (("ix_work_orders_unsettled", ["store_id", "opened_at", "id"], _UNSETTLED),
           ("ix_work_orders_settled", ["store_id", "settled_at", "id"], _SETTLED))


POSTGRES_TRIGGERS = """
CREATE OR REPLACE FUNCTION dealerdesk_link_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    SELECT c.updated_at INTO NEW.updated_at FROM customers c WHERE c.id = NEW.customer_id;
    RETURN NEW;
END $$;
CREATE TRIGGER customer_stores_changed BEFORE INSERT ON customer_stores
    FOR EACH ROW EXECUTE FUNCTION dealerdesk_link_changed();

CREATE OR REPLACE FUNCTION dealerdesk_customer_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    UPDATE customer_stores SET updated_at = NEW.updated_at WHERE customer_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER customers_changed AFTER UPDATE OF updated_at ON customers
    FOR EACH ROW WHEN (OLD.updated_at IS DISTINCT FROM NEW.updated_at)
    EXECUTE FUNCTION dealerdesk_customer_changed();
"""

SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER customer_stores_changed AFTER INSERT ON customer_stores FOR EACH ROW BEGIN
        UPDATE customer_stores SET
            updated_at = (SELECT updated_at FROM customers WHERE id = NEW.customer_id)
        WHERE customer_id = NEW.customer_id AND store_id = NEW.store_id;
    END
    """,
    """
    CREATE TRIGGER customers_changed AFTER UPDATE OF updated_at ON customers FOR EACH ROW
    WHEN OLD.updated_at IS NOT NEW.updated_at BEGIN
        UPDATE customer_stores SET updated_at = NEW.updated_at WHERE customer_id = NEW.id;
    END
    """,
)
_LINK_INDEX = "ix_customer_stores_store_id_updated_at"
_PO_INDEX = "ix_purchase_orders_store_id_created_at"
_QUOTE_INDEX = "ix_quotes_store_id_quote_date"
_CASE_INDEX = "ix_accident_cases_store_id_happened_at"


def upgrade() -> None:
    """The settled time in place, filled from the settled bills; the two indexes."""
    postgres = op.get_bind().dialect.name == "postgresql"
    op.add_column("work_orders", sa.Column("settled_at", sa.DateTime(timezone=True),
                                           nullable=True))
    if postgres:     # a bulk fill: no board notification per row (0010_live)
        op.execute("SET LOCAL dealerdesk.quiet = 'on'")
    op.execute("UPDATE work_orders SET settled_at = (SELECT s.settled_at FROM settlements s "
               "WHERE s.work_order_id = work_orders.id) "
               "WHERE id IN (SELECT work_order_id FROM settlements WHERE status = 'settled')")
    if postgres:
        op.execute("SET LOCAL dealerdesk.quiet = 'off'")
    for name, columns, where in INDEXES:
        op.create_index(name, "work_orders", columns, postgresql_where=where,
                        sqlite_where=where)
    if postgres:     # the new column's figures, or the planner guesses few unsettled rows
        op.execute("ANALYZE work_orders")
    _drive_lead_rule("SET NULL")
    op.create_index("ix_customers_updated_at_id", "customers", ["updated_at", "id"])
    _links_changed(postgres)
    op.create_index(_PO_INDEX, "purchase_orders", ["store_id", "created_at", "id"])
    op.create_index(_QUOTE_INDEX, "quotes", ["store_id", "quote_date", "id"])
    op.create_index(_CASE_INDEX, "accident_cases", ["store_id", "happened_at", "id"])
    op.add_column("sales_orders", sa.Column(
        "deposit_outcome", sa.Enum("refunded", "forfeited", name="depositoutcome",
                                   native_enum=False, length=10), nullable=True))


def _drive_lead_rule(ondelete: str | None) -> None:
    """`test_drives.opportunity_id` with the ON DELETE rule `ondelete`."""
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(_FK, "test_drives", type_="foreignkey")
        op.create_foreign_key(_FK, "test_drives", "opportunities", ["opportunity_id"], ["id"],
                              ondelete=ondelete)
        return
    children = _referring("test_drives")
    if children:
        raise RuntimeError(f"0014_unsettled copies test_drives on SQLite, which would "
                           f"cascade to the rows of {', '.join(children)}: change the "
                           f"reference in place another way first")
    with op.batch_alter_table("test_drives", recreate="always",
                              naming_convention=_NAMES) as batch:
        if "test_drives" in _referring("opportunities"):   # none after a downgrade
            batch.drop_constraint(_FK, type_="foreignkey")
        if ondelete is not None:    # down: none, so 0011_wire18 can drop the column in place
            batch.create_foreign_key(_FK, "opportunities", ["opportunity_id"], ["id"],
                                     ondelete=ondelete)


def _links_changed(postgres: bool) -> None:
    """Each store's link carries its customer's `updated_at`, kept by triggers."""
    op.add_column("customer_stores", sa.Column("updated_at", sa.DateTime(timezone=True),
                                               nullable=True))
    op.execute("UPDATE customer_stores SET updated_at = (SELECT c.updated_at FROM customers c "
               "WHERE c.id = customer_stores.customer_id)")
    op.create_index(_LINK_INDEX, "customer_stores", ["store_id", "updated_at", "customer_id"])
    if postgres:
        schema = op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
        op.execute(POSTGRES_TRIGGERS.format(schema=schema))
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)


def _referring(table: str) -> list[str]:
    """The SQLite tables with a foreign key to `table`."""
    bind = op.get_bind()
    names = bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
    return [name for name in names
            if any(row[2] == table for row in
                   bind.exec_driver_sql(f'PRAGMA foreign_key_list("{name}")'))]


def downgrade() -> None:
    """The drive's lead without ON DELETE rule again (on SQLite without a constraint, which
    0011_wire18's downgrade then drops with its column); drop the indexes and the column
    (in place: other tables cascade from work orders)."""
    op.drop_index(_CASE_INDEX, table_name="accident_cases")
    op.drop_index(_QUOTE_INDEX, table_name="quotes")
    op.drop_index(_PO_INDEX, table_name="purchase_orders")
    postgres = op.get_bind().dialect.name == "postgresql"
    for trigger, table in (("customers_changed", "customers"),
                           ("customer_stores_changed", "customer_stores")):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}" + (f" ON {table}" if postgres else ""))
    if postgres:
        for function in ("dealerdesk_customer_changed()", "dealerdesk_link_changed()"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_index(_LINK_INDEX, table_name="customer_stores")
    op.execute("ALTER TABLE customer_stores DROP COLUMN updated_at")
    op.drop_index("ix_customers_updated_at_id", table_name="customers")
    op.execute("ALTER TABLE sales_orders DROP COLUMN deposit_outcome")
    _drive_lead_rule(None)
    for name, _columns, _where in INDEXES:
        op.drop_index(name, table_name="work_orders")
    op.execute("ALTER TABLE work_orders DROP COLUMN settled_at")
