"""The pipeline's pure rules: what each cause may move, lost reasons, the checklist."""

from __future__ import annotations

import pytest

from app.domain.code_names import CODE_NAMES
from app.domain.leads import (
    DeliveryCheck,
    LostReason,
    OrderStatus,
    Stage,
    StageRefused,
    Timing,
    allowed_moves,
    check_lost,
    check_move,
    check_order_cancel,
    missing_checks,
)
from app.errors import Conflict, ValidationError


def test_allowed_moves_by_hand_from_each_stage():
    assert allowed_moves(Stage.NEW) == (Stage.CONTACTED, Stage.VISITED, Stage.TEST_DRIVE)
    assert allowed_moves(Stage.TEST_DRIVE) == ()
    assert allowed_moves(Stage.TEST_DRIVE, has_quote=True) == (Stage.NEGOTIATING,)
    assert allowed_moves(Stage.QUOTED, has_quote=True) == (Stage.NEGOTIATING,)
    assert allowed_moves(Stage.NEGOTIATING, has_quote=True) == ()
    assert allowed_moves(Stage.LOST) == (Stage.CONTACTED,)
    assert allowed_moves(Stage.DELIVERED) == ()


@pytest.mark.parametrize(("frm", "to", "by", "ok"), [
    (Stage.NEW, Stage.QUOTED, "quote", True), (Stage.NEW, Stage.QUOTED, "hand", False),
    (Stage.QUOTED, Stage.ORDERED, "order", True), (Stage.NEGOTIATING, Stage.ORDERED, "order", True),
    (Stage.VISITED, Stage.ORDERED, "order", False), (Stage.QUOTED, Stage.ORDERED, "hand", False),
    (Stage.ORDERED, Stage.DELIVERED, "delivery", True),
    (Stage.NEGOTIATING, Stage.DELIVERED, "delivery", False),
    (Stage.ORDERED, Stage.DELIVERED, "hand", False), (Stage.LOST, Stage.CONTACTED, "quote", False),
    (Stage.NEW, Stage.LOST, "hand", False),
    (Stage.ORDERED, Stage.NEGOTIATING, "cancel", True),
    (Stage.ORDERED, Stage.NEGOTIATING, "hand", False),
    (Stage.ORDERED, Stage.QUOTED, "cancel", False),
    (Stage.DELIVERED, Stage.NEGOTIATING, "cancel", False),
])
def test_moves_by_their_cause(frm, to, by, ok):
    if ok:
        check_move(frm, to, has_quote=True, by=by)
    else:
        with pytest.raises(StageRefused):
            check_move(frm, to, has_quote=True, by=by)


def test_lost_reasons():
    assert check_lost(Stage.QUOTED, "price") == LostReason.PRICE
    assert check_lost(Stage.ORDERED, "other", "客户出国") == LostReason.OTHER
    for reason, note in ((None, ""), ("", ""), ("nope", ""), ("other", " ")):
        with pytest.raises(ValidationError):
            check_lost(Stage.NEW, reason, note)
    for closed in (Stage.LOST, Stage.DELIVERED):
        with pytest.raises(StageRefused):
            check_lost(closed, "price")


def test_missing_checks_in_the_ceremony_order():
    assert missing_checks(set()) == tuple(DeliveryCheck)
    assert missing_checks({"keys", "photo"}) == (DeliveryCheck.INSPECTED, DeliveryCheck.DOCUMENTS,
                                                 DeliveryCheck.FEATURES, DeliveryCheck.CARE_INTRO)
    assert missing_checks({c.value for c in DeliveryCheck}) == ()


@pytest.mark.parametrize(("kind", "codes"), [
    ("lead_stage", Stage), ("lost_reason", LostReason), ("purchase_timing", Timing),
    ("order_status", OrderStatus), ("delivery_check", DeliveryCheck)])
def test_every_code_has_names(kind, codes):
    for code in codes:
        zh, en = CODE_NAMES[f"{kind}.{code.value}"]
        assert zh and en and zh != en


def test_an_order_is_cancelled_with_a_reason_and_only_before_delivery():
    assert check_order_cancel(OrderStatus.OPEN, "  客户资金未到位 ") == "客户资金未到位"
    with pytest.raises(ValidationError) as caught:
        check_order_cancel(OrderStatus.OPEN, "   ")
    assert caught.value.field == "cancel_reason"
    for status in (OrderStatus.DELIVERED, OrderStatus.CANCELLED):
        with pytest.raises(Conflict):
            check_order_cancel(status, "客户改主意")
