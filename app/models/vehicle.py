"""Vehicles, identified at the gate by their plate."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.plates import PlateColor
from app.models.base import Base, str_enum, utcnow
from app.models.part import trigram_index

if TYPE_CHECKING:
    from app.models.customer import Customer


class Vehicle(Base):
    """A car the store knows. `plate` is unique among active vehicles only: a plate
    moves to a new car when the old one is sold on or scrapped."""

    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    plate: Mapped[str] = mapped_column(String(10), index=True)
    plate_color: Mapped[PlateColor] = mapped_column(
        str_enum(PlateColor, 8), default=PlateColor.BLUE
    )
    vin: Mapped[str | None] = mapped_column(String(17), unique=True)
    brand: Mapped[str] = mapped_column(String(40), default="")
    model: Mapped[str] = mapped_column(String(60), default="")
    trim: Mapped[str] = mapped_column(String(60), default="")
    year: Mapped[int | None]
    colour: Mapped[str] = mapped_column(String(30), default="")
    new_energy: Mapped[bool] = mapped_column(default=False)
    purchase_date: Mapped[date | None]
    mileage_km: Mapped[int | None]
    mileage_date: Mapped[date | None]
    insurance_expiry: Mapped[date | None]
    warranty_end: Mapped[date | None]
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    owner: Mapped[Customer | None] = relationship(back_populates="vehicles", lazy="raise")

    __table_args__ = (
        Index(
            "uq_vehicles_plate_active",
            "plate",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
        trigram_index("vehicles", "plate"),   # a search by a part of the plate
        Index("ix_vehicles_purchase_date", "purchase_date"),   # the deliveries surveyed
    )
    __mapper_args__ = {"version_id_col": version_id}
