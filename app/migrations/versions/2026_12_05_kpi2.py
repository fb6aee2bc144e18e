"""Quote → order conversion finds a quote's sales orders by an index on
`sales_orders.quote_id`.

Revision ID: 0011_kpi2
Revises: 0010_leads
Create Date: 2026-12-05 19:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011_kpi2"
down_revision: str | None = "0010_leads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the index (no table is copied or altered)."""
    op.create_index(op.f("ix_sales_orders_quote_id"), "sales_orders", ["quote_id"])


def downgrade() -> None:
    """Drop it."""
    op.drop_index(op.f("ix_sales_orders_quote_id"), table_name="sales_orders")
