"""The demo gate camera: a generated video in which demo customers and strangers arrive."""

from __future__ import annotations

import logging
from pathlib import Path

from gate.synthetic import CarPass, write_gate_video

log = logging.getLogger(__name__)
VIDEO_NAME = "demo-gate-v2.mp4"
#: The cars of the demo, in order: a greeted customer with care due (粤AD12345), a read
#: one confusion away from 陈先生's 粤B12345 (to confirm, never greeted), a customer with an
#: open complaint, a read that fits two customers (never guessed) and two strangers. The
#: plates are the demo store's showcase (app.demo.showcase); no two are alike, so the
#: tracker never takes one car for another.
DEMO_PLATES = ("粤AD12345", "粤B1234S", "粤A88B66", "粤A50123", "粤B7Q2K8", "湘A3M521")
#: Seconds between two cars.
SPACING = 5.0


def demo_passes() -> list[CarPass]:
    """The cars of the demo video, a few seconds apart."""
    plates = DEMO_PLATES
    lanes = (0.0, -0.25, 0.25)
    return [CarPass(plate, "green" if len(plate) == 8 else "blue", enter=1.0 + i * SPACING,
                    duration=3.0, lane=lanes[i % 3], angle=(-4.0, 0.0, 3.0)[i % 3])
            for i, plate in enumerate(plates)]


def ensure_demo_video(folder: Path) -> Path:
    """The demo video in `folder`, written on first use (a few seconds)."""
    path = folder / VIDEO_NAME
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part.mp4")
        log.info("writing the demo gate video to %s", path)
        write_gate_video(partial, demo_passes(), noise=0)
        partial.replace(path)
    return path
