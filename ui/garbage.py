"""Python's garbage collection on the UI thread only.

The cyclic garbage collector runs on whichever thread happens to allocate when a threshold
is reached, and a Qt object freed by it on a worker thread can crash the desk. So automatic
collection is turned off and a timer on the UI thread collects instead (as Anki does).

A full collection walks every tracked object, and a desk with its pages, SQLAlchemy and the
gate's models holds some 400 000 of them: about 150 ms on the UI thread (`bench.gc_pause`),
as often as every two minutes while the gate runs (the timer collects the oldest generation
on every eleventh collection of the middle one). Once the desk is open, `settle` moves what
survived its start-up (modules, classes, pages, built once and kept) out of later
collections (`gc.freeze`), so a full collection walks only what was made since.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GarbageCollector(QObject):
    """Collects cyclic garbage on the UI thread once a second, when thresholds are reached."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation count passed its threshold."""
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = 2 if counts[2] > self._threshold[2] else 1 if counts[1] > self._threshold[1] else 0
            gc.collect(generation)

    def stop(self) -> None:
        """Give automatic collection back to Python."""
        self.timer.stop()
        gc.enable()


def settle() -> None:
    """Collect once, then keep everything still alive out of later collections: call it on
    the UI thread when the desk has been built (what start-up made is kept for the run)."""
    gc.collect()
    gc.freeze()
