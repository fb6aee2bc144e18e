"""Visits say when their snapshot and raw plate read were deleted after retention;
customers keep when they withdrew each consent.

`visits.read_deleted_at`: set when the retention period ran out and the visit's snapshot
file and raw plate read were deleted (the row stays, saying "deleted on …"). The new
match kind 'withheld' (a customer without plate-recognition consent, not identified)
needs no schema change: the column is a plain VARCHAR.

Revision ID: 0007_trust_b
Revises: 0006_reliab
Create Date: 2026-12-05 16:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_trust_b"
down_revision: str | None = "0006_reliab"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONSENTS = ("consent_contact", "consent_plate_recognition")


def upgrade() -> None:
    """Add the columns in place (customers are cascaded from: never a batch copy)."""
    op.add_column("visits", sa.Column("read_deleted_at", sa.DateTime(timezone=True),
                                      nullable=True))
    for consent in CONSENTS:
        op.add_column("customers", sa.Column(f"{consent}_withdrawn_at", sa.Date(),
                                             nullable=True))


def downgrade() -> None:
    """Drop the columns (SQLite 3.35+ drops a column in place)."""
    for consent in CONSENTS:
        op.drop_column("customers", f"{consent}_withdrawn_at")
    op.drop_column("visits", "read_deleted_at")
