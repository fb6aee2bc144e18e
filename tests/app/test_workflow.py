"""The status flow: every legal and illegal move, who may make it, and the card flags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product

import pytest

from app.domain import workflow
from app.domain.workflow import MoveRefused, WorkOrderStatus
from app.models import WorkOrderStatus as ModelStatus

S = WorkOrderStatus
NOW = datetime(2030, 3, 4, 2, 0, tzinfo=UTC)

#: The flow as the issue states it: forward along the board, with the few ways back.
LEGAL = {
    (S.WAITING_CHECK_IN, S.DIAGNOSING), (S.WAITING_CHECK_IN, S.CANCELLED),
    (S.DIAGNOSING, S.AWAITING_APPROVAL), (S.DIAGNOSING, S.IN_REPAIR),
    (S.DIAGNOSING, S.CANCELLED),
    (S.AWAITING_APPROVAL, S.IN_REPAIR), (S.AWAITING_APPROVAL, S.DIAGNOSING),
    (S.AWAITING_APPROVAL, S.CANCELLED),
    (S.IN_REPAIR, S.QUALITY_CHECK), (S.IN_REPAIR, S.AWAITING_APPROVAL),
    (S.QUALITY_CHECK, S.READY_FOR_PICKUP), (S.QUALITY_CHECK, S.IN_REPAIR),
    (S.READY_FOR_PICKUP, S.DELIVERED),
}
ALL_PAIRS = list(product(WorkOrderStatus, WorkOrderStatus))


def test_the_model_uses_the_domain_enum():
    assert ModelStatus is WorkOrderStatus
    assert [s.value for s in workflow.BOARD_COLUMNS] == [
        "waiting_check_in", "diagnosing", "awaiting_approval", "in_repair", "quality_check",
        "ready_for_pickup", "delivered"]


@pytest.mark.parametrize(("frm", "to"), sorted(LEGAL))
def test_legal_move_is_allowed_for_a_manager(frm, to):
    assert workflow.is_legal(frm, to)
    workflow.check_move(frm, to, role="manager", pending_lines=0, approved_lines=1) \
        if to is not S.AWAITING_APPROVAL else \
        workflow.check_move(frm, to, role="manager", pending_lines=1, approved_lines=0)


@pytest.mark.parametrize(("frm", "to"), [p for p in ALL_PAIRS if p not in LEGAL])
def test_illegal_move_is_refused_with_both_messages(frm, to):
    assert not workflow.is_legal(frm, to)
    with pytest.raises(MoveRefused) as refused:
        workflow.check_move(frm, to, role="manager", pending_lines=1, approved_lines=1)
    assert refused.value.zh and refused.value.en and refused.value.zh != refused.value.en


def test_next_statuses_follow_the_table():
    for status in WorkOrderStatus:
        expected = {to for frm, to in LEGAL if frm == status}
        assert set(workflow.next_statuses(status)) == expected
    assert workflow.next_statuses(S.DELIVERED) == () == workflow.next_statuses(S.CANCELLED)
    assert workflow.next_statuses(S.QUALITY_CHECK) == (S.IN_REPAIR, S.READY_FOR_PICKUP)


@pytest.mark.parametrize(("frm", "to", "role", "allowed"), [
    (S.WAITING_CHECK_IN, S.DIAGNOSING, "service_advisor", True),
    (S.WAITING_CHECK_IN, S.DIAGNOSING, "technician", False),
    (S.IN_REPAIR, S.QUALITY_CHECK, "technician", True),
    (S.READY_FOR_PICKUP, S.DELIVERED, "technician", False),
    (S.READY_FOR_PICKUP, S.DELIVERED, "reception", False),
    (S.READY_FOR_PICKUP, S.DELIVERED, "manager", True),
    (S.AWAITING_APPROVAL, S.CANCELLED, "sales_consultant", False),
    (S.QUALITY_CHECK, S.READY_FOR_PICKUP, None, True),
])
def test_who_may_move(frm, to, role, allowed):
    if allowed:
        workflow.check_move(frm, to, role=role, approved_lines=1)
    else:
        with pytest.raises(MoveRefused, match="role"):
            workflow.check_move(frm, to, role=role, approved_lines=1)


def test_repair_waits_for_every_answer_and_one_approval():
    with pytest.raises(MoveRefused, match="await"):
        workflow.check_move(S.AWAITING_APPROVAL, S.IN_REPAIR, pending_lines=2, approved_lines=1)
    with pytest.raises(MoveRefused, match="No line is approved"):
        workflow.check_move(S.DIAGNOSING, S.IN_REPAIR, pending_lines=0, approved_lines=0)
    workflow.check_move(S.QUALITY_CHECK, S.IN_REPAIR)      # rework needs no new approval
    with pytest.raises(MoveRefused, match="No line awaits"):
        workflow.check_move(S.DIAGNOSING, S.AWAITING_APPROVAL, pending_lines=0)


def test_parts_leave_the_stock_when_the_repair_is_done():
    taking = {(S.IN_REPAIR, S.QUALITY_CHECK), (S.QUALITY_CHECK, S.READY_FOR_PICKUP),
              (S.READY_FOR_PICKUP, S.DELIVERED)}
    assert {(f, t) for f, t in LEGAL if workflow.takes_parts(f, t)} == taking


@pytest.mark.parametrize(("status", "minutes", "flagged"), [
    (S.IN_REPAIR, 29, False), (S.IN_REPAIR, 30, True), (S.DIAGNOSING, 45, True),
    (S.QUALITY_CHECK, 31, True), (S.AWAITING_APPROVAL, 60, True),
    (S.WAITING_CHECK_IN, 90, False), (S.READY_FOR_PICKUP, 90, False), (S.DELIVERED, 90, False),
])
def test_no_progress_for_thirty_minutes_is_flagged(status, minutes, flagged):
    last = NOW - timedelta(minutes=minutes)
    assert workflow.needs_progress(status, last, NOW - timedelta(hours=5), NOW) is flagged
    assert workflow.needs_progress(status, None, last, NOW) is flagged   # opened, no update


def test_overdue_and_card_flags():
    promised = NOW - timedelta(minutes=1)
    assert workflow.is_overdue(S.IN_REPAIR, promised, NOW)
    assert not workflow.is_overdue(S.READY_FOR_PICKUP, promised, NOW)
    assert not workflow.is_overdue(S.IN_REPAIR, None, NOW)
    flags = workflow.card_flags(S.AWAITING_APPROVAL, opened_at=NOW, last_progress_at=NOW,
                                promised_at=NOW + timedelta(hours=1), now=NOW)
    assert flags.awaiting_customer and not flags.overdue and not flags.no_progress and flags
    assert not workflow.card_flags(S.DIAGNOSING, opened_at=NOW, last_progress_at=None,
                                   promised_at=None, now=NOW)


def test_labels_in_both_languages():
    assert workflow.label("in_repair") == "维修中"
    assert workflow.label(S.READY_FOR_PICKUP, "en") == "Ready for pick-up"
