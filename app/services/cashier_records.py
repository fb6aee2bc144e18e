"""The plain records the cashier's services return: a settlement with its figures,
payments and invoice requests, a payment, a work order waiting at the cashier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.money import ZERO
from app.domain.points import most_redeemable
from app.models import (
    Customer,
    InvoiceRequest,
    Payment,
    PaymentKind,
    Settlement,
    Staff,
    Vehicle,
    WorkOrder,
)
from app.services import points
from app.services.work_order_records import LineRecord, line_record


@dataclass(frozen=True)
class PaymentRecord:
    """Money taken (positive) or given back (negative), with what may still be refunded."""

    id: int
    kind: str
    method: str
    amount: Decimal
    transaction_no: str
    refund_of_id: int | None
    refundable: Decimal
    note: str
    at: datetime
    by_name: str


@dataclass(frozen=True)
class InvoiceRecord:
    """An invoice request recorded for the finance system."""

    id: int
    kind: str
    title: str
    tax_number: str
    email: str
    amount: Decimal
    at: datetime


@dataclass(frozen=True)
class SettlementRecord:
    """A work order's bill: the work, who pays which part, the payments and the balance."""

    id: int
    number: str
    store_id: int
    work_order_id: int
    work_order_number: str
    plate: str
    customer_name: str
    status: str
    lines: tuple[LineRecord, ...]
    labour: Decimal
    parts: Decimal
    insurer_amount: Decimal
    insurer_name: str
    claim_number: str
    warranty_amount: Decimal
    tier: str
    tier_rate: Decimal
    tier_discount: Decimal
    extra_discount: Decimal
    approved_by_name: str
    customer_due: Decimal
    payments: tuple[PaymentRecord, ...]
    invoices: tuple[InvoiceRecord, ...]
    created_at: datetime
    settled_at: datetime | None
    version: int
    customer_id: int | None = None
    #: Points redeemed against the bill (net of reversals) and what they paid (yuan).
    points_redeemed: int = 0
    points_value: Decimal = ZERO
    #: The customer's points balance now, and the most of it that may pay what is owed.
    points_balance: int = 0
    points_most: int = 0

    @property
    def gross(self) -> Decimal:
        """The work approved: labour plus parts."""
        return self.labour + self.parts

    @property
    def paid(self) -> Decimal:
        """What the customer paid, net of refunds."""
        return sum((p.amount for p in self.payments), ZERO)

    @property
    def balance(self) -> Decimal:
        """What is still owed after payments and points (negative: paid too much, to
        refund)."""
        return self.customer_due - self.paid - self.points_value


@dataclass(frozen=True)
class QuoteBrief:
    """A quote as the cashier sees it when taking a deposit."""

    id: int
    number: str
    revision: int
    customer_name: str
    vehicle: str
    status: str


@dataclass(frozen=True)
class WaitingOrder:
    """A work order at the cashier's: ready or delivered, with its bill's state."""

    work_order_id: int
    number: str
    plate: str
    customer_name: str
    status: str
    approved_total: Decimal
    settlement_id: int | None
    settlement_status: str
    released: bool


def payment_records(session: Session, rows: list[Payment]) -> tuple[PaymentRecord, ...]:
    """Records of `rows`, each with what is left to refund of it."""
    refunded: dict[int, Decimal] = {}
    for row in rows:
        if row.refund_of_id is not None:
            refunded[row.refund_of_id] = refunded.get(row.refund_of_id, ZERO) - row.amount
    names = _staff_names(session, {r.by_id for r in rows})
    return tuple(PaymentRecord(
        r.id, str(r.kind), str(r.method), r.amount, r.transaction_no, r.refund_of_id,
        ZERO if r.kind is PaymentKind.REFUND else r.amount - refunded.get(r.id, ZERO),
        r.note, r.at, names.get(r.by_id, "")) for r in rows)


def settlement_record(session: Session, row: Settlement) -> SettlementRecord:
    """The full record of one settlement."""
    order = session.get(WorkOrder, row.work_order_id)
    vehicle = session.get(Vehicle, order.vehicle_id)
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    payments = list(session.scalars(select(Payment).where(Payment.settlement_id == row.id)
                                    .order_by(Payment.at, Payment.id)))
    invoices = session.scalars(select(InvoiceRequest).where(
        InvoiceRequest.settlement_id == row.id).order_by(InvoiceRequest.id))
    names = _staff_names(session, {row.discount_approved_by_id})
    redeemed, value = points.redeemed_against_in(session, "settlement", row.id)
    held = points.balance_in(session, order.customer_id) if order.customer_id else 0
    paid = sum((p.amount for p in payments), ZERO)
    most = most_redeemable(held, row.customer_due - paid - value,
                           points.rules_in(session, row.store_id))
    return SettlementRecord(
        id=row.id, number=row.number, store_id=row.store_id, work_order_id=order.id,
        work_order_number=order.number, plate=vehicle.plate,
        customer_name=customer.name if customer else "", status=str(row.status),
        lines=tuple(line_record(x) for x in order.lines if str(x.approval) == "approved"),
        labour=row.labour, parts=row.parts, insurer_amount=row.insurer_amount,
        insurer_name=row.insurer_name, claim_number=row.claim_number,
        warranty_amount=row.warranty_amount, tier=row.tier, tier_rate=row.tier_rate,
        tier_discount=row.tier_discount, extra_discount=row.extra_discount,
        approved_by_name=names.get(row.discount_approved_by_id, ""),
        customer_due=row.customer_due, payments=payment_records(session, payments),
        invoices=tuple(InvoiceRecord(i.id, str(i.kind), i.title, i.tax_number, i.email,
                                     i.amount, i.at) for i in invoices),
        created_at=row.created_at, settled_at=row.settled_at, version=row.version_id,
        customer_id=order.customer_id, points_redeemed=redeemed, points_value=value,
        points_balance=held, points_most=most if row.status != "settled" else 0)


def _staff_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted))).all())
