"""Refreshments (点餐): the store's menu, orders for waiting customers and their lines.

Revision ID: 0010_lounge
Revises: 0010_points
Create Date: 2026-12-05 18:43:54.208340
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_lounge'
down_revision: str | None = "0010_points"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the menu, the orders and their lines."""
    op.create_table('refreshment_menu',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('category', sa.Enum('drink', 'snack', 'lunch', name='menucategory', native_enum=False, length=12), nullable=False),
    sa.Column('price', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('free_tiers', sa.String(length=60), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_refreshment_menu_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refreshment_menu'))
    )
    op.create_index('ix_refreshment_menu_store_id_active', 'refreshment_menu', ['store_id', 'active'], unique=False)

    op.create_table('refreshment_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('seat', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=120), nullable=False),
    sa.Column('state', sa.Enum('new', 'preparing', 'served', 'cancelled', name='orderstate', native_enum=False, length=12), nullable=False),
    sa.Column('paid_with', sa.Enum('free', 'bill', 'points', name='paidwith', native_enum=False, length=12), nullable=False),
    sa.Column('worth', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('charged', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('ordered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ordered_by_id', sa.Integer(), nullable=True),
    sa.Column('state_changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_refreshment_orders_customer_id_customers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['ordered_by_id'], ['staff.id'], name=op.f('fk_refreshment_orders_ordered_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_refreshment_orders_store_id_stores'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_refreshment_orders_visit_id_visits'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refreshment_orders'))
    )
    op.create_index('ix_refreshment_orders_customer_id', 'refreshment_orders', ['customer_id'], unique=False)
    op.create_index('ix_refreshment_orders_store_id_ordered_at', 'refreshment_orders', ['store_id', 'ordered_at'], unique=False)
    op.create_index('ix_refreshment_orders_store_id_state', 'refreshment_orders', ['store_id', 'state', 'ordered_at'], unique=False)
    op.create_index('ix_refreshment_orders_visit_id', 'refreshment_orders', ['visit_id'], unique=False)

    op.create_table('refreshment_order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('menu_item_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('free', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['menu_item_id'], ['refreshment_menu.id'], name=op.f('fk_refreshment_order_lines_menu_item_id_refreshment_menu'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['order_id'], ['refreshment_orders.id'], name=op.f('fk_refreshment_order_lines_order_id_refreshment_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_refreshment_order_lines_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refreshment_order_lines'))
    )
    op.create_index('ix_refreshment_order_lines_order_id', 'refreshment_order_lines', ['order_id'], unique=False)
    op.create_index('ix_refreshment_order_lines_store_id', 'refreshment_order_lines', ['store_id'], unique=False)



def downgrade() -> None:
    """Drop the refreshment tables."""
    op.drop_index('ix_refreshment_order_lines_store_id', table_name='refreshment_order_lines')
    op.drop_index('ix_refreshment_order_lines_order_id', table_name='refreshment_order_lines')

    op.drop_table('refreshment_order_lines')
    op.drop_index('ix_refreshment_orders_visit_id', table_name='refreshment_orders')
    op.drop_index('ix_refreshment_orders_store_id_state', table_name='refreshment_orders')
    op.drop_index('ix_refreshment_orders_store_id_ordered_at', table_name='refreshment_orders')
    op.drop_index('ix_refreshment_orders_customer_id', table_name='refreshment_orders')

    op.drop_table('refreshment_orders')
    op.drop_index('ix_refreshment_menu_store_id_active', table_name='refreshment_menu')

    op.drop_table('refreshment_menu')
