"""The cashier (收银): settlements of work orders, payments and refunds (and deposits on
quotes), invoice requests, cars released without settlement, and the day's close."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.settlement import InvoiceKind, PaymentMethod
from app.models.base import Base, Money, str_enum, utcnow


class SettlementStatus(StrEnum):
    """Open while payments are taken; settled when they balanced to the fen."""

    OPEN = "unsettled"
    SETTLED = "settled"


class PaymentKind(StrEnum):
    """What a payment row is."""

    PAYMENT = "payment"
    REFUND = "refund"
    DEPOSIT = "deposit"


class Settlement(Base):
    """The bill of one work order: the figures agreed, who pays what, and its status."""

    __tablename__ = "settlements"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="RESTRICT"), unique=True)
    status: Mapped[SettlementStatus] = mapped_column(
        str_enum(SettlementStatus, 10), default=SettlementStatus.OPEN)
    labour: Mapped[Money]
    parts: Mapped[Money]
    insurer_amount: Mapped[Money]
    insurer_name: Mapped[str] = mapped_column(String(60), default="")
    claim_number: Mapped[str] = mapped_column(String(40), default="")
    warranty_amount: Mapped[Money]
    tier: Mapped[str] = mapped_column(String(12), default="standard")
    tier_rate: Mapped[Decimal] = mapped_column(Numeric(5, 4), default=Decimal("0"))
    tier_discount: Mapped[Money]
    extra_discount: Mapped[Money]
    discount_approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"))
    customer_due: Mapped[Money]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    settled_at: Mapped[datetime | None]
    settled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    version_id: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version_id}


class Payment(Base):
    """Money taken or given back: a settlement's payment or refund, or a quote's deposit
    (or its refund). `amount` is signed: refunds are negative."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"),
                                          index=True)
    settlement_id: Mapped[int | None] = mapped_column(
        ForeignKey("settlements.id", ondelete="RESTRICT"), index=True)
    quote_id: Mapped[int | None] = mapped_column(
        ForeignKey("quotes.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[PaymentKind] = mapped_column(str_enum(PaymentKind, 10))
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, 12))
    amount: Mapped[Money]
    transaction_no: Mapped[str] = mapped_column(String(64), default="")
    refund_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("payments.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(String(200), default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class InvoiceRequest(Base):
    """An invoice (发票) the customer asked for, recorded for the finance system."""

    __tablename__ = "invoice_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(
        ForeignKey("settlements.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[InvoiceKind] = mapped_column(str_enum(InvoiceKind, 10))
    title: Mapped[str] = mapped_column(String(100))
    tax_number: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    amount: Mapped[Money]
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class CarRelease(Base):
    """A manager's release of a car whose work order is not settled (放行)."""

    __tablename__ = "car_releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), unique=True)
    manager_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    reason: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class DayClose(Base):
    """The day's close (日结) of one store: takings per method, recorded against counted."""

    __tablename__ = "day_closes"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    day: Mapped[date]
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("store_id", "day"),)


class DayCloseLine(Base):
    """One method of a day's close: what the payments recorded and what was counted."""

    __tablename__ = "day_close_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    day_close_id: Mapped[int] = mapped_column(
        ForeignKey("day_closes.id", ondelete="CASCADE"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, 12))
    recorded: Mapped[Money]
    counted: Mapped[Money]
