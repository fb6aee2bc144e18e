"""Full garbage collections on the UI thread of an open desk, before and after `settle`.

The desk collects cyclic garbage on the UI thread (`ui.garbage.GarbageCollector`); a full
collection walks every tracked object. This builds what an open desk holds (every page of
the main window on a SQLite store, and the gate's reader with its models), times `--runs`
full collections, calls `ui.garbage.settle` as the desk does once it is open, refreshes
every page three times (what the desk makes afterwards) and times them again in the same
process. Prints median and p95 of each and their ratio.

    python -m bench.gc_pause [--runs 15] [--json PATH]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

from bench._common import machine, median, p95, print_figures, write_json


def _timed(runs: int) -> list[float]:
    """Milliseconds of `runs` full collections."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        gc.collect()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _work(window, runner) -> None:
    """What a desk does after it opened: every page refreshed from the database, three times
    (whatever of it survives is what later collections walk; `tracked_after_work` counts it)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        for page in window.pages.values():
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        runner.drain()
        QApplication.processEvents()


def run(runs: int, folder: Path) -> dict:
    """Build the desk and the gate reader, then time collections before and after settling."""
    os.environ["DEALERDESK_DATA"] = str(folder / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.db import Database
    from app.settings import Settings
    from gate.ocr import load_engine
    from gate.recognise import PlateReader
    from ui.desk import build_window, make_application
    from ui.garbage import GarbageCollector, settle
    from ui.i18n import LanguageSwitcher
    from ui.tasks import TaskRunner

    app = make_application()
    collector = GarbageCollector(app)
    switcher = LanguageSwitcher(app)
    switcher.apply("zh_CN")
    db = Database(f"sqlite:///{folder / 'store.sqlite3'}")
    db.migrate()
    runner = TaskRunner(app)
    window = build_window(Settings(), db, switcher, runner)
    window.show()
    reader = PlateReader(load_engine("onnx"))
    runner.drain()
    QApplication.processEvents()
    objects = len(gc.get_objects())
    before = _timed(runs)
    settle()
    _work(window, runner)
    after = _timed(runs)
    figures = {
        "tracked_objects": objects,
        "tracked_after_work": len(gc.get_objects()),
        "before_settle_ms": {"median": round(median(before), 1), "p95": round(p95(before), 1)},
        "after_settle_ms": {"median": round(median(after), 2), "p95": round(p95(after), 2)},
        "ratio_median": round(median(after) / max(median(before), 1e-6), 4),
        "frozen_objects": gc.get_freeze_count(),
        "machine": machine(),
    }
    window.close()
    collector.stop()
    del reader
    db.dispose()
    return figures


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and write them with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        figures = run(args.runs, Path(tmp))
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
