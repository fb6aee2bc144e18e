"""Visits: every arrival at the gate or the desk, matched to a vehicle or not."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Float, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, str_enum


class MatchKind(StrEnum):
    """How an arrival's plate matched the store's vehicles."""

    EXACT = "exact"
    CANDIDATE = "candidate"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"
    #: The plate is a customer's who did not consent to plate recognition: not identified.
    WITHHELD = "withheld"
    #: The plate is a car of the store's own test-drive fleet: not a customer, no greeting.
    FLEET = "fleet"


class VisitPurpose(StrEnum):
    """Why the customer came, as reception learns it."""

    UNKNOWN = "unknown"
    SALES = "sales"
    SERVICE = "service"
    PICKUP = "pickup"
    OTHER = "other"


class Visit(Base):
    """One arrival: what the gate read, what it matched, and who took care of it."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The store whose gate or desk saw the arrival.
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    #: The gate read's id from the arrival outbox: recording the same read twice is a no-op.
    read_id: Mapped[str | None] = mapped_column(String(36), index=True, unique=True)
    arrived_at: Mapped[datetime] = mapped_column(index=True)
    plate_read: Mapped[str] = mapped_column(String(16), default="")
    plate_color: Mapped[str | None] = mapped_column(String(8))
    confidence: Mapped[float | None] = mapped_column(Float, info={"range": (0.0, 1.0)})
    snapshot_path: Mapped[str | None] = mapped_column(String(300))
    #: When the retention period ran out and the snapshot and raw plate read were deleted.
    read_deleted_at: Mapped[datetime | None]
    camera: Mapped[str] = mapped_column(String(40), default="gate")
    match: Mapped[MatchKind] = mapped_column(str_enum(MatchKind, 12))
    vehicle_id: Mapped[int | None] = mapped_column(
        ForeignKey("vehicles.id", ondelete="SET NULL"), index=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    #: For a 'candidate' match: the one vehicle a person is asked to confirm.
    candidate_vehicle_id: Mapped[int | None] = mapped_column(
        ForeignKey("vehicles.id", ondelete="SET NULL")
    )
    purpose: Mapped[VisitPurpose] = mapped_column(
        str_enum(VisitPurpose, 12), default=VisitPurpose.UNKNOWN
    )
    outcome: Mapped[str] = mapped_column(Text, default="")
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    handed_over_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_visits_store_id_arrived_at", "store_id", "arrived_at"),
        # the retention purge walks only the visits whose gate data is still kept
        Index("ix_visits_kept_arrived_at", "arrived_at", "id",
              postgresql_where=text("read_deleted_at IS NULL"),
              sqlite_where=text("read_deleted_at IS NULL")),
    )
