"""The workshop's fixed parts: bays (工位) and the service-item catalogue."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Money, str_enum


class BayKind(StrEnum):
    """A normal bay, or the quick-service lane booked in 30-minute slots."""

    NORMAL = "normal"
    QUICK_LANE = "quick_lane"


class Bay(Base):
    """A workshop bay a booking reserves."""

    __tablename__ = "bays"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int | None] = mapped_column(
        ForeignKey("stores.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(30))
    kind: Mapped[BayKind] = mapped_column(str_enum(BayKind, 12), default=BayKind.NORMAL)
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)


class ServiceItem(Base):
    """A service the store sells (oil change, brake pads…) with its labour time and price."""

    __tablename__ = "service_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    labour_hours: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    price: Mapped[Money]
    #: Small enough for the 30-minute quick lane.
    quick: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
