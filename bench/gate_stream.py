"""The gate end to end on a generated 1280x720, 25 fps video played at its own speed.

    python -m bench.gate_stream [--cars N] [--backend onnx|paddle] [--json PATH] [--keep PATH]

N cars pass (plates rendered with a CJK font; blue, yellow incl. two-row, green; tilted,
blurred, dim; two cars close together; the last one parks in view). The video goes
through the real `GateService` exactly as a camera would (newest frame only, rate cap),
and the bench prints arrivals found / expected, duplicates, wrong arrivals, frame-to-read
latency (capture of the frame that completed the vote to the read's delivery) and CPU use.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from bench._common import machine, median, p95, print_figures, write_json


def make_passes(cars: int, seed: int = 3) -> list:
    """`cars` varied car passes, 3.2 s apart, the 3rd right behind the 2nd, the last parked."""
    from gate.synthetic import CarPass, random_plate

    rng = random.Random(seed)
    looks = [("blue", False), ("yellow", False), ("green", False), ("blue", False), ("yellow", True)]
    passes, t = [], 0.5
    for i in range(cars):
        color, two_rows = looks[i % len(looks)]
        passes.append(CarPass(
            random_plate(rng, color), color, enter=t, duration=2.6, two_rows=two_rows,
            angle=rng.uniform(-8, 8), blur=rng.choice([0, 0, 0.8, 1.5]), brightness=rng.choice([1, 1, 0.7, 1.2]),
            parked=(i == cars - 1), lane=rng.uniform(-0.3, 0.3)))
        t += 1.6 if i == 1 else 3.2
    return passes


def run(video: Path, backend: str, max_fps: float) -> tuple[list, dict]:
    """Play `video` through the service; return the reads (with delivery times) and counters."""
    from gate.capture import OpenCvSource
    from gate.ocr import load_engine
    from gate.recognise import PlateReader
    from gate.service import GateService
    from gate.tracker import Tracker

    reader = PlateReader(load_engine(backend))
    reads, errors = [], []
    service = GateService(OpenCvSource(str(video)), reader, Tracker(),
                          on_read=lambda r: reads.append((r, time.monotonic())),
                          on_error=errors.append, max_fps=max_fps)
    cpu0, wall0 = _cpu(), time.monotonic()
    service.start()
    service.wait()
    service.stop()
    wall = time.monotonic() - wall0
    counters = {"frames_processed": service.processed, "frames_dropped": service.dropped,
                "errors": len(errors), "wall_s": round(wall, 1),
                "cpu_percent_of_one_core": round(100 * (_cpu() - cpu0) / wall, 1)}
    return reads, counters


def _cpu() -> float:
    """CPU seconds used by this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def score(expected: list, reads: list) -> dict:
    """Found / expected, duplicates, wrong arrivals and latency from the reads."""
    wanted = [e.plate for e in expected]
    plates = [r.plate for r, _ in reads]
    latencies = [(at - r.captured_monotonic) * 1000 for r, at in reads if r.captured_monotonic]
    return {
        "arrivals": {
            "expected": len(wanted),
            "found": len(set(wanted) & set(plates)),
            "duplicates": sum(plates.count(p) - 1 for p in set(plates) if p in wanted),
            "wrong": sum(1 for p in plates if p not in wanted),
            "missed": sorted(set(wanted) - set(plates)),
            "wrong_plates": [p for p in plates if p not in wanted],
        },
        "frame_to_read_ms": {"median": round(median(latencies), 1), "p95": round(p95(latencies), 1)},
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.gate_stream", description=__doc__.split("\n")[0])
    parser.add_argument("--cars", type=int, default=8)
    parser.add_argument("--backend", choices=("onnx", "paddle"), default="onnx")
    parser.add_argument("--max-fps", type=float, default=8.0)
    parser.add_argument("--json", metavar="PATH")
    parser.add_argument("--keep", metavar="PATH", help="also keep the generated video here")
    args = parser.parse_args(argv)
    from gate.synthetic import write_gate_video

    with tempfile.TemporaryDirectory() as tmp:
        video = Path(args.keep or Path(tmp) / "gate.mp4")
        passes = make_passes(args.cars)
        expected = write_gate_video(video, passes, seconds=passes[-1].enter + 4.0)
        reads, counters = run(video, args.backend, args.max_fps)
    figures = {"backend": args.backend, **score(expected, reads), "pipeline": counters, "machine": machine()}
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
