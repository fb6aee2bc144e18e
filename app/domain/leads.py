"""The sales pipeline's rules (潜客/商机): stages, which moves are allowed, lost reasons, the
delivery checklist (交车仪式). Pure: no I/O.

A lead goes new → contacted → visited → test drive → quoted → negotiating → ordered →
delivered, or is lost with a reason. A consultant may skip early stages (a walk-in is
visited at once) but never goes back; "quoted" needs a quote attached, "negotiating" a quote,
"ordered" comes only from an order and "delivered" only from delivering it. A lost lead may
be reopened (back to contacted). An order cancelled before delivery takes its lead back from
"ordered" to "negotiating" (the customer is still talking; the consultant may mark it lost).
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from app.errors import Conflict, ValidationError


class Stage(StrEnum):
    """Where an opportunity stands."""

    NEW = "new"
    CONTACTED = "contacted"
    VISITED = "visited"
    TEST_DRIVE = "test_drive"
    QUOTED = "quoted"
    NEGOTIATING = "negotiating"
    ORDERED = "ordered"
    DELIVERED = "delivered"
    LOST = "lost"


#: The pipeline in order (lost is off to the side).
PIPELINE: tuple[Stage, ...] = (
    Stage.NEW, Stage.CONTACTED, Stage.VISITED, Stage.TEST_DRIVE, Stage.QUOTED,
    Stage.NEGOTIATING, Stage.ORDERED, Stage.DELIVERED)
#: The stages of a lead still being worked: the board's columns.
OPEN_STAGES: tuple[Stage, ...] = PIPELINE[:-1]
#: Stages a consultant sets by hand (the others follow from a quote, an order, a delivery).
MANUAL_STAGES = frozenset({Stage.CONTACTED, Stage.VISITED, Stage.TEST_DRIVE,
                           Stage.NEGOTIATING})


class LostReason(StrEnum):
    """Why a lead was lost (战败原因); `other` needs a note."""

    PRICE = "price"
    COMPETITOR = "competitor"
    FINANCE = "finance"
    DELIVERY_TIME = "delivery_time"
    POSTPONED = "postponed"
    UNREACHABLE = "unreachable"
    OTHER = "other"


class Timing(StrEnum):
    """When the prospect means to buy (购车时间)."""

    MONTH = "within_month"
    QUARTER = "within_3_months"
    HALF_YEAR = "within_6_months"
    LATER = "later"


class OrderStatus(StrEnum):
    """Where a sales order (订单) stands."""

    OPEN = "open"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class DepositOutcome(StrEnum):
    """What became of the deposit paid on an order that was cancelled: given back, or kept
    by the store (定金不退). A person chooses, before the order is cancelled."""

    REFUNDED = "refunded"
    FORFEITED = "forfeited"


class DeliveryCheck(StrEnum):
    """The items of the delivery ceremony (交车仪式), each ticked before the car goes."""

    INSPECTED = "inspected"
    DOCUMENTS = "documents"
    FEATURES = "features"
    KEYS = "keys"
    CARE_INTRO = "care_intro"
    PHOTO = "photo"


class StageRefused(Conflict):
    """A stage move the rules do not allow; `zh` and `en` say why (the field is the stage)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh, en, field="stage")


def check_order_cancel(status: OrderStatus | str, reason: str) -> str:
    """The reason of cancelling an order (stripped, at most 200 characters), or a refusal:
    a reason is required and a delivered or already cancelled order stays as it is."""
    status = OrderStatus(status)
    if status == OrderStatus.DELIVERED:
        raise Conflict("已交车的订单不能取消。", "A delivered order cannot be cancelled.")
    if status == OrderStatus.CANCELLED:
        raise Conflict("该订单已取消。", "The order is already cancelled.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写取消订单的原因。", "Say why the order is cancelled.",
                              field="cancel_reason")
    return reason[:200]


def check_deposit_outcome(paid: Decimal, outcome: DepositOutcome | str | None
                          ) -> DepositOutcome | None:
    """What becomes of the `paid` deposit of an order being cancelled: none when nothing is
    paid; else the choice made, or a refusal when none was."""
    if paid <= 0:
        return None
    if outcome in (None, ""):
        raise ValidationError(f"该订单已收订金 {paid:,.2f} 元：请选择退还客户还是订金不退。",
                              f"A deposit of {paid:,.2f} CNY is paid on this order: choose "
                              "whether it is refunded or forfeited.", field="deposit_outcome")
    try:
        return DepositOutcome(outcome)
    except ValueError:
        raise ValidationError("请选择退还订金或订金不退。",
                              "Choose refunded or forfeited for the deposit.",
                              field="deposit_outcome") from None


def is_open(stage: Stage | str) -> bool:
    """True while the lead is still being worked (neither delivered nor lost)."""
    return Stage(stage) in OPEN_STAGES


def _rank(stage: Stage) -> int:
    return PIPELINE.index(stage)


def check_move(frm: Stage | str, to: Stage | str, *, has_quote: bool = False,
               by: str = "hand") -> None:
    """Raise StageRefused unless a lead may go from `frm` to `to`.

    `by` says what moves it: "hand" (the consultant), "quote" (a quote attached), "order"
    (an order made), "delivery" (the order delivered), "cancel" (the order cancelled).
    Lost is `check_lost`'s.
    """
    frm, to = Stage(frm), Stage(to)
    if frm == to:
        raise StageRefused("商机已处于该阶段。", "The lead is already at that stage.")
    if frm == Stage.DELIVERED:
        raise StageRefused("已交车的商机不能再移动。", "A delivered lead cannot move.")
    if to == Stage.LOST:
        raise StageRefused("标记战败须选择原因。", "Marking a lead lost needs a reason.")
    if frm == Stage.LOST:
        if to == Stage.CONTACTED and by == "hand":
            return
        raise StageRefused("战败商机只能重新激活到“已联系”。",
                           "A lost lead can only be reopened to contacted.")
    if by == "cancel":
        if frm == Stage.ORDERED and to == Stage.NEGOTIATING:
            return
        raise StageRefused("取消订单只能让“已下订”的商机回到“议价中”。",
                           "Cancelling an order takes an ordered lead back to negotiating only.")
    if _rank(to) < _rank(frm):
        raise StageRefused("商机阶段不能倒退。", "A lead's stage cannot go back.")
    _check_cause(frm, to, has_quote, by)


def _check_cause(frm: Stage, to: Stage, has_quote: bool, by: str) -> None:
    if to == Stage.QUOTED and by != "quote":
        raise StageRefused("请关联一份报价单，商机会自动进入“已报价”。",
                           "Attach a quote; the lead then moves to quoted by itself.")
    if to == Stage.NEGOTIATING and not has_quote:
        raise StageRefused("尚未报价，不能进入议价。", "No quote yet: the lead cannot negotiate.")
    if to == Stage.ORDERED and (by != "order" or frm not in (Stage.QUOTED, Stage.NEGOTIATING)):
        raise StageRefused("须在报价后下订单，商机才进入“已下订”。",
                           "The lead is ordered only by an order made after a quote.")
    if to == Stage.DELIVERED and (by != "delivery" or frm != Stage.ORDERED):
        raise StageRefused("须完成订单交车，商机才进入“已交车”。",
                           "The lead is delivered only by delivering its order.")


def allowed_moves(frm: Stage | str, *, has_quote: bool = False) -> tuple[Stage, ...]:
    """The stages a consultant may move a lead to by hand from `frm` (lost not included)."""
    found = []
    for to in PIPELINE:
        try:
            check_move(frm, to, has_quote=has_quote)
        except StageRefused:
            continue
        found.append(to)
    return tuple(found)


def check_lost(frm: Stage | str, reason: LostReason | str | None, note: str = "") -> LostReason:
    """The reason of a lead being marked lost, or a refusal: only an open lead can be lost,
    a reason from the list is required, and `other` needs a note."""
    if not is_open(frm):
        raise StageRefused("只有进行中的商机可以标记战败。", "Only an open lead can be lost.")
    if not reason:
        raise ValidationError("请选择战败原因。", "Choose why the lead was lost.",
                              field="lost_reason")
    try:
        reason = LostReason(reason)
    except ValueError:
        raise ValidationError(f"未知的战败原因：{reason}", f"Unknown lost reason: {reason}",
                              field="lost_reason") from None
    if reason == LostReason.OTHER and not note.strip():
        raise ValidationError("原因为“其他”时请填写说明。",
                              "Say why when the reason is 'other'.", field="lost_note")
    return reason


def missing_checks(done: set[str] | frozenset[str]) -> tuple[DeliveryCheck, ...]:
    """The delivery checklist's items not yet ticked, in the ceremony's order."""
    return tuple(item for item in DeliveryCheck if item.value not in done)
