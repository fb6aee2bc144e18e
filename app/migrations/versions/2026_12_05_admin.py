"""The store's own calendar days and each bay's hours per weekday (administration).

Revision ID: 0010_admin
Revises: 0010_testdrive
Create Date: 2026-12-05 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_admin'
down_revision: str | None = "0010_testdrive"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the store days' and the bay hours' tables (new tables only)."""
    op.create_table('store_days',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'],
                            name=op.f('fk_store_days_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_store_days')),
    sa.UniqueConstraint('store_id', 'day', name=op.f('uq_store_days_store_id_day'))
    )
    op.create_index(op.f('ix_store_days_store_id'), 'store_days', ['store_id'], unique=False)
    op.create_table('bay_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('bay_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('opens', sa.Time(), nullable=True),
    sa.Column('closes', sa.Time(), nullable=True),
    sa.ForeignKeyConstraint(['bay_id'], ['bays.id'],
                            name=op.f('fk_bay_hours_bay_id_bays'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'],
                            name=op.f('fk_bay_hours_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bay_hours')),
    sa.UniqueConstraint('bay_id', 'weekday', name=op.f('uq_bay_hours_bay_id_weekday'))
    )
    op.create_index('ix_bay_hours_store_id_bay_id', 'bay_hours', ['store_id', 'bay_id'],
                    unique=False)


def downgrade() -> None:
    """Drop both tables."""
    op.drop_index('ix_bay_hours_store_id_bay_id', table_name='bay_hours')
    op.drop_table('bay_hours')
    op.drop_index(op.f('ix_store_days_store_id'), table_name='store_days')
    op.drop_table('store_days')
