"""Service history of the detailed customers: past visits and delivered work orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.demo.clock import at
from app.demo.context import Context, VehiclePlan
from app.demo.orders import Job, add_booking, add_visit, add_work_order
from app.models import BookingStatus, CustomerTier, VisitPurpose, WorkOrderStatus

MAX_EVENTS = 8


@dataclass
class Spend:
    """What one customer did with the store: for their RFM tier."""

    last: date | None = None
    visits_year: int = 0
    money: Decimal = Decimal("0.00")


def build_history(ctx: Context) -> None:
    """Past services of every detailed vehicle, then each customer's tier from them."""
    spend: dict[int, Spend] = {}
    for plan in ctx.serviced:
        record = spend.setdefault(plan.owner_id, Spend())
        if (ctx.today - plan.purchase).days < 730:
            record.money += plan.msrp
        for day, n in _service_days(ctx, plan):
            record.money += _service(ctx, plan, day, _job(ctx, plan, n, day))
            record.last = max(record.last or day, day)
            record.visits_year += (ctx.today - day).days <= 365
    for customer_id, record in spend.items():
        if customer_id not in ctx.fixed_tiers:
            ctx.customers[customer_id]["tier"] = _tier(ctx.today, record)


def _tier(today: date, s: Spend) -> CustomerTier:
    days = (today - s.last).days if s.last else 10_000
    if days < 120 and s.money >= 50_000:
        return CustomerTier.GOLD
    if days < 180 and (s.money >= 20_000 or s.visits_year >= 2):
        return CustomerTier.SILVER
    if days < 365:
        return CustomerTier.BRONZE
    return CustomerTier.STANDARD


def _service_days(ctx: Context, plan: VehiclePlan) -> list[tuple[date, int]]:
    rng = ctx.rng
    day = plan.purchase + timedelta(days=rng.randint(80, 110))
    days, n = [], 0
    while day <= ctx.today - timedelta(days=3):
        if n == 0 or rng.random() > 0.15:
            days.append((day, n))
        n += 1
        day += timedelta(days=rng.randint(150, 210))
    return days[-MAX_EVENTS:]


def _job(ctx: Context, plan: VehiclePlan, n: int, day: date) -> Job:
    rng = ctx.rng
    if n == 0:
        return Job(("FS01",), concerns="首次保养")
    km = (day - plan.purchase).days * plan.daily_km
    codes = ["EV01" if plan.model.new_energy else "MS01"]
    if n % 2 == 0:
        codes += ["AC02"] if plan.model.new_energy else ["AF01", "AC02"]
    extras = (("AL01", 0.15), ("BF01", 0.1), ("WP01", 0.2), ("TY01", 0.08), ("BT01", 0.15),
              ("AC01", 0.3 if 5 <= day.month <= 8 else 0.05), ("BR01", 0.25 if km > 40_000 else 0),
              ("SP01", 0.2 if km > 60_000 and not plan.model.new_energy else 0), ("BP01", 0.06))
    codes += [code for code, p in extras if rng.random() < p]
    concerns = "左前门刮擦" if "BP01" in codes else "刹车异响" if "BR01" in codes else "例行保养"
    return Job(tuple(codes), concerns=concerns)


def _service(ctx: Context, plan: VehiclePlan, day: date, job: Job) -> Decimal:
    rng = ctx.rng
    wanted = rng.randint(17, 30) * 30
    placed = ctx.place_in_bay(day, wanted, job.minutes(), job.bay_kind())
    bay_id, start = placed if placed else (None, wanted)
    booking_id = None
    if placed and rng.random() < 0.55:
        booking_id = add_booking(ctx, plan, day, start, bay_id, job, BookingStatus.COMPLETED)
    arrived = at(day, start - rng.randint(0, 15))
    add_visit(ctx, plan, arrived, VisitPurpose.SERVICE, "已交车")
    opened = arrived + timedelta(minutes=5)
    closed = opened + timedelta(minutes=job.minutes() + rng.randint(30, 120))
    return add_work_order(ctx, plan, job, opened=opened, status=WorkOrderStatus.DELIVERED,
                          bay_id=bay_id, booking_id=booking_id, closed=closed)
