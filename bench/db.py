"""Arrival and booking queries on demo stores of growing size (SQLite).

    python -m bench.db [--sizes 10000,100000,1000000] [--repeat 200] [--json PATH]
                       [--seed S] [--cache DIR] [--rebuild]

Each size is a number of demo customers (every store gets at least as many vehicles). A
store is built once with `app.demo.seed_demo_store` and cached under DIR (default: the temp
folder's `dealerdesk-bench`), keyed by size and seed; later runs reuse it. For each store
the bench times `reception.arrive()` for a known plate, for a plate one confusable
character off a known one, and for an unknown plate (different plates every repetition,
drawn deterministically from the store), and `bookings.bookings_for_day()` for the day
the store was built. Target: arrive() p95 <= 5 ms at 1M vehicles.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from app.db import Database
from app.demo import seed_demo_store
from app.demo.clock import store_today
from app.domain.plates import SERIAL_LETTERS, confusable_with, is_valid
from app.domain.reads import PlateRead
from app.models import Customer, Vehicle
from app.services import bookings, reception
from bench._common import machine, median, p95, signed_in, write_json

TARGET_P95_MS = 5.0
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)


def cached_store(size: int, seed: int, cache: Path, rebuild: bool) -> tuple[Database, dict]:
    """The store of `size` customers, built now or reused; with its metadata."""
    path = cache / f"store-{size}-{seed}.sqlite3"
    meta_path = path.with_suffix(".json")
    if rebuild or not meta_path.exists() or not path.exists():
        for stale in (path, meta_path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        return _build(path, meta_path, size, seed)
    database = Database(f"sqlite:///{path}")
    database.migrate()
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["reused"] = True
    return database, meta


def _build(path: Path, meta_path: Path, size: int, seed: int) -> tuple[Database, dict]:
    path.parent.mkdir(parents=True, exist_ok=True)
    database = Database(f"sqlite:///{path}")
    database.migrate()
    started = time.perf_counter()
    summary = seed_demo_store(database, customers=size, seed=seed)
    seconds = time.perf_counter() - started
    with database.session() as s:
        customers = s.scalar(select(func.count()).select_from(Customer))
        vehicles = s.scalar(select(func.count()).select_from(Vehicle))
    meta = {"customers": customers, "vehicles": vehicles, "seed": seed,
            "built_on": store_today().isoformat(), "build_seconds": round(seconds, 1),
            "summary": summary}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    meta["reused"] = False
    return database, meta


def sample_plates(database: Database, count: int, rng: random.Random) -> list[str]:
    """`count` plates of active vehicles picked at random ids."""
    with database.session() as s:
        top = s.scalar(select(func.max(Vehicle.id)))
        ids = sorted({rng.randint(1, top) for _ in range(count * 2)})
        plates = list(s.scalars(select(Vehicle.plate).where(Vehicle.id.in_(ids),
                                                            Vehicle.active.is_(True))))
    rng.shuffle(plates)
    return plates[:count]


def confusable_reads(database: Database, plates: list[str], rng: random.Random) -> list[str]:
    """For each plate, a valid plate one confusable character off that no vehicle has."""
    reads = []
    for plate in plates:
        options = [plate[:i] + other + plate[i + 1:] for i, c in enumerate(plate)
                   for other in sorted(confusable_with(c))]
        rng.shuffle(options)
        reads.extend(v for v in options[:1] if is_valid(v))
    with database.session() as s:
        taken = set(s.scalars(select(Vehicle.plate).where(Vehicle.plate.in_(reads))))
    return [r for r in reads if r not in taken]


def unknown_reads(count: int, rng: random.Random) -> list[str]:
    """Valid plates of visitors from another province (湘), which no demo vehicle has."""
    alphabet = "0123456789" * 3 + SERIAL_LETTERS
    return ["湘A" + "".join(rng.choice(alphabet) for _ in range(5)) for _ in range(count)]


def timed(calls: list[Callable[[], Any]]) -> dict[str, float]:
    """Median and p95 in milliseconds of running each call once."""
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return {"median": round(median(times), 3), "p95": round(p95(times), 3), "n": len(times)}


def query_plan(database: Database, plates: list[str]) -> list[str]:
    """SQLite's plan for the arrival lookup (`plate IN (...) AND active`)."""
    marks = ", ".join(f":p{i}" for i in range(len(plates)))
    sql = text(f"EXPLAIN QUERY PLAN SELECT id FROM vehicles WHERE plate IN ({marks}) AND active")
    with database.engine.connect() as connection:
        rows = connection.execute(sql, {f"p{i}": p for i, p in enumerate(plates)}).all()
    return [row[-1] for row in rows]


def measure(database: Database, meta: dict, repeat: int, seed: int) -> dict[str, Any]:
    """The figures for one store."""
    rng = random.Random(seed)
    known = sample_plates(database, repeat, rng)
    confusable = confusable_reads(database, sample_plates(database, repeat * 2, rng), rng)[:repeat]
    unknown = unknown_reads(repeat, rng)

    def arrive(plate: str) -> Callable[[], Any]:
        return lambda: reception.arrive(database, PlateRead(plate, 0.95))

    for plate in known[:5] + unknown[:5]:  # warm the statement cache and the page cache
        arrive(plate)()
    day = date.fromisoformat(meta["built_on"])
    count = len(bookings.bookings_for_day(database, day))
    return {
        "customers": meta["customers"], "vehicles": meta["vehicles"],
        "build_seconds": meta["build_seconds"], "reused": meta["reused"],
        "arrive_known_ms": timed([arrive(p) for p in known]),
        "arrive_confusable_ms": timed([arrive(p) for p in confusable]),
        "arrive_unknown_ms": timed([arrive(p) for p in unknown]),
        "todays_bookings_ms": timed([lambda: bookings.bookings_for_day(database, day)] * repeat),
        "todays_bookings_count": count,
        "lookup_plan": query_plan(database, known[:3]),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def print_table(results: dict[str, dict[str, Any]]) -> None:
    """One line per store size: build time and median / p95 of each measured path."""
    heads = ("customers", "vehicles", "build s", "known", "confusable", "unknown", "bookings")
    print("  ".join(f"{h:>17}" for h in heads))
    for figures in results.values():
        cells = [str(figures["customers"]), str(figures["vehicles"]),
                 f"{figures['build_seconds']}{' (cached)' if figures['reused'] else ''}"]
        for key in ("arrive_known_ms", "arrive_confusable_ms", "arrive_unknown_ms",
                    "todays_bookings_ms"):
            cells.append(f"{figures[key]['median']:.2f} / {figures[key]['p95']:.2f} ms")
        print("  ".join(f"{c:>17}" for c in cells))
    print("(median / p95; arrive() target p95 <= 5 ms at 1M vehicles)")


def main(argv: list[str] | None = None) -> int:
    """Build or reuse each store, measure, print, and write JSON when asked."""
    parser = argparse.ArgumentParser(prog="python -m bench.db", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "dealerdesk-bench")
    parser.add_argument("--rebuild", action="store_true", help="build the stores even if cached")
    parser.add_argument("--json", help="write the figures as JSON to this path")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        database, meta = cached_store(size, args.seed, args.cache, args.rebuild)
        try:
            with signed_in():
                results[str(size)] = measure(database, meta, args.repeat,
                                             args.seed + size)
        finally:
            database.dispose()
        print(f"{size}: {results[str(size)]['vehicles']} vehicles measured", flush=True)
    print_table(results)
    largest = results[max(results, key=int)] if results else None
    figures = {**results, "machine": machine(), "repeat": args.repeat,
               "target_p95_ms": TARGET_P95_MS}
    if largest:
        worst = max(largest[k]["p95"] for k in ("arrive_known_ms", "arrive_confusable_ms",
                                                 "arrive_unknown_ms"))
        figures["largest_arrive_p95_ms"] = worst
        print(f"largest store: worst arrive() p95 {worst:.2f} ms "
              f"({'within' if worst <= TARGET_P95_MS else 'OVER'} the {TARGET_P95_MS} ms target)")
    print(f"machine: {json.dumps(machine())}")
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
