"""Service bookings (预约保养): items, a time slot and the bay it reserves."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, str_enum, utcnow

if TYPE_CHECKING:
    from app.models.workshop import ServiceItem


class BookingChannel(StrEnum):
    """How the booking was made."""

    PHONE = "phone"
    APP = "app"
    WALK_IN = "walk_in"
    ADVISOR_ON_BEHALF = "advisor_on_behalf"
    WECHAT = "wechat"


class BookingStatus(StrEnum):
    """Where a booking stands."""

    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


#: The service items a booking asks for.
booking_items = Table(
    "booking_items",
    Base.metadata,
    Column("booking_id", ForeignKey("bookings.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "service_item_id", ForeignKey("service_items.id", ondelete="RESTRICT"), primary_key=True
    ),
)


class Booking(Base):
    """A vehicle booked into a bay for a slot, with the advisor (and maybe technician)."""

    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The store whose bay the booking reserves.
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicles.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    slot_start: Mapped[datetime] = mapped_column(index=True)
    slot_end: Mapped[datetime]
    bay_id: Mapped[int] = mapped_column(ForeignKey("bays.id", ondelete="RESTRICT"))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    technician_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    channel: Mapped[BookingChannel] = mapped_column(
        str_enum(BookingChannel, 20), default=BookingChannel.PHONE
    )
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus, 12), default=BookingStatus.BOOKED
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(50), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    items: Mapped[list[ServiceItem]] = relationship(
        secondary=booking_items, lazy="selectin", order_by="ServiceItem.id"
    )

    # On PostgreSQL, migration 0006_reliab adds exclusion constraints (ex_bookings_bay,
    # ex_bookings_vehicle, ex_bookings_technician): active bookings never overlap.
    __table_args__ = (
        Index("ix_bookings_bay_id_slot_start", "bay_id", "slot_start"),
        Index("ix_bookings_store_id_slot_start", "store_id", "slot_start"),
    )
    __mapper_args__ = {"version_id_col": version_id}
