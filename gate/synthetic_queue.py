"""A generated queue at a barrier: each car rolls up to the same spot, then the next one.

    >>> cars = [QueueCar("粤B12345"), QueueCar("京AD12345", "green")]
    >>> for t, frame in queue_frames(cars):        # BGR frames, 25 a second
    ...     ...
    >>> expected = write_queue_video("queue.avi", cars)

This is how a real gate camera sees a queue: a car appears where the road meets the
barrier, grows slowly in the frame while it rolls up (`in_view` seconds), leaves, and after
`gap` seconds of empty road the next car appears at the same spot. Plates are drawn by
`gate.synthetic.render_plate`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from gate.synthetic import CAR_COLORS, ExpectedArrival, render_plate

#: Where the plate's centre sits (fractions of the frame) when a car appears and at the barrier.
APPEAR_AT = (0.5, 0.58)
BARRIER_AT = (0.5, 0.66)
#: Plate width (fraction of the frame width) when a car appears and at the barrier.
GROWS = (0.10, 0.15)


@dataclass(frozen=True)
class QueueCar:
    """One car of the queue and how its plate looks (tilt in degrees, blur in pixels,
    brightness 1 = normal, lane -1..1 a small sideways offset)."""

    plate: str
    color: str = "blue"
    two_rows: bool = False
    angle: float = 0.0
    blur: float = 0.0
    brightness: float = 1.0
    lane: float = 0.0


@dataclass(frozen=True)
class QueueTiming:
    """The queue's time line: first car at `start` s, each in view `in_view` s, `gap` s
    of empty road between two cars, `tail` s of empty road after the last."""

    start: float = 0.5
    in_view: float = 2.0
    gap: float = 0.5
    tail: float = 1.0

    def window(self, index: int) -> tuple[float, float]:
        """When car `index` is in view (seconds)."""
        enter = self.start + index * (self.in_view + self.gap)
        return enter, enter + self.in_view

    def length(self, cars: int) -> float:
        """The video's length for `cars` cars (seconds)."""
        return self.window(cars - 1)[1] + self.tail if cars else self.start + self.tail


def expected_arrivals(cars: Sequence[QueueCar], timing: QueueTiming = QueueTiming()) -> list[ExpectedArrival]:
    """The arrivals a queue shows, in order."""
    return [ExpectedArrival(c.plate, c.color, *timing.window(i)) for i, c in enumerate(cars)]


def queue_frames(cars: Sequence[QueueCar], timing: QueueTiming = QueueTiming(),
                 size: tuple[int, int] = (1280, 720), fps: float = 25.0, seed: int = 7,
                 noise: float = 3.0) -> Iterator[tuple[float, np.ndarray]]:
    """Yield `(t, frame)` for the whole queue, `fps` frames a second."""
    rng = np.random.default_rng(seed)
    plates = [render_plate(c.plate, c.color, 440, c.two_rows) for c in cars]
    background = road(size)
    for index in range(int(round(timing.length(len(cars)) * fps))):
        t = index / fps
        frame = background.copy()
        for i, car in enumerate(cars):
            enter, leave = timing.window(i)
            if enter <= t < leave:
                draw_rolling_car(frame, car, plates[i], (t - enter) / timing.in_view)
        if noise:
            frame = cv2.add(frame, rng.normal(0, noise, frame.shape).astype(np.int16), dtype=cv2.CV_8U)
        yield t, frame


def write_queue_video(path: str | Path, cars: Sequence[QueueCar], timing: QueueTiming = QueueTiming(),
                      size: tuple[int, int] = (1280, 720), fps: float = 25.0) -> list[ExpectedArrival]:
    """Write the queue to `path` (.avi: MJPG, else mp4v) and return its arrivals."""
    fourcc = cv2.VideoWriter_fourcc(*("MJPG" if str(path).lower().endswith(".avi") else "mp4v"))
    writer = cv2.VideoWriter(str(path), fourcc, fps, size)
    if not writer.isOpened():
        raise OSError(f"cannot write video {path}")
    try:
        for _, frame in queue_frames(cars, timing, size, fps):
            writer.write(frame)
    finally:
        writer.release()
    return expected_arrivals(cars, timing)


def road(size: tuple[int, int]) -> np.ndarray:
    """An empty approach road with the barrier's stop line, as the gate camera sees it."""
    w, h = size
    frame = np.full((h, w, 3), (92, 96, 98), np.uint8)
    cv2.rectangle(frame, (0, 0), (w, h // 5), (165, 175, 170), -1)
    cv2.line(frame, (0, int(h * 0.9)), (w, int(h * 0.9)), (225, 225, 225), 8)
    return frame


def draw_rolling_car(frame: np.ndarray, car: QueueCar, plate: np.ndarray, progress: float) -> None:
    """Draw `car` `progress` (0..1) of the way from where it appears to the barrier."""
    h, w = frame.shape[:2]
    ease = math.sin(progress * math.pi / 2)           # slowing down towards the barrier
    plate_w = int(w * (GROWS[0] + (GROWS[1] - GROWS[0]) * ease))
    px = int(w * (APPEAR_AT[0] + (BARRIER_AT[0] - APPEAR_AT[0]) * ease + car.lane * 0.05))
    py = int(h * (APPEAR_AT[1] + (BARRIER_AT[1] - APPEAR_AT[1]) * ease))
    car_w, car_h = int(plate_w * 4.2), int(plate_w * 2.9)
    x0, y0 = px - car_w // 2, py - int(car_h * 0.8)
    body = CAR_COLORS[sum(map(ord, car.plate)) % len(CAR_COLORS)]
    cv2.rectangle(frame, (x0, y0), (x0 + car_w, y0 + car_h), body, -1)
    cv2.rectangle(frame, (x0 + car_w // 7, y0 + car_h // 12), (x0 + 6 * car_w // 7, y0 + car_h // 2),
                  (40, 40, 45), -1)
    img = cv2.resize(plate, (plate_w, max(8, plate_w * plate.shape[0] // plate.shape[1])),
                     interpolation=cv2.INTER_AREA)
    if car.blur > 0:
        k = max(1, int(car.blur)) * 2 + 1
        img = cv2.GaussianBlur(img, (k, k), car.blur)
    if car.brightness != 1.0:
        img = cv2.convertScaleAbs(img, alpha=car.brightness, beta=0)
    _paste_rotated(frame, img, (px, py), car.angle)


def _paste_rotated(frame: np.ndarray, img: np.ndarray, centre: tuple[int, int], angle: float) -> None:
    """Paste `img` rotated by `angle` degrees, centred at `centre` (clipped to the frame)."""
    h, w = img.shape[:2]
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rot[:, 2] += (centre[0] - w / 2, centre[1] - h / 2)
    size = (frame.shape[1], frame.shape[0])
    warped = cv2.warpAffine(img, rot, size)
    mask = cv2.warpAffine(np.full((h, w), 255, np.uint8), rot, size)
    frame[mask > 127] = warped[mask > 127]
