"""`work_orders.store_id` and `bays.store_id` are always set: whichever way a work order or
a bay is written, in a store's scope or the group's, it belongs to a store."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from app.models import Bay, BayKind, Store, WorkOrder, WorkOrderStatus
from app.services import customers, store_admin, vehicles, work_orders
from app.store_scope import working_for

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def _unowned(db) -> tuple[int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count()).select_from(WorkOrder)
                         .where(WorkOrder.store_id.is_(None))),
                s.scalar(select(func.count()).select_from(Bay).where(Bay.store_id.is_(None))))


def test_work_orders_and_bays_always_carry_a_store(db, shop):
    with db.session() as s:
        second = Store(code="SZ01", name="深圳南山4S店", province="粤")
        s.add(second)
        s.flush()
        b = second.id
    owner = customers.create_customer(db, name="王芳", mobile="13812340000")
    car = vehicles.add_vehicle(db, plate="粤B22222", owner_id=owner.id)
    # The group's view of a group with stores: the first store's (as migration 0010 did).
    in_group = work_orders.open_work_order(db, vehicle_id=car.id, now=NOW)
    with db.session() as s:
        s.add(Bay(name="临时工位", kind=BayKind.NORMAL))
    with working_for(b):                              # a store's desk: its own store
        at_b = work_orders.open_work_order(db, vehicle_id=car.id, now=NOW)
        with db.session() as s:
            s.add(Bay(name="B2号工位", kind=BayKind.NORMAL))
            s.add(WorkOrder(number="WO-RAW-1", vehicle_id=car.id, customer_id=owner.id,
                            status=WorkOrderStatus.WAITING_CHECK_IN, opened_at=NOW,
                            concerns="", valuables=""))
    added = store_admin.save_bay(db, b, name="B3号工位")
    with db.session() as s:
        stores = dict(s.execute(select(WorkOrder.id, WorkOrder.store_id)).all())
        bays = dict(s.execute(select(Bay.name, Bay.store_id)).all())
    assert stores[in_group.id] == shop.store_id and stores[at_b.id] == b
    assert set(stores.values()) == {shop.store_id, b}
    assert bays["临时工位"] == shop.store_id
    assert bays["B2号工位"] == b and bays["B3号工位"] == b and added.name == "B3号工位"
    assert _unowned(db) == (0, 0)
