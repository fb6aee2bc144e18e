"""The lounge screen's data (客休区大屏): each car of the store in the shop (the work-order
board's open orders past check-in, read for one store only), with only what a public screen
may show — a masked plate, the model, the board's status, the promised time,
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
from app.models import RefreshmentOrder, Vehicle, WorkOrder
from app.services.common import day_bounds, store_today

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
    """The store's cars in the shop (the board's open work orders past check-in), soonest
    promised first, those without a promised time last."""
    with db.session() as s:
        rows = s.execute(
            select(WorkOrder.customer_id, Vehicle.plate, Vehicle.brand, Vehicle.model,
                   WorkOrder.status, WorkOrder.promised_at)
            .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
            .where(WorkOrder.status.in_(list(workflow.ON_SITE)),
                   # Work orders opened before the stores' work carry no store yet.
                   or_(WorkOrder.store_id == store_id, WorkOrder.store_id.is_(None)))
            .order_by(WorkOrder.promised_at.is_(None), WorkOrder.promised_at, WorkOrder.id)
            .limit(limit)).all()
        states = _refreshment_states(s, store_id, {r[0] for r in rows} - {None}, now)
        return tuple(LoungeCar(masked_plate(plate), " ".join(p for p in (brand, model) if p),
                               str(status), promised, states.get(customer, ""))
                     for customer, plate, brand, model, status, promised in rows)


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
