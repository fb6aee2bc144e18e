"""The customer's rights (PIPL): a copy of everything stored about them, and erasure.

Both walk the schema rather than a hand-kept list: every table with a foreign key to the
customer or to one of their vehicles, and the rows that hang off those (work-order lines,
quote lines, complaint steps …), so a table added later is exported and erased too.

Erasure deletes what the store has no duty to keep and anonymises what law or accounting
requires it to keep (`RETAINED`: work orders, and invoices, settlements or payments where
a store has them): the link to the person is cut and their personal columns are blanked;
a vehicle such a record names stays without plate, VIN or owner. Snapshot files of the
customer's visits are deleted. Both are recorded in the audit trail, without personal data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Table, delete, or_, select, update
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.models import AuditLog, Base, Customer, Vehicle, Visit
from app.services.audit import record, snapshot
from app.services.common import get_or_raise, now_utc
from app.services.snapshots import delete_snapshot

_WHAT = ("客户", "customer")
#: Records law or accounting obliges the store to keep: anonymised on erasure, not deleted.
RETAINED = frozenset({"work_orders", "invoices", "invoice_requests", "settlements",
                      "payments", "deposits", "sales_orders", "points_entries"})
#: Columns of a retained record that name or reach a person: blanked on erasure.
PERSONAL_COLUMNS = frozenset({"customer_name", "buyer_name", "contact_name", "mobile",
                              "phone", "contact_phone", "address", "email", "id_number",
                              "valuables"})
#: What an erased customer's kept row says instead of a name.
ERASED_NAME = "已删除客户"


@dataclass(frozen=True)
class CustomerExport:
    """Everything stored about one customer: table name → rows (JSON-safe dicts)."""

    customer_id: int
    exported_at: datetime
    tables: dict[str, tuple[dict[str, Any], ...]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The export as one JSON-ready object."""
        return {"customer_id": self.customer_id, "exported_at": self.exported_at.isoformat(),
                "tables": {name: list(rows) for name, rows in self.tables.items()}}

    def json_text(self) -> str:
        """The export as indented UTF-8 JSON text."""
        return json.dumps(self.as_json(), ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class Erasure:
    """What erasing a customer did: rows deleted and rows anonymised per table, snapshot
    files removed, and whether an anonymous row of the customer had to stay."""

    customer_id: int
    deleted: dict[str, int]
    anonymised: dict[str, int]
    files: int
    customer_kept: bool


@acting.needs(Permission.CUSTOMER_EXPORT)
def export_customer(db: Database, customer_id: int, *, who: str,
                    now: datetime | None = None) -> CustomerExport:
    """Everything stored about the customer, and an 'export' row in the audit trail."""
    at = now_utc(now)
    with db.session() as s:
        customer = get_or_raise(s, Customer, customer_id, *_WHAT)
        tables = _collect(s, customer_id)
        tables["audit_log"] = _audit_rows(s, tables)
        record(s, who=who, action="export", row=customer, before=snapshot(customer),
               reason="客户个人信息导出 / personal data exported")
        return CustomerExport(customer_id, at, {k: tuple(v) for k, v in tables.items() if v})


@acting.needs(Permission.CUSTOMER_ERASE)
def erase_customer(db: Database, customer_id: int, *, who: str) -> Erasure:
    """Erase the customer: delete what need not be kept, anonymise what must be, delete
    their snapshot files; an 'erase' row in the audit trail says what was done."""
    deleted: dict[str, int] = {}
    anonymised: dict[str, int] = {}
    with db.session() as s:
        customer = get_or_raise(s, Customer, customer_id, *_WHAT)
        vehicle_ids = _vehicle_ids(s, customer_id)
        paths = _visit_snapshots(s, customer_id, vehicle_ids)
        visits = s.execute(delete(Visit).where(_visits_of(customer_id, vehicle_ids)))
        deleted["visits"] = visits.rowcount
        _erase_references(s, "customers", [customer_id], deleted, anonymised)
        # The customers this one referred stay; only their link to the erased one goes.
        s.execute(update(Customer).where(Customer.referred_by_id == customer_id)
                  .values(referred_by_id=None, version_id=Customer.version_id + 1))
        kept_vehicles = _erase_references(s, "vehicles", vehicle_ids, deleted, anonymised)
        _erase_vehicles(s, vehicle_ids, kept_vehicles, deleted, anonymised)
        kept = _still_needed(s, customer_id)
        _anonymise_customer(customer)
        s.flush()
        summary = {"deleted": _nonzero(deleted), "anonymised": _nonzero(anonymised),
                   "files": len(paths)}
        record(s, who=who, action="erase", row=customer,
               reason=json.dumps(summary, ensure_ascii=False))
        if not kept:
            s.execute(delete(Customer).where(Customer.id == customer_id))
            s.expunge(customer)
            deleted["customers"] = 1
        else:
            anonymised["customers"] = 1
    files = sum(delete_snapshot(path) for path in paths)
    return Erasure(customer_id, _nonzero(deleted), _nonzero(anonymised), files, kept)


# --- finding what belongs to the customer ---------------------------------------------------
def references(table_name: str) -> list[tuple[Table, Column]]:
    """Every (table, column) with a foreign key to `table_name`.id, children first."""
    found = []
    for table in reversed(Base.metadata.sorted_tables):
        for column in table.columns:
            if any(fk.column.table.name == table_name for fk in column.foreign_keys) \
                    and table.name != table_name:
                found.append((table, column))
    return found


def _vehicle_ids(s: Session, customer_id: int) -> list[int]:
    return list(s.scalars(select(Vehicle.id).where(Vehicle.owner_id == customer_id)))


def _visits_of(customer_id: int, vehicle_ids: list[int]):
    return or_(Visit.customer_id == customer_id, Visit.vehicle_id.in_(vehicle_ids))


def _visit_snapshots(s: Session, customer_id: int, vehicle_ids: list[int]) -> list[str]:
    return [p for p in s.scalars(select(Visit.snapshot_path)
                                 .where(_visits_of(customer_id, vehicle_ids))) if p]


def _collect(s: Session, customer_id: int) -> dict[str, list[dict[str, Any]]]:
    """The customer's row, the rows that point at them or their vehicles, and the rows
    that point at those (one level: lines, steps, answers, outcomes)."""
    tables: dict[str, dict[tuple, dict[str, Any]]] = {}
    _add(tables, Customer.__table__, s, Customer.__table__.c.id == customer_id)
    vehicle_ids = _vehicle_ids(s, customer_id)
    _add(tables, Vehicle.__table__, s, Vehicle.__table__.c.id.in_(vehicle_ids))
    for parent, ids in (("customers", [customer_id]), ("vehicles", vehicle_ids)):
        for table, column in references(parent):
            _add(tables, table, s, column.in_(ids))
    for parent in [name for name in tables if name not in ("customers", "vehicles")]:
        ids = [row["id"] for row in tables[parent].values() if "id" in row]
        for table, column in references(parent):
            _add(tables, table, s, column.in_(ids))
    return {name: list(rows.values()) for name, rows in tables.items()}


def _add(tables: dict, table: Table, s: Session, where) -> None:
    """Add the rows of `table` matching `where`, once each (keyed by primary key)."""
    mapped = _mapped_class(table)
    if mapped is not None:
        rows = [snapshot(obj) for obj in s.scalars(select(mapped).where(where))]
    else:
        rows = [{k: _plain(v) for k, v in row.items()}
                for row in s.execute(select(table).where(where)).mappings()]
    if not rows:
        return
    keys = [c.name for c in table.primary_key.columns] or list(rows[0])
    target = tables.setdefault(table.name, {})
    for row in rows:
        target.setdefault(tuple(row.get(k) for k in keys), row)


def _mapped_class(table: Table):
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)


def _audit_rows(s: Session, tables: dict[str, list[dict[str, Any]]]) -> list[dict]:
    """The audit trail of every exported record (who changed it, from what to what)."""
    wanted = [(AuditLog.entity == name) & AuditLog.entity_id.in_(ids)
              for name, rows in tables.items()
              if (ids := [row["id"] for row in rows if isinstance(row.get("id"), int)])]
    if not wanted:
        return []
    rows = s.scalars(select(AuditLog).where(or_(*wanted)).order_by(AuditLog.id))
    return [snapshot(row) for row in rows]


# --- erasing -------------------------------------------------------------------------------
def _erase_references(s: Session, parent: str, ids: list[int], deleted: dict,
                      anonymised: dict) -> set[int]:
    """Delete (or cut from `ids`) the rows pointing at `parent` rows `ids`; anonymise the
    retained ones. Returns the ids still named by a retained record."""
    kept: set[int] = set()
    if not ids:
        return kept
    for table, column in references(parent):
        if table.name in ("vehicles", "visits"):
            continue         # the customer's vehicles and visits are erased on their own
        where = column.in_(ids)
        if table.name in RETAINED:
            kept |= set(s.scalars(select(column).where(where)))
            if parent != "customers":
                continue     # the record names the vehicle; the vehicle is anonymised
            values = _blanked(table)
            if column.nullable:
                values[column.name] = None
            if values:
                count = s.execute(update(table).where(where).values(**values)).rowcount
                anonymised[table.name] = anonymised.get(table.name, 0) + count
        elif parent == "customers" or not column.nullable or _cascades(column):
            count = s.execute(delete(table).where(where)).rowcount
            deleted[table.name] = deleted.get(table.name, 0) + count
        else:
            s.execute(update(table).where(where).values(**{column.name: None}))
    return kept


def _cascades(column: Column) -> bool:
    return any((fk.ondelete or "").upper() == "CASCADE" for fk in column.foreign_keys)


def _blanked(table: Table) -> dict[str, Any]:
    """The personal columns of a retained table, emptied."""
    values: dict[str, Any] = {c.name: None if c.nullable else ""
                              for c in table.columns if c.name in PERSONAL_COLUMNS}
    if "version_id" in table.columns:
        values["version_id"] = table.c.version_id + 1
    return values


def _erase_vehicles(s: Session, vehicle_ids: list[int], kept: set[int], deleted: dict,
                    anonymised: dict) -> None:
    """Delete the customer's vehicles; one a retained record names stays, anonymous."""
    gone = [v for v in vehicle_ids if v not in kept]
    if gone:
        deleted["vehicles"] = s.execute(delete(Vehicle).where(Vehicle.id.in_(gone))).rowcount
    if kept:
        anonymised["vehicles"] = s.execute(
            update(Vehicle).where(Vehicle.id.in_(kept))
            .values(plate="", vin=None, owner_id=None, active=False,
                    version_id=Vehicle.version_id + 1)).rowcount


def _still_needed(s: Session, customer_id: int) -> bool:
    """True when a retained record must keep pointing at the customer's row."""
    return any(s.scalar(select(column).where(column == customer_id).limit(1)) is not None
               for table, column in references("customers") if table.name in RETAINED)


def _anonymise_customer(customer: Customer) -> None:
    customer.name, customer.name_initials, customer.salutation = ERASED_NAME, "", ""
    customer.mobile = customer.mobile_tail = customer.birthday = None
    customer.notes = ""
    customer.consent_contact = customer.consent_plate_recognition = False
    customer.consent_contact_at = customer.consent_plate_recognition_at = None
    customer.consultant_id = customer.advisor_id = None


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in sorted(counts.items()) if v}
