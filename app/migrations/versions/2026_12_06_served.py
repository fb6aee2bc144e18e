"""Row-level security on two tables about customers that name no store: a store role reads
the nightly RFM figures (`customer_rfm`) and the audit trail's rows about a customer
(`audit_log`) only for the customers its store serves, as `customers` itself
(`served_customers`, migration 0010_stores).

- `customer_rfm`: read and written only for a served customer.
- `audit_log`: its rows about no customer (a price list changed, a staff account) stay
  readable; anyone may append (a desk records what it did, even to a customer it is about
  to serve: the group customer's `link_store`).

SQLite has no row-level security: nothing to do there.

Revision ID: 0015_served
Revises: 0014_audit14
Create Date: 2026-12-06 02:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015_served"
down_revision: str | None = "0014_audit14"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The customer of the row is served by a store the connection sees.
SERVED = """EXISTS (SELECT 1 FROM customer_stores cs
                    WHERE cs.customer_id = {table}.customer_id
                      AND dealerdesk_sees_store(cs.store_id))"""

POLICIES = f"""
ALTER TABLE customer_rfm ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS served_rows ON customer_rfm;
CREATE POLICY served_rows ON customer_rfm USING ({SERVED.format(table="customer_rfm")});
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS served_rows ON audit_log;
CREATE POLICY served_rows ON audit_log
    USING (customer_id IS NULL OR {SERVED.format(table="audit_log")})
    WITH CHECK (true);
"""


def upgrade() -> None:
    """On PostgreSQL, the two tables' policies."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POLICIES)


def downgrade() -> None:
    """Drop the policies."""
    if op.get_bind().dialect.name == "postgresql":
        for table in ("customer_rfm", "audit_log"):
            op.execute(f"DROP POLICY IF EXISTS served_rows ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
