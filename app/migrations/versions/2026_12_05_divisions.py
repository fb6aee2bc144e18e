"""Divisions (大区) of the dealer group, and the division each store belongs to.

Revision ID: 0009_divisions
Revises: 0008_polish
Create Date: 2026-12-05 18:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009_divisions'
down_revision: str | None = '0008_polish'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the divisions' table and give stores a division."""
    op.create_table('divisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_divisions')),
    sa.UniqueConstraint('code', name=op.f('uq_divisions_code'))
    )
    # In place (never a table copy: rows cascade from stores); SQLite takes the reference
    # inline, without an ON DELETE rule, which it would not report back.
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("ALTER TABLE stores ADD COLUMN division_id INTEGER "
                   "CONSTRAINT fk_stores_division_id_divisions REFERENCES divisions (id)")
    else:
        op.add_column('stores', sa.Column('division_id', sa.Integer(), nullable=True))
        op.create_foreign_key(op.f('fk_stores_division_id_divisions'), 'stores', 'divisions',
                              ['division_id'], ['id'])
    op.create_index(op.f('ix_stores_division_id'), 'stores', ['division_id'], unique=False)


def downgrade() -> None:
    """Drop the stores' division and the divisions' table."""
    if op.get_bind().dialect.name != 'sqlite':
        op.drop_constraint(op.f('fk_stores_division_id_divisions'), 'stores', type_='foreignkey')
    op.drop_index(op.f('ix_stores_division_id'), table_name='stores')
    op.execute("ALTER TABLE stores DROP COLUMN division_id")
    op.drop_table('divisions')
