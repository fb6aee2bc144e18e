"""Every desk live: from an arrival's commit to another desk's pop-up, through LISTEN/NOTIFY.

`desks` reception desks listen on one PostgreSQL database, each in its own process as each
desk is its own PC: its own engine, task runner, `ui.desk_events.LiveEvents` listener and
`ReceptionController` (its timer poll off, so only the notification can bring the pop-up),
offscreen. This process, like a gate PC, records `events` arrivals one after another with
`reception.arrive`; for each one and each desk the figure is the time from the commit
(`arrive` returned) to the controller's `popup_shown` (the pop-up handler).

    python -m bench.notify_latency [--desks 5] [--events 50] [--url URL] [--json PATH]

The database is `--url`, else a new one on the server of DEALERDESK_BENCH_PG_URL or
DEALERDESK_TEST_PG_URL (dropped afterwards), else on a private server started for the run.
`bench.group` calls `measure(url)` on its own database.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from bench._common import machine, median, p95, print_figures, write_json

#: Arrivals recorded first and not counted (connections and caches warm up).
WARM_UP = 3
#: The longest wait for every desk to show one arrival (seconds): a missed one counts as lost.
EVENT_TIMEOUT_S = 10.0
#: The longest wait for the desks to start and listen (seconds).
READY_TIMEOUT_S = 120.0
#: Pause between two arrivals (seconds): cars come one after another, not in one burst.
GAP_S = 0.05


def _arrive(db, plate: str) -> None:
    from app.domain.reads import PlateRead
    from app.services import reception

    reception.arrive(db, PlateRead(plate=plate, confidence=0.9, camera="bench"))


def measure(url: str, desks: int = 5, events: int = 50, *,
            record: Callable[[object, str], None] = _arrive) -> list[float]:
    """Milliseconds from each arrival's commit to each desk's pop-up handler (see
    `measure_split`, of which this is the first list)."""
    return measure_split(url, desks, events, record=record)[0]


def measure_split(url: str, desks: int = 5, events: int = 50, *,
                  record: Callable[[object, str], None] = _arrive
                  ) -> tuple[list[float], list[float]]:
    """Milliseconds from each arrival's commit to each desk's pop-up handler (`desks` ×
    `events` figures; an arrival a desk did not show within EVENT_TIMEOUT_S is left out, so
    fewer figures than that mean lost pop-ups), and from the commit to the event reaching
    each desk's UI thread (the LISTEN/NOTIFY part of the path).

    Each desk is its own process, as each desk is its own PC (`python -m
    bench.notify_latency --desk URL`); they report `time.monotonic()`, which is one clock for
    every process of the machine. `url` is a PostgreSQL database (migrated here if not at
    head). `record(db, plate)` writes one arrival and commits: `reception.arrive` by default;
    a store-scoped caller passes its own. It runs as a headless manager.
    """
    from app import acting
    from app.db import Database

    db = Database(url)
    db.migrate()
    children = [_DeskProcess(url) for _ in range(desks)]
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not all(child.ready.is_set() for child in children):
            if time.monotonic() > deadline or any(c.process.poll() is not None for c in children):
                raise RuntimeError("the desks did not start listening: "
                                   + " | ".join(c.errors() for c in children))
            time.sleep(0.05)
        plates = [f"粤B{n:05d}" for n in _plate_numbers(WARM_UP + events)]
        commits: dict[str, float] = {}
        with acting.acting_as(acting.Actor(name="bench", role="manager", desk="bench")):
            for plate in plates:
                record(db, plate)
                commits[plate] = time.monotonic()
                deadline = commits[plate] + EVENT_TIMEOUT_S
                while time.monotonic() < deadline and not all(plate in c.shown for c in children):
                    time.sleep(0.002)
                time.sleep(GAP_S)
    finally:
        for child in children:
            child.close()
        db.dispose()
    counted = [(child, p) for child in children for p in plates[WARM_UP:] if p in child.shown]
    return ([(child.shown[p] - commits[p]) * 1000 for child, p in counted],
            [(child.heard[child.visit_of[p]] - commits[p]) * 1000 for child, p in counted
             if child.visit_of.get(p) in child.heard])


def _plate_numbers(count: int) -> list[int]:
    """Distinct five-digit numbers, different on each run (a reused database)."""
    start = uuid.uuid4().int % 90_000
    return [10_000 + (start + i) % 90_000 for i in range(count)]


class _DeskProcess:
    """A desk in its own process; `shown[plate]` is when its pop-up handler ran."""

    def __init__(self, url: str) -> None:
        root = Path(__file__).resolve().parents[1]
        env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen",
               "DEALERDESK_DATA": tempfile.mkdtemp(prefix="dd-desk-")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.notify_latency", "--desk", url], cwd=root, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            encoding="utf-8")
        self.ready = threading.Event()
        self.shown: dict[str, float] = {}
        self.visit_of: dict[str, int] = {}
        self.heard: dict[int, float] = {}
        self._errors: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self._errors.extend(self.process.stderr),
                         daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            if line.strip() == "ready":
                self.ready.set()
            elif line.startswith("event\t"):
                _event, visit_id, at = line.rstrip("\n").split("\t")
                self.heard.setdefault(int(visit_id), float(at))
            elif "\t" in line:
                plate, visit_id, at = line.rstrip("\n").split("\t")
                self.shown.setdefault(plate, float(at))
                self.visit_of[plate] = int(visit_id)

    def errors(self) -> str:
        """The desk's last lines on stderr."""
        return "".join(self._errors[-5:]).strip()

    def close(self) -> None:
        """End the desk (its stdin closes) and wait for it."""
        try:
            self.process.stdin.close()
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def run_desk(url: str) -> int:
    """One listening reception desk (the `--desk` mode): its own engine, task runner,
    `LiveEvents` listener and `ReceptionController` with the timer poll off; prints `ready`,
    then `event<TAB>visit id<TAB>monotonic seconds` when an arrival's event reaches the UI
    thread and `plate<TAB>visit id<TAB>monotonic seconds` from its pop-up handler; ends when
    stdin closes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app import acting
    from app.db import Database
    from ui.desk_events import LiveEvents
    from ui.reception.controller import ReceptionController
    from ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    acting.set_actor(acting.Actor(name="bench", role="reception", desk="bench"))
    db = Database(url)
    runner = TaskRunner()
    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False)
    events = LiveEvents(url, None)
    events.follow({"arrival"}, controller.arrival_event, controller.poll_timer)

    def shown(popup) -> None:
        print(f"{popup.card.plate}\t{popup.card.visit_id}\t{time.monotonic()!r}", flush=True)
        QTimer.singleShot(0, popup.dismiss)       # after the handler, as a person would

    controller.popup_shown.connect(shown)
    events.event.connect(lambda event: print(f"event\t{event.row_id}\t{time.monotonic()!r}",
                                             flush=True) if event.kind == "arrival" else None)
    ready = QTimer(interval=20)
    ready.timeout.connect(lambda: (ready.stop(), print("ready", flush=True))
                          if events.listener.live and controller._last_visit_id is not None
                          else None)
    ready.start()
    threading.Thread(target=lambda: (sys.stdin.read(), QTimer.singleShot(0, app.quit)),
                     daemon=True).start()
    events.start()
    app.exec()
    events.stop()
    runner.drain()
    controller.stop()
    db.dispose()
    return 0


@contextmanager
def _database(url: str | None):
    """`url`, or a new database on the bench/test server or a private one, dropped after."""
    if url:
        yield url
        return
    server = os.environ.get("DEALERDESK_BENCH_PG_URL") or os.environ.get("DEALERDESK_TEST_PG_URL")
    if server:
        yield from _scratch(server)
        return
    from tests.pg_server import PostgresServer

    folder = Path(tempfile.mkdtemp(prefix="dealerdesk-pg-"))
    pg = PostgresServer(folder)
    pg.start()
    try:
        yield from _scratch(pg.url())
    finally:
        pg.stop()


def _scratch(server: str):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"bench_notify_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    """Measure and print median and p95 (and write them with --json)."""
    parser = argparse.ArgumentParser(prog="python -m bench.notify_latency",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=5)
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--url", help="a PostgreSQL database (default: a scratch one)")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--desk", metavar="URL", help=argparse.SUPPRESS)   # one desk process
    args = parser.parse_args(argv)
    if args.desk:
        return run_desk(args.desk)
    with _database(args.url) as url:
        latencies, heard = measure_split(url, args.desks, args.events)
    expected = args.desks * args.events
    figures = {
        "notify_to_popup_ms": {"median": round(median(latencies), 1),
                               "p95": round(p95(latencies), 1),
                               "max": round(max(latencies, default=0.0), 1),
                               "target_p95": 300},
        "commit_to_event_ms": {"median": round(median(heard), 1), "p95": round(p95(heard), 1)},
        "desks": args.desks, "events": args.events,
        "popups": {"expected": expected, "shown": len(latencies)},
        "machine": machine(),
    }
    print_figures(figures)
    write_json(args.json, figures)
    return 0 if len(latencies) == expected else 1


if __name__ == "__main__":
    sys.exit(main())
