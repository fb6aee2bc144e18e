"""Customer care: stored care items, their outcomes, per-store care settings, RFM tiers;
customers keep whether their birthday is lunar.

Revision ID: 0005_care
Revises: 0004_voice
Create Date: 2026-12-02 17:16:10
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_care"
down_revision: str | None = "0004_voice"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('care_settings',
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=16), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_care_settings_store_id_stores'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('store_id', 'section', name=op.f('pk_care_settings'))
    )
    op.create_table('customer_rfm',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('segment', sa.Enum('high_value', 'potential', 'regular', 'churn_warning', 'sleeping', name='segment', native_enum=False, length=16), nullable=False),
    sa.Column('computed_tier', sa.String(length=16), nullable=False),
    sa.Column('last_visit', sa.Date(), nullable=True),
    sa.Column('visits', sa.Integer(), nullable=False),
    sa.Column('spend', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('computed_on', sa.Date(), nullable=False),
    sa.Column('override_tier', sa.String(length=16), nullable=True),
    sa.Column('override_by', sa.String(length=50), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('override_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_rfm_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_customer_rfm'))
    )
    op.create_table('care_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('thank_you', 'survey', 'follow_up_1w', 'follow_up_1m', 'follow_up_3m', 'first_service', 'periodic_service', 'insurance_60', 'insurance_30', 'annual_inspection', 'birthday', 'anniversary', 'summer_check', 'winter_check', 'extended_warranty', 'trade_in', 'referral', 'declined_work', name='carekind', native_enum=False, length=24), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('occurrence', sa.String(length=32), nullable=False),
    sa.Column('dedupe_key', sa.String(length=80), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('window_end', sa.Date(), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('side', sa.Enum('sales', 'service', name='side', native_enum=False, length=8), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('marketing', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('detail', sa.String(length=120), nullable=False),
    sa.Column('booking_id', sa.Integer(), nullable=True),
    sa.Column('survey_id', sa.Integer(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['staff.id'], name=op.f('fk_care_items_assignee_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], name=op.f('fk_care_items_booking_id_bookings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_care_items_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_care_items_store_id_stores'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_care_items_vehicle_id_vehicles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_items')),
    sa.UniqueConstraint('store_id', 'dedupe_key', name=op.f('uq_care_items_store_id_dedupe_key'))
    )
    with op.batch_alter_table('care_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_items_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_care_items_desk_order', ['store_id', 'status', 'priority', 'due_date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_care_items_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('care_outcomes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Enum('invited', 'booked', 'declined', 'unreachable', 'not_applicable', 'done', name='outcome', native_enum=False, length=16), nullable=False),
    sa.Column('channel', sa.Enum('phone', 'in_person', 'wechat', name='channel', native_enum=False, length=12), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('booking_id', sa.Integer(), nullable=True),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], name=op.f('fk_care_outcomes_booking_id_bookings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_care_outcomes_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['care_items.id'], name=op.f('fk_care_outcomes_item_id_care_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_outcomes'))
    )
    with op.batch_alter_table('care_outcomes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_outcomes_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_care_outcomes_item_id'), ['item_id'], unique=False)

    # In place, not a batch copy: on SQLite (foreign keys on) copying and dropping
    # `customers` would cascade into the rows that refer to it (vehicles, complaints, …).
    op.add_column('customers', sa.Column('birthday_lunar', sa.Boolean(), nullable=False,
                                         server_default=sa.false()))



def downgrade() -> None:
    """Undo this revision."""
    op.drop_column('customers', 'birthday_lunar')

    with op.batch_alter_table('care_outcomes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_outcomes_item_id'))
        batch_op.drop_index(batch_op.f('ix_care_outcomes_at'))

    op.drop_table('care_outcomes')
    with op.batch_alter_table('care_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_items_vehicle_id'))
        batch_op.drop_index('ix_care_items_desk_order')
        batch_op.drop_index(batch_op.f('ix_care_items_customer_id'))

    op.drop_table('care_items')
    op.drop_table('customer_rfm')
    op.drop_table('care_settings')
