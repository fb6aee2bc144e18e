"""The store's test-drive fleet (试驾车) and its test drives (试乘试驾).

A fleet car's plate is unique among the cars not retired, so the gate finds the store's
own car with one indexed lookup; a drive books one car for a customer with a consultant,
records the driving licence, fuel/charge and mileage out and back, and the feedback.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.test_drives import CarStatus, DriveStatus
from app.models.base import Base, str_enum, utcnow


class TestDriveCar(Base):
    """A car of the store's test-drive fleet."""

    __tablename__ = "test_drive_cars"
    __test__ = False        # not a pytest class, whatever its name

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    plate: Mapped[str] = mapped_column(String(10))
    model: Mapped[str] = mapped_column(String(60))
    new_energy: Mapped[bool] = mapped_column(default=False)
    status: Mapped[CarStatus] = mapped_column(str_enum(CarStatus, 12),
                                              default=CarStatus.IN_SERVICE)
    mileage_km: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    __table_args__ = (
        Index("ix_test_drive_cars_store_id_plate", "store_id", "plate"),
        Index("uq_test_drive_cars_plate_in_fleet", "plate", unique=True,
              sqlite_where=text("status <> 'retired'"),
              postgresql_where=text("status <> 'retired'")),
    )
    __mapper_args__ = {"version_id_col": version_id}


class TestDrive(Base):
    """One booked test drive: the car, the time slot, the customer and consultant, the
    licence, the drive out and back, and the customer's feedback."""

    __tablename__ = "test_drives"
    __test__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    car_id: Mapped[int] = mapped_column(ForeignKey("test_drive_cars.id", ondelete="RESTRICT"))
    #: The customer's personal data: erasing the customer deletes their drives.
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"),
                                             index=True)
    consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"))
    start_at: Mapped[datetime]
    end_at: Mapped[datetime]
    status: Mapped[DriveStatus] = mapped_column(str_enum(DriveStatus, 12),
                                                default=DriveStatus.BOOKED)
    licence_number: Mapped[str] = mapped_column(String(18))
    licence_photo_path: Mapped[str | None] = mapped_column(String(500))
    agreement_signed_at: Mapped[datetime | None]
    out_at: Mapped[datetime | None]
    back_at: Mapped[datetime | None]
    #: True when the gate camera closed the drive (its mileage back may come later).
    closed_at_gate: Mapped[bool] = mapped_column(default=False)
    mileage_out: Mapped[int | None]
    mileage_back: Mapped[int | None]
    fuel_out: Mapped[int | None]
    fuel_back: Mapped[int | None]
    rating: Mapped[int | None]
    feedback: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)
    #: The customer's lead (商机) the drive belongs to. A lead deleted leaves the drive (the
    #: store's record of its car's use) without one (migration 0014_unsettled).
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", name="fk_test_drives_opportunity_id_opportunities",
                   ondelete="SET NULL"),
        index=True)

    __table_args__ = (
        Index("ix_test_drives_store_id_start_at", "store_id", "start_at"),
        Index("ix_test_drives_car_id_status_start_at", "car_id", "status", "start_at"),
    )
    __mapper_args__ = {"version_id_col": version_id}
