"""Reading time with onnxruntime's worker thread spinning within a run, against sleeping.

`gate.ocr.OnnxEngine` lets the worker thread of its two-thread sessions wait busy for the
next operator and stop as soon as a run ends (`spin=True`, the default). This reads every
labelled photo of DIR with two readers in the same process, one spinning and one not (the
baseline), alternating which goes first, and prints the median and p95 time per photo of
each, their ratios, the CPU time of the process per photo, and whether both read the same.

    python -m bench.ocr_spinning DIR [--limit N] [--json PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import cv2

from bench._common import machine, median, p95, print_figures, write_json
from bench.plates import load_labels


def _reader(spin: bool):
    """A plate reader on the bundled PP-OCR models, spinning or not."""
    from gate.ocr import OnnxEngine, bundled_model_dir
    from gate.recognise import PlateReader

    return PlateReader(OnnxEngine.from_folder(bundled_model_dir(), spin=spin))


def run(folder: Path, limit: int | None = None) -> dict:
    """Time both readers on every image of `folder` (the first read untimed)."""
    readers = {"spinning": _reader(True), "sleeping": _reader(False)}
    files = list(load_labels(folder))[:limit]
    wall: dict[str, list[float]] = {name: [] for name in readers}
    cpu: dict[str, list[float]] = {name: [] for name in readers}
    differ = 0
    for i, name in enumerate(files):
        image = cv2.imread(str(folder / name), cv2.IMREAD_COLOR)
        if i == 0:
            for reader in readers.values():
                reader.read(image)
        order = list(readers) if i % 2 else list(reversed(readers))
        reads = {}
        for key in order:
            start, used = time.perf_counter(), time.process_time()
            reads[key] = sorted(c.plate for c in readers[key].read(image) if c.sure)
            wall[key].append((time.perf_counter() - start) * 1000)
            cpu[key].append((time.process_time() - used) * 1000)
        differ += reads["spinning"] != reads["sleeping"]
    figures: dict = {"images": len(files), "reads_differ": differ}
    for key in readers:
        figures[key] = {"median_ms": round(median(wall[key]), 1), "p95_ms": round(p95(wall[key]), 1),
                        "cpu_median_ms": round(median(cpu[key]), 1)}
    figures["ratio_median"] = round(median(wall["spinning"]) / max(median(wall["sleeping"]), 1e-6), 3)
    figures["ratio_p95"] = round(p95(wall["spinning"]) / max(p95(wall["sleeping"]), 1e-6), 3)
    figures["ratio_total"] = round(sum(wall["spinning"]) / max(sum(wall["sleeping"]), 1e-6), 3)
    figures["machine"] = machine()
    return figures


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and write them with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, help="only the first N images")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    figures = run(args.folder, args.limit)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
