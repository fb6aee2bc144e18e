"""The purchasing and accident pages: a special order typed in, purchase orders made per
supplier, a partial delivery typed per line; an accident case reported, towed, assessed
and turned into its work order; the documents saved through the one printing path; both
pages in Chinese and English."""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtWidgets import QApplication

from app.services import accidents, purchasing, work_orders
from tests.backoffice_seed import seed_back_office
from tests.ui.confirming import answer
from ui.backoffice.accident_page import AccidentPage
from ui.backoffice.purchasing_page import PurchasingPage


def _shot(page, name: str) -> None:
    shots = os.environ.get("BACKOFFICE_SHOTS")
    if shots:
        QApplication.processEvents()
        page.grab().save(f"{shots}/{name}.png")


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def bo(db):
    bo = seed_back_office(db)
    supplier = purchasing.create_supplier(db, code="GTMC", name="广汽丰田配件中心")
    purchasing.set_supplier(db, bo.part_id, supplier.id)
    return bo


def test_purchasing_special_order_to_partial_delivery(db, runner, qtbot, bo, switcher,
                                                      tmp_path):
    page = PurchasingPage(db, runner, bo.store_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    runner.drain()
    page.work_order.setText("wo20261205001")
    page.part_code.setText("04465-06200")
    page.qty.setValue(4)
    page.special_order()
    runner.drain()
    runner.drain()
    assert page.requests_model.rowCount() == 1
    assert page.requests_model.record(0).work_order_number == "WO20261205001"
    page.order_requests()
    answer(page)
    runner.drain()
    runner.drain()
    assert page.orders_model.rowCount() == 1 and page.order.supplier_name == "广汽丰田配件中心"
    page.lines_model.item(0, 4).setText("五")
    page.receive_delivery()
    answer(page)
    runner.drain()
    assert page.error.text() == "到货数量须为正整数。"
    page.lines_model.item(0, 4).setText("3")
    page.receive_delivery()
    assert page.order.number in page.confirm_box.text()
    answer(page, yes=False)                                  # 返回: nothing received
    runner.drain()
    assert page.order.status == "ordered" and page.lines_model.item(0, 4).text() == "3"
    page.receive_delivery()
    answer(page)
    runner.drain()
    runner.drain()
    assert page.order.status == "partly_received"
    assert page.lines_model.item(0, 3).text() == "3"
    target = tmp_path / "po.pdf"
    page.print_document("purchase_order", path=str(target))
    runner.drain()
    runner.drain()
    assert "采购订单" in _pdf_text(target) and "广汽丰田配件中心" in _pdf_text(target)
    _shot(page, "purchasing-zh")
    switcher.apply("en")
    assert page.title.text() == "Purchasing and receiving"
    assert page.orders_model.index(0, 2).data() == "Partly received"
    _shot(page, "purchasing-en")


def test_accident_case_from_the_call_to_the_work_order(db, runner, qtbot, bo, switcher,
                                                       tmp_path):
    page = AccidentPage(db, runner, bo.store_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    runner.drain()
    page.plate.setText("粤A12345")
    page.source.setCurrentIndex(page.source.findData("rescue_call"))
    page.store_report()
    runner.drain()
    assert page.error.text() == "救援电话请填写出险地点。"
    page.location.setText("广州大道中与天河路口")
    page.insurer.setText("平安保险")
    page.claim.setText("PA2026120500088")
    page.store_report()
    runner.drain()
    runner.drain()
    assert page.case is not None and page.case.status == "reported"
    page.tow_company.setText("安达拖车")
    page.arrived_check.setChecked(True)
    page.store_tow()
    runner.drain()
    assert page.case.status == "on_site" and page.case.tow_company == "安达拖车"
    page.photo_caption.setText("前部")
    page.choose_photo("/data/photos/front.jpg")
    runner.drain()
    assert page.photos.count() == 1
    page.tabs.setCurrentIndex(2)
    page.assessor.setText("赵定损")
    page.append_line("labour", "喷漆", "", "4", "1", "1200", "1000")
    page.append_line("part", "", "04465-06200", "", "2", "234.56", "0")
    page.store_assessment()
    runner.drain()
    assert page.case.status == "assessed", page.error.text()
    assert "保险承担 1,000.00" in page.totals.text()
    page.make_work_order()
    answer(page, yes=False)                                  # 返回: no work order yet
    runner.drain()
    assert not page.case.work_order_number
    page.make_work_order()
    answer(page)
    runner.drain()
    runner.drain()
    assert page.case.work_order_number
    order = work_orders.get_work_order(db, page.case.work_order_id)
    assert [x.description for x in order.lines] == ["喷漆", "前刹车片"]
    target = tmp_path / "assessment.pdf"
    page.print_assessment(path=str(target))
    runner.drain()
    runner.drain()
    assert "事故定损单" in _pdf_text(target)
    assert accidents.get_case(db, page.case.id).customer_total.to_eng_string() == "669.12"
    _shot(page, "accident-zh")
    switcher.apply("en")
    assert page.title.text() == "Accidents"
    assert page.model.index(0, 3).data() == "Rescue call"
    _shot(page, "accident-en")


def test_a_transfer_from_another_store_is_requested_sent_and_received(db, runner, qtbot, bo,
                                                                       switcher):
    from app.models import Store
    from app.services import parts, stock

    with db.session() as s:
        other = Store(code="GZ02", name="广州番禺4S店")
        s.add(other)
        s.flush()
        other = other.id
    stock.receive(db, other, bo.part_id, 6)
    pages = {}
    for store in (bo.store_id, other):
        pages[store] = PurchasingPage(db, runner, store)
        qtbot.addWidget(pages[store])
        pages[store].resize(1366, 768)
        pages[store].show()
        runner.drain()
        runner.drain()
    here, there = pages[bo.store_id].transfers, pages[other].transfers
    assert here.from_store.currentText() == "广州番禺4S店"
    _ask_for(here, runner, 9)
    assert here.model.rowCount() == 1 and here.model.index(0, 5).data() == "已申请"
    assert not here.send.isEnabled()                        # the other store sends it
    _take_step(there, there.send, runner, check="04465-06200")
    assert "库存仅 6，不足 9" in pages[other].error.text()
    assert parts.get_part(db, bo.part_id, other).on_hand == 6   # nothing moved
    _take_step(here, here.cancel, runner)
    assert here.model.index(0, 5).data() == "已取消"
    _ask_for(here, runner, 4)
    _take_step(there, there.send, runner)
    assert there.model.index(0, 5).data() == "已发出"
    assert parts.get_part(db, bo.part_id, other).on_hand == 2
    _take_step(here, here.receive, runner)
    assert here.model.index(0, 5).data() == "已到货"
    assert parts.get_part(db, bo.part_id, bo.store_id).on_hand == 4
    _shot(pages[bo.store_id], "transfers-zh")
    switcher.apply("en")
    assert here.model.index(0, 5).data() == "Received"
    _shot(pages[bo.store_id], "transfers-en")


def _ask_for(panel, runner, qty: int) -> None:
    panel.part_code.setText("04465-06200")
    panel.qty.setValue(qty)
    panel.request_transfer()
    runner.drain()
    runner.drain()


def _take_step(panel, button, runner, check: str = "") -> None:
    """Reload, select the newest open transfer, click `button` and confirm."""
    panel.refresh()
    runner.drain()
    panel.table.selectRow(0)
    assert button.isEnabled()
    button.click()
    assert check in panel.confirm_box.text()
    answer(panel)
    runner.drain()
    runner.drain()
