"""Test drives (试乘试驾): the store's test-drive fleet and its bookings.

Revision ID: 0010_testdrive
Revises: 0010_live
Create Date: 2026-12-05 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_testdrive'
down_revision: str | None = "0010_live"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_IN_FLEET = sa.text("status <> 'retired'")


def upgrade() -> None:
    """Create the fleet's and the drives' tables (new tables only: nothing is copied)."""
    op.create_table(
        'test_drive_cars',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('store_id', sa.Integer(), nullable=False),
        sa.Column('plate', sa.String(length=10), nullable=False),
        sa.Column('model', sa.String(length=60), nullable=False),
        sa.Column('new_energy', sa.Boolean(), nullable=False),
        sa.Column('status', sa.Enum('in_service', 'on_drive', 'retired', name='carstatus',
                                    native_enum=False, create_constraint=False, length=12),
                  nullable=False),
        sa.Column('mileage_km', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['store_id'], ['stores.id'],
                                name=op.f('fk_test_drive_cars_store_id_stores'),
                                ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_test_drive_cars')),
    )
    op.create_index('ix_test_drive_cars_store_id_plate', 'test_drive_cars',
                    ['store_id', 'plate'], unique=False)
    op.create_index('uq_test_drive_cars_plate_in_fleet', 'test_drive_cars', ['plate'],
                    unique=True, sqlite_where=_IN_FLEET, postgresql_where=_IN_FLEET)
    op.create_table(
        'test_drives',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=30), nullable=False),
        sa.Column('store_id', sa.Integer(), nullable=False),
        sa.Column('car_id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('consultant_id', sa.Integer(), nullable=True),
        sa.Column('start_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('end_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status', sa.Enum('booked', 'out', 'returned', 'cancelled',
                                    name='drivestatus', native_enum=False,
                                    create_constraint=False, length=12), nullable=False),
        sa.Column('licence_number', sa.String(length=18), nullable=False),
        sa.Column('licence_photo_path', sa.String(length=500), nullable=True),
        sa.Column('agreement_signed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('out_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('back_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('closed_at_gate', sa.Boolean(), nullable=False),
        sa.Column('mileage_out', sa.Integer(), nullable=True),
        sa.Column('mileage_back', sa.Integer(), nullable=True),
        sa.Column('fuel_out', sa.Integer(), nullable=True),
        sa.Column('fuel_back', sa.Integer(), nullable=True),
        sa.Column('rating', sa.Integer(), nullable=True),
        sa.Column('feedback', sa.Text(), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_test_drives_by_id_staff'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['car_id'], ['test_drive_cars.id'],
                                name=op.f('fk_test_drives_car_id_test_drive_cars'),
                                ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['consultant_id'], ['staff.id'],
                                name=op.f('fk_test_drives_consultant_id_staff'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['customer_id'], ['customers.id'],
                                name=op.f('fk_test_drives_customer_id_customers'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['store_id'], ['stores.id'],
                                name=op.f('fk_test_drives_store_id_stores'),
                                ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_test_drives')),
        sa.UniqueConstraint('number', name=op.f('uq_test_drives_number')),
    )
    op.create_index(op.f('ix_test_drives_customer_id'), 'test_drives', ['customer_id'],
                    unique=False)
    op.create_index('ix_test_drives_store_id_start_at', 'test_drives',
                    ['store_id', 'start_at'], unique=False)
    op.create_index('ix_test_drives_car_id_status_start_at', 'test_drives',
                    ['car_id', 'status', 'start_at'], unique=False)


def downgrade() -> None:
    """Drop the drives' and the fleet's tables."""
    op.drop_table('test_drives')
    op.drop_table('test_drive_cars')
