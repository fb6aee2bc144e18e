"""The demo store's lounge: a refreshment menu, and orders for customers who came today
(one new, one being prepared, one served; the latest visits of customers waiting
for their car), so the bar's queue and the lounge screen show
something."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from app.db import Database
from app.domain.workflow import OPEN
from app.models import Visit, WorkOrder
from app.services import refreshments

#: (name, category, price, levels it is free for)
MENU = (("美式咖啡", "drink", "18", ("gold",)), ("拿铁", "drink", "22", ("gold",)),
        ("绿茶", "drink", "0", ()), ("矿泉水", "drink", "0", ()),
        ("曲奇", "snack", "12.5", ()), ("水果拼盘", "snack", "28", ("gold", "silver")),
        ("商务午餐", "lunch", "45", ("gold", "silver")))
SEATS = ("A3", "B1", "沙发区 2")


def build_lounge(db: Database, store_id: int) -> None:
    """The menu, and an order at each stage for three of today's visitors."""
    items = [refreshments.save_menu_item(db, store_id, name=n, category=c, price=Decimal(p),
                                         free_tiers=free, sort_order=i).id
             for i, (n, c, p, free) in enumerate(MENU)]
    with db.session() as s:
        # Customers waiting for their car first (the lounge screen shows their order).
        waiting = select(WorkOrder.customer_id).where(WorkOrder.status.in_(list(OPEN)))
        visits = list(s.scalars(select(Visit.id).where(Visit.customer_id.is_not(None))
            .order_by(Visit.customer_id.in_(waiting).desc(), Visit.arrived_at.desc())
            .limit(len(SEATS))))
    for moves, (visit_id, seat) in enumerate(zip(visits, SEATS)):
        order = refreshments.place_order(db, store_id, visit_id=visit_id, seat=seat,
                                         items=[(items[moves], 1), (items[4], 1)])
        for _ in range(moves):
            order = refreshments.advance_order(db, store_id, order.id, order.version)
