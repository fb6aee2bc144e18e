"""One store's nightly care at group scale, on an existing group database (`bench.group`'s).

    python -m bench.care_group --db URL [--store 1] [--runs 5] [--json PATH]

Times, `runs` times each, what the nightly run does for one store of a group of millions:
recomputing the tiers of the customers the store serves (`recompute_tiers`: it writes only
the tiers and RFM figures that change) and reading and deciding the care items due (the
run's batches of facts and rules, in a transaction rolled back: no item is written).
Prints the median and p95 seconds, the customers walked and the peak memory of the process:
the run reads the store's customers in bounded batches, never the group's at once.
"""

from __future__ import annotations

import argparse
import resource
import time

from app.acting import Actor, acting_as
from app.db import Database
from app.services import care_run
from app.services.care_settings import rules_in
from app.services.common import store_today
from bench._common import machine, median, p95, print_figures, write_json


def _decide(db: Database, store_id: int) -> tuple[int, int]:
    """Read and decide the store's due items, batch by batch, writing nothing: (customers,
    items due)."""
    today = store_today(None)
    customers = due = 0
    with db.session() as s:
        rules = rules_in(s, store_id)
        for batch in care_run._customer_batches(s, store_id):
            vehicles, owners = care_run._facts(s, today, customer_ids=batch)
            due += len(care_run._dues(today, vehicles, owners, rules))
            customers += len(owners)
        s.rollback()
    return customers, due


def run(url: str, store_id: int, runs: int) -> dict:
    """Time the tiers and the decisions `runs` times each."""
    db = Database(url)
    tiers, decide, changed = [], [], 0
    customers = due = 0
    with acting_as(Actor(name="bench", role="manager", desk="bench")):
        for _ in range(runs):
            started = time.perf_counter()
            changed = care_run.recompute_tiers(db, store_id)
            tiers.append(time.perf_counter() - started)
            started = time.perf_counter()
            customers, due = _decide(db, store_id)
            decide.append(time.perf_counter() - started)
    db.dispose()
    return {
        "tiers_s": {"median": round(median(tiers), 2), "p95": round(p95(tiers), 2)},
        "decide_s": {"median": round(median(decide), 2), "p95": round(p95(decide), 2)},
        "tiers_changed_last_run": changed, "customers": customers, "items_due": due,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "store": store_id, "runs": runs, "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL", required=True, help="a seeded group database")
    parser.add_argument("--store", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(args.db, args.store, max(1, args.runs))
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
