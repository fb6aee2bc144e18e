"""A store's customer search at group scale.

- `customer_stores.name` and `.name_initials` (added in place): each link carries its
  customer's name and initials, indexed with the store, so a store's search by name or
  initials walks its own links in the order it shows them (its own customers and those
  another store registered alike), never the group's customers. Triggers keep the copies:
  a new link takes the customer's name, a customer's change of name (or erasure) reaches
  every link, of every store (on PostgreSQL the trigger functions run as the tables' owner,
  so row-level security does not hide another store's links from them).
- PostgreSQL: `dealerdesk_plate_owners(patterns, lim)` returns the owners of active
  vehicles whose plate is LIKE one of `patterns`, of customers the stores of this
  connection's `dealerdesk.store_id` / `dealerdesk.division_stores` serve, and nothing when
  neither is set. Row-level security would keep a store role's LIKE off the trigram index
  (LIKE is not leakproof) and read every plate of the group; the function runs as the
  tables' owner and applies the policies' store rule itself.

Revision ID: 0012_search
Revises: 0011_wire18
Create Date: 2026-12-05 22:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_search"
down_revision: str | None = "0011_wire18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The copied columns: (name, length).
COPIED = (("name", 50), ("name_initials", 20))
#: The links' search indexes: (name, columns).
INDEXES = (("ix_customer_stores_store_id_name", ["store_id", "name", "customer_id"]),
           ("ix_customer_stores_store_id_name_initials",
            ["store_id", "name_initials", "customer_id"]))

POSTGRES_TRIGGERS = """
CREATE OR REPLACE FUNCTION dealerdesk_link_name() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    SELECT c.name, c.name_initials INTO NEW.name, NEW.name_initials
    FROM customers c WHERE c.id = NEW.customer_id;
    NEW.name := COALESCE(NEW.name, '');
    NEW.name_initials := COALESCE(NEW.name_initials, '');
    RETURN NEW;
END $$;
CREATE TRIGGER customer_stores_name BEFORE INSERT ON customer_stores
    FOR EACH ROW EXECUTE FUNCTION dealerdesk_link_name();

CREATE OR REPLACE FUNCTION dealerdesk_customer_name() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    UPDATE customer_stores SET name = NEW.name, name_initials = NEW.name_initials
    WHERE customer_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER customers_name AFTER UPDATE OF name, name_initials ON customers
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name
                       OR OLD.name_initials IS DISTINCT FROM NEW.name_initials)
    EXECUTE FUNCTION dealerdesk_customer_name();

CREATE OR REPLACE FUNCTION dealerdesk_plate_owners(patterns text[], lim integer)
RETURNS TABLE (owner_id integer, plate varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT v.owner_id, v.plate
    FROM unnest(patterns) AS p (pattern)
    CROSS JOIN LATERAL (
        SELECT vehicles.owner_id, vehicles.plate FROM vehicles
        WHERE vehicles.plate LIKE p.pattern AND vehicles.active
          AND vehicles.owner_id IS NOT NULL) AS v
    WHERE EXISTS (
        SELECT 1 FROM customer_stores cs
        WHERE cs.customer_id = v.owner_id
          AND (cs.store_id = NULLIF(current_setting('dealerdesk.store_id', true), '')::integer
               OR cs.store_id = ANY (NULLIF(current_setting('dealerdesk.division_stores', true),
                                            '')::integer[])))
    LIMIT lim
$$;
"""

SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER customer_stores_name AFTER INSERT ON customer_stores FOR EACH ROW BEGIN
        UPDATE customer_stores SET
            name = COALESCE((SELECT name FROM customers WHERE id = NEW.customer_id), ''),
            name_initials = COALESCE((SELECT name_initials FROM customers
                                      WHERE id = NEW.customer_id), '')
        WHERE customer_id = NEW.customer_id AND store_id = NEW.store_id;
    END
    """,
    """
    CREATE TRIGGER customers_name AFTER UPDATE OF name, name_initials ON customers
    FOR EACH ROW BEGIN
        UPDATE customer_stores SET name = NEW.name, name_initials = NEW.name_initials
        WHERE customer_id = NEW.id;
    END
    """,
)


def upgrade() -> None:
    """The copied columns and their backfill, the indexes, the triggers, and on PostgreSQL
    the plate search."""
    bind = op.get_bind()
    for column, length in COPIED:
        op.add_column("customer_stores", sa.Column(column, sa.String(length), nullable=False,
                                                   server_default=""))
    op.execute("UPDATE customer_stores SET "
               "name = COALESCE((SELECT c.name FROM customers c "
               "WHERE c.id = customer_stores.customer_id), ''), "
               "name_initials = COALESCE((SELECT c.name_initials FROM customers c "
               "WHERE c.id = customer_stores.customer_id), '')")
    for name, columns in INDEXES:
        op.create_index(name, "customer_stores", columns)
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
        op.execute(POSTGRES_TRIGGERS.format(schema=schema))
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    """Drop the triggers, the function, the indexes and the copied columns."""
    op.execute("DROP TRIGGER IF EXISTS customers_name" +
               (" ON customers" if op.get_bind().dialect.name == "postgresql" else ""))
    op.execute("DROP TRIGGER IF EXISTS customer_stores_name" +
               (" ON customer_stores" if op.get_bind().dialect.name == "postgresql" else ""))
    if op.get_bind().dialect.name == "postgresql":
        for function in ("dealerdesk_plate_owners(text[], integer)", "dealerdesk_link_name()",
                         "dealerdesk_customer_name()"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    for name, _columns in INDEXES:
        op.drop_index(name, table_name="customer_stores")
    with op.batch_alter_table("customer_stores") as batch:   # no table cascades from links
        for column, _length in COPIED:
            batch.drop_column(column)
