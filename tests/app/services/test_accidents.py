"""Accident cases: a rescue call through the tow, photos, the assessor's agreed assessment
(insurer's and customer's shares), the work order made from it without retyping (parts
held or special-ordered), the board's accident card, the bill starting from the insurer's
share, the repair history keeping the case, and the assessment PDF read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from decimal import Decimal

import pytest

from app.errors import Conflict, ValidationError
from app.models import Part, WorkOrder, WorkOrderStatus
from app.services import (
    accidents,
    cashier,
    parts,
    repair_history,
    stock,
    work_order_board,
    work_orders,
)
from app.services.accidents import AssessmentInput
from tests.app.services.conftest import assert_user_error
from tests.backoffice_seed import NOON, seed_back_office

CALL = NOON - timedelta(hours=3)


@pytest.fixture
def case(db):
    bo = seed_back_office(db)
    with db.session() as s:
        bumper = Part(code="52119-06991", name="前保险杠", price=Decimal("1500.00"))
        s.add(bumper)
        s.flush()
        bumper_id = bumper.id
    stock.receive(db, bo.store_id, bo.part_id, 2)
    with pytest.raises(ValidationError) as exc:
        accidents.open_case(db, bo.store_id, bo.vehicle_id, source="rescue_call",
                            happened_at=CALL, now=NOON)
    assert_user_error(exc, ValidationError, "location")
    record = accidents.open_case(db, bo.store_id, bo.vehicle_id, source="rescue_call",
                                 happened_at=CALL, location="广州大道中与天河路口",
                                 caller_phone="13812345678", insurer_name="平安保险",
                                 claim_number="PA2026120500088", notes="追尾，前部受损", now=NOON)
    return bo, bumper_id, record


def test_an_accident_case_through_to_its_work_order_and_bill(db, case):
    bo, bumper_id, record = case
    assert (record.status, record.customer_name, record.plate) == ("reported", "张伟", "粤A12345")
    with pytest.raises(ValidationError) as exc:
        accidents.record_tow(db, record.id, record.version, company="安达拖车",
                             called_at=CALL, eta=CALL - timedelta(minutes=5))
    assert_user_error(exc, ValidationError, "eta")
    record = accidents.record_tow(db, record.id, record.version, company="安达拖车",
                                  driver="李师傅", called_at=CALL + timedelta(minutes=5),
                                  eta=CALL + timedelta(minutes=50))
    assert record.status == "towing"
    record = accidents.record_tow(db, record.id, record.version, company="安达拖车",
                                  driver="李师傅", called_at=CALL + timedelta(minutes=5),
                                  eta=CALL + timedelta(minutes=50),
                                  arrived_at=CALL + timedelta(minutes=62))
    assert record.status == "on_site"
    accidents.add_photo(db, record.id, "/data/photos/SG001-front.jpg", "前部")
    record = accidents.add_photo(db, record.id, "/data/photos/SG001-left.jpg", "左前灯")
    assert [c for _p, c in record.photos] == ["前部", "左前灯"]

    lines = [AssessmentInput("labour", "钣金修复", 1, "900", "900", hours="3"),
             AssessmentInput("labour", "喷漆", 1, "1200", "1000", hours="4"),
             AssessmentInput("part", "", 1, "1500", "1500", part_id=bumper_id),
             AssessmentInput("part", "前刹车片", 2, "234.56", "0", part_id=bo.part_id)]
    with pytest.raises(ValidationError) as exc:
        accidents.set_assessment(db, record.id, record.version,
                                 [AssessmentInput("labour", "喷漆", 1, "1200", "1200.01")],
                                 assessor_name="赵定损")
    assert_user_error(exc, ValidationError, "lines")
    record = accidents.set_assessment(db, record.id, record.version, lines,
                                      assessor_name="赵定损", assessor_phone="95512", now=NOON)
    assert (record.status, record.total) == ("assessed", Decimal("4069.12"))
    assert (record.insurer_total, record.customer_total) == (Decimal("3400.00"),
                                                             Decimal("669.12"))
    assert record.lines[2].description == "前保险杠"          # named from the catalogue

    record = accidents.make_work_order(db, record.id, record.version, advisor_id=bo.advisor_id,
                                       now=NOON)
    with pytest.raises(Conflict):
        accidents.make_work_order(db, record.id, record.version)
    order = work_orders.get_work_order(db, record.work_order_id)
    assert [(x.description, x.amount, x.approval, x.approved_by) for x in order.lines] == [
        ("钣金修复", Decimal("900.00"), "approved", "定损员 赵定损"),
        ("喷漆", Decimal("1200.00"), "approved", "定损员 赵定损"),
        ("前保险杠", Decimal("1500.00"), "approved", "定损员 赵定损"),
        ("前刹车片", Decimal("469.12"), "approved", "定损员 赵定损")]
    assert order.lines[0].hours == Decimal("3.00") and "追尾" in order.concerns
    assert parts.get_part(db, bo.part_id, bo.store_id).reserved == 2     # held from the shelf
    [bumper_request] = [r for r in parts.open_requests(db) if r.part_id == bumper_id]
    assert (bumper_request.qty, bumper_request.work_order_id) == (1, order.id)
    card = next(c for c in work_order_board.board(db, now=NOON) if c.id == order.id)
    assert (card.kind, card.part_state) == ("accident", "waiting_part")

    with db.session() as s:                               # the repair is done
        s.get(WorkOrder, order.id).status = WorkOrderStatus.READY_FOR_PICKUP
    bill = cashier.open_settlement(db, order.id, now=NOON)
    assert (bill.insurer_amount, bill.insurer_name, bill.claim_number) == (
        Decimal("3400.00"), "平安保险", "PA2026120500088")
    assert bill.customer_due == Decimal("602.21")        # 669.12 less the gold 10 % (66.91)

    history = repair_history.vehicle_history(db, bo.vehicle_id)
    entry = next(e for e in history.entries if e.work_order_id == order.id)
    assert (entry.accident_number, entry.insurer_name) == (record.number, "平安保险")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_the_assessment_reads_back(db, case):
    bo, bumper_id, record = case
    record = accidents.set_assessment(
        db, record.id, record.version,
        [AssessmentInput("labour", "喷漆", 1, "1200", "1000", hours="4"),
         AssessmentInput("part", "", 1, "1500", "1500", part_id=bumper_id)],
        assessor_name="赵定损", now=NOON)
    accidents.add_photo(db, record.id, "/data/photos/SG001-front.jpg", "前部")
    pdf = accidents.assessment_pdf(db, record.id, bo.store_id)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    for expected in ("事故定损单", record.number, "粤A12345", "平安保险", "PA2026120500088",
                     "赵定损", "喷漆", "前保险杠", "52119-06991", "¥2,700.00", "¥2,500.00",
                     "¥200.00", "SG001-front.jpg", "广州大道中与天河路口"):
        assert expected in text, expected


def test_the_service_desk_lists_the_stores_cases_newest_first_as_opened(db, case):
    bo, _bumper_id, first = case
    later = accidents.open_case(db, bo.store_id, bo.vehicle_id, source="walk_in",
                                happened_at=CALL + timedelta(hours=1), location="天河停车场",
                                now=NOON)
    listed = accidents.list_cases(db, bo.store_id)
    assert [c.id for c in listed] == [later.id, first.id]
    assert list(listed) == [accidents.get_case(db, c.id) for c in listed]
    assert (listed[1].plate, listed[1].customer_name) == ("粤A12345", "张伟")
    assert accidents.list_cases(db, bo.store_id + 1) == ()
