"""The booking calendar: day and week views by bay, booking through the dialog, conflicts
refused with their reason, move, cancel, no-show and check-in."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from app.services import bookings, customers, vehicles
from app.services.common import STORE_TZ
from ui.service.calendar import BookingCalendar, DayModel, SlotRole, WeekModel

DAY = date(2030, 3, 4)          # a Monday, in the future


@pytest.fixture(autouse=True)
def far_horizon(tmp_path, monkeypatch):
    """DAY is years ahead: these desks allow bookings that far (the horizon is a setting)."""
    from app.settings import Settings, save_settings

    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    save_settings(Settings(booking_horizon_days=3650))
PAST = date(2026, 1, 5)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), STORE_TZ)


@pytest.fixture
def cars(db):
    owner = customers.create_customer(db, name="刘洋", salutation="先生")
    other = customers.create_customer(db, name="周敏", salutation="女士")
    return (vehicles.add_vehicle(db, plate="粤B12345", owner_id=owner.id).id,
            vehicles.add_vehicle(db, plate="粤B67890", owner_id=other.id).id)


@pytest.fixture
def booked(db, shop, cars):
    """A 1.5-hour brake job in bay 1 at 09:00 on DAY."""
    return bookings.create_booking(db, vehicle_id=cars[0], item_ids=[shop.brakes_id],
                                   slot_start=at(DAY, 9), bay_id=shop.bay1_id,
                                   advisor_id=shop.advisor_id, now=at(DAY, 7))


@pytest.fixture
def calendar(db, runner, qtbot, switcher):
    widget = BookingCalendar(db, runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.set_day(DAY)
    return widget


def _cell(calendar, bay_id, hour, minute=0, day=DAY):
    model = calendar.day_model
    for column in range(model.columnCount()):
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if index.data(SlotRole) == (bay_id, at(day, hour, minute)):
                return index
    raise AssertionError("no such slot")


def test_models_pass_the_qt_model_tester(qtmodeltester, db, shop, booked):
    day = DayModel()
    qtmodeltester.check(day)
    day.set_day(bookings.list_slots(db, DAY), bookings.bookings_for_day(db, DAY))
    qtmodeltester.check(day)
    week = WeekModel()
    week.set_week([], [], [])
    qtmodeltester.check(week)


def test_day_view_by_bay_with_the_booking_spanning_its_slots(shop, booked, calendar):
    model = calendar.day_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "1号工位", "2号工位", "快修通道"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "08:30"
    index = _cell(calendar, shop.bay1_id, 9)
    assert index.data(Qt.ItemDataRole.UserRole).id == booked.id
    assert "粤B12345" in index.data() and "09:00–10:30" in index.data()
    assert calendar.day_view.rowSpan(index.row(), index.column()) == 3
    assert _cell(calendar, shop.bay2_id, 9).data(Qt.ItemDataRole.UserRole) is None


def test_week_view(shop, booked, calendar, qtbot):
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.set_mode("week")
    model = calendar.week_model
    assert model.columnCount() == 7 and model.headerData(0, Qt.Orientation.Horizontal) == "03-04 一"
    assert model.index(0, 0).data() == "09:00 粤B12345"
    assert model.index(1, 0).data() == ""


def test_booking_through_the_dialog_on_the_selected_slot(shop, cars, calendar, qtbot):
    calendar.day_view.setCurrentIndex(_cell(calendar, shop.bay2_id, 10))
    dialog = calendar.new_booking()
    qtbot.waitUntil(lambda: dialog.items.count() == 3, timeout=5000)
    assert dialog.time.currentText() == "10:00" and dialog.bay.currentData() == shop.bay2_id
    dialog.plate.setText("粤B67890")
    with qtbot.waitSignal(calendar._runner.finished, timeout=5000):
        dialog.find_vehicle()
    assert dialog.vehicle_id == cars[1] and "粤B·67890" in dialog.vehicle_label.text()
    for row in range(dialog.items.count()):
        if dialog.items.item(row).data(Qt.ItemDataRole.UserRole).id == shop.brakes_id:
            dialog.items.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.length_label.text() == "90 分钟"          # labour hours size the slot
    dialog.channel.setCurrentIndex(dialog.channel.findData("advisor_on_behalf"))
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        dialog.submit()
    record = _cell(calendar, shop.bay2_id, 10).data(Qt.ItemDataRole.UserRole)
    assert record.plate == "粤B67890" and record.channel == "advisor_on_behalf"
    assert record.slot_end == at(DAY, 11, 30)


def test_a_conflict_is_refused_with_its_reason(shop, cars, booked, calendar, qtbot):
    calendar.day_view.setCurrentIndex(_cell(calendar, shop.bay1_id, 9, 30))
    dialog = calendar.new_booking()
    qtbot.waitUntil(lambda: dialog.items.count() == 3, timeout=5000)
    dialog.vehicle_id = cars[1]
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.bay.setCurrentIndex(dialog.bay.findData(shop.bay1_id))
    with qtbot.waitSignal(calendar._runner.finished, timeout=5000):
        dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=5000)
    assert "1号工位" in dialog.error.text() and "粤B12345" in dialog.error.text()
    assert dialog.isVisible()                      # still open with what was typed
    dialog.reject()


def test_move_and_cancel(db, shop, booked, calendar, qtbot):
    calendar.day_view.setCurrentIndex(_cell(calendar, shop.bay1_id, 9))
    dialog = calendar.move_booking()
    qtbot.waitUntil(lambda: dialog.bay.count() > 1, timeout=5000)
    dialog.set_time(time(14, 0))
    dialog.bay.setCurrentIndex(dialog.bay.findData(shop.bay2_id))
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        dialog.submit()
    moved = bookings.get_booking(db, booked.id)
    assert (moved.slot_start, moved.bay_id) == (at(DAY, 14), shop.bay2_id)
    calendar.select_slot(shop.bay2_id, at(DAY, 14))
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.cancel_booking()
    assert bookings.get_booking(db, booked.id).status == "cancelled"
    assert _cell(calendar, shop.bay2_id, 14).data(Qt.ItemDataRole.UserRole) is None


def test_no_show_once_the_slot_has_begun(calendar, qtbot, db, shop, cars):
    past = bookings.create_booking(db, vehicle_id=cars[0], item_ids=[shop.oil_id],
                                   slot_start=at(PAST, 9), now=at(PAST, 8))
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.set_day(PAST)
    calendar.select_slot(past.bay_id, at(PAST, 9))
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.mark_no_show()
    assert bookings.get_booking(db, past.id).status == "no_show"


def test_no_show_of_a_future_booking_shows_the_reason(shop, booked, calendar, qtbot):
    calendar.select_slot(shop.bay1_id, at(DAY, 9))
    with qtbot.waitSignal(calendar.failed, timeout=5000) as blocker:
        calendar.mark_no_show()
    assert "尚未开始" in blocker.args[0] == calendar.message.text()


def test_check_in_opens_the_work_order_draft(db, shop, booked, calendar, qtbot):
    from app.services import work_orders
    calendar.select_slot(shop.bay1_id, at(DAY, 9))
    with qtbot.waitSignal(calendar.work_order_opened, timeout=5000) as blocker:
        calendar.check_in()
    detail = work_orders.get_work_order(db, blocker.args[0])
    assert detail.booking_id == booked.id and detail.status == "waiting_check_in"
    assert [x.description for x in detail.lines] == ["更换刹车片"]


def test_english(calendar, switcher):
    switcher.apply("en")
    assert calendar.new_button.text() == "New booking"
    assert calendar.week_button.text() == "Week"
    switcher.apply("zh_CN")
