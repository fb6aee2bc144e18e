"""Labelled photos again, each changed a little: how much of a set's figure survives.

    python -m bench.perturbed_plates SRC OUT [--seed 1]

Writes every image of the labelled folder SRC (`labels.csv` in the development photos'
format) into OUT under its own path, changed by one random chain of mild changes a second
camera or phone would make to the same scene: scaled to 0.75-1.0 of its size (scenes),
turned by up to 6 degrees (up to 2 for tight crops), brightness and contrast within 20%, a
light blur on half of them, and JPEG at quality 70-95 (a PNG stays lossless). `labels.csv`
is copied. Read OUT with `python -m bench.plates OUT --misses`: a rule whose threshold sits
just beside one photo's value, or a read that holds on one exposure only, shows here as a
read that flips. The same seed gives the same set. Never commit its output.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import cv2
import numpy as np

from bench._common import derived_set_args
from bench.plates import load_labels

#: Scenes are scaled by a factor in this range (crops keep their size).
SCALE = (0.75, 1.0)
#: Largest turn in degrees: scenes, tight crops.
TURN = (6.0, 2.0)
#: Contrast factor and brightness offset ranges.
CONTRAST = (0.8, 1.2)
BRIGHTNESS = (-20.0, 20.0)
#: Gaussian blur sigma range, applied to half of the images.
BLUR = (0.3, 0.8)
#: JPEG quality range.
QUALITY = (70, 95)


def perturb(image: np.ndarray, rng: random.Random, crop: bool) -> np.ndarray:
    """`image` scaled, turned, relit, maybe blurred (JPEG is applied when written)."""
    if not crop:
        scale = rng.uniform(*SCALE)
        size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    h, w = image.shape[:2]
    turn = rng.uniform(-1.0, 1.0) * TURN[1 if crop else 0]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), turn, 1.0)
    image = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    image = cv2.convertScaleAbs(image, alpha=rng.uniform(*CONTRAST), beta=rng.uniform(*BRIGHTNESS))
    if rng.random() < 0.5:
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(*BLUR))
    return image


def generate(src: Path, out: Path, seed: int) -> int:
    """Write the perturbed copy of `src` into `out`; the number of images written."""
    rng = random.Random(seed)
    groups = load_labels(src)
    for name, rows in groups.items():
        image = cv2.imread(str(src / name))
        if image is None:
            raise SystemExit(f"cannot read {src / name}")
        crop = all(row.get("kind") == "crop" for row in rows)
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        quality = rng.randint(*QUALITY)
        params = [cv2.IMWRITE_JPEG_QUALITY, quality] if target.suffix.lower() in (".jpg", ".jpeg") else []
        cv2.imwrite(str(target), perturb(image, rng, crop), params)
    shutil.copyfile(src / "labels.csv", out / "labels.csv")
    return len(groups)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    args = derived_set_args("python -m bench.perturbed_plates", __doc__, argv)
    count = generate(args.src, args.out, args.seed)
    print(f"wrote {count} images to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
