"""Degradations of generated plate images: what cameras do to plates on the road.

Used by the province model's training (`scripts/train_province.py`) and by the generated
hard evaluation set (`bench.hard_plates`): blur (focus and motion), low resolution,
perspective, dirt, glare, night (dark, noisy, colour cast), JPEG, heavier or lighter
strokes; and, given their amounts, motion blur and a side view (`bench.far_plates`,
`bench.slanted_plates`, the reader's tests). Every random one takes a
`numpy.random.Generator`, so a seed reproduces a set.
"""

from __future__ import annotations

import cv2
import numpy as np


def stroke(img: np.ndarray, rng: np.random.Generator, light_text: bool) -> np.ndarray:
    """Thicken or thin the characters by up to one pixel (typefaces differ in weight)."""
    k = int(rng.integers(-1, 2))
    if k == 0:
        return img
    kernel = np.ones((2, 2), np.uint8)
    grow = (k > 0) == light_text
    return cv2.dilate(img, kernel) if grow else cv2.erode(img, kernel)


def perspective(img: np.ndarray, rng: np.random.Generator, amount: float,
                canvas: tuple[int, int], at: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """The homography (3x3) and corners (4x2, tl tr br bl) of `img` placed with its
    top-left near `at` in a canvas of `canvas` (w, h), each corner moved randomly by up to
    `amount` of the plate's height, plus a random rotation of up to 8 degrees × amount."""
    h, w = img.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    angle = np.deg2rad(rng.uniform(-8, 8) * amount)
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]], np.float32)
    dst = (src - src.mean(0)) @ rot.T + src.mean(0)
    dst = dst + rng.uniform(-amount, amount, (4, 2)).astype(np.float32) * h
    dst = dst - dst.min(0) + np.array(at, np.float32)
    return cv2.getPerspectiveTransform(src, dst), dst


def blur(img: np.ndarray, rng: np.random.Generator, amount: float) -> np.ndarray:
    """Focus blur, or motion blur along a random direction, of up to `amount` pixels."""
    if amount <= 0.2:
        return img
    if rng.random() < 0.3:
        return motion_blur(img, max(3, int(amount * 2) | 1), float(rng.uniform(0, 180)))
    return cv2.GaussianBlur(img, (0, 0), amount)


def motion_blur(img: np.ndarray, length: int, angle: float) -> np.ndarray:
    """`img` smeared along a line `length` px long turned by `angle` degrees."""
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1)
    kernel = cv2.warpAffine(kernel, rot, (length, length))
    return cv2.filter2D(img, -1, kernel / max(kernel.sum(), 1e-6))


def side_view(img: np.ndarray, shear: float) -> np.ndarray:
    """`img` as a camera beside the lane sees it: each column moved down by `shear` times
    its distance from the middle column, on a canvas grown (with the image's edge) to keep
    every pixel. A plate's long edges then tilt, and once turned level its characters lean."""
    h, w = img.shape[:2]
    grow = int(np.ceil(abs(shear) * w / 2))
    matrix = np.float32([[1, 0, 0], [shear, 1, grow - shear * w / 2]])
    return cv2.warpAffine(img, matrix, (w, h + 2 * grow), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def dirt(img: np.ndarray, rng: np.random.Generator, spots: int) -> np.ndarray:
    """Semi-transparent brown-grey spots and smears."""
    out = img.astype(np.float32)
    h, w = img.shape[:2]
    for _ in range(spots):
        mask = np.zeros((h, w), np.float32)
        centre = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        axes = (max(1, int(rng.uniform(0.02, 0.15) * w)), max(1, int(rng.uniform(0.03, 0.25) * h)))
        cv2.ellipse(mask, centre, axes, float(rng.uniform(0, 180)), 0, 360, 1.0, -1)
        mask = cv2.GaussianBlur(mask, (0, 0), max(1.0, axes[1] / 2))[..., None] * rng.uniform(0.2, 0.6)
        colour = np.array([rng.uniform(30, 90), rng.uniform(40, 100), rng.uniform(50, 110)], np.float32)
        out = out * (1 - mask) + colour * mask
    return np.clip(out, 0, 255).astype(np.uint8)


def glare(img: np.ndarray, rng: np.random.Generator, strength: float) -> np.ndarray:
    """A bright blob of light (sun, headlights) somewhere over the image."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    r = rng.uniform(0.15, 0.6) * w
    blob = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))[..., None]
    return np.clip(img.astype(np.float32) + blob * 255 * strength, 0, 255).astype(np.uint8)


def lighting(img: np.ndarray, rng: np.random.Generator, night: bool) -> np.ndarray:
    """Exposure, contrast and colour cast; at night dark, flat and noisy."""
    out = img.astype(np.float32)
    if night:
        out = out * rng.uniform(0.2, 0.55) + rng.uniform(0, 25)
        out = out * np.array([rng.uniform(0.7, 1.0), rng.uniform(0.8, 1.1), rng.uniform(0.9, 1.3)], np.float32)
        out += rng.normal(0, rng.uniform(4, 14), out.shape)
    else:
        out = (out - 128) * rng.uniform(0.6, 1.2) + 128 + rng.uniform(-40, 40)
        out = out * np.array([rng.uniform(0.85, 1.15) for _ in range(3)], np.float32)
        out += rng.normal(0, rng.uniform(0, 6), out.shape)
    return np.clip(out, 0, 255).astype(np.uint8)


def jpeg(img: np.ndarray, rng: np.random.Generator, low: int = 15, high: int = 95) -> np.ndarray:
    """The image through JPEG at a random quality in [low, high]."""
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(low, high + 1))])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR) if ok else img
