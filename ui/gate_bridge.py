"""The bridge between the gate pipeline (plain threads and callbacks) and Qt signals.

Everything heavy happens off the UI thread: loading the OCR model, reading the camera,
recognition, writing the snapshot and shrinking the preview frame. The UI thread only
receives finished objects through queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.domain.reads import PlateRead
from app.services.snapshots import with_snapshot
from gate.assembly import GateCallbacks, GateConfig, build_gate_service
from gate.capture import CameraStatus

__all__ = ["GateBridge", "GateConfig", "preview_image", "to_qimage"]

log = logging.getLogger(__name__)
PREVIEW_WIDTH = 480


class GateBridge(QObject):
    """Runs a `GateService` and re-emits what it reports as Qt signals.

    `prepare()`, if given, runs on the start-up thread and returns the source to read
    (the demo writes its video there).

    `read(PlateRead, QImage|None, captured)` once per car, `captured` being the read's
    `captured_monotonic` (when the frame that completed it was captured; 0.0 when unknown),
    for latency figures; `status(state, reason)` on every camera
    change, `frame(QImage)` with a small preview of the newest recognised frame,
    `error(message)` for anything that went wrong in the pipeline.
    """

    read = Signal(object, object, float)
    status = Signal(str, str)
    frame = Signal(object)
    error = Signal(str)

    def __init__(self, config: GateConfig, prepare: Callable[[], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self._prepare = prepare
        self.service = None
        self._starter: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()

    def start(self) -> None:
        """Load the model and start the pipeline, both in a background thread."""
        self.status.emit("connecting", "")
        self._starter = threading.Thread(target=self._build_and_start, name="gate-start", daemon=True)
        self._starter.start()

    def _build_and_start(self) -> None:
        try:
            if self._prepare is not None:
                self.config = replace(self.config, source=self._prepare())
            service = self._build()
        except Exception as exc:  # the model or the source could not be set up
            log.exception("gate could not start")
            self.status.emit("offline", str(exc))
            self.error.emit(str(exc))
            return
        with self._lock:
            if self._stopping.is_set():
                return
            self.service = service
            service.start()

    def _build(self):
        return build_gate_service(self.config, GateCallbacks(
            self._on_read, self._on_status, on_error=lambda exc: self.error.emit(str(exc)),
            on_frame=self._on_frame))

    def stop(self) -> None:
        """Stop the pipeline and wait for every thread it started."""
        self._stopping.set()
        if self._starter is not None:
            self._starter.join(30)
        with self._lock:
            service, self.service = self.service, None
        if service is not None:
            service.stop()

    # --- called on the gate's threads ------------------------------------------------------
    def _on_read(self, read: PlateRead) -> None:
        if self.config.save_snapshots:
            read = with_snapshot(read)
        self.read.emit(read, to_qimage(read.crop) if read.crop is not None else None,
                       read.captured_monotonic or 0.0)

    def _on_status(self, status: CameraStatus) -> None:
        self.status.emit(str(status.state), status.reason)

    def _on_frame(self, frame, candidates) -> None:
        self.frame.emit(preview_image(frame.image, candidates))


def to_qimage(image: np.ndarray) -> QImage:
    """A BGR array as a QImage that owns its pixels."""
    rgb = cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def preview_image(image: np.ndarray, candidates) -> QImage:
    """The frame shrunk to the preview width, with the plates found outlined."""
    scale = PREVIEW_WIDTH / image.shape[1]
    small = cv2.resize(image, (PREVIEW_WIDTH, int(image.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    for candidate in candidates:
        quad = getattr(candidate, "quad", None)
        if quad is not None:
            points = (np.asarray(quad, np.float32) * scale).astype(np.int32)
            cv2.polylines(small, [points], True, (0, 200, 0), 2)
    return to_qimage(small)
