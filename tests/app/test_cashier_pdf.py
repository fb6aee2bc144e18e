"""The cashier's documents read back with pdftotext: the settlement slip (work, the
insurer's share, the level's discount, payments, refunds, balance) and the pick-up slip."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.acting import acting_as
from app.printing.cashier_pdf import render_settlement_slip
from app.services import car_release, cashier
from app.services.store_info import store_info
from tests.backoffice_seed import NOON, seed_back_office, signed_in_as

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def text_of(pdf: bytes) -> str:
    """The PDF's text as pdftotext reads it (layout kept)."""
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()


def test_settlement_slip_reads_back(db):
    bo = seed_back_office(db)
    bill = cashier.open_settlement(db, bo.work_order_id, insurer_amount="600",
                                   insurer_name="平安保险", claim_number="PA2026-88", now=NOON)
    cashier.take_payment(db, bill.id, "wechat_pay", "200", transaction_no="4200009", now=NOON)
    bill = cashier.take_payment(db, bill.id, "cash", "100", now=NOON)
    cashier.refund(db, bill.payments[-1].id, "12.79", reason="找零", now=NOON)
    bill = cashier.complete(db, bill.id, now=NOON)
    text = text_of(render_settlement_slip(bill, store_info(db, bo.store_id)))
    for expected in ("结算单", bill.number, "WO20261205001", "粤A12345", "张伟", "更换刹车片",
                     "¥450.00", "¥469.12", "平安保险", "PA2026-88", "-¥600.00",
                     "金卡会员优惠 10%", "-¥31.91", "¥287.21", "微信支付", "4200009", "现金",
                     "-¥12.79", "已结清", "¥0.00"):
        assert expected in text, expected
    assert "四轮定位" not in text                     # declined work is not billed


def test_pickup_slip_reads_back_after_a_managers_release(db):
    bo = seed_back_office(db)
    with acting_as(signed_in_as(bo)):
        car_release.release_car(db, bo.work_order_id, bo.manager_id, "车队客户月结")
    text = text_of(car_release.pickup_slip_pdf(db, bo.work_order_id, bo.store_id))
    for expected in ("提车单", "WO20261205001", "粤A12345", "周敏", "车队客户月结",
                     "广州天河4S店"):
        assert expected in text, expected
