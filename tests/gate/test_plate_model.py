"""The plate-specific small-plate reader: committed, loaded offline, reads a typeface it
never saw, and only ever confirms what the OCR engine read."""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest

from gate.locate import Region, cut
from gate.plate_model import MODEL_PATH, load_plate_model
from gate.plate_text import PlateText
from gate.recognise import PlateCandidate, PlateReader
from gate.synthetic import random_plate, render_plate

#: A typeface kept out of the model's training (scripts/train_province.py HELD_OUT_FONTS),
#: and the Latin face the evaluation sets draw with (left out of scripts/train_plate_reader.py).
HELD_OUT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
#: One-row plates this many px wide (characters 5-7 px wide), cut as the reader cuts them.
SMALL_WIDTH = 70


def small_cut(plate: str, color: str) -> np.ndarray:
    """`plate` drawn in the held-out typefaces, scaled to SMALL_WIDTH, on a grey car body,
    cut as the reader cuts a located plate (`gate.locate.cut`)."""
    img = render_plate(plate, color, 440, font_path=HELD_OUT, latin_font_path=LATIN)
    img = cv2.resize(img, (SMALL_WIDTH, round(SMALL_WIDTH * img.shape[0] / img.shape[1])), interpolation=cv2.INTER_AREA)
    h, w = img.shape[:2]
    body = np.full((3 * h, 2 * w, 3), (200, 200, 205), np.uint8)
    body[h:2 * h, w // 2:w // 2 + w] = img
    quad = np.array([[w // 2, h], [w // 2 + w, h], [w // 2 + w, 2 * h], [w // 2, 2 * h]], np.float32)
    return cut(body, Region(quad, color, "color"))


def region_of(cut: np.ndarray) -> Region:
    """A region covering the plate inside `small_cut`'s margins."""
    h, w = cut.shape[:2]
    return Region(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32), "blue", "color")


def test_model_is_committed_small_and_loads_from_the_repo():
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size <= 2 * 1024 * 1024
    assert load_plate_model() is not None


@pytest.mark.skipif(not (Path(HELD_OUT).exists() and Path(LATIN).exists()),
                    reason="held-out typefaces missing (fonts-noto-cjk, fonts-dejavu-core)")
@pytest.mark.parametrize("color", ["blue", "green"])
def test_reads_small_plates_in_a_typeface_it_was_not_trained_on(color):
    rng = random.Random(5)
    plates = [random_plate(rng, color) for _ in range(30)]
    lines = load_plate_model().read([small_cut(p, color) for p in plates])
    right = sum(line.text == p for line, p in zip(lines, plates))
    assert right >= 0.8 * len(plates), [(line.text, p) for line, p in zip(lines, plates) if line.text != p]


def candidate(plate: str, confidences: tuple[float, ...], cut: np.ndarray) -> PlateCandidate:
    """A valid read of `plate` from `cut` with the given per-character confidences."""
    return PlateCandidate(PlateText(plate, confidences, True, False, "blue"), region_of(cut).quad, cut)


@pytest.mark.skipif(not (Path(HELD_OUT).exists() and Path(LATIN).exists()),
                    reason="held-out typefaces missing (fonts-noto-cjk, fonts-dejavu-core)")
def test_a_weak_read_the_model_agrees_with_takes_its_confidence(engine):
    reader = PlateReader(engine)
    plate = "粤B35X72"
    cut = small_cut(plate, "blue")
    assert load_plate_model().read([cut])[0].text == plate
    weak = (0.3,) + (0.35,) * 6
    found = [candidate(plate, weak, cut)]
    reader._read_small([region_of(cut)], [cut], found)
    assert found[0].plate == plate
    assert all(after >= before for after, before in zip(found[0].text.confidences, weak))
    assert found[0].text.confidence > 0.35


@pytest.mark.skipif(not (Path(HELD_OUT).exists() and Path(LATIN).exists()),
                    reason="held-out typefaces missing (fonts-noto-cjk, fonts-dejavu-core)")
def test_a_read_the_model_disagrees_with_is_left_as_it_is_never_replaced(engine):
    reader = PlateReader(engine)
    cut = small_cut("粤B35X72", "blue")
    other = candidate("浙B35X72", (0.3,) + (0.35,) * 6, cut)
    found = [other]
    reader._read_small([region_of(cut)], [cut], found)
    assert found[0] is other
