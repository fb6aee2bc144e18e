"""Fixtures for the service tests: a little store on the database under test."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from app.errors import UserError
from app.models import Bay, BayKind, ServiceItem, Staff, StaffRole, Store


@dataclass(frozen=True)
class Shop:
    """Ids of the staff, bays and service items every service test can use."""

    store_id: int
    reception_id: int
    consultant_id: int
    advisor_id: int
    technician_id: int
    left_advisor_id: int
    bay1_id: int
    bay2_id: int
    quick_id: int
    oil_id: int
    filter_id: int
    brakes_id: int


@pytest.fixture
def shop(db) -> Shop:
    """Staff, two normal bays, a quick lane and three service items."""
    with db.session() as s:
        store = Store(code="GZ01", name="广州天河4S店", province="粤")
        s.add(store)
        s.flush()
        staff = [Staff(store_id=store.id, name=n, role=r, active=a) for n, r, a in (
            ("王芳", StaffRole.RECEPTION, True), ("李强", StaffRole.SALES_CONSULTANT, True),
            ("陈静", StaffRole.SERVICE_ADVISOR, True), ("赵磊", StaffRole.TECHNICIAN, True),
            ("孙丽", StaffRole.SERVICE_ADVISOR, False))]
        bays = [Bay(store_id=store.id, name="1号工位", kind=BayKind.NORMAL, sort_order=1),
                Bay(store_id=store.id, name="2号工位", kind=BayKind.NORMAL, sort_order=2),
                Bay(store_id=store.id, name="快修通道", kind=BayKind.QUICK_LANE, sort_order=3)]
        items = [ServiceItem(code="OIL", name="更换机油", labour_hours=Decimal("0.5"),
                             price=Decimal("380.00"), quick=True),
                 ServiceItem(code="FLT", name="更换空调滤芯", labour_hours=Decimal("0.3"),
                             price=Decimal("120.00"), quick=True),
                 ServiceItem(code="BRK", name="更换刹车片", labour_hours=Decimal("1.5"),
                             price=Decimal("900.00"), quick=False)]
        s.add_all(staff + bays + items)
        s.flush()
        return Shop(store.id, *(x.id for x in staff), *(b.id for b in bays),
                    *(i.id for i in items))


def assert_user_error(exc_info, error_type, field: str | None) -> None:
    """The raised error is `error_type`, names `field`, and has both messages."""
    error = exc_info.value
    assert isinstance(error, UserError)
    assert type(error) is error_type, type(error)
    assert error.field == field
    assert error.zh.strip() and error.en.strip()
    assert error.zh != error.en
