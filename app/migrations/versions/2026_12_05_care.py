"""The care desk's list index also covers the consent filter's columns.

`ix_care_items_desk_order` (store, status, priority, due date, id) gains `marketing` and
`customer_id`, so counting the desk's list reads the index alone instead of each item's
row. An index only: dropped and created in place (no table copy).

Revision ID: 0007_care
Revises: 0007_trust_b
Create Date: 2026-12-05 16:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007_care"
down_revision: str | None = "0007_trust_b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME = "ix_care_items_desk_order"
_BEFORE = ["store_id", "status", "priority", "due_date", "id"]
_AFTER = [*_BEFORE, "marketing", "customer_id"]


def upgrade() -> None:
    """Recreate the desk's index with the covering columns."""
    op.drop_index(_NAME, table_name="care_items")
    op.create_index(_NAME, "care_items", _AFTER, unique=False)


def downgrade() -> None:
    """Back to the index without them."""
    op.drop_index(_NAME, table_name="care_items")
    op.create_index(_NAME, "care_items", _BEFORE, unique=False)
