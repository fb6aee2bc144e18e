"""Spare parts in stock and the replenishment requests a low stock raises."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Money, str_enum, utcnow


class Part(Base):
    """A spare part: price, stock on hand, what open work orders have reserved."""

    __tablename__ = "parts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    price: Mapped[Money]
    stock: Mapped[int] = mapped_column(default=0)
    reserved: Mapped[int] = mapped_column(default=0)
    low_stock_threshold: Mapped[int] = mapped_column(default=0)
    version_id: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version_id}


class ReplenishmentStatus(StrEnum):
    """Where a replenishment request stands."""

    OPEN = "open"
    ORDERED = "ordered"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class ReplenishmentRequest(Base):
    """A request to reorder a part whose stock fell to its threshold."""

    __tablename__ = "replenishment_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), index=True)
    qty: Mapped[int]
    status: Mapped[ReplenishmentStatus] = mapped_column(
        str_enum(ReplenishmentStatus, 12), default=ReplenishmentStatus.OPEN
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
