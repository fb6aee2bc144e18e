"""The demo store's back office: suppliers for the parts, the open requests ordered (one
purchase order per supplier, the first partly delivered), an accident case towed in and
assessed, and a bill begun on a car ready for pick-up, its customer holding points — so
every back-office page has something to show."""

from __future__ import annotations

from datetime import timedelta

from app.db import Database
from app.errors import Conflict
from app.services import accidents, cashier, parts, points, purchasing, vehicles
from app.services.accidents import AssessmentInput
from app.services.common import now_utc

#: The showcase car the demo accident happened to (see app.demo.showcase).
ACCIDENT_PLATE = "粤A5D123"


def build_back_office(db: Database, store_id: int) -> None:
    """Suppliers, purchase orders, an accident case and a bill for the demo store."""
    catalogue = parts.list_parts(db, limit=1000)
    suppliers = (purchasing.create_supplier(db, code="GTMC", name="广汽丰田配件中心",
                                            contact="刘工", phone="020-8888 1234"),
                 purchasing.create_supplier(db, code="BOSCH", name="博世汽配广州",
                                            contact="陈经理", phone="020-8777 5678"))
    for number, part in enumerate(catalogue):
        purchasing.set_supplier(db, part.id, suppliers[number % 2].id)
    _order_and_receive(db, store_id)
    _accident(db, store_id, catalogue[0] if catalogue else None)
    _bill(db, store_id)


def _order_and_receive(db: Database, store_id: int) -> None:
    try:
        orders = purchasing.order_requests(db, store_id)
    except Conflict:                     # no open request in this demo store
        return
    first = orders[0].lines[0]
    if first.qty_ordered > 1:
        purchasing.receive_delivery(db, orders[0].id, {first.id: first.qty_ordered // 2})


def _accident(db: Database, store_id: int, part) -> None:
    car = vehicles.find_by_plate(db, ACCIDENT_PLATE)
    if car is None:
        return
    now = now_utc()
    case = accidents.open_case(db, store_id, car.id, source="rescue_call",
                               happened_at=now - timedelta(hours=3),
                               location="广州大道中与黄埔大道交界", caller_phone="13800138000",
                               insurer_name="平安保险", claim_number="PA2026000123",
                               notes="追尾，前保险杠与左前灯受损", now=now)
    case = accidents.record_tow(db, case.id, case.version, company="安达道路救援",
                                driver="李师傅", called_at=now - timedelta(hours=3),
                                eta=now - timedelta(hours=2, minutes=20),
                                arrived_at=now - timedelta(hours=2, minutes=10))
    lines = [AssessmentInput("labour", "钣金修复", 1, "900", "900", hours="3"),
             AssessmentInput("labour", "喷漆", 1, "1200", "1000", hours="4")]
    if part is not None:
        lines.append(AssessmentInput("part", "", 1, f"{part.price}", f"{part.price}",
                                     part_id=part.id))
    accidents.set_assessment(db, case.id, case.version, lines, assessor_name="赵定损",
                             assessor_phone="95512", now=now)


def _bill(db: Database, store_id: int) -> None:
    ready = [w for w in cashier.waiting(db, store_id)
             if w.status == "ready_for_pickup" and w.approved_total > 0]
    if ready:
        bill = cashier.open_settlement(db, ready[0].work_order_id)
        if bill.customer_id is not None:       # points to redeem on the cashier's page
            points.adjust(db, bill.customer_id, 20_000, store_id=store_id,
                          reason="老客户积分迁入")
