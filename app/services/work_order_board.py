"""The work-order board's data: a card per work order on the board, and a cheap signature
that changes whenever any desk changes one (the board polls it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain import workflow
from app.domain.roles import Permission
from app.domain.workflow import WorkOrderStatus
from app.domain.working_calendar import WorkingCalendar
from app.models import AccidentCase, Bay, Customer, Staff, Vehicle, WorkOrder
from app.services import purchasing, working_days
from app.services.common import day_bounds, now_utc, store_today
from app.services.scoping import in_scope


@dataclass(frozen=True)
class BoardCard:
    """A card on the work-order board."""

    id: int
    number: str
    status: str
    plate: str
    customer_name: str | None
    advisor_id: int | None
    advisor_name: str | None
    bay_id: int | None
    bay_name: str | None
    opened_at: datetime
    promised_at: datetime | None
    last_progress_at: datetime | None
    version: int
    vehicle_model: str = ""     # brand and model, e.g. "广汽丰田 凯美瑞"
    #: "accident" for the work of an accident case, "" for service work.
    kind: str = ""
    #: Special-order parts: "waiting_part", "part_arrived", or "" when none.
    part_state: str = ""
    #: The store's working calendar: progress is owed only on its working days.
    calendar: WorkingCalendar | None = field(default=None, compare=False, repr=False)

    def flags(self, now: datetime) -> workflow.Flags:
        """The card's warnings at `now` (no progress for 30 min, overdue, awaiting answer)."""
        return workflow.card_flags(self.status, opened_at=self.opened_at,
                                   last_progress_at=self.last_progress_at,
                                   promised_at=self.promised_at, now=now,
                                   calendar=self.calendar)


# --- the board ----------------------------------------------------------------------------
#: The most cards a board shows (a store's open work orders stay far below it).
BOARD_LIMIT = 500


@acting.needs(Permission.WORK_ORDER_VIEW)
def board(db: Database, *, now: datetime | None = None,
          limit: int = BOARD_LIMIT) -> tuple[BoardCard, ...]:
    """Cards of the store's open work orders and of those closed today, by promised time
    (at most `limit`)."""
    with db.session() as s:
        return board_in(s, now, limit)


def board_in(session: Session, now: datetime | None = None,
             limit: int = BOARD_LIMIT) -> tuple[BoardCard, ...]:
    """`board` inside an open session."""
    start, _end = day_bounds(store_today(now))
    # The cards are chosen first, on work orders alone; only they are joined to their
    # vehicle, customer, advisor and bay (a store may have thousands on its board).
    chosen = (select(WorkOrder.id).where(_on_board(start))
              .order_by(WorkOrder.promised_at, WorkOrder.id).limit(limit).subquery())
    rows = session.execute(
        select(WorkOrder.id, WorkOrder.number, WorkOrder.status, Vehicle.plate,
               Customer.name, WorkOrder.advisor_id, Staff.name, WorkOrder.bay_id, Bay.name,
               WorkOrder.opened_at, WorkOrder.promised_at, WorkOrder.last_progress_at,
               WorkOrder.version_id, Vehicle.brand, Vehicle.model, WorkOrder.store_id,
               select(AccidentCase.id).where(AccidentCase.work_order_id == WorkOrder.id)
               .exists(), *purchasing.part_state_columns(WorkOrder.id))
        .join(chosen, chosen.c.id == WorkOrder.id)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .outerjoin(Customer, Customer.id == WorkOrder.customer_id)
        .outerjoin(Staff, Staff.id == WorkOrder.advisor_id)
        .outerjoin(Bay, Bay.id == WorkOrder.bay_id)
        .order_by(WorkOrder.promised_at, WorkOrder.id)).all()
    calendars = working_days.around(session, now_utc(now))
    return tuple(BoardCard(r[0], r[1], str(r[2]), *r[3:13], vehicle_model=_model(r[13], r[14]),
                           kind="accident" if r[16] else "",
                           part_state=purchasing.part_state(r[17], r[18]),
                           calendar=calendars(r[15]))
                 for r in rows)


def _model(brand: str | None, model: str | None) -> str:
    return " ".join(part for part in (brand, model) if part)


@acting.needs(Permission.WORK_ORDER_VIEW)
def board_signature(db: Database, *, now: datetime | None = None) -> tuple[int, int, int]:
    """A cheap fingerprint of the board (count, sum of versions, newest id): it changes
    whenever any desk changes a work order on the board."""
    start, _end = day_bounds(store_today(now))
    with db.session() as s:
        count, versions, newest = s.execute(
            select(func.count(WorkOrder.id), func.coalesce(func.sum(WorkOrder.version_id), 0),
                   func.coalesce(func.max(WorkOrder.id), 0)).where(_on_board(start))).one()
        return int(count), int(versions), int(newest)


def _on_board(day_start: datetime):
    open_ = WorkOrder.status.in_([s for s in WorkOrderStatus if s in workflow.OPEN])
    return in_scope(WorkOrder.store_id) & (open_ | (WorkOrder.closed_at >= day_start))
