"""Loyalty points (积分): the append-only ledger and the customer who referred a customer.

`points_entries` holds one row per change of a customer's points (the balance is their
sum); on PostgreSQL a trigger refuses UPDATE and DELETE of it, as for `audit_log`.
`customers.referred_by_id` names the referrer (转介绍人), added in place.

Revision ID: 0010_points
Revises: 0010_kpi
Create Date: 2026-12-05 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_points"
down_revision: str | None = "0010_kpi"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = """
CREATE OR REPLACE FUNCTION points_entries_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'points_entries is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER points_entries_append_only BEFORE UPDATE OR DELETE ON points_entries
    FOR EACH ROW EXECUTE FUNCTION points_entries_append_only();
"""


def upgrade() -> None:
    """Create the ledger (and its trigger on PostgreSQL); give customers a referrer."""
    op.create_table(
        "points_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("earn", "redeem", "reverse", "adjust", name="pointskind",
                                  native_enum=False, length=10), nullable=False),
        sa.Column("source", sa.Enum("spend", "referral", "survey", "settlement", "refreshment",
                                    "manual", name="pointssource", native_enum=False,
                                    length=12), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("against_kind", sa.String(length=16), nullable=False),
        sa.Column("against_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("dedupe_key", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("who", sa.String(length=50), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], ondelete="RESTRICT",
                                name=op.f("fk_points_entries_customer_id_customers")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], ondelete="RESTRICT",
                                name=op.f("fk_points_entries_store_id_stores")),
        sa.ForeignKeyConstraint(["reverses_id"], ["points_entries.id"], ondelete="RESTRICT",
                                name=op.f("fk_points_entries_reverses_id_points_entries")),
        sa.ForeignKeyConstraint(["by_id"], ["staff.id"], ondelete="RESTRICT",
                                name=op.f("fk_points_entries_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_entries")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_points_entries_reverses_id")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_points_entries_dedupe_key")),
    )
    op.create_index("ix_points_entries_customer", "points_entries",
                    ["customer_id", "id", "points"])
    op.create_index("ix_points_entries_against", "points_entries", ["against_kind", "against_id"])
    op.create_index(op.f("ix_points_entries_store_id"), "points_entries", ["store_id"])
    # In place (never a table copy: rows cascade from customers); SQLite takes the reference
    # inline, without an ON DELETE rule (erasure clears the link itself).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE customers ADD COLUMN referred_by_id INTEGER CONSTRAINT "
                   "fk_customers_referred_by_id_customers REFERENCES customers (id)")
    else:
        op.add_column("customers", sa.Column("referred_by_id", sa.Integer(), nullable=True))
        op.create_foreign_key(op.f("fk_customers_referred_by_id_customers"), "customers",
                              "customers", ["referred_by_id"], ["id"])
        op.execute(APPEND_ONLY)


def downgrade() -> None:
    """Drop the referrer and the ledger (with its trigger)."""
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS points_entries_append_only ON points_entries")
        op.execute("DROP FUNCTION IF EXISTS points_entries_append_only()")
        op.drop_constraint(op.f("fk_customers_referred_by_id_customers"), "customers",
                           type_="foreignkey")
    op.execute("ALTER TABLE customers DROP COLUMN referred_by_id")
    op.drop_index(op.f("ix_points_entries_store_id"), table_name="points_entries")
    op.drop_index("ix_points_entries_against", table_name="points_entries")
    op.drop_index("ix_points_entries_customer", table_name="points_entries")
    op.drop_table("points_entries")
