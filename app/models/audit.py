"""The audit log and customer complaints."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, str_enum, utcnow


class AuditLog(Base):
    """Who changed what, when, with the record before and after."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(50), default="")
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)


class ComplaintGrade(StrEnum):
    """Ordinary: contact within 1 hour; major: a manager on it within 2 hours."""

    ORDINARY = "ordinary"
    MAJOR = "major"


class ComplaintStatus(StrEnum):
    """Where a complaint stands."""

    OPEN = "open"
    RESOLVED = "resolved"


class Complaint(Base):
    """A customer complaint, shown on the arrival card while open."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="SET NULL"))
    grade: Mapped[ComplaintGrade] = mapped_column(
        str_enum(ComplaintGrade, 10), default=ComplaintGrade.ORDINARY
    )
    status: Mapped[ComplaintStatus] = mapped_column(
        str_enum(ComplaintStatus, 10), default=ComplaintStatus.OPEN
    )
    summary: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
