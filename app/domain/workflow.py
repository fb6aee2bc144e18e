"""The work order's status flow (工单状态流转): legal moves, who may make them, and flags.

Pure rules, no database: the services ask `check_move` before they store a move, the board
asks `card_flags` what to show on a card. Every move is refused with a `MoveRefused` that
carries its message in Chinese and English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.code_names import CODE_NAMES
from app.domain.working_calendar import WorkingCalendar, add_working_time
from app.errors import Conflict


class WorkOrderStatus(StrEnum):
    """The work-order board's columns, in order, plus cancelled."""

    WAITING_CHECK_IN = "waiting_check_in"
    DIAGNOSING = "diagnosing"
    AWAITING_APPROVAL = "awaiting_approval"
    IN_REPAIR = "in_repair"
    QUALITY_CHECK = "quality_check"
    READY_FOR_PICKUP = "ready_for_pickup"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


S = WorkOrderStatus

#: The board's columns, left to right.
BOARD_COLUMNS: tuple[WorkOrderStatus, ...] = (
    S.WAITING_CHECK_IN, S.DIAGNOSING, S.AWAITING_APPROVAL, S.IN_REPAIR, S.QUALITY_CHECK,
    S.READY_FOR_PICKUP, S.DELIVERED,
)

#: Chinese and English names of each status (from the one table of code names).
STATUS_LABELS: dict[WorkOrderStatus, tuple[str, str]] = {s: CODE_NAMES[str(s)] for s in S}

#: Statuses in which the car is in the workshop and progress is owed every 30 minutes.
IN_SHOP: frozenset[WorkOrderStatus] = frozenset({
    S.DIAGNOSING, S.AWAITING_APPROVAL, S.IN_REPAIR, S.QUALITY_CHECK})
#: Statuses the store no longer acts on.
CLOSED: frozenset[WorkOrderStatus] = frozenset({S.DELIVERED, S.CANCELLED})
#: Statuses of a work order the store still has to act on.
OPEN: frozenset[WorkOrderStatus] = frozenset(WorkOrderStatus) - CLOSED
#: Statuses in which the car stands at the store: checked in, not yet handed back.
ON_SITE: frozenset[WorkOrderStatus] = OPEN - {S.WAITING_CHECK_IN}
#: Statuses of a work order the cashier settles: the car is ready, or already gone.
SETTLEABLE: tuple[WorkOrderStatus, ...] = (S.READY_FOR_PICKUP, S.DELIVERED)

PROGRESS_INTERVAL = timedelta(minutes=30)

ADVISOR, TECHNICIAN, MANAGER = "service_advisor", "technician", "manager"

#: Every legal move and the staff roles that may make it (a manager may make any).
MOVES: dict[tuple[WorkOrderStatus, WorkOrderStatus], frozenset[str]] = {
    (S.WAITING_CHECK_IN, S.DIAGNOSING): frozenset({ADVISOR}),
    (S.WAITING_CHECK_IN, S.CANCELLED): frozenset({ADVISOR}),
    (S.DIAGNOSING, S.AWAITING_APPROVAL): frozenset({ADVISOR, TECHNICIAN}),
    (S.DIAGNOSING, S.IN_REPAIR): frozenset({ADVISOR, TECHNICIAN}),
    (S.DIAGNOSING, S.CANCELLED): frozenset({ADVISOR}),
    (S.AWAITING_APPROVAL, S.IN_REPAIR): frozenset({ADVISOR}),
    (S.AWAITING_APPROVAL, S.DIAGNOSING): frozenset({ADVISOR, TECHNICIAN}),
    (S.AWAITING_APPROVAL, S.CANCELLED): frozenset({ADVISOR}),
    (S.IN_REPAIR, S.AWAITING_APPROVAL): frozenset({ADVISOR, TECHNICIAN}),
    (S.IN_REPAIR, S.QUALITY_CHECK): frozenset({TECHNICIAN, ADVISOR}),
    (S.QUALITY_CHECK, S.IN_REPAIR): frozenset({TECHNICIAN, ADVISOR}),
    (S.QUALITY_CHECK, S.READY_FOR_PICKUP): frozenset({TECHNICIAN, ADVISOR}),
    (S.READY_FOR_PICKUP, S.DELIVERED): frozenset({ADVISOR}),
}


class MoveRefused(Conflict):
    """A status move the rules do not allow; `zh` and `en` say why (the field is the status)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh, en, field="status")


def label(status: WorkOrderStatus | str, language: str = "zh") -> str:
    """The status's name in 'zh' or 'en'."""
    zh, en = STATUS_LABELS[WorkOrderStatus(status)]
    return en if language.startswith("en") else zh


def next_statuses(status: WorkOrderStatus | str) -> tuple[WorkOrderStatus, ...]:
    """The statuses a work order in `status` may move to, in board order (cancel last)."""
    status = WorkOrderStatus(status)
    order = list(WorkOrderStatus)
    return tuple(sorted((to for (frm, to) in MOVES if frm == status), key=order.index))


def is_legal(frm: WorkOrderStatus | str, to: WorkOrderStatus | str) -> bool:
    """True when the flow has a move from `frm` to `to` (whoever makes it)."""
    return (WorkOrderStatus(frm), WorkOrderStatus(to)) in MOVES


def check_move(frm: WorkOrderStatus | str, to: WorkOrderStatus | str, *,
               role: str | None = None, pending_lines: int = 0,
               approved_lines: int = 0) -> None:
    """Raise MoveRefused unless a work order may go from `frm` to `to`.

    `role` is the mover's staff role (None: not checked, e.g. the system); a manager may
    make any legal move. Repair may start only when no line awaits the customer's answer
    and at least one line was approved; approval is asked only for lines that await it.
    """
    frm, to = WorkOrderStatus(frm), WorkOrderStatus(to)
    if frm == to:
        raise MoveRefused(f"工单已是“{label(frm)}”状态。", f"The work order is already "
                          f"{label(frm, 'en').lower()}.")
    roles = MOVES.get((frm, to))
    if roles is None:
        raise MoveRefused(f"工单不能从“{label(frm)}”直接改为“{label(to)}”。",
                          f"A work order cannot go from {label(frm, 'en').lower()} to "
                          f"{label(to, 'en').lower()}.")
    if role is not None and role != MANAGER and role not in roles:
        raise MoveRefused(f"您的岗位无权将工单改为“{label(to)}”。",
                          f"Your role may not move a work order to {label(to, 'en').lower()}.")
    if to is S.IN_REPAIR and pending_lines:
        raise MoveRefused(f"还有 {pending_lines} 项待客户确认，不能开始维修。",
                          f"{pending_lines} line(s) still await the customer's answer; "
                          "repair cannot start.")
    if to is S.IN_REPAIR and frm is not S.QUALITY_CHECK and not approved_lines:
        raise MoveRefused("没有客户已确认的项目，不能开始维修。",
                          "No line is approved by the customer; repair cannot start.")
    if to is S.AWAITING_APPROVAL and not pending_lines:
        raise MoveRefused("没有待客户确认的项目。", "No line awaits the customer's answer.")


def takes_parts(frm: WorkOrderStatus | str, to: WorkOrderStatus | str) -> bool:
    """True for a move at which approved parts leave the stock: the repair is done (in
    repair → quality check), and, for parts approved later, on the way to the customer."""
    frm, to = WorkOrderStatus(frm), WorkOrderStatus(to)
    return (frm, to) in {(S.IN_REPAIR, S.QUALITY_CHECK), (S.QUALITY_CHECK, S.READY_FOR_PICKUP),
                         (S.READY_FOR_PICKUP, S.DELIVERED)}


def needs_progress(status: WorkOrderStatus | str, last_progress_at: datetime | None,
                   opened_at: datetime, now: datetime,
                   calendar: WorkingCalendar | None = None) -> bool:
    """True when a car in the shop has had no progress update for 30 minutes or more (of
    the store's working days, given its calendar: nobody owes an update on a holiday)."""
    if WorkOrderStatus(status) not in IN_SHOP:
        return False
    since = last_progress_at or opened_at
    if calendar is not None:
        return add_working_time(calendar, since, PROGRESS_INTERVAL) <= now
    return now - since >= PROGRESS_INTERVAL


def is_overdue(status: WorkOrderStatus | str, promised_at: datetime | None,
               now: datetime) -> bool:
    """True when the promised time has passed and the car is not ready yet."""
    status = WorkOrderStatus(status)
    return (promised_at is not None and now > promised_at
            and status not in (S.READY_FOR_PICKUP, *CLOSED))


@dataclass(frozen=True)
class Flags:
    """What a board card warns about."""

    no_progress: bool = False
    overdue: bool = False
    awaiting_customer: bool = False

    def __bool__(self) -> bool:
        return self.no_progress or self.overdue or self.awaiting_customer


def card_flags(status: WorkOrderStatus | str, *, opened_at: datetime,
               last_progress_at: datetime | None, promised_at: datetime | None,
               now: datetime, calendar: WorkingCalendar | None = None) -> Flags:
    """The flags of one work order at `now`."""
    return Flags(no_progress=needs_progress(status, last_progress_at, opened_at, now,
                                            calendar),
                 overdue=is_overdue(status, promised_at, now),
                 awaiting_customer=WorkOrderStatus(status) is S.AWAITING_APPROVAL)


#: The digital inspection checklist (数字化检查单), in the order it is walked.
CHECKLIST: tuple[str, ...] = (
    "机油", "机滤", "空气滤芯", "空调滤芯", "轮胎及胎压", "刹车", "蓄电池", "灯光", "雨刮",
    "底盘", "冷却液",
)


class InspectionResult(StrEnum):
    """Traffic light of one checklist item; "unchecked" until somebody looked at it."""

    UNCHECKED = "unchecked"
    OK = "ok"
    ATTENTION = "attention"
    URGENT = "urgent"


#: The results that are a finding to tell the customer about.
FINDINGS: frozenset[str] = frozenset({InspectionResult.ATTENTION, InspectionResult.URGENT})


def complete_checklist(items: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(item, result, note) for every item of the checklist, in its order, an item nobody
    recorded as unchecked (never as OK); items outside the checklist follow as given."""
    given = {name: (name, str(result), note) for name, result, note in items}
    walked = [given.pop(name, (name, InspectionResult.UNCHECKED.value, "")) for name in CHECKLIST]
    return walked + list(given.values())
