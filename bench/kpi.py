"""KPI speed at group scale: the store dashboard's opening and a group month report.

    python -m bench.kpi [--scale test|small|full] [--json PATH] [--url URL] [--runs N]

On PostgreSQL (`--url`, else DEALERDESK_BENCH_PG_URL, else a fresh database on the test
server of DEALERDESK_TEST_PG_URL). The group comes from the stores issue's
`bench.group_seed.seed_group(url, scale)` (30 stores; "full" = 5,000,000 work orders) when
that module is there; without it (before the lead merges the stores branch) this bench seeds
its own group with INSERT … SELECT generate_series: 3 divisions, 30 stores, and the scale's
work orders ("test" 30,000, "small" 500,000, "full" 5,000,000). On either, it tops the work
orders up with what the KPIs read (estimates sent and answered, lines, quotes, care items
and outcomes, surveys), then times:

- `dashboard_ms`: `kpi.dashboard` of one store for the month (today + every KPI) as the
  desk calls it, cycling the stores (each run a store not opened before): median and p95 in
  ms (target p95 ≤ 300 ms). The dashboard reads its closed days' day-by-day KPIs from the
  materialised daily figures (`app.services.kpi_daily`), so they are first counted as the
  nightly `main.py kpi-days` counts them (`kpi_daily.count_recent`: the last 31 closed
  days, `nightly_count_s`), then the dashboard is timed;
- `dashboard_live_ms`: the same dashboard with no daily figure (every KPI counted live, as
  before them), timed after `dashboard_ms` on the same stores;
- `group_month_report_s`: `kpi.month_report` of the whole group for a month, its p95 in s
  (target ≤ 2 s), with the median beside it, read from the daily figures (counted from
  the month's first day to yesterday first: `daily_count_s`);
  `group_month_report_live_s` is the same report counted live, before them;
  `daily_equals_live` and `dashboard_daily_equals_live` say that the figures read from the
  daily figures equal the live ones (the month report; the last store's dashboard).
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from app.acting import Actor, acting_as
from app.db import Database
from app.domain.kpi import month_period
from app.models import Base
from app.services import kpi, kpi_daily
from app.services.common import store_today
from bench._common import machine, median, p95, print_figures, write_json

WORK_ORDERS = {"test": 30_000, "small": 500_000, "full": 5_000_000}
STORES = 30
#: The month reported, and "now" for the dashboard (the seeds' history ends 5 Dec 2026).
MONTH = "2026-11"
NOW = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
_BASE = "TIMESTAMPTZ '2026-12-05 08:00:00+00'"


def _url(args) -> str:
    if args.url or os.environ.get("DEALERDESK_BENCH_PG_URL"):
        return args.url or os.environ["DEALERDESK_BENCH_PG_URL"]
    server = os.environ.get("DEALERDESK_TEST_PG_URL")
    if not server:
        raise SystemExit("bench.kpi needs --url, DEALERDESK_BENCH_PG_URL or DEALERDESK_TEST_PG_URL")
    name = f"kpi_bench_{args.scale}_{os.getpid()}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


def _drop(url: str) -> None:
    server = os.environ.get("DEALERDESK_TEST_PG_URL")
    name = url.rsplit("/", 1)[1]
    if server and name.startswith("kpi_bench_"):
        admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _insert(table: str, given: dict[str, str], source: str) -> str:
    """INSERT INTO table (…) SELECT … FROM source: `given` columns as SQL expressions, every
    other NOT NULL column from the model's scalar default (now() for a time)."""
    columns = dict(given)
    for column in Base.metadata.tables[table].columns:
        if column.primary_key or column.nullable or column.name in columns:
            continue
        default = column.default.arg if column.default is not None else None
        if callable(default):
            columns[column.name] = "now()"
        elif isinstance(default, bool):
            columns[column.name] = "true" if default else "false"
        elif isinstance(default, (int, float)) or type(default).__name__ == "Decimal":
            columns[column.name] = str(default)
        elif default is not None:
            columns[column.name] = "'" + str(getattr(default, "value", default)) + "'"
    names = ", ".join(columns)
    return f"INSERT INTO {table} ({names}) SELECT {', '.join(columns.values())} FROM {source}"


def seed_own(url: str, scale: str) -> None:
    """3 divisions, 30 stores, customers, vehicles and the scale's work orders."""
    n = WORK_ORDERS[scale]
    customers, vehicles = n // 5, n // 3
    db = Database(url)
    db.migrate()
    steps = [
        _insert("divisions", {"code": "'D' || d", "name": "'大区' || d"},
                "generate_series(1, 3) d"),
        _insert("stores", {"code": "'S' || lpad(s::text, 3, '0')", "name": "'门店' || s",
                           "division_id": "(s - 1) / 10 + 1"}, f"generate_series(1, {STORES}) s"),
        _insert("staff", {"name": "'顾问' || s", "role": "'sales_consultant'", "store_id":
                          f"(s - 1) % {STORES} + 1"}, f"generate_series(1, {STORES * 3}) s"),
        _insert("customers", {"name": "'客户' || i", "mobile": "'13' || lpad(i::text, 9, '0')",
                              "birthday": "CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '1980-01-01'"
                                          " + (i % 9000) END"},
                f"generate_series(1, {customers}) i"),
        _insert("vehicles", {"plate": "'粤A' || lpad(j::text, 7, '0')",
                             "owner_id": f"(j - 1) % {customers} + 1"},
                f"generate_series(1, {vehicles}) j"),
        _insert("work_orders", {
            "number": "'WO' || k", "store_id": f"((k - 1) % {vehicles}) % {STORES} + 1",
            "vehicle_id": f"(k - 1) % {vehicles} + 1",
            "customer_id": f"((k - 1) % {vehicles}) % {customers} + 1",
            "booking_id": "NULL",
            "status": "CASE WHEN k % 50 = 0 THEN 'in_repair' ELSE 'delivered' END",
            "opened_at": f"{_BASE} - (k % 1095) * INTERVAL '1 day' - (k % 9) * INTERVAL '1 hour'",
            "closed_at": f"CASE WHEN k % 50 = 0 THEN NULL ELSE {_BASE} - (k % 1095) * "
                         "INTERVAL '1 day' + INTERVAL '5 hours' END"},
                f"generate_series(1, {n}) k"),
    ]
    with db.engine.begin() as conn:
        for sql in steps:
            conn.execute(sa.text(sql))
    db.dispose()


def top_up(url: str) -> None:
    """What the KPIs read besides work orders, derived from the work orders already there."""
    wo = "work_orders w"
    steps = [
        _insert("work_order_status_changes", {
            "work_order_id": "w.id", "from_status": "'diagnosing'",
            "to_status": "'awaiting_approval'", "at": "w.opened_at + INTERVAL '1 hour'"},
                f"{wo} WHERE w.id % 3 = 0"),
        _insert("work_order_status_changes", {
            "work_order_id": "w.id", "from_status": "'awaiting_approval'",
            "to_status": "'in_repair'", "at": "w.opened_at + (w.id % 5 + 1) * INTERVAL '1 hour'"},
                f"{wo} WHERE w.id % 3 = 0"),
        _insert("work_order_lines", {
            "work_order_id": "w.id", "kind": "CASE WHEN w.id % 2 = 0 THEN 'part' ELSE "
                                            "'labour' END",
            "description": "'保养'", "unit_price": "380", "approval": "'approved'",
            "approved_at": "w.opened_at + CASE WHEN w.id % 40 = 0 THEN INTERVAL '8 hours' "
                           "ELSE INTERVAL '1 hour' END"}, wo),
        _insert("quotes", {"store_id": "w.store_id", "number": "'Q' || w.id",
                           "consultant_id": "(w.store_id - 1) * 3 + 1 + w.id % 3",
                           "status": "CASE WHEN w.id % 3 = 0 THEN 'accepted' ELSE 'given' END",
                           "created_at": "w.opened_at"}, f"{wo} WHERE w.id % 10 = 0"),
        _insert("care_items", {"store_id": "w.store_id", "kind": "'periodic_service'",
                               "customer_id": "w.customer_id", "vehicle_id": "w.vehicle_id",
                               "occurrence": "'o' || w.id", "dedupe_key": "'k' || w.id",
                               "due_date": "(w.opened_at + INTERVAL '180 days')::date",
                               "window_end": "(w.opened_at + INTERVAL '194 days')::date",
                               "side": "'service'", "status": "CASE WHEN w.id % 2 = 0 THEN "
                                                              "'booked' ELSE 'open' END"},
                f"{wo} WHERE w.id % 5 = 0 AND w.customer_id IS NOT NULL"),
        _insert("care_outcomes", {"item_id": "c.id", "outcome": "CASE WHEN c.id % 2 = 0 THEN "
                                                                "'booked' ELSE 'invited' END",
                                  "at": "c.due_date - 7 + TIME '10:00'"}, "care_items c"),
        _insert("surveys", {"source_key": "'wo:' || w.id", "store_id": "w.store_id",
                            "occasion": "'service'", "template_version": "1",
                            "customer_id": "w.customer_id", "work_order_id": "w.id",
                            "event_at": "w.closed_at", "due_at": "w.closed_at",
                            "status": "'answered'", "answered_at": "w.closed_at + "
                                                                   "INTERVAL '2 days'"},
                f"{wo} WHERE w.id % 20 = 0 AND w.closed_at IS NOT NULL "
                "AND w.customer_id IS NOT NULL"),
        _insert("survey_answers", {"survey_id": "s.id", "question": "'overall'",
                                   "score": "5 + s.id % 6", "scale_low": "0",
                                   "scale_high": "10"}, "surveys s"),
    ]
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for sql in steps:
            conn.execute(sa.text(sql))
    # The end of a bulk load, as autovacuum would do it a little later: statistics, and the
    # visibility map the dashboard's index-only scans need (a live database keeps it set).
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("VACUUM (ANALYZE)"))
    engine.dispose()


def seed(url: str, scale: str) -> str:
    """Seed the group (the stores issue's seed when present, else this bench's own) and top
    it up; returns which seed it used."""
    try:
        from bench.group_seed import seed_group  # the stores issue's bench (merged by the lead)
    except ImportError:
        seed_own(url, scale)
        used = "bench.kpi own seed (bench.group_seed not on this branch)"
    else:
        seed_group(url, scale if scale != "test" else "tiny")
        used = "bench.group_seed"
    top_up(url)
    return used


def measure(url: str, runs: int) -> dict:
    """Time the store dashboard and the group month report."""
    db = Database(url)
    with db.session() as session:
        stores = [row[0] for row in session.execute(sa.text("SELECT id FROM stores ORDER BY id"))]
        counts = {t: session.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in ("work_orders", "work_order_lines", "quotes", "care_items", "surveys")}
    with acting_as(Actor(name="bench", role="manager", desk="bench")):
        _forget_daily(db)                    # a database measured before: nothing counted
        started = time.perf_counter()
        kpi_daily.count_recent(db, now=NOW)  # what the nightly `main.py kpi-days` counts
        nightly_s = time.perf_counter() - started
        kpi.dashboard(db, "store", stores[0], "month", now=NOW)       # warm-up
        dashboard, board = _dashboards(db, stores, runs)
        _forget_daily(db)
        live_dashboard, live_board = _dashboards(db, stores, runs)
        live, report = _group_month(db, max(3, runs // 10))
        period = month_period(MONTH)
        started = time.perf_counter()
        kpi_daily.count_days(db, period.first, store_today(NOW) - timedelta(days=1), now=NOW)
        counted_s = time.perf_counter() - started
        group, stored = _group_month(db, max(3, runs // 10))
    db.dispose()
    return {"rows": counts, "stores": len(stores),
            "dashboard_ms": _ms(dashboard), "dashboard_live_ms": _ms(live_dashboard),
            "dashboard_reads": "daily figures counted by the nightly job + today live",
            "nightly_count_s": round(nightly_s, 2),
            "group_month_report_s": round(p95(group), 3),
            "group_month_report_median_s": round(median(group), 3),
            "group_month_report_live_s": round(p95(live), 3),
            "group_month_report_live_median_s": round(median(live), 3),
            "daily_count_s": round(counted_s, 2),
            "daily_equals_live": stored.as_json() == report.as_json(),
            "dashboard_daily_equals_live": board == live_board,
            "group_work_orders_in_month": report.figure("booking_share").denominator}


def _dashboards(db: Database, stores: list[int], runs: int):
    """`runs` timings (ms) of a store's month dashboard, cycling the stores, and the last
    dashboard."""
    timings = []
    for i in range(runs):
        started = time.perf_counter()
        board = kpi.dashboard(db, "store", stores[i % len(stores)], "month", now=NOW)
        timings.append((time.perf_counter() - started) * 1000)
    return timings, board


def _ms(timings: list[float]) -> dict:
    return {"median": round(median(timings), 1), "p95": round(p95(timings), 1),
            "runs": len(timings)}


def _forget_daily(db: Database) -> None:
    """Empty the daily figures so the live report is live (only in a database this bench
    made: `kpi_bench_…`)."""
    if not str(db.engine.url.database).startswith("kpi_bench_"):
        raise SystemExit("bench.kpi measures only its own kpi_bench_… databases")
    with db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM kpi_daily_figures"))
        conn.execute(sa.text("DELETE FROM kpi_daily_runs"))


def _group_month(db: Database, runs: int):
    """`runs` timings (s) of the group's month report, and the last report."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        report = kpi.month_report(db, MONTH, "group")
        timings.append(time.perf_counter() - started)
    return timings, report


def main(argv: list[str] | None = None) -> int:
    """Seed, measure, print and write the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=tuple(WORK_ORDERS), default="small")
    parser.add_argument("--url", help="an empty PostgreSQL database to seed")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--json", metavar="PATH")
    parser.add_argument("--keep", action="store_true", help="keep the database it created")
    parser.add_argument("--no-seed", action="store_true",
                        help="measure the database of --url as it is (seeded before)")
    args = parser.parse_args(argv)
    url = _url(args)
    try:
        started = time.perf_counter()
        used = "seeded before (--no-seed)" if args.no_seed else seed(url, args.scale)
        seeded_s = round(time.perf_counter() - started, 1)
        figures = {"scale": args.scale, "seed": used, "seed_s": seeded_s, "month": MONTH,
                   **measure(url, args.runs), "machine": machine()}
    finally:
        if not args.keep and not (args.url or os.environ.get("DEALERDESK_BENCH_PG_URL")):
            _drop(url)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
