"""The back office: the cashier (settlements, payments, refunds and deposits, invoice
requests, cars released by a manager, the day's close).

Revision ID: 0007_backoffice
Revises: 0006_reliab
Create Date: 2026-12-05 15:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007_backoffice'
down_revision: str | None = '0006_reliab'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the back office's tables."""
    op.create_table('day_closes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_day_closes_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_day_closes_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_closes')),
    sa.UniqueConstraint('store_id', 'day', name=op.f('uq_day_closes_store_id_day'))
    )
    op.create_table('day_close_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day_close_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.Enum('cash', 'card', 'wechat_pay', 'alipay', 'transfer', name='paymentmethod', native_enum=False, length=12), nullable=False),
    sa.Column('recorded', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('counted', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['day_close_id'], ['day_closes.id'], name=op.f('fk_day_close_lines_day_close_id_day_closes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_close_lines'))
    )
    op.create_index(op.f('ix_day_close_lines_day_close_id'), 'day_close_lines', ['day_close_id'], unique=False)

    op.create_table('car_releases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('manager_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['manager_id'], ['staff.id'], name=op.f('fk_car_releases_manager_id_staff'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_car_releases_work_order_id_work_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_car_releases')),
    sa.UniqueConstraint('work_order_id', name=op.f('uq_car_releases_work_order_id'))
    )
    op.create_table('settlements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('unsettled', 'settled', name='settlementstatus', native_enum=False, length=10), nullable=False),
    sa.Column('labour', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('parts', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('insurer_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('insurer_name', sa.String(length=60), nullable=False),
    sa.Column('claim_number', sa.String(length=40), nullable=False),
    sa.Column('warranty_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('tier', sa.String(length=12), nullable=False),
    sa.Column('tier_rate', sa.Numeric(precision=5, scale=4), nullable=False),
    sa.Column('tier_discount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('extra_discount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('discount_approved_by_id', sa.Integer(), nullable=True),
    sa.Column('customer_due', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('settled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('settled_by_id', sa.Integer(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['discount_approved_by_id'], ['staff.id'], name=op.f('fk_settlements_discount_approved_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['settled_by_id'], ['staff.id'], name=op.f('fk_settlements_settled_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_settlements_store_id_stores'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_settlements_work_order_id_work_orders'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlements')),
    sa.UniqueConstraint('number', name=op.f('uq_settlements_number')),
    sa.UniqueConstraint('work_order_id', name=op.f('uq_settlements_work_order_id'))
    )
    op.create_table('invoice_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('settlement_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('company', 'personal', name='invoicekind', native_enum=False, length=10), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('tax_number', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=100), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_invoice_requests_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], name=op.f('fk_invoice_requests_settlement_id_settlements'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_requests'))
    )
    op.create_index(op.f('ix_invoice_requests_settlement_id'), 'invoice_requests', ['settlement_id'], unique=False)

    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('settlement_id', sa.Integer(), nullable=True),
    sa.Column('quote_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('payment', 'refund', 'deposit', name='paymentkind', native_enum=False, length=10), nullable=False),
    sa.Column('method', sa.Enum('cash', 'card', 'wechat_pay', 'alipay', 'transfer', name='paymentmethod', native_enum=False, length=12), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('transaction_no', sa.String(length=64), nullable=False),
    sa.Column('refund_of_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_payments_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_payments_quote_id_quotes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['refund_of_id'], ['payments.id'], name=op.f('fk_payments_refund_of_id_payments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], name=op.f('fk_payments_settlement_id_settlements'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_payments_store_id_stores'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    op.create_index(op.f('ix_payments_at'), 'payments', ['at'], unique=False)
    op.create_index(op.f('ix_payments_quote_id'), 'payments', ['quote_id'], unique=False)
    op.create_index(op.f('ix_payments_settlement_id'), 'payments', ['settlement_id'], unique=False)
    op.create_index(op.f('ix_payments_store_id'), 'payments', ['store_id'], unique=False)



def downgrade() -> None:
    """Drop them."""
    op.drop_index(op.f('ix_payments_store_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_settlement_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_quote_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_at'), table_name='payments')

    op.drop_table('payments')
    op.drop_index(op.f('ix_invoice_requests_settlement_id'), table_name='invoice_requests')

    op.drop_table('invoice_requests')
    op.drop_table('settlements')
    op.drop_table('car_releases')
    op.drop_index(op.f('ix_day_close_lines_day_close_id'), table_name='day_close_lines')

    op.drop_table('day_close_lines')
    op.drop_table('day_closes')
