"""The service documents read back: work order (QR of its number), inspection report,
pick-up summary with lines and totals."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.printing.layout import StoreInfo, amount_text
from app.printing.work_order_pdf import (
    document_total,
    render_inspection_report,
    render_pickup_summary,
    render_work_order,
)
from app.services.work_order_records import InspectionRecord, LineRecord, WorkOrderDetail

STORE = StoreInfo("星辰汽车 4S 店", "上海市闵行区沪闵路 1888 号", "021-6488 8888")
AT = datetime(2030, 3, 4, 1, 30, tzinfo=UTC)


def _line(i, kind, text, amount, approval, *, hours=None, rate=None, qty="1", by="刘洋"):
    return LineRecord(i, kind, text, None, None, None, hours and Decimal(hours),
                      rate and Decimal(rate), Decimal(qty), Decimal(amount) / Decimal(qty),
                      Decimal(amount), approval, by if approval != "pending" else "",
                      AT if approval != "pending" else None, None)


def detail(lines=None, inspection=None, status="in_repair") -> WorkOrderDetail:
    return WorkOrderDetail(
        id=1, number="WO20300304007", status=status, vehicle_id=1, plate="粤B12345",
        vehicle_text="丰田 凯美瑞 2.0G 2022", vin="LVGBE40K8JG123456", customer_id=1,
        customer_name="刘洋", customer_mobile="13800138000", booking_id=None, advisor_id=1,
        advisor_name="陈静", technician_id=2, technician_name="赵磊", bay_id=1,
        bay_name="1号工位", mileage_km=25300, fuel_level=60, concerns="刹车时有异响",
        valuables="行车记录仪", opened_at=AT, promised_at=AT.replace(hour=6),
        last_progress_at=AT, closed_at=None,
        lines=tuple(lines if lines is not None else [
            _line(1, "labour", "常规保养", "300.00", "approved", hours="1.0", rate="300.00"),
            _line(2, "part", "全合成机油 0W-20 1L", "392.00", "approved", qty="4"),
            _line(3, "labour", "更换刹车片", "360.00", "declined", hours="1.2", rate="300.00"),
            _line(4, "part", "前刹车片", "680.00", "declined"),
            _line(5, "labour", "四轮定位", "280.00", "pending", hours="1.0", rate="280.00"),
        ]),
        inspection=tuple(inspection if inspection is not None else [
            InspectionRecord("机油", "ok", ""),
            InspectionRecord("刹车", "urgent", "前片剩 2mm"),
            InspectionRecord("雨刮", "attention", "胶条老化"),
            InspectionRecord("轮胎及胎压", "ok", "2.4 bar"),
        ]),
        changes=(), declined_before=(), version=3)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_work_order_for_the_workshop():
    pdf = render_work_order(detail(), STORE)
    text = _text(pdf)
    assert pdf.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(pdf)).pages) == 1
    for expected in ("维修工单", "WO20300304007", "粤B12345", "刘洋", "陈静", "赵磊", "1号工位",
                     "25,300 km", "60%", "刹车时有异响", "行车记录仪", "常规保养", "四轮定位",
                     "待确认", "已同意 刘洋", "前片剩 2mm", "星辰汽车 4S 店", "第 1 / 1 页"):
        assert expected in text, expected
    assert "更换刹车片" not in text          # declined work is not for the workshop


def test_inspection_report_for_the_customer():
    text = _text(render_inspection_report(detail(), STORE))
    for expected in ("车辆检查报告", "正常 2", "需关注 1", "紧急 1", "前片剩 2mm", "胶条老化",
                     "建议", "刹车（紧急）"):
        assert expected in text, expected
    assert text.index("刹车（紧急）") < text.index("雨刮（需关注）")   # urgent first


def test_pickup_summary_lines_and_totals():
    d = detail(status="ready_for_pickup")
    text = _text(render_pickup_summary(d, STORE))
    assert document_total(d) == Decimal("692.00")
    for expected in ("交车结算单", "常规保养", amount_text(Decimal("300.00")),
                     amount_text(Decimal("392.00")), "工时费", "配件费", "合计",
                     amount_text(Decimal("692.00")), "本次未做项目", "更换刹车片",
                     amount_text(Decimal("680.00")), "客户签字"):
        assert expected in text, expected
    assert "四轮定位" not in text             # neither done nor declined


def test_long_work_orders_flow_onto_more_pages():
    lines = [_line(i, "part", f"配件 {i:03d}", "10.00", "approved") for i in range(1, 90)]
    pdf = render_pickup_summary(detail(lines=lines), STORE)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    text = _text(pdf)
    assert all(f"配件 {i:03d}" in text for i in range(1, 90))
    assert amount_text(Decimal("890.00")) in text


def test_empty_documents_render():
    d = detail(lines=[], inspection=[], status="diagnosing")
    assert "（无）" in _text(render_work_order(d, STORE))
    assert "（未做检查）" in _text(render_inspection_report(d, STORE))


def test_qr_code_decodes_to_the_work_order_number(tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    cv2 = pytest.importorskip("cv2")
    (tmp_path / "wo.pdf").write_bytes(render_work_order(detail(), STORE))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", "wo.pdf", "page"],
                   cwd=tmp_path, check=True)
    image = cv2.imread(str(tmp_path / "page.png"))
    decoded, _points, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert decoded == "WO20300304007"
