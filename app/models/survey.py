"""Satisfaction surveys after a delivery or a work order, and their scored answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.survey_templates import Occasion, SurveyChannel, SurveyStatus
from app.models.base import Base, str_enum, utcnow


class Survey(Base):
    """One survey owed to a customer, asked with one template version.

    `source_key` ("wo:12", "car:34") makes a delivery or work order owe one survey only.
    """

    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    source_key: Mapped[str] = mapped_column(String(30), unique=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id", ondelete="SET NULL"))
    occasion: Mapped[Occasion] = mapped_column(str_enum(Occasion, 10))
    template_version: Mapped[int] = mapped_column(SmallInteger)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="SET NULL"))
    work_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_orders.id", ondelete="SET NULL"))
    #: The advisor (service) or consultant (delivery) the survey judges.
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    event_at: Mapped[datetime]
    due_at: Mapped[datetime]
    status: Mapped[SurveyStatus] = mapped_column(str_enum(SurveyStatus, 10),
                                                 default=SurveyStatus.DUE)
    channel: Mapped[SurveyChannel | None] = mapped_column(str_enum(SurveyChannel, 10))
    answered_at: Mapped[datetime | None]
    answered_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    answers: Mapped[list[SurveyAnswer]] = relationship(
        back_populates="survey", cascade="all, delete-orphan", lazy="raise")

    __table_args__ = (Index("ix_surveys_status_due_at", "status", "due_at"),
                      Index("ix_surveys_vehicle_id", "vehicle_id"),   # the care run's scores
                      Index("ix_surveys_store_id_answered_at", "store_id", "answered_at"),
                      Index("ix_surveys_answered_at", "answered_at"))


class SurveyAnswer(Base):
    """One question's score, with the scale it was asked on (so it keeps its meaning)."""

    __tablename__ = "survey_answers"

    survey_id: Mapped[int] = mapped_column(
        ForeignKey("surveys.id", ondelete="CASCADE"), primary_key=True)
    question: Mapped[str] = mapped_column(String(20), primary_key=True)
    score: Mapped[int] = mapped_column(SmallInteger)
    scale_low: Mapped[int] = mapped_column(SmallInteger)
    scale_high: Mapped[int] = mapped_column(SmallInteger)

    survey: Mapped[Survey] = relationship(back_populates="answers", lazy="raise")
