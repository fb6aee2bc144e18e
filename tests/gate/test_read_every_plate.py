"""Every plate in view is read on its own; large photos; green plates keep their 8 characters."""

from __future__ import annotations

import cv2
import numpy as np

from gate.ocr_types import TextLine
from gate.plate_text import interpret
from gate.recognise import PlateReader
from gate.synthetic import render_plate

THREE_CARS = [("粤B12345", "blue", 220), ("湘AD09583", "green", 150), ("桂C7K352", "yellow", 90)]


def road(size: tuple[int, int]) -> np.ndarray:
    """A grey road frame with a little noise."""
    w, h = size
    frame = np.full((h, w, 3), (95, 98, 100), np.uint8)
    return cv2.add(frame, np.random.default_rng(3).normal(0, 4, frame.shape).astype(np.int16), dtype=cv2.CV_8U)


def put_car(frame: np.ndarray, plate: str, color: str, width: int, centre: tuple[int, int]) -> None:
    """A car body with its plate, `width` px wide, centred at `centre`."""
    img = render_plate(plate, color, width)
    cx, cy = centre
    cv2.rectangle(frame, (cx - width * 2, cy - width), (cx + width * 2, cy + width // 2), (200, 200, 205), -1)
    y, x = cy - img.shape[0] // 2, cx - width // 2
    frame[y:y + img.shape[0], x:x + width] = img


def test_a_frame_with_three_cars_gives_three_reads(reader):
    frame = road((1920, 1080))
    for (plate, color, width), centre in zip(THREE_CARS, [(420, 700), (1050, 520), (1600, 380)]):
        put_car(frame, plate, color, width, centre)
    valid = {c.plate for c in reader.read(frame) if c.valid}
    assert valid == {p for p, _, _ in THREE_CARS}, valid


def test_a_12_megapixel_photo_is_read(reader):
    frame = road((4000, 3000))
    put_car(frame, "豫A3M521", "blue", 300, (2600, 2100))
    assert "豫A3M521" in {c.plate for c in reader.read(frame) if c.valid}


def test_a_plate_the_localiser_saw_green_is_never_read_as_seven_characters(engine):
    reader = PlateReader(engine, province=False)
    # a green plate whose last character is hidden, cut by the frame edge
    img = render_plate("皖AD09583", "green", 240)[:, :208]
    assert not any(c.valid and len(c.plate) == 7 for c in reader.read(img))
    line = TextLine("皖AD0958", (0.99,) * 7, tuple(((ch, 0.99),) for ch in "皖AD0958"))
    assert not interpret(line, "green").valid


def test_new_energy_zero_read_as_d_is_put_right_by_the_grammar():
    line = TextLine("皖ADD9991", (0.99,) * 8, tuple(((ch, 0.99),) for ch in "皖ADD9991"))
    text = interpret(line, "green")
    assert (text.plate, text.valid) == ("皖AD09991", True)


def test_an_eight_character_read_of_unknown_colour_keeps_its_last_character():
    line = TextLine("粤BD12345", (0.99,) * 8, tuple(((ch, 0.99),) for ch in "粤BD12345"))
    assert interpret(line, None).plate == "粤BD12345"


class _UnsureProvinceEngine:
    """An OCR engine that reads every line as 渝JP3088 with its province at 0.6."""

    name = "stub"

    def recognise(self, images):
        """The same line for every image."""
        text = "渝JP3088"
        cands = (((text[0], 0.6), ("浙", 0.3)),) + tuple(((ch, 0.99),) for ch in text[1:])
        return [TextLine(text, (0.6,) + (0.99,) * 6, cands) for _ in images]

    def detect(self, image, limit=960):
        """One text box over the whole image (the reader screens colour regions for text)."""
        h, w = image.shape[:2]
        return [np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)]


def test_a_small_plate_whose_province_is_unsure_goes_out_uncertain():
    reader = PlateReader(_UnsureProvinceEngine(), province=False)
    for width, uncertain in ((70, True), (200, False)):
        frame = road((1280, 720))
        put_car(frame, "渝JP3088", "blue", width, (640, 400))
        reads = [c for c in reader.read(frame, fallback=False) if c.plate == "渝JP3088"]
        assert reads and all(c.valid for c in reads), width
        assert {c.uncertain for c in reads} == {uncertain}, width
