"""The day's close (日结) at the cashier: the takings of a store's day by method (payments,
deposits, less refunds), reconciled against what the cashier counted, and the payments
exported as CSV for the store's accounting."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain import settlement as rules
from app.domain.code_names import label
from app.domain.money import ZERO, MoneyError, money
from app.domain.roles import Permission
from app.domain.store_time import STORE_TZ
from app.errors import Conflict, ValidationError
from app.models import (
    Customer,
    DayClose,
    DayCloseLine,
    Payment,
    Quote,
    Settlement,
    Staff,
    Store,
    WorkOrder,
)
from app.services import audit
from app.services.common import day_bounds, get_or_raise, now_utc


@dataclass(frozen=True)
class MethodLine:
    """One method of a day: what the payments recorded, what was counted, the difference."""

    method: str
    recorded: Decimal
    counted: Decimal | None

    @property
    def difference(self) -> Decimal | None:
        """Counted minus recorded (None until counted)."""
        return None if self.counted is None else self.counted - self.recorded


@dataclass(frozen=True)
class DayTakings:
    """A store's day at the cashier: per method, and whether (and by whom) it is closed."""

    store_id: int
    day: date
    lines: tuple[MethodLine, ...]
    payments: int
    closed_at: datetime | None
    closed_by: str

    @property
    def recorded_total(self) -> Decimal:
        """Every method's recorded takings together."""
        return sum((x.recorded for x in self.lines), ZERO)

    @property
    def balanced(self) -> bool:
        """True when closed and every method's count matched what was recorded."""
        return self.closed_at is not None and all(x.difference == 0 for x in self.lines)


@acting.needs(Permission.CASHIER)
def day_takings(db: Database, store_id: int, day: date) -> DayTakings:
    """The day's takings by method, with the count if the day is closed."""
    with db.session() as s:
        get_or_raise(s, Store, store_id, "门店", "store", field="store_id")
        return _takings(s, store_id, day)


@acting.needs(Permission.CASHIER)
def close_day(db: Database, store_id: int, day: date, counted: Mapping[str, object], *,
              by_id: int | None = None, who: str = "",
              now: datetime | None = None) -> DayTakings:
    """Close the store's day with the amounts counted per method (a method not given
    counts as 0); differences are kept as they are (a shortage is a fact to explain, not
    to hide). A day is closed once; no payment is taken on it afterwards."""
    amounts = {}
    for method, value in counted.items():
        chosen = rules.PaymentMethod(method)
        try:
            amounts[str(chosen)] = money(value if value not in (None, "") else "0")
        except MoneyError:
            raise ValidationError(f"{label(str(chosen))}的清点金额无效。",
                                  f"The counted amount of {label(str(chosen), 'en')} is not "
                                  "valid.", field=str(chosen)) from None
    try:
        with db.session() as s:
            get_or_raise(s, Store, store_id, "门店", "store", field="store_id")
            recorded = _recorded(s, store_id, day)
            close = DayClose(store_id=store_id, day=day, by_id=by_id, at=now_utc(now))
            s.add(close)
            s.flush()
            for method, amount in recorded.items():
                s.add(DayCloseLine(day_close_id=close.id, method=method, recorded=amount,
                                   counted=amounts.get(method, ZERO)))
            s.flush()
            audit.record(s, who=who, action="create", row=close)
            return _takings(s, store_id, day)
    except IntegrityError:
        raise Conflict(f"{day:%Y-%m-%d} 已日结。", f"{day:%Y-%m-%d} is already closed.",
                       field="day") from None


def _recorded(session: Session, store_id: int, day: date) -> dict[str, Decimal]:
    start, end = day_bounds(day)
    rows = session.execute(select(Payment.method, Payment.amount).where(
        Payment.store_id == store_id, Payment.at >= start, Payment.at < end))
    return rules.takings((str(m), a) for m, a in rows)


def _takings(session: Session, store_id: int, day: date) -> DayTakings:
    recorded = _recorded(session, store_id, day)
    start, end = day_bounds(day)
    count = session.scalar(select(func.count()).select_from(Payment).where(
        Payment.store_id == store_id, Payment.at >= start, Payment.at < end)) or 0
    close = session.scalars(select(DayClose).where(DayClose.store_id == store_id,
                                                   DayClose.day == day)).first()
    counted: dict[str, Decimal] = {}
    closed_by = ""
    if close is not None:
        counted = {str(x.method): x.counted for x in session.scalars(
            select(DayCloseLine).where(DayCloseLine.day_close_id == close.id))}
        staff = session.get(Staff, close.by_id) if close.by_id else None
        closed_by = staff.name if staff else ""
    return DayTakings(store_id, day, tuple(
        MethodLine(m, recorded[m], counted.get(m, ZERO) if close else None) for m in recorded),
        count, close.at if close else None, closed_by)


#: The CSV's columns for accounting (Chinese headers: the store's accountants read them).
PAYMENT_COLUMNS = ("时间", "类型", "支付方式", "金额", "交易单号", "结算单号", "工单号", "报价单号",
                   "客户", "备注")


@acting.needs(Permission.CASHIER)
def payments_csv(db: Database, store_id: int, first: date, last: date) -> str:
    """Every payment, deposit and refund of the store's days `first`..`last` as CSV (UTF-8
    with a byte-order mark, so spreadsheet programs read the Chinese), oldest first."""
    if last < first:
        raise ValidationError("结束日期早于开始日期。", "The last day is before the first.",
                              field="last")
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    stmt = (select(Payment, Settlement.number, WorkOrder.number, Quote.number, Customer.name)
            .outerjoin(Settlement, Settlement.id == Payment.settlement_id)
            .outerjoin(WorkOrder, WorkOrder.id == Settlement.work_order_id)
            .outerjoin(Quote, Quote.id == Payment.quote_id)
            .outerjoin(Customer, Customer.id == func.coalesce(WorkOrder.customer_id,
                                                              Quote.customer_id))
            .where(Payment.store_id == store_id, Payment.at >= start, Payment.at < end)
            .order_by(Payment.at, Payment.id))
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(PAYMENT_COLUMNS)
    with db.session() as s:
        for p, bill, order, quote, customer in s.execute(stmt):
            writer.writerow([p.at.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M:%S"),
                             label(str(p.kind)), label(str(p.method)), f"{p.amount:.2f}",
                             p.transaction_no, bill or "", order or "", quote or "",
                             customer or "", p.note])
    return out.getvalue()

