"""The gate end to end on a live MJPEG stream on 127.0.0.1: a queue of cars at the barrier.

    python -m bench.gate_stream [--set generated|development] [--cars N] [--data DIR]
                                [--backend onnx|paddle] [--max-fps F] [--from-zoom Z]
                                [--json PATH]

The stream is a real camera as far as the gate knows: an HTTP server in this process serves
multipart JPEG frames at 25 fps on 127.0.0.1 and the real `OpenCvSource` reads it through
FFmpeg, then the real `GateService` (newest frame only, rate cap, recognition, tracker).
Each car is in view 2 s while it slowly grows (rolling up to the barrier), with 0.5 s of
empty road between two cars: a queue, where the next car appears where the last one was.

- `generated`: N cars drawn by `gate.synthetic_queue` (blue, yellow incl. two-row, green;
  tilted, blurred, dim).
- `development`: every labelled scene photo of DIR (default ../shared/data/plates), one
  photo per car, fitted into the 1280x720 frame and zoomed in slowly from `--from-zoom`
  (85% of that size; 0.4 plays cars coming from afar, their plates small first); skipped
  with a message when DIR is absent. Scenes may show other, unlabelled plates: their valid
  reads count as `other_valid`, not as cars.

Prints cars found / missed, duplicates, wrong valid reads, uncertain reads, frame-to-read
median and p95 (capture of the frame that completed the read to its delivery) and CPU use.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import cv2
import numpy as np

from bench._common import machine, median, p95, print_figures, write_json

FPS = 25.0
SIZE = (1280, 720)
#: The stream's JPEG quality (an IP camera's).
JPEG_QUALITY = 90
#: A development photo enters the stream at this share of its fitted size (a car rolling up).
FROM_ZOOM = 0.85
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "plates"


@dataclass(frozen=True)
class Car:
    """One car of the stream: its plate and what else its scene may show."""

    plate: str
    source: str = ""


class OneShotCamera:
    """Serves a list of JPEG frames once, at `fps`, as multipart MJPEG on 127.0.0.1.

    A second connection gets 404 (a finished stream is not replayed); `done` is set once
    the last frame went out, and `started` holds the monotonic time of the first frame.
    """

    def __init__(self, jpegs: list[bytes], fps: float = FPS) -> None:
        self.jpegs, self.period = jpegs, 1.0 / fps
        self.started = 0.0
        self.done = threading.Event()
        self._served = threading.Lock()
        camera = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                if not camera._served.acquire(blocking=False):
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
                self.end_headers()
                camera.started = start = time.monotonic()
                try:
                    for i, jpeg in enumerate(camera.jpegs):
                        delay = start + i * camera.period - time.monotonic()
                        if delay > 0:
                            time.sleep(delay)  # the camera's frame clock
                        self.wfile.write(b"--frame\r\nContent-Type: image/jpeg\r\n"
                                         + f"Content-Length: {len(jpeg)}\r\n\r\n".encode() + jpeg + b"\r\n")
                except OSError:
                    pass
                finally:
                    camera.done.set()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The stream's URL."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/gate.mjpg"

    def __enter__(self) -> OneShotCamera:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def generated_cars(count: int, seed: int = 3) -> tuple[list[Car], Iterator[np.ndarray]]:
    """`count` generated queue cars, all plates distinct, and the stream's frames."""
    from gate.synthetic import random_plate
    from gate.synthetic_queue import QueueCar, queue_frames

    rng = random.Random(seed)
    looks = [("blue", False), ("yellow", False), ("green", False), ("blue", False), ("yellow", True)]
    cars, plates = [], set()
    while len(cars) < count:
        color, two_rows = looks[len(cars) % len(looks)]
        plate = random_plate(rng, color)
        if plate in plates:
            continue
        plates.add(plate)
        cars.append(QueueCar(plate, color, two_rows, angle=rng.uniform(-6, 6),
                             blur=rng.choice([0, 0, 0.8, 1.5]), brightness=rng.choice([1, 1, 0.7, 1.2]),
                             lane=rng.uniform(-1, 1)))
    frames = (frame for _, frame in queue_frames(cars, size=SIZE, fps=FPS))
    return [Car(c.plate, "generated") for c in cars], frames


def development_cars(folder: Path, from_zoom: float = FROM_ZOOM,
                     limit: int | None = None) -> tuple[list[Car], Iterator[np.ndarray]]:
    """One car per labelled scene photo (a plate seen twice is kept once: the cooldown
    would rightly not announce it again), the first `limit` of them, and the stream's frames."""
    from bench.plates import load_labels

    cars, seen = [], set()
    for file, rows in load_labels(folder).items():
        if rows[0].get("kind", "scene") != "scene" or len(rows) != 1 or rows[0]["plate"] in seen:
            continue
        seen.add(rows[0]["plate"])
        cars.append(Car(rows[0]["plate"], file))
    cars = cars[:limit]
    return cars, _photo_frames([folder / c.source for c in cars], from_zoom=from_zoom)


def _photo_frames(paths: Iterable[Path], in_view: float = 2.0, gap: float = 0.5,
                  from_zoom: float = FROM_ZOOM) -> Iterator[np.ndarray]:
    """Each photo fitted into the frame (enlarged at most 2x) and zoomed from `from_zoom`
    to 100% over `in_view` s, `gap` s of empty road before each."""
    from gate.synthetic_queue import road

    background = road(SIZE)
    for path in paths:
        for _ in range(int(gap * FPS)):
            yield background
        photo = cv2.imread(str(path))
        fit = min(SIZE[0] / photo.shape[1], SIZE[1] / photo.shape[0], 2.0)
        base = cv2.resize(photo, None, fx=fit, fy=fit, interpolation=cv2.INTER_AREA if fit < 1 else cv2.INTER_LINEAR)
        steps = int(in_view * FPS)
        for i in range(steps):
            zoom = from_zoom + (1.0 - from_zoom) * i / max(1, steps - 1)
            img = cv2.resize(base, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_AREA)
            frame = background.copy()
            y, x = (SIZE[1] - img.shape[0]) // 2, (SIZE[0] - img.shape[1]) // 2
            frame[y:y + img.shape[0], x:x + img.shape[1]] = img
            yield frame
    for _ in range(int(FPS)):
        yield background


def encode(frames: Iterable[np.ndarray]) -> list[bytes]:
    """The frames as JPEG bytes (`JPEG_QUALITY`, as an IP camera sends them)."""
    return [cv2.imencode(".jpg", f, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])[1].tobytes() for f in frames]


def play(jpegs: list[bytes], backend: str, max_fps: float) -> tuple[list, dict]:
    """Serve the stream, read it through the gate; return the reads (with delivery times)."""
    from gate.capture import OpenCvSource
    from gate.ocr import load_engine
    from gate.recognise import PlateReader
    from gate.service import GateService
    from gate.tracker import Tracker

    reader = PlateReader(load_engine(backend))
    reads, errors = [], []
    with OneShotCamera(jpegs) as camera:
        service = GateService(OpenCvSource(camera.url), reader, Tracker(),
                              on_read=lambda r: reads.append((r, time.monotonic())),
                              on_error=errors.append, max_fps=max_fps)
        cpu0, wall0 = _cpu(), time.monotonic()
        service.start()
        camera.done.wait(len(jpegs) / FPS + 60)
        time.sleep(3.0)   # the last pass ends and is emitted
        service.stop()
        wall = time.monotonic() - wall0
    counters = {"frames_served": len(jpegs), "frames_processed": service.processed,
                "frames_dropped": service.dropped, "errors": len(errors), "wall_s": round(wall, 1),
                "cpu_percent_of_one_core": round(100 * (_cpu() - cpu0) / wall, 1)}
    return reads, counters


def _cpu() -> float:
    """CPU seconds used by this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def score(cars: list[Car], reads: list) -> dict:
    """Cars found / missed, duplicates, wrong valid reads, uncertain reads, latency.

    A car is found when a valid read gives its plate; `found_uncertain` when only an
    uncertain read does (reception asks a person to confirm it). Any further read of a
    car's plate is a duplicate. A valid read of no car's plate is wrong; on development
    scenes only when it is a near miss of a car's plate, else it is `other_valid` (an
    unlabelled plate in the background).
    """
    wanted = {c.plate for c in cars}
    valid = [r.plate for r, _ in reads if r.valid]
    uncertain = [r for r, _ in reads if getattr(r, "uncertain", False)]
    found = wanted & set(valid)
    found_uncertain = (wanted & {r.plate for r in uncertain}) - found
    plates = [r.plate for r, _ in reads]
    development = any(c.source != "generated" for c in cars)
    wrong = [p for p in valid if p not in wanted and (not development or _near_miss(p, wanted))]
    other = [p for p in valid if p not in wanted and p not in wrong]
    latencies = [(at - r.captured_monotonic) * 1000 for r, at in reads if r.captured_monotonic]
    return {
        "cars": {
            "expected": len(cars),
            "found": len(found),
            "found_uncertain": len(found_uncertain),
            "missed": len(wanted - found - found_uncertain),
            "duplicates": sum(plates.count(p) - 1 for p in set(plates) if p in wanted),
            "wrong_valid": len(wrong),
            "other_valid": len(other),
            "uncertain_reads": len(uncertain),
            "partial_reads": sum(1 for r, _ in reads if r.partial),
            "reads": len(reads),
        },
        "frame_to_read_ms": {"median": round(median(latencies), 1), "p95": round(p95(latencies), 1)},
        "missed_plates": sorted(wanted - found - found_uncertain),
        "wrong_plates": wrong,
        "other_plates": other,
        "uncertain_plates": sorted(r.plate for r in uncertain),
    }


def _near_miss(plate: str, wanted: set[str]) -> bool:
    """True when `plate` is at most two edits from a car's plate: a misread of it."""
    from bench.plates import edit_distance

    return any(edit_distance(plate, w) <= 2 for w in wanted)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    from gate.service import MAX_FPS

    parser = argparse.ArgumentParser(prog="python -m bench.gate_stream", description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("generated", "development"), default="generated")
    parser.add_argument("--cars", type=int, default=40, help="generated cars")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled photos (development)")
    parser.add_argument("--backend", choices=("onnx", "paddle"), default="onnx")
    parser.add_argument("--max-fps", type=float, default=MAX_FPS)
    parser.add_argument("--from-zoom", type=float, default=FROM_ZOOM,
                        help="development: the share of its fitted size a photo enters at (0.4: a car from afar)")
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    if args.set == "development":
        if not (args.data / "labels.csv").is_file():
            print(f"skipped: no labelled photos at {args.data} (the development set lives in ../shared/data/plates)")
            return 0
        cars, frames = development_cars(args.data, args.from_zoom)
        setup = {"set": args.set, "backend": args.backend, "from_zoom": args.from_zoom}
    else:
        cars, frames = generated_cars(args.cars, args.seed)
        setup = {"set": args.set, "backend": args.backend}
    jpegs = encode(frames)
    reads, counters = play(jpegs, args.backend, args.max_fps)
    figures = {**setup, **score(cars, reads), "pipeline": counters, "machine": machine()}
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
