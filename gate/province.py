"""The plate-specific province recogniser: one character, 31 provinces or "not a province".

General OCR models swap rare provinces for common ones at full confidence (湘 read as 浙,
桂 and 豫 as 皖). This small CNN was trained only on generated plates
(`scripts/train_province.py`: several CJK typefaces, every plate layout, heavy
degradation) and reads one window of a plate line image centred on the character the OCR
engine placed there. `gate.plate_text` combines its distribution with the OCR engine's
per character (`fuse`).

The window is defined once here (`window`) and used by training and inference alike.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from app.domain.plates import PROVINCES, TRADITIONAL
from gate.ocr_types import TextLine
from gate.onnx_session import load_or_none, one_thread_session, softmax

#: The model's classes: the 31 provinces in GA 36 order, then "not a province".
CLASSES = PROVINCES + "#"
OTHER = len(PROVINCES)
#: The line image is scaled to this height before the window is cut.
LINE_HEIGHT = 32
#: Window width in pixels at `LINE_HEIGHT` (a province glyph and half its neighbours).
WINDOW_WIDTH = 24
#: The committed model, beside the code that reads it.
MODEL_PATH = Path(__file__).resolve().parent / "models" / "province.onnx"


def scaled_line(image: np.ndarray) -> np.ndarray:
    """The line image in grey at `LINE_HEIGHT` rows, aspect kept."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    h, w = grey.shape[:2]
    width = max(1, round(w * LINE_HEIGHT / max(h, 1)))
    return cv2.resize(grey, (width, LINE_HEIGHT), interpolation=cv2.INTER_AREA if h > LINE_HEIGHT else cv2.INTER_LINEAR)


def window(line: np.ndarray, centre: float) -> np.ndarray:
    """The model input (1, H, W float32) for the character centred at `centre` pixels of a
    `scaled_line` image: the edge is replicated where the window leaves the line, and the
    window is normalised to zero mean and unit spread (light-on-dark and dark-on-light
    plates both occur)."""
    x0 = int(round(centre - WINDOW_WIDTH / 2))
    pad = WINDOW_WIDTH
    padded = cv2.copyMakeBorder(line, 0, 0, pad, pad, cv2.BORDER_REPLICATE)
    patch = padded[:, x0 + pad: x0 + pad + WINDOW_WIDTH].astype(np.float32)
    if patch.shape[1] != WINDOW_WIDTH:  # centre far outside the line
        patch = cv2.resize(patch, (WINDOW_WIDTH, LINE_HEIGHT))
    patch -= patch.mean()
    patch /= max(float(patch.std()), 8.0)
    return patch[None]


class ProvinceModel:
    """The ONNX province classifier, run with onnxruntime on one thread."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        self._session = one_thread_session(path)
        self._input = self._session.get_inputs()[0].name

    def classify(self, windows: np.ndarray) -> np.ndarray:
        """Class probabilities (N, len(CLASSES)) for windows (N, 1, H, W)."""
        if len(windows) == 0:
            return np.zeros((0, len(CLASSES)), np.float32)
        return softmax(self._session.run(None, {self._input: windows.astype(np.float32)})[0])

    def read(self, image: np.ndarray, centres: list[float]) -> np.ndarray:
        """Class probabilities for the characters centred at `centres` (fractions of the
        image's width) of one line image."""
        line = scaled_line(image)
        return self.classify(np.stack([window(line, c * line.shape[1]) for c in centres])) if centres else \
            np.zeros((0, len(CLASSES)), np.float32)


@lru_cache(maxsize=1)
def load_province_model(path: str | None = None) -> ProvinceModel | None:
    """The committed province model, or None when its file or onnxruntime is absent (logged:
    provinces then come from the OCR engine alone, e.g. in the PaddleOCR venv)."""
    return load_or_none(ProvinceModel, Path(path) if path else MODEL_PATH,
                        "provinces come from the OCR engine alone")


#: The model's probability a province must reach to put back a province the OCR engine
#: did not emit at all (left of the serial).
INSERT_MIN = 0.85
#: The model's weight in the mix is its confidence to this power: a sure model overrides
#: the engine, a hesitant one barely moves it (the model learnt from generated typefaces
#: only, the engine from real plates).
WEIGHT_POWER = 3.0
#: Characters of a line (from its start) the model looks at.
LOOK_AT = 4


def _is_province_like(line: TextLine, i: int) -> bool:
    """True when character `i` could be the province (a CJK character, or a province among
    its runner-ups)."""
    if unicodedata.category(line.text[i]) == "Lo":  # an ideograph, not a separator dot
        return True
    cands = line.candidates[i] if i < len(line.candidates) else ()
    return any(c in PROVINCES and p >= 0.05 for c, p in cands)


def province_queries(line: TextLine) -> list[tuple[int, float]]:
    """(character index, centre as a fraction of the width) the model should read: the
    province-like characters among the first `LOOK_AT`, or, when the line starts with a
    Latin letter and a province seems missing, index -1 one character pitch to its left."""
    if not line.positions or len(line.positions) != len(line.text):
        return []
    out = [(i, line.positions[i]) for i in range(min(LOOK_AT, len(line.text))) if _is_province_like(line, i)]
    if not out and len(line.text) >= 5 and line.text[0].isascii() and line.text[0].isalpha():
        steps = np.diff(line.positions[:6])
        pitch = float(np.median(steps)) if len(steps) else 0.0
        if pitch > 0 and line.positions[0] - pitch > 0.02:
            out.append((-1, line.positions[0] - pitch))
    return out


def fuse(line: TextLine, queries: list[tuple[int, float]], probs: np.ndarray) -> TextLine:
    """`line` with the model's reading combined into the queried characters.

    Per character, the model's distribution over the provinces and the OCR engine's are
    mixed by the model's confidence c (its best province's probability, raised to
    `WEIGHT_POWER`): fused = c * model + (1 - c) * OCR. A sure model overrides the engine's
    full-confidence province swaps; an unsure one, or one that sees no province there,
    leaves the engine's reading as it was. A province inserted at index -1 (see
    `province_queries`) needs `INSERT_MIN`.
    """
    text = list(line.text)
    confs = list(line.confidences)
    cands = [list(c) for c in line.candidates] if line.candidates else [[(ch, p)] for ch, p in zip(text, confs)]
    positions = list(line.positions)
    insert = None
    for (i, centre), row in zip(queries, probs):
        provinces = row[:OTHER]
        conf = float(provinces.max()) ** WEIGHT_POWER
        model = {CLASSES[k]: float(provinces[k] / max(provinces.sum(), 1e-6)) for k in range(OTHER)}
        if i < 0:
            best = max(model, key=model.get)
            if model[best] >= INSERT_MIN:
                ranked = sorted(model.items(), key=lambda kv: -kv[1])[:5]
                insert = (best, model[best], ranked, centre)
            continue
        engine: dict[str, float] = {}
        for ch, p in cands[i]:
            ch = TRADITIONAL.get(ch, ch)
            engine[ch] = max(engine.get(ch, 0.0), p)
        fused = {ch: (1 - conf) * p for ch, p in engine.items()}
        for ch, p in model.items():
            fused[ch] = fused.get(ch, 0.0) + conf * p
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[:6]
        text[i], confs[i], cands[i] = ranked[0][0], ranked[0][1], ranked
    if insert is not None:
        text.insert(0, insert[0])
        confs.insert(0, insert[1])
        cands.insert(0, insert[2])
        positions.insert(0, insert[3])
    return TextLine("".join(text), tuple(confs), tuple(tuple(c) for c in cands), tuple(positions))


def read_provinces(model: ProvinceModel, images: list[np.ndarray], lines: list[TextLine]) -> list[TextLine]:
    """Every line with the model's reading fused in, the model run once over all windows."""
    windows, owners = [], []
    for k, (image, line) in enumerate(zip(images, lines)):
        queries = province_queries(line)
        if not queries:
            continue
        scaled = scaled_line(image)
        for q in queries:
            windows.append(window(scaled, q[1] * scaled.shape[1]))
        owners.append((k, queries))
    if not windows:
        return list(lines)
    probs = model.classify(np.stack(windows))
    out, at = list(lines), 0
    for k, queries in owners:
        out[k] = fuse(lines[k], queries, probs[at:at + len(queries)])
        at += len(queries)
    return out
