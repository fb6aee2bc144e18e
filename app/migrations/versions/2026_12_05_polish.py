"""Transfers between the stores of a group: a part requested of another store, sent and
received (the stock ledger's transfer movements are posted when it is sent and received).

Revision ID: 0008_polish
Revises: 0007_backoffice
Create Date: 2026-12-05 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008_polish'
down_revision: str | None = '0007_backoffice'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the store transfers' table."""
    op.create_table('store_transfers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_store_id', sa.Integer(), nullable=False),
    sa.Column('to_store_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('requested', 'sent', 'received', 'cancelled', name='transferstatus', native_enum=False, length=12), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('requested_by', sa.String(length=50), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('qty > 0', name=op.f('ck_store_transfers_qty_positive')),
    sa.ForeignKeyConstraint(['from_store_id'], ['stores.id'], name=op.f('fk_store_transfers_from_store_id_stores'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_store_transfers_part_id_parts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['requested_by_id'], ['staff.id'], name=op.f('fk_store_transfers_requested_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['to_store_id'], ['stores.id'], name=op.f('fk_store_transfers_to_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_store_transfers'))
    )
    op.create_index(op.f('ix_store_transfers_from_store_id'), 'store_transfers', ['from_store_id'], unique=False)
    op.create_index(op.f('ix_store_transfers_to_store_id'), 'store_transfers', ['to_store_id'], unique=False)


def downgrade() -> None:
    """Drop the store transfers' table."""
    op.drop_index(op.f('ix_store_transfers_to_store_id'), table_name='store_transfers')
    op.drop_index(op.f('ix_store_transfers_from_store_id'), table_name='store_transfers')
    op.drop_table('store_transfers')
