"""The sales pipeline: opportunities (潜客/商机), follow-up tasks, stage history, sales
orders (订单) and their delivery checklist (交车仪式); every table store-owned.

Revision ID: 0010_leads
Revises: 0010_lounge
Create Date: 2026-12-05 18:44:19.603478
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_leads'
down_revision: str | None = "0010_lounge"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the pipeline's tables."""
    op.create_table('opportunities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('consultant_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.Enum('walk_in', 'gate', 'phone', 'online', 'referral', 'event', 'other', name='customersource', native_enum=False, length=12), nullable=False),
    sa.Column('catalogue_vehicle_id', sa.Integer(), nullable=True),
    sa.Column('interest', sa.String(length=120), nullable=False),
    sa.Column('budget', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('timing', sa.String(length=20), nullable=False),
    sa.Column('stage', sa.Enum('new', 'contacted', 'visited', 'test_drive', 'quoted', 'negotiating', 'ordered', 'delivered', 'lost', name='stage', native_enum=False, length=12), nullable=False),
    sa.Column('lost_reason', sa.String(length=20), nullable=True),
    sa.Column('lost_note', sa.Text(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=True),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('referrer_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('stage_changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['catalogue_vehicle_id'], ['catalogue_vehicles.id'], name=op.f('fk_opportunities_catalogue_vehicle_id_catalogue_vehicles'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['consultant_id'], ['staff.id'], name=op.f('fk_opportunities_consultant_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_opportunities_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_opportunities_quote_id_quotes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['referrer_id'], ['customers.id'], name=op.f('fk_opportunities_referrer_id_customers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_opportunities_store_id_stores'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_opportunities_visit_id_visits'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunities'))
    )
    op.create_index('ix_opportunities_board', 'opportunities', ['store_id', 'stage_changed_at'], unique=False)
    op.create_index('ix_opportunities_consultant_board', 'opportunities', ['store_id', 'consultant_id', 'stage_changed_at'], unique=False)
    op.create_index(op.f('ix_opportunities_customer_id'), 'opportunities', ['customer_id'], unique=False)
    op.create_index(op.f('ix_opportunities_store_id'), 'opportunities', ['store_id'], unique=False)

    op.create_table('lead_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['done_by_id'], ['staff.id'], name=op.f('fk_lead_tasks_done_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_lead_tasks_opportunity_id_opportunities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_lead_tasks_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lead_tasks'))
    )
    op.create_index(op.f('ix_lead_tasks_opportunity_id'), 'lead_tasks', ['opportunity_id'], unique=False)
    op.create_index(op.f('ix_lead_tasks_store_id'), 'lead_tasks', ['store_id'], unique=False)
    op.create_index('ix_lead_tasks_store_open', 'lead_tasks', ['store_id', 'done_at', 'due_at'], unique=False)

    op.create_table('opportunity_stage_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('from_stage', sa.String(length=12), nullable=True),
    sa.Column('to_stage', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_opportunity_stage_changes_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_opportunity_stage_changes_opportunity_id_opportunities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_opportunity_stage_changes_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity_stage_changes'))
    )
    op.create_index(op.f('ix_opportunity_stage_changes_opportunity_id'), 'opportunity_stage_changes', ['opportunity_id'], unique=False)
    op.create_index(op.f('ix_opportunity_stage_changes_store_id'), 'opportunity_stage_changes', ['store_id'], unique=False)

    op.create_table('sales_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('consultant_id', sa.Integer(), nullable=True),
    sa.Column('brand', sa.String(length=40), nullable=False),
    sa.Column('model', sa.String(length=60), nullable=False),
    sa.Column('trim', sa.String(length=60), nullable=False),
    sa.Column('model_year', sa.Integer(), nullable=True),
    sa.Column('colour', sa.String(length=30), nullable=False),
    sa.Column('new_energy', sa.Boolean(), nullable=False),
    sa.Column('total', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('deposit', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('expected_delivery', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('open', 'delivered', 'cancelled', name='orderstatus', native_enum=False, length=10), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['consultant_id'], ['staff.id'], name=op.f('fk_sales_orders_consultant_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_sales_orders_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_sales_orders_opportunity_id_opportunities'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_sales_orders_quote_id_quotes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_sales_orders_store_id_stores'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_sales_orders_vehicle_id_vehicles'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_orders')),
    sa.UniqueConstraint('store_id', 'number', name=op.f('uq_sales_orders_store_id_number'))
    )
    op.create_index(op.f('ix_sales_orders_opportunity_id'), 'sales_orders', ['opportunity_id'], unique=False)
    op.create_index(op.f('ix_sales_orders_store_id'), 'sales_orders', ['store_id'], unique=False)

    op.create_table('delivery_checks',
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=20), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('done_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['done_by_id'], ['staff.id'], name=op.f('fk_delivery_checks_done_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['order_id'], ['sales_orders.id'], name=op.f('fk_delivery_checks_order_id_sales_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_delivery_checks_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('order_id', 'item', name=op.f('pk_delivery_checks'))
    )
    op.create_index(op.f('ix_delivery_checks_store_id'), 'delivery_checks', ['store_id'], unique=False)



def downgrade() -> None:
    """Drop the pipeline's tables."""
    op.drop_index(op.f('ix_delivery_checks_store_id'), table_name='delivery_checks')

    op.drop_table('delivery_checks')
    op.drop_index(op.f('ix_sales_orders_store_id'), table_name='sales_orders')
    op.drop_index(op.f('ix_sales_orders_opportunity_id'), table_name='sales_orders')

    op.drop_table('sales_orders')
    op.drop_index(op.f('ix_opportunity_stage_changes_store_id'), table_name='opportunity_stage_changes')
    op.drop_index(op.f('ix_opportunity_stage_changes_opportunity_id'), table_name='opportunity_stage_changes')

    op.drop_table('opportunity_stage_changes')
    op.drop_index('ix_lead_tasks_store_open', table_name='lead_tasks')
    op.drop_index(op.f('ix_lead_tasks_store_id'), table_name='lead_tasks')
    op.drop_index(op.f('ix_lead_tasks_opportunity_id'), table_name='lead_tasks')

    op.drop_table('lead_tasks')
    op.drop_index(op.f('ix_opportunities_store_id'), table_name='opportunities')
    op.drop_index(op.f('ix_opportunities_customer_id'), table_name='opportunities')
    op.drop_index('ix_opportunities_consultant_board', table_name='opportunities')
    op.drop_index('ix_opportunities_board', table_name='opportunities')

    op.drop_table('opportunities')
