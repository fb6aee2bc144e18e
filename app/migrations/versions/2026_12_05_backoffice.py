"""The back office: the cashier (settlements, payments, refunds and deposits, invoice
requests, cars released by a manager, the day's close); suppliers, purchase orders and
their lines, special orders tied to a work order; accident cases with their assessment
lines and damage photos; trigram indexes for the stock list's substring search.

Revision ID: 0007_backoffice
Revises: 0007_trust_a
Create Date: 2026-12-05 15:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007_backoffice'
down_revision: str | None = '0007_trust_a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the back office's tables."""
    op.create_table('suppliers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('contact', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suppliers')),
    sa.UniqueConstraint('code', name=op.f('uq_suppliers_code'))
    )
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
    op.create_table('purchase_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('ordered', 'partly_received', 'received', 'cancelled', name='purchaseorderstatus', native_enum=False, length=16), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_purchase_orders_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_purchase_orders_store_id_stores'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_purchase_orders_supplier_id_suppliers'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_orders')),
    sa.UniqueConstraint('number', name=op.f('uq_purchase_orders_number'))
    )
    op.create_index(op.f('ix_purchase_orders_supplier_id'), 'purchase_orders', ['supplier_id'], unique=False)

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

    op.create_table('accident_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('rescue_call', 'walk_in', name='accidentsource', native_enum=False, length=12), nullable=False),
    sa.Column('status', sa.Enum('reported', 'towing', 'on_site', 'assessed', 'in_repair', name='accidentstatus', native_enum=False, length=12), nullable=False),
    sa.Column('happened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('caller_phone', sa.String(length=20), nullable=False),
    sa.Column('insurer_name', sa.String(length=60), nullable=False),
    sa.Column('claim_number', sa.String(length=40), nullable=False),
    sa.Column('tow_company', sa.String(length=60), nullable=False),
    sa.Column('tow_driver', sa.String(length=50), nullable=False),
    sa.Column('tow_called_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tow_eta', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tow_arrived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('assessor_name', sa.String(length=50), nullable=False),
    sa.Column('assessor_phone', sa.String(length=20), nullable=False),
    sa.Column('assessed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_accident_cases_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_accident_cases_customer_id_customers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_accident_cases_store_id_stores'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_accident_cases_vehicle_id_vehicles'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_accident_cases_work_order_id_work_orders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accident_cases')),
    sa.UniqueConstraint('number', name=op.f('uq_accident_cases_number')),
    sa.UniqueConstraint('work_order_id', name=op.f('uq_accident_cases_work_order_id'))
    )
    op.create_index(op.f('ix_accident_cases_customer_id'), 'accident_cases', ['customer_id'], unique=False)
    op.create_index(op.f('ix_accident_cases_vehicle_id'), 'accident_cases', ['vehicle_id'], unique=False)

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
    op.create_table('assessment_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('labour', 'part', name='linekind', native_enum=False, length=8), nullable=False),
    sa.Column('description', sa.String(length=120), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=True),
    sa.Column('hours', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('qty', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('unit_price', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('insurer_share', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['accident_cases.id'], name=op.f('fk_assessment_lines_case_id_accident_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_assessment_lines_part_id_parts'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_lines'))
    )
    op.create_index(op.f('ix_assessment_lines_case_id'), 'assessment_lines', ['case_id'], unique=False)

    op.create_table('damage_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(length=500), nullable=False),
    sa.Column('caption', sa.String(length=100), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['accident_cases.id'], name=op.f('fk_damage_photos_case_id_accident_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_damage_photos'))
    )
    op.create_index(op.f('ix_damage_photos_case_id'), 'damage_photos', ['case_id'], unique=False)

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

    op.create_table('purchase_order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purchase_order_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('qty_ordered', sa.Integer(), nullable=False),
    sa.Column('qty_received', sa.Integer(), nullable=False),
    sa.Column('unit_cost', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('qty_received >= 0 AND qty_received <= qty_ordered', name=op.f('ck_purchase_order_lines_received_within_ordered')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_purchase_order_lines_part_id_parts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['purchase_order_id'], ['purchase_orders.id'], name=op.f('fk_purchase_order_lines_purchase_order_id_purchase_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['replenishment_requests.id'], name=op.f('fk_purchase_order_lines_request_id_replenishment_requests'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_purchase_order_lines_work_order_id_work_orders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_order_lines'))
    )
    op.create_index(op.f('ix_purchase_order_lines_purchase_order_id'), 'purchase_order_lines', ['purchase_order_id'], unique=False)
    op.create_index(op.f('ix_purchase_order_lines_request_id'), 'purchase_order_lines', ['request_id'], unique=False)
    op.create_index(op.f('ix_purchase_order_lines_work_order_id'), 'purchase_order_lines', ['work_order_id'], unique=False)

    upgrade_extra()
    upgrade_search()


def downgrade() -> None:
    """Drop them."""
    downgrade_search()
    downgrade_extra()

    op.drop_index(op.f('ix_purchase_order_lines_work_order_id'), table_name='purchase_order_lines')
    op.drop_index(op.f('ix_purchase_order_lines_request_id'), table_name='purchase_order_lines')
    op.drop_index(op.f('ix_purchase_order_lines_purchase_order_id'), table_name='purchase_order_lines')

    op.drop_table('purchase_order_lines')
    op.drop_index(op.f('ix_payments_store_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_settlement_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_quote_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_at'), table_name='payments')

    op.drop_table('payments')
    op.drop_index(op.f('ix_invoice_requests_settlement_id'), table_name='invoice_requests')

    op.drop_table('invoice_requests')
    op.drop_index(op.f('ix_damage_photos_case_id'), table_name='damage_photos')

    op.drop_table('damage_photos')
    op.drop_index(op.f('ix_assessment_lines_case_id'), table_name='assessment_lines')

    op.drop_table('assessment_lines')
    op.drop_table('settlements')
    op.drop_table('car_releases')
    op.drop_index(op.f('ix_accident_cases_vehicle_id'), table_name='accident_cases')
    op.drop_index(op.f('ix_accident_cases_customer_id'), table_name='accident_cases')

    op.drop_table('accident_cases')
    op.drop_index(op.f('ix_day_close_lines_day_close_id'), table_name='day_close_lines')

    op.drop_table('day_close_lines')
    op.drop_index(op.f('ix_purchase_orders_supplier_id'), table_name='purchase_orders')

    op.drop_table('purchase_orders')
    op.drop_table('day_closes')
    op.drop_table('suppliers')


#: Columns added in place to tables other rows refer to (a batch copy on SQLite would
#: cascade-delete those rows): the part's supplier, the special order's work order.
_IN_PLACE = (("parts", "supplier_id", "suppliers", "fk_parts_supplier_id_suppliers"),
             ("replenishment_requests", "work_order_id", "work_orders",
              "fk_replenishment_requests_work_order_id_work_orders"))


def upgrade_extra() -> None:
    """Add the columns of `_IN_PLACE` (SQLite: with an inline reference, which it allows;
    no ON DELETE rule, which SQLite would not report back for an inline reference)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column, target, key in _IN_PLACE:
        if sqlite:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER CONSTRAINT {key} "
                       f"REFERENCES {target} (id)")
        else:
            op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(key, table, target, [column], ["id"])


def downgrade_extra() -> None:
    """Drop them in place (SQLite drops a column whose reference is inline)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column, _target, key in reversed(_IN_PLACE):
        if not sqlite:
            op.drop_constraint(key, table, type_="foreignkey")
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


#: Trigram indexes for the stock list's substring search (index name, table, column).
_TRIGRAM = (("ix_parts_code_trgm", "parts", "code"), ("ix_parts_name_trgm", "parts", "name"),
            ("ix_parts_name_initials_trgm", "parts", "name_initials"),
            ("ix_part_supersessions_old_code_trgm", "part_supersessions", "old_code"))


def upgrade_search() -> None:
    """pg_trgm GIN indexes on PostgreSQL (ILIKE '%…%' then reads the index instead of the
    whole catalogue); plain indexes on SQLite, where the models declare the same."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in _TRIGRAM:
        op.create_index(name, table, [column], postgresql_using="gin",
                        postgresql_ops={column: "gin_trgm_ops"})


def downgrade_search() -> None:
    """Drop the search indexes (the extension stays: other databases may use it)."""
    for name, table, _column in _TRIGRAM:
        op.drop_index(name, table_name=table)
