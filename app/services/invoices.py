"""Invoice requests (开票申请) at the cashier: company or personal, the company's tax number
checked, recorded for the finance system and exported as CSV for the store's accounting."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from sqlalchemy import select

from app import acting
from app.db import Database
from app.domain import settlement as rules
from app.domain.code_names import label
from app.domain.roles import Permission
from app.domain.store_time import STORE_TZ
from app.errors import Conflict, ValidationError
from app.models import InvoiceRequest, Settlement, SettlementStatus, WorkOrder
from app.services import audit
from app.services.cashier_records import InvoiceRecord, settlement_record
from app.services.common import day_bounds, get_or_raise, now_utc

#: The CSV's columns for accounting.
INVOICE_COLUMNS = ("申请时间", "结算单号", "工单号", "抬头类型", "发票抬头", "纳税人识别号", "邮箱",
                   "金额")


@acting.needs(Permission.CASHIER)
def request_invoice(db: Database, settlement_id: int, kind: str, title: str,
                    tax_number: str = "", email: str = "", *, by_id: int | None = None,
                    who: str = "", now: datetime | None = None) -> InvoiceRecord:
    """Record an invoice request for what the customer paid on a settled bill; a company
    invoice needs a valid unified social credit code. One request per bill."""
    chosen, title, number = rules.check_tax_number(kind, title, tax_number)
    email = (email or "").strip()
    if email and "@" not in email:
        raise ValidationError("邮箱格式不正确。", "The e-mail address is not valid.",
                              field="email")
    with db.session() as s:
        bill = get_or_raise(s, Settlement, settlement_id, "结算单", "settlement",
                            field="settlement_id")
        if bill.status is not SettlementStatus.SETTLED:
            raise Conflict("结算单结清后才能申请发票。", "Settle the bill before asking for "
                           "its invoice.", field="settlement_id")
        if s.scalar(select(InvoiceRequest.id).where(InvoiceRequest.settlement_id == bill.id)):
            raise Conflict("该结算单已申请过发票。", "An invoice was already requested for "
                           "this bill.", field="settlement_id")
        paid = settlement_record(s, bill).paid
        if paid <= 0:
            raise Conflict("客户未付款，无需开票。", "The customer paid nothing to invoice.",
                           field="settlement_id")
        row = InvoiceRequest(settlement_id=bill.id, kind=chosen, title=title[:100],
                             tax_number=number, email=email[:100], amount=paid, by_id=by_id,
                             at=now_utc(now))
        s.add(row)
        s.flush()
        audit.record(s, who=who, action="create", row=row)
        return InvoiceRecord(row.id, str(row.kind), row.title, row.tax_number, row.email,
                             row.amount, row.at)


@acting.needs(Permission.CASHIER)
def invoices_csv(db: Database, store_id: int, first: date, last: date) -> str:
    """The invoice requests of the store's days `first`..`last` as CSV (UTF-8 with BOM)."""
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    stmt = (select(InvoiceRequest, Settlement.number, WorkOrder.number)
            .join(Settlement, Settlement.id == InvoiceRequest.settlement_id)
            .join(WorkOrder, WorkOrder.id == Settlement.work_order_id)
            .where(Settlement.store_id == store_id, InvoiceRequest.at >= start,
                   InvoiceRequest.at < end).order_by(InvoiceRequest.at, InvoiceRequest.id))
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(INVOICE_COLUMNS)
    with db.session() as s:
        for row, bill, order in s.execute(stmt):
            writer.writerow([row.at.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M:%S"), bill,
                             order, label(str(row.kind)), row.title, row.tax_number,
                             row.email, f"{row.amount:.2f}"])
    return out.getvalue()
