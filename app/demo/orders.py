"""Work orders, bookings and visits for one vehicle: the rows service history is made of."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, Decimal

from app.demo.clock import at
from app.demo.context import Context, VehiclePlan
from app.demo.workshop import ITEMS_BY_CODE
from app.domain.stock import Balance
from app.domain.workflow import CHECKLIST
from app.models import (
    Approval,
    BayKind,
    BookingChannel,
    BookingStatus,
    InspectionResult,
    LineKind,
    MatchKind,
    MovementKind,
    StaffRole,
    VisitPurpose,
    WorkOrderStatus,
)

#: The work-order board, in order.
BOARD = (WorkOrderStatus.WAITING_CHECK_IN, WorkOrderStatus.DIAGNOSING,
         WorkOrderStatus.AWAITING_APPROVAL, WorkOrderStatus.IN_REPAIR,
         WorkOrderStatus.QUALITY_CHECK, WorkOrderStatus.READY_FOR_PICKUP,
         WorkOrderStatus.DELIVERED)
CHANNELS = tuple(BookingChannel)
CHANNEL_WEIGHTS = (35, 20, 5, 15, 25)


@dataclass(frozen=True, slots=True)
class Job:
    """What a work order is for: approved items, items awaiting approval, concerns."""

    codes: tuple[str, ...]
    pending: tuple[str, ...] = ()
    concerns: str = ""

    def __post_init__(self) -> None:
        # An item awaiting approval is not also approved (the brake job was listed twice).
        object.__setattr__(self, "codes", tuple(
            c for c in dict.fromkeys(self.codes) if c not in self.pending))

    def minutes(self) -> int:
        """Bay time in 30-minute steps: 30 for a quick-lane job, at least 60 otherwise."""
        hours = sum(ITEMS_BY_CODE[c].hours for c in self.codes + self.pending)
        if self.quick():
            return 30
        return max(60, int((hours * 2).to_integral_value(rounding=ROUND_CEILING)) * 30)

    def quick(self) -> bool:
        """True when every item fits the quick lane and the job is half an hour at most."""
        items = [ITEMS_BY_CODE[c] for c in self.codes + self.pending]
        return all(i.quick for i in items) and sum(i.hours for i in items) <= Decimal("0.5")

    def bay_kind(self) -> BayKind:
        """The kind of bay the job needs."""
        return BayKind.QUICK_LANE if self.quick() else BayKind.NORMAL


def add_booking(ctx: Context, plan: VehiclePlan, day: date, start: int, bay_id: int,
                job: Job, status: BookingStatus) -> int:
    """Queue a booking of `job` in `bay_id` from local minute `start` of `day`."""
    rng = ctx.rng
    slot_start = at(day, start)
    booking_id = ctx.writer.add("bookings", {
        "vehicle_id": plan.id, "customer_id": plan.owner_id, "slot_start": slot_start,
        "slot_end": at(day, start + job.minutes()), "bay_id": bay_id,
        "advisor_id": plan.advisor_id, "technician_id": None,
        "channel": rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS)[0], "status": status,
        "notes": job.concerns, "created_by": "demo",
        "created_at": slot_start - timedelta(days=rng.randint(1, 10), minutes=rng.randint(0, 600)),
        "version_id": 1,
    })
    for code in dict.fromkeys(job.codes + job.pending):
        ctx.writer.add("booking_items", {"booking_id": booking_id,
                                         "service_item_id": ctx.items[code]})
    return booking_id


def add_visit(ctx: Context, plan: VehiclePlan, arrived: datetime, purpose: VisitPurpose,
              outcome: str, confidence: float | None = None) -> int:
    """Queue a gate arrival of `plan` that matched exactly (`confidence` given: no draw from
    the seed's random numbers, so what depends on the clock leaves the rest unchanged)."""
    if confidence is None:
        confidence = round(ctx.rng.uniform(0.88, 0.995), 3)
    return ctx.writer.add("visits", {
        "arrived_at": arrived, "plate_read": plan.plate, "plate_color": plan.color,
        "confidence": confidence, "snapshot_path": None,
        "camera": "gate", "match": MatchKind.EXACT, "vehicle_id": plan.id,
        "customer_id": plan.owner_id, "candidate_vehicle_id": None, "purpose": purpose,
        "outcome": outcome, "handled_by_id": plan.advisor_id,
        "handed_over_at": arrived + timedelta(minutes=3),
    })


def add_work_order(ctx: Context, plan: VehiclePlan, job: Job, *, opened: datetime,
                   status: WorkOrderStatus, bay_id: int | None, booking_id: int | None,
                   closed: datetime | None = None) -> Decimal:
    """Queue a work order with its lines, board moves and checklist; return its total."""
    rng = ctx.rng
    day_km = (opened.date() - plan.purchase).days * plan.daily_km
    wo_id = ctx.writer.new_id("work_orders")
    moves = _moves(status, opened, closed)
    ctx.writer.add("work_orders", {
        "id": wo_id, "number": ctx.work_order_number(opened.date()), "store_id": ctx.store_id,
        "vehicle_id": plan.id, "customer_id": plan.owner_id, "booking_id": booking_id,
        "advisor_id": plan.advisor_id or ctx.one(StaffRole.SERVICE_ADVISOR),
        "technician_id": ctx.one(StaffRole.TECHNICIAN), "bay_id": bay_id, "status": status,
        "mileage_km": max(day_km, 10), "fuel_level": rng.randint(15, 95),
        "concerns": job.concerns, "valuables": rng.choice(("", "", "行车记录仪", "儿童座椅")),
        "opened_at": opened, "promised_at": opened + timedelta(minutes=job.minutes() + 120),
        "last_progress_at": moves[-1][1], "closed_at": closed, "version_id": 1,
    })
    if status == WorkOrderStatus.DELIVERED:
        ctx.delivered.append((wo_id, plan.owner_id, plan.id,
                              plan.advisor_id or ctx.staff[StaffRole.SERVICE_ADVISOR][0], closed))
    for (before, _), (after, when) in zip([(None, opened)] + moves[:-1], moves):
        ctx.writer.add("work_order_status_changes", {
            "work_order_id": wo_id, "from_status": before, "to_status": after,
            "by_id": plan.advisor_id, "at": when, "note": ""})
    total = _lines(ctx, wo_id, job, plan, opened, status)
    if status not in (WorkOrderStatus.WAITING_CHECK_IN, WorkOrderStatus.DELIVERED,
                      WorkOrderStatus.CANCELLED):
        _checklist(ctx, wo_id)
    return total


def _moves(status: WorkOrderStatus, opened: datetime,
           closed: datetime | None) -> list[tuple[WorkOrderStatus, datetime]]:
    if status == WorkOrderStatus.CANCELLED:
        return [(WorkOrderStatus.WAITING_CHECK_IN, opened),
                (WorkOrderStatus.CANCELLED, opened + timedelta(minutes=25))]
    path = BOARD[: BOARD.index(status) + 1]
    step = (closed - opened) / max(1, len(path) - 1) if closed else timedelta(minutes=25)
    return [(s, opened + step * i) for i, s in enumerate(path)]


def _lines(ctx: Context, wo_id: int, job: Job, plan: VehiclePlan, opened: datetime,
           status: WorkOrderStatus) -> Decimal:
    total = Decimal("0.00")
    for code in job.codes + job.pending:
        pending = code in job.pending
        approval = Approval.PENDING if pending else Approval.APPROVED
        item = ITEMS_BY_CODE[code]
        if plan.model.new_energy and code in ("FS01", "MS01", "MS02"):
            parts: tuple[tuple[str, int], ...] = ()
        else:
            parts = item.parts
        total += _line(ctx, wo_id, LineKind.LABOUR, item.name, approval, plan, opened,
                       service_item_id=ctx.items[code], hours=item.hours, price=item.price, qty=1)
        for part_code, qty in parts:
            part = ctx.parts[part_code]
            total += _line(ctx, wo_id, LineKind.PART, part["name"], approval, plan, opened,
                           part_id=part["id"], price=part["price"], qty=qty)
            if status in _RESERVING and not pending:
                _reserve(ctx, part_code, qty, wo_id, opened)
    return total


def _reserve(ctx: Context, code: str, qty: int, wo_id: int, opened: datetime) -> None:
    """A reserved ledger row for an approved line, as far as the free stock allows."""
    balance = ctx.stock[code]
    qty = min(qty, balance.available)
    if qty > 0:
        ctx.stock[code] = Balance(balance.on_hand, balance.reserved + qty)
        ctx.writer.add("stock_movements", {
            "store_id": ctx.store_id, "part_id": ctx.parts[code]["id"],
            "kind": MovementKind.RESERVED, "on_hand": 0, "reserved": qty,
            "work_order_id": wo_id, "reason": "", "at": opened + timedelta(minutes=30)})


_RESERVING = frozenset({WorkOrderStatus.WAITING_CHECK_IN, WorkOrderStatus.DIAGNOSING,
                        WorkOrderStatus.AWAITING_APPROVAL, WorkOrderStatus.IN_REPAIR})


def _line(ctx: Context, wo_id: int, kind: LineKind, description: str, approval: Approval,
          plan: VehiclePlan, opened: datetime, *, price: Decimal, qty: int,
          service_item_id: int | None = None, part_id: int | None = None,
          hours: Decimal | None = None) -> Decimal:
    approved = approval == Approval.APPROVED
    ctx.writer.add("work_order_lines", {
        "work_order_id": wo_id, "kind": kind, "description": description,
        "service_item_id": service_item_id, "part_id": part_id, "hours": hours,
        "rate": (price / hours).quantize(Decimal("0.01")) if hours else None,
        "qty": Decimal(qty), "unit_price": price, "approval": approval,
        "approved_by": plan.owner_name if approved else "",
        "approved_at": opened + timedelta(minutes=30) if approved else None,
    })
    return price * qty


def _checklist(ctx: Context, wo_id: int) -> None:
    for item in CHECKLIST:
        result = ctx.rng.choices((InspectionResult.OK, InspectionResult.ATTENTION,
                                  InspectionResult.URGENT), weights=(80, 15, 5))[0]
        note = "" if result == InspectionResult.OK else "建议近期处理"
        ctx.writer.add("inspection_items", {"work_order_id": wo_id, "item": item,
                                            "result": result, "note": note})
