"""Generate the hard evaluation set: plates nobody tuned to, in a typeface never trained on.

    python -m bench.hard_plates OUT_DIR [--images 240] [--seed 2026]

Writes images under OUT_DIR/{single,multi,crop}/ and OUT_DIR/labels.csv in the format of
the development photos (`file,plate,kind,plate_color`; one row per plate), plus the plate's
width in pixels (`plate_width`, before perspective) for `bench.plates`' split by width, and
a scene plate's corners in its frame (`plate_quad`, x y of tl tr br bl) for
`bench.recognition_ceiling`. Every province
is equally likely, a third of the plates are green new-energy plates, yellow plates are
one- or two-row; plates are 40-400 px wide; multi-car scenes hold 2-3 cars at different
distances; the plates are rendered with HELD_OUT_FONTS of scripts/train_province.py
(Noto Sans CJK), which the province model never saw, and degraded (blur, night, dirt,
glare, perspective, JPEG). The same seed gives the same set. Never commit its output.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

import cv2
import numpy as np

from app.domain.plates import PROVINCES, SERIAL_LETTERS
from gate import degrade
from gate.synthetic import CAR_COLORS, render_plate

#: The held-out typefaces (the first one present is used; see scripts/train_province.py).
FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
)
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
#: Frame sizes (w, h) and their weights; the last is a 12 MP photo.
FRAMES = (((640, 480), 2), ((1280, 720), 3), ((1920, 1080), 3), ((1600, 1200), 1), ((4000, 3000), 1))


def held_out_fonts() -> list[str]:
    """The held-out typefaces installed here (Debian: fonts-noto-cjk)."""
    return [f for f in FONTS if Path(f).exists()]


def random_plate(rng: random.Random) -> tuple[str, str, bool]:
    """(plate, colour, two_rows): provinces uniform, a third green, yellow one or two rows."""
    province = rng.choice(PROVINCES)
    authority = rng.choice(SERIAL_LETTERS)
    digits = "0123456789"
    roll = rng.random()
    if roll < 1 / 3:
        if rng.random() < 0.85:
            fourth = rng.choice(SERIAL_LETTERS) if rng.random() < 0.15 else rng.choice(digits)
            serial = rng.choice("DF") + fourth + "".join(rng.choices(digits, k=4))
        else:
            serial = "".join(rng.choices(digits, k=5)) + rng.choice("DF")
        return province + authority + serial, "green", False
    serial = "".join(rng.choices(digits, k=3)) + "".join(rng.choices(SERIAL_LETTERS + digits * 2, k=2))
    rng.shuffle(serial_list := list(serial))
    serial = "".join(serial_list)
    if roll < 0.5:
        return province + authority + serial, "yellow", rng.random() < 0.5
    return province + authority + serial, "blue", False


def plate_image(rng: random.Random, nrng: np.random.Generator, plate: str, colour: str, two_rows: bool,
                width: int, font: str) -> np.ndarray:
    """The plate rendered large, weathered, then scaled to `width` px (blurred first)."""
    big = render_plate(plate, colour, 440, two_rows, font_path=font, latin_font_path=LATIN)
    if rng.random() < 0.3:
        big = degrade.dirt(big, nrng, rng.randint(1, 3))
    scale = width / big.shape[1]
    big = degrade.blur(big, nrng, rng.uniform(0.0, 1.2) / max(scale, 0.05))
    return cv2.resize(big, (width, max(8, round(big.shape[0] * scale))), interpolation=cv2.INTER_AREA)


def paste(frame: np.ndarray, img: np.ndarray, at: tuple[int, int], nrng: np.random.Generator,
          tilt: float) -> np.ndarray:
    """Paste `img` in perspective with its top-left near `at`; its corners in the frame
    (4x2, tl tr br bl)."""
    h, w = img.shape[:2]
    matrix, corners = degrade.perspective(img, nrng, tilt, (frame.shape[1], frame.shape[0]), at)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (frame.shape[1], frame.shape[0]))
    warped = cv2.warpPerspective(img, matrix, (frame.shape[1], frame.shape[0]))
    frame[mask > 127] = warped[mask > 127]
    return corners


def scene(rng: random.Random, nrng: np.random.Generator, cars: int,
          font: str) -> tuple[np.ndarray, list[tuple[str, str, int, str]]]:
    """A road scene with `cars` cars side by side at different distances, and their plates
    (plate, colour, width in pixels before perspective, corners in the frame as
    `plate_quad` text)."""
    size = rng.choices([f for f, _ in FRAMES], [w for _, w in FRAMES])[0]
    w, h = size
    frame = np.full((h, w, 3), (rng.randint(70, 130),) * 3, np.uint8)
    frame[: h // 4] = (rng.randint(150, 230), rng.randint(150, 220), rng.randint(130, 200))
    frame = cv2.add(frame, nrng.normal(0, 10, frame.shape).astype(np.int16), dtype=cv2.CV_8U)
    labels = []
    slots = list(range(cars))
    rng.shuffle(slots)
    for k in slots:
        plate, colour, two_rows = random_plate(rng)
        limit = min(400, int(w / cars / 3.2))
        width = int(np.exp(rng.uniform(np.log(40), np.log(max(41, limit)))))
        car_w, car_h = int(width * 3.4), int(width * 2.4)
        x0 = int((k + 0.5) * w / cars - car_w / 2 + rng.uniform(-0.05, 0.05) * w)
        y0 = int(rng.uniform(0.3, 0.95) * h - car_h)
        x0, y0 = max(0, min(w - car_w, x0)), max(0, min(h - car_h, y0))
        body = CAR_COLORS[rng.randrange(len(CAR_COLORS))]
        cv2.rectangle(frame, (x0, y0), (x0 + car_w, y0 + car_h), body, -1)
        cv2.rectangle(frame, (x0 + car_w // 8, y0 + car_h // 10), (x0 + 7 * car_w // 8, y0 + car_h // 2), (40, 40, 45), -1)
        img = plate_image(rng, nrng, plate, colour, two_rows, width, font)
        corners = paste(frame, img, (x0 + (car_w - width) // 2, y0 + int(car_h * 0.68)), nrng, rng.uniform(0, 0.2))
        labels.append((plate, colour, width, " ".join(f"{v:.1f}" for v in corners.ravel())))
    return frame, labels


def finish(img: np.ndarray, rng: random.Random, nrng: np.random.Generator) -> np.ndarray:
    """Light, glare and JPEG over the whole image."""
    night = rng.random() < 0.15
    img = degrade.lighting(img, nrng, night)
    if rng.random() < 0.15 and img.shape[1] <= 2000:
        img = degrade.glare(img, nrng, rng.uniform(0.1, 0.35))
    return degrade.jpeg(img, nrng, 35, 95)


def generate(out: Path, images: int, seed: int) -> int:
    """Write the set; the number of plates written."""
    fonts = held_out_fonts()
    if not fonts:
        raise SystemExit("the held-out typeface is missing: apt-get install fonts-noto-cjk")
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    rows = []
    for folder in ("single", "multi", "crop"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for i in range(images):
        font = fonts[i % len(fonts)]
        roll = i % 6
        if roll < 3:
            folder, (img, labels) = "single", scene(rng, nrng, 1, font)
        elif roll < 5:
            folder, (img, labels) = "multi", scene(rng, nrng, rng.choice((2, 3)), font)
        else:
            plate, colour, two_rows = random_plate(rng)
            width = int(np.exp(rng.uniform(np.log(60), np.log(300))))
            img = plate_image(rng, nrng, plate, colour, two_rows, width, font)
            folder, labels = "crop", [(plate, colour, width, "")]
        img = finish(img, rng, nrng)
        name = f"{folder}/hard_{i:04d}.jpg"
        cv2.imwrite(str(out / name), img)
        rows += [(name, plate, "crop" if folder == "crop" else "scene", colour, width, quad)
                 for plate, colour, width, quad in labels]
    with open(out / "labels.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "plate", "kind", "plate_color", "plate_width", "plate_quad"])
        writer.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.hard_plates", description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--images", type=int, default=240)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    plates = generate(args.out, args.images, args.seed)
    print(f"wrote {args.images} images with {plates} plates to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
