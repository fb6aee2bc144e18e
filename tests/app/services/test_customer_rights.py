"""The customer's rights: everything about a customer exported (JSON, readable PDF) and
erased (work orders kept anonymised, the rest deleted with the snapshots), audited."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from app.errors import NotFound
from app.models import (
    AuditLog,
    Booking,
    Complaint,
    Customer,
    CustomerStore,
    LineKind,
    MatchKind,
    Vehicle,
    Visit,
    WorkOrder,
    WorkOrderLine,
)
from app.printing.layout import StoreInfo
from app.printing.privacy_pdf import customer_export_pdf
from app.services import bookings, complaints, customers, vehicles
from app.services.common import STORE_TZ, store_today
from app.services.customer_rights import erase_customer, export_customer
from app.services.snapshots import store_snapshot

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DEALERDESK_DATA", str(folder))
    return folder


@pytest.fixture
def zhang(db, shop, data):
    """张伟: a car with a work order (one line, valuables noted), a booking, a visit with
    its snapshot and a complaint. Returns (customer id, vehicle id, order id, snapshot)."""
    c = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678",
                                  consent_plate_recognition=True, notes="喜欢靠窗座位")
    car = vehicles.add_vehicle(db, plate="粤B12345", owner_id=c.id, vin="LSVAM4187C2184847")
    start = datetime.combine(store_today(NOW) + timedelta(days=2), time(10), STORE_TZ)
    bookings.create_booking(db, vehicle_id=car.id, item_ids=[shop.brakes_id], slot_start=start,
                            bay_id=shop.bay1_id, now=NOW)
    snap = Path(store_snapshot(np.full((30, 90, 3), 90, np.uint8), now=NOW))
    with db.session() as s:
        order = WorkOrder(number="WO-ERASE-1", store_id=shop.store_id, vehicle_id=car.id,
                          customer_id=c.id, concerns="刹车异响", valuables="钱包一只")
        order.lines.append(WorkOrderLine(kind=LineKind.LABOUR, description="更换刹车片",
                                         unit_price=Decimal("900.00")))
        s.add(order)
        s.add(Visit(arrived_at=NOW, plate_read="粤B12345", snapshot_path=str(snap),
                    camera="gate", match=MatchKind.EXACT, vehicle_id=car.id, customer_id=c.id))
        s.flush()
        order_id = order.id
    complaints.open_complaint(db, customer_id=c.id, category="quality", words="异响没修好",
                              store_id=shop.store_id, vehicle_id=car.id, now=NOW)
    return c.id, car.id, order_id, snap


@pytest.fixture
def other(db):
    """Another customer, who must come through untouched."""
    c = customers.create_customer(db, name="李娜", mobile="13900001111")
    vehicles.add_vehicle(db, plate="粤A54321", owner_id=c.id)
    return c.id


def audit(db, action: str) -> list[AuditLog]:
    with db.session() as s:
        rows = list(s.scalars(select(AuditLog).where(AuditLog.action == action)))
        s.expunge_all()
        return rows


def test_export_holds_everything_and_is_audited(db, zhang, other, tmp_path):
    cid, car_id, order_id, snap = zhang
    done = export_customer(db, cid, who="周敏")
    tables = json.loads(done.json_text())["tables"]
    assert tables["customers"][0]["name"] == "张伟"
    assert tables["customers"][0]["mobile"] == "13812345678"
    assert [v["vin"] for v in tables["vehicles"]] == ["LSVAM4187C2184847"]
    assert [w["id"] for w in tables["work_orders"]] == [order_id]
    assert tables["work_order_lines"][0]["description"] == "更换刹车片"
    assert tables["visits"][0]["snapshot_path"] == str(snap)
    assert len(tables["bookings"]) == 1 and len(tables["complaints"]) == 1
    assert tables["complaint_steps"]                                   # one level down
    assert {a["entity"] for a in tables["audit_log"]} >= {"customers", "vehicles"}
    assert "李娜" not in done.json_text() and "13900001111" not in done.json_text()
    (row,) = audit(db, "export")
    assert (row.who, row.entity, row.entity_id) == ("周敏", "customers", cid)
    assert "13812345678" not in json.dumps(row.after, ensure_ascii=False)
    pdf = tmp_path / "export.pdf"
    pdf.write_bytes(customer_export_pdf(done, StoreInfo("广州天河4S店")))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for shown in ("个人信息副本", "张伟", "13812345678", "粤B12345", "WO-ERASE-1", "更换刹车片",
                  "工单", "到店记录"):
        assert shown in text, shown


def test_erase_keeps_work_orders_anonymised_and_deletes_the_rest(db, zhang, other):
    cid, car_id, order_id, snap = zhang
    done = erase_customer(db, cid, who="周敏")
    assert not snap.exists() and done.files == 1
    assert done.anonymised == {"vehicles": 1, "work_orders": 1}
    assert {"visits", "bookings", "complaints", "customers"} <= set(done.deleted)
    with db.session() as s:
        assert s.get(Customer, cid) is None
        order = s.get(WorkOrder, order_id)
        assert order.customer_id is None and order.valuables == ""
        assert order.concerns == "刹车异响" and len(order.lines) == 1    # the record stays
        car = s.get(Vehicle, car_id)
        assert (car.plate, car.vin, car.owner_id, car.active) == ("", None, None, False)
        assert s.scalars(select(Visit)).all() == []
        assert s.scalars(select(Booking)).all() == []
        assert s.scalars(select(Complaint)).all() == []
        assert s.get(Customer, other).name == "李娜"
        assert [v.plate for v in s.scalars(select(Vehicle).where(Vehicle.active))] == ["粤A54321"]
        # The stores' search copies of the name go with the customer.
        assert "张伟" not in s.scalars(select(CustomerStore.name)).all()
        assert "李娜" in s.scalars(select(CustomerStore.name)).all()
    (row,) = audit(db, "erase")
    assert (row.who, row.entity, row.entity_id) == ("周敏", "customers", cid)
    trail = json.dumps([row.before, row.after], ensure_ascii=False)
    assert "张伟" not in trail and "13812345678" not in trail and "靠窗" not in trail
    assert "work_orders" in trail                                    # says what was done
    with pytest.raises(NotFound):
        export_customer(db, cid, who="周敏")


def test_erase_deletes_a_vehicle_no_record_needs(db, data, other):
    c = customers.create_customer(db, name="王芳", mobile="13711112222")
    car = vehicles.add_vehicle(db, plate="粤B77777", owner_id=c.id)
    done = erase_customer(db, c.id, who="周敏")
    assert done.deleted["vehicles"] == 1 and not done.anonymised and not done.customer_kept
    with db.session() as s:
        assert s.get(Vehicle, car.id) is None
