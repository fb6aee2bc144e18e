"""What the reader reads when the search is perfect: each scene plate of a generated set
read from a cut at its true place.

    python -m bench.recognition_ceiling DIR [--json PATH] [--no-province] [--plate-model]

DIR is a set written by `python -m bench.hard_plates` (its `labels.csv` carries each scene
plate's corners, `plate_quad`). Each plate is cut from its frame along its bounding box
with a margin (`MARGIN`: what a good localiser hands the reader) and read by the same
`PlateReader.read` as `bench.plates`, without the detector fallback. Set against
`bench.plates` on the same set, the figures say how much of what is missed is the search
(plates found nowhere) and how much the recognition (plates misread even where they are).
Printed per width band (those of `bench.plates`) and per kind of error: `province` (only
the province wrong), `serial` (province right, a letter or digit wrong), `uncertain`
(right but marked uncertain), `partial` (no province), `nothing`, `other`.
`--plate-model` also prints, per band, the share of plates the plate model
(`gate.plate_model`) reads exactly on its own from a cut along the true corners with the
margins of `gate.locate.cut` (a two-row plate laid in line): what it could add where the
search finds the plate.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import cv2
import numpy as np

from bench._common import machine, print_figures, write_json
from bench.plates import load_labels, width_band

#: The margin around a plate's bounding box, as fractions of its width and height.
MARGIN = (0.15, 0.3)


def parsed_quad(quad_text: str) -> np.ndarray:
    """The plate corners of a `plate_quad` label (eight numbers) as a 4 x 2 array."""
    return np.array([float(v) for v in quad_text.split()], np.float32).reshape(4, 2)


def true_cut(frame: np.ndarray, quad_text: str) -> np.ndarray:
    """The frame cut along the bounding box of the plate corners `quad_text`, with `MARGIN`."""
    quad = parsed_quad(quad_text)
    x0, y0 = quad.min(0)
    x1, y1 = quad.max(0)
    mx, my = (x1 - x0) * MARGIN[0], (y1 - y0) * MARGIN[1]
    h, w = frame.shape[:2]
    left, top = int(max(0, x0 - mx)), int(max(0, y0 - my))
    right, bottom = int(min(w, x1 + mx)), int(min(h, y1 + my))
    return frame[top:bottom, left:right]


def error_kind(truth: str, found) -> str:
    """What went wrong with the reads `found` of the plate `truth` ("ok" when it was read)."""
    if any(c.sure and c.plate == truth for c in found):
        return "ok"
    if any(c.valid and c.plate == truth for c in found):
        return "uncertain"
    best = max(found, key=lambda c: (c.valid, c.text.confidence), default=None)
    if best is None:
        return "nothing"
    if not best.valid:
        return "partial"
    if best.plate[1:] == truth[1:]:
        return "province"
    if best.plate[0] == truth[0] and len(best.plate) == len(truth):
        return "serial"
    return "other"


def quad_cut(frame: np.ndarray, quad_text: str) -> np.ndarray:
    """The plate at corners `quad_text` cut as the reader cuts a located plate
    (`gate.locate.cut`), a two-row plate (`may_be_two_rows`) laid in line."""
    from gate.locate import Region, cut, may_be_two_rows, two_rows_line

    quad = parsed_quad(quad_text)
    crop = cut(frame, Region(quad, None, "text"))
    return two_rows_line(crop) if may_be_two_rows(quad) else crop


def measure(folder: Path, province: bool = True, plate_model: bool = False) -> dict:
    """Read every scene plate of `folder` at its true place; figures per width band."""
    from gate.ocr import load_engine
    from gate.plate_model import load_plate_model
    from gate.recognise import PlateReader

    reader = PlateReader(load_engine(), province=province)
    model = load_plate_model() if plate_model else None
    kinds: dict[str, Counter] = defaultdict(Counter)
    wrong_sure: Counter = Counter()
    model_right: Counter = Counter()
    for name, rows in load_labels(folder).items():
        frame = None
        for row in rows:
            if not row.get("plate_quad"):
                continue
            frame = frame if frame is not None else cv2.imread(str(folder / name))
            found = reader.read(true_cut(frame, row["plate_quad"]), fallback=False)
            band = width_band(row.get("plate_width"))
            kinds[band][error_kind(row["plate"], found)] += 1
            wrong_sure[band] += any(c.sure and c.plate != row["plate"] for c in found)
            if model is not None:
                model_right[band] += model.read([quad_cut(frame, row["plate_quad"])])[0].text == row["plate"]
    if not kinds:
        raise SystemExit(f"no plate_quad in {folder / 'labels.csv'}: write the set with python -m bench.hard_plates")
    bands = {}
    for band in sorted(kinds, key=lambda b: int(b.split("-")[0].rstrip("+") or 0)):
        total = sum(kinds[band].values())
        bands[band] = {"plates": total, "read": round(kinds[band]["ok"] / total, 4),
                       "wrong_sure_reads": wrong_sure[band], "errors": dict(kinds[band].most_common())}
        if model is not None:
            bands[band]["plate_model_read"] = round(model_right[band] / total, 4)
    total = sum(b["plates"] for b in bands.values())
    read = sum(kinds[b]["ok"] for b in kinds)
    return {"set": str(folder), "province_model": province, "plates": total,
            "read": round(read / total, 4), "by_width_px": bands, "machine": machine()}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.recognition_ceiling", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", metavar="PATH")
    parser.add_argument("--no-province", action="store_true", help="without the plate-specific models")
    parser.add_argument("--plate-model", action="store_true", help="also the plate model alone on each true cut")
    args = parser.parse_args(argv)
    figures = measure(args.folder, province=not args.no_province, plate_model=args.plate_model)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
