"""Labelled scenes again, as if the camera saw the cars from the side: slanted plates.

    python -m bench.slanted_plates SRC OUT [--seed 1]

A gate camera beside the lane, or above it, sees a plate as a parallelogram: its long
edges tilt and, once the reader turns them level, its characters lean like italics. Each
scene of the labelled folder SRC is seen from the side (`gate.degrade.side_view`: each
column moved down by `SHEAR` times its distance from the middle, either way: the plate's
edges tilt by 11-31 degrees), the canvas grown to keep every pixel, and written as JPEG
at quality 80-95. Tight crops are left out (a crop is cut level by whoever made it).
`labels.csv` lists the scenes written. Read OUT with `python -m bench.plates OUT --misses`.
The same seed gives the same set. Never commit its output.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import cv2

from bench._common import derived_set_args, write_jpeg, write_labels
from bench.plates import load_labels
from gate import degrade

#: Vertical shear range (rows per column), applied either way.
SHEAR = (0.2, 0.6)
#: JPEG quality range.
QUALITY = (80, 95)


def generate(src: Path, out: Path, seed: int) -> int:
    """Write the slanted copies of `src`'s scenes into `out`; the number written."""
    rng = random.Random(seed)
    kept = []
    for name, rows in load_labels(src).items():
        if any(row.get("kind") == "crop" for row in rows):
            continue
        image = cv2.imread(str(src / name))
        if image is None:
            raise SystemExit(f"cannot read {src / name}")
        shear = rng.uniform(*SHEAR) * rng.choice((-1, 1))
        written = write_jpeg(out, name, degrade.side_view(image, shear), rng.randint(*QUALITY))
        kept += [{**row, "file": written} for row in rows]
    write_labels(out, kept, ["file", "plate", "kind", "plate_color"])
    return len({row["file"] for row in kept})


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    args = derived_set_args("python -m bench.slanted_plates", __doc__, argv)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"wrote {generate(args.src, args.out, args.seed)} scenes to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
