"""The gate pipeline: capture -> recognition -> tracker, in worker threads.

`GateService` owns two threads (never the caller's): one reads the camera and keeps only
the newest frame, the other reads plates in it at most `max_fps` times a second and feeds
the tracker. Reads, camera states and errors are delivered through callbacks, called from
the recognition or capture thread; an exception reaches `on_error` and the log, and the
pipeline keeps going.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

import numpy as np

from app.domain.reads import PlateRead
from gate.capture import CameraStatus, CaptureWorker, Frame, FrameSource, LatestFrame
from gate.tracker import Tracker

#: Frames read a second at most: the newest frame is read, the ones in between dropped.
MAX_FPS = 8.0
#: The costly whole-frame detector fallback runs on every this-many-th frame read.
FALLBACK_EVERY = 2

log = logging.getLogger(__name__)


def ignore(*_args) -> None:
    """A callback that does nothing."""


class GateService:
    """Runs one camera's pipeline in worker threads; `start()`, then `stop()`."""

    def __init__(self, source: FrameSource, recogniser, tracker: Tracker,
                 on_read: Callable[[PlateRead], None],
                 on_status: Callable[[CameraStatus], None] = ignore,
                 on_error: Callable[[BaseException], None] = ignore,
                 max_fps: float = MAX_FPS, lossless: bool = False,
                 frame_clock: Callable[[Frame], datetime] | None = None,
                 on_frame: Callable[[Frame, list], None] | None = None,
                 fallback_every: int = FALLBACK_EVERY) -> None:
        self.source = source
        self.recogniser = recogniser
        self.tracker = tracker
        self.on_read = on_read
        self.on_status = on_status
        self.on_error = on_error
        self.on_frame = on_frame
        self.max_fps = max_fps
        self.frame_clock = frame_clock
        self.fallback_every = max(1, fallback_every)
        self.slot = LatestFrame(lossless=lossless)
        self.processed = 0
        self.reads = 0
        self.finished = threading.Event()
        self._stop = threading.Event()
        self._capture = CaptureWorker(source, self.slot, self._status, self._stop)
        self._threads: list[threading.Thread] = []

    @property
    def dropped(self) -> int:
        """Frames the recogniser never saw because a newer one replaced them."""
        return self.slot.dropped

    def start(self) -> None:
        """Start the capture and recognition threads."""
        if self._threads:
            raise RuntimeError("GateService already started")
        self._threads = [
            threading.Thread(target=self._guard(self._capture.run), name=f"gate-capture-{self.source.name}", daemon=True),
            threading.Thread(target=self._guard(self._recognise_loop), name=f"gate-recognise-{self.source.name}", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask both threads to stop and wait for them."""
        self._stop.set()
        self.slot.close()
        for thread in self._threads:
            thread.join(timeout)
            if thread.is_alive():
                log.error("gate thread %s did not stop within %.0f s", thread.name, timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the pipeline finished by itself (end of a file); True when it has."""
        return self.finished.wait(timeout)

    def _guard(self, target: Callable[[], None]) -> Callable[[], None]:
        """Wrap a thread body so an exception reaches `on_error` and the log."""
        def run() -> None:
            try:
                target()
            except BaseException as exc:  # noqa: BLE001 - reported, then the thread ends
                self._error(exc)
                self.slot.close()
        return run

    def _error(self, exc: BaseException) -> None:
        """Log an exception with its traceback and hand it to `on_error`."""
        log.error("gate error: %s", exc, exc_info=exc)
        try:
            self.on_error(exc)
        except Exception:  # the error callback itself failed: the log is all that is left
            log.exception("gate on_error callback failed")

    def _status(self, status: CameraStatus) -> None:
        """Forward a camera state change, reporting a failing callback as an error."""
        try:
            self.on_status(status)
        except Exception as exc:
            self._error(exc)

    def _recognise_loop(self) -> None:
        """Take the newest frame, read plates, feed the tracker; at most `max_fps` a second."""
        period = 1.0 / self.max_fps if self.max_fps and self.max_fps > 0 else 0.0
        try:
            while not self._stop.is_set():
                frame = self.slot.take(timeout=0.5)
                if frame is None:
                    if self.slot.closed:
                        break
                    self._deliver(self.tracker.update([]))
                    continue
                started = time.monotonic()
                self._process(frame)
                if period and self._stop.wait(max(0.0, period - (time.monotonic() - started))):
                    break
            self._deliver(self.tracker.flush())
        finally:
            self.finished.set()

    def _process(self, frame: Frame) -> None:
        """Read one frame and hand the reads now due to `on_read`."""
        try:
            candidates = self._read(frame.image)
            now = self.frame_clock(frame) if self.frame_clock else None
            reads = self.tracker.update(candidates, frame.image, frame.captured, now=now)
            self.processed += 1
            if self.on_frame is not None:
                self.on_frame(frame, candidates)
        except Exception as exc:
            self._error(exc)
            return
        self._deliver(reads)

    def _read(self, image: np.ndarray) -> list:
        """Plate candidates in the frame, only inside the tracker's region of interest.

        The costly full-frame detector fallback runs on every `fallback_every`-th frame,
        and never its finer second pass: the car comes closer in the next frames.
        """
        fallback = self.processed % self.fallback_every == 0
        view, offset = self.tracker.region(image)
        found = self.recogniser.read(view, fallback=fallback, fine=False)
        if not offset.any():
            return found
        return [dataclasses.replace(c, quad=c.quad + offset) for c in found]

    def _deliver(self, reads: list[PlateRead]) -> None:
        """Call `on_read` for each read; a failing callback is reported, not fatal."""
        for read in reads:
            self.reads += 1
            try:
                self.on_read(read)
            except Exception as exc:
                self._error(exc)
