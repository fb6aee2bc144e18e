"""Today at the store: bookings across the bays, and open work orders in every status."""

from __future__ import annotations

from datetime import date, timedelta

from app.demo.clock import at, minute_of
from app.demo.context import Context, VehiclePlan
from app.demo.orders import Job, add_booking, add_visit, add_work_order
from app.demo.showcase import SHOWCASE
from app.models import BayKind, BookingStatus, VisitPurpose, WorkOrderStatus
from app.services.bookings import CLOSING, OPENING
from app.services.expected_visitors import LATE_AFTER

OPEN_STATUSES = (WorkOrderStatus.WAITING_CHECK_IN, WorkOrderStatus.DIAGNOSING,
                 WorkOrderStatus.AWAITING_APPROVAL, WorkOrderStatus.IN_REPAIR,
                 WorkOrderStatus.QUALITY_CHECK, WorkOrderStatus.READY_FOR_PICKUP)
#: When the workshop closes and when reception counts a booked customer late, in minutes.
CLOSING_MINUTE = CLOSING.hour * 60 + CLOSING.minute
LATE_MINUTES = int(LATE_AFTER / timedelta(minutes=1))
QUICK_CODES = ("MS02", "AC02", "WP01", "BT01", "AC01", "AF01", "SC01")
NORMAL_EXTRAS = ("AL01", "BF01", "TY01", "BR01", "EV01")


def build_today(ctx: Context) -> None:
    """Open work orders (each status twice, one cancelled), today's and coming bookings."""
    spare = [p for p in ctx.serviced if p.plate not in ctx.showcase]
    ctx.rng.shuffle(spare)
    _showcase_bookings(ctx)
    _open_orders(ctx, spare[:13])
    _bookings(ctx, ctx.today, spare[13:30], normal=11, quick=6)
    for ahead in range(1, 7):
        start = 30 + ahead * 8
        _bookings(ctx, ctx.today + timedelta(days=ahead), spare[start:start + 8], normal=5, quick=3)
    _misses(ctx, spare[90:94])


def _open_orders(ctx: Context, plans: list[VehiclePlan]) -> None:
    statuses = [s for s in OPEN_STATUSES for _ in (0, 1)] + [WorkOrderStatus.CANCELLED]
    # Before the workshop opens (a demo started at night) the cars in the shop came in
    # yesterday: nobody has checked a car in today yet.
    opened = minute_of(ctx.today, ctx.now) >= OPENING.hour * 60 + OPENING.minute
    for i, (plan, status) in enumerate(zip(plans, statuses)):
        day = ctx.today - timedelta(days=1) if i in (5, 7) or not opened else ctx.today
        job = _normal_job(ctx, plan)
        if status == WorkOrderStatus.AWAITING_APPROVAL:
            job = Job(job.codes, pending=("BR01",),
                      concerns="刹车片磨损，待客户确认更换")
        placed = ctx.place_in_bay(day, 8 * 60 + 30, job.minutes(), BayKind.NORMAL)
        bay_id, start = placed if placed else (None, 8 * 60 + 30 + 10 * i)
        booking_id = None
        if bay_id and ctx.rng.random() < 0.7:
            booking_id = add_booking(ctx, plan, day, start, bay_id, job, BookingStatus.CHECKED_IN)
        arrived = at(day, start - 10)
        add_visit(ctx, plan, arrived, VisitPurpose.SERVICE, "已开工单")
        add_work_order(ctx, plan, job, opened=arrived + timedelta(minutes=5), status=status,
                       bay_id=bay_id, booking_id=booking_id)


def _normal_job(ctx: Context, plan: VehiclePlan) -> Job:
    first = "EV01" if plan.model.new_energy else "MS01"
    extra = ctx.rng.choice(NORMAL_EXTRAS)
    codes = (first,) if extra == first else (first, extra)
    return Job(codes, concerns=ctx.rng.choice(("例行保养", "空调异味", "方向盘抖动", "胎压报警")))


def _showcase_bookings(ctx: Context) -> None:
    for show in SHOWCASE:
        if show.booking_minute is None or show.plate not in ctx.showcase:
            continue
        plan = ctx.showcase[show.plate]
        job = Job((show.booking_item,), concerns="客户预约")
        wanted = _still_ahead(ctx, show.booking_minute, job.minutes())
        placed = ctx.place_in_bay(ctx.today, wanted, job.minutes(), job.bay_kind())
        if placed:
            _book_by_the_clock(ctx, plan, placed, job)


def _still_ahead(ctx: Context, minute: int, length: int) -> int:
    """`minute` of today, or the next half hour after the store's real time when that has
    passed and the booking still fits before closing (the showcase cars are expected)."""
    now = minute_of(ctx.today, ctx.now)
    ahead = (now // 30 + 1) * 30 + 30
    return ahead if minute < ahead and ahead + length <= CLOSING_MINUTE else minute


def _book_by_the_clock(ctx: Context, plan: VehiclePlan, placed: tuple[int, int], job: Job,
                       day: date | None = None) -> None:
    """Book `job` at `placed` (bay, minute); today, a slot begun by the store's real time
    counts as arrived (checked in, seen at the gate), one just begun stays late."""
    day = day or ctx.today
    bay_id, start = placed
    now = minute_of(day, ctx.now)
    begun = day == ctx.today and now > start + LATE_MINUTES
    late = begun and now <= start + 60 and not ctx.late_shown
    if begun and not late:
        add_booking(ctx, plan, day, start, bay_id, job, BookingStatus.CHECKED_IN)
        add_visit(ctx, plan, at(day, start - 5), VisitPurpose.SERVICE, "预约到店",
                  confidence=0.97)
        return
    ctx.late_shown = ctx.late_shown or late
    add_booking(ctx, plan, day, start, bay_id, job, BookingStatus.BOOKED)


def _bookings(ctx: Context, day: date, plans: list[VehiclePlan], *, normal: int,
              quick: int) -> None:
    rng = ctx.rng
    for n, plan in enumerate(plans[: normal + quick]):
        if n < normal:
            job = _normal_job(ctx, plan)
        else:
            job = Job((rng.choice(QUICK_CODES),), concerns="快保")
        wanted = rng.randrange(9 * 60 + 30, 16 * 60, 30)
        placed = ctx.place_in_bay(day, wanted, job.minutes(), job.bay_kind())
        if placed:
            _book_by_the_clock(ctx, plan, placed, job, day)


def _misses(ctx: Context, plans: list[VehiclePlan]) -> None:
    """Two no-shows yesterday, a booking cancelled for today and one for tomorrow."""
    yesterday, tomorrow = ctx.today - timedelta(days=1), ctx.today + timedelta(days=1)
    cases = ((yesterday, BookingStatus.NO_SHOW), (yesterday, BookingStatus.NO_SHOW),
             (ctx.today, BookingStatus.CANCELLED), (tomorrow, BookingStatus.CANCELLED))
    for plan, (day, status) in zip(plans, cases):
        job = Job(("MS01",), concerns="例行保养")
        placed = ctx.place_in_bay(day, 15 * 60, job.minutes(), BayKind.NORMAL)
        if placed:
            add_booking(ctx, plan, day, placed[1], placed[0], job, status)
