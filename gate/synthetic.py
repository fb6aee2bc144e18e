"""Synthetic plates and gate videos, for tests, benchmarks and the demo.

    >>> image = render_plate("粤B12345", "blue")            # BGR numpy array, 440 px wide
    >>> passes = [CarPass("粤B12345", "blue", enter=0.5), CarPass("京AD12345", "green", enter=4)]
    >>> expected = write_gate_video("gate.mp4", passes, seconds=10)

Plates are drawn with a CJK TrueType font found on the machine (`find_cjk_font`), in the
layout of GA 36 plates: blue, yellow (one or two rows), green new-energy (8 characters,
a white-to-green gradient) and white. A video shows cars driving towards the camera on a
road, each with its plate, optionally tilted, blurred, darkened or parked in view.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

#: Fonts tried in order when no font path is given.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)

#: Background colour (RGB), text colour (RGB) per plate colour.
PALETTE = {
    "blue": ((10, 60, 190), (255, 255, 255)),
    "yellow": ((245, 190, 10), (10, 10, 10)),
    "green": ((90, 200, 110), (10, 10, 10)),
    "white": ((240, 240, 240), (10, 10, 10)),
    "black": ((15, 15, 15), (255, 255, 255)),
}


def find_cjk_font() -> str:
    """Path of a font with Chinese characters; FileNotFoundError when the machine has none."""
    for path in FONT_CANDIDATES:
        if Path(path).exists():
            return path
    raise FileNotFoundError("no CJK font found (install fonts-wqy-microhei or fonts-noto-cjk)")


@lru_cache(maxsize=8)
def _font(size: int, path: str | None = None) -> ImageFont.FreeTypeFont:
    """A loaded font of `size` pixels."""
    return ImageFont.truetype(path or find_cjk_font(), size)


def render_plate(plate: str, color: str = "blue", width: int = 440, two_rows: bool = False,
                 font_path: str | None = None, latin_font_path: str | None = None) -> np.ndarray:
    """A BGR image of `plate` on a plate of `color`, `width` pixels wide.

    `latin_font_path` draws letters and digits with another typeface than the Chinese
    characters (CJK fonts without Latin glyphs, or a plate-like Latin face).

    Eight-character (new-energy) plates are 480:140, one-row plates 440:140 and two-row
    plates (large yellow vehicles) 440:220, as on the road.
    """
    ratio = 220 / 440 if two_rows else (140 / 480 if len(plate) == 8 else 140 / 440)
    w, h = width, max(16, round(width * ratio))
    bg, fg = PALETTE[color]
    img = Image.new("RGB", (w, h), bg)
    draw = ImageDraw.Draw(img)
    if color == "green":
        _gradient(img)
    border = max(1, w // 110)
    draw.rounded_rectangle((border, border, w - 1 - border, h - 1 - border), radius=max(2, w // 40),
                           outline=fg, width=border)
    if two_rows:
        _draw_row(draw, plate[:2], (w * 0.25, h * 0.06, w * 0.75, h * 0.36), fg, font_path, latin=latin_font_path)
        _draw_row(draw, plate[2:], (w * 0.05, h * 0.40, w * 0.95, h * 0.94), fg, font_path, latin=latin_font_path)
    else:
        _draw_row(draw, plate, (w * 0.035, h * 0.12, w * 0.965, h * 0.88), fg, font_path, dot_after=2,
                  latin=latin_font_path)
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def char_centres(plate: str, width: int = 440, two_rows: bool = False) -> list[tuple[float, float]]:
    """Where `render_plate` centres each character of `plate` (x, y pixels, same width)."""
    ratio = 220 / 440 if two_rows else (140 / 480 if len(plate) == 8 else 140 / 440)
    w, h = width, max(16, round(width * ratio))
    if two_rows:
        top = _cell_centres(2, (w * 0.25, w * 0.75), 0)
        bottom = _cell_centres(len(plate) - 2, (w * 0.05, w * 0.95), 0)
        return [(x, h * 0.21) for x in top] + [(x, h * 0.67) for x in bottom]
    return [(x, h * 0.5) for x in _cell_centres(len(plate), (w * 0.035, w * 0.965), 2)]


def _cell_centres(n: int, span: tuple[float, float], dot_after: int) -> list[float]:
    """Centres of `n` character cells spread over `span` as `_draw_row` lays them out."""
    cell = (span[1] - span[0]) / (n + (0.5 if dot_after else 0))
    return [span[0] + cell * (i + 0.5 + (0.5 if dot_after and i >= dot_after else 0)) for i in range(n)]


def _gradient(img: Image.Image) -> None:
    """Paint the new-energy plate's white-to-green vertical gradient."""
    arr = np.asarray(img).astype(np.float32)
    top, bottom = np.array([235, 250, 235], np.float32), np.array([60, 190, 90], np.float32)
    t = np.linspace(0, 1, arr.shape[0])[:, None, None]
    img.paste(Image.fromarray((top * (1 - t) + bottom * t).repeat(arr.shape[1], 1).astype(np.uint8)))


def _draw_row(draw: ImageDraw.ImageDraw, text: str, box: tuple[float, float, float, float],
              fill: tuple[int, int, int], font_path: str | None, dot_after: int = 0,
              latin: str | None = None) -> None:
    """Draw `text` spread evenly over `box`, each character centred in its own cell
    (ASCII characters with the `latin` typeface when given)."""
    x0, y0, x1, y1 = box
    cells = len(text) + (0.5 if dot_after else 0)
    cell = (x1 - x0) / cells
    size = max(8, int(min(y1 - y0, cell * 1.9) * 0.95))
    x = x0
    for i, char in enumerate(text):
        font = _font(size, latin if latin and char.isascii() else font_path)
        if dot_after and i == dot_after:
            r = max(1.5, cell * 0.08)
            cx, cy = x + cell * 0.25, (y0 + y1) / 2
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
            x += cell * 0.5
        left, top, right, bottom = draw.textbbox((0, 0), char, font=font)
        scale_w = min(1.0, cell * 0.92 / max(right - left, 1))
        glyph = Image.new("L", (right - left + 2, bottom - top + 2), 0)
        ImageDraw.Draw(glyph).text((-left + 1, -top + 1), char, font=font, fill=255)
        glyph = glyph.resize((max(1, int(glyph.width * scale_w)), max(1, int(y1 - y0))))
        draw.bitmap((x + (cell - glyph.width) / 2, y0), glyph, fill=fill)
        x += cell


#: Car body colours (BGR): white, silver, black, red, dark grey, beige.
CAR_COLORS = ((235, 235, 235), (180, 182, 185), (25, 25, 28), (40, 40, 170), (70, 70, 72), (150, 185, 205))


@dataclass(frozen=True)
class CarPass:
    """One car in a generated gate video.

    The car enters at `enter` seconds and drives towards the camera for `duration`
    seconds; a parked car stops in view and stays to the end. `lane` shifts it sideways
    (-1 left .. 1 right); `angle` tilts the plate in degrees; `blur` (pixels) and
    `brightness` (1 = normal) vary the image.
    """

    plate: str
    color: str = "blue"
    enter: float = 0.0
    duration: float = 3.0
    two_rows: bool = False
    angle: float = 0.0
    blur: float = 0.0
    brightness: float = 1.0
    parked: bool = False
    lane: float = 0.0


@dataclass(frozen=True)
class ExpectedArrival:
    """A car of the video and when its plate is in view (seconds)."""

    plate: str
    color: str
    first_visible: float
    last_visible: float


def write_gate_video(path: str | Path, passes: Sequence[CarPass], seconds: float | None = None,
                     size: tuple[int, int] = (1280, 720), fps: float = 25.0, seed: int = 7,
                     noise: float = 4.0) -> list[ExpectedArrival]:
    """Write a video of `passes` to `path` (.mp4: mp4v, .avi: MJPG) and return what it shows."""
    seconds = seconds or max((p.enter + p.duration for p in passes), default=1.0) + 1.0
    fourcc = cv2.VideoWriter_fourcc(*("MJPG" if str(path).lower().endswith(".avi") else "mp4v"))
    writer = cv2.VideoWriter(str(path), fourcc, fps, size)
    if not writer.isOpened():
        raise OSError(f"cannot write video {path}")
    rng = np.random.default_rng(seed)
    plates = {p: render_plate(p.plate, p.color, 440, p.two_rows) for p in passes}
    seen: dict[CarPass, list[float]] = {}
    background = _road(size)
    try:
        for index in range(int(round(seconds * fps))):
            t = index / fps
            frame = background.copy()
            for car in sorted(passes, key=lambda c: _progress(c, t)):
                if _draw_car(frame, car, plates[car], t):
                    seen.setdefault(car, []).append(t)
            if noise:
                frame = cv2.add(frame, rng.normal(0, noise, frame.shape).astype(np.int16), dtype=cv2.CV_8U)
            writer.write(frame)
    finally:
        writer.release()
    return [ExpectedArrival(c.plate, c.color, ts[0], ts[-1]) for c, ts in sorted(seen.items(), key=lambda kv: kv[1][0])]


def _road(size: tuple[int, int]) -> np.ndarray:
    """A grey road with lane markings and a kerb, as the gate camera sees it."""
    w, h = size
    frame = np.full((h, w, 3), (95, 98, 100), np.uint8)
    cv2.rectangle(frame, (0, 0), (w, h // 6), (170, 180, 175), -1)
    for x in (w // 3, 2 * w // 3):
        cv2.line(frame, (x, h // 6), (x + (x - w // 2) // 2, h), (220, 220, 220), 6)
    return frame


def _progress(car: CarPass, t: float) -> float:
    """How far the car has driven at time `t`: 0 entering, 1 leaving; <0 or >1 out of view."""
    p = (t - car.enter) / car.duration
    return min(p, 0.55) if car.parked and p >= 0 else p


def _draw_car(frame: np.ndarray, car: CarPass, plate: np.ndarray, t: float) -> bool:
    """Draw the car at time `t`; True when its plate is fully in view."""
    p = _progress(car, t)
    if not 0.0 <= p <= 1.0:
        return False
    h, w = frame.shape[:2]
    plate_w = int(150 + 130 * p)
    car_w, car_h = int(plate_w * 3.6), int(plate_w * 2.6)
    cx = int(w / 2 + car.lane * w * 0.27)
    cy = int(-car_h / 2 + (h + car_h) * p)
    x0, y0 = cx - car_w // 2, cy - car_h // 2
    body = CAR_COLORS[sum(map(ord, car.plate)) % len(CAR_COLORS)]
    cv2.rectangle(frame, (x0, y0), (x0 + car_w, y0 + car_h), body, -1)
    cv2.rectangle(frame, (x0 + car_w // 8, y0 + car_h // 10), (x0 + 7 * car_w // 8, y0 + car_h // 2), (40, 40, 45), -1)
    img = cv2.resize(plate, (plate_w, max(8, plate_w * plate.shape[0] // plate.shape[1])), interpolation=cv2.INTER_AREA)
    img = _degrade(img, car)
    return _paste(frame, img, (cx, y0 + int(car_h * 0.78)), car.angle)


def _degrade(img: np.ndarray, car: CarPass) -> np.ndarray:
    """Apply the pass's blur and brightness to a plate image."""
    if car.blur > 0:
        k = max(1, int(car.blur)) * 2 + 1
        img = cv2.GaussianBlur(img, (k, k), car.blur)
    if car.brightness != 1.0:
        img = cv2.convertScaleAbs(img, alpha=car.brightness, beta=0)
    return img


def _paste(frame: np.ndarray, img: np.ndarray, centre: tuple[int, int], angle: float) -> bool:
    """Paste `img` rotated by `angle` degrees centred at `centre`; True when fully inside."""
    h, w = img.shape[:2]
    diag = int(math.hypot(w, h)) + 2
    canvas = np.zeros((diag, diag, 3), np.uint8)
    mask = np.zeros((diag, diag), np.uint8)
    ox, oy = (diag - w) // 2, (diag - h) // 2
    canvas[oy:oy + h, ox:ox + w] = img
    mask[oy:oy + h, ox:ox + w] = 255
    rot = cv2.getRotationMatrix2D((diag / 2, diag / 2), angle, 1.0)
    canvas = cv2.warpAffine(canvas, rot, (diag, diag))
    mask = cv2.warpAffine(mask, rot, (diag, diag))
    x0, y0 = centre[0] - diag // 2, centre[1] - diag // 2
    fx0, fy0 = max(0, x0), max(0, y0)
    fx1, fy1 = min(frame.shape[1], x0 + diag), min(frame.shape[0], y0 + diag)
    if fx1 <= fx0 or fy1 <= fy0:
        return False
    region = frame[fy0:fy1, fx0:fx1]
    m = mask[fy0 - y0:fy1 - y0, fx0 - x0:fx1 - x0, None] > 127
    region[:] = np.where(m, canvas[fy0 - y0:fy1 - y0, fx0 - x0:fx1 - x0], region)
    inside = x0 + ox >= 0 and y0 + oy >= 0 and x0 + ox + w <= frame.shape[1] and y0 + oy + h <= frame.shape[0]
    return inside


def random_plate(rng: random.Random, color: str = "blue") -> str:
    """A random valid plate for `color` (green: an 8-character new-energy plate)."""
    from app.domain.plates import PROVINCES, SERIAL_LETTERS

    province, authority = rng.choice(PROVINCES), rng.choice(SERIAL_LETTERS)
    digits = "0123456789"
    if color == "green":
        return province + authority + rng.choice("DF") + rng.choice(SERIAL_LETTERS + digits) + "".join(rng.choices(digits, k=4))
    serial = "".join(rng.choices(digits, k=3)) + "".join(rng.choices(SERIAL_LETTERS + digits, k=2))
    return province + authority + serial
