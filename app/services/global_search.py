"""The desk's global search (Ctrl+F): one field finds customers (plate, mobile, name,
pinyin initials), work orders and quotes (by number) in one session."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.models import Customer, Quote, Vehicle, WorkOrder
from app.services import customers
from app.services.scoping import in_scope

#: The three kinds of hit; each opens its own window.
CUSTOMER, WORK_ORDER, QUOTE = "customer", "work_order", "quote"


@dataclass(frozen=True)
class SearchHit:
    """One hit: `kind` is CUSTOMER, WORK_ORDER or QUOTE, `id` what opens it (a customer,
    a work order, a quote's newest revision), `number` the work order's or quote's number
    (empty for a customer), then who and which car."""

    kind: str
    id: int
    number: str
    name: str
    plate: str
    detail: str


@acting.needs(Permission.CUSTOMER_VIEW)
def search_everything(db: Database, query: str, *, limit: int = 20) -> tuple[SearchHit, ...]:
    """Work orders and quotes whose number contains `query` (a number-like query: letters
    and digits with a digit), then matching customers; at most `limit` hits."""
    text = customers.checked_query(query)
    if not text:
        return ()
    with db.session() as s:
        hits: list[SearchHit] = []
        key = text.upper().replace(" ", "")
        if re.fullmatch(r"[A-Z0-9-]{3,}", key) and any(c.isdigit() for c in key):
            hits += _work_orders(s, key, limit) + _quotes(s, key, limit)
        hits += [SearchHit(CUSTOMER, h.customer_id, "", h.greeting or h.name,
                           "、".join(h.plates), h.mobile_masked)
                 for h in customers.search_customers_in(s, text, limit)]
        return tuple(hits[:limit])


def _work_orders(session: Session, key: str, limit: int) -> list[SearchHit]:
    rows = session.execute(
        select(WorkOrder.id, WorkOrder.number, Customer.name, Vehicle.plate, Vehicle.model)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .outerjoin(Customer, Customer.id == WorkOrder.customer_id)
        .where(in_scope(WorkOrder.store_id), WorkOrder.number.contains(key, autoescape=True))
        .order_by(WorkOrder.number.desc()).limit(limit))
    return [SearchHit(WORK_ORDER, r.id, r.number, r.name or "", r.plate, r.model or "")
            for r in rows]


def _quotes(session: Session, key: str, limit: int) -> list[SearchHit]:
    newest = (select(Quote.store_id, Quote.number, func.max(Quote.revision).label("revision"))
              .where(Quote.number.contains(key, autoescape=True))
              .group_by(Quote.store_id, Quote.number).subquery())
    rows = session.execute(
        select(Quote.id, Quote.number, Customer.name, Quote.brand, Quote.model)
        .join(newest, (newest.c.store_id == Quote.store_id) & (newest.c.number == Quote.number)
              & (newest.c.revision == Quote.revision))
        .outerjoin(Customer, Customer.id == Quote.customer_id)
        .order_by(Quote.number.desc()).limit(limit))
    return [SearchHit(QUOTE, r.id, r.number, r.name or "", "",
                      " ".join(p for p in (r.brand, r.model) if p)) for r in rows]
