"""Indexes the KPI queries read by: a store's work orders opened and quotes made in a
period, work orders delivered, reminders due, estimates sent, and a work order's special orders.

Revision ID: 0010_kpi
Revises: 0010_admin
Create Date: 2026-12-05 19:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010_kpi"
down_revision: str | None = "0010_admin"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_work_orders_store_id_opened_at", "work_orders", ["store_id", "opened_at"]),
    ("ix_work_orders_status_closed_at", "work_orders", ["status", "closed_at"]),
    ("ix_work_order_status_changes_to_status_at", "work_order_status_changes",
     ["to_status", "at"]),
    ("ix_quotes_store_id_created_at", "quotes", ["store_id", "created_at"]),
    ("ix_care_items_store_id_due_date", "care_items", ["store_id", "due_date"]),
    ("ix_replenishment_requests_work_order_id", "replenishment_requests", ["work_order_id"]),
)


def upgrade() -> None:
    """Create the indexes (no table is copied or altered)."""
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    """Drop them."""
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
