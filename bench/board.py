"""Work-order board speed: milliseconds to open the board and to apply a filter.

    python -m bench.board [--orders 2000] [--runs 30] [--db URL] [--json PATH]

Builds a store with `orders` open work orders spread over the board's columns (plus a
closed history of the same size) in a temporary SQLite file, or in the empty database at
`--db`. "Open" is what the desk does when the board shows: the board query through the
services, filling the Qt model and painting the view offscreen. "Filter" is choosing an
advisor, a bay or "overdue only" and painting again. Target: p95 <= 100 ms each.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from app.db import Database
from app.domain.workflow import BOARD_COLUMNS, WorkOrderStatus
from app.models import (
    Bay,
    Customer,
    LineKind,
    Staff,
    StaffRole,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from app.services import work_order_board
from bench._common import machine, median, p95, print_figures, signed_in, write_json

TARGET_P95_MS = 100.0
OPEN_COLUMNS = BOARD_COLUMNS[:-1]


def build_store(db: Database, orders: int, seed: int = 7) -> None:
    """`orders` open work orders and as many delivered ones, with staff, bays, vehicles."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with db.session() as s:
        advisors = [Staff(name=f"顾问{i}", role=StaffRole.SERVICE_ADVISOR) for i in range(8)]
        bays = [Bay(name=f"{i}号工位", sort_order=i) for i in range(1, 13)]
        s.add_all(advisors + bays)
        s.flush()
        for index in range(orders * 2):
            customer = Customer(name=f"客户{index}")
            vehicle = Vehicle(plate=f"粤B{index:05d}", owner=customer)
            s.add_all([customer, vehicle])
            open_ = index < orders
            status = rng.choice(OPEN_COLUMNS) if open_ else WorkOrderStatus.DELIVERED
            opened = now - timedelta(minutes=rng.randint(10, 600) if open_ else
                                     rng.randint(2, 400) * 1440)
            order = WorkOrder(
                number=f"WO{index:09d}", vehicle_id=0, status=status, opened_at=opened,
                advisor_id=rng.choice(advisors).id, bay_id=rng.choice(bays).id,
                promised_at=opened + timedelta(minutes=rng.randint(60, 480)),
                last_progress_at=opened + timedelta(minutes=rng.randint(0, 60)),
                closed_at=None if open_ else opened + timedelta(hours=3),
                mileage_km=rng.randint(1000, 90000), fuel_level=50)
            order.lines.append(WorkOrderLine(kind=LineKind.LABOUR, description="常规保养",
                                             hours=Decimal(1), rate=Decimal(300),
                                             unit_price=Decimal(300)))
            s.flush()
            order.vehicle_id, order.customer_id = vehicle.id, customer.id
            s.add(order)
            if index % 500 == 499:
                s.flush()


def run(orders: int, runs: int, url: str | None = None) -> dict:
    """Build the store and time opening and filtering the board."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.service.board import BoardWidget
    from ui.service.board_model import BoardFilter
    from ui.tasks import TaskRunner

    folder = tempfile.TemporaryDirectory(prefix="bench-board-")
    url = url or f"sqlite:///{Path(folder.name) / 'board.sqlite3'}"
    db = Database(url)
    db.migrate()
    started = time.perf_counter()
    build_store(db, orders)
    build_s = time.perf_counter() - started
    app = QApplication.instance() or QApplication([])
    board = BoardWidget(db, TaskRunner())
    board.resize(1400, 860)
    board.show()
    app.processEvents()

    def open_board() -> None:
        cards = work_order_board.board(db)
        board.model.set_cards(cards, datetime.now(UTC))
        board.view.viewport().repaint()

    open_board()                                       # warm caches, as the desk does
    open_ms = []
    for _ in range(runs):
        start = time.perf_counter()
        open_board()
        open_ms.append((time.perf_counter() - start) * 1000)
    advisors = sorted({c.advisor_id for c in board.model._cards})
    bays = sorted({c.bay_id for c in board.model._cards})
    filters = [BoardFilter(advisor_id=a) for a in advisors] + \
        [BoardFilter(bay_id=b) for b in bays] + [BoardFilter(overdue_only=True), BoardFilter()]
    filter_ms = []
    for index in range(runs * 2):
        start = time.perf_counter()
        board.model.set_filter(filters[index % len(filters)])
        board.view.viewport().repaint()
        filter_ms.append((time.perf_counter() - start) * 1000)
    cards = len(board.model._cards)
    board.close()
    db.dispose()
    folder.cleanup()
    return {
        "open_ms": {"median": round(median(open_ms), 2), "p95": round(p95(open_ms), 2),
                    "max": round(max(open_ms), 2)},
        "filter_ms": {"median": round(median(filter_ms), 2), "p95": round(p95(filter_ms), 2),
                      "max": round(max(filter_ms), 2)},
        "open_orders": orders, "cards_on_board": cards, "runs": runs,
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "build_s": round(build_s, 1), "target_p95_ms": TARGET_P95_MS, "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=2000, help="open work orders")
    parser.add_argument("--runs", type=int, default=30, help="timed openings (filters: twice)")
    parser.add_argument("--db", metavar="URL", help="an empty database instead of SQLite")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    with signed_in():
        figures = run(max(1, args.orders), max(1, args.runs), args.db)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
