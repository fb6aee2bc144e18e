"""The care desk driven through Qt: outcomes from the keyboard, booking from an item."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.models import CareItem, CareOutcome, Vehicle
from app.services import customers, vehicles
from app.services.care_run import run_care
from app.services.common import store_today
from ui.care.page import CarePage
from ui.service.booking_dialog import BookingDialog


@pytest.fixture
def cared(db, shop):
    """Two customers whose cars were delivered 95 days ago (first service overdue), the
    run done: their items are stored."""
    delivered = store_today() - timedelta(days=95)
    plates = []
    for name, plate, mobile in (("张伟", "粤B12345", "13800138000"),
                                ("李娜", "粤B67890", "13900139000")):
        c = customers.create_customer(db, name=name, mobile=mobile, consent_contact=True)
        c = customers.update_customer(db, c.id, c.version, advisor_id=shop.advisor_id)
        v = vehicles.add_vehicle(db, plate=plate, owner_id=c.id, brand="丰田", model="凯美瑞")
        with db.session() as s:
            s.get(Vehicle, v.id).purchase_date = delivered
        plates.append(plate)
    run_care(db, shop.store_id)
    return plates


@pytest.fixture
def page(db, shop, runner, qtbot, cared):
    widget = CarePage(db, runner, shop.store_id, booking_dialog=BookingDialog)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    runner.drain()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.kind.setCurrentIndex(widget.kind.findData("first_service"))

    qtbot.waitUntil(lambda: widget.context is not None, timeout=5000)
    return widget


def _item(db, ident):
    with db.session() as s:
        return s.get(CareItem, ident)


def test_the_desk_lists_the_due_items_with_the_script(page):
    assert page.model.rowCount() == 2
    assert {page.model.record(r).plate for r in range(2)} == {"粤B12345", "粤B67890"}
    assert "首保" in page.script.text() and "凯美瑞" in page.script.text()
    assert page.status.text() == "共 2 项"


def test_an_outcome_from_the_keyboard_moves_to_the_next_item(db, page, qtbot):
    first, second = page.model.record(0), page.model.record(1)
    page.table.setFocus()
    with qtbot.waitSignal(page.outcome_recorded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_1)
    assert _item(db, first.id).status == "invited"
    assert page.model.rowCount() == 1 and page.current_row().id == second.id
    # A decline with no reason is refused with the reason in Chinese; nothing moves.
    with qtbot.waitSignal(page._runner.finished, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: "原因" in page.error.text(), timeout=5000)
    assert _item(db, second.id).status == "open"
    page.reason.setText("已在别处保养")
    page.table.setFocus()
    with qtbot.waitSignal(page.outcome_recorded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert _item(db, second.id).status == "declined"
    assert page.model.rowCount() == 0
    with db.session() as s:
        assert s.query(CareOutcome).filter_by(item_id=second.id).one().reason == "已在别处保养"


def test_book_now_opens_the_dialog_prefilled_and_links_the_booking(db, shop, page, qtbot):
    row = page.current_row()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_B)
    dialog = page.booking
    qtbot.waitUntil(lambda: dialog.items.count() == 3 and dialog.vehicle_id == row.vehicle_id,
                    timeout=5000)
    assert dialog.plate.text() == row.plate and dialog.notes.text() == "首保提醒"
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.outcome_recorded, timeout=5000):
        dialog.submit()
    item = _item(db, row.id)
    assert item.status == "booked" and item.booking_id is not None
    with db.session() as s:
        outcome = s.query(CareOutcome).filter_by(item_id=row.id).one()
        assert outcome.booking_id == item.booking_id


def test_the_desk_in_english(page, switcher, qtbot):
    shown = page.model.total
    switcher.apply("en")
    assert page.title.text() == "Customer care"
    assert page.status.text() == f"{shown} items"        # the count follows, no reload
    assert page.outcome_buttons["invited"].text() == "1 Invited"
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Kind"
    assert page.kind.currentText() == "First service"
