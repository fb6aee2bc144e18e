"""Test fixture data for the refreshments and the lounge screen: a menu, waiting customers
with their cars in the shop, and their visits (test helpers, never in `app/`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.models import Visit, WorkOrder
from app.models.visit import MatchKind, VisitPurpose
from app.services import customers, refreshments, vehicles, work_orders
from app.services.common import day_bounds, store_today

#: (name, tier, plate, model, work-order status, hours until promised or None)
WAITING = (
    ("刘洋", "gold", "粤B12345", "凯美瑞", "in_repair", 2),
    ("周敏", "bronze", "粤BD67890", "bZ4X", "quality_check", None),
    ("黄磊", "standard", "粤A5T789", "汉兰达", "ready_for_pickup", 1),
)


@dataclass(frozen=True)
class Lounge:
    """The seeded store: its menu items by name, the visits and work orders by name."""

    store_id: int
    menu: dict[str, int]
    visits: dict[str, int]
    work_orders: dict[str, int]


def seed_lounge(db, store_id: int, now: datetime | None = None) -> Lounge:
    """A menu (coffee free for gold), and three waiting customers with cars in the shop."""
    now = now or datetime.now(UTC)
    menu = {}
    for name, category, price, free in (("美式咖啡", "drink", "18", ("gold",)),
                                        ("绿茶", "drink", "0", ()),
                                        ("曲奇", "snack", "12.50", ()),
                                        ("商务午餐", "lunch", "45", ("gold", "silver"))):
        menu[name] = refreshments.save_menu_item(db, store_id, name=name, category=category,
                                                 price=Decimal(price), free_tiers=free).id
    # half an hour ago, but today in the store's calendar: "waiting" means arrived today,
    # and just after midnight half an hour ago was yesterday
    arrived = max(now - timedelta(minutes=30), day_bounds(store_today(now))[0])
    visit_ids, order_ids = {}, {}
    for name, tier, plate, model, status, hours in WAITING:
        owner = customers.create_customer(db, name=name, tier=tier)
        car = vehicles.add_vehicle(db, plate=plate, owner_id=owner.id, brand="广汽丰田",
                                   model=model)
        order = work_orders.open_work_order(db, vehicle_id=car.id)
        with db.session() as s:
            row = s.get(WorkOrder, order.id)
            row.status, row.store_id = status, store_id
            row.promised_at = now + timedelta(hours=hours) if hours else None
            visit = Visit(arrived_at=arrived, plate_read=plate,
                          match=MatchKind.EXACT, vehicle_id=car.id, customer_id=owner.id,
                          purpose=VisitPurpose.SERVICE)
            s.add(visit)
            s.flush()
            visit_ids[name], order_ids[name] = visit.id, order.id
    return Lounge(store_id, menu, visit_ids, order_ids)
