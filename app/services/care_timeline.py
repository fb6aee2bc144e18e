"""A customer's care timeline: every touchpoint in one dated list, newest first.

Visits, bookings, work orders, quotes, surveys, complaints and each recorded care outcome
(a call, a WeChat message, reception telling the customer in person) of one customer, read
column by column in one session (one query per source) for the customer window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session, aliased

from app import acting
from app.db import Database
from app.domain.plates import format_plate
from app.domain.roles import Permission
from app.models import (
    Booking,
    CareItem,
    CareOutcome,
    Complaint,
    Quote,
    Staff,
    Vehicle,
    Visit,
    WorkOrder,
)
from app.models.survey import Survey, SurveyAnswer
from app.services.care_sources import REFERRAL_QUESTION

#: The most entries of each source the timeline reads.
PER_SOURCE = 200

#: The sources, in the order the window names them.
SOURCES = ("visit", "booking", "work_order", "quote", "survey", "complaint", "care")


@dataclass(frozen=True)
class TimelineEntry:
    """One touchpoint. `source` says what it is (one of SOURCES); `subject` and `status`
    are codes the screen names (the care kind and outcome, the visit's purpose, the
    survey's occasion, the complaint's category…); `reference` a number or plate; `note`
    free text from the record (a reason, concerns, a summary, a score); `by_name` staff."""

    at: datetime
    source: str
    subject: str
    status: str
    reference: str
    note: str
    by_name: str


@acting.needs(Permission.CUSTOMER_VIEW)
def customer_timeline(db: Database, customer_id: int, *,
                      per_source: int = PER_SOURCE) -> tuple[TimelineEntry, ...]:
    """Every touchpoint of the customer, newest first (at most `per_source` of each)."""
    with db.session() as s:
        entries = [entry for read in _READERS for entry in read(s, customer_id, per_source)]
    entries.sort(key=lambda e: (e.at, SOURCES.index(e.source)), reverse=True)
    return tuple(entries)


def _owned(customer_id: int):
    return select(Vehicle.id).where(Vehicle.owner_id == customer_id).scalar_subquery()


def _visits(s: Session, customer_id: int, limit: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(Visit.arrived_at, type_coerce(Visit.purpose, String), Visit.plate_read,
               Visit.outcome, Staff.name)
        .outerjoin(Staff, Staff.id == Visit.handled_by_id)
        .where(Visit.customer_id == customer_id)
        .order_by(Visit.arrived_at.desc()).limit(limit))
    return [TimelineEntry(at, "visit", purpose or "", "", format_plate(plate), outcome or "",
                          by or "") for at, purpose, plate, outcome, by in rows]


def _bookings(s: Session, customer_id: int, limit: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(Booking.slot_start, type_coerce(Booking.status, String), Vehicle.plate,
               Booking.notes, Staff.name)
        .join(Vehicle, Vehicle.id == Booking.vehicle_id)
        .outerjoin(Staff, Staff.id == Booking.advisor_id)
        .where((Booking.customer_id == customer_id)
               | Booking.vehicle_id.in_(_owned(customer_id)))
        .order_by(Booking.slot_start.desc()).limit(limit))
    return [TimelineEntry(at, "booking", "", status, format_plate(plate), notes or "", by or "")
            for at, status, plate, notes, by in rows]


def _work_orders(s: Session, customer_id: int, limit: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(WorkOrder.opened_at, type_coerce(WorkOrder.status, String), WorkOrder.number,
               Vehicle.plate, WorkOrder.concerns, Staff.name)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .outerjoin(Staff, Staff.id == WorkOrder.advisor_id)
        .where((WorkOrder.customer_id == customer_id)
               | WorkOrder.vehicle_id.in_(_owned(customer_id)))
        .order_by(WorkOrder.opened_at.desc()).limit(limit))
    return [TimelineEntry(at, "work_order", "", status, f"{number} · {format_plate(plate)}",
                          concerns or "", by or "")
            for at, status, number, plate, concerns, by in rows]


def _quotes(s: Session, customer_id: int, limit: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(Quote.created_at, type_coerce(Quote.status, String), Quote.number,
               Quote.revision, Quote.brand, Quote.model, Staff.name)
        .outerjoin(Staff, Staff.id == Quote.consultant_id)
        .where(Quote.customer_id == customer_id)
        .order_by(Quote.created_at.desc()).limit(limit))
    return [TimelineEntry(at, "quote", "", status, f"{number} v{revision}",
                          " ".join(p for p in (brand, model) if p), by or "")
            for at, status, number, revision, brand, model, by in rows]


def _surveys(s: Session, customer_id: int, limit: int) -> list[TimelineEntry]:
    score = aliased(SurveyAnswer)
    rows = s.execute(
        select(Survey.answered_at, Survey.event_at, type_coerce(Survey.occasion, String),
               type_coerce(Survey.status, String), Survey.number, Survey.comment,
               score.score, score.scale_high, Staff.name)
        .outerjoin(score, (score.survey_id == Survey.id)
                   & (score.question == REFERRAL_QUESTION))
        .outerjoin(Staff, Staff.id == Survey.answered_by_id)
        .where(Survey.customer_id == customer_id)
        .order_by(Survey.event_at.desc()).limit(limit))
    entries = []
    for answered, event, occasion, status, number, comment, points, high, by in rows:
        note = " · ".join(p for p in (f"{points}/{high}" if points is not None else "",
                                      comment or "") if p)
        entries.append(TimelineEntry(answered or event, "survey", occasion, status,
                                     number or "", note, by or ""))
    return entries


def _complaints(s: Session, customer_id: int, limit: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(Complaint.created_at, type_coerce(Complaint.category, String),
               type_coerce(Complaint.status, String), Complaint.summary, Staff.name)
        .outerjoin(Staff, Staff.id == Complaint.owner_id)
        .where(Complaint.customer_id == customer_id)
        .order_by(Complaint.created_at.desc()).limit(limit))
    return [TimelineEntry(at, "complaint", category, status, "", summary or "", by or "")
            for at, category, status, summary, by in rows]


def _care(s: Session, customer_id: int, limit: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(CareOutcome.at, type_coerce(CareItem.kind, String),
               type_coerce(CareOutcome.outcome, String), Vehicle.plate, CareOutcome.reason,
               Staff.name)
        .join(CareItem, CareItem.id == CareOutcome.item_id)
        .outerjoin(Vehicle, Vehicle.id == CareItem.vehicle_id)
        .outerjoin(Staff, Staff.id == CareOutcome.by_id)
        .where(CareItem.customer_id == customer_id)
        .order_by(CareOutcome.at.desc()).limit(limit))
    return [TimelineEntry(at, "care", kind, outcome, format_plate(plate) if plate else "",
                          reason or "", by or "")
            for at, kind, outcome, plate, reason, by in rows]


_READERS = (_visits, _bookings, _work_orders, _quotes, _surveys, _complaints, _care)
