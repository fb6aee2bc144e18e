"""What every OCR backend shares: the `TextLine` it returns and the `OcrEngine` protocol.

Kept apart from `gate.ocr` (which loads backends) so that a backend module such as
`gate.ocr_paddle` depends on this module only, and `gate.ocr` may import the backends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import cv2
import numpy as np


@dataclass(frozen=True, slots=True)
class TextLine:
    """One recognised line: its characters, each with a confidence and its candidates.

    `candidates[i]` lists `(char, probability)` pairs, best first, for character `i`.
    """

    text: str
    confidences: tuple[float, ...]
    candidates: tuple[tuple[tuple[str, float], ...], ...] = ()
    #: Where each character stands, as a fraction of the image's width (empty when the
    #: backend cannot tell).
    positions: tuple[float, ...] = ()

    @property
    def confidence(self) -> float:
        """The weakest character's confidence (0 for an empty line)."""
        return min(self.confidences, default=0.0)


class OcrEngine(Protocol):
    """What the plate reader needs from an OCR backend."""

    name: str

    def recognise(self, images: Sequence[np.ndarray]) -> list[TextLine]:
        """Read one text line from each BGR image."""
        ...

    def detect(self, image: np.ndarray, limit: int = 960) -> list[np.ndarray]:
        """Text boxes in a BGR image scaled to at most `limit` px, as 4x2 float32 corners
        (tl, tr, br, bl) in the image's own pixels."""
        ...


def as_bgr(image: np.ndarray) -> np.ndarray:
    """A 3-channel BGR view of a grey or BGRA image."""
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return image


