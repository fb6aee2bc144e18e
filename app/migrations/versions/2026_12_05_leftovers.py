"""Sales orders remember when and why they were cancelled (before delivery).

Revision ID: 0011_leftovers
Revises: 0010_stores
Create Date: 2026-12-05 19:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_leftovers"
down_revision: str | None = "0010_stores"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Two columns added in place (no table copy: delivery checks cascade from the orders)."""
    op.add_column("sales_orders", sa.Column("cancelled_at", sa.DateTime(timezone=True),
                                            nullable=True))
    op.add_column("sales_orders", sa.Column("cancel_reason", sa.String(length=200),
                                            nullable=False, server_default=""))


def downgrade() -> None:
    """Drop the two columns in place (SQLite ≥ 3.35 drops a column without a table copy)."""
    op.drop_column("sales_orders", "cancel_reason")
    op.drop_column("sales_orders", "cancelled_at")
