"""Customer care: the stored care items, their outcomes, the store's care settings and tiers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.care_rules import CareKind, Channel, Outcome, Side
from app.domain.care_tiers import Segment
from app.models.base import Base, Money, str_enum, utcnow


class CareItem(Base):
    """One piece of care work: a kind, a customer (and vehicle), a due date and window,
    an assignee (NULL: the care pool), a priority, and where it stands.

    `occurrence` tells one cycle of a kind from the next (the service it counts from, the
    insurance expiry, the year); with the store, kind, customer and vehicle it is unique, so
    the daily run never creates an item twice. `survey_id` is where the satisfaction
    survey of the survey issue attaches to a `survey` item.
    """

    __tablename__ = "care_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    kind: Mapped[CareKind] = mapped_column(str_enum(CareKind, 24))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"),
                                             index=True)
    vehicle_id: Mapped[int | None] = mapped_column(
        ForeignKey("vehicles.id", ondelete="CASCADE"), index=True)
    occurrence: Mapped[str] = mapped_column(String(32))
    #: "kind:customer:vehicle:occurrence", unique per store (NULL vehicles stay comparable).
    dedupe_key: Mapped[str] = mapped_column(String(80))
    due_date: Mapped[date]
    window_end: Mapped[date]
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    side: Mapped[Side] = mapped_column(str_enum(Side, 8))
    priority: Mapped[int] = mapped_column(default=2)
    marketing: Mapped[bool] = mapped_column(default=False)
    #: "open" while it is to be worked, else the final outcome's value.
    status: Mapped[str] = mapped_column(String(16), default="open")
    attempts: Mapped[int] = mapped_column(default=0)
    #: What the rule found (a projected km, the declined work, "lunar"…).
    detail: Mapped[str] = mapped_column(String(120), default="")
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookings.id", ondelete="SET NULL"))
    survey_id: Mapped[int | None]
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    version_id: Mapped[int] = mapped_column(default=1)

    __table_args__ = (
        UniqueConstraint("store_id", "dedupe_key"),
        # The desk's list order: read in index order, so 5,000 of 100,000 need no sort; it
        # also covers the consent filter's columns, so counting the list reads the index.
        Index("ix_care_items_desk_order", "store_id", "status", "priority", "due_date", "id",
              "marketing", "customer_id"),
        # the KPIs: a store's reminders due in a week or month
        Index("ix_care_items_store_id_due_date", "store_id", "due_date"),
    )
    __mapper_args__ = {"version_id_col": version_id}


class CareOutcome(Base):
    """One attempt at an item: the outcome, its reason, the channel, who and when, and the
    booking a `booked` outcome produced."""

    __tablename__ = "care_outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("care_items.id", ondelete="CASCADE"),
                                         index=True)
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome, 16))
    channel: Mapped[Channel] = mapped_column(str_enum(Channel, 12), default=Channel.PHONE)
    reason: Mapped[str] = mapped_column(Text, default="")
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookings.id", ondelete="SET NULL"))
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class CareSetting(Base):
    """A store's changes to the care rules, tier thresholds or level names, as JSON by
    section ("rules", "levels", "rfm")."""

    __tablename__ = "care_settings"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"),
                                          primary_key=True)
    section: Mapped[str] = mapped_column(String(16), primary_key=True)
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_by: Mapped[str] = mapped_column(String(50), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CustomerRfm(Base):
    """A customer's RFM figures and segment as of the last nightly run, and a manual
    override of their level with who set it and why."""

    __tablename__ = "customer_rfm"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    segment: Mapped[Segment] = mapped_column(str_enum(Segment, 16))
    computed_tier: Mapped[str] = mapped_column(String(16))
    last_visit: Mapped[date | None]
    visits: Mapped[int] = mapped_column(default=0)
    spend: Mapped[Money]
    computed_on: Mapped[date]
    override_tier: Mapped[str | None] = mapped_column(String(16))
    override_by: Mapped[str] = mapped_column(String(50), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_at: Mapped[datetime | None]
