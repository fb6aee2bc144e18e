"""Care at store scale: the nightly run over every customer, and opening the care desk.

    python -m bench.care [--customers 100000] [--runs 20] [--db URL] [--json PATH]

Builds a store with `customers` customers and 1.5 vehicles each (deliveries spread over
eight years, insurance expiries over the year, birthdays, one delivered work order with
its odometer reading per vehicle and visits) in a temporary SQLite file, or in the empty
database at `--db`. Then times the nightly run (`run_care`: items and tiers), runs it again
(which must create nothing), and times the care desk opening its list of the due items
(5,000 or more): what the desk does, the first page and the count (`list_page`), filling the
page's Qt model and painting it offscreen; the list fetches further pages as it scrolls.
`full_list_5000_ms` times reading all 5,000 rows at once, for comparison.
Targets: nightly run <= 60 s; second run creates 0; desk open p95 <= 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from app.acting import Actor, acting_as
from app.db import Database
from app.models import (
    Customer,
    CustomerStore,
    Staff,
    StaffRole,
    Store,
    Vehicle,
    Visit,
    WorkOrder,
    WorkOrderLine,
)
from app.services import care_desk
from app.services.care_run import run_care
from bench._common import machine, median, p95, print_figures, write_json

TARGET_RUN_S = 60.0
TARGET_OPEN_P95_MS = 200.0
_CHUNK = 5_000


def _chunks(session, table, rows) -> None:
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(table), rows[start:start + _CHUNK])


def build_store(db: Database, customers: int, seed: int = 16) -> int:
    """The store, its staff, `customers` customers and 1.5 × as many vehicles; its id."""
    rng = random.Random(seed)
    today = datetime.now(UTC).date()
    now = datetime.now(UTC)
    with db.session() as s:
        store = Store(code="BENCH", name="压测门店")
        s.add(store)
        s.flush()
        staff = [Staff(store_id=store.id, name=f"顾问{i}", role=role)
                 for i, role in enumerate([StaffRole.SALES_CONSULTANT] * 10
                                          + [StaffRole.SERVICE_ADVISOR] * 10)]
        s.add_all(staff)
        s.flush()
        consultants = [m.id for m in staff[:10]]
        advisors = [m.id for m in staff[10:]]
        store_id = store.id
    with db.session() as s:
        rows = [dict(id=i, name=f"客户{i}", name_initials="kh", salutation="", kind="customer",
                     source="walk_in", consent_contact=rng.random() < 0.85,
                     consent_plate_recognition=True, birthday_lunar=rng.random() < 0.1,
                     birthday=date(rng.randint(1960, 2000), rng.randint(1, 12),
                                   rng.randint(1, 28)),
                     tier="standard", consultant_id=rng.choice(consultants + [None]),
                     advisor_id=rng.choice(advisors + [None]), notes="", created_at=now,
                     updated_at=now, version_id=1, store_id=store_id)
                for i in range(1, customers + 1)]
        _chunks(s, Customer.__table__, rows)
        # the store serves the customers it registered (the run walks these links)
        _chunks(s, CustomerStore.__table__, [
            dict(customer_id=r["id"], store_id=store_id, name=r["name"],
                 name_initials=r["name_initials"], created_at=now) for r in rows])
    vehicles, orders, lines, visits = [], [], [], []
    for vid in range(1, int(customers * 1.5) + 1):
        owner = vid if vid <= customers else rng.randint(1, customers)
        bought = today - timedelta(days=rng.randint(0, 8 * 365))
        km = rng.randint(30, 60) * max(1, (today - bought).days)
        vehicles.append(dict(
            id=vid, plate=f"粤B{vid:06d}"[:10], plate_color="blue", vin=None, brand="丰田",
            model=rng.choice(("凯美瑞", "卡罗拉", "RAV4", "bZ4X")), trim="", colour="",
            new_energy=rng.random() < 0.2, purchase_date=bought, mileage_km=km,
            mileage_date=today - timedelta(days=rng.randint(0, 90)),
            insurance_expiry=today + timedelta(days=rng.randint(-30, 335)),
            warranty_end=bought + timedelta(days=3 * 365), owner_id=owner, active=True,
            created_at=now, updated_at=now, version_id=1))
        served = now - timedelta(days=rng.randint(1, 400))
        orders.append(dict(id=vid, number=f"WO{vid:09d}", store_id=store_id, vehicle_id=vid,
                           customer_id=owner, status="delivered", mileage_km=km // 2,
                           concerns="", valuables="", opened_at=served, closed_at=served,
                           version_id=1))
        lines.append(dict(work_order_id=vid, kind="labour", description="常规保养",
                          qty=Decimal(1), unit_price=Decimal(rng.choice((380, 900, 2600))),
                          approval="approved" if rng.random() < 0.9 else "declined",
                          approved_by="", approved_at=served))
        visits.append(dict(arrived_at=served, plate_read="", camera="gate", match="exact",
                           vehicle_id=vid, customer_id=owner, purpose="service", outcome=""))
    with db.session() as s:
        _chunks(s, Vehicle.__table__, vehicles)
        _chunks(s, WorkOrder.__table__, orders)
        _chunks(s, WorkOrderLine.__table__, lines)
        _chunks(s, Visit.__table__, visits)
    if not db.is_sqlite:
        with db.engine.begin() as conn:   # ids were given explicitly: move the sequences on
            for table in ("customers", "vehicles", "work_orders"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))")
            # A store's server has statistics (autovacuum analyses a table soon after a
            # bulk change); right after this bulk load it has none yet.
            conn.exec_driver_sql("ANALYZE")
    return store_id


def run(customers: int, runs: int, url: str | None = None) -> dict:
    """Build the store, time the nightly run twice and the desk opening."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.care.page import CarePage
    from ui.tasks import TaskRunner

    folder = tempfile.TemporaryDirectory(prefix="bench-care-")
    url = url or f"sqlite:///{Path(folder.name) / 'care.sqlite3'}"
    db = Database(url)
    db.migrate()
    started = time.perf_counter()
    store_id = build_store(db, customers)
    build_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    first = run_care(db, store_id)
    nightly_s, nightly_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    second = run_care(db, store_id)
    second_s = time.perf_counter() - started
    app = QApplication.instance() or QApplication([])
    page = CarePage(db, TaskRunner(), store_id)
    page.resize(1366, 768)
    page.show()
    app.processEvents()

    def open_desk() -> int:
        """What the desk does on opening: the first page and the count, shown and painted
        (further pages come as the list scrolls)."""
        first = care_desk.list_page(db, store_id, due="all")
        page.model.set_page(first.rows, first.total, first.capped)
        page.table.viewport().repaint()
        return first.total

    def full_list() -> int:
        rows = care_desk.list_items(db, store_id, due="all", limit=care_desk.LIST_LIMIT)
        return len(rows)

    listed = open_desk()
    open_ms, full_ms = [], []
    for _ in range(runs):
        start = time.perf_counter()
        open_desk()
        open_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        full_list()
        full_ms.append((time.perf_counter() - start) * 1000)
    page.close()
    db.dispose()
    folder.cleanup()
    return {
        "nightly_run_s": round(nightly_s, 2),
        "nightly_run_cpu_s": round(nightly_cpu_s, 2),   # this process only (not the server)
        "second_run_s": round(second_s, 2),
        "second_run_created": second.total,
        "created": first.total,
        "created_by_kind": dict(sorted(first.created.items())),
        "tiers_changed": first.tiers_changed,
        "care_desk_open_ms": {"median": round(median(open_ms), 2),
                              "p95": round(p95(open_ms), 2), "max": round(max(open_ms), 2)},
        "full_list_5000_ms": {"median": round(median(full_ms), 2), "p95": round(p95(full_ms), 2)},
        "items_listed": listed, "page_size": care_desk.PAGE_SIZE, "customers": customers,
        "vehicles": int(customers * 1.5),
        "runs": runs, "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "build_s": round(build_s, 1), "target_nightly_run_s": TARGET_RUN_S,
        "target_care_desk_open_p95_ms": TARGET_OPEN_P95_MS, "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20, help="timed desk openings")
    parser.add_argument("--db", metavar="URL", help="an empty database instead of SQLite")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    with acting_as(Actor(name="bench", role="manager", desk="bench")):   # services need one
        figures = run(max(1, args.customers), max(1, args.runs), args.db)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
