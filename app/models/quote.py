"""Electronic quotes (电子报价单): price lines and finance plans compared side by side."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.pricing import EnergyType, LineKind
from app.models.base import Base, Money, str_enum, utcnow


class QuoteStatus(StrEnum):
    """Where a quote stands."""

    DRAFT = "draft"
    GIVEN = "given"
    ACCEPTED = "accepted"
    EXPIRED = "expired"


#: What a quote line is; the sign of its amount follows from it (subsidies subtract).
QuoteLineKind = LineKind


class Quote(Base):
    """One revision of a quote for one vehicle model to one customer."""

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    number: Mapped[str] = mapped_column(String(30))
    revision: Mapped[int] = mapped_column(default=1)
    revision_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("quotes.id", ondelete="SET NULL")
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    brand: Mapped[str] = mapped_column(String(40), default="")
    model: Mapped[str] = mapped_column(String(60), default="")
    trim: Mapped[str] = mapped_column(String(60), default="")
    model_year: Mapped[int | None]
    colour: Mapped[str] = mapped_column(String(30), default="")
    new_energy: Mapped[bool] = mapped_column(default=False)
    status: Mapped[QuoteStatus] = mapped_column(
        str_enum(QuoteStatus, 12), default=QuoteStatus.DRAFT
    )
    valid_until: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)
    #: The store's date the quote was made on (its number's day, the tax rule's day).
    quote_date: Mapped[date | None]
    energy: Mapped[EnergyType | None] = mapped_column(str_enum(EnergyType, 8))
    catalogue_vehicle_id: Mapped[int | None] = mapped_column(
        ForeignKey("catalogue_vehicles.id", ondelete="SET NULL")
    )
    #: The manager who approved a discount beyond the consultant's limit (经理审批).
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    approved_at: Mapped[datetime | None]

    lines: Mapped[list[QuoteLine]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="QuoteLine.position"
    )
    finance_plans: Mapped[list[QuoteFinancePlan]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="QuoteFinancePlan.id"
    )

    __table_args__ = (UniqueConstraint("store_id", "number", "revision"),
                      # the KPIs: a store's quotes made in a week or month
                      Index("ix_quotes_store_id_created_at", "store_id", "created_at",
                            postgresql_include=["consultant_id", "number", "status"]),
                      # the sales desk's list: a store's quotes newest first
                      Index("ix_quotes_store_id_quote_date", "store_id", "quote_date", "id"))
    __mapper_args__ = {"version_id_col": version_id}


class QuoteLine(Base):
    """One price line of a quote."""

    __tablename__ = "quote_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[QuoteLineKind] = mapped_column(str_enum(QuoteLineKind, 16))
    label: Mapped[str] = mapped_column(String(80), default="")
    amount: Mapped[Money]
    label_en: Mapped[str] = mapped_column(String(80), default="")


class QuoteFinancePlan(Base):
    """A finance plan offered with a quote (金融方案)."""

    __tablename__ = "quote_finance_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    lender: Mapped[str] = mapped_column(String(60))
    down_payment_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    term_months: Mapped[int]
    #: Annual rate as a fraction (0.0399 for 3.99 %).
    annual_rate: Mapped[Decimal] = mapped_column(Numeric(7, 5))
    fees: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    product: Mapped[str] = mapped_column(String(60), default="")
    #: A 0% offer (贴息): `annual_rate` is the lender's list rate, the customer pays none.
    interest_free: Mapped[bool] = mapped_column(default=False)
