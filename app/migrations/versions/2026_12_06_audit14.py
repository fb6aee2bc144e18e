"""Row-level security on the transfers between stores: a store role sees and writes only
the transfers its store sends or receives.

`store_transfers` belongs to two stores (`from_store_id`, `to_store_id`) and has no
`store_id`, so migration 0010_stores's `dealerdesk_store_security()` passed it by: any
store's desk could read every transfer of the group with a raw query. Its policy
`transfer_rows` lets either party (or the group's role) through. SQLite has no row-level
security: nothing to do there.

Revision ID: 0014_audit14
Revises: 0014_unsettled
Create Date: 2026-12-06 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014_audit14"
down_revision: str | None = "0014_unsettled"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POLICY = """
ALTER TABLE store_transfers ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS transfer_rows ON store_transfers;
CREATE POLICY transfer_rows ON store_transfers
    USING (dealerdesk_sees_store(from_store_id) OR dealerdesk_sees_store(to_store_id))
    WITH CHECK (dealerdesk_sees_store(from_store_id) OR dealerdesk_sees_store(to_store_id));
"""


def upgrade() -> None:
    """On PostgreSQL, the transfers' policy."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POLICY)


def downgrade() -> None:
    """Drop the policy."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS transfer_rows ON store_transfers")
        op.execute("ALTER TABLE store_transfers DISABLE ROW LEVEL SECURITY")
