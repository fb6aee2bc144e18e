"""Accident cases (事故车): from the rescue call or the walk-in, through the tow, the
insurer's assessor and the agreed assessment, to the work order made from it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Money, str_enum, utcnow
from app.models.work_order import LineKind


class AccidentSource(StrEnum):
    """How the case reached the store."""

    RESCUE_CALL = "rescue_call"
    WALK_IN = "walk_in"


class AccidentStatus(StrEnum):
    """Where an accident case stands."""

    REPORTED = "reported"
    TOWING = "towing"
    ON_SITE = "on_site"
    ASSESSED = "assessed"
    IN_REPAIR = "in_repair"


class AccidentCase(Base):
    """One accident: who, where, when, the insurer and claim, the tow and the assessment."""

    __tablename__ = "accident_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    source: Mapped[AccidentSource] = mapped_column(str_enum(AccidentSource, 12))
    status: Mapped[AccidentStatus] = mapped_column(
        str_enum(AccidentStatus, 12), default=AccidentStatus.REPORTED)
    happened_at: Mapped[datetime]
    location: Mapped[str] = mapped_column(String(200), default="")
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="RESTRICT"),
                                            index=True)
    caller_phone: Mapped[str] = mapped_column(String(20), default="")
    insurer_name: Mapped[str] = mapped_column(String(60), default="")
    claim_number: Mapped[str] = mapped_column(String(40), default="")
    tow_company: Mapped[str] = mapped_column(String(60), default="")
    tow_driver: Mapped[str] = mapped_column(String(50), default="")
    tow_called_at: Mapped[datetime | None]
    tow_eta: Mapped[datetime | None]
    tow_arrived_at: Mapped[datetime | None]
    assessor_name: Mapped[str] = mapped_column(String(50), default="")
    assessor_phone: Mapped[str] = mapped_column(String(20), default="")
    assessed_at: Mapped[datetime | None]
    work_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_orders.id", ondelete="SET NULL"), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[AssessmentLine]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="AssessmentLine.id")
    photos: Mapped[list[DamagePhoto]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="DamagePhoto.id")

    #: The service desk lists a store's cases newest first (`accidents.list_cases`).
    __table_args__ = (Index("ix_accident_cases_store_id_happened_at", "store_id",
                            "happened_at", "id"),)
    __mapper_args__ = {"version_id_col": version_id}


class AssessmentLine(Base):
    """A line of the agreed assessment (定损) and the part of it the insurer pays."""

    __tablename__ = "assessment_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("accident_cases.id", ondelete="CASCADE"),
                                         index=True)
    kind: Mapped[LineKind] = mapped_column(str_enum(LineKind, 8))
    description: Mapped[str] = mapped_column(String(120))
    part_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id", ondelete="RESTRICT"))
    hours: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    qty: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("1"))
    unit_price: Mapped[Money]
    insurer_share: Mapped[Money]


class DamagePhoto(Base):
    """A photo of the damage: the file's path and what it shows."""

    __tablename__ = "damage_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("accident_cases.id", ondelete="CASCADE"),
                                         index=True)
    path: Mapped[str] = mapped_column(String(500))
    caption: Mapped[str] = mapped_column(String(100), default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
