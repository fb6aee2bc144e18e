"""A small back-office store for the cashier, purchasing and accident tests: staff, a gold
customer with a car, a part on the shelf, and a work order ready for pick-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from app.models import (
    Approval,
    Customer,
    CustomerTier,
    LineKind,
    Part,
    Staff,
    StaffRole,
    Store,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
    WorkOrderStatus,
)

#: Noon in the store's time zone on 5 December 2026 (04:00 UTC).
NOON = datetime(2026, 12, 5, 4, 0, tzinfo=UTC)


@dataclass(frozen=True)
class BackOffice:
    """Ids of what the seed made."""

    store_id: int
    manager_id: int
    advisor_id: int
    cashier_id: int
    customer_id: int
    vehicle_id: int
    part_id: int
    work_order_id: int


def seed_back_office(db, *, tier: CustomerTier = CustomerTier.GOLD) -> BackOffice:
    """A store with a work order ready for pick-up: 1.5 h of labour at 300 and two brake
    pads at 234.56 (gross 919.12), for a customer of `tier`."""
    with db.session() as s:
        store = Store(code="GZ01", name="广州天河4S店", address="广州市天河区", phone="020-1")
        s.add(store)
        s.flush()
        staff = [Staff(store_id=store.id, name=n, role=r) for n, r in (
            ("周敏", StaffRole.MANAGER), ("陈静", StaffRole.SERVICE_ADVISOR),
            ("王芳", StaffRole.RECEPTION))]
        customer = Customer(name="张伟", mobile="13812345678", tier=tier)
        part = Part(code="04465-06200", name="前刹车片", price=Decimal("234.56"),
                    cost=Decimal("150.00"), low_stock_threshold=2)
        s.add_all([*staff, customer, part])
        s.flush()
        car = Vehicle(plate="粤A12345", owner_id=customer.id, brand="丰田", model="凯美瑞")
        s.add(car)
        s.flush()
        order = WorkOrder(number="WO20261205001", store_id=store.id, vehicle_id=car.id,
                          customer_id=customer.id, advisor_id=staff[1].id,
                          status=WorkOrderStatus.READY_FOR_PICKUP, mileage_km=32000,
                          fuel_level=50, opened_at=NOON)
        order.lines.extend([
            WorkOrderLine(kind=LineKind.LABOUR, description="更换刹车片", hours=Decimal("1.5"),
                          rate=Decimal("300.00"), qty=Decimal(1), unit_price=Decimal("450.00"),
                          approval=Approval.APPROVED, approved_by="张伟"),
            WorkOrderLine(kind=LineKind.PART, description="前刹车片", part_id=part.id,
                          qty=Decimal(2), unit_price=Decimal("234.56"),
                          approval=Approval.APPROVED, approved_by="张伟"),
            WorkOrderLine(kind=LineKind.LABOUR, description="四轮定位", hours=Decimal("1"),
                          rate=Decimal("300.00"), qty=Decimal(1), unit_price=Decimal("300.00"),
                          approval=Approval.DECLINED, approved_by="张伟")])
        s.add(order)
        s.flush()
        return BackOffice(store.id, staff[0].id, staff[1].id, staff[2].id, customer.id,
                          car.id, part.id, order.id)


def signed_in_as(bo: BackOffice, who: str = "manager"):
    """The seed's manager 周敏 (or advisor 陈静, who works the cashier's desk) as the
    signed-in person, with their staff id."""
    from app.acting import Actor

    if who == "manager":
        return Actor(name="周敏", role="manager", staff_id=bo.manager_id, desk="test")
    return Actor(name="陈静", role="service_advisor", staff_id=bo.advisor_id, desk="test")
