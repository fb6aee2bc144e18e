"""Parts stock speed: milliseconds to search the stock list and to read a part's balance.

    python -m bench.parts [--parts 50000] [--rows 2000000] [--runs 200] [--db URL] [--json PATH]

Builds a catalogue of `parts` parts in two stores and `rows` ledger rows spread over them
(receipts, reservations, issues, adjustments) in a temporary SQLite file, or in the empty
database at `--db`. "Search" is the stock page's query through `parts.list_parts` for a mix
of part-number fragments, names, pinyin initials and superseded numbers; "balance" is
`stock_ledger.balance` of one random part in one store. Targets: search p95 <= 100 ms,
balance p95 <= 5 ms.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, text

from app.db import Database
from app.models import MovementKind, Part, PartSupersession, StockMovement, Store
from app.services import parts, stock_ledger
from app.services.customers import name_initials
from bench._common import machine, median, p95, print_figures, signed_in, write_json

TARGETS_P95_MS = {"stock_search_ms": 100.0, "balance_ms": 5.0}
_NAMES = ("机油滤清器", "空气滤清器", "空调滤清器", "前刹车片", "后刹车片", "火花塞", "雨刮片",
          "蓄电池", "前大灯总成", "前保险杠", "变速箱油", "冷却液", "刹车油", "轮胎", "后视镜",
          "门把手", "水泵", "发电机", "起动机", "节温器")
_BRANDS = ("丰田", "本田", "日产", "博世", "马勒")


def build_store(db: Database, n_parts: int, n_rows: int, seed: int = 11) -> list[int]:
    """Two stores, `n_parts` parts (one in twenty superseding an old number) and about
    `n_rows` ledger rows that never break the stock rules; returns the store ids."""
    rng = random.Random(seed)
    with db.session() as s:
        stores = [Store(code=f"S{i}", name=f"门店{i}") for i in (1, 2)]
        s.add_all(stores)
        s.flush()
        store_ids = [x.id for x in stores]
    with db.engine.begin() as c:
        rows = []
        for i in range(n_parts):
            name = f"{_NAMES[i % len(_NAMES)]} {i // len(_NAMES)}型"
            rows.append({"id": i + 1, "code": f"{rng.randint(10000, 99999)}-{i:06d}",
                         "name": name, "name_initials": name_initials(name),
                         "brand": rng.choice(_BRANDS), "unit": "个", "bin": f"A-{i % 300:03d}",
                         "price": Decimal(rng.randint(10, 5000)), "cost": Decimal(5),
                         "low_stock_threshold": rng.randint(0, 8), "version_id": 1})
        c.execute(insert(Part), rows)
        c.execute(insert(PartSupersession), [
            {"old_code": f"OLD-{i:06d}", "part_id": i + 1,
             "created_at": datetime.now(UTC)} for i in range(0, n_parts, 20)])
        per_part = max(1, n_rows // n_parts)
        start = datetime.now(UTC) - timedelta(days=720)
        batch = []
        for part_id in range(1, n_parts + 1):
            for store_id in store_ids:
                batch.extend(_history(rng, store_id, part_id, per_part // 2, start))
            if len(batch) >= 50_000:
                c.execute(insert(StockMovement), batch)
                batch = []
        if batch:
            c.execute(insert(StockMovement), batch)
    return store_ids


def _history(rng: random.Random, store_id: int, part_id: int, count: int,
             start: datetime) -> list[dict]:
    """`count` ledger rows of one part in one store: a receipt first, then a mix."""
    rows, on_hand, reserved = [], 0, 0
    for k in range(count):
        at = start + timedelta(hours=k * 7)
        if k == 0 or on_hand - reserved < 2:
            kind, dh, dr = MovementKind.RECEIVED, rng.randint(5, 40), 0
        elif reserved and rng.random() < 0.4:
            q = rng.randint(1, reserved)
            kind, dh, dr = MovementKind.ISSUED, -q, -q
        elif rng.random() < 0.6:
            kind, dh, dr = MovementKind.RESERVED, 0, rng.randint(1, on_hand - reserved)
        else:
            kind, dh, dr = MovementKind.ADJUSTED, -1, 0
        on_hand, reserved = on_hand + dh, reserved + dr
        rows.append({"store_id": store_id, "part_id": part_id, "kind": kind, "on_hand": dh,
                     "reserved": dr, "work_order_id": None, "other_store_id": None,
                     "reason": "", "by_id": None, "at": at})
    return rows


def run(n_parts: int, n_rows: int, runs: int, url: str | None = None) -> dict:
    """Build the data and time searches and balances."""
    folder = tempfile.TemporaryDirectory(prefix="bench-parts-")
    url = url or f"sqlite:///{Path(folder.name) / 'parts.sqlite3'}"
    db = Database(url)
    db.migrate()
    started = time.perf_counter()
    store_ids = build_store(db, n_parts, n_rows)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("ANALYZE"))             # as autovacuum / a running store would have
    build_s = time.perf_counter() - started
    with db.session() as s:
        rows = s.query(StockMovement).count()
    rng = random.Random(5)
    queries = []
    for _ in range(runs):
        i = rng.randrange(n_parts)
        queries.append(rng.choice((
            f"{i:06d}", _NAMES[i % len(_NAMES)], name_initials(_NAMES[i % len(_NAMES)])[:3],
            f"OLD-{i - i % 20:06d}", f"{i // len(_NAMES)}型")))
    parts.list_parts(db, queries[0], store_id=store_ids[0])            # warm the caches
    search_ms, hits = [], 0
    for query in queries:
        start = time.perf_counter()
        hits += len(parts.list_parts(db, query, store_id=store_ids[0]))
        search_ms.append((time.perf_counter() - start) * 1000)
    balance_ms = []
    with db.session() as s:
        for _ in range(runs):
            part_id, store_id = rng.randint(1, n_parts), rng.choice(store_ids)
            start = time.perf_counter()
            stock_ledger.balance(s, store_id, part_id)
            balance_ms.append((time.perf_counter() - start) * 1000)
    db.dispose()
    folder.cleanup()
    return {
        "stock_search_ms": {"median": round(median(search_ms), 2),
                            "p95": round(p95(search_ms), 2), "max": round(max(search_ms), 2),
                            "mean_hits": round(hits / len(queries), 1)},
        "balance_ms": {"median": round(median(balance_ms), 3),
                       "p95": round(p95(balance_ms), 3), "max": round(max(balance_ms), 3)},
        "parts": n_parts, "ledger_rows": rows, "runs": runs,
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "build_s": round(build_s, 1), "targets_p95_ms": TARGETS_P95_MS, "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", type=int, default=50_000, help="catalogue size")
    parser.add_argument("--rows", type=int, default=2_000_000, help="ledger rows")
    parser.add_argument("--runs", type=int, default=200, help="timed searches and balances")
    parser.add_argument("--db", metavar="URL", help="an empty database instead of SQLite")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    with signed_in():
        figures = run(args.parts, args.rows, args.runs, args.db)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
