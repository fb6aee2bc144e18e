"""Python's garbage collection on the UI thread only.

The cyclic garbage collector runs on whichever thread happens to allocate when a threshold
is reached, and a Qt object freed by it on a worker thread can crash the desk. So automatic
collection is turned off and a timer on the UI thread collects instead (as Anki does).
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
