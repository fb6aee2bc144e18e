"""Labelled scenes put together: several real cars in one gate camera's frame.

    python -m bench.multi_plates SRC OUT [--seed 1] [--alone]

The generated hard set's multi-car scenes draw their plates in typefaces no real plate
uses; this set keeps real plates. The one-plate scenes of the labelled folder SRC whose
plate the reader finds at full size are dealt, in an order drawn from the seed, into
frames of two or three cars. From each scene a window around its plate is cut (the car's
rear: `AROUND` plate widths wide, more above the plate than below), scaled so its plate
is `NEAR` px wide for the nearest car of a frame and `FAR` px for the others (drawn evenly
on a log scale; a scene is never enlarged), and pasted with a feathered edge onto the
empty road of `gate.synthetic_queue.road`, `FRAME` in size, one car to a column: the
nearest low in the frame, the others higher up. Each frame is written as JPEG at quality 70-92. `--alone` writes the control: the
same scenes one to a frame, each plate at a far car's size, so what the other cars cost
shows beside what the size alone costs. `labels.csv` lists every plate with its
new `plate_width` and corners (`plate_quad`), so `python -m bench.plates OUT --misses`
splits its figures by width and by plates in the image. Which scenes are kept follows the
reader, as in `bench.far_plates`. The same seed and reader give the same set. Never commit
its output.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import cv2
import numpy as np

from bench._common import derived_set_args, write_jpeg, write_labels
from bench.far_plates import WIDTH as FAR  # the other cars' plate widths: the far set's
from bench.far_plates import plate_quad_read
from bench.plates import load_labels
from gate.geometry import quad_size
from gate.synthetic_queue import road

#: The frame of a gate camera that sees the whole lane and the cars queueing behind.
FRAME = (1920, 1080)
#: The nearest car's plate width after scaling, in pixels (the others': `FAR`).
NEAR = (110, 220)
#: The window cut around a plate, in plate widths: across, above and below its centre.
AROUND = (4.0, 1.8, 0.8)
#: Cars per frame, drawn evenly.
CARS = (2, 3)
#: Width in pixels of the feathered edge of a pasted window.
FEATHER = 12
#: JPEG quality range.
QUALITY = (70, 92)


def car_window(image: np.ndarray, quad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The window `AROUND` the plate at `quad` (clipped to the image), and the quad in it."""
    x0, y0 = quad.min(axis=0)
    x1, y1 = quad.max(axis=0)
    width, cx, cy = x1 - x0, (x0 + x1) / 2, (y0 + y1) / 2
    across, above, below = AROUND
    left = max(0, int(cx - width * across / 2))
    right = min(image.shape[1], int(math.ceil(cx + width * across / 2)))
    top = max(0, int(cy - width * above))
    bottom = min(image.shape[0], int(math.ceil(cy + width * below)))
    return image[top:bottom, left:right], quad - np.array([left, top], dtype=np.float32)


def paste(frame: np.ndarray, window: np.ndarray, x: int, y: int) -> None:
    """Blend `window` into `frame` at (x, y) with a feathered edge."""
    h, w = window.shape[:2]
    mask = np.zeros((h, w), np.float32)
    f = min(FEATHER, h // 4, w // 4)
    mask[f:h - f, f:w - f] = 1.0
    if f:
        mask = cv2.GaussianBlur(mask, (0, 0), f / 2)
    region = frame[y:y + h, x:x + w].astype(np.float32)
    blended = region * (1 - mask[..., None]) + window.astype(np.float32) * mask[..., None]
    frame[y:y + h, x:x + w] = blended.astype(np.uint8)


def compose(cars: list[tuple[np.ndarray, np.ndarray]], rng: random.Random,
            alone: bool = False) -> tuple[np.ndarray, list[np.ndarray]]:
    """One frame with each (scene, plate quad) of `cars` in a column of its own, the first
    nearest (`alone`: every car as far as the others); the frame and each plate's quad in it."""
    frame = road(FRAME)
    columns = list(range(len(cars)))
    rng.shuffle(columns)
    column_width = FRAME[0] // len(cars)
    quads = []
    for k, ((image, quad), column) in enumerate(zip(cars, columns)):
        window, inner = car_window(image, quad)
        width = quad_size(quad)[0]
        low, high = NEAR if k == 0 and not alone else FAR
        target = math.exp(rng.uniform(math.log(low), math.log(high)))
        scale = min(1.0, target / width, column_width / window.shape[1], FRAME[1] * 0.6 / window.shape[0])
        size = (max(1, round(window.shape[1] * scale)), max(1, round(window.shape[0] * scale)))
        window = cv2.resize(window, size, interpolation=cv2.INTER_AREA)
        x = column * column_width + rng.randint(0, column_width - size[0])
        # the nearest car's bottom in the lowest fifth of the frame, the others higher up
        bottom = rng.uniform(0.8, 1.0) if k == 0 and not alone else rng.uniform(0.5, 0.8)
        y = max(0, min(FRAME[1] - size[1], int(bottom * FRAME[1]) - size[1]))
        paste(frame, window, x, y)
        quads.append(inner * scale + np.array([x, y], dtype=np.float32))
    return frame, quads


def generate(src: Path, out: Path, seed: int, alone: bool = False) -> tuple[int, int]:
    """Write frames of several of `src`'s readable one-plate scenes into `out` (`alone`:
    one to a frame); (frames, plates)."""
    from gate.ocr import load_engine
    from gate.recognise import PlateReader

    reader = PlateReader(load_engine("onnx"))
    scenes = []
    for name, rows in load_labels(src).items():
        if len(rows) != 1 or rows[0].get("kind") == "crop":
            continue
        image = cv2.imread(str(src / name))
        if image is None:
            raise SystemExit(f"cannot read {src / name}")
        quad = plate_quad_read(reader, image, rows[0]["plate"])
        if quad is not None:
            scenes.append((name, rows[0], image, quad))
    rng = random.Random(seed)
    rng.shuffle(scenes)
    labels, frames = [], 0
    while len(scenes) >= (1 if alone else CARS[0]):
        count = 1 if alone else min(len(scenes), rng.randint(*CARS))
        group, scenes = scenes[:count], scenes[count:]
        frame, quads = compose([(image, quad) for _, _, image, quad in group], rng, alone)
        written = write_jpeg(out, f"multi_{frames:03d}.jpg", frame, rng.randint(*QUALITY))
        for (_, row, _, _), quad in zip(group, quads):
            labels.append({**row, "file": written, "plate_width": str(round(quad_size(quad)[0])),
                           "plate_quad": " ".join(f"{v:.1f}" for v in quad.ravel())})
        frames += 1
    write_labels(out, labels, ["file", "plate", "kind", "plate_color", "plate_width", "plate_quad"])
    return frames, len(labels)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    args = derived_set_args("python -m bench.multi_plates", __doc__, argv,
                            {"--alone": "one car to a frame, at a far car's size (the control)"})
    args.out.mkdir(parents=True, exist_ok=True)
    frames, plates = generate(args.src, args.out, args.seed, args.alone)
    print(f"wrote {frames} frames with {plates} plates to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
