"""What refreshments cost, for the manager's figures: per visit and per day (served and
pending orders count; cancelled ones cost nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from app import acting
from app.db import Database
from app.domain.refreshments import OrderState
from app.domain.roles import Permission
from app.errors import ValidationError
from app.models import RefreshmentOrder
from app.services.common import day_bounds

#: The longest span `daily_costs` answers in one call.
MAX_DAYS = 366


@dataclass(frozen=True)
class VisitCost:
    """The refreshments of one visit: orders, their worth at menu prices, what was charged."""

    visit_id: int | None
    orders: int
    worth: Decimal
    charged: Decimal


@dataclass(frozen=True)
class DayCost:
    """The refreshments of one store day."""

    day: date
    orders: int
    visits: int
    worth: Decimal
    charged: Decimal


def costs_something():
    """The refreshment orders that cost the store something: served and pending ones (the
    KPI `refreshment_cost` counts the same)."""
    return RefreshmentOrder.state != OrderState.CANCELLED


def _counted(store_id: int):
    return (RefreshmentOrder.store_id == store_id) & costs_something()


@acting.needs(Permission.REPORTS_VIEW)
def visit_costs(db: Database, store_id: int, day: date, *, limit: int = 500) -> tuple[VisitCost, ...]:
    """Each visit's refreshment cost on the store's `day`, most costly first."""
    start, end = day_bounds(day)
    worth = func.sum(RefreshmentOrder.worth)
    with db.session() as s:
        rows = s.execute(
            select(RefreshmentOrder.visit_id, func.count(RefreshmentOrder.id), worth,
                   func.sum(RefreshmentOrder.charged))
            .where(_counted(store_id), RefreshmentOrder.ordered_at >= start,
                   RefreshmentOrder.ordered_at < end)
            .group_by(RefreshmentOrder.visit_id)
            .order_by(worth.desc(), RefreshmentOrder.visit_id).limit(limit)).all()
        return tuple(VisitCost(r[0], int(r[1]), _money(r[2]), _money(r[3])) for r in rows)


@acting.needs(Permission.REPORTS_VIEW)
def daily_costs(db: Database, store_id: int, first: date, last: date) -> tuple[DayCost, ...]:
    """The refreshment cost of each store day from `first` to `last` (inclusive)."""
    days = (last - first).days + 1
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(f"日期范围须在 1 到 {MAX_DAYS} 天之间。",
                              f"The range is 1 to {MAX_DAYS} days.", field="last")
    out = []
    with db.session() as s:
        for offset in range(days):
            day = first + timedelta(days=offset)
            start, end = day_bounds(day)
            orders, visits, worth, charged = s.execute(
                select(func.count(RefreshmentOrder.id),
                       func.count(func.distinct(RefreshmentOrder.visit_id)),
                       func.sum(RefreshmentOrder.worth), func.sum(RefreshmentOrder.charged))
                .where(_counted(store_id), RefreshmentOrder.ordered_at >= start,
                       RefreshmentOrder.ordered_at < end)).one()
            out.append(DayCost(day, int(orders), int(visits), _money(worth), _money(charged)))
    return tuple(out)


def _money(value) -> Decimal:
    return Decimal(value or 0).quantize(Decimal("0.01"))
