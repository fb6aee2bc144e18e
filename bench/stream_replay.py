"""The development stream replayed many times over one reading of its frames: how often
the gate misses a car, sends it to a person, or greets it wrongly.

    python -m bench.stream_replay [--from-zoom Z] [--runs N] [--max-fps F] [--cars N]
                                  [--data DIR] [--json PATH]

`bench.gate_stream` plays the stream once, live. Which frames a loaded gate gets to read
changes from run to run, so one run says little about a wrong greeting that comes one run
in five. Here every frame of the same stream (the development photos, zoomed in from
`--from-zoom`, JPEG as the stream encodes them) is read once by the real `PlateReader`, with
the detector fallback on every other frame as `GateService` runs it. Then the real
`Tracker` is fed `--runs` times with the frames such a gate would have read: after each
read, the newest frame at the end of the read's own measured time (stretched by a random
factor in `LOAD`, a machine doing other work) or of the rate cap's interval, whichever is
longer. The first frame of each run is drawn at random too.

Prints the stream bench's figures averaged per run (frame to read in the stream's own
time: the simulated reads' times, not this machine's), and in how many runs a wrong valid
read went out, with the plates it read. Skipped with a message without the development
photos. Reading the frames takes about 9 minutes here.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np

from bench._common import machine, median, print_figures, write_json
from bench.gate_stream import (
    DEFAULT_DATA,
    FPS,
    FROM_ZOOM,
    SIZE,
    development_cars,
    encode,
    score,
)
from gate.assembly import GateConfig

#: A read takes its measured time times a factor drawn from this range.
LOAD = (0.9, 1.6)
#: Decoding and handing over a frame, on top of the read (seconds, drawn up to this).
HANDOVER = 0.02
_START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def read_frames(frames) -> list[tuple[float, list]]:
    """Each frame through a JPEG round trip, read as the gate service reads it (the
    detector fallback on every `FALLBACK_EVERY`-th frame, never the fine pass): (seconds
    the read took, candidates)."""
    from gate.ocr import load_engine
    from gate.recognise import PlateReader
    from gate.service import FALLBACK_EVERY

    config = GateConfig("replay")
    reader = PlateReader(load_engine(config.backend), min_width=config.min_plate_width)
    timeline = []
    for i, frame in enumerate(frames):
        frame = cv2.imdecode(np.frombuffer(encode([frame])[0], np.uint8), cv2.IMREAD_COLOR)
        start = time.perf_counter()
        found = reader.read(frame, fallback=i % FALLBACK_EVERY == 0, fine=False)
        timeline.append((time.perf_counter() - start, found))
    return timeline


def replay(timeline: list[tuple[float, list]], seed: int, max_fps: float) -> list:
    """The reads a gate capped at `max_fps` would deliver over `timeline`, with the
    frames it reads drawn by `seed`: (read, delivery time in stream seconds)."""
    from gate.tracker import Tracker

    rng = random.Random(seed)
    tracker = Tracker(GateConfig("replay").tracker_settings())
    # the tracker needs the frame's size (a plate cut by its edge is ignored), not its pixels
    frame = np.broadcast_to(np.zeros(1, np.uint8), (SIZE[1], SIZE[0], 3))
    reads, t = [], rng.uniform(0, 1 / max_fps)
    while (i := int(t * FPS)) < len(timeline):
        seconds, found = timeline[i]
        took = seconds * rng.uniform(*LOAD) + rng.uniform(0, HANDOVER)
        now = _START + timedelta(seconds=i / FPS)
        reads += [(r, i / FPS + took) for r in tracker.update(found, frame, captured=i / FPS, now=now)]
        t += max(1 / max_fps, took)
    return reads + [(r, t) for r in tracker.flush()]


def summary(runs: list[dict]) -> dict:
    """The per-run figures of `score` averaged (frame to read: the median over the runs of
    each run's median and p95, in the stream's time), and the runs with a wrong valid read."""
    keys = runs[0]["cars"].keys()
    wrong = Counter(p for run in runs for p in run["wrong_plates"])
    return {
        "runs": len(runs),
        "cars_per_run": {k: round(sum(r["cars"][k] for r in runs) / len(runs), 2) for k in keys},
        "frame_to_read_ms": {k: round(median([r["frame_to_read_ms"][k] for r in runs]), 1) for k in ("median", "p95")},
        "runs_with_wrong_valid": sum(1 for r in runs if r["wrong_plates"]),
        "wrong_plates": dict(wrong.most_common()),
        "missed_plates": dict(Counter(p for r in runs for p in r["missed_plates"]).most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.stream_replay", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled photos")
    parser.add_argument("--from-zoom", type=float, default=FROM_ZOOM)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--max-fps", type=float, default=GateConfig.max_fps)
    parser.add_argument("--cars", type=int, help="the first N cars only (a quick run)")
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    if not (args.data / "labels.csv").is_file():
        print(f"skipped: no labelled photos at {args.data} (the development set lives in ../shared/data/plates)")
        return 0
    cars, frames = development_cars(args.data, args.from_zoom, args.cars)
    start = time.monotonic()
    timeline = read_frames(frames)
    runs = [score(cars, replay(timeline, seed, args.max_fps)) for seed in range(args.runs)]
    figures = {"set": "development", "from_zoom": args.from_zoom, "frames_read": len(timeline),
               "reading_s": round(time.monotonic() - start, 1), **summary(runs), "machine": machine()}
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
