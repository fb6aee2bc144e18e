"""The test-drive page: a booking clash refused in the dialog with everything typed kept,
a wrong licence number marked, the drive out and back and its feedback through the dialogs,
the agreement saved and read back; the test-drive car at the gate raises no pop-up and
closes its drive; the page in Chinese and English without a raw code."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.reads import PlateRead
from app.services import customers, test_drives
from app.services.common import STORE_TZ, store_today
from app.services.test_drives import BookingForm
from tests.ui.confirming import answer
from tests.ui.walker import raw_codes
from ui.reception.controller import ReceptionController
from ui.testdrive.page import TestDrivePage

LICENCE = "440106199003071231"
SHOTS = os.environ.get("TESTDRIVE_SHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        widget.grab().save(f"{SHOTS}/{name}.png")


def at(hour: int, minute: int = 0, days: int = 1) -> datetime:
    """Tomorrow (in the store's zone) at `hour`: always in the future."""
    return datetime.combine(store_today() + timedelta(days=days), time(hour, minute), STORE_TZ)


@pytest.fixture
def fleet(db, shop):
    camry = test_drives.add_car(db, shop.store_id, "粤ATD001", "凯美瑞 2.0HG", 1200)
    bz4x = test_drives.add_car(db, shop.store_id, "粤AD12345", "bZ4X 长续航 Pro", 300)
    zhang = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678")
    booked = test_drives.book(db, shop.store_id, BookingForm(
        camry.id, zhang.id, shop.consultant_id, at(10), at(11), LICENCE))
    return shop, camry, bz4x, zhang, booked


@pytest.fixture
def page(db, fleet, runner, qtbot, switcher):
    page = TestDrivePage(db, runner, fleet[0].store_id)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    page.day.setDate(page.day.date().addDays(1))
    runner.drain()
    runner.drain()
    return page


def test_a_clash_is_refused_in_the_dialog_and_nothing_typed_is_lost(page, runner, fleet):
    _shop, camry, _bz4x, _zhang, booked = fleet
    page.book()
    dialog = page.dialog
    runner.drain()
    runner.drain()
    assert dialog.grid.rowCount() == 2 and dialog.grid.item(0, 10 - 8) is None   # bZ4X first
    assert dialog.grid.item(1, 10 - 8).text() == "张伟"
    dialog.search.edit.setText("张伟")
    dialog.search.search_now()
    runner.drain()
    dialog.car.setCurrentIndex(dialog.car.findData(camry.id))
    dialog.start.setTime(dialog.start.time().fromString("10:30", "HH:mm"))
    dialog.licence.setText("440106199003071234")
    _shot(dialog, "booking_dialog")
    dialog.submit()
    runner.drain()
    assert "校验位" in dialog.error.text() and dialog.isVisible()
    assert dialog.licence.property("invalid") is True
    dialog.licence.setText(LICENCE)
    dialog.submit()
    runner.drain()
    runner.drain()
    assert "时间冲突" in dialog.error.text() and booked.number in dialog.error.text()
    assert dialog.isVisible() and dialog.licence.text() == LICENCE
    assert dialog.customer.currentText().startswith("张伟")
    _shot(dialog, "booking_clash")
    dialog.start.setTime(dialog.start.time().fromString("11:00", "HH:mm"))
    dialog.submit()
    runner.drain()
    runner.drain()
    assert not dialog.isVisible()
    assert page.drive_model.rowCount() == 2
    assert [page.drive_model.record(r).status for r in range(2)] == ["booked", "booked"]


def test_out_back_feedback_and_the_agreement(page, runner, fleet, tmp_path):
    page.drive_table.selectRow(0)
    assert page.buttons["out"].isEnabled() and not page.buttons["feedback"].isEnabled()
    target = tmp_path / "agreement.pdf"
    page.print_agreement(path=str(target))
    runner.drain()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "试乘试驾协议" in text and "张伟" in text and LICENCE not in text
    page.drive_out()
    out = page.dialog
    out.mileage.setText("1100")
    out.submit()
    runner.drain()
    assert "客户须先签署" in out.error.text()
    out.signed.setChecked(True)
    out.submit()
    runner.drain()
    assert "1200" in out.error.text() and out.mileage.text() == "1100"
    out.mileage.setText("1210")
    out.submit()
    runner.drain()
    runner.drain()
    assert page.chosen_drive().status == "out"
    page.drive_back()
    back = page.dialog
    back.mileage.setText("1236")
    back.fuel.setValue(70)
    back.submit()
    runner.drain()
    runner.drain()
    page.feedback()
    feedback = page.dialog
    feedback.rating.setCurrentIndex(feedback.rating.findData(4))
    feedback.text.setPlainText("动力好，后排略窄")
    feedback.submit()
    runner.drain()
    runner.drain()
    drive = page.chosen_drive()
    assert (drive.status, drive.distance_km, drive.rating) == ("returned", 26, 4)
    _shot(page, "page_zh")


def test_cancel_asks_first(page, runner):
    page.drive_table.selectRow(0)
    page.cancel()
    answer(page, yes=False)
    runner.drain()
    assert page.chosen_drive().status == "booked"
    page.cancel()
    answer(page)
    runner.drain()
    runner.drain()
    assert page.drive_model.rowCount() == 0      # cancelled drives leave the day's list


def test_the_fleet_car_at_the_gate_raises_no_popup_and_closes_its_drive(
        db, runner, qtbot, fleet):
    shop, _camry, _bz4x, _zhang, booked = fleet
    test_drives.start_drive(db, shop.store_id, booked.id, 1210, 80, agreement_signed=True)
    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False,
                                     store_id=shop.store_id)
    runner.drain()
    with qtbot.waitSignal(controller.fleet_returned, timeout=5000) as blocker, \
            qtbot.assertNotEmitted(controller.popup_shown):
        controller.handle_read(PlateRead(plate="粤ATD001", confidence=0.95))
    assert blocker.args[0].test_drive_number == booked.number
    assert controller.stack.popups == []
    closed = test_drives.get_drive(db, shop.store_id, booked.id)
    assert closed.status == "returned" and closed.closed_at_gate
    controller.stop()


def test_the_page_in_both_languages_shows_no_raw_code(page, runner, switcher):
    page.drive_table.selectRow(0)
    assert raw_codes(page) == []
    switcher.apply("en")
    runner.drain()
    assert page.buttons["book"].text() == "Book a test drive…"
    assert page.drive_model.data(page.drive_model.index(0, 5)) == "Booked"
    assert raw_codes(page) == []
    _shot(page, "page_en")
    page.book()
    runner.drain()
    runner.drain()
    assert raw_codes(page.dialog) == []
    _shot(page.dialog, "booking_dialog_en")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_booking_dialog_shows_the_customers_lead_and_books_it(page, runner, fleet, db,
                                                                  switcher, language):
    from app.models import Opportunity
    from app.services import leads
    from app.services.leads import LeadForm

    shop, _camry, bz4x, _zhang, _booked = fleet
    lead = leads.register_lead(db, LeadForm(name="张伟", mobile="13812345678",
                                            interest="bZ4X 长续航"), store_id=shop.store_id)
    switcher.apply(language)
    page.book()
    dialog = page.dialog
    runner.drain()
    assert dialog.lead.text() == {"zh_CN": "无进行中的商机（试驾不关联商机）",
                                  "en": "No open lead (the drive is linked to none)"}[language]
    dialog.search.edit.setText("张伟")
    dialog.search.search_now()
    runner.drain()
    runner.drain()
    expected = {"zh_CN": "bZ4X 长续航 · 新线索（预约后进入“已试驾”阶段）",
                "en": "bZ4X 长续航 · New (moves to “Test drive” when booked)"}[language]
    assert dialog.lead.text() == expected
    assert raw_codes(dialog) == []
    _shot(dialog, f"booking_lead_{language}")
    dialog.car.setCurrentIndex(dialog.car.findData(bz4x.id))
    dialog.licence.setText(LICENCE)
    dialog.submit()
    runner.drain()
    runner.drain()
    assert not dialog.isVisible(), dialog.error.text()
    with db.session() as s:
        assert s.get(Opportunity, lead.id).stage.value == "test_drive"
