"""Accident cases (事故车): the rescue call or walk-in, the tow, the damage photos, the
insurer's assessor and the agreed assessment (what the insurer pays, what the customer
pays), and the work order made from the assessment without retyping.

The work order's lines are the assessment's, approved by the assessor; its parts are
reserved where the shelf has them and special-ordered for it where it does not. The
cashier's bill starts from the insurer's share (`insurer_terms`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.money import ZERO, MoneyError, money, to_fen
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import (
    AccidentCase,
    AccidentSource,
    AccidentStatus,
    Approval,
    AssessmentLine,
    Customer,
    DamagePhoto,
    LineKind,
    MovementKind,
    Part,
    PartSupersession,
    ReplenishmentRequest,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from app.printing.accident_pdf import render_assessment
from app.services import audit, parts, stock_ledger, vehicles, work_orders
from app.services.common import (
    check_version,
    get_or_raise,
    next_number,
    now_utc,
    parse_choice,
    require_aware,
    stale_guard,
)
from app.services.store_info import store_info_in

_WHAT = ("事故案件", "accident case")


@dataclass(frozen=True)
class AssessmentInput:
    """A line of the assessment as typed: labour (hours) or a part (quantity), its unit
    price, and the insurer's share of the line's amount."""

    kind: str
    description: str
    qty: Decimal | int | str
    unit_price: Decimal | str
    insurer_share: Decimal | str
    part_id: int | None = None
    hours: Decimal | str | None = None
    #: The part's number as typed (an old number finds its successor), instead of its id.
    part_code: str = ""


@dataclass(frozen=True)
class AssessmentLineRecord:
    """An assessment line with its amount split between insurer and customer."""

    id: int
    kind: str
    description: str
    part_id: int | None
    part_code: str
    hours: Decimal | None
    qty: Decimal
    unit_price: Decimal
    amount: Decimal
    insurer_share: Decimal

    @property
    def customer_share(self) -> Decimal:
        """What the customer pays of the line."""
        return self.amount - self.insurer_share


@dataclass(frozen=True)
class AccidentRecord:
    """An accident case as the accident page and the assessment PDF show it."""

    id: int
    number: str
    store_id: int
    source: str
    status: str
    happened_at: datetime
    location: str
    customer_id: int | None
    customer_name: str
    vehicle_id: int
    plate: str
    caller_phone: str
    insurer_name: str
    claim_number: str
    tow_company: str
    tow_driver: str
    tow_called_at: datetime | None
    tow_eta: datetime | None
    tow_arrived_at: datetime | None
    assessor_name: str
    assessor_phone: str
    assessed_at: datetime | None
    work_order_id: int | None
    work_order_number: str
    notes: str
    lines: tuple[AssessmentLineRecord, ...]
    photos: tuple[tuple[str, str], ...]
    version: int

    @property
    def total(self) -> Decimal:
        """The assessment's amount."""
        return sum((x.amount for x in self.lines), ZERO)

    @property
    def insurer_total(self) -> Decimal:
        """What the insurer pays."""
        return sum((x.insurer_share for x in self.lines), ZERO)

    @property
    def customer_total(self) -> Decimal:
        """What the customer pays."""
        return self.total - self.insurer_total


@acting.needs(Permission.WORK_ORDER_EDIT)
def open_case(db: Database, store_id: int, vehicle_id: int, *, source: str,
              happened_at: datetime, location: str = "", caller_phone: str = "",
              insurer_name: str = "", claim_number: str = "", notes: str = "",
              by_id: int | None = None, who: str = "",
              now: datetime | None = None) -> AccidentRecord:
    """A new case from a rescue call or a walk-in, for the vehicle (and its owner)."""
    chosen = parse_choice(AccidentSource, source, "source", "来源", "source")
    happened = require_aware(happened_at, "happened_at", "出险时间", "The accident time")
    at = now_utc(now)
    if happened > at:
        raise ValidationError("出险时间不能晚于现在。", "The accident cannot be in the future.",
                              field="happened_at")
    if chosen is AccidentSource.RESCUE_CALL and not (location or "").strip():
        raise ValidationError("救援电话请填写出险地点。", "A rescue call needs the location.",
                              field="location")
    with db.session() as s:
        vehicle = get_or_raise(s, Vehicle, vehicle_id, "车辆", "vehicle", field="vehicle_id")
        case = AccidentCase(
            number=next_number(s, AccidentCase.number, "SG", at), store_id=store_id,
            source=chosen, happened_at=happened, location=location.strip()[:200],
            customer_id=vehicle.owner_id, vehicle_id=vehicle.id,
            caller_phone=caller_phone.strip()[:20], insurer_name=insurer_name.strip()[:60],
            claim_number=claim_number.strip()[:40], notes=notes.strip(), by_id=by_id,
            created_at=at,
            status=AccidentStatus.REPORTED if chosen is AccidentSource.RESCUE_CALL
            else AccidentStatus.ON_SITE)
        s.add(case)
        s.flush()
        audit.record(s, who=who, action="create", row=case)
        return _record(s, case)


@acting.needs(Permission.WORK_ORDER_EDIT)
def open_case_by_plate(db: Database, store_id: int, plate: str, **fields) -> AccidentRecord:
    """`open_case` for the vehicle with this plate (as the accident desk types it)."""
    found = vehicles.find_by_plate(db, plate)
    if found is None:
        raise ValidationError(f"找不到车牌 {plate.strip()}，请先在客户档案中登记车辆。",
                              f"No vehicle with plate {plate.strip()}; register it in the "
                              "customer's file first.", field="plate")
    return open_case(db, store_id, found.id, **fields)


@acting.needs(Permission.WORK_ORDER_EDIT)
def update_case(db: Database, case_id: int, expected_version: int, *, who: str = "",
                **fields) -> AccidentRecord:
    """Change what was recorded: location, caller_phone, insurer_name, claim_number,
    assessor_name, assessor_phone, notes."""
    allowed = {"location", "caller_phone", "insurer_name", "claim_number", "assessor_name",
               "assessor_phone", "notes"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown accident-case fields: {sorted(unknown)}")
    with db.session() as s:
        case = _case(s, case_id, expected_version)
        before = audit.snapshot(case)
        for name, value in fields.items():
            limit = getattr(AccidentCase.__table__.c[name].type, "length", None)
            text = (value or "").strip()
            setattr(case, name, text[:limit] if limit else text)
        return _save(s, case, who, before)


@acting.needs(Permission.WORK_ORDER_EDIT)
def record_tow(db: Database, case_id: int, expected_version: int, *, company: str,
               driver: str = "", called_at: datetime, eta: datetime | None = None,
               arrived_at: datetime | None = None, who: str = "") -> AccidentRecord:
    """The tow (拖车): who, when it was called, when it is expected, when it arrived (the
    car is then at the store)."""
    if not (company or "").strip():
        raise ValidationError("请填写拖车公司。", "Enter the towing company.", field="company")
    called = require_aware(called_at, "called_at", "呼叫时间", "The call time")
    eta = require_aware(eta, "eta", "预计到达", "The ETA") if eta is not None else None
    arrived = (require_aware(arrived_at, "arrived_at", "到达时间", "The arrival time")
               if arrived_at is not None else None)
    for value, field in ((eta, "eta"), (arrived, "arrived_at")):
        if value is not None and value < called:
            raise ValidationError("时间不能早于呼叫拖车的时间。",
                                  "That time is before the tow was called.", field=field)
    with db.session() as s:
        case = _case(s, case_id, expected_version)
        before = audit.snapshot(case)
        case.tow_company, case.tow_driver = company.strip()[:60], (driver or "").strip()[:50]
        case.tow_called_at, case.tow_eta, case.tow_arrived_at = called, eta, arrived
        if case.status in (AccidentStatus.REPORTED, AccidentStatus.TOWING,
                           AccidentStatus.ON_SITE):
            case.status = AccidentStatus.ON_SITE if arrived else AccidentStatus.TOWING
        return _save(s, case, who, before)


@acting.needs(Permission.WORK_ORDER_EDIT)
def add_photo(db: Database, case_id: int, path: str, caption: str = "", *,
              now: datetime | None = None) -> AccidentRecord:
    """Keep a damage photo's file path with the case."""
    path = (path or "").strip()
    if not path:
        raise ValidationError("请选择照片文件。", "Choose the photo's file.", field="path")
    with db.session() as s:
        case = get_or_raise(s, AccidentCase, case_id, *_WHAT, field="case_id")
        case.photos.append(DamagePhoto(path=path[:500], caption=(caption or "").strip()[:100],
                                       added_at=now_utc(now)))
        s.flush()
        return _record(s, case)


@acting.needs(Permission.WORK_ORDER_EDIT)
def set_assessment(db: Database, case_id: int, expected_version: int,
                   lines: Sequence[AssessmentInput], *, assessor_name: str,
                   assessor_phone: str = "", who: str = "",
                   now: datetime | None = None) -> AccidentRecord:
    """Record the assessment agreed with the insurer's assessor (定损), replacing any
    earlier one; each line's insurer share is between 0 and its amount."""
    if not (assessor_name or "").strip():
        raise ValidationError("请填写定损员。", "Enter the insurer's assessor.",
                              field="assessor_name")
    if not lines:
        raise ValidationError("定损单至少需要一项。", "The assessment needs a line.",
                              field="lines")
    with db.session() as s:
        case = _case(s, case_id, expected_version)
        if case.work_order_id is not None:
            raise Conflict("已按定损单开工单，不能再改定损。",
                           "The work order is made from this assessment; it cannot change.",
                           field="lines")
        before = audit.snapshot(case)
        case.lines.clear()
        s.flush()
        for number, line in enumerate(lines, 1):
            case.lines.append(_line(s, number, line))
        case.assessor_name = assessor_name.strip()[:50]
        case.assessor_phone = (assessor_phone or "").strip()[:20]
        case.assessed_at, case.status = now_utc(now), AccidentStatus.ASSESSED
        return _save(s, case, who, before)


def _line(session: Session, number: int, line: AssessmentInput) -> AssessmentLine:
    kind = parse_choice(LineKind, line.kind, "lines", "项目类型", "line kind")
    text = (line.description or "").strip()
    part_id = line.part_id
    if kind is LineKind.PART and part_id is None and line.part_code.strip():
        part_id = _part_by_code(session, line.part_code, number)
    if kind is LineKind.PART and part_id is not None:
        text = text or get_or_raise(session, Part, part_id, "配件", "part",
                                    field="lines").name
    if not text:
        raise ValidationError(f"第 {number} 项请填写内容。", f"Describe line {number}.",
                              field="lines")
    qty, price = _amount(line.qty, number), _amount(line.unit_price, number)
    share = _amount(line.insurer_share, number)
    hours = _amount(line.hours, number) if line.hours not in (None, "") else None
    if qty <= 0 or (kind is LineKind.PART and qty != qty.to_integral_value()):
        raise ValidationError(f"第 {number} 项数量无效。", f"Line {number}: invalid quantity.",
                              field="lines")
    amount = to_fen(qty * price)
    if share > amount:
        raise ValidationError(f"第 {number} 项保险承担超过金额 {amount:,.2f}。",
                              f"Line {number}: the insurer's share exceeds its amount "
                              f"{amount:,.2f}.", field="lines")
    return AssessmentLine(kind=kind, description=text[:120], part_id=part_id,
                          hours=hours, qty=qty, unit_price=price, insurer_share=share)


def _part_by_code(session: Session, code: str, number: int) -> int:
    code = code.strip().upper()
    ident = session.scalar(select(Part.id).where(Part.code == code))
    if ident is None:
        ident = session.scalar(select(PartSupersession.part_id)
                               .where(PartSupersession.old_code == code))
    if ident is None:
        raise ValidationError(f"第 {number} 项：找不到配件号 {code}。",
                              f"Line {number}: no part numbered {code}.", field="lines")
    return ident


def _amount(value, number: int) -> Decimal:
    try:
        amount = money(value if value is not None else "0")
    except MoneyError:
        amount = None
    if amount is None or amount < 0:
        raise ValidationError(f"第 {number} 项金额或数量无效。",
                              f"Line {number}: an amount or quantity is not valid.",
                              field="lines")
    return amount


@acting.needs(Permission.WORK_ORDER_EDIT)
def make_work_order(db: Database, case_id: int, expected_version: int, *,
                    advisor_id: int | None = None, who: str = "",
                    now: datetime | None = None) -> AccidentRecord:
    """The work order of an assessed case: its lines are the assessment's, approved by the
    assessor; parts on the shelf are reserved, the rest special-ordered for it."""
    at = now_utc(now)
    with db.session() as s:
        case = _case(s, case_id, expected_version)
        if case.status is not AccidentStatus.ASSESSED or case.work_order_id is not None:
            raise Conflict("请先完成定损（每个案件只开一张工单）。",
                           "Record the assessment first (one work order per case).",
                           field="status")
        order = work_orders.open_work_order_in(s, booking_id=None, vehicle_id=case.vehicle_id,
                                               advisor_id=advisor_id, who=who, at=at)
        order.store_id = case.store_id
        order.concerns = f"事故车 {case.number}：{case.notes}".strip("：")
        approver = f"定损员 {case.assessor_name}"[:50]
        for line in case.lines:
            order.lines.append(_work_line(line, approver, at))
        s.flush()
        for line in order.lines:
            if line.kind is LineKind.PART and line.part_id is not None:
                _hold_or_order(s, order, line.part_id, int(line.qty), at)
        before = audit.snapshot(case)
        case.work_order_id, case.status = order.id, AccidentStatus.IN_REPAIR
        return _save(s, case, who, before)


def _work_line(line: AssessmentLine, approver: str, at: datetime) -> WorkOrderLine:
    rate = (line.unit_price / line.hours).quantize(Decimal("0.01")) if line.hours else None
    return WorkOrderLine(kind=line.kind, description=line.description, part_id=line.part_id,
                         hours=line.hours if line.kind is LineKind.LABOUR else None, rate=rate,
                         qty=line.qty, unit_price=line.unit_price, approval=Approval.APPROVED,
                         approved_by=approver, approved_at=at)


def _hold_or_order(session: Session, order: WorkOrder, part_id: int, qty: int,
                   at: datetime) -> None:
    store_id = parts.order_store_id(session, order)
    stock_ledger.locked(session, part_id)
    free = max(0, stock_ledger.balance(session, store_id, part_id).available)
    if free:
        stock_ledger.post(session, store_id, part_id, MovementKind.RESERVED,
                          reserved=min(free, qty), work_order_id=order.id, at=at)
    if qty > free:
        session.add(ReplenishmentRequest(part_id=part_id, store_id=store_id, qty=qty - free,
                                         work_order_id=order.id, created_at=at))


def insurer_terms(session: Session, work_order_id: int) -> dict:
    """What the bill of an accident's work order starts from: the insurer's share, its name
    and the claim number (nothing for other work orders)."""
    case = session.scalars(select(AccidentCase).where(
        AccidentCase.work_order_id == work_order_id)).first()
    if case is None:
        return {}
    return {"insurer_amount": sum((x.insurer_share for x in case.lines), ZERO),
            "insurer_name": case.insurer_name, "claim_number": case.claim_number}


@acting.needs(Permission.WORK_ORDER_VIEW)
def list_cases(db: Database, store_id: int | None = None, *,
               limit: int = 200) -> tuple[AccidentRecord, ...]:
    """Cases newest first."""
    stmt = select(AccidentCase).order_by(AccidentCase.happened_at.desc(),
                                         AccidentCase.id.desc()).limit(limit)
    if store_id is not None:
        stmt = stmt.where(AccidentCase.store_id == store_id)
    with db.session() as s:
        return _records(s, list(s.scalars(stmt)))


@acting.needs(Permission.WORK_ORDER_VIEW)
def get_case(db: Database, case_id: int) -> AccidentRecord:
    """One case."""
    with db.session() as s:
        return _record(s, get_or_raise(s, AccidentCase, case_id, *_WHAT))


def _case(session: Session, case_id: int, expected_version: int | None) -> AccidentCase:
    case = get_or_raise(session, AccidentCase, case_id, *_WHAT, field="case_id")
    check_version(case, expected_version, *_WHAT)
    return case


def _save(session: Session, case: AccidentCase, who: str, before: dict) -> AccidentRecord:
    with stale_guard(*_WHAT):
        session.flush()
    audit.record(session, who=who, action="update", row=case, before=before)
    return _record(session, case)


def _record(session: Session, case: AccidentCase) -> AccidentRecord:
    return _records(session, [case])[0]


def _records(session: Session, cases: list[AccidentCase]) -> tuple[AccidentRecord, ...]:
    """The records of `cases`: plates, names, work-order numbers and part numbers read in
    one query each, whatever the number of cases (a list of 200 is 4 queries, not 800)."""
    def pairs(*columns, ids) -> dict:
        ids = {i for i in ids if i}
        return dict(session.execute(select(*columns).where(columns[0].in_(ids))).all()) \
            if ids else {}

    plates = pairs(Vehicle.id, Vehicle.plate, ids=(c.vehicle_id for c in cases))
    names = pairs(Customer.id, Customer.name, ids=(c.customer_id for c in cases))
    numbers = pairs(WorkOrder.id, WorkOrder.number, ids=(c.work_order_id for c in cases))
    codes = pairs(Part.id, Part.code, ids=(x.part_id for c in cases for x in c.lines))
    return tuple(_record_of(c, plates, names, numbers, codes) for c in cases)


def _record_of(case: AccidentCase, plates: dict[int, str], names: dict[int, str],
               numbers: dict[int, str], codes: dict[int, str]) -> AccidentRecord:
    lines = tuple(AssessmentLineRecord(
        x.id, str(x.kind), x.description, x.part_id, codes.get(x.part_id, ""), x.hours, x.qty,
        x.unit_price, to_fen(x.qty * x.unit_price), x.insurer_share) for x in case.lines)
    return AccidentRecord(
        case.id, case.number, case.store_id, str(case.source), str(case.status),
        case.happened_at, case.location, case.customer_id, names.get(case.customer_id, ""),
        case.vehicle_id, plates.get(case.vehicle_id, ""), case.caller_phone, case.insurer_name,
        case.claim_number, case.tow_company, case.tow_driver, case.tow_called_at, case.tow_eta,
        case.tow_arrived_at, case.assessor_name, case.assessor_phone, case.assessed_at,
        case.work_order_id, numbers.get(case.work_order_id, ""), case.notes, lines,
        tuple((p.path, p.caption) for p in case.photos), case.version_id)


@acting.needs(Permission.WORK_ORDER_VIEW)
def assessment_pdf(db: Database, case_id: int, store_id: int | None) -> bytes:
    """The assessment's PDF (定损单) with the insurer's and the customer's shares."""
    with db.session() as s:
        case = _record(s, get_or_raise(s, AccidentCase, case_id, *_WHAT))
        store = store_info_in(s, store_id if store_id is not None else case.store_id)
    return render_assessment(case, store)
