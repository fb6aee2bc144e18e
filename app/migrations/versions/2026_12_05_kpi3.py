"""The store dashboard's KPI indexes cover what its queries read (PostgreSQL `INCLUDE`), so
a busy store's day or month is read from the index alone (index-only scans) instead of one
table page per work order: a store's work orders opened in a period (their ids, customers
and bookings), its cars in the shop (their last progress), its quotes made in a period, the
estimates sent in a period (their work orders) and a work order's lines (kind and part).

Each index keeps its name and key columns and gains the covered columns; on SQLite, which
has no INCLUDE, nothing changes. A new partial index of the incomplete customer records
(both databases) lets data completeness look a store's customers up in it instead of in
the million records.

Revision ID: 0012_kpi3
Revises: 0012_search
Create Date: 2026-12-05 22:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_kpi3"
down_revision: str | None = "0012_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (index, table, key columns, covered columns)
INDEXES = (
    ("ix_work_orders_store_id_opened_at", "work_orders", ["store_id", "opened_at"],
     ["id", "customer_id", "booking_id"]),
    ("ix_work_orders_store_id_status_opened_at", "work_orders",
     ["store_id", "status", "opened_at"], ["last_progress_at"]),
    ("ix_quotes_store_id_created_at", "quotes", ["store_id", "created_at"],
     ["consultant_id", "number", "status"]),
    ("ix_work_order_status_changes_to_status_at", "work_order_status_changes",
     ["to_status", "at"], ["work_order_id"]),
    ("ix_work_order_lines_work_order_id", "work_order_lines", ["work_order_id"],
     ["kind", "part_id"]),
)


def _rebuild(covered: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, columns, include in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns, postgresql_include=include if covered else [])


#: `app.models.customer.record_incomplete` as it reads on 5 December 2026.
_INCOMPLETE = sa.text("length(trim(name)) = 0 OR mobile IS NULL OR length(trim(mobile)) = 0 "
                      "OR birthday IS NULL")


def upgrade() -> None:
    """Rebuild the indexes with their covered columns (PostgreSQL); index the incomplete
    customer records."""
    _rebuild(covered=True)
    op.create_index("ix_customers_incomplete", "customers", ["id"],
                    postgresql_where=_INCOMPLETE, sqlite_where=_INCOMPLETE)


def downgrade() -> None:
    """Drop the partial index; rebuild the others without their covered columns."""
    op.drop_index("ix_customers_incomplete", table_name="customers")
    _rebuild(covered=False)
