"""The lounge screen's data (客休区大屏): each car of the store in the shop, with only what a
public screen may show — a masked plate, the model, the board's status, the promised time,
the customer's refreshment order state. No name, no full plate ever leaves this module."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from app import acting
from app.db import Database
from app.domain import workflow
from app.domain.lounge import masked_plate
from app.domain.refreshments import OrderState
from app.models import RefreshmentOrder, WorkOrder
from app.services.common import day_bounds, store_today
from app.services.work_order_board import board_in

#: The most cars the screen lists (a TV shows fewer; the window scrolls through them).
LOUNGE_LIMIT = 60


@dataclass(frozen=True)
class LoungeCar:
    """One car on the lounge screen: nothing in it names the customer or the full plate."""

    plate: str            # masked: 粤B·1**45
    model: str
    status: str           # a work-order status code (in_repair, quality_check …)
    estimated_at: datetime | None
    refreshment: str      # the customer's latest refreshment order state today, or ""


@acting.open_to_signed_in
def lounge_cars(db: Database, store_id: int, *, now: datetime | None = None,
                limit: int = LOUNGE_LIMIT) -> tuple[LoungeCar, ...]:
    """The store's cars in the shop (open work orders on the board past check-in), by
    promised time."""
    with db.session() as s:
        cards = [c for c in board_in(s, now) if c.status in workflow.ON_SITE]
        ids = [c.id for c in cards]
        if not ids:
            return ()
        rows = s.execute(select(WorkOrder.id, WorkOrder.customer_id).where(
            WorkOrder.id.in_(ids),
            # Work orders opened before the stores' work carry no store yet.
            or_(WorkOrder.store_id == store_id, WorkOrder.store_id.is_(None)))).all()
        customer_of = dict(rows)
        states = _refreshment_states(s, store_id, set(customer_of.values()) - {None}, now)
        cars = [LoungeCar(masked_plate(c.plate), c.vehicle_model, c.status, c.promised_at,
                          states.get(customer_of[c.id], ""))
                for c in cards if c.id in customer_of]
        # Soonest first; a car without a promised time after those with one.
        cars.sort(key=lambda car: car.estimated_at is None)     # stable: keeps the board order
        return tuple(cars[:limit])


def _refreshment_states(s, store_id: int, customer_ids: set[int],
                        now: datetime | None) -> dict[int, str]:
    """Each customer's latest (not cancelled) refreshment order state today."""
    if not customer_ids:
        return {}
    start, end = day_bounds(store_today(now))
    rows = s.execute(
        select(RefreshmentOrder.customer_id, RefreshmentOrder.state)
        .where(RefreshmentOrder.store_id == store_id,
               RefreshmentOrder.customer_id.in_(customer_ids),
               RefreshmentOrder.state != OrderState.CANCELLED,
               RefreshmentOrder.ordered_at >= start, RefreshmentOrder.ordered_at < end)
        .order_by(RefreshmentOrder.ordered_at, RefreshmentOrder.id)).all()
    return {customer: str(state) for customer, state in rows}
