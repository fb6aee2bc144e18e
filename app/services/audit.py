"""The audit trail: who created or changed what, with the record before and after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import AuditLog


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


def record(session: Session, *, who: str, action: str, row,
           before: dict[str, Any] | None = None, reason: str | None = None) -> None:
    """Add an audit row for `row` after a create ('create') or change ('update').

    Call it after a flush so `row` has its id. `before` is the `snapshot` taken before the
    change; only the fields that changed are kept on both sides. `reason` (why a value
    went where rules would refuse it, e.g. a lower mileage) is kept with them.
    """
    after = snapshot(row)
    if before is not None:
        changed = {k for k in after if before.get(k) != after[k]}
        before = {k: before.get(k) for k in sorted(changed)}
        after = {k: after[k] for k in sorted(changed)}
    if reason:
        after["reason"] = reason
    session.add(AuditLog(who=who or "", action=action, entity=row.__tablename__,
                         entity_id=getattr(row, "id", None), before=before, after=after))


def audit_trail(db: Database, entity: str, entity_id: int) -> tuple[AuditEntry, ...]:
    """The audit entries of one record (`entity` is the table name), oldest first."""
    with db.session() as s:
        rows = s.scalars(select(AuditLog)
                         .where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
                         .order_by(AuditLog.id))
        return tuple(AuditEntry(r.id, r.at, r.who, r.action, r.entity, r.entity_id,
                                r.before, r.after) for r in rows)
