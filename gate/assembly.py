"""The gate assembled once: `GateConfig` (every default declared here or in the stage that
owns it), `GateCallbacks`, `parse_roi` and `build_gate_service(config, callbacks)`.

Both hosts use it: the headless `gate.cli` (and `main.py gate`) and the desk's
`ui.gate_bridge`. What a host does with each read is its `on_read` callback, a plain
function of the `PlateRead` (which carries its frame, crop and capture time), so a host
can wrap it (record, queue, forward) without knowing how the pipeline is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.reads import PlateRead
from gate.capture import CameraStatus, Frame, OpenCvSource
from gate.service import MAX_FPS, GateService, ignore
from gate.tracker import Tracker, TrackerSettings


@dataclass(frozen=True)
class GateConfig:
    """One camera's pipeline: where frames come from and how they are read.

    The tracker's defaults are `TrackerSettings`' own; `save_snapshots` tells a host that
    records arrivals whether to write each read's snapshot (the pipeline never writes files).
    """

    source: str
    backend: str = "onnx"
    model_dir: str | None = None
    cooldown_s: float = TrackerSettings.cooldown
    roi: tuple[int, int, int, int] | None = None
    min_plate_width: int = TrackerSettings.min_plate_width
    max_fps: float = MAX_FPS
    loop: bool = False
    save_snapshots: bool = True

    def tracker_settings(self) -> TrackerSettings:
        """The tracker's settings for this camera."""
        return TrackerSettings(cooldown=self.cooldown_s, min_plate_width=self.min_plate_width, roi=self.roi)


@dataclass(frozen=True)
class GateCallbacks:
    """What the pipeline reports, called on its own threads.

    `on_read(read)` once per car: `read.frame` and `read.crop` are the frame and plate it
    was read from, `read.captured_monotonic` when that frame was captured. `on_status`
    on every camera change, `on_error` for anything that went wrong (the pipeline goes on),
    `on_frame(frame, candidates)` after every recognised frame, when given.
    """

    on_read: Callable[[PlateRead], None]
    on_status: Callable[[CameraStatus], None] = ignore
    on_error: Callable[[BaseException], None] = ignore
    on_frame: Callable[[Frame, list], None] | None = None


def parse_roi(text: str | None) -> tuple[int, int, int, int] | None:
    """'x,y,w,h' in pixels as a tuple; None for empty text; ValueError (with the reason in
    English) when the text is not four integers with a non-negative corner and a positive size."""
    if not text or not text.strip():
        return None
    try:
        x, y, w, h = (int(v) for v in text.split(","))
    except ValueError:
        raise ValueError(f"the region of interest is x,y,w,h in pixels, got {text!r}") from None
    if min(x, y) < 0 or min(w, h) <= 0:
        raise ValueError(f"the region of interest must be a non-empty region, got {text!r}")
    return x, y, w, h


def build_gate_service(config: GateConfig, callbacks: GateCallbacks) -> GateService:
    """The `GateService` of `config` (OCR models loaded, source not opened, not started)."""
    from gate.ocr import load_engine
    from gate.recognise import PlateReader

    reader = PlateReader(load_engine(config.backend, config.model_dir), min_width=config.min_plate_width)
    source = OpenCvSource(config.source, loop=config.loop)
    return GateService(source, reader, Tracker(config.tracker_settings(), camera=source.name),
                       callbacks.on_read, callbacks.on_status, callbacks.on_error,
                       max_fps=config.max_fps, on_frame=callbacks.on_frame)
