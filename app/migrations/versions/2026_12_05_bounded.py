"""Indexes for the bounded group-scale reads: each store's nightly care run and a car's
delivery look up a batch of vehicles' survey scores (`surveys.vehicle_id`) and the cars
delivered in the last 30 days (`vehicles.purchase_date`) by index instead of scanning the
group's 200,000 surveys and 1,500,000 vehicles; the hourly retention purge walks only the
visits whose gate data is still kept (a partial index on `arrived_at, id`), not every
purged visit of the group's years.

Revision ID: 0013_bounded
Revises: 0012_kpi3
Create Date: 2026-12-05 22:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_bounded"
down_revision: str | None = "0012_kpi3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEPT = sa.text("read_deleted_at IS NULL")


def upgrade() -> None:
    """Create the three indexes."""
    op.create_index("ix_surveys_vehicle_id", "surveys", ["vehicle_id"])
    op.create_index("ix_vehicles_purchase_date", "vehicles", ["purchase_date"])
    op.create_index("ix_visits_kept_arrived_at", "visits", ["arrived_at", "id"],
                    postgresql_where=_KEPT, sqlite_where=_KEPT)


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_visits_kept_arrived_at", table_name="visits")
    op.drop_index("ix_vehicles_purchase_date", table_name="vehicles")
    op.drop_index("ix_surveys_vehicle_id", table_name="surveys")
