"""Refreshments (点餐): the store's menu, and the orders taken for waiting customers."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.refreshments import MenuCategory, OrderState, PaidWith
from app.models.base import Base, Money, str_enum, utcnow


class MenuItem(Base):
    """One drink, snack or lunch on a store's menu, with its price and the customer levels
    that get it free (`free_tiers`, comma-separated level codes)."""

    __tablename__ = "refreshment_menu"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(60))
    category: Mapped[MenuCategory] = mapped_column(str_enum(MenuCategory, 12))
    price: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    free_tiers: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    version_id: Mapped[int] = mapped_column(default=1)

    __table_args__ = (Index("ix_refreshment_menu_store_id_active", "store_id", "active"),)
    __mapper_args__ = {"version_id_col": version_id}


class RefreshmentOrder(Base):
    """An order taken for a waiting customer on their visit, to their seat or table; it
    moves new → preparing → served (or cancelled) on the bar's queue.

    `worth` is the order at menu prices (the store's cost per visit), `charged` what the
    customer pays (0 when free by level); `paid_with` says how (free, bill, points).
    """

    __tablename__ = "refreshment_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("visits.id", ondelete="SET NULL"), index=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    seat: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(String(120), default="")
    state: Mapped[OrderState] = mapped_column(str_enum(OrderState, 12), default=OrderState.NEW)
    paid_with: Mapped[PaidWith] = mapped_column(str_enum(PaidWith, 12), default=PaidWith.BILL)
    worth: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    charged: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    ordered_at: Mapped[datetime] = mapped_column(default=utcnow)
    ordered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    state_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    __table_args__ = (
        # The bar's queue and the day's figures: a store's orders by state and time.
        Index("ix_refreshment_orders_store_id_state", "store_id", "state", "ordered_at"),
        Index("ix_refreshment_orders_store_id_ordered_at", "store_id", "ordered_at"),
    )
    __mapper_args__ = {"version_id_col": version_id}


class RefreshmentOrderLine(Base):
    """One menu item of an order: its name and price as they were when ordered."""

    __tablename__ = "refreshment_order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"),
                                          index=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("refreshment_orders.id", ondelete="CASCADE"), index=True)
    menu_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("refreshment_menu.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(60))
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price: Mapped[Money]
    free: Mapped[bool] = mapped_column(default=False)
