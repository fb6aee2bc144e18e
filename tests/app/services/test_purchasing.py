"""Replenishment to the shelf: requests (a low stock's and two special orders) become one
purchase order per supplier; a partial delivery posts the stock, holds the special order
for the first waiting work order and releases it ("part arrived") while the other stays
back-ordered; the held parts serve the line the customer then approves; the documents read
back."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.errors import Conflict, ValidationError
from app.models import Part, WorkOrder, WorkOrderStatus
from app.services import parts, purchasing, stock, stock_documents, work_order_board, work_orders
from tests.app.services.conftest import assert_user_error
from tests.backoffice_seed import NOON, seed_back_office


def _text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()


@pytest.fixture
def shop(db):
    bo = seed_back_office(db)
    with db.session() as s:
        waiting = []
        for number in ("WO20261205002", "WO20261205003"):
            order = WorkOrder(number=number, store_id=bo.store_id, vehicle_id=bo.vehicle_id,
                              customer_id=bo.customer_id, status=WorkOrderStatus.DIAGNOSING,
                              mileage_km=32000, fuel_level=40, opened_at=NOON)
            s.add(order)
            s.flush()
            waiting.append(order.id)
        filter_ = Part(code="90915-YZZE1", name="机油滤清器", price=68, cost=30,
                       low_stock_threshold=3)
        s.add(filter_)
        s.flush()
        filter_id = filter_.id
    pads_from = purchasing.create_supplier(db, code="GTMC", name="广汽丰田配件中心",
                                           contact="刘工", phone="020-8888")
    filters_from = purchasing.create_supplier(db, code="BOSCH", name="博世汽配")
    purchasing.set_supplier(db, bo.part_id, pads_from.id)
    return bo, waiting, filter_id, filters_from


def test_partial_receiving_releases_a_waiting_work_order(db, shop):
    bo, (wo_a, wo_b), filter_id, filters_from = shop
    stock.receive(db, bo.store_id, filter_id, 5)
    stock.issue(db, bo.store_id, filter_id, 3)            # 2 left: at the threshold, requested
    purchasing.special_order(db, wo_a, bo.part_id, 2)
    purchasing.special_order(db, wo_b, bo.part_id, 2)
    with pytest.raises(ValidationError) as exc:           # the filter has no supplier yet
        purchasing.order_requests(db, bo.store_id)
    assert_user_error(exc, ValidationError, "supplier_id")
    assert "90915-YZZE1" in exc.value.zh
    purchasing.set_supplier(db, filter_id, filters_from.id)
    orders = purchasing.order_requests(db, bo.store_id, now=NOON)
    assert sorted(o.supplier_name for o in orders) == ["博世汽配", "广汽丰田配件中心"]
    pads = next(o for o in orders if o.supplier_name == "广汽丰田配件中心")
    assert [(x.qty_ordered, x.work_order_number) for x in pads.lines] == [
        (2, "WO20261205002"), (2, "WO20261205003")]
    assert parts.open_requests(db) and {r.status for r in parts.open_requests(db)} == {"ordered"}
    cards = {c.number: c for c in work_order_board.board(db, now=NOON)}
    assert cards["WO20261205002"].part_state == cards["WO20261205003"].part_state == "waiting_part"

    line_a, line_b = pads.lines
    with pytest.raises(ValidationError):
        purchasing.receive_delivery(db, pads.id, {line_a.id: 3})
    receipt = purchasing.receive_delivery(db, pads.id, {line_a.id: 2}, by_id=bo.cashier_id,
                                          now=NOON)
    assert receipt.released_work_orders == ("WO20261205002",)
    assert receipt.order.status == "partly_received"
    assert [x.back_order for x in receipt.order.lines] == [0, 2]
    figures = parts.get_part(db, bo.part_id, bo.store_id)
    assert (figures.on_hand, figures.reserved) == (2, 2)    # held for the waiting order
    cards = {c.number: c for c in work_order_board.board(db, now=NOON)}
    assert cards["WO20261205002"].part_state == "part_arrived"
    assert cards["WO20261205003"].part_state == "waiting_part"
    history = work_orders.get_work_order(db, wo_a).changes
    assert history[-1].note == "配件已到 part arrived"

    detail = work_orders.get_work_order(db, wo_a)        # the customer approves the pads:
    detail = work_orders.add_part_line(db, wo_a, detail.version, part_id=bo.part_id, qty=2)
    work_orders.answer_line(db, wo_a, detail.version, detail.lines[-1].id, True, by="张伟")
    assert parts.get_part(db, bo.part_id, bo.store_id).reserved == 2   # the held ones serve

    done = purchasing.receive_delivery(db, pads.id, {line_b.id: 2}, now=NOON)
    assert (done.order.status, done.released_work_orders) == ("received", ("WO20261205003",))
    with pytest.raises(Conflict):
        purchasing.receive_delivery(db, pads.id, {line_b.id: 1})
    assert {r.work_order_id for r in parts.open_requests(db)} == {None}   # the filter's


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_purchase_order_and_picking_list_read_back(db, shop):
    bo, (wo_a, _wo_b), _filter_id, _ = shop
    purchasing.special_order(db, wo_a, bo.part_id, 4)
    [order] = purchasing.order_requests(db, bo.store_id, now=NOON)
    purchasing.receive_delivery(db, order.id, {order.lines[0].id: 1}, now=NOON)
    text = _text(stock_documents.purchase_order_pdf(db, order.id, bo.store_id))
    for expected in ("采购订单", order.number, "广汽丰田配件中心", "刘工", "04465-06200", "前刹车片",
                     "WO20261205002", "部分到货", "¥600.00"):
        assert expected in text, expected
    assert " 3 " in text.split("04465-06200")[1].splitlines()[0]     # 3 back-ordered
    text = _text(stock_documents.picking_list_pdf(db, bo.work_order_id, bo.store_id))
    for expected in ("领料单", "WO20261205001", "粤A12345", "04465-06200", "前刹车片", "陈静"):
        assert expected in text, expected


def test_the_parts_page_lists_the_stores_purchase_orders_newest_first(db, shop):
    from datetime import timedelta

    bo, (wo_a, _wo_b), filter_id, filters_from = shop
    purchasing.set_supplier(db, filter_id, filters_from.id)
    purchasing.special_order(db, wo_a, bo.part_id, 2)
    first = purchasing.order_requests(db, bo.store_id, now=NOON)
    stock.receive(db, bo.store_id, filter_id, 5)
    stock.issue(db, bo.store_id, filter_id, 3)            # 2 left: at the threshold, requested
    second = purchasing.order_requests(db, bo.store_id, now=NOON + timedelta(hours=1))
    listed = purchasing.purchase_orders(db, bo.store_id)
    assert [o.number for o in listed] == [o.number for o in (*second, *first)]
    assert [(o.supplier_name, [(x.part_code, x.work_order_number) for x in o.lines])
            for o in listed] == [("博世汽配", [("90915-YZZE1", "")]),
                                 ("广汽丰田配件中心", [("04465-06200", "WO20261205002")])]
    purchasing.receive_delivery(db, first[0].id, {first[0].lines[0].id: 2}, now=NOON)
    assert [o.number for o in purchasing.purchase_orders(db, bo.store_id, open_only=True)] \
        == [second[0].number]
    assert purchasing.purchase_orders(db, bo.store_id + 1) == ()
