"""The work-order window: check-in, lines and approval, inspection, moves, printing,
stale edits; the repair-history widget; the service page opening work orders."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel

from app.services import bookings, customers, vehicles, work_orders
from app.services.common import STORE_TZ
from tests.app.test_printer import cups_pdf, wait_for  # noqa: F401  (fixtures)
from ui.service.page import ServicePage
from ui.service.work_order import WorkOrderWindow
from ui.widgets.repair_history import RepairHistoryWidget

START = datetime(2030, 3, 4, 9, 0, tzinfo=STORE_TZ)


@pytest.fixture
def draft(db, shop):
    owner = customers.create_customer(db, name="刘洋", salutation="先生")
    car = vehicles.add_vehicle(db, plate="粤B12345", owner_id=owner.id, mileage_km=20000).id
    booking = bookings.create_booking(db, vehicle_id=car, item_ids=[shop.oil_id, shop.brakes_id],
                                      slot_start=START, advisor_id=shop.advisor_id,
                                      now=START - timedelta(days=1))
    return work_orders.open_work_order(db, booking_id=booking.id)


@pytest.fixture
def window(db, runner, qtbot, draft, shop, switcher):
    widget = WorkOrderWindow(db, runner, draft.id, acting_staff_id=shop.advisor_id)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()
    return widget


def _select_all_lines(window):
    view, model = window.lines, window.lines_model
    for row in range(model.rowCount()):
        view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)


def _check_in(window, qtbot):
    window.mileage.setValue(25300)
    window.fuel.setValue(60)
    window.concerns.setPlainText("刹车异响")
    window.valuables.setText("行车记录仪")
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.check_in_button.click()


def test_draft_shows_customer_vehicle_and_booked_items(window, draft):
    assert draft.number in window.title.text() and "粤B·12345" in window.title.text()
    assert "待接车" in window.title.text() and "刘洋" in window.summary.text()
    assert window.lines_model.rowCount() == 2
    assert window.check_in_button.text() == "接车并开始诊断"
    assert window.totals.text() == "预估合计 ¥1,280.00 · 已确认 ¥0.00"


def test_check_in_records_mileage_fuel_concerns_and_valuables(window, qtbot, db):
    _check_in(window, qtbot)
    detail = work_orders.get_work_order(db, window.work_order_id)
    assert (detail.status, detail.mileage_km, detail.fuel_level) == ("diagnosing", 25300, 60)
    assert (detail.concerns, detail.valuables) == ("刹车异响", "行车记录仪")
    assert detail.changes[-1].by_name == "陈静"
    assert "诊断中" in window.title.text()


def test_a_car_without_progress_for_thirty_minutes_is_flagged(db, runner, qtbot, draft):
    hour_ago = datetime.now(STORE_TZ) - timedelta(hours=1)
    detail = work_orders.check_in(db, draft.id, draft.version, mileage_km=25300, fuel_level=50,
                                  now=hour_ago)
    widget = WorkOrderWindow(db, runner, detail.id)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()
    assert "超过 30 分钟未更新进度" in widget.summary.text()
    widget.progress_note.setText("已举升检查")
    with qtbot.waitSignal(widget.saved, timeout=5000):
        widget.progress_button.click()
    assert "30 分钟" not in widget.summary.text()


def test_lower_mileage_is_refused_and_the_input_kept(window, qtbot):
    window.mileage.setValue(100)
    window.concerns.setPlainText("异响")
    with qtbot.waitSignal(window.failed, timeout=5000) as blocker:
        window.check_in_button.click()
    assert "20000" in blocker.args[0] and window.message.text() == blocker.args[0]
    assert window.mileage.value() == 100 and window.concerns.toPlainText() == "异响"


def test_lines_approval_and_moves(window, qtbot, db):
    _check_in(window, qtbot)
    window.labour_text.setText("异响诊断")
    window.labour_hours.setValue(0.5)
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.add_labour.click()
    assert window.lines_model.rowCount() == 3
    assert window.lines_model.index(2, 5).data() == "¥150.00"
    # repair cannot start while lines await the customer's answer
    with qtbot.waitSignal(window.failed, timeout=5000) as blocker:
        window.move_buttons["in_repair"].click()
    assert "待客户确认" in blocker.args[0]
    _select_all_lines(window)
    window.answer_by.setText("刘洋")
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.approve.click()
    assert window.lines_model.index(0, 6).data() == "已同意"
    assert window.lines_model.index(0, 7).data() == "刘洋"
    assert window.totals.text() == "预估合计 ¥1,430.00 · 已确认 ¥1,430.00"
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.move_buttons["in_repair"].click()
    assert set(window.move_buttons) == {"awaiting_approval", "quality_check"}
    window.progress_note.setText("已拆检刹车")
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.progress_button.click()
    assert window.history_model.record(window.history_model.rowCount() - 1).note == "已拆检刹车"


def test_decline_is_offered_again_next_time(window, qtbot, db, runner):
    _check_in(window, qtbot)
    window.lines.selectRow(1)
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.decline.click()
    vehicle_id = window.detail.vehicle_id
    nxt = work_orders.open_work_order(db, vehicle_id=vehicle_id)
    other = WorkOrderWindow(db, runner, nxt.id)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.loaded, timeout=5000):
        other.show()
    assert other.declined_list.count() == 1 and not other.declined_box.isHidden()
    with qtbot.waitSignal(other.saved, timeout=5000):
        other.offer_button.click()
    assert other.lines_model.rowCount() == 1 and other.declined_list.count() == 0


def test_inspection_checklist(window, qtbot, db):
    _check_in(window, qtbot)
    row = next(r for r in range(window.inspection.rowCount())
               if window.inspection.item(r, 0).text() == "刹车")
    combo = window.inspection.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("urgent"))
    window.inspection.item(row, 2).setText("前片剩 2mm")
    window.tabs.setCurrentIndex(2)
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.save_inspection.click()
    detail = work_orders.get_work_order(db, window.work_order_id)
    brakes = next(i for i in detail.inspection if i.item == "刹车")
    assert (brakes.result, brakes.note) == ("urgent", "前片剩 2mm")
    assert len(detail.inspection) == 11
    assert {i.result for i in detail.inspection if i.item != "刹车"} == {"unchecked"}


def test_an_untouched_checklist_item_shows_not_checked_and_prints_so(window, qtbot, tmp_path):
    _check_in(window, qtbot)
    shown = [window.inspection.cellWidget(r, 1).currentText()
             for r in range(window.inspection.rowCount())]
    assert shown == ["未检查"] * 11                      # never 正常 for what nobody looked at
    row = next(r for r in range(window.inspection.rowCount())
               if window.inspection.item(r, 0).text() == "机油")
    window.inspection.cellWidget(row, 1).setCurrentIndex(
        window.inspection.cellWidget(row, 1).findData("ok"))
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.save_inspection.click()
    target = tmp_path / "inspection.pdf"
    with qtbot.waitSignal(window.printed, timeout=10000):
        window.print_document("inspection", path=str(target))
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    rows = {line.split()[0]: line for line in text.splitlines() if line.split()}
    assert "正常" in rows["机油"] and "未检查" in rows["冷却液"] and "未检查" in rows["底盘"]
    assert "正常 1" in text and "未检查 10" in text


def test_a_stale_window_is_refused_and_keeps_the_edit(window, qtbot, db, draft):
    work_orders.update_reception(db, draft.id, draft.version, valuables="雨伞")   # another desk
    window.labour_text.setText("打蜡")
    with qtbot.waitSignal(window.failed, timeout=5000) as blocker:
        window.add_labour.click()
    assert "其他工位" in blocker.args[0]
    assert window.labour_text.text() == "打蜡"


def test_documents_saved_as_pdf(window, qtbot, tmp_path):
    for kind, title in (("work_order", "维修工单"), ("inspection", "车辆检查报告"),
                        ("pickup", "交车结算单")):
        target = tmp_path / f"{kind}.pdf"
        with qtbot.waitSignal(window.printed, timeout=10000) as blocker:
            window.print_document(kind, path=str(target))
        assert blocker.args == [str(target)]
        text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
        assert title in text and window.detail.number in text


def test_english(window, switcher):
    switcher.apply("en")
    assert window.tabs.tabText(1) == "Lines and estimate"
    assert window.check_in_button.text() == "Check in and start diagnosis"
    assert window.lines_model.index(0, 6).data() == "Pending"
    switcher.apply("zh_CN")


def test_repair_history_widget(db, runner, qtbot, draft, switcher):
    detail = work_orders.check_in(db, draft.id, draft.version, mileage_km=25300, fuel_level=50)
    detail = work_orders.answer_line(db, detail.id, detail.version, detail.lines[0].id, True,
                                     by="刘洋")
    work_orders.set_inspection(db, detail.id, detail.version, [("刹车", "urgent", "前片剩 2mm")])
    widget = RepairHistoryWidget(db, runner, detail.vehicle_id)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()
    assert "共 1 次" in widget.heading.text()
    top = widget.tree.topLevelItem(0)
    assert detail.number in top.text(0) and top.text(2) == "25,300 km"
    assert top.text(3) == "¥380.00"
    children = [top.child(i).text(0) for i in range(top.childCount())]
    assert "工时 · 更换机油" in children
    assert any("刹车" in c and "前片剩 2mm" in c for c in children)


def test_service_page_opens_work_orders_from_the_board(db, runner, qtbot, draft, shop, switcher):
    page = ServicePage(db, runner, start=False)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.board.loaded, timeout=5000):
        page.start()
    with qtbot.waitSignal(page.work_order_opened, timeout=5000) as blocker:
        page.board.open_requested.emit(draft.id)
    window = blocker.args[0]
    qtbot.addWidget(window)
    assert page.open_work_order(draft.id) is window
    with qtbot.waitSignal(runner.finished, timeout=5000):
        page.tabs.setCurrentIndex(2)
    page.stop()
    assert page.board.model.visible_count() == 1


def test_work_order_prints_through_the_same_path_as_quotes(window, qtbot, cups_pdf):  # noqa: F811
    """The work-order window's printer choice lists the CUPS-PDF queue, and printing on it
    goes through the desk's one printing path (`PrintActions`, as quotes do) to a real PDF."""
    from ui.widgets.print_actions import PrintActions, PrinterCombo

    assert isinstance(window.printing, PrintActions) and isinstance(window.printer_combo, PrinterCombo)
    qtbot.waitUntil(lambda: window.printer_combo.findData(cups_pdf.queue) >= 0, timeout=10_000)
    window.printer_combo.setCurrentIndex(window.printer_combo.findData(cups_pdf.queue))
    for stale in cups_pdf.output_dir.glob(f"work_order-{window.detail.number}*.pdf"):
        stale.unlink()      # the queue names its file after the job: same order, same name
    with qtbot.waitSignal(window.printed, timeout=30_000) as blocker:
        window.print_buttons["work_order"].click()
    assert blocker.args == [cups_pdf.queue]
    assert cups_pdf.queue in window.message.text()
    def printed_text():   # the queue writes the file a moment after the job is taken
        for path in cups_pdf.output_dir.glob(f"work_order-{window.detail.number}*.pdf"):
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                  text=True).stdout
            if window.detail.number in text:
                path.unlink()
                return text
        return None

    text = wait_for(printed_text, timeout=60)
    assert text is not None, f"no output in {cups_pdf.output_dir}"
    assert "Work order" in text     # the queue's rewrite keeps the Latin text searchable


def _answer(window, button: str) -> None:
    from PySide6.QtWidgets import QPushButton

    assert window.confirm_box is not None and window.confirm_box.isVisible()
    window.confirm_box.findChild(QPushButton, button).click()


def test_deleting_lines_asks_first(window, qtbot, db):
    _select_all_lines(window)
    window.remove.click()
    assert "更换刹车片" in window.confirm_box.text()
    _answer(window, "confirm_back")
    assert len(work_orders.get_work_order(db, window.work_order_id).lines) == 2
    window.remove.click()
    with qtbot.waitSignal(window.saved, timeout=5000):
        _answer(window, "confirm_yes")
    assert work_orders.get_work_order(db, window.work_order_id).lines == ()


def test_cancelling_the_work_order_asks_first(window, qtbot, db):
    _check_in(window, qtbot)
    assert "cancelled" in window.move_buttons
    window.move_buttons["cancelled"].click()
    assert window.detail.number in window.confirm_box.text()
    _answer(window, "confirm_back")
    assert work_orders.get_work_order(db, window.work_order_id).status == "diagnosing"
    window.move_buttons["cancelled"].click()
    with qtbot.waitSignal(window.saved, timeout=5000):
        _answer(window, "confirm_yes")
    assert work_orders.get_work_order(db, window.work_order_id).status == "cancelled"


def test_deleted_lines_come_back_with_undo(window, qtbot, db):
    before = work_orders.get_work_order(db, window.work_order_id).lines
    _select_all_lines(window)
    window.remove.click()
    with qtbot.waitSignal(window.saved, timeout=5000):
        _answer(window, "confirm_yes")
    assert window.undo_offer.offered and "更换刹车片" in window.undo_offer.text.text()
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.undo_offer.button.click()
    after = work_orders.get_work_order(db, window.work_order_id).lines
    assert [(x.description, x.amount) for x in after] == [(x.description, x.amount)
                                                          for x in before]
    assert window.lines_model.rowCount() == 2 and not window.undo_offer.offered


def test_a_cancelled_work_order_comes_back_with_ctrl_z(window, qtbot, db):
    _check_in(window, qtbot)
    window.move_buttons["cancelled"].click()
    with qtbot.waitSignal(window.saved, timeout=5000):
        _answer(window, "confirm_yes")
    assert window.detail.number in window.undo_offer.text.text()
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.undo_offer.shortcut.activated.emit()
    assert work_orders.get_work_order(db, window.work_order_id).status == "diagnosing"


def test_undoing_a_cancel_is_refused_once_another_work_order_is_open(window, qtbot, db, draft):
    _check_in(window, qtbot)
    window.move_buttons["cancelled"].click()
    with qtbot.waitSignal(window.saved, timeout=5000):
        _answer(window, "confirm_yes")
    other = work_orders.open_work_order(db, vehicle_id=draft.vehicle_id)
    with qtbot.waitSignal(window.failed, timeout=5000):
        window.undo_offer.undo()
    assert other.number in window.message.text()
    assert work_orders.get_work_order(db, window.work_order_id).status == "cancelled"
