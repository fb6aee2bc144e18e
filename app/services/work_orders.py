"""Work orders (工单): draft from a booking or a walk-in, check-in, lines and the customer's
approval, the inspection checklist, the status flow and the board.

Labour lines cost hours × rate; part lines take parts from stock: reserved when the customer
approves them, taken out when the repair is done (in repair → quality check), released when
declined or cancelled. Every status move is checked by `app.domain.workflow` and recorded
with who and when. Declined work stays on its work order and is offered again at the
vehicle's next visit (`declined_work`, `offer_again`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app import acting
from app.db import Database
from app.domain import workflow
from app.domain.roles import Permission
from app.domain.workflow import MoveRefused, WorkOrderStatus
from app.errors import Conflict, ValidationError
from app.models import (
    Approval,
    Bay,
    Booking,
    BookingStatus,
    Customer,
    InspectionItem,
    InspectionResult,
    LineKind,
    Part,
    ServiceItem,
    Staff,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
    WorkOrderStatusChange,
)
from app.services import audit, bookings, parts
from app.services.common import (
    check_version,
    get_or_raise,
    now_utc,
    parse_choice,
    stale_guard,
    store_today,
)
from app.services.vehicles import mileage_forward
from app.services.work_order_records import (
    CENT,
    ChangeRecord,
    DeclinedWork,
    InspectionRecord,
    LineRecord,
    WorkOrderDetail,
    line_record,
    vehicle_text,
)
from app.services.work_order_records import (
    amount as _amount,
)
from app.validation import check_value

_WHAT = ("工单", "work order")
#: The labour rate (元/工时) offered for a line typed by hand.
DEFAULT_LABOUR_RATE = Decimal("300.00")
#: Statuses in which lines may still be added, answered or removed.
LINES_EDITABLE = frozenset({
    WorkOrderStatus.WAITING_CHECK_IN, WorkOrderStatus.DIAGNOSING,
    WorkOrderStatus.AWAITING_APPROVAL, WorkOrderStatus.IN_REPAIR,
    WorkOrderStatus.QUALITY_CHECK})


# --- opening and check-in -----------------------------------------------------------------
@acting.needs(Permission.WORK_ORDER_EDIT)
def open_work_order(db: Database, *, booking_id: int | None = None,
                    vehicle_id: int | None = None, advisor_id: int | None = None,
                    who: str = "", now: datetime | None = None) -> WorkOrderDetail:
    """A work-order draft (waiting for check-in) for a booking, or for a walk-in vehicle.

    From a booking: customer, vehicle, advisor, technician, bay and the booked items as
    labour lines awaiting approval. A booking that already has an open work order gets that
    one back.
    """
    with db.session() as s:
        order = open_work_order_in(s, booking_id=booking_id, vehicle_id=vehicle_id,
                                   advisor_id=advisor_id, who=who, at=now_utc(now))
        return _detail(s, order)


def open_work_order_in(s: Session, *, booking_id: int | None, vehicle_id: int | None,
                       advisor_id: int | None, who: str, at: datetime) -> WorkOrder:
    """`open_work_order` inside the caller's session (for use cases that do more)."""
    booking = None
    if booking_id is not None:
        booking = get_or_raise(s, Booking, booking_id, "预约", "booking", field="booking_id")
        existing = s.scalars(select(WorkOrder).where(
            WorkOrder.booking_id == booking.id,
            WorkOrder.status != WorkOrderStatus.CANCELLED)).first()
        if existing is not None:
            return existing
        if booking.status not in (BookingStatus.BOOKED, BookingStatus.CHECKED_IN):
            raise ValidationError(f"该预约状态为“{booking.status}”，不能接车。",
                                  f"This booking is {booking.status}; it cannot be checked in.",
                                  field="booking_id")
        vehicle_id = booking.vehicle_id
    vehicle = get_or_raise(s, Vehicle, vehicle_id, "车辆", "vehicle", field="vehicle_id")
    order = WorkOrder(
        number=_next_number(s, at), vehicle_id=vehicle.id, customer_id=vehicle.owner_id,
        status=WorkOrderStatus.WAITING_CHECK_IN, opened_at=at, concerns="", valuables="",
        advisor_id=advisor_id if advisor_id is not None else
        (booking.advisor_id if booking else None))
    if booking is not None:
        order.booking_id, order.bay_id = booking.id, booking.bay_id
        order.technician_id = booking.technician_id
        order.concerns = booking.notes or ""
        order.promised_at = at + (booking.slot_end - booking.slot_start) + timedelta(hours=1)
        for item in booking.items:
            order.lines.append(_labour_from_item(item))
    s.add(order)
    s.flush()
    s.add(WorkOrderStatusChange(work_order_id=order.id, from_status=None,
                                to_status=order.status, by_id=order.advisor_id, at=at))
    audit.record(s, who=who, action="create", row=order)
    return order


@acting.needs(Permission.WORK_ORDER_EDIT)
def open_for_arrival(db: Database, vehicle_id: int, *, advisor_id: int | None = None,
                     who: str = "", now: datetime | None = None) -> WorkOrderDetail:
    """The work order to check an arriving vehicle in with: its open work order if it has
    one, else a draft from today's booking, else a walk-in draft (the arrival pop-up's
    "open a work order"). One transaction."""
    with db.session() as s:
        order = open_for_arrival_in(s, vehicle_id, advisor_id=advisor_id, who=who,
                                    at=now_utc(now))
        return _detail(s, order)


def open_for_arrival_in(s: Session, vehicle_id: int, *, advisor_id: int | None = None,
                        who: str = "", at: datetime) -> WorkOrder:
    """`open_for_arrival` inside the caller's session."""
    get_or_raise(s, Vehicle, vehicle_id, "车辆", "vehicle", field="vehicle_id")
    existing = s.scalars(select(WorkOrder).where(
        WorkOrder.vehicle_id == vehicle_id,
        WorkOrder.status.in_([x for x in WorkOrderStatus if x in workflow.OPEN]))
        .order_by(WorkOrder.opened_at.desc())).first()
    if existing is not None:
        return existing
    booking_id = bookings.todays_booking_id_in(s, vehicle_id, at)
    return open_work_order_in(s, booking_id=booking_id,
                              vehicle_id=None if booking_id is not None else vehicle_id,
                              advisor_id=advisor_id, who=who, at=at)


@acting.needs(Permission.WORK_ORDER_EDIT)
def check_in(db: Database, work_order_id: int, expected_version: int, *, mileage_km: int,
             fuel_level: int, concerns: str = "", valuables: str = "",
             promised_at: datetime | None = None, by_id: int | None = None, who: str = "",
             now: datetime | None = None) -> WorkOrderDetail:
    """Record what reception notes at check-in and move the car to diagnosing.

    Mileage may not be lower than the vehicle's recorded one; fuel or charge is 0–100 %.
    The booking, if any, is marked checked in and the vehicle's mileage updated.
    """
    at = now_utc(now)
    with db.session() as s:
        order = _editable(s, work_order_id, expected_version)
        vehicle = s.get(Vehicle, order.vehicle_id)
        order.mileage_km = _mileage(mileage_km, vehicle.mileage_km)
        order.fuel_level = _fuel(fuel_level)
        order.concerns = (concerns or "").strip()
        order.valuables = (valuables or "").strip()
        if promised_at is not None:
            order.promised_at = promised_at
        vehicle.mileage_km, vehicle.mileage_date = order.mileage_km, store_today(at)
        if order.booking_id is not None:
            bookings.mark_checked_in_in(s, s.get(Booking, order.booking_id), who)
        _move(s, order, WorkOrderStatus.DIAGNOSING, by_id, at, "接车")
        return _save(s, order, who)


@acting.needs(Permission.WORK_ORDER_EDIT)
def update_reception(db: Database, work_order_id: int, expected_version: int, *,
                     who: str = "", **fields) -> WorkOrderDetail:
    """Change what reception recorded: mileage_km, fuel_level, concerns, valuables,
    promised_at, advisor_id, technician_id, bay_id."""
    allowed = {"mileage_km", "mileage_reason", "fuel_level", "concerns", "valuables",
               "promised_at", "advisor_id", "technician_id", "bay_id"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown work-order fields: {sorted(unknown)}")
    with db.session() as s:
        order = _editable(s, work_order_id, expected_version)
        if "mileage_km" in fields:
            recorded = s.get(Vehicle, order.vehicle_id).mileage_km
            order.mileage_km = None if fields["mileage_km"] is None else _mileage(
                fields["mileage_km"], recorded, fields.get("mileage_reason"))
        if "fuel_level" in fields:
            order.fuel_level = None if fields["fuel_level"] is None else _fuel(fields["fuel_level"])
        for name in ("concerns", "valuables"):
            if name in fields:
                setattr(order, name, (fields[name] or "").strip())
        if "promised_at" in fields:
            order.promised_at = fields["promised_at"]
        for name, model, what in (("advisor_id", Staff, ("员工", "member of staff")),
                                  ("technician_id", Staff, ("员工", "member of staff")),
                                  ("bay_id", Bay, ("工位", "bay"))):
            if name in fields:
                ident = fields[name]
                if ident is not None:
                    get_or_raise(s, model, ident, *what, field=name)
                setattr(order, name, ident)
        return _save(s, order, who, (fields.get("mileage_reason") or "").strip() or None)


# --- lines and approval -------------------------------------------------------------------
@acting.needs(Permission.WORK_ORDER_EDIT)
def add_labour_line(db: Database, work_order_id: int, expected_version: int, *,
                    description: str, hours, rate=DEFAULT_LABOUR_RATE,
                    service_item_id: int | None = None, who: str = "") -> WorkOrderDetail:
    """Add a labour line (工时) of `hours` at `rate` yuan an hour, awaiting approval."""
    hours, rate = _decimal(hours, "hours", "工时"), _decimal(rate, "rate", "工时单价")
    if hours <= 0:
        raise ValidationError("工时须大于 0。", "Hours must be more than 0.", field="hours")
    text = (description or "").strip()
    if not text:
        raise ValidationError("请填写工时项目。", "Describe the labour.", field="description")
    with db.session() as s:
        order = _lines_editable(s, work_order_id, expected_version)
        order.lines.append(WorkOrderLine(
            kind=LineKind.LABOUR, description=text[:120], service_item_id=service_item_id,
            hours=hours, rate=rate, qty=Decimal(1), unit_price=labour_amount(hours, rate)))
        return _save(s, order, who)


@acting.needs(Permission.WORK_ORDER_EDIT)
def add_service_item(db: Database, work_order_id: int, expected_version: int,
                     service_item_id: int, *, who: str = "") -> WorkOrderDetail:
    """Add a catalogue service item as a labour line."""
    with db.session() as s:
        order = _lines_editable(s, work_order_id, expected_version)
        item = get_or_raise(s, ServiceItem, service_item_id, "保养项目", "service item",
                            field="service_item_id")
        order.lines.append(_labour_from_item(item))
        return _save(s, order, who)


@acting.needs(Permission.WORK_ORDER_EDIT)
def add_part_line(db: Database, work_order_id: int, expected_version: int, *, part_id: int,
                  qty: int, who: str = "") -> WorkOrderDetail:
    """Add a part line (配件) at the part's price; stock is reserved once approved."""
    if not isinstance(qty, int) or qty <= 0:
        raise ValidationError("数量须为正整数。", "The quantity must be a positive whole number.",
                              field="qty")
    with db.session() as s:
        order = _lines_editable(s, work_order_id, expected_version)
        part = get_or_raise(s, Part, part_id, "配件", "part", field="part_id")
        order.lines.append(WorkOrderLine(kind=LineKind.PART, description=part.name[:120],
                                         part_id=part.id, qty=Decimal(qty),
                                         unit_price=part.price))
        return _save(s, order, who)


@acting.needs(Permission.WORK_ORDER_EDIT)
def remove_line(db: Database, work_order_id: int, expected_version: int, line_id: int, *,
                who: str = "") -> WorkOrderDetail:
    """Remove a line the customer has not answered yet."""
    return remove_lines(db, work_order_id, expected_version, [line_id], who=who)


@acting.needs(Permission.WORK_ORDER_EDIT)
def remove_lines(db: Database, work_order_id: int, expected_version: int,
                 line_ids: Sequence[int], *, who: str = "") -> WorkOrderDetail:
    """Remove lines the customer has not answered yet, all or none (one transaction)."""
    with db.session() as s:
        order = _lines_editable(s, work_order_id, expected_version)
        for line_id in line_ids:
            line = _line(order, line_id)
            if line.approval is not Approval.PENDING:
                raise ValidationError("客户已答复的项目不能删除。",
                                      "A line the customer has answered cannot be removed.",
                                      field="line_id")
            order.lines.remove(line)
        return _save(s, order, who)


@acting.needs(Permission.WORK_ORDER_EDIT)
def restore_lines(db: Database, work_order_id: int, expected_version: int,
                  lines: Sequence[LineRecord], *, who: str = "") -> WorkOrderDetail:
    """Put removed `lines` back as they were (the undo of `remove_lines`); an approved part
    line reserves its parts again through the stock rules. All or none."""
    with db.session() as s:
        order = _lines_editable(s, work_order_id, expected_version)
        present = {x.id for x in order.lines}
        for record in lines:
            if record.id in present or record.stock_taken_at is not None:
                raise Conflict("该项目已在工单上，无需恢复。",
                               "That line is on the work order already.", field="line_id")
            approval = Approval(record.approval)
            if record.kind == LineKind.PART and record.part_id is not None \
                    and approval is Approval.APPROVED:
                parts.reserve_for_line(s, order, record.part_id, int(record.qty))
            order.lines.append(WorkOrderLine(
                kind=LineKind(record.kind), description=record.description,
                service_item_id=record.service_item_id, part_id=record.part_id,
                hours=record.hours, rate=record.rate, qty=record.qty,
                unit_price=record.unit_price, approval=approval,
                approved_by=record.approved_by, approved_at=record.approved_at))
        return _save(s, order, who)


@acting.needs(Permission.WORK_ORDER_EDIT)
def answer_lines(db: Database, work_order_id: int, expected_version: int,
                 answers: Mapping[int, bool], *, by: str, who: str = "",
                 now: datetime | None = None) -> WorkOrderDetail:
    """Record the customer's answer per line (True approves, False declines), by whom and
    when. Approving a part line reserves it; declining an approved one releases it."""
    at = now_utc(now)
    by = (by or "").strip()
    if not by:
        raise ValidationError("请填写由谁确认（客户姓名）。",
                              "Say who answered (the customer's name).", field="by")
    with db.session() as s:
        order = _lines_editable(s, work_order_id, expected_version)
        for line_id, approved in answers.items():
            line = _line(order, line_id)
            if line.stock_taken_at is not None:
                raise ValidationError(f"“{line.description}”的配件已出库，不能再更改。",
                                      f"The parts of '{line.description}' are already used.",
                                      field="line_id")
            new = Approval.APPROVED if approved else Approval.DECLINED
            if line.kind is LineKind.PART and line.part_id is not None:
                qty = int(line.qty)
                if new is Approval.APPROVED and line.approval is not Approval.APPROVED:
                    parts.reserve_for_line(s, order, line.part_id, qty)
                elif new is not Approval.APPROVED and line.approval is Approval.APPROVED:
                    parts.release(s, order, line.part_id, qty)
            line.approval, line.approved_by, line.approved_at = new, by[:50], at
        return _save(s, order, who)


@acting.needs(Permission.WORK_ORDER_EDIT)
def answer_line(db: Database, work_order_id: int, expected_version: int, line_id: int,
                approved: bool, *, by: str, who: str = "",
                now: datetime | None = None) -> WorkOrderDetail:
    """`answer_lines` for one line."""
    return answer_lines(db, work_order_id, expected_version, {line_id: approved}, by=by,
                        who=who, now=now)


def labour_amount(hours: Decimal, rate: Decimal) -> Decimal:
    """Hours × rate, to the cent."""
    return (hours * rate).quantize(CENT)


# --- inspection, moves and progress -------------------------------------------------------
@acting.needs(Permission.WORKSHOP)
def set_inspection(db: Database, work_order_id: int, expected_version: int,
                   items: Sequence[tuple[str, str, str]], *, who: str = "",
                   now: datetime | None = None) -> WorkOrderDetail:
    """Replace the checklist with `items` of (item, result, note), every item of the
    checklist stored (one not given as unchecked); counts as progress."""
    at = now_utc(now)
    with db.session() as s:
        order = _editable(s, work_order_id, expected_version)
        s.execute(delete(InspectionItem).where(InspectionItem.work_order_id == order.id))
        named = [((name or "").strip(), result, note) for name, result, note in items]
        for name, result, note in workflow.complete_checklist(x for x in named if x[0]):
            s.add(InspectionItem(
                work_order_id=order.id, item=name[:40], note=(note or "").strip(),
                result=parse_choice(InspectionResult, result, "result", "检查结果", "result")))
        order.last_progress_at = at
        return _save(s, order, who)


@acting.needs(Permission.WORKSHOP)
def move(db: Database, work_order_id: int, expected_version: int, to_status: str, *,
         by_id: int | None = None, note: str = "", who: str = "",
         now: datetime | None = None) -> WorkOrderDetail:
    """Move a work order along the board; illegal moves are refused with the reason."""
    to = parse_choice(WorkOrderStatus, to_status, "status", "工单状态", "status")
    at = now_utc(now)
    with db.session() as s:
        order = _editable(s, work_order_id, expected_version)
        if to is WorkOrderStatus.DIAGNOSING and order.status is WorkOrderStatus.WAITING_CHECK_IN \
                and order.mileage_km is None:
            raise ValidationError("请先接车登记里程和油量。",
                                  "Check the car in first (mileage, fuel level).",
                                  field="mileage_km")
        _move(s, order, to, by_id, at, note)
        return _save(s, order, who)


@acting.needs(Permission.WORKSHOP)
def reopen_cancelled(db: Database, work_order_id: int, expected_version: int, *,
                     by_id: int | None = None, who: str = "",
                     now: datetime | None = None) -> WorkOrderDetail:
    """Undo a cancellation: the work order goes back to the status it had, its approved
    parts reserved again. Refused once the vehicle has another open work order, or when
    the stock no longer has the parts."""
    at = now_utc(now)
    with db.session() as s:
        order = get_or_raise(s, WorkOrder, work_order_id, *_WHAT)
        check_version(order, expected_version, *_WHAT)
        before = s.scalars(select(WorkOrderStatusChange.from_status).where(
            WorkOrderStatusChange.work_order_id == order.id,
            WorkOrderStatusChange.to_status == WorkOrderStatus.CANCELLED)
            .order_by(WorkOrderStatusChange.id.desc())).first()
        if order.status is not WorkOrderStatus.CANCELLED or before is None:
            raise Conflict("工单未被取消，无需恢复。", "The work order is not cancelled.",
                           field="status")
        other = s.scalars(select(WorkOrder.number).where(
            WorkOrder.vehicle_id == order.vehicle_id, WorkOrder.id != order.id,
            WorkOrder.status.in_([x for x in WorkOrderStatus if x in workflow.OPEN]))).first()
        if other is not None:
            raise Conflict(f"此车已另开工单 {other}，不能再恢复 {order.number}。",
                           f"The vehicle has another open work order ({other}); "
                           f"{order.number} can no longer be restored.", field="status")
        for line in order.lines:
            if line.kind is LineKind.PART and line.part_id is not None \
                    and line.approval is Approval.APPROVED and line.stock_taken_at is None:
                parts.reserve_for_line(s, order, line.part_id, int(line.qty))
        order.status, order.closed_at, order.last_progress_at = before, None, at
        s.add(WorkOrderStatusChange(work_order_id=order.id, from_status=WorkOrderStatus.CANCELLED,
                                    to_status=before, by_id=by_id, at=at, note="撤销取消"))
        return _save(s, order, who)


@acting.needs(Permission.WORKSHOP)
def record_progress(db: Database, work_order_id: int, note: str, *, by_id: int | None = None,
                    who: str = "", now: datetime | None = None) -> WorkOrderDetail:
    """A progress update (进度更新) without a move: clears the 30-minute flag."""
    at = now_utc(now)
    if not (note or "").strip():
        raise ValidationError("请填写进度说明。", "Write what progressed.", field="note")
    with db.session() as s:
        order = get_or_raise(s, WorkOrder, work_order_id, *_WHAT)
        if order.status not in workflow.IN_SHOP:
            raise ValidationError("只有在店车辆需要更新进度。",
                                  "Only a car in the workshop takes progress updates.",
                                  field="status")
        s.add(WorkOrderStatusChange(work_order_id=order.id, from_status=order.status,
                                    to_status=order.status, by_id=by_id, at=at,
                                    note=note.strip()))
        order.last_progress_at = at
        return _save(s, order, who)


@acting.needs(Permission.WORK_ORDER_VIEW)
def get_work_order(db: Database, work_order_id: int) -> WorkOrderDetail:
    """One work order with its lines, checklist, history and earlier declined work."""
    with db.session() as s:
        return _detail(s, get_or_raise(s, WorkOrder, work_order_id, *_WHAT))


# --- declined work ------------------------------------------------------------------------
@acting.needs(Permission.WORK_ORDER_VIEW)
def declined_work(db: Database, vehicle_id: int, *,
                  exclude_work_order_id: int | None = None) -> tuple[DeclinedWork, ...]:
    """Work the customer declined on this vehicle's earlier work orders and has not had
    done since, newest first."""
    with db.session() as s:
        return _declined(s, vehicle_id, exclude_work_order_id)


@acting.needs(Permission.WORK_ORDER_EDIT)
def offer_again(db: Database, work_order_id: int, expected_version: int,
                line_ids: Sequence[int], *, who: str = "") -> WorkOrderDetail:
    """Copy earlier declined lines onto this work order, awaiting the customer's answer."""
    with db.session() as s:
        order = _lines_editable(s, work_order_id, expected_version)
        offered = {d.line_id for d in _declined(s, order.vehicle_id, order.id)}
        for line_id in line_ids:
            old = s.get(WorkOrderLine, line_id)
            if old is None or line_id not in offered:
                raise ValidationError("该项目不是此车以前拒绝的项目。",
                                      "That line is not work this vehicle declined before.",
                                      field="line_ids")
            price = old.unit_price
            if old.part_id is not None:
                price = s.get(Part, old.part_id).price
            order.lines.append(WorkOrderLine(
                kind=old.kind, description=old.description, service_item_id=old.service_item_id,
                part_id=old.part_id, hours=old.hours, rate=old.rate, qty=old.qty,
                unit_price=price))
        return _save(s, order, who)


def _declined(session: Session, vehicle_id: int,
              exclude_id: int | None) -> tuple[DeclinedWork, ...]:
    rows = session.execute(
        select(WorkOrderLine, WorkOrder.number, WorkOrder.opened_at)
        .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
        .where(WorkOrder.vehicle_id == vehicle_id)
        .order_by(WorkOrder.opened_at.desc(), WorkOrderLine.id)).all()
    done: set[tuple] = set()
    found: dict[tuple, DeclinedWork] = {}
    for line, number, _opened in rows:     # newest work order first
        key = _work_key(line)
        if line.work_order_id == exclude_id:
            done.add(key)                  # already on the current order
            continue
        if line.approval is Approval.APPROVED:
            done.add(key)
        elif line.approval is Approval.DECLINED and key not in done and key not in found:
            found[key] = DeclinedWork(line.id, line.work_order_id, number, line.approved_at,
                                      str(line.kind), line.description, _amount(line))
    return tuple(found.values())


def _work_key(line: WorkOrderLine) -> tuple:
    if line.service_item_id is not None:
        return ("item", line.service_item_id)
    if line.part_id is not None:
        return ("part", line.part_id)
    return ("text", line.kind, line.description)


# --- helpers ------------------------------------------------------------------------------
def _editable(session: Session, work_order_id: int, expected_version: int | None) -> WorkOrder:
    order = get_or_raise(session, WorkOrder, work_order_id, *_WHAT)
    check_version(order, expected_version, *_WHAT)
    if order.status in workflow.CLOSED:
        raise ValidationError(f"工单已{workflow.label(order.status)}，不能再修改。",
                              f"The work order is {workflow.label(order.status, 'en').lower()}"
                              "; it can no longer change.", field="status")
    return order


def _lines_editable(session: Session, work_order_id: int,
                    expected_version: int | None) -> WorkOrder:
    order = _editable(session, work_order_id, expected_version)
    if order.status not in LINES_EDITABLE:
        raise ValidationError("车辆已完工待交车，不能再更改项目。",
                              "The car is ready for pick-up; lines can no longer change.",
                              field="status")
    return order


def _line(order: WorkOrder, line_id: int) -> WorkOrderLine:
    line = next((x for x in order.lines if x.id == line_id), None)
    if line is None:
        raise ValidationError("该项目不属于此工单。", "That line is not on this work order.",
                              field="line_id")
    return line


def _move(session: Session, order: WorkOrder, to: WorkOrderStatus, by_id: int | None,
          at: datetime, note: str) -> None:
    """Check and apply a move with its stock effects, and record it."""
    role = None
    if by_id is not None:
        staff = get_or_raise(session, Staff, by_id, "员工", "member of staff", field="by_id")
        role = str(staff.role)
    pending = sum(1 for x in order.lines if x.approval is Approval.PENDING)
    approved = sum(1 for x in order.lines if x.approval is Approval.APPROVED)
    try:
        workflow.check_move(order.status, to, role=role, pending_lines=pending,
                            approved_lines=approved)
    except MoveRefused as refused:
        raise Conflict(refused.zh, refused.en, field="status") from None
    frm = order.status
    if workflow.takes_parts(frm, to):
        for line in order.lines:
            if line.kind is LineKind.PART and line.part_id is not None \
                    and line.approval is Approval.APPROVED and line.stock_taken_at is None:
                parts.take(session, order, line.part_id, int(line.qty))
                line.stock_taken_at = at
    if to is WorkOrderStatus.CANCELLED:
        for line in order.lines:
            if line.kind is LineKind.PART and line.part_id is not None \
                    and line.approval is Approval.APPROVED and line.stock_taken_at is None:
                parts.release(session, order, line.part_id, int(line.qty))
    order.status, order.last_progress_at = to, at
    if to in workflow.CLOSED:
        order.closed_at = at
        if order.booking_id is not None and to is WorkOrderStatus.DELIVERED:
            booking = session.get(Booking, order.booking_id)
            if booking is not None:
                booking.status = BookingStatus.COMPLETED
    session.add(WorkOrderStatusChange(work_order_id=order.id, from_status=frm, to_status=to,
                                      by_id=by_id, at=at, note=(note or "").strip()))


def _save(session: Session, order: WorkOrder, who: str,
          reason: str | None = None) -> WorkOrderDetail:
    """Flush with a new version (so lines changed count as a change of the work order: a
    stale desk is refused, the board notices), audit (with `reason`), and return the
    fresh detail."""
    flag_modified(order, "status")
    with stale_guard(*_WHAT):
        session.flush()
    audit.record(session, who=who, action="update", row=order, reason=reason)
    return _detail(session, order)


def _labour_from_item(item: ServiceItem) -> WorkOrderLine:
    hours = item.labour_hours
    rate = (item.price / hours).quantize(CENT) if hours else item.price
    amount = labour_amount(hours, rate) if hours else item.price
    return WorkOrderLine(kind=LineKind.LABOUR, description=item.name, service_item_id=item.id,
                         hours=hours, rate=rate, qty=Decimal(1), unit_price=amount)


def _next_number(session: Session, at: datetime) -> str:
    prefix = f"WO{store_today(at):%Y%m%d}"
    last = session.scalar(select(func.max(WorkOrder.number))
                          .where(WorkOrder.number.like(f"{prefix}%")))
    sequence = int(last[len(prefix):]) + 1 if last and last[len(prefix):].isdigit() else 1
    return f"{prefix}{sequence:03d}"


def _mileage(value, recorded: int | None, reason: str | None = None) -> int:
    if value is None:
        raise ValidationError("请填写里程。", "Enter the mileage.", field="mileage_km")
    return mileage_forward(value, recorded, reason)


def _fuel(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError("油量/电量须为 0–100%。", "Fuel or charge must be 0–100 %.",
                              field="fuel_level")
    return value


def _decimal(value, field: str, label_zh: str) -> Decimal:
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError(f"{label_zh}须为数字。", f"{field} must be a number.",
                              field=field) from None
    if not result.is_finite() or result < 0:
        raise ValidationError(f"{label_zh}须为非负数。", f"{field} must not be negative.",
                              field=field)
    check_value(field, WorkOrderLine.__table__.c[field], result)   # what the column holds
    return result


def _detail(session: Session, order: WorkOrder) -> WorkOrderDetail:
    vehicle = session.get(Vehicle, order.vehicle_id)
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    staff_ids = {order.advisor_id, order.technician_id}
    changes = list(session.scalars(select(WorkOrderStatusChange).where(
        WorkOrderStatusChange.work_order_id == order.id).order_by(WorkOrderStatusChange.id)))
    staff_ids |= {c.by_id for c in changes}
    staff = {x.id: x.name for x in session.scalars(
        select(Staff).where(Staff.id.in_([i for i in staff_ids if i is not None])))}
    bay = session.get(Bay, order.bay_id) if order.bay_id else None
    part_codes = {p.id: p.code for p in session.scalars(select(Part).where(
        Part.id.in_([x.part_id for x in order.lines if x.part_id is not None])))}
    inspection = session.scalars(select(InspectionItem).where(
        InspectionItem.work_order_id == order.id).order_by(InspectionItem.id))
    return WorkOrderDetail(
        id=order.id, number=order.number, status=str(order.status), vehicle_id=vehicle.id,
        plate=vehicle.plate, vehicle_text=vehicle_text(vehicle), vin=vehicle.vin,
        customer_id=order.customer_id, customer_name=customer.name if customer else None,
        customer_mobile=customer.mobile if customer else None,
        booking_id=order.booking_id, advisor_id=order.advisor_id,
        advisor_name=staff.get(order.advisor_id), technician_id=order.technician_id,
        technician_name=staff.get(order.technician_id), bay_id=order.bay_id,
        bay_name=bay.name if bay else None, mileage_km=order.mileage_km,
        fuel_level=order.fuel_level, concerns=order.concerns, valuables=order.valuables,
        opened_at=order.opened_at, promised_at=order.promised_at,
        last_progress_at=order.last_progress_at, closed_at=order.closed_at,
        lines=tuple(line_record(x, part_codes.get(x.part_id)) for x in order.lines),
        inspection=tuple(InspectionRecord(*x) for x in workflow.complete_checklist(
            (i.item, str(i.result), i.note) for i in inspection)),
        changes=tuple(ChangeRecord(None if c.from_status is None else str(c.from_status),
                                   str(c.to_status), c.by_id, staff.get(c.by_id), c.at, c.note)
                      for c in changes),
        declined_before=_declined(session, vehicle.id, order.id)
        if order.status not in workflow.CLOSED else (),
        version=order.version_id)
