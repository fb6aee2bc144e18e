"""Replenishment to the shelf: suppliers, purchase orders (one per supplier) and their
lines, each line tied to the replenishment request it orders and, for a special order, to
the work order waiting for it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, str_enum, utcnow


class Supplier(Base):
    """Who the store buys parts from (the maker's parts centre, a distributor)."""

    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    contact: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PurchaseOrderStatus(StrEnum):
    """Where a purchase order stands."""

    ORDERED = "ordered"
    PARTLY_RECEIVED = "partly_received"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class PurchaseOrder(Base):
    """An order of parts to one supplier for one store's shelf."""

    __tablename__ = "purchase_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="RESTRICT"),
                                             index=True)
    status: Mapped[PurchaseOrderStatus] = mapped_column(
        str_enum(PurchaseOrderStatus, 16), default=PurchaseOrderStatus.ORDERED)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="PurchaseOrderLine.id")

    #: The parts page lists a store's orders newest first (`purchasing.purchase_orders`).
    __table_args__ = (Index("ix_purchase_orders_store_id_created_at", "store_id", "created_at",
                            "id"),)
    __mapper_args__ = {"version_id_col": version_id}


class PurchaseOrderLine(Base):
    """One part of a purchase order: ordered, received so far (the rest is back-ordered)."""

    __tablename__ = "purchase_order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(
        ForeignKey("purchase_orders.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="RESTRICT"))
    qty_ordered: Mapped[int]
    qty_received: Mapped[int] = mapped_column(default=0)
    unit_cost: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0.00"))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("replenishment_requests.id", ondelete="SET NULL"), index=True)
    #: The work order a special-order part is for (it is reserved for it on arrival).
    work_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_orders.id", ondelete="SET NULL"), index=True)

    __table_args__ = (CheckConstraint("qty_received >= 0 AND qty_received <= qty_ordered",
                                      name="received_within_ordered"),)


class TransferStatus(StrEnum):
    """Where a transfer between two stores of the group stands."""

    REQUESTED = "requested"
    SENT = "sent"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class StoreTransfer(Base):
    """A part asked of another store of the group: requested by the store short of it,
    sent by the other (its transfer-out movement), received on arrival (transfer-in)."""

    __tablename__ = "store_transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"),
                                               index=True)
    to_store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"),
                                             index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="RESTRICT"))
    qty: Mapped[int]
    status: Mapped[TransferStatus] = mapped_column(str_enum(TransferStatus, 12),
                                                   default=TransferStatus.REQUESTED)
    requested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"))
    #: Who asked, as signed in (kept when the staff row goes).
    requested_by: Mapped[str] = mapped_column(String(50), default="")
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    received_at: Mapped[datetime | None]
    version_id: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (CheckConstraint("qty > 0", name="qty_positive"),)
