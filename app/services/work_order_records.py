"""The plain records the work-order services return: a work order's detail with its lines,
checklist, history and earlier declined work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain import workflow
from app.domain.money import ZERO
from app.models import Approval, Vehicle, WorkOrderLine

CENT = Decimal("0.01")


@dataclass(frozen=True)
class LineRecord:
    """A labour or part line with its amount and the customer's answer."""

    id: int
    kind: str
    description: str
    service_item_id: int | None
    part_id: int | None
    part_code: str | None
    hours: Decimal | None
    rate: Decimal | None
    qty: Decimal
    unit_price: Decimal
    amount: Decimal
    approval: str
    approved_by: str
    approved_at: datetime | None
    stock_taken_at: datetime | None


@dataclass(frozen=True)
class InspectionRecord:
    """One checklist item: unchecked / ok / attention / urgent, with a note."""

    item: str
    result: str
    note: str


@dataclass(frozen=True)
class ChangeRecord:
    """A status move (or, with `from_status == to_status`, a progress note)."""

    from_status: str | None
    to_status: str
    by_id: int | None
    by_name: str | None
    at: datetime
    note: str


@dataclass(frozen=True)
class DeclinedWork:
    """Work a customer declined on an earlier visit, to offer again."""

    line_id: int
    work_order_id: int
    work_order_number: str
    declined_at: datetime | None
    kind: str
    description: str
    amount: Decimal


@dataclass(frozen=True)
class WorkOrderDetail:
    """Everything the work-order editor and the printed documents show."""

    id: int
    number: str
    status: str
    vehicle_id: int
    plate: str
    vehicle_text: str
    vin: str | None
    customer_id: int | None
    customer_name: str | None
    customer_mobile: str | None
    booking_id: int | None
    advisor_id: int | None
    advisor_name: str | None
    technician_id: int | None
    technician_name: str | None
    bay_id: int | None
    bay_name: str | None
    mileage_km: int | None
    fuel_level: int | None
    concerns: str
    valuables: str
    opened_at: datetime
    promised_at: datetime | None
    last_progress_at: datetime | None
    closed_at: datetime | None
    lines: tuple[LineRecord, ...]
    inspection: tuple[InspectionRecord, ...]
    changes: tuple[ChangeRecord, ...]
    declined_before: tuple[DeclinedWork, ...]
    version: int

    @property
    def estimate_total(self) -> Decimal:
        """The estimate: every line not declined."""
        return sum((x.amount for x in self.lines if x.approval != Approval.DECLINED), ZERO)

    @property
    def approved_total(self) -> Decimal:
        """What the customer approved: the amount to pay at pick-up."""
        return sum((x.amount for x in self.lines if x.approval == Approval.APPROVED), ZERO)

    @property
    def pending_lines(self) -> int:
        """How many lines await the customer's answer."""
        return sum(1 for x in self.lines if x.approval == Approval.PENDING)

    def next_statuses(self) -> tuple[str, ...]:
        """Where the flow lets this work order go next."""
        return tuple(str(s) for s in workflow.next_statuses(self.status))


def amount(line: WorkOrderLine) -> Decimal:
    """What a line costs: unit price × quantity, to the cent."""
    return (line.unit_price * line.qty).quantize(CENT)


def line_record(line: WorkOrderLine, part_code: str | None = None) -> LineRecord:
    """A plain record of one line."""
    return LineRecord(line.id, str(line.kind), line.description, line.service_item_id,
                      line.part_id, part_code, line.hours, line.rate, line.qty, line.unit_price,
                      amount(line), str(line.approval), line.approved_by, line.approved_at,
                      line.stock_taken_at)


def vehicle_text(vehicle: Vehicle) -> str:
    """'丰田 凯美瑞 2022' style: what is known of the vehicle."""
    parts_ = [vehicle.brand, vehicle.model, vehicle.trim, str(vehicle.year) if vehicle.year else ""]
    return " ".join(p for p in parts_ if p)
