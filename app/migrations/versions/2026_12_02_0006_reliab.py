"""Bookings cannot clash in PostgreSQL itself; visits remember the gate read they came from.

PostgreSQL: the `btree_gist` extension and three partial exclusion constraints over the
active bookings (booked, checked in): one bay, one vehicle and one technician are never in
two overlapping slots, whatever the code does. SQLite has no such constraint; its booking
writes run in BEGIN IMMEDIATE transactions instead (see `app.db.Database.session`).

`visits.read_id` (unique) makes recording a gate read idempotent: the arrival outbox may
replay a read whose first recording committed but was not acknowledged.

Revision ID: 0006_reliab
Revises: 0004_backoffice
Create Date: 2026-12-02 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_reliab"
down_revision: str | None = "0004_backoffice"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Constraint name -> (column, extra condition). The names are what
#: `app.services.bookings` recognises in a violation.
EXCLUSIONS = {
    "ex_bookings_bay": ("bay_id", ""),
    "ex_bookings_vehicle": ("vehicle_id", ""),
    "ex_bookings_technician": ("technician_id", " AND technician_id IS NOT NULL"),
}
ACTIVE = "status IN ('booked', 'checked_in')"


def upgrade() -> None:
    """Add visits.read_id and, on PostgreSQL, the booking exclusion constraints."""
    # Plain ALTER TABLE, not a batch copy: recreating `visits` on SQLite (foreign keys on)
    # would cascade into the rows that refer to it.
    op.add_column("visits", sa.Column("read_id", sa.String(36), nullable=True))
    op.create_index("ix_visits_read_id", "visits", ["read_id"], unique=True)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    for name, (column, extra) in EXCLUSIONS.items():
        op.execute(f"ALTER TABLE bookings ADD CONSTRAINT {name} EXCLUDE USING gist "
                   f"({column} WITH =, tstzrange(slot_start, slot_end, '[)') WITH &&) "
                   f"WHERE ({ACTIVE}{extra})")


def downgrade() -> None:
    """Drop the exclusion constraints and visits.read_id (the extension stays)."""
    if op.get_bind().dialect.name == "postgresql":
        for name in EXCLUSIONS:
            op.execute(f"ALTER TABLE bookings DROP CONSTRAINT IF EXISTS {name}")
    op.drop_index("ix_visits_read_id", table_name="visits")
    op.drop_column("visits", "read_id")
