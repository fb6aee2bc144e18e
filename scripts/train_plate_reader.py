"""Train the small-plate reader (gate/models/plate_model.onnx) on generated plates only.

    .venv/bin/pip install torch==2.13.0 onnx fonttools   # the `train` extra of pyproject.toml
    .venv/bin/python scripts/train_plate_reader.py --samples 120000 --gen-minutes 9 \
        --workers 2 --threads 2 --minutes 30 --cache /tmp/plates.npz

A whole plate, cut the way `gate.locate.cut` cuts a located plate (a misplaced quad, a
random margin), is read by a small CNN with a CTC head (`gate.plate_model`). Plates are
drawn as in `train_province.sample` (every layout, the TRAIN_FONTS typefaces, heavy
degradation) but mostly small: the cut is 10-40 px high, the size at which the general
OCR model loses the characters. Two-row plates are laid in line (`two_rows_line`). Letters
and digits are drawn with the CJK typeface's own or with LATIN_FONTS, never with the DejaVu
faces the evaluation sets use. The held-out check renders with HELD_OUT_FONTS and DejaVu
and prints the share of its plates read exactly after each epoch.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_province import (  # noqa: E402
    COLOURS,
    export_onnx,
    font_provinces,
    generated,
    has_latin,
    random_text,
    training_setup,
)

from gate import degrade  # noqa: E402
from gate.geometry import expand_quad, warp_quad  # noqa: E402
from gate.locate import two_rows_line  # noqa: E402
from gate.onnx_session import softmax  # noqa: E402
from gate.plate_model import (  # noqa: E402
    ALPHABET,
    INPUT_HEIGHT,
    INPUT_WIDTH,
    MODEL_PATH,
    decode,
    normalised,
    scaled_cut,
)
from gate.synthetic import PALETTE, render_plate  # noqa: E402

#: Typefaces for letters and digits in training (None: the CJK font's own).
LATIN_FONTS = (
    None,
    "/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Bold.otf",
    "/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Regular.otf",
    "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf",
    "/usr/share/fonts/opentype/urw-base35/URWGothic-Demi.otf",
)
#: Letters and digits of the held-out check (what bench.hard_plates draws with).
HELD_OUT_LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
#: Channels of the conv blocks.
CHANNELS = (24, 48, 96, 128)


def cut_plate(rng: random.Random, nrng: np.random.Generator, text: str, colour: str, two_rows: bool,
              font: str, latin: str | None, height: int) -> np.ndarray:
    """A degraded BGR cut of a plate `text`, `height` px high, as the reader is handed it."""
    width = rng.randint(160, 240)
    plate = render_plate(text, colour, width, two_rows, font_path=font, latin_font_path=latin)
    plate = degrade.stroke(plate, nrng, light_text=PALETTE[colour][1][0] > 128)
    h, w = plate.shape[:2]
    cw, ch = int(w * 1.3), int(h * 1.8)
    matrix, quad = degrade.perspective(plate, nrng, rng.uniform(0, 0.25), (cw, ch), (w * 0.15, h * 0.4))
    background = np.full((ch, cw, 3), [rng.randint(0, 255) for _ in range(3)], np.uint8)
    scene = cv2.warpPerspective(plate, matrix, (cw, ch), dst=background, borderMode=cv2.BORDER_TRANSPARENT)
    wobble = np.array(quad, np.float32) + nrng.normal(0, 1, (4, 2)).astype(np.float32) * [w * 0.02, h * 0.06]
    cut_quad = expand_quad(wobble, rng.uniform(0.0, 0.08), rng.uniform(0.05, 0.22))
    crop_full = warp_quad(scene, cut_quad)
    scene_blur = rng.uniform(0, 1.4) * crop_full.shape[0] / (height * 2.5)
    crop_full = degrade.blur(crop_full, nrng, scene_blur)
    crop = cv2.resize(crop_full, (max(8, int(crop_full.shape[1] * height / crop_full.shape[0])), height),
                      interpolation=cv2.INTER_AREA)
    crop = degrade.lighting(crop, nrng, night=rng.random() < 0.2)
    if rng.random() < 0.3:
        crop = degrade.dirt(crop, nrng, rng.randint(1, 3))
    if rng.random() < 0.2:
        crop = degrade.glare(crop, nrng, rng.uniform(0.2, 0.6))
    crop = degrade.jpeg(crop, nrng, 20, 95)
    return two_rows_line(crop) if two_rows else crop


def sample(rng: random.Random, nrng: np.random.Generator, font: str, latin_fonts: tuple) -> tuple[np.ndarray, str]:
    """One plate cut and its text, the cut's height drawn (mostly 10-40 px)."""
    colour = rng.choices([c for c, _ in COLOURS], [w for _, w in COLOURS])[0]
    text = random_text(rng, colour, rng.choice(font_provinces(font)))
    two_rows = colour == "yellow" and len(text) == 7 and rng.random() < 0.4
    latin = rng.choice([f for f in latin_fonts if f is None or Path(f).exists()])
    if latin is None and not has_latin(font):
        latin = LATIN_FONTS[1]
    height = int(np.clip(nrng.lognormal(np.log(22), 0.45), 10, 64))
    return cut_plate(rng, nrng, text, colour, two_rows, font, latin, height), text


def _scaled_sample(rng: random.Random, nrng: np.random.Generator, font: str,
                   latin_fonts: tuple) -> tuple[np.ndarray, str]:
    """`sample` with its cut scaled for the model (`scaled_cut`)."""
    cut, text = sample(rng, nrng, font, latin_fonts)
    return scaled_cut(cut), text


def generate(n: int, fonts: tuple[str, ...], latin_fonts: tuple, seed: int, budget_s: float,
             workers: int = 1) -> tuple[np.ndarray, list[str]]:
    """Up to `n` scaled cuts and their texts (`train_province.generated`)."""
    items = generated(_scaled_sample, n, fonts, seed, budget_s, workers, latin_fonts)
    return np.stack([x for x, _ in items]), [text for _, text in items]


def build_model():
    """A CNN over the cut, its height pooled away, then 1-D context and a per-column classifier."""
    import torch.nn as nn

    a, b, c, d = CHANNELS

    def conv(cin, cout, k=3):
        return [nn.Conv2d(cin, cout, k, padding=k // 2, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]

    class Reader(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(
                *conv(1, a), nn.MaxPool2d(2),            # 16 x 64
                *conv(a, b), nn.MaxPool2d(2),            # 8 x 32
                *conv(b, c), *conv(c, c), nn.MaxPool2d((2, 1)),  # 4 x 32
                *conv(c, d), nn.Conv2d(d, d, (4, 1), bias=False), nn.BatchNorm2d(d), nn.ReLU(inplace=True))
            self.context = nn.Sequential(nn.Conv1d(d, d, 3, padding=1), nn.ReLU(inplace=True), nn.Dropout(0.1),
                                         nn.Conv1d(d, d, 3, padding=1), nn.ReLU(inplace=True))
            self.head = nn.Conv1d(d, len(ALPHABET) + 1, 1)

        def forward(self, x):
            f = self.features(x).squeeze(2)          # N, d, 32
            return self.head(self.context(f) + f)     # N, classes, 32

    return Reader()


def encode(texts: list[str]):
    """CTC targets: the concatenated class indices (1-based; 0 is the blank) and lengths."""
    import torch

    idx = [ALPHABET.index(c) + 1 for t in texts for c in t]
    return torch.tensor(idx, dtype=torch.long), torch.tensor([len(t) for t in texts], dtype=torch.long)


def main(argv: list[str] | None = None) -> int:
    """Generate, train for the time budget, report the held-out plates read exactly after each epoch, export ONNX."""
    import torch

    args, fonts, held = training_setup(argv, __doc__, MODEL_PATH, 30.0, 8.0, 120000, "cuts")
    t0 = time.time()
    if args.cache and args.cache.exists():
        data = np.load(args.cache)
        xs, texts = data["xs"], list(data["texts"])
    else:
        xs, texts = generate(args.samples, fonts, LATIN_FONTS, args.seed, args.gen_minutes * 60, args.workers)
        if args.cache:
            np.savez(args.cache, xs=xs, texts=np.array(texts))
    vx, vtexts = generate(2000, held or fonts, (HELD_OUT_LATIN,), args.seed + 1000, 120)
    print(f"generated {len(xs)} training and {len(vx)} held-out cuts in {time.time() - t0:.0f} s", flush=True)
    val = torch.from_numpy(normalised(vx))
    model = build_model()
    print(f"parameters: {sum(p.numel() for p in model.parameters())}", flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    ctc = torch.nn.CTCLoss(blank=0, zero_infinity=True)
    nrng = np.random.default_rng(args.seed)
    budget, start, step, epoch = args.minutes * 60, time.time(), 0, 0
    steps = 32  # output columns
    while time.time() - start < budget:
        order = nrng.permutation(len(xs))
        for b in range(0, len(order) - 127, 128):
            frac = (time.time() - start) / budget
            if frac >= 1:
                break
            for g in opt.param_groups:
                g["lr"] = 2e-3 * min(1.0, step / 300) * 0.5 * (1 + np.cos(np.pi * frac))
            idx = order[b:b + 128]
            x = torch.from_numpy(normalised(xs[idx]))
            targets, lengths = encode([texts[i] for i in idx])
            model.train()
            logp = model(x).permute(2, 0, 1).log_softmax(2)  # T, N, C
            loss = ctc(logp, targets, torch.full((len(idx),), steps, dtype=torch.long), lengths)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            step += 1
            if step % 500 == 0:
                print(f"step {step} loss {loss.item():.3f} ({time.time() - start:.0f} s)", flush=True)
        epoch += 1
        model.eval()
        with torch.no_grad():
            acc = float(np.mean([decode(p).text == t for p, t in zip(softmax(model(val).numpy()), vtexts)]))
        print(f"epoch {epoch} step {step} held-out plates exact {acc:.4f} ({time.time() - start:.0f} s)", flush=True)
    export_onnx(model, args.out, "cut", (INPUT_HEIGHT, INPUT_WIDTH))
    return 0


if __name__ == "__main__":
    sys.exit(main())
