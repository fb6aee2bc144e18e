"""The vehicle's electronic repair history (电子维修档案): every work order with its lines,
mileage and inspection results, newest first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from app import acting
from app.db import Database
from app.domain.money import ZERO
from app.domain.roles import Permission
from app.domain.workflow import FINDINGS
from app.models import (
    AccidentCase,
    Approval,
    InspectionItem,
    Staff,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from app.services.common import get_or_raise
from app.services.work_order_records import InspectionRecord, LineRecord, line_record, vehicle_text


@dataclass(frozen=True)
class HistoryEntry:
    """One work order of the vehicle."""

    work_order_id: int
    number: str
    status: str
    opened_at: datetime
    closed_at: datetime | None
    mileage_km: int | None
    advisor_name: str | None
    concerns: str
    lines: tuple[LineRecord, ...]
    inspection: tuple[InspectionRecord, ...]
    #: The accident case the work order was made from: its number, insurer and claim.
    accident_number: str = ""
    insurer_name: str = ""
    claim_number: str = ""

    @property
    def total(self) -> Decimal:
        """What the customer approved on this work order."""
        return sum((x.amount for x in self.lines if x.approval == Approval.APPROVED), ZERO)

    @property
    def findings(self) -> tuple[InspectionRecord, ...]:
        """Checklist items that were not ok."""
        return tuple(i for i in self.inspection if i.result in FINDINGS)


@dataclass(frozen=True)
class RepairHistory:
    """A vehicle's repair history."""

    vehicle_id: int
    plate: str
    vehicle_text: str
    vin: str | None
    entries: tuple[HistoryEntry, ...]


@acting.needs(Permission.WORK_ORDER_VIEW)
def vehicle_history(db: Database, vehicle_id: int) -> RepairHistory:
    """Every work order of the vehicle, newest first, with lines and inspection results."""
    with db.session() as s:
        vehicle = get_or_raise(s, Vehicle, vehicle_id, "车辆", "vehicle", field="vehicle_id")
        orders = list(s.scalars(select(WorkOrder).where(WorkOrder.vehicle_id == vehicle.id)
                                .order_by(WorkOrder.opened_at.desc(), WorkOrder.id.desc())))
        ids = [o.id for o in orders]
        lines: dict[int, list[LineRecord]] = defaultdict(list)
        for line in s.scalars(select(WorkOrderLine).where(WorkOrderLine.work_order_id.in_(ids))
                              .order_by(WorkOrderLine.id)):
            lines[line.work_order_id].append(line_record(line))
        checks: dict[int, list[InspectionRecord]] = defaultdict(list)
        for item in s.scalars(select(InspectionItem).where(InspectionItem.work_order_id.in_(ids))
                              .order_by(InspectionItem.id)):
            checks[item.work_order_id].append(InspectionRecord(item.item, str(item.result),
                                                               item.note))
        advisors = {x.id: x.name for x in s.scalars(select(Staff).where(
            Staff.id.in_({o.advisor_id for o in orders if o.advisor_id})))}
        cases = {c.work_order_id: c for c in s.scalars(select(AccidentCase).where(
            AccidentCase.work_order_id.in_(ids)))} if ids else {}
        entries = tuple(HistoryEntry(
            o.id, o.number, str(o.status), o.opened_at, o.closed_at, o.mileage_km,
            advisors.get(o.advisor_id), o.concerns, tuple(lines[o.id]), tuple(checks[o.id]),
            *_case_of(cases.get(o.id))) for o in orders)
        return RepairHistory(vehicle.id, vehicle.plate, vehicle_text(vehicle), vehicle.vin,
                             entries)


def _case_of(case: AccidentCase | None) -> tuple[str, str, str]:
    return ("", "", "") if case is None else (case.number, case.insurer_name, case.claim_number)
