"""Row-level security on the nightly RFM figures (`customer_rfm`), which name no store but
are about a customer: a store role reads and writes them only for the customers its store
serves, as `customers` itself (`served_customers`, migration 0010_stores).

(`audit_log` is left readable: a desk appends audit rows about a customer it is about to
serve, such as the group customer's `link_store`, and PostgreSQL checks an INSERT …
RETURNING row against the reading policy too.)

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

POLICY = """
ALTER TABLE customer_rfm ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS served_rows ON customer_rfm;
CREATE POLICY served_rows ON customer_rfm USING (EXISTS (
    SELECT 1 FROM customer_stores cs
    WHERE cs.customer_id = customer_rfm.customer_id AND dealerdesk_sees_store(cs.store_id)));
"""


def upgrade() -> None:
    """On PostgreSQL, the RFM figures' policy."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POLICY)


def downgrade() -> None:
    """Drop the policy."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS served_rows ON customer_rfm")
        op.execute("ALTER TABLE customer_rfm DISABLE ROW LEVEL SECURITY")
