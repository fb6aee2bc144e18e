"""Lounge speed: milliseconds to refresh the lounge's TV screen and the bar's queue.

    python -m bench.lounge [--orders 2000] [--drinks 300] [--runs 30] [--db URL] [--json PATH]

Builds the board's store (`bench.board.build_store`: `orders` open work orders and a closed
history) and `drinks` refreshment orders of its customers today, a third in each state,
in a temporary SQLite file or the empty database at `--db`. "Screen" is one refresh of the
lounge screen: `lounge.lounge_cars`, filling its model and painting it offscreen; "queue"
is `refreshments.queue`. Target: p95 <= 100 ms each (both poll every few seconds).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app import acting
from app.db import Database
from app.domain.refreshments import OrderState
from app.models import RefreshmentOrder, Store, WorkOrder
from app.services import lounge, refreshments
from bench._common import machine, median, p95, print_figures, write_json
from bench.board import build_store

TARGET_P95_MS = 100.0
STATES = (OrderState.NEW, OrderState.PREPARING, OrderState.SERVED)


def add_drinks(db: Database, drinks: int) -> int:
    """A store and `drinks` orders today for customers of open work orders; its id."""
    now = datetime.now(UTC)
    with db.session() as s:
        store = Store(code="BENCH", name="基准门店")
        s.add(store)
        s.flush()
        customers = list(s.scalars(select(WorkOrder.customer_id)
                                   .where(WorkOrder.closed_at.is_(None)).limit(drinks)))
        for index, customer_id in enumerate(customers):
            at = now - timedelta(minutes=index % 25)
            s.add(RefreshmentOrder(store_id=store.id, customer_id=customer_id, seat=f"A{index}",
                                   state=STATES[index % 3], worth=Decimal(18),
                                   charged=Decimal(18), ordered_at=at, state_changed_at=at))
        return store.id


def _timed(runs: int, fn) -> list[float]:
    fn()                                               # warm caches, as the desk does
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def run(orders: int, drinks: int, runs: int, url: str | None = None) -> dict:
    """Build the store and time the screen's and the queue's refresh."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.lounge.lounge_screen import LoungeScreen
    from ui.tasks import TaskRunner

    folder = tempfile.TemporaryDirectory(prefix="bench-lounge-")
    url = url or f"sqlite:///{Path(folder.name) / 'lounge.sqlite3'}"
    db = Database(url)
    db.migrate()
    started = time.perf_counter()
    build_store(db, orders)
    store_id = add_drinks(db, drinks)
    build_s = time.perf_counter() - started
    app = QApplication.instance() or QApplication([])
    screen = LoungeScreen(db, TaskRunner(), store_id)
    screen.resize(1920, 1080)
    screen.show()
    app.processEvents()

    def refresh_screen() -> None:
        screen._show(lounge.lounge_cars(db, store_id))
        screen.view.viewport().repaint()

    with acting.acting_as(acting.Actor("bench", role="manager")):
        screen_ms = _timed(runs, refresh_screen)
        queue_ms = _timed(runs, lambda: refreshments.queue(db, store_id))
        cars = len(screen._cars)
    screen.close()
    db.dispose()
    folder.cleanup()
    return {
        "screen_ms": {"median": round(median(screen_ms), 2), "p95": round(p95(screen_ms), 2),
                      "max": round(max(screen_ms), 2)},
        "queue_ms": {"median": round(median(queue_ms), 2), "p95": round(p95(queue_ms), 2),
                     "max": round(max(queue_ms), 2)},
        "open_orders": orders, "cars_listed": cars, "drinks": drinks, "runs": runs,
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "build_s": round(build_s, 1), "target_p95_ms": TARGET_P95_MS, "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=2000, help="open work orders")
    parser.add_argument("--drinks", type=int, default=300, help="refreshment orders today")
    parser.add_argument("--runs", type=int, default=30, help="timed refreshes")
    parser.add_argument("--db", metavar="URL", help="an empty database instead of SQLite")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(max(1, args.orders), max(0, args.drinks), max(1, args.runs), args.db)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
