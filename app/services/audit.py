"""The audit trail: who created, changed or saw what, when and at which desk.

Append-only: this module only adds rows (`record`, `record_event`, `record_view`) and reads
them; nothing in the application updates or deletes one (PostgreSQL refuses it too).
`who` and the desk come from the acting person (`app.acting`) when not given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.models import AuditLog

#: Rows per page of the audit page.
PAGE_SIZE = 50


@dataclass(frozen=True)
class AuditEntry:
    """One audit-log row."""

    id: int
    at: datetime
    who: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    desk: str = ""
    customer_id: int | None = None


def snapshot(row) -> dict[str, Any]:
    """The column values of an ORM row as JSON-safe data (dates ISO, money as strings)."""
    mapper = inspect(row).mapper
    return {attr.key: _json_safe(getattr(row, attr.key)) for attr in mapper.column_attrs}


def _json_safe(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def record(session: Session, *, who: str = "", action: str, row,
           before: dict[str, Any] | None = None, reason: str | None = None,
           customer_id: int | None = None) -> None:
    """Add an audit row for `row` after a create ('create') or change ('update').

    Call it after a flush so `row` has its id. `before` is the `snapshot` taken before the
    change; only the fields that changed are kept on both sides. `reason` (why a value
    went where rules would refuse it, e.g. a lower mileage) is kept with them. `who`
    defaults to the acting person; `customer_id` to the customer the row is or belongs to.
    """
    after = snapshot(row)
    if before is not None:
        changed = {k for k in after if before.get(k) != after[k]}
        before = {k: before.get(k) for k in sorted(changed)}
        after = {k: after[k] for k in sorted(changed)}
    if reason:
        after["reason"] = reason
    record_event(session, action=action, entity=row.__tablename__,
                 entity_id=getattr(row, "id", None), before=before, after=after, who=who,
                 customer_id=customer_id if customer_id is not None else _customer_of(row))


def record_event(session: Session, *, action: str, entity: str, entity_id: int | None = None,
                 before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
                 who: str = "", customer_id: int | None = None, desk: str = "") -> None:
    """Add one audit row (a sign-in, a view, an export …) as the acting person at their
    desk (`who` and `desk` when nobody acts yet, e.g. a failed sign-in)."""
    actor = acting.current()
    # A plain INSERT, not the unit of work's INSERT ... RETURNING: on PostgreSQL a store
    # role may append a row it may not read back (about a customer of another store it is
    # about to serve, migration 0016_audit).
    session.connection().execute(insert(AuditLog).inline().values(
        who=(who or (actor.name if actor else ""))[:50], action=action,
        entity=entity, entity_id=entity_id, before=before, after=after,
        desk=(desk or (actor.desk if actor else ""))[:50], customer_id=customer_id))


def record_view(session: Session, row, *, what: str = "") -> None:
    """Record that the acting person saw `row` (a customer's full record, a snapshot)."""
    record_event(session, action="view", entity=row.__tablename__,
                 entity_id=getattr(row, "id", None), after={"what": what} if what else None,
                 customer_id=_customer_of(row))


def _customer_of(row) -> int | None:
    if getattr(row, "__tablename__", "") == "customers":
        return getattr(row, "id", None)
    return getattr(row, "customer_id", None)


@dataclass(frozen=True)
class AuditPage:
    """One page of audit rows, newest first, and how many rows match in all."""

    entries: tuple[AuditEntry, ...]
    total: int
    page: int
    page_size: int


@acting.needs(Permission.AUDIT_VIEW)
def audit_page(db: Database, *, person: str = "", customer_id: int | None = None,
               action: str = "", since: datetime | None = None, until: datetime | None = None,
               page: int = 0, page_size: int = PAGE_SIZE) -> AuditPage:
    """The audit rows matching the filters (person, customer, action, [since, until)),
    newest first, page `page` (from 0)."""
    query = select(AuditLog)
    if person.strip():
        query = query.where(AuditLog.who.contains(person.strip()))
    if customer_id is not None:
        query = query.where(AuditLog.customer_id == customer_id)
    if action:
        query = query.where(AuditLog.action == action)
    if since is not None:
        query = query.where(AuditLog.at >= since)
    if until is not None:
        query = query.where(AuditLog.at < until)
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = s.scalars(query.order_by(AuditLog.id.desc())
                         .offset(max(page, 0) * page_size).limit(page_size))
        return AuditPage(tuple(_entry(r) for r in rows), total, max(page, 0), page_size)


def _entry(r: AuditLog) -> AuditEntry:
    return AuditEntry(r.id, r.at, r.who, r.action, r.entity, r.entity_id, r.before, r.after,
                      r.desk or "", r.customer_id)


@acting.needs(Permission.AUDIT_VIEW)
def audit_trail(db: Database, entity: str, entity_id: int) -> tuple[AuditEntry, ...]:
    """The audit entries of one record (`entity` is the table name), oldest first."""
    with db.session() as s:
        rows = s.scalars(select(AuditLog)
                         .where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
                         .order_by(AuditLog.id))
        return tuple(_entry(r) for r in rows)
