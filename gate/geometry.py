"""Small geometry helpers shared by the localiser and the OCR engines."""

from __future__ import annotations

import cv2
import numpy as np


def order_corners(pts: np.ndarray) -> np.ndarray:
    """Order 4 points of a (possibly tilted) quadrilateral as tl, tr, br, bl.

    The quad's longest edge defines "horizontal", so a plate tilted by up to 45 degrees
    keeps its reading direction.
    """
    pts = np.asarray(pts, np.float32).reshape(4, 2)
    centre = pts.mean(axis=0)
    edges = [pts[(i + 1) % 4] - pts[i] for i in range(4)]
    u = max(edges, key=lambda e: float(np.hypot(*e)))
    u = u / (np.hypot(*u) or 1.0)
    if u[0] < 0:
        u = -u
    v = np.array([-u[1], u[0]], np.float32)
    if v[1] < 0:
        v = -v
    rel = pts - centre
    along, across = rel @ u, rel @ v
    tl = int(np.argmin(along + across))
    br = int(np.argmax(along + across))
    tr = int(np.argmax(along - across))
    bl = int(np.argmin(along - across))
    if len({tl, tr, br, bl}) < 4:
        return cv2.boxPoints(cv2.minAreaRect(pts)).astype(np.float32) if len(set(map(tuple, pts))) == 4 else pts
    return pts[[tl, tr, br, bl]]


def quad_size(quad: np.ndarray) -> tuple[float, float]:
    """Width (mean of top and bottom edges) and height (mean of side edges) of a tl,tr,br,bl quad."""
    tl, tr, br, bl = quad
    width = (np.hypot(*(tr - tl)) + np.hypot(*(br - bl))) / 2
    height = (np.hypot(*(bl - tl)) + np.hypot(*(br - tr))) / 2
    return float(width), float(height)


def expand_quad(quad: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """Grow a tl,tr,br,bl quad by fractions `dx` of its width and `dy` of its height per side."""
    tl, tr, br, bl = quad.astype(np.float32)
    right = ((tr - tl) + (br - bl)) / 2
    down = ((bl - tl) + (br - tr)) / 2
    ox, oy = right * dx, down * dy
    return np.array([tl - ox - oy, tr + ox - oy, br + ox + oy, bl - ox + oy], np.float32)


def warp_transform(quad: np.ndarray, height: int | None = None) -> tuple[np.ndarray, tuple[int, int]]:
    """The perspective matrix that straightens `quad` into an upright rectangle, and the
    rectangle's (width, height): the quad's own resolution unless `height` asks for another."""
    width, h = quad_size(quad)
    scale = (height / h) if height and h > 0 else 1.0
    out_w, out_h = max(8, round(width * scale)), max(8, round(h * scale))
    dst = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], np.float32)
    return cv2.getPerspectiveTransform(quad.astype(np.float32), dst), (out_w, out_h)


def warp(image: np.ndarray, matrix: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """`image` warped by `matrix` into a (width, height) `size` image, edges replicated."""
    return cv2.warpPerspective(image, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def warp_quad(image: np.ndarray, quad: np.ndarray, height: int | None = None) -> np.ndarray:
    """Cut the quad out of `image` and straighten it into an upright rectangle.

    The output keeps the quad's own resolution unless `height` asks for another one.
    """
    return warp(image, *warp_transform(quad, height))


def unwarp_points(points: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Points of an image warped by `matrix`, mapped back into the original image."""
    inverse = np.linalg.inv(matrix)
    return cv2.perspectiveTransform(points.reshape(-1, 1, 2).astype(np.float64), inverse).reshape(-1, 2).astype(np.float32)
