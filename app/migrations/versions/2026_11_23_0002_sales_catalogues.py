"""Sales catalogues (vehicles, accessories, insurance, lenders and finance products) and
what a quote needs beyond its first shape: date, energy, catalogue vehicle, approval.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ENERGY = sa.Enum("petrol", "hybrid", "phev", "bev", name="energytype", native_enum=False,
                  length=8)


def _catalogue_columns() -> list[sa.Column]:
    return [sa.Column("active", sa.Boolean(), nullable=False),
            sa.Column("version_id", sa.Integer(), nullable=False)]


def upgrade() -> None:
    """Create the catalogue tables and add the new quote columns."""
    op.create_table(
        "accessories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=False),
        *_catalogue_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accessories")),
        sa.UniqueConstraint("name", name=op.f("uq_accessories_name")),
    )
    op.create_table(
        "catalogue_vehicles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("brand", sa.String(length=40), nullable=False),
        sa.Column("model", sa.String(length=60), nullable=False),
        sa.Column("trim", sa.String(length=60), nullable=False),
        sa.Column("model_year", sa.Integer(), nullable=False),
        sa.Column("msrp", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("energy", _ENERGY, nullable=False),
        *_catalogue_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_vehicles")),
        sa.UniqueConstraint("brand", "model", "trim", "model_year",
                            name=op.f("uq_catalogue_vehicles_brand_model_trim_model_year")),
    )
    op.create_table(
        "insurance_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("insurer", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("premium", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("compulsory", sa.Boolean(), nullable=False),
        *_catalogue_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance_products")),
        sa.UniqueConstraint("insurer", "name", name=op.f("uq_insurance_products_insurer_name")),
    )
    op.create_table(
        "lenders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        *_catalogue_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lenders")),
        sa.UniqueConstraint("name", name=op.f("uq_lenders_name")),
    )
    op.create_table(
        "finance_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lender_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("down_payment_pct", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("annual_rate", sa.Numeric(precision=7, scale=5), nullable=False),
        sa.Column("fees", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("interest_free", sa.Boolean(), nullable=False),
        *_catalogue_columns(),
        sa.ForeignKeyConstraint(["lender_id"], ["lenders.id"],
                                name=op.f("fk_finance_products_lender_id_lenders"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finance_products")),
    )
    op.create_index(op.f("ix_finance_products_lender_id"), "finance_products", ["lender_id"],
                    unique=False)
    with op.batch_alter_table("quote_finance_plans") as batch:
        batch.add_column(sa.Column("product", sa.String(length=60), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("interest_free", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    with op.batch_alter_table("quote_lines") as batch:
        batch.add_column(sa.Column("label_en", sa.String(length=80), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("quote_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("energy", _ENERGY, nullable=True))
        batch.add_column(sa.Column("catalogue_vehicle_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("approved_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(op.f("fk_quotes_catalogue_vehicle_id_catalogue_vehicles"),
                                 "catalogue_vehicles", ["catalogue_vehicle_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_foreign_key(op.f("fk_quotes_approved_by_id_staff"), "staff",
                                 ["approved_by_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    """Drop the quote columns and the catalogue tables."""
    with op.batch_alter_table("quotes") as batch:
        batch.drop_constraint(op.f("fk_quotes_approved_by_id_staff"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_quotes_catalogue_vehicle_id_catalogue_vehicles"),
                              type_="foreignkey")
        for column in ("approved_at", "approved_by_id", "catalogue_vehicle_id", "energy",
                       "quote_date"):
            batch.drop_column(column)
    with op.batch_alter_table("quote_lines") as batch:
        batch.drop_column("label_en")
    with op.batch_alter_table("quote_finance_plans") as batch:
        batch.drop_column("interest_free")
        batch.drop_column("product")
    op.drop_index(op.f("ix_finance_products_lender_id"), table_name="finance_products")
    for table in ("finance_products", "lenders", "insurance_products", "catalogue_vehicles",
                  "accessories"):
        op.drop_table(table)
