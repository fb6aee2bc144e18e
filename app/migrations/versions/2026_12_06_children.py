"""Row-level security on the rows that belong to a store through their parent: a work
order's lines, status changes, inspection and release, a booking's items, a quote's lines
and finance plans, a complaint's steps, a survey's answers, a care item's outcomes, an
accident case's assessment and photos, a settlement's invoice requests, a purchase order's
lines and a day close's lines.

Each is kept to what its parent is kept to: a store role reads and writes a child row only
when it sees the parent row (the parent's own policy, migration 0010_stores, applies inside
this one). The store is not copied onto the child: it has one place, the parent.

SQLite has no row-level security: nothing to do there.

Revision ID: 0016_children
Revises: 0015_served
Create Date: 2026-12-06 04:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016_children"
down_revision: str | None = "0015_served"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (child table, its NOT NULL column naming the parent, the parent table).
CHILDREN = (
    ("work_order_lines", "work_order_id", "work_orders"),
    ("work_order_status_changes", "work_order_id", "work_orders"),
    ("inspection_items", "work_order_id", "work_orders"),
    ("car_releases", "work_order_id", "work_orders"),
    ("booking_items", "booking_id", "bookings"),
    ("quote_lines", "quote_id", "quotes"),
    ("quote_finance_plans", "quote_id", "quotes"),
    ("complaint_steps", "complaint_id", "complaints"),
    ("survey_answers", "survey_id", "surveys"),
    ("care_outcomes", "item_id", "care_items"),
    ("assessment_lines", "case_id", "accident_cases"),
    ("damage_photos", "case_id", "accident_cases"),
    ("invoice_requests", "settlement_id", "settlements"),
    ("purchase_order_lines", "purchase_order_id", "purchase_orders"),
    ("day_close_lines", "day_close_id", "day_closes"),
)


def upgrade() -> None:
    """On PostgreSQL, each child's policy: its parent row must be seen."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for child, column, parent in CHILDREN:
        op.execute(f"ALTER TABLE {child} ENABLE ROW LEVEL SECURITY")
        op.execute(f"DROP POLICY IF EXISTS parent_rows ON {child}")
        op.execute(f"CREATE POLICY parent_rows ON {child} USING (EXISTS ("
                   f"SELECT 1 FROM {parent} p WHERE p.id = {child}.{column}))")


def downgrade() -> None:
    """Drop the policies."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for child, _column, _parent in CHILDREN:
        op.execute(f"DROP POLICY IF EXISTS parent_rows ON {child}")
        op.execute(f"ALTER TABLE {child} DISABLE ROW LEVEL SECURITY")
