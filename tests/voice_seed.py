"""A small store for the survey and complaint tests: staff, a customer, a delivered work order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.models import Customer, Staff, StaffRole, Store, Vehicle, WorkOrder, WorkOrderStatus

#: The work order was delivered at 10:00 store time (02:00 UTC) on 2026-11-02.
DELIVERED_AT = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


@dataclass(frozen=True)
class VoiceStore:
    """Ids the voice tests work with."""

    store_id: int
    manager_id: int
    care_id: int
    advisor_id: int
    customer_id: int
    vehicle_id: int
    work_order_id: int


def seed_voice(db) -> VoiceStore:
    """One store, its manager, a care agent, an advisor and a customer whose car was serviced."""
    with db.session() as s:
        store = Store(code="GZ01", name="广州天河4S店")
        s.add(store)
        s.flush()
        manager = Staff(store_id=store.id, name="周敏", role=StaffRole.MANAGER)
        care = Staff(store_id=store.id, name="林娜", role=StaffRole.CUSTOMER_CARE)
        advisor = Staff(store_id=store.id, name="陈静", role=StaffRole.SERVICE_ADVISOR)
        customer = Customer(name="张伟", salutation="先生", mobile="13812345678",
                            consent_plate_recognition=True)
        s.add_all([manager, care, advisor, customer])
        s.flush()
        vehicle = Vehicle(plate="粤A12345", brand="丰田", model="凯美瑞", owner_id=customer.id)
        s.add(vehicle)
        s.flush()
        order = WorkOrder(number="WO-20261102-001", store_id=store.id, vehicle_id=vehicle.id,
                          customer_id=customer.id, advisor_id=advisor.id,
                          status=WorkOrderStatus.DELIVERED, opened_at=DELIVERED_AT,
                          closed_at=DELIVERED_AT)
        s.add(order)
        s.flush()
        return VoiceStore(store.id, manager.id, care.id, advisor.id, customer.id, vehicle.id,
                          order.id)
