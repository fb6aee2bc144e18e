"""Reception: arrival pop-ups of every kind, their actions, the lists and the camera state."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from app.domain.reads import PlateRead
from app.services import bookings, customers, reception, vehicles
from app.services.common import STORE_TZ, store_today
from ui.reception.controller import ReceptionController
from ui.reception.page import ReceptionPage


@pytest.fixture
def zhang(db, shop):
    """张先生 with 粤B12345, booked for brakes this morning."""
    customer = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678",
                                         tier="gold", advisor_id=shop.advisor_id,
                                         consent_plate_recognition=True)
    car = vehicles.add_vehicle(db, plate="粤B12345", owner_id=customer.id, brand="丰田", model="凯美瑞")
    start = datetime.combine(store_today(), time(8, 30), STORE_TZ)   # today, whatever the hour
    booking = bookings.create_booking(db, vehicle_id=car.id, item_ids=[shop.brakes_id],
                                      slot_start=start, bay_id=shop.bay1_id, advisor_id=shop.advisor_id,
                                      now=start - timedelta(days=1))
    return customer, car, booking


@pytest.fixture
def page(db, shop, runner, qtbot, switcher):
    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False)
    page = ReceptionPage(db, runner, controller)
    qtbot.addWidget(page)
    page.resize(1366, 740)     # a front desk's screen: room for two floating pop-ups
    page.show()
    runner.drain()
    yield page
    runner.drain()
    controller.stop()


def arrive(page, qtbot, plate):
    with qtbot.waitSignal(page.controller.popup_shown, timeout=5000) as blocker:
        page.controller.handle_read(PlateRead(plate=plate, confidence=0.95))
    return blocker.args[0]


def texts(popup):
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in popup.findChildren(QLabel) if label.isVisibleTo(popup))


def test_known_customer_popup(page, qtbot, zhang):
    popup = arrive(page, qtbot, "粤B12345")
    shown = texts(popup)
    assert "张先生 到店" in shown
    assert "金卡" in shown
    assert "粤B·12345" in shown and "凯美瑞" in shown
    assert "今日预约" in shown and "更换刹车片" in shown and "1号工位" in shown
    assert "服务顾问：陈静" in shown
    assert popup.isVisible() and not popup.isModal()
    assert set(popup.buttons) >= {"check_in", "hand_over", "open_customer", "dismiss"}


def test_check_in_and_hand_over(page, qtbot, db, zhang, shop):
    _customer, _car, booking = zhang
    popup = arrive(page, qtbot, "粤B12345")
    with qtbot.waitSignal(page.controller.arrivals_changed, timeout=5000):
        popup.buttons["check_in"].click()
    qtbot.waitUntil(lambda: "check_in" not in popup.buttons or bool(popup.error.text()), timeout=5000)
    assert popup.error.text() == ""
    assert bookings.get_booking(db, booking.id).status == "checked_in"
    assert [w.status for w in popup.card.open_work_orders] == ["waiting_check_in"]
    shown = texts(popup)
    assert "待接车" not in shown and "已开工单" in shown and "陈静 接车检查" in shown
    staff = popup.fields["staff"]
    staff.setCurrentIndex(staff.findData(shop.consultant_id))
    with qtbot.waitSignal(popup.dismissed, timeout=5000):
        popup.buttons["hand_over"].click()
    visit = reception.todays_arrivals(db)[0]
    assert visit.handled_by_id == shop.consultant_id and visit.handed_over_at is not None


def test_unknown_plate_registration_keeps_input_on_error(page, qtbot, db, shop):
    popup = arrive(page, qtbot, "粤B99999")
    assert "新访客" in texts(popup)
    assert popup.fields["plate"].text() == "粤B99999"
    popup.fields["name"].setText("刘洋")
    popup.fields["mobile"].setText("1381234")
    with qtbot.waitSignal(page.controller.failed, timeout=5000):
        popup.buttons["register"].click()
    assert "手机号" in popup.error.text()
    assert popup.fields["name"].text() == "刘洋"
    assert popup.fields["mobile"].property("invalid") is True
    popup.fields["mobile"].setText("13987654321")
    popup.fields["plate"].setText("粤B99998")          # reception corrects a misread
    with qtbot.waitSignal(page.controller.arrivals_changed, timeout=5000):
        popup.buttons["register"].click()
    qtbot.waitUntil(lambda: popup.card.greets, timeout=5000)
    assert "刘" in texts(popup)
    assert vehicles.find_by_plate(db, "粤B99998") is not None


def test_popups_follow_a_language_change_keeping_what_was_typed(page, qtbot, zhang, switcher):
    known = arrive(page, qtbot, "粤B12345")
    visitor = arrive(page, qtbot, "粤B99999")
    visitor.fields["name"].setText("刘洋")
    visitor.fields["mobile"].setText("1381234")
    visitor.fields["purpose"].setCurrentIndex(visitor.fields["purpose"].findData("pickup"))
    visitor.fields["kind"].setCurrentIndex(visitor.fields["kind"].findData("prospect"))
    visitor.fields["consent_plate"].setChecked(True)
    visitor.show_error("手机号应为 11 位", "mobile")
    switcher.apply("en")                                # the settings change the language
    assert "New visitor" in texts(visitor) and "新访客" not in texts(visitor)
    assert "张先生 到店" not in texts(known) and known.buttons["check_in"].text() == "&Check in"
    typed = {key: (w.currentData() if hasattr(w, "currentData") else
                   w.isChecked() if hasattr(w, "isChecked") else w.text())
             for key, w in visitor.fields.items()}
    assert typed == {"plate": "粤B99999", "name": "刘洋", "salutation": "先生",
                     "mobile": "1381234", "purpose": "pickup", "kind": "prospect",
                     "consent_plate": True, "consent_contact": False}
    assert visitor.fields["mobile"].property("invalid") is True
    assert visitor.error.text() == "手机号应为 11 位"
    switcher.apply("zh_CN")
    assert "新访客" in texts(visitor) and "张先生 到店" in texts(known)


def test_confusable_read_asks_and_never_greets(page, qtbot, zhang):
    popup = arrive(page, qtbot, "粤B1234S")
    assert not popup.card.greets
    assert "粤B·1234S — 是否为 粤B·12345（张先生）？" in texts(popup)
    assert "张先生 到店" not in texts(popup)
    popup.buttons["confirm"].click()
    qtbot.waitUntil(lambda: popup.card.greets, timeout=5000)
    assert "张先生 到店" in texts(popup)


def test_confusable_read_not_them_becomes_a_new_visitor(page, qtbot, zhang):
    popup = arrive(page, qtbot, "粤B1234S")
    popup.buttons["reject"].click()
    assert "新访客" in texts(popup)
    assert popup.fields["plate"].text() == "粤B1234S"


def test_pop_ups_dock_when_the_window_has_no_room_for_another(page, qtbot, zhang):
    page.resize(540, 540)
    first = arrive(page, qtbot, "粤B12345")
    second = arrive(page, qtbot, "粤B77777")                 # no free place beside the first
    assert page.popup_panel.isVisible() and page.popup_panel.count() == 2
    assert not first.isWindow() and not second.isWindow()


def test_two_arrivals_at_once_are_stacked(page, qtbot, zhang):
    first = arrive(page, qtbot, "粤B12345")
    second = arrive(page, qtbot, "粤B77777")
    assert page.controller.stack.popups == [first, second]
    assert first.geometry().top() != second.geometry().top()
    assert not first.geometry().intersects(second.geometry())
    first.dismiss()
    assert page.controller.stack.popups == [second]


def test_popup_closes_itself_unless_touched(db, runner, qtbot, zhang, switcher):
    controller = ReceptionController(db, runner, popup_timeout_s=1, poll=False)
    with qtbot.waitSignal(controller.popup_shown, timeout=5000) as blocker:
        controller.handle_read(PlateRead(plate="粤B12345", confidence=0.9))
    popup = blocker.args[0]
    with qtbot.waitSignal(popup.dismissed, timeout=3000):
        pass
    with qtbot.waitSignal(controller.popup_shown, timeout=5000) as blocker:
        controller.handle_read(PlateRead(plate="粤B66666", confidence=0.9))
    touched = blocker.args[0]
    touched.touch()
    with qtbot.assertNotEmitted(touched.dismissed, wait=1500):
        pass
    assert touched.isVisible()
    runner.drain()
    controller.stop()


def test_lists_show_arrivals_and_expected(page, qtbot, zhang):
    arrive(page, qtbot, "粤B12345")
    qtbot.waitUntil(lambda: page.arrivals_model.rowCount() == 1, timeout=5000)
    assert page.arrivals_model.data(page.arrivals_model.index(0, 3)) == "张先生"
    qtbot.waitUntil(lambda: page.expected_model.rowCount() == 1, timeout=5000)
    assert page.expected_model.data(page.expected_model.index(0, 6)) == "已到店"


def test_arrivals_recorded_elsewhere_are_polled(page, qtbot, db, zhang):
    reception.arrive(db, PlateRead(plate="粤B12345", confidence=0.9, camera="gate-2"))
    with qtbot.waitSignal(page.controller.popup_shown, timeout=5000) as blocker:
        page.controller.poll()
    assert blocker.args[0].card.greets


def test_camera_state_shown(page):
    page.set_camera("offline", "timeout")
    assert page.camera_label.text() == "道闸摄像头：离线 (timeout)"
    page.set_camera("online")
    assert page.camera_label.text() == "道闸摄像头：在线"


def test_search_box_finds_by_initials(page, qtbot, zhang):
    with qtbot.waitSignal(page.search.results, timeout=5000):
        page.search.edit.setText("zw")
        page.search.search_now()
    assert page.search_model.rowCount() == 1
    assert page.search_view.isVisibleTo(page)


def test_popups_work_from_the_keyboard(page, qtbot, zhang):
    from PySide6.QtCore import Qt

    popup = arrive(page, qtbot, "粤B1234S")
    assert popup.buttons["confirm"].text().endswith("(&Y)")
    popup.activateWindow()
    popup.buttons["confirm"].setFocus()
    qtbot.keyClick(popup.buttons["confirm"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: popup.card.greets, timeout=5000)
    assert popup.touched                      # a key press keeps it open
    with qtbot.waitSignal(popup.dismissed, timeout=2000):
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_open_customer_from_the_popup(page, qtbot, zhang):
    popup = arrive(page, qtbot, "粤B12345")
    with qtbot.waitSignal(page.open_customer, timeout=2000) as blocker:
        popup.buttons["open_customer"].click()
    assert blocker.args == [zhang[0].id]


def test_the_popup_shows_stored_care_items_and_records_told_in_person(page, qtbot, db, shop,
                                                                      zhang):
    from PySide6.QtWidgets import QLabel

    from app.models import CareItem, CareOutcome, Vehicle
    from app.services.care_run import run_care

    _customer, car, _booking = zhang
    with db.session() as s:   # delivered 95 days ago: the first service is overdue
        s.get(Vehicle, car.id).purchase_date = store_today() - timedelta(days=95)
    run_care(db, shop.store_id)
    popup = arrive(page, qtbot, "粤B12345")
    assert "首保提醒：已逾期" in texts(popup)
    overdue = next(x for x in popup.findChildren(QLabel, "care_overdue") if "首保提醒" in x.text())
    assert "#c0392b" in overdue.styleSheet()                             # red, not green
    with db.session() as s:
        item = s.query(CareItem).filter_by(kind="first_service").one()
    button = popup.buttons[f"told_{item.id}"]
    assert button.text() == "已当面告知"
    with qtbot.waitSignal(page._runner.finished, timeout=5000):
        button.click()
    qtbot.waitUntil(lambda: "首保提醒" not in texts(popup), timeout=5000)
    with db.session() as s:
        assert s.get(CareItem, item.id).status == "invited"
        outcome = s.query(CareOutcome).filter_by(item_id=item.id).one()
        assert outcome.channel == "in_person"

@pytest.mark.parametrize("read", [
    PlateRead(plate="湘B12345", confidence=0.99, province_confidence=0.99),   # province swapped
    PlateRead(plate="粤B12345", confidence=0.34, valid=False, uncertain=True, province_confidence=0.9),
], ids=["province-swapped", "uncertain"])
def test_doubtful_read_of_a_known_customer_asks_to_confirm_with_the_snapshot(page, qtbot, zhang, read, tmp_path):
    from PySide6.QtGui import QColor, QImage

    snapshot = QImage(120, 40, QImage.Format.Format_RGB888)
    snapshot.fill(QColor("blue"))
    with qtbot.waitSignal(page.controller.popup_shown, timeout=5000) as blocker:
        page.controller.handle_read(read, snapshot)
    popup = blocker.args[0]
    shown = texts(popup)
    assert "请确认来车" in shown and "粤B·12345" in shown and "张先生" in shown
    assert "到店" not in shown and not popup.card.greets
    assert not popup.snapshot_label.pixmap().isNull()
    popup.grab().save(str(tmp_path / "confirm.png"))
    popup.buttons["confirm"].click()
    qtbot.waitUntil(lambda: popup.card.greets, timeout=5000)


# --- the pop-up stack (issue 15, defect 6) ------------------------------------------------
def test_popups_are_tool_windows_of_the_desk_never_above_other_applications(page, qtbot, zhang):
    from PySide6.QtCore import Qt

    popup = arrive(page, qtbot, "粤B12345")
    assert not popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert popup.isWindow() and popup.parentWidget() is page.window()
    assert not popup.isModal()
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_a_third_popup_moves_the_pile_into_the_side_panel(page, qtbot, zhang):
    first = arrive(page, qtbot, "粤B12345")
    second = arrive(page, qtbot, "粤B77777")
    panel = page.popup_panel
    assert not panel.isVisible() and first.isWindow() and second.isWindow()
    third = arrive(page, qtbot, "粤B66666")
    assert panel.isVisible() and panel.count() == 3
    assert not any(p.isWindow() for p in (first, second, third))
    assert all(panel.isAncestorOf(p) for p in (first, second, third))
    tops = [p.mapTo(panel, p.rect().topLeft()).y() for p in (third, second, first)]
    assert tops == sorted(tops)                       # newest on top
    assert "3" in panel.heading.text()
    fourth = arrive(page, qtbot, "粤B55555")
    assert panel.isAncestorOf(fourth) and panel.count() == 4


def test_the_panel_collapses_and_closes_all(page, qtbot, zhang):
    popups = [arrive(page, qtbot, plate) for plate in ("粤B12345", "粤B77777", "粤B66666")]
    panel = page.popup_panel
    wide = panel.width()
    panel.collapse_button.click()
    assert panel.collapsed() and not panel.scroll.isVisible() and panel.isVisible()
    assert panel.width() < wide
    assert panel.collapse_button.text() == "展开"
    panel.collapse_button.click()
    assert panel.scroll.isVisible() and panel.width() == wide
    panel.close_all_button.click()
    assert page.controller.stack.popups == []
    assert not panel.isVisible() and not any(p.isVisible() for p in popups)
    again = arrive(page, qtbot, "粤B12345")           # an empty panel: floating again
    assert again.isWindow()


def test_one_popup_closing_moves_no_other(page, qtbot, zhang):
    first = arrive(page, qtbot, "粤B12345")
    second = arrive(page, qtbot, "粤B77777")
    where = second.pos()
    first.dismiss()
    assert second.pos() == where
    third = arrive(page, qtbot, "粤B66666")        # takes the free place, moves nobody
    assert second.pos() == where
    assert not third.geometry().intersects(second.geometry())


def test_no_popup_times_out_while_the_pointer_rests_on_the_pile(db, shop, runner, qtbot, zhang,
                                                                  switcher):
    from PySide6.QtGui import QCursor

    controller = ReceptionController(db, runner, popup_timeout_s=1, poll=False)
    page = ReceptionPage(db, runner, controller)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    first = arrive(page, qtbot, "粤B12345")
    second = arrive(page, qtbot, "粤B77777")
    where = second.pos()
    QCursor.setPos(second.mapToGlobal(second.rect().center()))
    with qtbot.assertNotEmitted(first.dismissed, wait=1800):
        pass
    assert second.pos() == where and first.isVisible()
    QCursor.setPos(page.mapToGlobal(page.rect().topLeft()))
    with qtbot.waitSignal(first.dismissed, timeout=4000):
        pass
    runner.drain()
    controller.stop()


# --- the today strip ----------------------------------------------------------------------
def _refreshed(page, runner):
    page.today = None
    page.refresh()
    runner.drain()


def test_the_today_strip_counts_and_opens_its_lists(page, qtbot, db, shop, zhang, runner):
    from app.services import work_orders

    customer, car, booking = zhang
    order = work_orders.open_work_order(db, booking_id=booking.id)
    work_orders.check_in(db, order.id, order.version, mileage_km=1000, fuel_level=50)
    arrive(page, qtbot, "粤B12345")
    _refreshed(page, runner)
    strip = page.strip
    assert strip.counts == {"arrivals": 1, "expected": 1, "arrived": 1, "late": 0,
                            "in_shop": 1, "overdue_updates": 0}
    assert strip.buttons["arrived"].text() == "已到 1"
    assert strip.buttons["arrived"].property("meaning") == "done"
    assert strip.buttons["late"].property("meaning") == ""
    strip.buttons["late"].click()
    assert page.expected_model.rowCount() == 0 and "迟到" in page.expected_heading.text()
    strip.buttons["arrived"].click()
    assert page.expected_model.rowCount() == 1
    strip.buttons["expected"].click()
    assert page.expected_heading.text() == "今日预约客户"
    strip.buttons["in_shop"].click()
    dialog = page.list_dialog
    assert dialog.isVisible()
    assert dialog.model.rowCount() == 1 and dialog.model.record(0).id == order.id
    with qtbot.waitSignal(page.open_work_order, timeout=2000) as blocker:
        dialog.table.activated.emit(dialog.model.index(0, 0))
    assert blocker.args == [order.id]
    dialog.close()


def test_hand_over_defaults_to_the_customers_own_advisor_or_consultant(page, qtbot, db, zhang,
                                                                       shop):
    popup = arrive(page, qtbot, "粤B12345")            # booked in: their service advisor
    assert popup.fields["staff"].currentData() == shop.advisor_id
    buyer = customers.create_customer(db, name="黄蓉", salutation="女士", mobile="13912345678",
                                      consultant_id=shop.consultant_id,
                                      advisor_id=shop.advisor_id, consent_plate_recognition=True)
    vehicles.add_vehicle(db, plate="粤B55555", owner_id=buyer.id)
    popup = arrive(page, qtbot, "粤B55555")            # no booking, no work order
    assert popup.fields["staff"].currentData() == shop.consultant_id


def test_first_visit_and_notes_read_as_words(page, qtbot, db, zhang):
    customer, _car, _booking = zhang
    customers.update_customer(db, customer.id, customer.version, notes="喜欢喝美式咖啡")
    shown = texts(arrive(page, qtbot, "粤B12345"))
    assert "首次到店" in shown and "共 0 次" not in shown
    assert "备注：喜欢喝美式咖啡" in shown
    shown = texts(arrive(page, qtbot, "粤B12345"))     # the second time
    assert "上次到店：" in shown and "此前共到店 1 次" in shown


def test_a_new_visitor_is_registered_with_a_salutation(page, qtbot, db, shop):
    popup = arrive(page, qtbot, "粤B99999")
    popup.fields["name"].setText("刘洋")
    popup.fields["mobile"].setText("13987654321")
    salutation = popup.fields["salutation"]
    salutation.setCurrentIndex(salutation.findData("女士"))
    with qtbot.waitSignal(page.controller.arrivals_changed, timeout=5000):
        popup.buttons["register"].click()
    qtbot.waitUntil(lambda: popup.card.greets, timeout=5000)
    assert "刘女士 到店" in texts(popup)


def test_a_known_customers_card_on_a_popup_is_audited_once(page, qtbot, db, zhang, runner):
    from app.services import audit

    customer, _car, _booking = zhang
    popup = arrive(page, qtbot, "粤B12345")
    unknown = arrive(page, qtbot, "粤A99999")            # no customer: nothing seen to audit
    for _ in range(3):
        popup.show_card(popup.card)                      # repaints are not views
        page.controller.stack.layout()
    page.controller._check_in(popup, popup.card)         # the card comes back refreshed
    runner.drain()
    runner.drain()
    views = [e for e in audit.audit_page(db, action="view").entries if e.entity == "visits"]
    assert [(v.who, v.desk, v.customer_id, v.entity_id) for v in views] == [
        ("测试店长", "test", customer.id, popup.card.visit_id)]
    assert unknown.card.visit_id not in {v.entity_id for v in views}


def test_a_popup_is_built_in_one_turn_and_shown_in_the_next(page, qtbot, db, zhang):
    """Building and showing are two turns of the event loop (the UI thread is never held for
    both); a pop-up dismissed in between is never shown."""
    from ui.reception.arrival_popup import ArrivalPopup

    controller = page.controller
    card = reception.arrive(db, PlateRead(plate="粤B12345", confidence=0.95))
    first = ArrivalPopup(card, controller.staff, 0)
    controller._present(first)
    assert first not in controller.stack.popups
    qtbot.waitUntil(lambda: first in controller.stack.popups and first.isVisible(), timeout=2000)
    second, third = ArrivalPopup(card, controller.staff, 0), ArrivalPopup(card, controller.staff, 0)
    controller._present(second)
    second.dismiss()
    controller._present(third)
    # the turns come in order: once the third is shown, the second's turn has passed
    qtbot.waitUntil(lambda: third in controller.stack.popups, timeout=2000)
    assert second not in controller.stack.popups and not second.isVisible()
