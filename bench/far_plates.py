"""Labelled scenes again, as if seen from further away through a worse lens: real glyphs, small.

    python -m bench.far_plates SRC OUT [--seed 1]

The generated hard set (`bench.hard_plates`) draws its small plates in typefaces no real
plate uses; this set keeps the real plates and makes them small. Each scene of the labelled
folder SRC whose one plate the reader finds at full size is scaled down so that plate is
`WIDTH` px wide (drawn evenly on a log scale; a plate already narrower keeps its size),
centred on a plain canvas when it became smaller than 640 x 480 (a far car in a camera's
frame, not a thumbnail), then blurred the way a far or moving car is (motion along a
random near-horizontal line on half of them, a light Gaussian blur on the rest) and
written as JPEG at quality 60-90.
Tight crops, scenes with several labelled plates and scenes whose plate is not read at full
size are left out (their width is not known). `labels.csv` lists the scenes kept, each with
its new `plate_width`, so `python -m bench.plates OUT --misses` splits its figures by width.
Which scenes are kept follows the reader (a scene it learns to read joins the set); each
scene's copy depends only on the seed and its name. The same seed and reader give the same
set. Never commit its output.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import cv2
import numpy as np

from bench._common import derived_set_args, write_jpeg, write_labels
from bench.plates import load_labels
from gate import degrade
from gate.geometry import quad_size

#: The plate's width after scaling, in pixels: from the smallest width the gate must read.
WIDTH = (60, 110)
#: Motion blur length in pixels (after scaling) and its angle's largest tilt in degrees.
MOTION = (3, 7)
MOTION_TILT = 20.0
#: Gaussian blur sigma range for the scenes without motion blur.
BLUR = (0.3, 0.9)
#: JPEG quality range.
QUALITY = (60, 90)
#: A scaled scene smaller than this (width, height) is centred on a plain canvas of this
#: size: a far car in a camera's frame, not a thumbnail.
CANVAS = (640, 480)


def plate_quad_read(reader, image: np.ndarray, plate: str) -> np.ndarray | None:
    """The corners of `plate` where the reader reads it for sure in `image`, or None."""
    return next((c.quad for c in reader.read(image) if c.plate == plate and c.sure), None)


def plate_width(reader, image: np.ndarray, plate: str) -> float | None:
    """The width in pixels of `plate` where the reader reads it in `image`, or None."""
    quad = plate_quad_read(reader, image, plate)
    return None if quad is None else quad_size(quad)[0]


def on_canvas(image: np.ndarray) -> np.ndarray:
    """`image` centred on a canvas of its mean colour at least `CANVAS` in size."""
    h, w = image.shape[:2]
    dx, dy = max(0, CANVAS[0] - w), max(0, CANVAS[1] - h)
    if not dx and not dy:
        return image
    colour = [float(v) for v in image.reshape(-1, 3).mean(axis=0)]
    return cv2.copyMakeBorder(image, dy // 2, dy - dy // 2, dx // 2, dx - dx // 2, cv2.BORDER_CONSTANT, value=colour)


def make_far(image: np.ndarray, width: float, rng: random.Random) -> tuple[np.ndarray, int]:
    """`image` scaled so a plate `width` px wide becomes `WIDTH` wide, and blurred; with
    the plate's new width."""
    target = math.exp(rng.uniform(math.log(WIDTH[0]), math.log(WIDTH[1])))
    scale = min(1.0, target / width)
    size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
    image = on_canvas(cv2.resize(image, size, interpolation=cv2.INTER_AREA))
    if rng.random() < 0.5:
        image = degrade.motion_blur(image, rng.randint(*MOTION), rng.uniform(-MOTION_TILT, MOTION_TILT))
    else:
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(*BLUR))
    return image, round(width * scale)


def generate(src: Path, out: Path, seed: int) -> tuple[int, int]:
    """Write the far copies of `src`'s readable one-plate scenes into `out`; (written, scenes)."""
    from gate.ocr import load_engine
    from gate.recognise import PlateReader

    reader = PlateReader(load_engine("onnx"))
    groups = load_labels(src)
    kept, scenes = [], 0
    for name, rows in groups.items():
        if len(rows) != 1 or rows[0].get("kind") == "crop":
            continue
        scenes += 1
        image = cv2.imread(str(src / name))
        if image is None:
            raise SystemExit(f"cannot read {src / name}")
        width = plate_width(reader, image, rows[0]["plate"])
        if width is None:
            continue
        # each scene draws from its own generator: a scene the reader starts (or stops)
        # reading at full size leaves every other scene's copy as it was
        rng = random.Random(f"{seed}/{name}")
        far, new_width = make_far(image, width, rng)
        written = write_jpeg(out, name, far, rng.randint(*QUALITY))
        kept.append({**rows[0], "file": written, "plate_width": str(new_width)})
    write_labels(out, kept, ["file", "plate", "kind", "plate_color", "plate_width"])
    return len(kept), scenes


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    args = derived_set_args("python -m bench.far_plates", __doc__, argv)
    args.out.mkdir(parents=True, exist_ok=True)
    written, scenes = generate(args.src, args.out, args.seed)
    print(f"wrote {written} of {scenes} one-plate scenes to {args.out} (the others are not read at full size)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
