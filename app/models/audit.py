"""The audit log and customer complaints."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.complaint_sla import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintGrade,
    ComplaintStatus,
    ComplaintStep,
)
from app.models.base import Base, str_enum, utcnow


class AuditLog(Base):
    """Who changed or saw what, when, at which desk, with the record before and after.

    Append-only: the application has no path that updates or deletes a row, and on
    PostgreSQL a trigger refuses UPDATE and DELETE (migration 0007_trust_a)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(50), default="")
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: The desk (its name in the settings) the person acted at.
    desk: Mapped[str] = mapped_column(String(50), default="")
    #: The customer whose personal data this row is about, if any (the audit page's filter).
    customer_id: Mapped[int | None] = mapped_column(index=True)

    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)


class Complaint(Base):
    """A customer complaint with its SLA round: received, contacted, proposed, accepted, closed.

    `created_at` is when it was received; `round_started_at` when its current round began
    (receipt, or the last reopening); `first_*` keep the first round's times for the figures.
    """

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id", ondelete="SET NULL"))
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="SET NULL"))
    work_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_orders.id", ondelete="SET NULL"))
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))
    survey_id: Mapped[int | None] = mapped_column(ForeignKey("surveys.id", ondelete="SET NULL"))
    channel: Mapped[ComplaintChannel] = mapped_column(
        str_enum(ComplaintChannel, 10), default=ComplaintChannel.PHONE)
    category: Mapped[ComplaintCategory] = mapped_column(
        str_enum(ComplaintCategory, 12), default=ComplaintCategory.ATTITUDE)
    grade: Mapped[ComplaintGrade] = mapped_column(
        str_enum(ComplaintGrade, 10), default=ComplaintGrade.ORDINARY
    )
    status: Mapped[ComplaintStatus] = mapped_column(
        str_enum(ComplaintStatus, 10), default=ComplaintStatus.OPEN
    )
    #: The customer's own words.
    summary: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    round_started_at: Mapped[datetime] = mapped_column(default=utcnow)
    contacted_at: Mapped[datetime | None]
    proposed_at: Mapped[datetime | None]
    accepted_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    first_contacted_at: Mapped[datetime | None]
    first_proposed_at: Mapped[datetime | None]
    escalation_level: Mapped[int] = mapped_column(default=0)
    escalated_at: Mapped[datetime | None]
    reopen_count: Mapped[int] = mapped_column(default=0)
    version_id: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (Index("ix_complaints_status", "status"),
                      Index("ix_complaints_store_id_created_at", "store_id", "created_at"))


class ComplaintStepRecord(Base):
    """One timestamped step of a complaint, with who took it."""

    __tablename__ = "complaint_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    step: Mapped[ComplaintStep] = mapped_column(str_enum(ComplaintStep, 10))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    #: None for steps the system took by itself (an automatic escalation).
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
