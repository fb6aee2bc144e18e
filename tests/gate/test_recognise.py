"""Reading plates: generated plates of every kind, then the real development photos."""

from __future__ import annotations

import csv

import cv2
import numpy as np
import pytest

from gate.synthetic import render_plate

CASES = [
    ("粤B12345", "blue", False),
    ("京A88731", "blue", False),
    ("苏E3456挂", "yellow", False),
    ("湘A0H123", "yellow", True),
    ("鲁BD12345", "green", False),
    ("皖AF05568", "green", False),
    ("粤O12045", "blue", False),
    ("沪C1234警", "white", False),
]


def scene(plate_img: np.ndarray, angle: float = 0.0, noise: float = 0.0, width: int = 200) -> np.ndarray:
    """The plate at `width` px on a car-grey background, rotated and noisy."""
    img = cv2.resize(plate_img, (width, width * plate_img.shape[0] // plate_img.shape[1]), interpolation=cv2.INTER_AREA)
    frame = np.full((480, 640, 3), (70, 75, 80), np.uint8)
    y, x = 240 - img.shape[0] // 2, 320 - img.shape[1] // 2
    frame[y:y + img.shape[0], x:x + img.shape[1]] = img
    frame = cv2.warpAffine(frame, cv2.getRotationMatrix2D((320, 240), angle, 1.0), (640, 480), borderMode=cv2.BORDER_REPLICATE)
    if noise:
        frame = cv2.add(frame, np.random.default_rng(1).normal(0, noise, frame.shape).astype(np.int16), dtype=cv2.CV_8U)
    return frame


@pytest.mark.parametrize(("plate", "color", "two_rows"), CASES)
def test_generated_plates_of_every_kind(reader, plate, color, two_rows):
    found = reader.read(scene(render_plate(plate, color, two_rows=two_rows), width=220 if two_rows else 200))
    valid = {c.plate: c for c in found if c.valid}
    assert plate in valid, [(c.plate, c.valid) for c in found]
    assert valid[plate].text.color in (color, None)
    assert len(valid[plate].text.confidences) == len(plate)


@pytest.mark.parametrize(("angle", "noise", "width"), [(8, 0, 200), (-12, 6, 220), (0, 12, 160), (4, 4, 90)])
def test_tilted_noisy_and_small_plates(reader, angle, noise, width):
    found = reader.read(scene(render_plate("浙A12903", "blue"), angle, noise, width))
    assert "浙A12903" in {c.plate for c in found if c.valid}


def test_plate_in_a_large_frame_is_read_at_full_resolution(reader):
    frame = np.full((1440, 2560, 3), 90, np.uint8)
    img = render_plate("川AZ408T", "blue", width=160)
    frame[900:900 + img.shape[0], 1800:1800 + img.shape[1]] = img
    found = reader.read(frame)
    assert "川AZ408T" in {c.plate for c in found if c.valid}


def test_tight_crop_is_read_whole(reader):
    crop = cv2.resize(render_plate("皖AY605B", "blue"), (94, 24), interpolation=cv2.INTER_AREA)
    assert "皖AY605B" in {c.plate for c in reader.read(crop) if c.valid}


def test_empty_road_reads_nothing_valid(reader):
    frame = np.full((720, 1280, 3), (95, 98, 100), np.uint8)
    cv2.line(frame, (400, 100), (300, 720), (220, 220, 220), 6)
    assert not [c for c in reader.read(frame) if c.valid]


def test_real_photos_meet_the_accuracy_floor(reader, shared_plates):
    """Every fourth labelled photo (a fixed quarter of the set, scenes and crops alike)."""
    with open(shared_plates / "labels.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[::4]
    hits = false_reads = 0
    for row in rows:
        found = {c.plate for c in reader.read(cv2.imread(str(shared_plates / row["file"]))) if c.valid}
        hits += row["plate"] in found
        false_reads += len(found - {row["plate"]})
    assert hits / len(rows) >= 0.9
    assert false_reads / len(rows) <= 0.08
