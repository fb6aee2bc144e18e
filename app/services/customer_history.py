"""A customer's history for the customer window: visits, bookings, quotes, work orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app import acting
from app.db import Database
from app.domain.plates import format_plate
from app.domain.roles import Permission
from app.models import Booking, Quote, Vehicle, Visit, WorkOrder
from app.services.vehicles import visit_plates_in

_LIMIT = 200


@dataclass(frozen=True)
class VisitLine:
    """One visit of the customer."""

    id: int
    arrived_at: datetime
    plate: str
    purpose: str
    outcome: str
    #: When its snapshot and raw plate read were deleted after retention (None: kept).
    read_deleted_at: datetime | None = None
    #: Whether a snapshot file is kept for it.
    has_snapshot: bool = False


@dataclass(frozen=True)
class BookingLine:
    """One booking of one of the customer's vehicles."""

    id: int
    slot_start: datetime
    plate: str
    items: tuple[str, ...]
    status: str


@dataclass(frozen=True)
class QuoteLineBrief:
    """One quote given to the customer (total as the sum of its signed lines)."""

    id: int
    number: str
    revision: int
    created_at: datetime
    vehicle: str
    status: str
    valid_until: date | None


@dataclass(frozen=True)
class WorkOrderLineBrief:
    """One work order of one of the customer's vehicles."""

    id: int
    number: str
    opened_at: datetime
    plate: str
    status: str
    mileage_km: int | None


@dataclass(frozen=True)
class CustomerHistory:
    """Everything the customer window lists besides the profile, newest first."""

    visits: tuple[VisitLine, ...]
    bookings: tuple[BookingLine, ...]
    quotes: tuple[QuoteLineBrief, ...]
    work_orders: tuple[WorkOrderLineBrief, ...]


@acting.needs(Permission.CUSTOMER_VIEW)
def customer_history(db: Database, customer_id: int) -> CustomerHistory:
    """The customer's visits, bookings, quotes and work orders (at most 200 of each)."""
    with db.session() as s:
        vehicle_ids = select(Vehicle.id).where(Vehicle.owner_id == customer_id)
        visits = s.scalars(select(Visit).where(Visit.customer_id == customer_id)
                           .order_by(Visit.arrived_at.desc()).limit(_LIMIT)).all()
        bookings = s.execute(
            select(Booking, Vehicle.plate).join(Vehicle, Vehicle.id == Booking.vehicle_id)
            .where(Booking.vehicle_id.in_(vehicle_ids))
            .order_by(Booking.slot_start.desc()).limit(_LIMIT)).all()
        quotes = s.scalars(select(Quote).where(Quote.customer_id == customer_id)
                           .order_by(Quote.created_at.desc()).limit(_LIMIT)).all()
        orders = s.execute(
            select(WorkOrder, Vehicle.plate).join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
            .where(WorkOrder.vehicle_id.in_(vehicle_ids))
            .order_by(WorkOrder.opened_at.desc()).limit(_LIMIT)).all()
        known_plates = visit_plates_in(s, visits)
        return CustomerHistory(
            visits=tuple(VisitLine(v.id, v.arrived_at, format_plate(known_plates[v.id]),
                                   str(v.purpose), v.outcome, v.read_deleted_at,
                                   bool(v.snapshot_path)) for v in visits),
            bookings=tuple(BookingLine(b.id, b.slot_start, format_plate(plate),
                                       tuple(i.name for i in b.items), str(b.status))
                           for b, plate in bookings),
            quotes=tuple(QuoteLineBrief(q.id, q.number, q.revision, q.created_at,
                                        " ".join(p for p in (q.brand, q.model, q.trim) if p),
                                        str(q.status), q.valid_until) for q in quotes),
            work_orders=tuple(WorkOrderLineBrief(w.id, w.number, w.opened_at, format_plate(plate),
                                                 str(w.status), w.mileage_km)
                              for w, plate in orders),
        )

