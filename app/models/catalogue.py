"""Sales catalogues: vehicles on sale, accessories (精品), insurance products, lenders and
their finance products. Shared by every store of the group; rows are retired, never deleted,
so old quotes keep pointing at what they offered."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.pricing import EnergyType
from app.models.base import Base, Money, str_enum


class CatalogueVehicle(Base):
    """One trim of one model year on sale, with its MSRP (指导价)."""

    __tablename__ = "catalogue_vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    brand: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(60))
    trim: Mapped[str] = mapped_column(String(60), default="")
    model_year: Mapped[int]
    msrp: Mapped[Money]
    energy: Mapped[EnergyType] = mapped_column(str_enum(EnergyType, 8))
    active: Mapped[bool] = mapped_column(default=True)
    version_id: Mapped[int] = mapped_column(default=1)

    __table_args__ = (UniqueConstraint("brand", "model", "trim", "model_year"),)
    __mapper_args__ = {"version_id_col": version_id}


class Accessory(Base):
    """An accessory or package the store sells with a car (精品)."""

    __tablename__ = "accessories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str] = mapped_column(String(80), default="")
    price: Mapped[Money]
    active: Mapped[bool] = mapped_column(default=True)
    version_id: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version_id}


class InsuranceProduct(Base):
    """An insurance product offered with a new car, at its indicative first-year premium."""

    __tablename__ = "insurance_products"

    id: Mapped[int] = mapped_column(primary_key=True)
    insurer: Mapped[str] = mapped_column(String(60), default="")
    name: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(80), default="")
    premium: Mapped[Money]
    #: 交强险: every car must carry it, so a new quote includes it.
    compulsory: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    version_id: Mapped[int] = mapped_column(default=1)

    __table_args__ = (UniqueConstraint("insurer", "name"),)
    __mapper_args__ = {"version_id_col": version_id}


class Lender(Base):
    """A bank or captive finance company (汽车金融) the store arranges loans with."""

    __tablename__ = "lenders"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    version_id: Mapped[int] = mapped_column(default=1)

    products: Mapped[list[FinanceProduct]] = relationship(
        back_populates="lender", lazy="selectin", order_by="FinanceProduct.id"
    )

    __mapper_args__ = {"version_id_col": version_id}


class FinanceProduct(Base):
    """One loan product of a lender at one term: down payment, rate, fees, 0% offer."""

    __tablename__ = "finance_products"

    id: Mapped[int] = mapped_column(primary_key=True)
    lender_id: Mapped[int] = mapped_column(ForeignKey("lenders.id", ondelete="CASCADE"),
                                           index=True)
    name: Mapped[str] = mapped_column(String(60))
    down_payment_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    term_months: Mapped[int]
    #: Annual rate as a fraction (0.0399 for 3.99 %): the lender's list rate.
    annual_rate: Mapped[Decimal] = mapped_column(Numeric(7, 5))
    fees: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    #: A 0% offer (贴息): the manufacturer pays the interest.
    interest_free: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    version_id: Mapped[int] = mapped_column(default=1)

    lender: Mapped[Lender] = relationship(back_populates="products", lazy="selectin")

    __mapper_args__ = {"version_id_col": version_id}
