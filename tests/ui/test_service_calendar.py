"""The booking calendar: day and week views by bay, booking through the dialog, conflicts
refused with their reason, move, cancel, no-show and check-in."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from app.services import bookings, customers, vehicles
from app.services.common import STORE_TZ, store_today
from ui.service.calendar import BookingCalendar, DayModel, SlotRole, WeekModel
from ui.widgets.palette import style_sheet

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


def _answer(calendar, button: str) -> None:
    """Click a button of the calendar's open confirmation."""
    from PySide6.QtWidgets import QPushButton

    box = calendar.confirm_box
    assert box is not None and box.isVisible()
    box.findChild(QPushButton, button).click()


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
    assert "粤B·12345" in index.data() and "09:00–10:30" in index.data()
    assert calendar.day_view.rowSpan(index.row(), index.column()) == 3
    assert _cell(calendar, shop.bay2_id, 9).data(Qt.ItemDataRole.UserRole) is None


def test_week_view(shop, booked, calendar, qtbot):
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.set_mode("week")
    model = calendar.week_model
    assert model.columnCount() == 7 and model.headerData(0, Qt.Orientation.Horizontal) == "03-04 一"
    assert model.index(0, 0).data() == "09:00 粤B·12345"
    assert model.index(1, 0).data() == ""


def test_booking_through_the_dialog_on_the_selected_slot(shop, cars, calendar, qtbot):
    calendar.day_view.setCurrentIndex(_cell(calendar, shop.bay2_id, 10))
    dialog = calendar.new_booking()
    qtbot.waitUntil(lambda: dialog.items.count() == 3, timeout=5000)
    assert dialog.time.currentText() == "10:00" and dialog.bay.currentData() == shop.bay2_id
    dialog.plate.setText("粤B67890")
    dialog.find_vehicle()
    qtbot.waitUntil(lambda: dialog.vehicle_id == cars[1], timeout=5000)
    assert "粤B·67890" in dialog.vehicle_label.text()
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
    calendar.cancel_booking()
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        _answer(calendar, "confirm_yes")
    assert bookings.get_booking(db, booked.id).status == "cancelled"
    assert _cell(calendar, shop.bay2_id, 14).data(Qt.ItemDataRole.UserRole) is None


def test_no_show_once_the_slot_has_begun_and_ctrl_z_undoes_it(calendar, qtbot, db, shop, cars):
    past = bookings.create_booking(db, vehicle_id=cars[0], item_ids=[shop.oil_id],
                                   slot_start=at(PAST, 9), now=at(PAST, 8))
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.set_day(PAST)
    calendar.select_slot(past.bay_id, at(PAST, 9))
    calendar.mark_no_show()
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        _answer(calendar, "confirm_yes")
    assert bookings.get_booking(db, past.id).status == "no_show"
    calendar.activateWindow()
    qtbot.waitUntil(calendar.isActiveWindow, timeout=5000)
    calendar.day_view.setFocus()
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        qtbot.keyClick(calendar.day_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bookings.get_booking(db, past.id).status == "booked"


def test_no_show_of_a_future_booking_shows_the_reason(shop, booked, calendar, qtbot):
    calendar.select_slot(shop.bay1_id, at(DAY, 9))
    calendar.mark_no_show()
    with qtbot.waitSignal(calendar.failed, timeout=5000) as blocker:
        _answer(calendar, "confirm_yes")
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


def test_an_open_booking_dialog_follows_a_language_change(db, runner, qtbot, shop, switcher):
    from ui.service.booking_dialog import BookingDialog

    dialog = BookingDialog(db, runner, day=DAY, start=time(9), now=at(DAY, 7))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.length_label.text() == "30 分钟", timeout=10_000)
    assert dialog.channel.currentText() == "电话"
    switcher.apply("en")
    assert dialog.windowTitle() == "New booking"
    assert (dialog.channel.currentText(), dialog.channel.currentData()) == ("Phone", "phone")
    assert dialog.length_label.text() == "30 minutes"
    assert dialog.find.text() == "Find"


def test_cancelling_asks_first_and_can_be_undone(db, shop, booked, calendar, qtbot):
    calendar.select_slot(shop.bay1_id, at(DAY, 9))
    calendar.cancel_booking()
    assert "粤B·12345" in calendar.confirm_box.text() and "09:00" in calendar.confirm_box.text()
    _answer(calendar, "confirm_back")                        # changed their mind
    assert bookings.get_booking(db, booked.id).status == "booked"
    calendar.cancel_booking()
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        _answer(calendar, "confirm_yes")
    assert bookings.get_booking(db, booked.id).status == "cancelled"
    assert calendar.undo_offer.isVisible() and "粤B·12345" in calendar.undo_offer.text.text()
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.undo_offer.button.click()                   # 撤销
    assert bookings.get_booking(db, booked.id).status == "booked"
    assert not calendar.undo_offer.isVisible()


def test_the_selected_booking_stands_out_from_the_other_bookings(
        db, shop, cars, booked, calendar, qtbot, qapp):

    before = qapp.styleSheet()       # the desk's own style sheet, as ui.desk applies it
    qapp.setStyleSheet(style_sheet())
    try:
        _check_selection_colour(db, shop, cars, calendar, qtbot)
    finally:
        qapp.setStyleSheet(before)


def _check_selection_colour(db, shop, cars, calendar, qtbot):
    bookings.create_booking(db, vehicle_id=cars[1], item_ids=[shop.oil_id],
                            slot_start=at(DAY, 9), bay_id=shop.bay2_id, now=at(DAY, 7))
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.reload()
    calendar.select_slot(shop.bay1_id, at(DAY, 9))
    image = calendar.day_view.viewport().grab().toImage()

    def colour(index):
        rect = calendar.day_view.visualRect(index)
        return image.pixelColor(rect.left() + 3, rect.top() + 3)

    chosen, other = colour(_cell(calendar, shop.bay1_id, 9)), colour(_cell(calendar, shop.bay2_id, 9))
    distance = sum(abs(a - b) for a, b in zip(chosen.getRgb()[:3], other.getRgb()[:3], strict=True))
    assert distance > 200, (chosen.name(), other.name())     # not #d6e6fd on #dcebfd


def test_the_booking_dialog_opens_on_the_next_free_future_time_with_its_slots(
        db, runner, qtbot, shop, cars):
    from ui.service.booking_dialog import BookingDialog

    now = at(DAY, 10, 10)                       # the dialog's clock, not the wall's
    dialog = BookingDialog(db, runner, day=PAST, now=now)     # a day long gone, no time asked
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.date.date().toPython() >= store_today(now), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.free.count() > 0, timeout=10_000)
    assert dialog.slot_start() > now
    assert dialog.slot_start() == bookings.first_free_slot(db, now=now).start.astimezone(STORE_TZ)
    first = dialog.free.item(0).data(Qt.ItemDataRole.UserRole)
    assert first is not None and first.start > now      # that day's slots, not "none"
