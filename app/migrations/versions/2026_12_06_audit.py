"""Row-level security on the audit trail: a store role reads the audit rows about the
customers its store serves (as `customers` itself, `served_customers` of migration
0010_stores) and the rows about no customer (sign-ins, settings); it may append any row.

The application appends with a plain INSERT (no RETURNING), so a desk may write the row
about a group customer it is about to serve before its store is linked to them (0015_served
left the table readable because of that). Rows are never changed or deleted
(`audit_log_append_only`), and no policy lets a store role try.

SQLite has no row-level security: nothing to do there.

Revision ID: 0016_audit
Revises: 0016_children
Create Date: 2026-12-06 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016_audit"
down_revision: str | None = "0016_children"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POLICIES = """
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS appended_rows ON audit_log;
DROP POLICY IF EXISTS served_rows ON audit_log;
CREATE POLICY appended_rows ON audit_log FOR INSERT WITH CHECK (true);
CREATE POLICY served_rows ON audit_log FOR SELECT USING (
    customer_id IS NULL OR EXISTS (
        SELECT 1 FROM customer_stores cs
        WHERE cs.customer_id = audit_log.customer_id AND dealerdesk_sees_store(cs.store_id)));
"""


def upgrade() -> None:
    """On PostgreSQL, the audit trail's policies."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POLICIES)


def downgrade() -> None:
    """Drop the policies."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS appended_rows ON audit_log")
        op.execute("DROP POLICY IF EXISTS served_rows ON audit_log")
        op.execute("ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY")
