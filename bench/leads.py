"""Showroom pipeline speed: milliseconds to load the board and one consultant's board.

    python -m bench.leads [--leads 20000] [--runs 30] [--db URL] [--json PATH]

Builds a store with `leads` opportunities (a third closed: delivered or lost) over 12
consultants, each open one with a follow-up, in a temporary SQLite file or the empty
database at `--db`, then times `leads.pipeline` (the board query, bounded by
`BOARD_LIMIT`) for the whole store and per consultant. Target: p95 <= 100 ms each.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from app import acting
from app.db import Database
from app.domain.leads import OPEN_STAGES, Stage
from app.models import Customer, LeadTask, Opportunity, Staff, StaffRole, Store
from app.services import leads
from bench._common import machine, median, p95, print_figures, write_json

TARGET_P95_MS = 100.0


def build_store(db: Database, count: int, seed: int = 18) -> tuple[int, list[int]]:
    """The store's id and its consultants' ids, with `count` leads written in bulk."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with db.session() as s:
        store = Store(code="BENCH", name="基准门店")
        s.add(store)
        s.flush()
        staff = [Staff(store_id=store.id, name=f"顾问{i}", role=StaffRole.SALES_CONSULTANT)
                 for i in range(12)]
        s.add_all(staff)
        s.flush()
        store_id, consultants = store.id, [x.id for x in staff]
    stages = list(OPEN_STAGES) * 2 + [Stage.DELIVERED, Stage.LOST]
    with db.session() as s:
        s.execute(insert(Customer), [dict(name=f"客户{i}", mobile=f"139{i:08d}")
                                     for i in range(count)])
    with db.session() as s:
        rows = []
        for i in range(count):
            moved = now - timedelta(minutes=rng.randint(1, 90 * 1440))
            rows.append(dict(store_id=store_id, customer_id=i + 1,
                             consultant_id=rng.choice(consultants), source="walk_in",
                             interest="凯美瑞", timing="", stage=rng.choice(stages),
                             lost_note="", notes="", created_at=moved,
                             stage_changed_at=moved, version_id=1))
        s.execute(insert(Opportunity), rows)
        s.execute(insert(LeadTask), [
            dict(store_id=store_id, opportunity_id=i + 1, title="回访",
                 due_at=now + timedelta(hours=rng.randint(-48, 48)), created_at=now)
            for i in range(count)])
    return store_id, consultants


def _time(fn, runs: int) -> dict:
    fn()                                  # warm caches, as the desk does
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        values.append((time.perf_counter() - start) * 1000)
    return {"median": round(median(values), 2), "p95": round(p95(values), 2),
            "max": round(max(values), 2)}


def run(count: int, runs: int, url: str | None = None) -> dict:
    """Build the store and time the board's query, whole and per consultant."""
    folder = tempfile.TemporaryDirectory(prefix="bench-leads-")
    url = url or f"sqlite:///{Path(folder.name) / 'leads.sqlite3'}"
    db = Database(url)
    db.migrate()
    with acting.acting_as(acting.Actor(name="bench", role=StaffRole.MANAGER.value)):
        started = time.perf_counter()
        store_id, consultants = build_store(db, count)
        build_s = time.perf_counter() - started
        cards = len(leads.pipeline(db, store_id))
        board = _time(lambda: leads.pipeline(db, store_id), runs)
        turn = iter(range(10**9))
        mine = _time(lambda: leads.pipeline(
            db, store_id, consultant_id=consultants[next(turn) % len(consultants)]), runs)
    db.dispose()
    folder.cleanup()
    return {"board_ms": board, "consultant_board_ms": mine, "leads": count,
            "cards_on_board": cards, "runs": runs,
            "database": "sqlite" if url.startswith("sqlite") else "postgresql",
            "build_s": round(build_s, 1), "target_p95_ms": TARGET_P95_MS, "machine": machine()}


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=20000, help="opportunities in the store")
    parser.add_argument("--runs", type=int, default=30, help="timed loads")
    parser.add_argument("--db", metavar="URL", help="an empty database instead of SQLite")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(max(1, args.leads), max(1, args.runs), args.db)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
