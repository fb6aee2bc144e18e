"""Bulk row writer for the seeder: explicit ids, chunked Core executemany, FK order."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, func, select, text

from app.models import Base

#: Tables in an order where every foreign key points to an earlier table.
TABLE_ORDER = (
    "stores", "staff", "bays", "service_items", "parts", "customers", "vehicles", "bookings",
    "booking_items", "work_orders", "work_order_lines", "stock_movements",
    "work_order_status_changes", "inspection_items", "visits", "surveys", "survey_answers",
    "complaints", "complaint_steps", "catalogue_vehicles", "accessories",
    "insurance_products", "lenders", "finance_products", "quotes", "quote_lines",
    "quote_finance_plans", "replenishment_requests", "opportunities",
    "opportunity_stage_changes", "lead_tasks",
)


class Writer:
    """Buffers rows per table and inserts them in chunks, parents before children.

    Ids are allocated here (from the table's current maximum), so children can point to
    parents without a round trip; on PostgreSQL `finish` moves each id sequence past them.
    """

    def __init__(self, connection: Connection, chunk: int = 10_000) -> None:
        self.connection = connection
        self.chunk = chunk
        self.tables = Base.metadata.tables
        self.buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        self.next_ids = {name: self._max_id(name) + 1 for name in TABLE_ORDER
                         if "id" in self.tables[name].c}
        self.pending = 0

    def _max_id(self, name: str) -> int:
        column = self.tables[name].c.id
        return self.connection.execute(select(func.coalesce(func.max(column), 0))).scalar_one()

    def new_id(self, table: str) -> int:
        """Reserve the next id of `table`."""
        ident = self.next_ids[table]
        self.next_ids[table] = ident + 1
        return ident

    def add(self, table: str, row: dict[str, Any]) -> int | None:
        """Queue `row` (giving it an id when the table has one and it has none)."""
        if table in self.next_ids and "id" not in row:
            row["id"] = self.new_id(table)
        self.buffers[table].append(row)
        self.pending += 1
        if self.pending >= self.chunk:
            self.flush()
        return row.get("id")

    def flush(self) -> None:
        """Insert every queued row, table by table in foreign-key order."""
        for name in TABLE_ORDER:
            rows = self.buffers.get(name)
            if rows:
                self.connection.execute(self.tables[name].insert(), rows)
                self.counts[name] += len(rows)
                rows.clear()
        self.pending = 0

    def finish(self) -> None:
        """Flush, and on PostgreSQL set each id sequence past the ids used here."""
        self.flush()
        if self.connection.dialect.name != "postgresql":
            return
        for name in self.next_ids:
            self.connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"))
