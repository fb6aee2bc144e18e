"""How well a province model reads provinces per plate size, on the held-out typefaces.

    .venv/bin/pip install fonttools   # part of the `train` extra
    .venv/bin/python scripts/province_by_height.py [MODEL.onnx ...] [--per-height 600]

Windows are made by `train_province.generate` with the plate's cut scaled to a fixed height
(the plate and 12% margins: 12 px high is a one-row plate about 30 px wide, 36 px one
about 95 px), drawn with `HELD_OUT_FONTS` only, and read by each model (the committed one
when none is named); the "not a province" windows among them are left out.
Printed per height: the share read right, the share the model is sure of (`INSERT_MIN`,
what putting a province back needs) and the share right among those.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_province import HELD_OUT_FONTS, batch_windows, generate  # noqa: E402

from gate.province import INSERT_MIN, MODEL_PATH, OTHER, ProvinceModel  # noqa: E402

#: The cut heights measured.
HEIGHTS = (12, 14, 16, 18, 22, 28, 36)


def province_windows(height: int, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Model inputs of the provinces among `count` windows drawn in the held-out typefaces,
    cut `height` px high, and their classes (the same for every call with the same arguments)."""
    fonts = tuple(f for f in HELD_OUT_FONTS if Path(f).exists())
    if not fonts:
        raise SystemExit("the held-out typefaces are not installed (apt-get install fonts-noto-cjk)")
    stored, classes = generate(count, fonts, seed=height, budget_s=float("inf"), height=height)
    provinces = classes != OTHER
    return batch_windows(stored[provinces], np.random.default_rng(height), jitter=0.0), classes[provinces]


def main(argv: list[str] | None = None) -> int:
    """Print each model's figures per height."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("models", nargs="*", type=Path, default=[MODEL_PATH])
    parser.add_argument("--per-height", type=int, default=600)
    args = parser.parse_args(argv)
    models = {path: ProvinceModel(path) for path in args.models}
    for height in HEIGHTS:
        windows, classes = province_windows(height, args.per_height)
        for path, model in models.items():
            probs = model.classify(windows)
            best, sure = probs.argmax(1), probs.max(1) >= INSERT_MIN
            right_when_sure = float(np.mean(best[sure] == classes[sure])) if sure.any() else float("nan")
            print(f"height {height:2d} px ({len(classes)} provinces)  {path.name}: right {np.mean(best == classes):.3f}  "
                  f"sure {sure.mean():.3f}  right when sure {right_when_sure:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
