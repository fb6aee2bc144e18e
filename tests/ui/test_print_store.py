"""A desk prints under its own store's letterhead, not the group's first store's."""

from __future__ import annotations

import subprocess
from datetime import datetime

from app.models import Store
from app.services import customers, vehicles, work_orders
from app.services.common import STORE_TZ
from app.store_scope import working_for
from ui.service.page import ServicePage

NOW = datetime(2030, 3, 4, 9, 0, tzinfo=STORE_TZ)


def test_a_second_stores_desk_prints_its_work_order_under_its_own_letterhead(
        db, runner, qtbot, shop, switcher, tmp_path):
    with db.session() as s:
        second = Store(code="SZ01", name="深圳南山4S店", province="粤", city="深圳",
                       address="南山区科技园88号", phone="0755-88886666")
        s.add(second)
        s.flush()
        b = second.id
    assert b != shop.store_id   # the shop (广州天河4S店) is the first store
    with working_for(b):
        owner = customers.create_customer(db, name="王芳", salutation="女士")
        car = vehicles.add_vehicle(db, plate="粤B22222", owner_id=owner.id)
        order = work_orders.open_work_order(db, vehicle_id=car.id, now=NOW)
    page = ServicePage(db, runner, start=False, store_id=b)
    qtbot.addWidget(page)
    window = page.open_work_order(order.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    target = tmp_path / "work_order.pdf"
    with qtbot.waitSignal(window.printed, timeout=10000):
        window.print_document("work_order", path=str(target))
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "深圳南山4S店" in text and "南山区科技园88号" in text and "0755-88886666" in text
    assert "广州天河4S店" not in text
    assert order.number in text
