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

import json
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
        _settle_existing_clashes(column, extra)
        op.execute(f"ALTER TABLE bookings ADD CONSTRAINT {name} EXCLUDE USING gist "
                   f"({column} WITH =, tstzrange(slot_start, slot_end, '[)') WITH &&) "
                   f"WHERE ({ACTIVE}{extra})")


def _settle_existing_clashes(column: str, extra: str) -> None:
    """Clear the clashes a store already holds, or the constraint could not be added.

    Of two active bookings that overlap on the same bay or vehicle, the later-made one is
    cancelled; a technician booked twice is taken off the later booking (the booking stays).
    Each change is an audit row (`who` = this revision) so the store can find and rebook them.
    """
    change = {"technician_id": None} if column == "technician_id" else {"status": "cancelled"}
    assignment = ", ".join(f"{name} = :{name}" for name in change)
    first_clash = sa.text(f"""
        SELECT min(later.id) FROM bookings later JOIN bookings earlier
          ON earlier.{column} = later.{column} AND earlier.id < later.id
         AND tstzrange(earlier.slot_start, earlier.slot_end, '[)')
             && tstzrange(later.slot_start, later.slot_end, '[)')
       WHERE later.status IN ('booked', 'checked_in')
         AND earlier.status IN ('booked', 'checked_in') {extra.replace(column, 'later.' + column)}""")
    bind = op.get_bind()
    # One at a time: settling one booking may already settle the next one's clash.
    while (booking_id := bind.execute(first_clash).scalar()) is not None:
        bind.execute(sa.text(
            "INSERT INTO audit_log (at, who, action, entity, entity_id, before, after) "
            "VALUES (now(), :who, 'update', 'booking', :id, CAST(:before AS json), "
            "CAST(:after AS json))"),
            {"who": f"migration {revision}", "id": booking_id,
             "before": json.dumps({"clashes_on": column}), "after": json.dumps(change)})
        bind.execute(sa.text(f"UPDATE bookings SET {assignment} WHERE id = :id"),
                     {**change, "id": booking_id})


def downgrade() -> None:
    """Drop the exclusion constraints and visits.read_id (the extension stays)."""
    if op.get_bind().dialect.name == "postgresql":
        for name in EXCLUSIONS:
            op.execute(f"ALTER TABLE bookings DROP CONSTRAINT IF EXISTS {name}")
    op.drop_index("ix_visits_read_id", table_name="visits")
    op.drop_column("visits", "read_id")
