"""The plate-specific province model: committed, loaded offline, reads a typeface it never saw."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.plates import PROVINCES
from gate.ocr_types import TextLine
from gate.province import CLASSES, MODEL_PATH, fuse, load_province_model
from gate.synthetic import char_centres, render_plate

#: A typeface kept out of the model's training (scripts/train_province.py HELD_OUT_FONTS).
HELD_OUT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"


def test_model_is_committed_small_and_loads_from_the_repo():
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size <= 2 * 1024 * 1024
    assert load_province_model() is not None


@pytest.mark.skipif(not Path(HELD_OUT).exists(), reason="held-out typeface missing (fonts-noto-cjk)")
@pytest.mark.parametrize("color", ["blue", "green", "yellow"])
def test_reads_every_province_in_a_typeface_it_was_not_trained_on(color):
    model = load_province_model()
    right = 0
    for i, province in enumerate(PROVINCES):
        plate = province + "AD12345" if color == "green" else province + "B1234" + "0123456789"[i % 10]
        img = render_plate(plate, color, 160, font_path=HELD_OUT,
                           latin_font_path=LATIN if Path(LATIN).exists() else None)
        x = char_centres(plate, 160)[0][0] / img.shape[1]
        probs = model.read(img, [x])[0]
        right += CLASSES[int(probs.argmax())] == province
    assert right >= 0.9 * len(PROVINCES), f"{right} of {len(PROVINCES)}"


def test_a_confident_model_overrides_a_full_confidence_province_swap():
    line = TextLine("浙A12345", (1.0,) * 7, tuple(((c, 1.0),) for c in "浙A12345"), tuple(i / 7 for i in range(7)))
    probs = [[0.0] * len(CLASSES)]
    probs[0][CLASSES.index("湘")] = 0.95
    probs[0][CLASSES.index("浙")] = 0.05
    fused = fuse(line, [(0, 0.0)], __import__("numpy").array(probs))
    assert fused.text[0] == "湘" and fused.confidences[0] > 0.75


def test_an_unsure_model_leaves_the_engine_reading():
    import numpy as np

    line = TextLine("浙A12345", (0.97,) * 7, tuple(((c, 0.97),) for c in "浙A12345"), tuple(i / 7 for i in range(7)))
    probs = np.zeros((1, len(CLASSES)))
    probs[0, CLASSES.index("湘")], probs[0, CLASSES.index("浙")], probs[0, -1] = 0.35, 0.3, 0.35
    assert fuse(line, [(0, 0.0)], probs).text[0] == "浙"
