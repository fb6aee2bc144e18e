"""Work-order lines remember when their part left the stock (reserved until then).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add work_order_lines.stock_taken_at."""
    with op.batch_alter_table("work_order_lines") as batch:
        batch.add_column(sa.Column("stock_taken_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Drop work_order_lines.stock_taken_at."""
    with op.batch_alter_table("work_order_lines") as batch:
        batch.drop_column("stock_taken_at")
