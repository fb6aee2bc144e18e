"""The arrival card and visit records reception works with: plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.care import CareItem
from app.models import MatchKind


@dataclass(frozen=True)
class CustomerBrief:
    """Who arrived and how to address them (the mobile is masked)."""

    id: int
    name: str
    salutation: str
    greeting: str
    tier: str
    kind: str
    mobile_masked: str
    consent_plate_recognition: bool
    #: What the store noted about the customer (喜欢喝美式咖啡): reception reads it on arrival.
    notes: str = ""


@dataclass(frozen=True)
class VehicleBrief:
    """The arriving vehicle."""

    id: int
    plate: str
    plate_display: str
    plate_color: str
    brand: str
    model: str
    colour: str
    new_energy: bool
    mileage_km: int | None


@dataclass(frozen=True)
class StaffBrief:
    """A member of staff named on the card."""

    id: int
    name: str
    role: str


@dataclass(frozen=True)
class BookingBrief:
    """Today's booking of the arriving vehicle."""

    id: int
    slot_start: datetime
    slot_end: datetime
    items: tuple[str, ...]
    bay_name: str
    advisor_name: str | None
    status: str


@dataclass(frozen=True)
class WorkOrderBrief:
    """An open work order of the arriving vehicle."""

    id: int
    number: str
    status: str
    promised_at: datetime | None


@dataclass(frozen=True)
class Candidate:
    """The one vehicle a doubtful read may be, for a person to confirm (never greeted)."""

    vehicle: VehicleBrief
    customer: CustomerBrief | None


@dataclass(frozen=True)
class ComplaintBrief:
    """The open complaint the arrival card warns about."""

    id: int
    category: str
    grade: str
    status: str
    received_at: datetime
    age: timedelta
    owner_name: str
    sla_state: str


@dataclass(frozen=True)
class ArrivalCard:
    """What the arrival pop-up shows.

    `match` is 'exact' (greet `customer`), 'candidate' (ask a person to confirm
    `candidate`), 'ambiguous' (several vehicles fit; `candidate_plates` lists them, none is
    chosen), 'withheld' (a customer without plate-recognition consent: a car arrived,
    nothing more is shown), 'fleet' (the store's own test-drive car: no greeting, no pop-up)
    or 'unknown' (a new visitor). `confirmed` is True once a person linked the
    visit to a vehicle or registered the visitor. `lookalikes` counts other active
    vehicles one confusion away from an exact read, for a careful greeting.
    """

    visit_id: int
    match: str
    plate: str
    plate_display: str
    plate_valid: bool
    confidence: float | None
    arrived_at: datetime
    camera: str
    snapshot_path: str | None
    customer: CustomerBrief | None = None
    vehicle: VehicleBrief | None = None
    candidate: Candidate | None = None
    candidate_plates: tuple[str, ...] = ()
    lookalikes: int = 0
    booking: BookingBrief | None = None
    open_work_orders: tuple[WorkOrderBrief, ...] = ()
    care_due: tuple[CareItem, ...] = ()
    last_visit_at: datetime | None = None
    visit_count: int = 0
    open_complaint: bool = False
    #: The oldest open complaint (category, age, state, owner), when there is one.
    complaint: ComplaintBrief | None = None
    consultant: StaffBrief | None = None
    advisor: StaffBrief | None = None
    confirmed: bool = False
    #: For a 'fleet' arrival (the store's own test-drive car): the drive it closed, if any.
    test_drive_number: str = ""
    #: False for an arrival the database could not take (`unrecorded_card`): the pop-up
    #: shows its plate and snapshot and offers no action on it.
    recorded: bool = True

    @property
    def greets(self) -> bool:
        """True when the card may greet the customer by name."""
        return self.match == MatchKind.EXACT and self.customer is not None

    @property
    def host(self) -> StaffBrief | None:
        """Whom reception hands the customer to by default: their service advisor when the
        car is booked in or in the workshop, else their sales consultant, else whichever of
        the two they have."""
        for_service = self.booking is not None or bool(self.open_work_orders)
        first, second = (self.advisor, self.consultant) if for_service \
            else (self.consultant, self.advisor)
        return first or second


@dataclass(frozen=True)
class VisitRecord:
    """One arrival in reception's list."""

    id: int
    arrived_at: datetime
    plate: str
    plate_display: str
    match: str
    confidence: float | None
    camera: str
    snapshot_path: str | None
    vehicle_id: int | None
    customer_id: int | None
    customer_name: str | None
    greeting: str | None
    candidate_vehicle_id: int | None
    purpose: str
    outcome: str
    handled_by_id: int | None
    handled_by_name: str | None
    handed_over_at: datetime | None
    #: When its snapshot and raw plate read were deleted after retention (None: kept).
    read_deleted_at: datetime | None = None
