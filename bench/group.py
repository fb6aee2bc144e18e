"""A dealer group on one PostgreSQL: arrival, board and customer search at group scale.

    python -m bench.group [--scale small|full] [--repeat N] [--json PATH] [--keep]
                          [--url URL --no-seed]

Seeds a new database with `bench.group_seed.seed_group` (30 stores; full = 1,000,000
customers, 1,500,000 vehicles, 5,000,000 work orders; small = a tenth) on the server at
DEALERDESK_BENCH_PG_URL, or on a private PostgreSQL it starts on 127.0.0.1 (as the tests'
outage server does) and removes afterwards (`--url URL --no-seed` measures a database seeded before, at
that scale, and keeps it). Then, as a store's desk (a login role that is a
member of `dealerdesk_store`, so row-level security applies, store scope set) and again as
the tables' owner (no row-level security), it times:

- `reception.arrive()` for plates of the store's customers and unknown plates (target p95
  <= 5 ms);
- the store's board of open work orders, `work_order_board.board()` (p95 <= 100 ms);
- `customers.search_customers()` for mobiles, mobile tails, names, initials and plate parts
  (p95 <= 50 ms);
- the cashier's list of the store's work orders waiting to be settled,
  `cashier.waiting()` (no target; `cashier_waiting_ms`);
- arrival -> another desk's pop-up through LISTEN/NOTIFY with 5 desks, when
  `bench.notify_latency.measure` exists (the live desks' bench; null otherwise).

Prints median and p95 (ms) of each; `--json PATH` writes them with the machine's load.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.acting import Actor, acting_as
from app.db import Database
from app.domain.reads import PlateRead
from app.services import cashier, customers, reception, work_order_board
from app.store_scope import working_for
from bench._common import machine, median, p95, print_figures, write_json
from bench.group_seed import (
    SCALES,
    SEEDED_AT,
    STORES,
    mobile_of,
    name_of,
    owner_of_vehicle,
    plate_of,
    store_of_customer,
)

TARGETS_MS = {"arrive_ms": 5.0, "board_open_ms": 100.0, "search_ms": 50.0,
              "notify_to_popup_ms": 300.0}
DESK = Actor(name="基准前台", role="manager", desk="bench")


def main(argv: list[str] | None = None) -> int:
    """Seed, measure, print; 0 when every measured p95 meets its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--json", default=None)
    parser.add_argument("--keep", action="store_true", help="keep the seeded database")
    parser.add_argument("--url", help="with --no-seed: a database seeded before at --scale")
    parser.add_argument("--no-seed", action="store_true",
                        help="measure the database of --url as it is (kept)")
    args = parser.parse_args(argv)
    if args.no_seed != bool(args.url):
        parser.error("--url and --no-seed go together")
    with nullcontext(args.url) if args.no_seed else _server() as server_url:
        url, seconds = (args.url, None) if args.no_seed else _seeded(server_url, args.scale)
        try:
            figures = measure_all(url, args.scale, args.repeat)
        finally:
            if not (args.keep or args.no_seed):
                _admin(server_url, f'DROP DATABASE IF EXISTS "{make_url(url).database}" '
                                   "WITH (FORCE)")
    figures = {"scale": args.scale, "sizes": SCALES[args.scale], "seed_seconds": seconds,
               **figures, "targets_ms": TARGETS_MS, "machine": machine()}
    print_figures(figures)
    write_json(args.json, figures)
    return 0 if all(_meets(figures, key) for key in TARGETS_MS) else 1


def _meets(figures: dict[str, Any], key: str) -> bool:
    value = figures.get(key) or {}
    return value.get("p95") is None or value["p95"] <= TARGETS_MS[key]


@contextmanager
def _server() -> Iterator[str]:
    """The server URL: DEALERDESK_BENCH_PG_URL, or a private server started here."""
    given = os.environ.get("DEALERDESK_BENCH_PG_URL")
    if given:
        yield given
        return
    from tests.pg_server import PostgresServer

    with tempfile.TemporaryDirectory(prefix="dealerdesk-bench-pg-") as folder:
        server = PostgresServer(Path(folder))
        server.start()
        try:
            yield server.url()
        finally:
            server.stop()


def _admin(server_url: str, sql: str) -> None:
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as c:
            c.execute(text(sql))
    finally:
        engine.dispose()


def _seeded(server_url: str, scale: str) -> tuple[str, float]:
    from bench.group_seed import seed_group

    name = f"bench_group_{scale}_{uuid.uuid4().hex[:8]}"
    _admin(server_url, f'CREATE DATABASE "{name}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    started = time.perf_counter()
    seed_group(url, scale)
    seconds = round(time.perf_counter() - started, 1)
    print(f"seeded {scale} in {seconds} s", flush=True)
    return url, seconds


@contextmanager
def _store_role(url: str) -> Iterator[str]:
    """The URL of a new login role of a store's desks (row-level security applies)."""
    role = f"bench_desk_{uuid.uuid4().hex[:8]}"
    _admin(url, f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOBYPASSRLS')
    _admin(url, f'GRANT dealerdesk_store TO "{role}"')
    try:
        yield make_url(url).set(username=role).render_as_string(hide_password=False)
    finally:
        _admin(url, f'DROP OWNED BY "{role}"')
        _admin(url, f'DROP ROLE IF EXISTS "{role}"')


def measure_all(url: str, scale: str, repeat: int) -> dict[str, Any]:
    """Every figure, as a store's desk and as the tables' owner."""
    with _store_role(url) as desk_url:
        as_desk = _measure(desk_url, scale, repeat)
    as_owner = _measure(url, scale, repeat)
    return {**as_desk, "notify_to_popup_ms": _notify(url),
            "as_owner": as_owner, "measured_as": "store role (row-level security)"}


def _measure(url: str, scale: str, repeat: int) -> dict[str, dict[str, float]]:
    rng = random.Random(7)
    sizes = SCALES[scale]
    store = 1 + rng.randrange(STORES)
    database = Database(url)
    try:
        with acting_as(DESK), working_for(store):
            return {
                "arrive_ms": _timed(repeat, lambda: reception.arrive(
                    database, PlateRead(plate=_arrival_plate(rng, sizes, store),
                                        confidence=0.97), now=SEEDED_AT)),
                "board_open_ms": _timed(max(20, repeat // 5), lambda: work_order_board.board(
                    database, now=SEEDED_AT)),
                "search_ms": _timed(repeat, lambda: customers.search_customers(
                    database, _search_text(rng, sizes, store))),
                "cashier_waiting_ms": _timed(max(20, repeat // 5), lambda: cashier.waiting(
                    database, store)),
            }
    finally:
        database.dispose()


def _arrival_plate(rng: random.Random, sizes: dict[str, int], store: int) -> str:
    """A plate of one of the store's customers' cars; one in five a car nobody knows."""
    if rng.random() < 0.2:
        return f"赣C{rng.randrange(100_000):05d}"
    return plate_of(_store_vehicle(rng, sizes, store))


def _store_vehicle(rng: random.Random, sizes: dict[str, int], store: int) -> int:
    while True:
        vehicle = 1 + rng.randrange(sizes["vehicles"])
        if store_of_customer(owner_of_vehicle(vehicle, sizes["customers"])) == store:
            return vehicle


def _search_text(rng: random.Random, sizes: dict[str, int], store: int) -> str:
    """What reception types: a mobile, its last four, a name, initials or a plate part."""
    vehicle = _store_vehicle(rng, sizes, store)
    customer = owner_of_vehicle(vehicle, sizes["customers"])
    kind = rng.randrange(5)
    if kind == 0:
        return mobile_of(customer)
    if kind == 1:
        return mobile_of(customer)[-4:]
    if kind == 2:
        return name_of(customer)[0]
    if kind == 3:
        return name_of(customer)[1]
    return plate_of(vehicle)[2:6]


#: Calls made before timing: a desk's connection is warm all day, and a new one is not
#: (psycopg prepares a statement at its 5th use, and PostgreSQL plans a prepared statement
#: afresh for its first 5 runs, ~2 ms each on the arrival's queries). Their times are
#: reported apart (`warmup_median`, `warmup_max`).
WARM_CALLS = 20


def _timed(repeat: int, call: Callable[[], object]) -> dict[str, float]:
    """Wall time per call (median, p95) of a warm connection and, beside it, this
    process's CPU time per call (`cpu_median`, `cpu_p95`): the client's share, which a
    loaded machine disturbs less."""
    warm = []
    for _ in range(WARM_CALLS):
        started = time.perf_counter()
        call()
        warm.append((time.perf_counter() - started) * 1000)
    times, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return {"median": round(median(times), 2), "p95": round(p95(times), 2), "n": repeat,
            "cpu_median": round(median(cpu), 2), "cpu_p95": round(p95(cpu), 2),
            "warmup_median": round(median(warm), 2), "warmup_max": round(max(warm), 2)}


def _notify(url: str) -> dict[str, float | None]:
    """The live desks' LISTEN/NOTIFY latency, when their bench is there."""
    try:
        from bench.notify_latency import measure
    except ImportError:
        print("notify_to_popup_ms: bench.notify_latency is not there (the live desks' "
              "bench); left null", flush=True)
        return {"median": None, "p95": None}
    times = measure(url, desks=5, events=50)
    return {"median": round(median(times), 2), "p95": round(p95(times), 2), "n": len(times)}


if __name__ == "__main__":
    raise SystemExit(main())
