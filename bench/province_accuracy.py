"""How often the province model, the OCR engine and their mix name a plate's province.

    python -m bench.province_accuracy DIR [--json PATH]

DIR is any labelled folder (`../shared/data/plates`, a set of `bench.hard_plates` or of
`bench.perturbed_plates`). Every image is read by `PlateReader.read`. For each labelled plate
whose serial (everything after the province) was read right, the crop of that read is
recognised again by the OCR engine alone (a crop shaped like a two-row plate also with its
rows laid in line, as the reader reads it; the line that holds the serial is kept), and the
province model reads the window of that line's first character (`gate.province.window`),
as in the reader. Printed: the plates counted and, for each of the engine alone, the model
alone and the reader's mix, the share whose province is right; the model's confidence
(quartiles) when it is right and when it is wrong. Set against each other, a real folder
and a generated one say how well a model trained on generated typefaces transfers to real
plates.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import cv2
import numpy as np

from bench._common import machine, print_figures, ratio, write_json
from bench.plates import load_labels


def _quartiles(values: list[float]) -> list[float]:
    """The quartiles of `values`, rounded ([] when empty)."""
    return [round(float(q), 2) for q in np.percentile(values, [25, 50, 75])] if values else []


def _own_line(engine, read, serial: str):
    """The read's crop, and the engine's line of it, as the reader read it: a region shaped
    like a two-row plate is also read with its rows laid in line, and the cut whose line
    holds the plate's `serial` is the one kept (else the crop as it is)."""
    from gate.locate import may_be_two_rows, two_rows_line
    from gate.plate_text import without_gaps

    images = [read.crop] + ([two_rows_line(read.crop)] if may_be_two_rows(read.quad) else [])
    lines = engine.recognise(images)
    for image, line in zip(images, lines):
        if serial in without_gaps(line):
            return image, line
    return images[0], lines[0]


def measure(folder: Path) -> dict:
    """Engine, model and mix province accuracy over the plates of `folder` read with the right serial."""
    from gate.ocr import load_engine
    from gate.province import CLASSES, OTHER, province_queries, scaled_line, window
    from gate.recognise import PlateReader

    reader = PlateReader(load_engine())
    if reader.province_model is None:
        raise SystemExit("the province model is not installed")
    counted = engine_right = model_right = mixed_right = 0
    confidence: dict[str, list[float]] = {"right": [], "wrong": []}
    for name, rows in load_labels(folder).items():
        found = reader.read(cv2.imread(str(folder / name), cv2.IMREAD_COLOR))
        for row in rows:
            truth = row["plate"]
            read = next((c for c in found if c.valid and c.plate[1:] == truth[1:]), None)
            if read is None:
                continue
            image, line = _own_line(reader.engine, read, truth[1:])
            first = [centre for index, centre in province_queries(line) if index == 0]
            if not first:
                continue
            scaled = scaled_line(image)
            probs = reader.province_model.classify(window(scaled, first[0] * scaled.shape[1])[None])[0][:OTHER]
            model = CLASSES[int(np.argmax(probs))]
            counted += 1
            engine_right += line.text[0] == truth[0]
            model_right += model == truth[0]
            mixed_right += read.plate[0] == truth[0]
            confidence["right" if model == truth[0] else "wrong"].append(float(probs.max()))
    return {
        "plates": counted,
        "engine_right": ratio(engine_right, counted),
        "model_right": ratio(model_right, counted),
        "mixed_right": ratio(mixed_right, counted),
        "model_confidence_when_right": _quartiles(confidence["right"]),
        "model_confidence_when_wrong": _quartiles(confidence["wrong"]),
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.province_accuracy", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    if not (args.folder / "labels.csv").exists():
        print(f"no labels.csv in {args.folder}", file=sys.stderr)
        return 2
    figures = {"folder": str(args.folder), **measure(args.folder), "machine": machine()}
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
