"""Quote → order and test drive → order conversion find sales orders by indexes on
`sales_orders.quote_id` and `.customer_id`; the materialised daily KPI figures (`kpi_daily_figures`) and the
days they are counted for (`kpi_daily_runs`).

Revision ID: 0011_kpi2
Revises: 0011_leftovers
Create Date: 2026-12-05 19:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_kpi2"
down_revision: str | None = "0011_leftovers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the index and the two tables (no table is copied or altered)."""
    op.create_index(op.f("ix_sales_orders_quote_id"), "sales_orders", ["quote_id"])
    op.create_index(op.f("ix_sales_orders_customer_id"), "sales_orders", ["customer_id"])
    op.create_table(
        "kpi_daily_figures",
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("numerator", sa.Numeric(precision=18, scale=6), nullable=False),
        sa.Column("denominator", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"],
                                name=op.f("fk_kpi_daily_figures_store_id_stores"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("store_id", "day", "code", name=op.f("pk_kpi_daily_figures")))
    op.create_table(
        "kpi_daily_runs",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("counted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_kpi_daily_runs")))


def downgrade() -> None:
    """Drop them."""
    op.drop_table("kpi_daily_runs")
    op.drop_table("kpi_daily_figures")
    op.drop_index(op.f("ix_sales_orders_customer_id"), table_name="sales_orders")
    op.drop_index(op.f("ix_sales_orders_quote_id"), table_name="sales_orders")
