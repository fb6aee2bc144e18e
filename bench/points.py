"""Loyalty points speed: milliseconds to read a customer's balance (the SUM of their ledger
rows) and the first page of their ledger.

    python -m bench.points [--customers 100000] [--rows 1000000] [--runs 200] [--db URL]
                           [--json PATH]

Builds `customers` customers and about `rows` ledger rows spread over them (earned,
redeemed, adjusted) in a temporary SQLite file, or in the empty database at `--db`, then
times `points.balance_in` and `points.ledger` (50 rows, one session of four queries) for
random customers. Targets: balance p95 <= 5 ms (read on the index
`ix_points_entries_customer`), ledger page p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select, text

from app.acting import Actor, acting_as
from app.db import Database
from app.models import Customer, PointsEntry, Store
from app.services import points
from bench._common import machine, median, p95, print_figures, write_json

TARGETS_P95_MS = {"balance_ms": 5.0, "ledger_page_ms": 50.0}
_BATCH = 50_000


def build(db: Database, n_customers: int, n_rows: int, seed: int = 3) -> int:
    """A store, `n_customers` customers and about `n_rows` ledger rows never below zero;
    returns the store id."""
    rng = random.Random(seed)
    with db.session() as s:
        store = Store(code="S1", name="门店1")
        s.add(store)
        s.flush()
        store_id = store.id
    start = datetime.now(UTC) - timedelta(days=720)
    with db.engine.begin() as c:
        for first in range(0, n_customers, _BATCH):
            c.execute(insert(Customer), [{"name": f"客户{i}"} for i in
                                         range(first, min(n_customers, first + _BATCH))])
        ids = list(c.scalars(select(Customer.id)))
        per_customer, batch = max(1, n_rows // max(1, len(ids))), []
        for customer_id in ids:
            batch.extend(_history(rng, store_id, customer_id, per_customer, start))
            if len(batch) >= _BATCH:
                c.execute(insert(PointsEntry), batch)
                batch = []
        if batch:
            c.execute(insert(PointsEntry), batch)
    return store_id


def _history(rng: random.Random, store_id: int, customer_id: int, count: int,
             start: datetime) -> list[dict]:
    rows, held = [], 0
    for k in range(count):
        if held > 200 and rng.random() < 0.3:
            kind, source, delta = "redeem", "settlement", -rng.randint(1, held)
        else:
            kind, source, delta = "earn", "spend", rng.randint(10, 3000)
        held += delta
        rows.append({"customer_id": customer_id, "store_id": store_id, "kind": kind,
                     "source": source, "points": delta, "value": Decimal(0),
                     "against_kind": "settlement", "against_id": k, "reason": "", "who": "",
                     "at": start + timedelta(days=k)})
    return rows


def run(n_customers: int, n_rows: int, runs: int, url: str | None = None) -> dict:
    """Build the data and time balances and ledger pages."""
    folder = tempfile.TemporaryDirectory(prefix="bench-points-")
    url = url or f"sqlite:///{Path(folder.name) / 'points.sqlite3'}"
    db = Database(url)
    db.migrate()
    started = time.perf_counter()
    build(db, n_customers, n_rows)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        # As autovacuum would have by the time a desk reads it: statistics, and on
        # PostgreSQL the visibility map an index-only scan needs.
        c.execute(text("ANALYZE" if db.is_sqlite else "VACUUM ANALYZE points_entries"))
    build_s = time.perf_counter() - started
    rng = random.Random(5)
    with db.session() as s:
        rows = s.scalar(select(func.count(PointsEntry.id)))
        top = s.scalar(select(func.max(Customer.id)))
        balance_ms = []
        for _ in range(runs):
            customer_id = rng.randint(1, top)
            begin = time.perf_counter()
            points.balance_in(s, customer_id)
            balance_ms.append((time.perf_counter() - begin) * 1000)
    page_ms = []
    with acting_as(Actor(name="bench", role="manager", desk="bench")):
        for _ in range(runs):
            customer_id = rng.randint(1, top)
            begin = time.perf_counter()
            points.ledger(db, customer_id, limit=50)
            page_ms.append((time.perf_counter() - begin) * 1000)
    db.dispose()
    folder.cleanup()
    return {
        "balance_ms": {"median": round(median(balance_ms), 3), "p95": round(p95(balance_ms), 3),
                       "max": round(max(balance_ms), 3)},
        "ledger_page_ms": {"median": round(median(page_ms), 3), "p95": round(p95(page_ms), 3),
                           "max": round(max(page_ms), 3)},
        "customers": n_customers, "ledger_rows": rows, "runs": runs,
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "build_s": round(build_s, 1), "targets_p95_ms": TARGETS_P95_MS, "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000, help="customers")
    parser.add_argument("--rows", type=int, default=1_000_000, help="ledger rows")
    parser.add_argument("--runs", type=int, default=200, help="timed reads of each kind")
    parser.add_argument("--db", metavar="URL", help="an empty database instead of SQLite")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(args.customers, args.rows, args.runs, args.db)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
