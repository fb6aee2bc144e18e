"""Frame sources: video files, RTSP / HTTP (MJPEG) streams and USB cameras through OpenCV.

A `FrameSource` is opened, read and closed by one capture thread (`CaptureWorker`). The
worker reports the camera's state (online / reconnecting / offline, with the reason),
reconnects with a growing back-off without restarting anything, and hands on only the
newest frame through a one-slot `LatestFrame` (older frames are dropped and counted).
A frozen stream is noticed within `READ_TIMEOUT_MS` (OpenCV's read timeout).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from app.domain.redact import redact

log = logging.getLogger(__name__)

OPEN_TIMEOUT_MS = 3000
READ_TIMEOUT_MS = 3000


class CameraState(StrEnum):
    """What the capture side currently knows about its camera."""

    CONNECTING = "connecting"
    ONLINE = "online"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"      # given up or stopped; `reason` says why
    ENDED = "ended"          # a video file played to its end


@dataclass(frozen=True, slots=True)
class CameraStatus:
    """A state change of one camera, with a human-readable reason."""

    state: CameraState
    reason: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Frame:
    """One captured frame: BGR pixels, its index and the monotonic time it was read."""

    image: np.ndarray
    index: int
    captured: float


class SourceEnded(Exception):
    """A finite source (a video file not looping) has no more frames."""


class FrameSource(Protocol):
    """Something frames can be read from, one thread at a time."""

    name: str

    def open(self) -> None:
        """Open the source; raise OSError (with the reason) when it cannot be opened."""
        ...

    def read(self) -> np.ndarray:
        """The next frame; raise OSError when the stream failed, SourceEnded at its end."""
        ...

    def close(self) -> None:
        """Release the source (idempotent)."""
        ...

    @property
    def live(self) -> bool:
        """True for cameras and streams (reconnect on failure), False for files."""
        ...


def parse_source(text: str | int) -> str | int:
    """A `--source` value as OpenCV wants it: an int for a USB index, else the string."""
    if isinstance(text, int):
        return text
    return int(text) if text.strip().isdigit() else text.strip()


class OpenCvSource:
    """A video file, an RTSP/HTTP URL or a USB camera index read through `cv2.VideoCapture`.

    Video files are paced to their own frame rate (so they behave like a camera) and may
    loop; RTSP goes over TCP; every network open and read gives up after 3 s.
    """

    def __init__(self, source: str | int, loop: bool = False, realtime: bool = True) -> None:
        self.source = parse_source(source)
        self.name = redact(self.source)   # logged, shown and stored: no credentials
        self.loop = loop
        self.realtime = realtime
        self._cap: cv2.VideoCapture | None = None
        self._frame_period = 0.0
        self._next_due = 0.0

    @property
    def live(self) -> bool:
        """True unless the source is a local video file."""
        return not self.is_file

    @property
    def is_file(self) -> bool:
        """True when the source is a file path (not a URL or a camera index)."""
        return isinstance(self.source, str) and "://" not in self.source

    def open(self) -> None:
        """Open the capture with timeouts; raise OSError when it does not open."""
        self.close()
        if isinstance(self.source, int):
            cap = cv2.VideoCapture(self.source)
        else:
            if self.is_file and not Path(self.source).is_file():
                raise OSError(f"no such file: {self.source}")
            if self.source.startswith("rtsp"):
                import os

                os.environ.setdefault("OPENCV_FFMPEG_CAPTURE_OPTIONS", "rtsp_transport;tcp")
            params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, OPEN_TIMEOUT_MS, cv2.CAP_PROP_READ_TIMEOUT_MSEC, READ_TIMEOUT_MS]
            cap = cv2.VideoCapture(self.source, cv2.CAP_FFMPEG, params)
        if not cap.isOpened():
            cap.release()
            raise OSError(f"cannot open {self.name}")
        self._cap = cap
        fps = cap.get(cv2.CAP_PROP_FPS) if self.is_file else 0.0
        self._frame_period = 1.0 / fps if self.realtime and 1.0 <= fps <= 240 else 0.0
        self._next_due = time.monotonic()

    def read(self) -> np.ndarray:
        """The next frame (paced for files); OSError on failure, SourceEnded at a file's end."""
        if self._cap is None:
            raise OSError(f"{self.name} is not open")
        ok, image = self._cap.read()
        if not ok and self.is_file and self.loop:
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, image = self._cap.read()
        if not ok:
            if self.is_file:
                raise SourceEnded(self.name)
            raise OSError(f"no frame from {self.name} (stream dropped or frozen)")
        self._pace()
        return image

    def _pace(self) -> None:
        """Wait until the file's next frame is due (its native frame rate)."""
        if not self._frame_period:
            return
        self._next_due += self._frame_period
        delay = self._next_due - time.monotonic()
        if delay > 0:
            time.sleep(delay)  # pacing a file like a live camera, not waiting for work
        elif delay < -1.0:
            self._next_due = time.monotonic()

    def close(self) -> None:
        """Release the capture."""
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class LatestFrame:
    """A one-slot hand-off: a new frame replaces an unread one, which is counted as dropped.

    With `lossless=True` (offline processing of a file, tests) `put` instead waits until
    the previous frame was taken, so every frame is processed.
    """

    def __init__(self, lossless: bool = False) -> None:
        self.lossless = lossless
        self._cond = threading.Condition()
        self._frame: Frame | None = None
        self._closed = False
        self.dropped = 0
        self.delivered = 0

    def put(self, frame: Frame) -> None:
        """Offer the newest frame, dropping the one not yet taken."""
        with self._cond:
            if self.lossless:
                self._cond.wait_for(lambda: self._frame is None or self._closed)
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._cond.notify_all()

    def close(self) -> None:
        """No more frames will come; wake up every waiting reader."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def take(self, timeout: float | None = None) -> Frame | None:
        """The newest frame, waiting up to `timeout`; None on timeout or once closed and empty."""
        with self._cond:
            self._cond.wait_for(lambda: self._frame is not None or self._closed, timeout)
            frame, self._frame = self._frame, None
            if frame is not None:
                self.delivered += 1
                self._cond.notify_all()
            return frame

    @property
    def closed(self) -> bool:
        """True once the producer has finished."""
        return self._closed


class CaptureWorker:
    """Reads a source in a loop, reconnecting with back-off, and publishes the newest frame."""

    def __init__(self, source: FrameSource, slot: LatestFrame, on_status: Callable[[CameraStatus], None],
                 stop: threading.Event, backoff: tuple[float, float] = (0.5, 10.0),
                 max_failures: int | None = None) -> None:
        self.source = source
        self.slot = slot
        self.on_status = on_status
        self.stop = stop
        self.backoff = backoff
        self.max_failures = max_failures
        self.frames = 0
        self.state = CameraState.CONNECTING

    def _report(self, state: CameraState, reason: str = "") -> None:
        """Publish a state change (repeated states are not re-published)."""
        if state == self.state and state != CameraState.RECONNECTING:
            return
        self.state = state
        log.info("camera %s: %s %s", redact(self.source.name), state, redact(reason))
        self.on_status(CameraStatus(state, reason, self.source.name))

    def run(self) -> None:
        """The capture loop; returns when stopped, at a file's end or after giving up."""
        delay, failures = self.backoff[0], 0
        self.on_status(CameraStatus(CameraState.CONNECTING, "", self.source.name))
        try:
            while not self.stop.is_set():
                before = self.frames
                try:
                    self._connect_and_read()
                    break
                except SourceEnded:
                    self._report(CameraState.ENDED, "end of file")
                    return
                except OSError as exc:
                    if self.frames > before:
                        delay, failures = self.backoff[0], 0
                    failures += 1
                    if not self.source.live or (self.max_failures and failures >= self.max_failures):
                        self._report(CameraState.OFFLINE, str(exc))
                        return
                    self._report(CameraState.RECONNECTING, f"{exc}; retrying in {delay:.1f} s")
                    self.source.close()
                    if self.stop.wait(delay):
                        break
                    delay = min(delay * 2, self.backoff[1])
            self._report(CameraState.OFFLINE, "stopped")
        finally:
            self.source.close()
            self.slot.close()

    def _connect_and_read(self) -> None:
        """Open the source and read frames until stopped or until it fails."""
        self.source.open()
        while not self.stop.is_set():
            image = self.source.read()
            if self.state != CameraState.ONLINE:
                self._report(CameraState.ONLINE, "")
            self.slot.put(Frame(image, self.frames, time.monotonic()))
            self.frames += 1
