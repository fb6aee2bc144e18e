"""Reception: a plate read becomes an arrival card, and every arrival a Visit.

Matching never guesses between customers. An exact, sure read of an active vehicle's plate
greets its owner; a read one OCR confusion (0/D/Q, 8/B, 1/I/7, 2/Z, 5/S, 6/G) away from
exactly one active vehicle, or with its serial on exactly one vehicle of another province
(general OCR swaps provinces), is offered as a candidate for a person to confirm, and so is
an exact read the gate was unsure of (an uncertain read, or an unsure province); two or
more such vehicles are ambiguous and none is chosen; anything else is a new visitor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import PureWindowsPath

from sqlalchemy import (
    JSON,
    Date,
    Integer,
    Row,
    Select,
    String,
    and_,
    any_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, aliased

from app import acting, store_scope, stores_link
from app.db import Database
from app.domain import plates
from app.domain.care_rules import with_overrides
from app.domain.reads import PlateRead
from app.domain.redact import redact
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import (
    OPEN_WORK_ORDER_STATUSES,
    Bay,
    Booking,
    CareSetting,
    Complaint,
    Customer,
    CustomerKind,
    CustomerSource,
    MatchKind,
    ServiceItem,
    Staff,
    UTCDateTime,
    Vehicle,
    Visit,
    VisitPurpose,
    WorkOrder,
    booking_items,
)
from app.one_row import insert_one
from app.services import audit, bookings, test_drives, work_orders
from app.services.arrival_card import (
    ArrivalCard,
    BookingBrief,
    Candidate,
    CustomerBrief,
    StaffBrief,
    VehicleBrief,
    VisitRecord,
    WorkOrderBrief,
)
from app.services.bookings import ACTIVE as ACTIVE_BOOKINGS
from app.services.care_desk import (
    customer_notices,
    notices_of,
    notices_params,
    notices_query,
    tell_in_person_in,
)
from app.services.care_settings import RULES as CARE_RULES
from app.services.common import (
    column_limit,
    day_bounds,
    get_or_raise,
    mask_mobile,
    now_utc,
    parse_choice,
    store_today,
)
from app.services.complaints import OPEN_STATUSES, open_brief
from app.services.customers import create_customer_in, greeting, validate_mobile
from app.services.leads import LeadForm, open_lead_id_in, open_lead_in
from app.services.scoping import in_scope, in_scope_or_unowned, vehicle_seen
from app.services.snapshots import delete_snapshot
from app.services.vehicles import add_vehicle_in, visit_plates_in

_VISIT = ("到访记录", "visit")

__all__ = [
    "ArrivalCard", "BookingBrief", "Candidate", "CustomerBrief", "StaffBrief", "VehicleBrief",
    "VisitRecord", "WorkOrderBrief", "arrival_card", "arrivals_after", "arrive",
    "arrival_cards_after", "check_in_arrival",
    "confirm_candidate", "hand_over", "register_visitor", "set_purpose", "tell_care_in_person",
    "todays_arrivals",
    "unrecorded_card",
]


@acting.open_to_signed_in   # the gate records what it saw, whoever is signed in at its desk
def arrive(db: Database, read: PlateRead, *, read_id: str | None = None,
           now: datetime | None = None, store_id: int | None = None) -> ArrivalCard:
    """Match a plate read against the active vehicles, record the Visit, build the card.

    One indexed query (`plate IN (read, its valid one-confusion variants)`) finds both the
    exact match and the candidates. `read_id` (from the arrival outbox) makes it
    idempotent: a read already recorded returns the card of its visit. A read longer than
    the column is kept cut to the column (it matches nothing), never lost.

    The plate of a customer who has not consented to plate recognition is not identified:
    the visit is 'withheld' (no plate, no customer, no vehicle) and the read's snapshot is
    deleted. Near matches owned by such customers are never offered as candidates.

    A sure read of a car of the store's test-drive fleet (of `store_id`, any store's when
    None) is the store's own car: a 'fleet' visit, no greeting, and its open drive closed.
    """
    plate = plates.normalise(read.plate)[:column_limit(Visit, "plate_read")]
    confidence = _confidence(read.confidence)
    arrived_at = _arrival_time(read, now)
    # The common arrival writes one row, its visit: no transaction around it is needed.
    with db.session(one_write=True) as s:
        if read_id is not None:
            done = s.scalar(select(Visit).where(Visit.read_id == read_id))
            if done is not None:
                return _card(s, done, _lookup(s, done.plate_read)[1])
        sure = not (read.uncertain or read.province_unsure)
        found = _arrival_lookup(s, plate, plate if sure else "", store_id)
        fleet_car = found.fleet_car if found.fleet_checked \
            else test_drives.fleet_car_id_in(s, plate, store_id) if sure else None
        if fleet_car is None:
            return _visit_of(s, read, plate, sure, arrived_at, confidence, read_id, found)
    # The store's own car: its visit and the close of its drive, in one transaction.
    with db.session() as s:
        return _fleet_visit(s, read, plate, arrived_at, confidence, read_id, fleet_car)


def _visit_of(s: Session, read: PlateRead, plate: str, sure: bool, arrived_at: datetime,
              confidence: float | None, read_id: str | None, found: _Found) -> ArrivalCard:
    """Record the visit of an arrival that is not the store's own car, matched against what
    `found` holds, and build its card."""
    exact, others, withheld = _consented(plate, found.rows)
    if withheld:
        return _card(s, _withheld_visit(s, read, arrived_at, confidence, read_id), [])
    if exact is not None and not sure:
        exact, others = None, sorted([exact, *others], key=lambda v: v.plate)
    visit = Visit(arrived_at=arrived_at, plate_read=plate,
                  plate_color=(read.color or None)
                  and read.color[:column_limit(Visit, "plate_color")],
                  confidence=confidence, snapshot_path=read.snapshot_path,
                  camera=camera_label(read.camera), match=MatchKind.UNKNOWN,
                  read_id=read_id)
    if exact is not None:
        visit.match, visit.vehicle_id, visit.customer_id = (
            MatchKind.EXACT, exact.id, exact.owner_id)
        if exact.owner_id is not None and store_scope.store_id() is not None:
            # Found through the store's scope: the store serves the owner already.
            stores_link.seen_linked(s, exact.owner_id, store_scope.store_id())
    elif len(others) == 1:
        visit.match, visit.candidate_vehicle_id = MatchKind.CANDIDATE, others[0].id
    elif len(others) > 1:
        visit.match = MatchKind.AMBIGUOUS
    insert_one(s, visit)
    linked = exact if exact is not None else others[0] if len(others) == 1 else None
    return _card(s, visit, others, found.owners.get(visit.vehicle_id), linked)


def unrecorded_card(read: PlateRead, *, now: datetime | None = None) -> ArrivalCard:
    """The card of a read the database has not recorded yet (it waits in the outbox):
    the plate, its time and snapshot, no match (`visit_id` 0). Needs no database."""
    plate = plates.normalise(read.plate)
    return ArrivalCard(visit_id=0, match=str(MatchKind.UNKNOWN), plate=plate,
                       plate_display=plates.format_plate(plate),
                       plate_valid=plates.is_valid(plate), confidence=read.confidence,
                       arrived_at=_arrival_time(read, now), camera=camera_label(read.camera),
                       snapshot_path=read.snapshot_path, recorded=False)


@acting.needs(Permission.ARRIVAL)
def arrival_card(db: Database, visit_id: int) -> ArrivalCard:
    """The card of an arrival already recorded (for other desks watching the gate)."""
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, *_VISIT)
        if visit.snapshot_path:
            audit.record_view(s, visit, what="snapshot")
        _, others = _lookup(s, visit.plate_read)
        return _card(s, visit, others)


@acting.needs(Permission.ARRIVAL)
def record_arrival_view(db: Database, visit_id: int) -> None:
    """Record that the person at this desk saw a known customer's card (name, snapshot) on
    an arrival's pop-up: one audit view row, with the desk and the customer."""
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, *_VISIT)
        if visit.customer_id is not None:
            audit.record_view(s, visit, what="arrival_snapshot" if visit.snapshot_path
                              else "arrival_card")


@acting.needs(Permission.ARRIVAL)
def tell_care_in_person(db: Database, visit_id: int, item_id: int, *,
                        by_id: int | None = None, now: datetime | None = None) -> ArrivalCard:
    """Reception told the arriving customer of a care item on the spot: the item counts as
    invited (in person) and the arrival's card comes back without it, in one transaction."""
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, *_VISIT)
        tell_in_person_in(s, item_id, by_id=by_id, now=now)
        _, others = _lookup(s, visit.plate_read)
        return _card(s, visit, others)


@acting.needs(Permission.ARRIVAL)
def confirm_candidate(db: Database, visit_id: int, vehicle_id: int) -> ArrivalCard:
    """A person confirmed which vehicle arrived: link the visit to it and its owner and
    return the full card."""
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, *_VISIT)
        vehicle = get_or_raise(s, Vehicle, vehicle_id, "车辆", "vehicle", field="vehicle_id")
        if not vehicle.active:
            raise ValidationError("该车辆已停用。", "This vehicle is inactive.",
                                  field="vehicle_id")
        if visit.vehicle_id not in (None, vehicle.id):
            raise Conflict("此到访已确认为另一辆车。",
                           "This visit was already confirmed as another vehicle.",
                           field="vehicle_id")
        visit.vehicle_id, visit.customer_id = vehicle.id, vehicle.owner_id
        s.flush()
        return _card(s, visit, [])


@acting.needs(Permission.ARRIVAL)
def register_visitor(db: Database, visit_id: int, name: str, mobile: str,
                     plate: str | None = None, purpose: str = "sales", kind: str = "prospect",
                     *, salutation: str = "", consent_contact: bool = False,
                     consent_plate_recognition: bool = False, who: str = "",
                     store_id: int | None = None) -> ArrivalCard:
    """Register the visitor of an unknown arrival as a prospect (潜客, `kind='prospect'`)
    or a service customer (`kind='service'`), with their vehicle when the plate is valid.
    A prospect registered at a store's desk (`store_id`) also opens a lead (商机) of source
    "gate" on the showroom's board, in the same transaction.

    `plate` defaults to the plate read at the gate; an unreadable read is simply skipped,
    a plate typed in must be valid.

    A plate already on an active vehicle of the group whose owner's mobile is `mobile` is
    that customer's car (a customer another store serves is an unknown plate at this
    store's gate): the visit is tied to them and their car, the visit's store now serves
    them too (a prospect at `store_id` gets a lead there unless one is open), and their card
    comes back; no customer or vehicle is created. Any other taken plate is
    a Conflict on `plate` that names nobody (`plate_in_group`).
    """
    kinds = {"prospect": CustomerKind.PROSPECT, "service": CustomerKind.CUSTOMER}
    if kind not in kinds:
        raise ValidationError("访客类型须为潜客或售后客户。",
                              "The visitor kind is 'prospect' or 'service'.", field="kind")
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, *_VISIT)
        if visit.customer_id is not None:
            raise Conflict("此到访已关联客户。", "This visit is already linked to a customer.")
        mobile = validate_mobile(mobile)
        if not mobile:
            raise ValidationError("请输入手机号。", "Enter the mobile number.", field="mobile")
        visit.purpose = parse_choice(VisitPurpose, purpose, "purpose", "到店目的", "purpose")
        plate_text = plate if plate else visit.plate_read
        new_plate = not (visit.vehicle_id is not None and not plate) \
            and (bool(plate) or plates.is_valid(plate_text))
        owner = stores_link.group_plate_owner(s, plates.normalise(plate_text), mobile) \
            if new_plate else None
        if owner is not None:
            _tie_to_group_customer(s, visit, *owner, who=who)
            if kinds[kind] == CustomerKind.PROSPECT and store_id is not None \
                    and open_lead_id_in(s, store_id, owner[0]) is None:
                known = s.get(Customer, owner[0])
                open_lead_in(s, store_id=store_id, customer_id=owner[0], visit_id=visit.id,
                             form=LeadForm(name=known.name, mobile=mobile, source="gate"),
                             who=who)
            s.flush()
            return _card(s, visit, [])
        customer = create_customer_in(
            s, name=name, mobile=mobile, salutation=salutation, kind=kinds[kind],
            source=CustomerSource.GATE, consent_contact=consent_contact,
            consent_plate_recognition=consent_plate_recognition, who=who)
        visit.customer_id = customer.id
        if kinds[kind] == CustomerKind.PROSPECT and store_id is not None:
            open_lead_in(s, store_id=store_id, customer_id=customer.id, visit_id=visit.id,
                         form=LeadForm(name=name, mobile=mobile, source="gate"), who=who)
        if new_plate:
            visit.vehicle_id = _new_vehicle(s, plate_text, customer.id, who).id
        elif visit.vehicle_id is not None:
            # An exact read of a vehicle nobody owned yet: the visitor owns it now.
            s.get(Vehicle, visit.vehicle_id).owner_id = customer.id
        s.flush()
        return _card(s, visit, [])


def plate_in_group() -> Conflict:
    """The refusal of a plate on an active vehicle of the group whose owner has another
    mobile (or just taken at another desk): says so and what to do, and names nobody."""
    return Conflict("该车牌已在集团内登记在其他客户名下。请核对车牌与车主登记的手机号，"
                    "或联系总部。",
                    "This plate is registered in the group to another customer. Check the "
                    "plate and the owner's registered mobile number, or ask head office.",
                    field="plate")


def _new_vehicle(session: Session, plate: str, owner_id: int, who: str) -> Vehicle:
    """The visitor's vehicle; a plate taken in the group is `plate_in_group` (a store role
    may not see the vehicle, whose plate the database's unique index still refuses)."""
    try:
        return add_vehicle_in(session, plate=plate, owner_id=owner_id, who=who)
    except Conflict as exc:
        if exc.field != "plate":
            raise
        raise plate_in_group() from None


def _tie_to_group_customer(session: Session, visit: Visit, customer_id: int, vehicle_id: int,
                           *, who: str) -> None:
    """The visitor is the group customer `customer_id`, come in their car `vehicle_id`: the
    visit is theirs, the visit's store serves them (linked on the flush, as a greeting
    links them: `stores_link.link_customers`), one audit row says how."""
    visit.customer_id, visit.vehicle_id = customer_id, vehicle_id
    audit.record_event(session, action="link_store", entity="customers", entity_id=customer_id,
                       after={"store_id": visit.store_id, "visit_id": visit.id,
                              "proof": "plate_mobile"}, who=who, customer_id=customer_id)
    session.flush()


@acting.needs(Permission.ARRIVAL)
def hand_over(db: Database, visit_id: int, staff_id: int, *,
              now: datetime | None = None) -> VisitRecord:
    """Record that reception handed the visitor to a member of staff."""
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, *_VISIT)
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise ValidationError("所选员工不存在或已离职。",
                                  "The chosen member of staff does not exist or has left.",
                                  field="staff_id")
        visit.handled_by_id, visit.handed_over_at = staff.id, now_utc(now)
        s.flush()
        return _visit_records(s, [visit])[0]


@acting.needs(Permission.ARRIVAL)
def check_in_arrival(db: Database, visit_id: int, *, who: str = "",
                     now: datetime | None = None) -> ArrivalCard:
    """Check an arriving car in from its pop-up, in one transaction: its work order (the
    open one, else a draft from today's booking, else a walk-in draft), today's booking
    marked checked in, the visit's purpose set to service; returns the card as it now is.
    The advisor records mileage, fuel and concerns on the service desk."""
    at = now_utc(now)
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, *_VISIT)
        if visit.vehicle_id is None:
            raise ValidationError("此到访尚未关联车辆，请先确认或登记车辆。",
                                  "This arrival has no vehicle yet: confirm or register it first.",
                                  field="vehicle_id")
        order = work_orders.open_for_arrival_in(s, visit.vehicle_id, who=who, at=at)
        booking_id = order.booking_id or bookings.todays_booking_id_in(s, visit.vehicle_id, at)
        if booking_id is not None:
            bookings.mark_checked_in_in(s, s.get(Booking, booking_id), who)
        visit.purpose = VisitPurpose.SERVICE
        s.flush()
        _, others = _lookup(s, visit.plate_read)
        return _card(s, visit, others)


@acting.needs(Permission.ARRIVAL)
def set_purpose(db: Database, visit_id: int, purpose: str,
                outcome: str | None = None) -> VisitRecord:
    """Record why the visitor came and, optionally, how the visit ended."""
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, *_VISIT)
        visit.purpose = parse_choice(VisitPurpose, purpose, "purpose", "到店目的", "purpose")
        if outcome is not None:
            visit.outcome = outcome.strip()
        s.flush()
        return _visit_records(s, [visit])[0]


@acting.needs(Permission.ARRIVAL)
def todays_arrivals(db: Database, day: date | None = None, *,
                    now: datetime | None = None) -> tuple[VisitRecord, ...]:
    """The arrivals of the store's `day` (default today), newest first."""
    with db.session() as s:
        return todays_arrivals_in(s, day or store_today(now))


def todays_arrivals_in(session: Session, day: date) -> tuple[VisitRecord, ...]:
    """The arrivals of the store's `day`, newest first, inside an open session."""
    start, end = day_bounds(day)
    visits = list(session.scalars(select(Visit).where(in_scope(Visit.store_id),
                                                      Visit.arrived_at >= start,
                                                      Visit.arrived_at < end)
                                  .order_by(Visit.arrived_at.desc(), Visit.id.desc())))
    return _visit_records(session, visits)


@acting.needs(Permission.ARRIVAL)
def arrivals_after(db: Database, visit_id: int, *, limit: int = 50) -> tuple[VisitRecord, ...]:
    """Arrivals recorded after the visit `visit_id`, oldest first: how a desk that did not
    see the gate itself learns of new arrivals (a cheap poll by primary key)."""
    with db.session() as s:
        visits = list(s.scalars(select(Visit).where(Visit.id > visit_id, in_scope(Visit.store_id))
                                .order_by(Visit.id).limit(limit)))
        return _visit_records(s, visits)


def _confidence(value: float | None) -> float | None:
    """A read's confidence, which is a probability: within [0, 1] or refused."""
    if value is None:
        return None
    if not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:   # NaN fails too
        raise ValidationError(f"识别置信度须在 0 到 1 之间：{value}。",
                              f"A read's confidence is between 0 and 1, not {value}.",
                              field="confidence")
    return float(value)


@acting.needs(Permission.ARRIVAL)
def arrival_cards_after(db: Database, visit_id: int, *,
                        limit: int = 50) -> tuple[ArrivalCard, ...]:
    """The cards of the arrivals recorded after `visit_id`, oldest first, in one session
    (the poll of a desk that did not see the gate itself)."""
    with db.session() as s:
        visits = list(s.scalars(select(Visit).where(Visit.id > visit_id, in_scope(Visit.store_id))
                                .order_by(Visit.id).limit(limit)))
        return tuple(_card(s, visit, _lookup(s, visit.plate_read)[1]) for visit in visits)


def _arrival_time(read: PlateRead, now: datetime | None) -> datetime:
    if now is not None:
        return now_utc(now)
    if read.first_seen is not None and read.first_seen.tzinfo is not None:
        return read.first_seen.astimezone(UTC)
    return now_utc()


#: The most recent work orders of a vehicle the arrival card considers.
VEHICLE_ORDERS = 50


#: What the card's `CustomerBrief` reads of a customer, in its order.
_BRIEF_COLUMNS = (Customer.id, Customer.name, Customer.salutation, Customer.tier, Customer.kind,
                  Customer.mobile, Customer.consent_plate_recognition, Customer.notes)


def _statements() -> dict[str, Select]:
    """The arrival path's queries for the store scope it works in."""
    return _scoped_statements(store_scope.current())


@lru_cache(maxsize=64)
def _scoped_statements(_scope: store_scope.Scope) -> dict[str, Select]:
    """The card's queries for a scope, built once per scope (building a statement costs
    more than running it on an indexed table): a store's card shows its own visits,
    bookings, work orders and complaints of a customer the group shares."""
    previous = _earlier_visits()
    return {
        "customer": _with_owner_card(select()).where(Customer.id == bindparam("customer_id")),
        "vehicle_visits": previous.where(Visit.vehicle_id == bindparam("vehicle_id")),
    }


def _earlier_visits() -> Select:
    """How many of the scope's visits other than bound `visit_id` there are, and the
    latest (the caller says whose)."""
    return select(func.count(), func.max(Visit.arrived_at)).where(
        Visit.id != bindparam("visit_id"), in_scope(Visit.store_id))


def _with_owner_card(statement: Select, only_if=None) -> Select:
    """`statement` (which joins `Customer`, or reads nothing yet) with what the card shows
    of the customer: `_BRIEF_COLUMNS`, the consultant's and the advisor's (id, name, role),
    whether a complaint is open, and how many visits other than bound `visit_id` the
    customer made, with the latest; for the scope of the caller's builder. With `only_if`,
    the three counted columns are NULL on the rows where it does not hold (their
    subqueries are not run there)."""
    consultant, advisor = aliased(Staff, name="consultant"), aliased(Staff, name="advisor")
    open_complaint = select(Complaint.id).where(Complaint.customer_id == Customer.id,
                                                Complaint.status.in_(OPEN_STATUSES),
                                                in_scope_or_unowned(Complaint.store_id))
    previous = _earlier_visits().where(Visit.customer_id == Customer.id)
    counted = [open_complaint.exists(), *(previous.with_only_columns(c).scalar_subquery()
                                          for c in (func.count(), func.max(Visit.arrived_at)))]
    if only_if is not None:
        counted = [case((only_if, column)) for column in counted]
    return (statement.add_columns(
        *_BRIEF_COLUMNS, consultant.id, consultant.name, consultant.role,
        advisor.id, advisor.name, advisor.role, *counted)
        .outerjoin(consultant, consultant.id == Customer.consultant_id)
        .outerjoin(advisor, advisor.id == Customer.advisor_id))


def _todays_booking_query() -> Select:
    """The vehicle's (bound `vehicle_id`) first active booking of the scope between bound
    `start` and `end`: id, slot start and end, status, bay and advisor names."""
    return (select(Booking.id, Booking.slot_start, Booking.slot_end, Booking.status,
                   Bay.name, Staff.name)
            .join(Bay, Bay.id == Booking.bay_id)
            .outerjoin(Staff, Staff.id == Booking.advisor_id)
            .where(Booking.vehicle_id == bindparam("vehicle_id"),
                   Booking.slot_start >= bindparam("start", type_=UTCDateTime()),
                   Booking.slot_start < bindparam("end", type_=UTCDateTime()),
                   Booking.status.in_(ACTIVE_BOOKINGS), in_scope(Booking.store_id))
            .order_by(Booking.slot_start).limit(1))


#: The parts of a known vehicle's card that `_vehicle_parts_statement` reads together.
_BOOKING, _BOOKED_ITEM, _OPEN_ORDER, _CARE = range(1, 5)


@lru_cache(maxsize=64)
def _vehicle_parts_statement(_scope: store_scope.Scope, with_care: bool):
    """Today's booking of the vehicle (bound `vehicle_id`, `start`, `end`) with its items,
    its open work orders and, `with_care`, its owner's care items due (bound as
    `care_desk.notices_params` says) with the store's care settings: one statement (a
    union, each row tagged with its part), so the card costs one round trip, not four.

    Columns: part, id, name, code (a status or kind), two times, a day, a second text, a
    store and the settings."""
    booking = _todays_booking_query().subquery()
    booking_id = select(booking.c.id).scalar_subquery()
    items = (select(ServiceItem.id, ServiceItem.name)
             .join(booking_items, booking_items.c.service_item_id == ServiceItem.id)
             .where(booking_items.c.booking_id == booking_id).subquery())
    orders = (select(WorkOrder.id, WorkOrder.number, WorkOrder.status, WorkOrder.promised_at)
              .where(WorkOrder.vehicle_id == bindparam("vehicle_id"),
                     WorkOrder.status.in_(OPEN_WORK_ORDER_STATUSES),
                     in_scope(WorkOrder.store_id))
              .order_by(WorkOrder.id.desc()).limit(VEHICLE_ORDERS).subquery())

    def part(code, ident, name=None, kind=None, at=None, until=None, day=None, text=None,
             store=None, settings=None):
        # A part's missing columns are NULLs cast to the column's type (PostgreSQL types a
        # union's columns pairwise, and two bare NULLs become text).
        values = zip((name, kind, at, until, day, text, store, settings),
                     (String(), String(), UTCDateTime(), UTCDateTime(), Date(), String(),
                      Integer(), JSON()), strict=True)
        return select(literal_column(str(code), Integer), ident,
                      *(cast(null(), kind_) if value is None else type_coerce(value, kind_)
                        for value, kind_ in values))

    parts = [
        part(_BOOKING, booking.c.id, name=booking.c.name, kind=booking.c.status,
             at=booking.c.slot_start, until=booking.c.slot_end, text=booking.c.name_1)
        .select_from(booking),
        part(_BOOKED_ITEM, items.c.id, name=items.c.name).select_from(items),
        part(_OPEN_ORDER, orders.c.id, name=orders.c.number, kind=orders.c.status,
             at=orders.c.promised_at).select_from(orders),
    ]
    if with_care:
        care = notices_query(True, _scope).subquery()
        parts.append(
            part(_CARE, care.c.id, kind=care.c.kind, day=care.c.due_date,
                 text=care.c.occurrence, store=care.c.store_id, settings=CareSetting.values)
            .select_from(care).outerjoin(CareSetting, and_(
                CareSetting.store_id == care.c.store_id, CareSetting.section == CARE_RULES)))
    return union_all(*parts)


def _withheld_visit(session: Session, read: PlateRead, arrived_at: datetime,
                    confidence: float | None, read_id: str | None) -> Visit:
    """Record the arrival of a customer who did not consent to plate recognition: that a
    car came, nothing that identifies it; the read's snapshot is deleted."""
    if read.snapshot_path:
        delete_snapshot(read.snapshot_path)
    visit = Visit(arrived_at=arrived_at, plate_read="", confidence=confidence,
                  snapshot_path=None, camera=camera_label(read.camera),
                  match=MatchKind.WITHHELD, read_id=read_id)
    session.add(visit)
    session.flush()
    return visit


def _fleet_visit(session: Session, read: PlateRead, plate: str, arrived_at: datetime,
                 confidence: float | None, read_id: str | None, car_id: int) -> ArrivalCard:
    """Record the arrival of the store's own test-drive car and close its open drive."""
    closed = test_drives.close_at_gate_in(session, car_id, arrived_at)
    visit = Visit(arrived_at=arrived_at, plate_read=plate, confidence=confidence,
                  snapshot_path=read.snapshot_path, camera=camera_label(read.camera),
                  match=MatchKind.FLEET, read_id=read_id)
    session.add(visit)
    session.flush()
    return replace(_card(session, visit, []), test_drive_number=closed.drive_number)


@dataclass(frozen=True)
class _Found:
    """What an arrival's one lookup found: the vehicles (rows of `_CARD_VEHICLE_COLUMNS`
    and their owner's `consent_plate_recognition`), each owned one's card columns (by
    vehicle id, for `_owner_of`), and the store's fleet car of the plate (known only when a
    vehicle came back: `fleet_checked`)."""

    rows: list[Row]
    owners: dict[int, tuple]
    fleet_car: int | None = None
    fleet_checked: bool = False


def _arrival_lookup(session: Session, plate: str, fleet_plate: str,
                    store_id: int | None) -> _Found:
    """`_lookup_rows` of `plate` for an arrival, with the owners' card columns and the
    fleet car of `fleet_plate` ("" for none) of `store_id` (any store's when None) in the
    same statement."""
    wanted = _wanted(plate)
    if not wanted:
        return _Found([], {})
    statement = _arrival_lookup_statement(session.get_bind().dialect.name,
                                          store_scope.current(), store_id is not None)
    rows = session.connection().execute(statement, {
        "plates": sorted(wanted), "plate": fleet_plate, "store_id": store_id,
        "visit_id": 0}).all()
    fleet = len(_CARD_VEHICLE_COLUMNS) + 1   # after the vehicle's columns and the consent
    return _Found(rows,
                  {row.id: tuple(row[fleet + 1:]) for row in rows if row.owner_id is not None},
                  rows[0][fleet] if rows else None, bool(rows))


def _consented(plate: str, rows: list[Row]) -> tuple[Row | None, list[Row], bool]:
    """`_split` of the vehicles whose owners consented, and whether `plate` is exactly the
    plate of a customer who has not consented to plate recognition (then nothing else
    counts)."""
    if any(v.plate == plate and v.consent_plate_recognition is False for v in rows):
        return None, [], True
    exact, others = _split(plate, [v for v in rows if v.consent_plate_recognition is not False])
    return exact, others, False


def _lookup(session: Session, plate: str) -> tuple[Vehicle | None, list[Vehicle]]:
    """The active vehicle whose plate is exactly `plate`, and those one confusion away or
    with the same serial in another province (for a read missing its province character,
    those with any province); vehicles of customers without plate-recognition consent
    are left out."""
    rows = _lookup_rows(session, plate)
    return _split(plate, [v for v, consent in rows if consent is not False])


def _split(plate: str, found: list[Vehicle]) -> tuple[Vehicle | None, list[Vehicle]]:
    exact = next((v for v in found if v.plate == plate), None)
    return exact, sorted((v for v in found if v is not exact), key=lambda v: v.plate)


def _wanted(plate: str) -> set[str]:
    """The plates a read of `plate` may be: itself, its valid one-confusion variants and
    its serial in other provinces (for a read missing its province, every province)."""
    if plates.is_valid(plate):
        return {plate} | plates.valid_confusable_variants(plate) \
            | plates.in_other_provinces(plate)
    if plates.is_partial(plate):
        return {p + plate for p in plates.PROVINCES if plates.is_valid(p + plate)}
    return plates.valid_confusable_variants(plate)


def _lookup_rows(session: Session, plate: str) -> list[tuple[Vehicle, bool | None]]:
    """The active vehicles `_lookup` considers, each with its owner's plate-recognition
    consent (None for a vehicle nobody owns)."""
    wanted = _wanted(plate)
    if not wanted:
        return []
    lookup = _lookup_statement(session.get_bind().dialect.name, store_scope.current())
    return [(row[0], row[1]) for row in session.execute(lookup, {"plates": sorted(wanted)})]


@lru_cache(maxsize=64)
def _lookup_statement(dialect: str, scope: store_scope.Scope) -> Select:
    """The vehicle lookup for `scope`, built once per scope."""
    return _matching(select(Vehicle, Customer.consent_plate_recognition), dialect, scope)


def _matching(lookup: Select, dialect: str, scope: store_scope.Scope) -> Select:
    """`lookup` (of vehicles and their owner's columns) of the active vehicles of `scope`
    carrying one of the bound `plates`: on PostgreSQL the plates go as one array
    (`= ANY`), elsewhere as an expanded IN."""
    plate_in = (Vehicle.plate == any_(bindparam("plates", type_=postgresql.ARRAY(String))))\
        if dialect == "postgresql" else Vehicle.plate.in_(bindparam("plates", expanding=True))
    lookup = (lookup.outerjoin(Customer, Customer.id == Vehicle.owner_id)
              .where(plate_in, Vehicle.active.is_(True)))
    return lookup.where(vehicle_seen()) if scope != store_scope.Scope() else lookup


#: What an arrival reads of each vehicle: what matching and the card's `VehicleBrief` need.
_CARD_VEHICLE_COLUMNS = (Vehicle.id, Vehicle.plate, Vehicle.owner_id, Vehicle.plate_color,
                         Vehicle.brand, Vehicle.model, Vehicle.colour, Vehicle.new_energy,
                         Vehicle.mileage_km)


@lru_cache(maxsize=64)
def _arrival_lookup_statement(dialect: str, scope: store_scope.Scope, of_a_store: bool
                              ) -> Select:
    """The vehicle lookup of `_matching` read as columns (`_CARD_VEHICLE_COLUMNS`, the
    owner's consent) with, on each row, the fleet car of bound `plate` (of bound `store_id`
    when `of_a_store`) and `_with_owner_card`'s columns of the owner, counted only on the
    row of the plate read (a sure read's greeting; candidates need none)."""
    fleet = test_drives.fleet_lookup(of_a_store).scalar_subquery()
    lookup = select(*_CARD_VEHICLE_COLUMNS, Customer.consent_plate_recognition, fleet)
    return _with_owner_card(_matching(lookup, dialect, scope),
                            only_if=Vehicle.plate == bindparam("plate"))


def _card(session: Session, visit: Visit, others: list[Vehicle],
          owner: tuple | None = None, vehicle: Vehicle | Row | None = None) -> ArrivalCard:
    """The card for `visit`; full details once it is linked to a vehicle (with `owner`,
    the customer's card columns, and `vehicle`, its linked or candidate vehicle's, when a
    lookup already read them)."""
    linked = visit.vehicle_id is not None or visit.customer_id is not None
    card = dict(
        visit_id=visit.id, match=str(MatchKind.EXACT if linked else visit.match),
        plate=visit.plate_read, plate_display=plates.format_plate(visit.plate_read),
        plate_valid=plates.is_valid(visit.plate_read), confidence=visit.confidence,
        arrived_at=visit.arrived_at, camera=visit.camera, snapshot_path=visit.snapshot_path,
        confirmed=linked and visit.match is not MatchKind.EXACT,
    )
    if linked:
        if vehicle is None and visit.vehicle_id:
            vehicle = session.get(Vehicle, visit.vehicle_id)
        lookalikes = len(others) if visit.match is MatchKind.EXACT else 0
        return ArrivalCard(**card, **_details(session, visit, vehicle, owner),
                           lookalikes=lookalikes)
    if visit.match is MatchKind.CANDIDATE and visit.candidate_vehicle_id is not None:
        if vehicle is None:
            vehicle = session.get(Vehicle, visit.candidate_vehicle_id)
        person = session.get(Customer, vehicle.owner_id) if vehicle.owner_id else None
        return ArrivalCard(**card, candidate=Candidate(_vehicle_brief(vehicle),
                                                       _customer_brief(person)))
    if visit.match is MatchKind.AMBIGUOUS:
        return ArrivalCard(**card, candidate_plates=tuple(v.plate for v in others))
    return ArrivalCard(**card)


def _details(session: Session, visit: Visit, vehicle: Vehicle | Row | None,
             owner: tuple | None = None) -> dict:
    """Everything the card shows about a known vehicle and its owner (`owner`: the
    customer's card columns when a lookup already read them).

    This is the arrival hot path: the customer's row and the vehicle's parts, each one
    indexed statement of columns.
    """
    today = store_today(visit.arrived_at)
    customer, consultant, advisor, complaint, (count, last) = \
        _owner_of(owner) if owner is not None else _customer_row(session, visit)
    if customer is None:
        count, last = _previous_visits(session, visit)
    details = dict(
        customer=customer, last_visit_at=last, visit_count=count,
        open_complaint=complaint, consultant=consultant, advisor=advisor,
        complaint=open_brief(session, customer.id, visit.arrived_at) if complaint else None,
    )
    if vehicle is None:
        details["care_due"] = customer_notices(session, visit.customer_id, today) \
            if visit.customer_id is not None else ()
        return details
    booking, open_orders, care_due = _vehicle_parts(session, vehicle.id, visit.customer_id,
                                                    today)
    return details | dict(vehicle=_vehicle_brief(vehicle), booking=booking,
                          open_work_orders=open_orders, care_due=care_due)


def _customer_row(session: Session, visit: Visit):
    """`_owner_of` the visit's customer (no customer: nothing, no visits counted)."""
    if visit.customer_id is None:
        return None, None, None, False, (0, None)
    return _owner_of(session.execute(_statements()["customer"], {
        "customer_id": visit.customer_id, "visit_id": visit.id}).one())


def _owner_of(columns):
    """(the customer's brief, consultant, advisor, has an open complaint, (how many earlier
    visits the customer made, the latest)) from `_with_owner_card`'s columns."""
    brief, rest = _brief_of(*columns[:len(_BRIEF_COLUMNS)]), columns[len(_BRIEF_COLUMNS):]

    def staff(ident, name, role):
        return StaffBrief(ident, name, str(role)) if ident is not None else None

    return brief, staff(*rest[0:3]), staff(*rest[3:6]), bool(rest[6]), (rest[7], rest[8])


def _previous_visits(session: Session, visit: Visit) -> tuple[int, datetime | None]:
    """How many earlier visits the vehicle of a visit without a customer made, and the
    latest."""
    params = {"vehicle_id": visit.vehicle_id, "visit_id": visit.id}
    return tuple(session.execute(_statements()["vehicle_visits"], params).one())


def _vehicle_parts(session: Session, vehicle_id: int, customer_id: int | None, today: date):
    """The vehicle's active booking today (with its items), its open work orders (oldest
    first) and, with a customer, the customer's care notices for it: one statement."""
    start, end = day_bounds(today)
    params = {"vehicle_id": vehicle_id, "start": start, "end": end}
    if customer_id is not None:
        params |= notices_params(customer_id, today, vehicle_id)
    rows = session.connection().execute(_vehicle_parts_statement(store_scope.current(),
                                                    customer_id is not None), params).all()
    parts = {code: sorted((r for r in rows if r[0] == code), key=lambda r: (r[6] or today, r[1]))
             for code in (_BOOKING, _BOOKED_ITEM, _OPEN_ORDER, _CARE)}
    booking = next((BookingBrief(r[1], r[4], r[5], tuple(i[2] for i in parts[_BOOKED_ITEM]),
                                 r[2], r[7], r[3]) for r in parts[_BOOKING]), None)
    orders = tuple(WorkOrderBrief(r[1], r[2], r[3], r[4]) for r in parts[_OPEN_ORDER])
    care = parts[_CARE]
    notices = notices_of([(r[1], r[8], r[3], r[6], r[7]) for r in care], today,
                         with_overrides(care[0][9] or {})) if care else ()
    return booking, orders, notices


def _customer_brief(c: Customer | None) -> CustomerBrief | None:
    if c is None:
        return None
    return _brief_of(*(getattr(c, column.key) for column in _BRIEF_COLUMNS))


def _brief_of(ident, name, salutation, tier, kind, mobile, consent, notes) -> CustomerBrief:
    """The brief of a customer from `_BRIEF_COLUMNS`' values."""
    return CustomerBrief(ident, name, salutation, greeting(name, salutation), str(tier),
                         str(kind), mask_mobile(mobile), consent, (notes or "").strip())


def _vehicle_brief(v: Vehicle | Row) -> VehicleBrief:
    return VehicleBrief(v.id, v.plate, plates.format_plate(v.plate), str(v.plate_color),
                        v.brand, v.model, v.colour, v.new_energy, v.mileage_km)


def _visit_records(session: Session, visits: list[Visit]) -> tuple[VisitRecord, ...]:
    customer_ids = {v.customer_id for v in visits if v.customer_id is not None}
    staff_ids = {v.handled_by_id for v in visits if v.handled_by_id is not None}
    customers = {c.id: c for c in session.scalars(
        select(Customer).where(Customer.id.in_(customer_ids)))} if customer_ids else {}
    staff = {s.id: s.name for s in session.scalars(
        select(Staff).where(Staff.id.in_(staff_ids)))} if staff_ids else {}
    known_plates = visit_plates_in(session, visits)
    records = []
    for v in visits:
        c = customers.get(v.customer_id)
        records.append(VisitRecord(
            id=v.id, arrived_at=v.arrived_at, plate=known_plates[v.id],
            plate_display=plates.format_plate(known_plates[v.id]), match=str(v.match),
            confidence=v.confidence, camera=v.camera, snapshot_path=v.snapshot_path,
            vehicle_id=v.vehicle_id, customer_id=v.customer_id,
            customer_name=c.name if c else None,
            greeting=greeting(c.name, c.salutation) if c else None,
            candidate_vehicle_id=v.candidate_vehicle_id, purpose=str(v.purpose),
            outcome=v.outcome, handled_by_id=v.handled_by_id,
            handled_by_name=staff.get(v.handled_by_id), handed_over_at=v.handed_over_at,
            read_deleted_at=v.read_deleted_at))
    return tuple(records)


@acting.needs(Permission.ARRIVAL)
def latest_visit_id(db: Database) -> int:
    """The id of the newest visit (0 when there is none): where a desk starts polling."""
    with db.session() as s:
        return s.scalar(select(func.max(Visit.id)).where(in_scope(Visit.store_id))) or 0


def camera_label(camera: str | None) -> str:
    """A short name for the camera a read came from, as visits keep it: no credentials
    from a stream URL, a file's name without its folder, at most 40 characters."""
    text = redact((camera or "").strip() or "gate")
    if "://" not in text and ("/" in text or "\\" in text):
        text = PureWindowsPath(text).name
    return text if len(text) <= 40 else "…" + text[-39:]
