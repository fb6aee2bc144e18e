"""OCR engines behind one small protocol, and the default ONNX engine.

An engine does two things: `recognise` reads text lines from images that each hold one
line, keeping a confidence and the runner-up characters for every character (the CTC
probabilities), and `detect` finds text boxes in a frame (the full-frame fallback of
the plate reader). Engines are loaded once and are safe to call from one thread at a time.

Backends (chosen by name through `load_engine`):

* ``onnx`` (default): PP-OCR ONNX models run with onnxruntime directly, from the first
  installed wheel of `MODEL_WHEELS`: PP-OCRv4 mobile from `rapidocr_onnxruntime` 1.4.4
  (installed with --no-deps; 0.97 exact on ../shared/data/plates) or else PP-OCRv6 small
  from `rapidocr` 3.x (0.82: it drops the province of small crops). Both ship inside their
  wheel, so a fresh install works offline; gate/README.md has the comparison.
* ``paddle``: PaddleOCR 3.x (`gate.ocr_paddle`), an optional extra.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from gate.geometry import order_corners
from gate.ocr_types import OcrEngine, TextLine, as_bgr

__all__ = ["OcrEngine", "OnnxEngine", "TextLine", "ctc_decode", "load_engine"]

log = logging.getLogger(__name__)

#: Number of runner-up characters kept per recognised character.
TOP_K = 5
#: Narrowest recogniser input, as width / height. PP-OCR models are trained padded to
#: 320x48; padding plate crops less reads worse on the development photos.
MIN_RATIO = 320 / 48


def ctc_decode(probs: np.ndarray, charset: Sequence[str], top_k: int = TOP_K,
               span: float = 1.0) -> TextLine:
    """Greedy CTC decoding of one (T, C) probability matrix, index 0 being the blank.

    Each emitted character's confidence is the peak probability over its run, and its
    candidates are the best `top_k` non-blank classes at that peak. Its position is the
    peak's place along the line as a fraction of the image, which covers the first `span`
    of the T steps (the rest is padding).
    """
    best = probs.argmax(axis=1)
    chars: list[str] = []
    confs: list[float] = []
    cands: list[tuple[tuple[str, float], ...]] = []
    places: list[float] = []
    t, n = 0, len(best)
    while t < n:
        idx = best[t]
        end = t
        while end + 1 < n and best[end + 1] == idx:
            end += 1
        if idx != 0:
            peak = t + int(probs[t:end + 1, idx].argmax())
            row = probs[peak]
            order = np.argsort(row)[::-1][:top_k + 1]
            cands.append(tuple((charset[i], float(row[i])) for i in order if i != 0)[:top_k])
            chars.append(charset[idx])
            confs.append(float(row[idx]))
            places.append(min(1.0, (peak + 0.5) / n / max(span, 1e-6)))
        t = end + 1
    return TextLine("".join(chars), tuple(confs), tuple(cands), tuple(places))


class OnnxEngine:
    """PP-OCR detection and recognition ONNX models run with onnxruntime."""

    name = "onnx"

    def __init__(self, rec_model: Path, det_model: Path | None, threads: int = 0, spin: bool = True) -> None:
        """Load the models; `spin=False` makes the worker thread sleep between operators
        (the baseline of `bench.ocr_spinning`)."""
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        # spinning, the worker thread waits for the next operator busy (a recognition takes
        # 13 ms instead of 18 ms here, for the same CPU time); it stops as soon as a run
        # ends, so between runs the desk PC's two cores are left to the UI
        opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
        opts.add_session_config_entry("session.force_spinning_stop", "1")
        providers = ["CPUExecutionProvider"]
        self._rec = ort.InferenceSession(str(rec_model), opts, providers=providers)
        self._rec_input = self._rec.get_inputs()[0].name
        meta = self._rec.get_modelmeta().custom_metadata_map
        self.charset = ["blank", *meta["character"].splitlines(), " "]
        self._det = ort.InferenceSession(str(det_model), opts, providers=providers) if det_model else None
        self.rec_height = 48
        log.info("OCR engine onnx: rec=%s det=%s", Path(rec_model).name, det_model and Path(det_model).name)

    @classmethod
    def from_folder(cls, folder: Path, threads: int = 0, spin: bool = True) -> OnnxEngine:
        """Load the first `*rec*.onnx` and `*det*.onnx` models found in `folder`."""
        rec = sorted(Path(folder).glob("*rec*.onnx"))
        det = sorted(Path(folder).glob("*det*.onnx"))
        if not rec:
            raise FileNotFoundError(f"no *rec*.onnx model in {folder}")
        return cls(rec[0], det[0] if det else None, threads, spin)

    def recognise(self, images: Sequence[np.ndarray]) -> list[TextLine]:
        """Read one line from each image.

        Each image is run on its own, padded to its own width: on a CPU a batch costs more
        per line than single runs (four 48x320 lines: ~113 ms batched, 4 x ~20 ms one by
        one, on this machine), and a line is read the same whatever else is read with it
        (in a batch every line was padded to the widest one's width).
        """
        return [self._recognise_one(im) for im in images]

    def _recognise_one(self, image: np.ndarray) -> TextLine:
        """One line image: scaled to the model's height, padded right to `MIN_RATIO`."""
        h = self.rec_height
        ratio = max(image.shape[1] / max(image.shape[0], 1), 1.0)
        w = int(math.ceil(h * ratio))
        width = max(w, int(math.ceil(h * MIN_RATIO)))
        batch = np.zeros((1, 3, h, width), np.float32)
        resized = cv2.resize(as_bgr(image), (w, h)).astype(np.float32)
        batch[0, :, :, :w] = (resized.transpose(2, 0, 1) / 255.0 - 0.5) / 0.5
        probs = self._rec.run(None, {self._rec_input: batch})[0]
        return ctc_decode(probs[0], self.charset, span=w / width)

    def detect(self, image: np.ndarray, limit: int = 960) -> list[np.ndarray]:
        """DB text detection on `image` scaled so that its longer side is at most `limit`."""
        if self._det is None:
            return []
        img = as_bgr(image)
        h, w = img.shape[:2]
        scale = min(1.0, limit / max(h, w))
        nh, nw = max(32, round(h * scale / 32) * 32), max(32, round(w * scale / 32) * 32)
        x = (cv2.resize(img, (nw, nh)).astype(np.float32) / 255.0 - 0.5) / 0.5
        pred = self._det.run(None, {self._det.get_inputs()[0].name: x.transpose(2, 0, 1)[None]})[0]
        return db_boxes(pred[0, 0], (w / nw, h / nh))


def db_boxes(prob: np.ndarray, scale: tuple[float, float], thresh: float = 0.3,
             box_thresh: float = 0.5, unclip: float = 1.6) -> list[np.ndarray]:
    """Boxes from a DB probability map, expanded by the usual unclip ratio, in image pixels."""
    mask = cv2.dilate((prob > thresh).astype(np.uint8), np.ones((2, 2), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    boxes = []
    for contour in contours[:1000]:
        (cx, cy), (bw, bh), angle = cv2.minAreaRect(contour)
        if min(bw, bh) < 3:
            continue
        poly = np.zeros_like(mask)
        cv2.fillPoly(poly, [contour], 1)
        if float(prob[poly.astype(bool)].mean()) < box_thresh:
            continue
        grow = bw * bh * unclip / (2 * (bw + bh))
        rect = ((cx, cy), (bw + 2 * grow, bh + 2 * grow), angle)
        pts = cv2.boxPoints(rect) * np.array(scale, np.float32)
        boxes.append(order_corners(pts))
    return boxes


#: Wheels whose bundled PP-OCR ONNX models the default backend uses, best first: PP-OCRv4
#: mobile (rapidocr_onnxruntime, installed with --no-deps) reads plates far better than
#: PP-OCRv6 small (rapidocr 3.x); see gate/README.md.
MODEL_WHEELS = ("rapidocr_onnxruntime", "rapidocr")


def bundled_model_dir() -> Path:
    """The folder of PP-OCR ONNX models inside the best installed wheel of `MODEL_WHEELS`.

    The package is located, never imported: only its model files are used.
    """
    import importlib.util

    for package in MODEL_WHEELS:
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.submodule_search_locations:
            folder = Path(next(iter(spec.submodule_search_locations))) / "models"
            if any(folder.glob("*rec*.onnx")):
                return folder
    raise ModuleNotFoundError("the onnx OCR backend needs `rapidocr_onnxruntime` or `rapidocr` (their models)")


def load_engine(name: str = "onnx", model_dir: str | Path | None = None) -> OcrEngine:
    """Load the OCR backend `name` ("onnx" or "paddle"), optionally from a model folder."""
    if name == "onnx":
        return OnnxEngine.from_folder(Path(model_dir) if model_dir else bundled_model_dir())
    if name == "paddle":
        from gate.ocr_paddle import PaddleEngine

        return PaddleEngine(model_dir)
    raise ValueError(f"unknown OCR backend {name!r} (expected 'onnx' or 'paddle')")
