"""Releasing a car (放行): the pick-up slip prints only when the work order's bill is
settled, or a manager released the car with a reason (a fleet account, a goodwill case)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import (
    CarRelease,
    Customer,
    Settlement,
    SettlementStatus,
    Staff,
    StaffRole,
    Vehicle,
    WorkOrder,
)
from app.printing.cashier_pdf import render_pickup_slip
from app.services import accounts, audit
from app.services.common import get_or_raise, now_utc
from app.services.store_info import store_info_in


@dataclass(frozen=True)
class PickupPass:
    """What the pick-up slip says: the car, and why it may leave."""

    work_order_id: int
    work_order_number: str
    plate: str
    vehicle_id: int
    customer_name: str
    settlement_number: str
    settled_at: datetime | None
    released_by: str
    release_reason: str
    released_at: datetime | None


@acting.needs(Permission.CASHIER)
def release_car(db: Database, work_order_id: int, manager_id: int | None, reason: str, *,
                approval_token: str | None = None, who: str = "",
                now: datetime | None = None) -> PickupPass:
    """A manager lets a car go before its bill is settled, saying why. The manager proves
    it: a grant (`approval_token`, they typed their own password or PIN at this desk) or
    being the one signed in; a `manager_id` merely named is refused."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写放行原因。", "Say why the car is released.", field="reason")
    proved = accounts.proved_approver(approval_token, Permission.CAR_RELEASE)
    if proved is None or manager_id not in (None, proved):
        raise ValidationError("放行须由店长本人确认：在本机输入其用户名和密码（或 PIN），或店长本人登录。",
                              "The manager releases the car in person: typing their own name "
                              "and password (or PIN) at this desk, or signed in.",
                              field="manager_id")
    manager_id = proved
    try:
        with db.session() as s:
            order = get_or_raise(s, WorkOrder, work_order_id, "工单", "work order",
                                 field="work_order_id")
            manager = s.get(Staff, manager_id) if manager_id is not None else None
            if manager is None or not manager.active or manager.role is not StaffRole.MANAGER:
                raise ValidationError("只有店长可以放行未结算的车辆。",
                                      "Only a manager may release a car that is not settled.",
                                      field="manager_id")
            row = CarRelease(work_order_id=order.id, manager_id=manager.id,
                             reason=reason[:200], at=now_utc(now))
            s.add(row)
            s.flush()
            audit.record(s, who=who, action="create", row=row)
    except IntegrityError:
        raise Conflict("该车辆已放行。", "This car is already released.",
                       field="work_order_id") from None
    return pickup_pass(db, work_order_id)


@acting.needs(Permission.WORK_ORDER_VIEW)
def pickup_pass(db: Database, work_order_id: int) -> PickupPass:
    """Why the car may leave; Conflict when its bill is not settled and no manager released
    it (the pick-up slip is refused)."""
    with db.session() as s:
        order = get_or_raise(s, WorkOrder, work_order_id, "工单", "work order",
                             field="work_order_id")
        bill = s.scalars(select(Settlement).where(Settlement.work_order_id == order.id)).first()
        release = s.scalars(select(CarRelease).where(
            CarRelease.work_order_id == order.id)).first()
        settled = bill is not None and bill.status is SettlementStatus.SETTLED
        if not settled and release is None:
            raise Conflict(f"工单 {order.number} 尚未结算，不能打印提车单（或请店长放行）。",
                           f"Work order {order.number} is not settled; the pick-up slip "
                           "cannot print (or a manager releases the car).",
                           field="work_order_id")
        vehicle = s.get(Vehicle, order.vehicle_id)
        customer = s.get(Customer, order.customer_id) if order.customer_id else None
        manager = s.get(Staff, release.manager_id) if release else None
        return PickupPass(order.id, order.number, vehicle.plate, vehicle.id,
                          customer.name if customer else "",
                          bill.number if settled else "", bill.settled_at if settled else None,
                          manager.name if manager else "", release.reason if release else "",
                          release.at if release else None)


@acting.needs(Permission.WORK_ORDER_VIEW)
def pickup_slip_pdf(db: Database, work_order_id: int, store_id: int | None) -> bytes:
    """The pick-up slip's PDF; refused (Conflict) for a car neither settled nor released."""
    slip = pickup_pass(db, work_order_id)
    with db.session() as s:
        store = store_info_in(s, store_id)
    return render_pickup_slip(slip, store)
