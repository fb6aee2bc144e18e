"""The administration pages driven through Qt: a bay's hours change the free slots the booking
calendar offers, a closing day or a public holiday closes the calendar, care due dates and
complaint clocks follow the days closed on the page, and bad input is refused with a clear
message that keeps what was typed and stored."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QTime

from app.domain.store_time import STORE_TZ
from app.models import CareItem, Vehicle
from app.services import bookings, complaints, customers, store_admin, vehicles
from app.services.care_run import run_care
from ui.admin.page import AdminPage
from ui.service.calendar import BookingCalendar, SlotRole

MONDAY = date(2030, 3, 4)
NATIONAL_DAY = date(2026, 10, 1)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), STORE_TZ)


@pytest.fixture
def admin(db, shop, runner, qtbot, switcher):
    page = AdminPage(db, runner, shop.store_id)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    return page


@pytest.fixture
def calendar(db, shop, runner, qtbot, switcher):
    widget = BookingCalendar(db, runner, store_id=shop.store_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def show_tab(qtbot, admin, panel):
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        admin.tabs.setCurrentWidget(panel)
    return panel


def show_day(qtbot, calendar, day):
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        if calendar.day() == day:
            calendar.reload()
        else:
            calendar.set_day(day)


def choose_row(panel, text):
    model = panel.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == text:
            panel.table.selectRow(row)
            panel.table.clicked.emit(model.index(row, 0))
            return
    raise AssertionError(f"no row {text}")


def slot(calendar, bay_id, hour, minute=0, day=MONDAY):
    model = calendar.day_model
    for column in range(model.columnCount()):
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if index.data(SlotRole) == (bay_id, at(day, hour, minute)):
                return model.slot(index)
    return None


def test_a_bays_hours_change_the_free_slots_of_the_booking_calendar(db, admin, calendar, qtbot,
                                                                    shop):
    show_day(qtbot, calendar, MONDAY)
    assert slot(calendar, shop.bay1_id, 8, 30).free
    assert slot(calendar, shop.bay1_id, 19) is None            # after the usual closing
    bays = show_tab(qtbot, admin, admin.bays)
    choose_row(bays, "1号工位")
    _box, opens, closes = bays.days[0]                       # Monday
    opens.setTime(QTime(10, 0))
    closes.setTime(QTime(20, 0))
    with qtbot.waitSignal(bays.saved, timeout=10_000):
        bays.save_hours.click()
    assert "周一 10:00–20:00" in bays.hours_text(bays.editing)
    show_day(qtbot, calendar, MONDAY)
    assert not slot(calendar, shop.bay1_id, 8, 30).free       # the bay opens at 10:00 now
    assert slot(calendar, shop.bay1_id, 8, 30).open is False
    assert slot(calendar, shop.bay2_id, 8, 30).free           # the other bay keeps its day
    assert slot(calendar, shop.bay1_id, 19, 30).free
    offered = bookings.free_slots(db, MONDAY, [shop.brakes_id],
                                  now=at(MONDAY, 7), store_id=shop.store_id)
    bay1 = sorted(s.start for s in offered if s.bay_id == shop.bay1_id)
    assert bay1[0] == at(MONDAY, 10) and bay1[-1] == at(MONDAY, 18, 30)


def test_a_closing_day_and_a_public_holiday_close_the_booking_calendar(admin, calendar,
                                                                        qtbot, shop):
    days = show_tab(qtbot, admin, admin.calendar)
    with qtbot.waitSignal(days.loaded, timeout=10_000):
        days.show_day(MONDAY)
    days.note.setText("盘点")
    with qtbot.waitSignal(days.changed, timeout=10_000):
        days.close_button.click()
    show_day(qtbot, calendar, MONDAY)
    assert calendar.day_model.rowCount() == 0
    assert "本店不营业" in calendar.day_note.text() and "盘点" in calendar.day_note.text()
    # China's National Day: closed without anybody doing anything …
    show_day(qtbot, calendar, NATIONAL_DAY)
    assert calendar.day_model.rowCount() == 0 and "国庆节" in calendar.day_note.text()
    # … until the store decides to open that day.
    with qtbot.waitSignal(days.loaded, timeout=10_000):
        days.show_day(NATIONAL_DAY)
    assert "法定节假日" in days.chosen.text()
    with qtbot.waitSignal(days.changed, timeout=10_000):
        days.open_button.click()
    show_day(qtbot, calendar, NATIONAL_DAY)
    assert calendar.day_model.rowCount() > 0


def test_days_closed_on_the_page_move_care_due_dates_and_stop_complaint_clocks(
        db, admin, qtbot, shop):
    days = show_tab(qtbot, admin, admin.calendar)
    closed = date(2027, 3, 3)        # 2027: chinese-calendar 1.11 knows no holidays yet
    with qtbot.waitSignal(days.loaded, timeout=10_000):
        days.show_day(closed)
    assert days.unknown.isVisible() and "2027" in days.unknown.text()
    with qtbot.waitSignal(days.changed, timeout=10_000):
        days.close_button.click()
    customer = customers.create_customer(db, name="张伟", salutation="先生",
                                         mobile="13800138000", consent_contact=True)
    customers.update_customer(db, customer.id, customer.version,
                              consultant_id=shop.consultant_id)
    car = vehicles.add_vehicle(db, plate="粤B12345", owner_id=customer.id, brand="丰田",
                               model="凯美瑞")
    with db.session() as s:
        s.get(Vehicle, car.id).purchase_date = closed - timedelta(days=1)
    run_care(db, shop.store_id, now=at(closed - timedelta(days=1), 9))
    with db.session() as s:
        thanks = s.query(CareItem).filter_by(kind="thank_you").one()
        assert thanks.due_date == closed + timedelta(days=1)
    evening = at(closed - timedelta(days=1), 20)
    complaints.open_complaint(db, customer_id=customer.id, category="waiting", words="等太久",
                              store_id=shop.store_id, now=evening)
    (row,) = complaints.complaints_page(db, store_id=shop.store_id, now=evening).rows
    assert row.clock.step == "contacted"
    assert row.clock.due_at.astimezone(STORE_TZ) == evening + timedelta(hours=1)
    complaints.take_step(db, row.id, "contacted", by_id=shop.advisor_id,
                         now=evening + timedelta(minutes=20))
    (row,) = complaints.complaints_page(db, store_id=shop.store_id, now=evening).rows
    assert row.clock.due_at.astimezone(STORE_TZ) == evening + timedelta(days=2)


def test_bad_input_gets_a_clear_message_and_loses_nothing(db, admin, qtbot, shop, switcher):
    bays = show_tab(qtbot, admin, admin.bays)
    choose_row(bays, "1号工位")
    _box, opens, closes = bays.days[2]                       # Wednesday
    opens.setTime(QTime(18, 0))
    closes.setTime(QTime(9, 0))
    bays.save_hours.click()
    qtbot.waitUntil(lambda: "须晚于" in bays.message.text(), timeout=10_000)
    assert "周三" in bays.message.text()
    assert opens.time() == QTime(18, 0) and closes.time() == QTime(9, 0)   # as typed
    (stored,) = [b for b in store_admin.list_bays(db, shop.store_id) if b.id == shop.bay1_id]
    assert not stored.own_hours                              # nothing half-stored

    stores = show_tab(qtbot, admin, admin.stores)
    stores.start_new()
    stores.code.setText("gz01")
    stores.name.setText("广州番禺4S店")
    stores.save_button.click()
    qtbot.waitUntil(lambda: "GZ01" in stores.message.text(), timeout=10_000)
    assert "已被" in stores.message.text() and stores.name.text() == "广州番禺4S店"
    assert [s.code for s in store_admin.list_stores(db)] == ["GZ01"]

    items = show_tab(qtbot, admin, admin.items)
    items.start_new()
    items.code.setText("AC")
    items.name.setText("空调清洗")
    items.hours.setText("一小时")
    items.price.setText("260")
    items.save_button.click()
    qtbot.waitUntil(lambda: "工时须为数字" in items.message.text(), timeout=10_000)
    assert items.hours.text() == "一小时" and items.name.text() == "空调清洗"
    switcher.apply("en")
    items.save_button.click()
    qtbot.waitUntil(lambda: "must be a number" in items.message.text(), timeout=10_000)
    items.hours.setText("1")
    with qtbot.waitSignal(items.saved, timeout=10_000):
        items.save_button.click()
    assert "AC" in [i.code for i in store_admin.list_items(db)]


def test_divisions_are_created_and_renamed_and_a_used_code_is_refused(db, admin, qtbot,
                                                                      switcher):
    divisions = show_tab(qtbot, admin, admin.divisions)
    divisions.start_new()
    divisions.code.setText("south")
    divisions.name.setText("华南大区")
    with qtbot.waitSignal(divisions.saved, timeout=10_000):
        divisions.save_button.click()
    qtbot.waitUntil(lambda: divisions.model.rowCount() == 1, timeout=10_000)
    assert [(d.code, d.name) for d in store_admin.list_divisions(db)] == [("SOUTH", "华南大区")]

    divisions.start_new()
    divisions.code.setText("SOUTH")
    divisions.name.setText("华南二区")
    divisions.save_button.click()
    qtbot.waitUntil(lambda: "SOUTH" in divisions.message.text(), timeout=10_000)
    assert "已被" in divisions.message.text() and "华南大区" in divisions.message.text()
    assert divisions.code.text() == "SOUTH" and divisions.name.text() == "华南二区"  # as typed
    switcher.apply("en")
    divisions.save_button.click()
    qtbot.waitUntil(lambda: "already used" in divisions.message.text(), timeout=10_000)
    assert len(store_admin.list_divisions(db)) == 1           # nothing half-stored

    choose_row(divisions, "SOUTH")
    divisions.name.setText("华南一区")
    with qtbot.waitSignal(divisions.saved, timeout=10_000):
        divisions.save_button.click()
    assert [(d.code, d.name) for d in store_admin.list_divisions(db)] == [("SOUTH", "华南一区")]

    stores = show_tab(qtbot, admin, admin.stores)              # the stores' choice follows
    assert [stores.division.itemText(i) for i in range(stores.division.count())][1:] == [
        "华南一区 (SOUTH)"]
