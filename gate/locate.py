"""Find plate regions in a frame by colour and edges, and straighten them.

Chinese plates have a saturated background (blue, yellow, green) behind light or dark
characters. The search runs on a copy of the frame scaled down to `SEARCH_WIDTH`; the
regions it returns are quads in full-resolution frame coordinates, so the plate is cut
and read at full resolution. Plates whose colour is washed out (dim gate cameras, night,
colour casts) are looked for by their characters' vertical edges (`find_edge_plates`);
what neither finds is left to the OCR detector fallback of `gate.recognise`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import cv2
import numpy as np

from gate.geometry import expand_quad, order_corners, quad_size, warp, warp_quad, warp_transform

#: Frames wider than this are scaled down for the search.
SEARCH_WIDTH = 1280

#: HSV ranges (OpenCV hue 0-180) of plate backgrounds: (low, high) per colour.
COLOR_RANGES: dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]] = {
    "blue": ((89, 80, 45), (130, 255, 255)),
    "yellow": ((8, 80, 55), (34, 255, 255)),
    "green": ((36, 40, 60), (86, 255, 255)),
}


@dataclass(frozen=True)
class Region:
    """A plate candidate: its corners in frame pixels (tl, tr, br, bl) and what found it."""

    quad: np.ndarray
    color: str | None
    source: str  # "color", "edge", "text" (OCR detector) or "frame" (the frame is the plate)

    @property
    def width(self) -> float:
        """The plate's width in frame pixels."""
        return quad_size(self.quad)[0]

    @property
    def aspect(self) -> float:
        """Width over height."""
        w, h = quad_size(self.quad)
        return w / max(h, 1e-6)


#: A colour whose loose mask covers more than this fraction of the frame (a green cast,
#: grass, a blue sky) cannot outline a plate of that colour: the frame is flooded.
FLOODED = 0.25


class ColourSearch(NamedTuple):
    """The colour search's regions, and the colours whose masks flooded the frame."""

    regions: list[Region]
    flooded: tuple[str, ...]


def colour_search(frame: np.ndarray, min_width: int = 60, max_width: int = 600,
                  max_regions: int = 6, copy: tuple[float, np.ndarray] | None = None) -> ColourSearch:
    """Plate-coloured, plate-shaped regions of `frame`, most plate-like first, and the
    colours that flooded the frame (a plate of such a colour merges with its surroundings).
    `copy` is the frame's `search_copy` when the caller has made it already."""
    scale, small = copy or search_copy(frame)
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    scored: list[tuple[float, Region]] = []
    flooded = []
    for color, (low, high) in COLOR_RANGES.items():
        loose = cv2.inRange(hsv, low, high)
        if cv2.countNonZero(loose) > FLOODED * loose.size:
            flooded.append(color)
        strict = cv2.inRange(hsv, (low[0], max(low[1], 140), max(low[2], 90)), high)
        for mask in (loose, strict):
            for score, quad in _plate_quads(mask, min_width * scale, max_width * scale * 1.3):
                scored.append((score, Region(quad / scale, color, "color")))
    scored.sort(key=lambda sr: -sr[0])
    return ColourSearch(_dedupe([r for _, r in scored])[:max_regions], tuple(flooded))


def find_plates(frame: np.ndarray, min_width: int = 60, max_width: int = 600,
                max_regions: int = 6) -> list[Region]:
    """Plate-coloured, plate-shaped regions of `frame`, most plate-like first."""
    return colour_search(frame, min_width, max_width, max_regions).regions


def search_copy(frame: np.ndarray) -> tuple[float, np.ndarray]:
    """(scale, the frame reduced to at most `SEARCH_WIDTH` wide) for the searches."""
    scale = min(1.0, SEARCH_WIDTH / frame.shape[1])
    return scale, (reduced(frame, scale) if scale < 1 else frame)


#: The horizontal closing that joins a plate's character edges into one blob, in pixels
#: of the search copy (the copy is searched again at half size for large plates).
EDGE_CLOSE = 17


def find_edge_plates(frame: np.ndarray, min_width: int = 60, max_width: int = 600,
                     max_regions: int = 6, copy: tuple[float, np.ndarray] | None = None) -> list[Region]:
    """Plate-shaped clusters of vertical edges (a row of characters), most plate-like first.

    Needs no colour: it finds the dim, night and colour-cast plates the masks miss, and
    paint, grilles and signs too, so its regions are screened for text before being read.
    `copy` is the frame's `search_copy` when the caller has made it already.
    """
    scale, small = copy or search_copy(frame)
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    scored: list[tuple[float, Region]] = []
    factor = 1.0
    while True:
        for score, quad in _edge_quads(gray, min_width * scale * factor, max_width * scale * factor * 1.3):
            scored.append((score, Region(quad / (scale * factor), None, "edge")))
        if gray.shape[1] < 400 or factor < 1.0:
            break
        # at half size the closing joins the wider gaps of large plates
        gray = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
        factor = 0.5
    scored.sort(key=lambda sr: -sr[0])
    return _dedupe([r for _, r in scored])[:max_regions]


def _edge_quads(gray: np.ndarray, min_w: float, max_w: float) -> list[tuple[float, np.ndarray]]:
    """(plate-likeness, quad) of blobs of vertical edges shaped like a plate."""
    gradient = cv2.convertScaleAbs(cv2.Sobel(cv2.GaussianBlur(gray, (3, 3), 0), cv2.CV_16S, 1, 0, ksize=3))
    _, edges = cv2.threshold(gradient, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (EDGE_CLOSE, 3)))
    closed = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (EDGE_CLOSE // 3, 3)))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for contour in contours:
        rect = cv2.minAreaRect(contour)
        w, h = max(rect[1]), min(rect[1])
        if not (min_w * 0.8 <= w <= max_w) or h < 6 or not (1.8 <= w / h <= 7.0):
            continue
        fill = cv2.contourArea(contour) / (w * h)
        if fill < 0.5:
            continue
        x, y, bw, bh = cv2.boundingRect(contour)
        density = float(np.count_nonzero(edges[y:y + bh, x:x + bw])) / max(bw * bh, 1)
        out.append((density * 2 + _shape(w / h) + fill, order_corners(cv2.boxPoints(rect))))
    return out


def _shape(aspect: float) -> float:
    """How close `aspect` is to a one-row (3.2) or two-row (2.0) plate's, 1 at best."""
    return 1.0 - min(abs(aspect - 3.2), abs(aspect - 2.0) + 0.3) / 4


def reduced(frame: np.ndarray, scale: float) -> np.ndarray:
    """`frame` scaled down by `scale` quickly. An area average at a fractional ratio costs
    15-80 ms on a large photo, so a frame is brought by linear sampling down to twice the
    target size, then area-averaged by exactly two (a few ms in all); a frame that is
    already less than twice the target is sampled linearly straight to it (at a ratio
    of 0.5 or more the linear filter's two-pixel support still covers every pixel)."""
    if scale < 0.5:
        frame = cv2.resize(frame, None, fx=scale * 2, fy=scale * 2, interpolation=cv2.INTER_LINEAR)
        scale = 0.5
        interpolation = cv2.INTER_AREA
    else:
        interpolation = cv2.INTER_LINEAR
    size = (max(1, round(frame.shape[1] * scale)), max(1, round(frame.shape[0] * scale)))
    return cv2.resize(frame, size, interpolation=interpolation)


def _plate_quads(mask: np.ndarray, min_w: float, max_w: float) -> list[tuple[float, np.ndarray]]:
    """(plate-likeness, quad) of mask blobs shaped like a plate.

    Gaps the characters leave are closed first. A plate's colour covers roughly half to
    nine tenths of its rectangle (the rest is characters); uniform paint covers it all.
    """
    kw = max(3, int(min_w / 8)) | 1
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (kw, max(3, kw // 2) | 1)))
    closed = cv2.morphologyEx(closed, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for contour in contours:
        rect = cv2.minAreaRect(contour)
        w, h = max(rect[1]), min(rect[1])
        if not (min_w * 0.8 <= w <= max_w) or h < 5 or not (1.5 <= w / h <= 7.0):
            continue
        fill = cv2.contourArea(contour) / (w * h)
        if fill < 0.5:
            continue
        quad = order_corners(cv2.boxPoints(rect))
        out.append((_plate_score(mask, quad, w / h, fill), quad))
    return out


def _plate_score(mask: np.ndarray, quad: np.ndarray, aspect: float, fill: float) -> float:
    """How plate-like a candidate is, from its colour coverage, shape and fill."""
    patch = warp_quad(mask, quad)
    inner = patch[patch.shape[0] // 5: -max(1, patch.shape[0] // 5), patch.shape[1] // 12: -max(1, patch.shape[1] // 12)]
    coverage = float(np.count_nonzero(inner)) / max(inner.size, 1)
    chars = 1.0 - abs(coverage - 0.68) / 0.32
    return max(chars, 0.0) * 2 + _shape(aspect) + fill


#: A region inside one already kept is the same plate found twice unless the kept one is
#: this many times wider: a plate-coloured bumper or bodywork around a plate of another
#: colour (a blue plate on a yellow taxi) must not hide the plate.
NESTED_WIDTH = 1.6


def _dedupe(regions: list[Region]) -> list[Region]:
    """Drop regions whose centre lies inside a region already kept of similar width."""
    kept: list[Region] = []
    for region in regions:
        centre = tuple(map(float, region.quad.mean(axis=0)))
        if not any(cv2.pointPolygonTest(k.quad.reshape(-1, 1, 2), centre, False) >= 0
                   and k.width < region.width * NESTED_WIDTH for k in kept):
            kept.append(region)
    return kept


def whole_frame(frame: np.ndarray) -> Region | None:
    """The frame itself as a region when it is shaped like a plate (a tight crop)."""
    h, w = frame.shape[:2]
    if w > 800 or not (1.8 <= w / h <= 6.5):
        return None
    quad = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    return Region(quad, dominant_color(frame), "frame")


def cut(frame: np.ndarray, region: Region, pad_x: float = 0.04, pad_y: float = 0.12,
        height: int = 64) -> np.ndarray:
    """The region straightened, with a margin, at a height suited to the recogniser."""
    return warp(frame, *cut_transform(region, pad_x, pad_y, height))


def cut_transform(region: Region, pad_x: float = 0.04, pad_y: float = 0.12,
                  height: int = 64) -> tuple[np.ndarray, tuple[int, int]]:
    """The frame-to-crop matrix of `cut` and the crop's (width, height)."""
    quad = expand_quad(region.quad, pad_x, pad_y) if region.source != "frame" else region.quad
    h = quad_size(region.quad)[1]
    return warp_transform(quad, height if h > height else None)


def dominant_color(crop: np.ndarray) -> str | None:
    """The plate colour of `crop` from the hue and brightness of its saturated background.

    None when too little of the crop is saturated to tell (white, grey or washed out).
    Warm light pushes yellow plates towards red, so hues near 0 and 180 count as yellow.
    Between green and blue the background's brightness decides: a blue plate's background
    is dark behind white characters, a new-energy plate's light green behind black ones
    (a cyan cast makes blue plates' hue drift towards green).
    """
    hsv = cv2.cvtColor(crop, cv2.COLOR_BGR2HSV)
    saturated = (hsv[..., 1] >= 60) & (hsv[..., 2] >= 60)
    if saturated.mean() < 0.3:
        return None
    hue = float(np.median(hsv[..., 0][saturated]))
    if hue <= 34 or hue >= 170:
        return "yellow"
    if not 38 <= hue <= 135:
        return None
    light = float(np.median(cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)[saturated]))
    if hue >= 92:
        return "blue"
    if hue < 83:
        return "green"
    return "green" if light >= 125 else "blue"


#: A two-row plate's top row is squeezed to this fraction of its width when laid in line.
TOP_ROW_SQUEEZE = 0.6
#: A region narrower than this (width / height) may be a two-row plate (2:1; a one-row
#: plate is about 3.1:1), so its rows are also read laid in line (`two_rows_line`).
TWO_ROW_ASPECT = 2.8


def may_be_two_rows(quad: np.ndarray) -> bool:
    """True when a region's `quad` is narrow enough to be a two-row plate (`TWO_ROW_ASPECT`)."""
    width, height = quad_size(quad)
    return width / max(height, 1) < TWO_ROW_ASPECT


def two_rows_line(crop: np.ndarray) -> np.ndarray:
    """A two-row plate (yellow large vehicle) laid out as one line: top row, then bottom.

    The top row keeps its x positions scaled by `two_rows_top_scale(crop)`.
    """
    h = crop.shape[0]
    top, bottom = crop[: int(h * 0.40)], crop[int(h * 0.32):]
    top = cv2.resize(top, (max(8, int(top.shape[1] * two_rows_top_scale(crop))), bottom.shape[0]))
    return np.hstack([top, bottom])


def two_rows_top_scale(crop: np.ndarray) -> float:
    """The horizontal scale `two_rows_line` applies to the top row of `crop`."""
    h = crop.shape[0]
    return (h - int(h * 0.32)) / max(int(h * 0.40), 1) * TOP_ROW_SQUEEZE
