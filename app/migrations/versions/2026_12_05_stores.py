"""Stores and the group: every store-owned row carries its store; row-level security.

`customers`, `visits` and `bookings` gain `store_id` (a customer's is the store that
registered them); `customer_stores` links a customer to every store that serves them. Store-
scoped indexes for the desk's lists. Today's single-store data is brought into the first
store (created, as 'S001', when the database holds data but no store): every customer,
visit, booking, work order, bay and member of staff without a store, and a link from each
customer to it.

On PostgreSQL: roles `dealerdesk_store` (a store's desks: grant it to their login roles)
and `dealerdesk_group` (head office: sees every store), created if missing, and the function
`dealerdesk_store_security()` that enables row-level security on every table with a
`store_id` column (policy `store_rows`: rows of the store the transaction set in
`dealerdesk.store_id`, of the division's stores set in `dealerdesk.division_stores`, group
rows without a store; every row for `dealerdesk_group`), on `customers` through `customer_stores` too, and
on `vehicles` through their owner's links. `app.db.migrate` calls it again after every upgrade, so a
table another revision adds with a `store_id` column is covered without code. The tables'
owner (who migrates) is not bound by the policies; the desks connect as other roles.

Revision ID: 0010_stores
Revises: 0010_leads
Create Date: 2026-12-05 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_stores"
down_revision: str | None = "0010_leads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables that gain a store, and the index each gets with it (None: the column's own).
NEW_COLUMNS = {"customers": None, "visits": "arrived_at", "bookings": "slot_start"}
#: Trigram (pg_trgm GIN) indexes for the customer search by a part of a name, initials or
#: plate (plain ones on SQLite, as the models declare).
TRIGRAM = (("customers", "name"), ("customers", "name_initials"), ("vehicles", "plate"))
#: The tables whose rows without a store are brought into the first store.
BACKFILL = ("customers", "visits", "bookings", "work_orders", "bays", "staff")

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dealerdesk_store') THEN
        CREATE ROLE dealerdesk_store NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dealerdesk_group') THEN
        CREATE ROLE dealerdesk_group NOLOGIN;
    END IF;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;   -- another database's migration won
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'no CREATEROLE: create dealerdesk_store and dealerdesk_group by hand';
END $$;
"""

# No sub-select, so the planner inlines it into each policy (a call per row costs ~20 µs).
SEES_STORE = """
CREATE OR REPLACE FUNCTION dealerdesk_sees_store(sid integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT sid IS NULL
        OR sid = NULLIF(current_setting('dealerdesk.store_id', true), '')::integer
        OR sid = ANY (NULLIF(current_setting('dealerdesk.division_stores', true), '')::integer[])
        OR pg_has_role(current_user, 'dealerdesk_group', 'MEMBER')
$$;
"""

APPLY = """
CREATE OR REPLACE FUNCTION dealerdesk_store_security() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dealerdesk_group')
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dealerdesk_store') THEN
        RETURN;
    END IF;
    FOR t IN
        SELECT c.relname FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND a.attname = 'store_id' AND NOT a.attisdropped
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.relname);
        IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema()
                       AND tablename = t.relname AND policyname = 'store_rows') THEN
            EXECUTE format('CREATE POLICY store_rows ON %I USING (dealerdesk_sees_store(store_id))'
                           ' WITH CHECK (dealerdesk_sees_store(store_id))', t.relname);
        END IF;
        -- Rows that name a store but belong to the group: a customer's points (earned in
        -- one store, spent in another) and the stock ledger (a store asks another's stock
        -- before a transfer). Every store reads them; each writes only its own.
        IF t.relname IN ('points_entries', 'stock_movements')
           AND NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema()
                           AND tablename = t.relname AND policyname = 'group_reads') THEN
            EXECUTE format('CREATE POLICY group_reads ON %I FOR SELECT USING (true)',
                           t.relname);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema()
                   AND tablename = 'customers' AND policyname = 'served_customers') THEN
        CREATE POLICY served_customers ON customers USING (EXISTS (
            SELECT 1 FROM customer_stores cs
            WHERE cs.customer_id = customers.id AND dealerdesk_sees_store(cs.store_id)));
    END IF;
    ALTER TABLE vehicles ENABLE ROW LEVEL SECURITY;
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema()
                   AND tablename = 'vehicles' AND policyname = 'owned_vehicles') THEN
        CREATE POLICY owned_vehicles ON vehicles USING (
            owner_id IS NULL OR EXISTS (
                SELECT 1 FROM customer_stores cs
                WHERE cs.customer_id = vehicles.owner_id AND dealerdesk_sees_store(cs.store_id)));
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO dealerdesk_store, dealerdesk_group',
                   current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I'
                   ' TO dealerdesk_store, dealerdesk_group', current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I'
                   ' TO dealerdesk_store, dealerdesk_group', current_schema());
END $$;
"""


def upgrade() -> None:
    """Add the stores' columns, the link and indexes, bring the data into the first store,
    and on PostgreSQL set up the row-level security."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, indexed_with in NEW_COLUMNS.items():
        # In place (rows cascade from these tables: never a table copy).
        if sqlite:
            op.execute(f"ALTER TABLE {table} ADD COLUMN store_id INTEGER "
                       f"CONSTRAINT fk_{table}_store_id_stores REFERENCES stores (id)")
        else:
            op.add_column(table, sa.Column("store_id", sa.Integer(), nullable=True))
            op.create_foreign_key(f"fk_{table}_store_id_stores", table, "stores",
                                  ["store_id"], ["id"])
        columns = ["store_id"] + ([indexed_with] if indexed_with else [])
        op.create_index("_".join(["ix", table, *columns]), table, columns)
    op.create_index("ix_work_orders_store_id_status_opened_at", "work_orders",
                    ["store_id", "status", "opened_at"])
    op.create_index("ix_work_orders_store_id_closed_at", "work_orders", ["store_id", "closed_at"])
    op.create_table(
        "customer_stores",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], ondelete="CASCADE",
                                name="fk_customer_stores_customer_id_customers"),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], ondelete="CASCADE",
                                name="fk_customer_stores_store_id_stores"),
        sa.PrimaryKeyConstraint("customer_id", "store_id", name="pk_customer_stores"),
    )
    op.create_index("ix_customer_stores_store_id_customer_id", "customer_stores",
                    ["store_id", "customer_id"])
    if not sqlite:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, column in TRIGRAM:
        op.create_index(f"ix_{table}_{column}_trgm", table, [column], postgresql_using="gin",
                        postgresql_ops={column: "gin_trgm_ops"})
    bring_into_first_store()
    if not sqlite:
        op.execute(ROLES)
        op.execute(SEES_STORE)
        op.execute(APPLY)
        op.execute("SELECT dealerdesk_store_security()")


def bring_into_first_store() -> None:
    """Today's single-store data: every row without a store is the first store's."""
    bind = op.get_bind()
    store = bind.execute(sa.text("SELECT min(id) FROM stores")).scalar()
    if store is None:
        if not any(bind.execute(sa.text(f"SELECT 1 FROM {t} LIMIT 1")).first() for t in BACKFILL):
            return
        bind.execute(sa.text(
            "INSERT INTO stores (code, name, province, city, address, phone, created_at) "
            "VALUES ('S001', '本店', '粤', '', '', '', CURRENT_TIMESTAMP)"))
        store = bind.execute(sa.text("SELECT min(id) FROM stores")).scalar()
    for table in BACKFILL:
        bind.execute(sa.text(f"UPDATE {table} SET store_id = :s WHERE store_id IS NULL"),
                     {"s": store})
    bind.execute(sa.text(
        "INSERT INTO customer_stores (customer_id, store_id, created_at) "
        "SELECT id, store_id, CURRENT_TIMESTAMP FROM customers"))


def downgrade() -> None:
    """Drop the row-level security, the link, the indexes and the new columns."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        op.execute("""
DO $$
DECLARE t record;
BEGIN
    FOR t IN SELECT tablename, policyname FROM pg_policies WHERE schemaname = current_schema()
             AND policyname IN ('store_rows', 'served_customers', 'owned_vehicles') LOOP
        EXECUTE format('DROP POLICY %I ON %I', t.policyname, t.tablename);
        EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', t.tablename);
    END LOOP;
END $$;""")
        op.execute("DROP FUNCTION IF EXISTS dealerdesk_store_security()")
        op.execute("DROP FUNCTION IF EXISTS dealerdesk_sees_store(integer)")
    for table, column in TRIGRAM:
        op.drop_index(f"ix_{table}_{column}_trgm", table_name=table)
    op.drop_index("ix_customer_stores_store_id_customer_id", table_name="customer_stores")
    op.drop_table("customer_stores")
    op.drop_index("ix_work_orders_store_id_status_opened_at", table_name="work_orders")
    op.drop_index("ix_work_orders_store_id_closed_at", table_name="work_orders")
    for table, indexed_with in NEW_COLUMNS.items():
        columns = ["store_id"] + ([indexed_with] if indexed_with else [])
        op.drop_index("_".join(["ix", table, *columns]), table_name=table)
        if not sqlite:
            op.drop_constraint(f"fk_{table}_store_id_stores", table, type_="foreignkey")
        op.execute(f"ALTER TABLE {table} DROP COLUMN store_id")
