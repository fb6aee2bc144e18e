"""The plate-specific whole-plate reader: a small CNN with a CTC head for small plates.

The general OCR model reads plates well from about 100 px wide; below that, where a
character is 5-10 px wide, it loses letters and provinces. This model was trained only on
generated plates (`scripts/train_plate_reader.py`: several CJK typefaces, every layout,
heavy degradation, cuts mostly 10-40 px high) and reads a plate cut (one row; a two-row
plate laid in line by `gate.locate.two_rows_line`) into a `TextLine`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from app.domain.plates import PROVINCES, SERIAL_LETTERS
from gate.ocr_types import TextLine
from gate.onnx_session import load_or_none, one_thread_session, softmax

#: The characters the model emits (its classes 1..N; class 0 is the CTC blank).
ALPHABET = PROVINCES + SERIAL_LETTERS + "0123456789" + "警学挂"
#: The cut is scaled to this size (grey) before it is read.
INPUT_HEIGHT = 32
INPUT_WIDTH = 128
#: The committed model, beside the code that reads it.
MODEL_PATH = Path(__file__).resolve().parent / "models" / "plate_model.onnx"
#: Candidates kept per character.
TOP_K = 3


def scaled_cut(cut: np.ndarray) -> np.ndarray:
    """A BGR or grey plate cut in grey at INPUT_HEIGHT x INPUT_WIDTH (uint8)."""
    grey = cut if cut.ndim == 2 else cv2.cvtColor(cut, cv2.COLOR_BGR2GRAY)
    return cv2.resize(grey, (INPUT_WIDTH, INPUT_HEIGHT), interpolation=cv2.INTER_AREA
                      if grey.shape[0] > INPUT_HEIGHT else cv2.INTER_LINEAR)


def normalised(scaled: np.ndarray) -> np.ndarray:
    """Model inputs (N, 1, H, W float32) from `scaled_cut` images (N, H, W): each to zero
    mean and unit spread (light-on-dark and dark-on-light plates both occur)."""
    x = scaled.astype(np.float32)
    x -= x.mean(axis=(1, 2), keepdims=True)
    x /= np.maximum(x.std(axis=(1, 2), keepdims=True), 8.0)
    return x[:, None]


def decode(probs: np.ndarray) -> TextLine:
    """Best-path decoding of one cut's (classes, T) probabilities into a TextLine: each
    emitted character's confidence is its column's probability, its candidates that
    column's best non-blank classes, its position the column's centre."""
    best = probs.argmax(0)
    steps = probs.shape[1]
    chars, confs, cands, positions = [], [], [], []
    prev = 0
    for t, k in enumerate(best):
        if k != 0 and k != prev:
            column = probs[1:, t]
            top = np.argsort(column)[::-1][:TOP_K]
            chars.append(ALPHABET[k - 1])
            confs.append(float(probs[k, t]))
            cands.append(tuple((ALPHABET[i], float(column[i])) for i in top))
            positions.append((t + 0.5) / steps)
        prev = k
    return TextLine("".join(chars), tuple(confs), tuple(cands), tuple(positions))


class PlateModel:
    """The ONNX whole-plate reader, run with onnxruntime on one thread."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        self._session = one_thread_session(path)
        self._input = self._session.get_inputs()[0].name

    def read(self, cuts: list[np.ndarray]) -> list[TextLine]:
        """One TextLine per plate cut."""
        if not cuts:
            return []
        batch = normalised(np.stack([scaled_cut(c) for c in cuts]))
        logits = self._session.run(None, {self._input: batch})[0]
        return [decode(p) for p in softmax(logits)]


@lru_cache(maxsize=1)
def load_plate_model(path: str | None = None) -> PlateModel | None:
    """The committed plate model, or None when its file or onnxruntime is absent (logged)."""
    return load_or_none(PlateModel, Path(path) if path else MODEL_PATH,
                        "small plates are read by the OCR engine alone")
