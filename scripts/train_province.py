"""Train the province recogniser (gate/models/province.onnx) on generated plates only.

    .venv/bin/pip install torch==2.13.0 onnx fonttools   # the `train` extra of pyproject.toml
    apt-get install fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-lxgw-wenkai \
        fonts-babelstone-han fonts-ipaexfont-gothic fonts-vlgothic   # and those of pyproject
    .venv/bin/python scripts/train_province.py --samples 150000 --gen-minutes 8 --workers 2 \
        --threads 2 --minutes 22 --cache /tmp/windows.npz

Plates are rendered with `gate.synthetic.render_plate` in every layout (blue, green
new-energy with its gradient, yellow one- and two-row, white, black) with the TRAIN_FONTS
typefaces; HELD_OUT_FONTS are never used here (the evaluation sets and the tests render
with them). Each plate is degraded (`gate.degrade`: perspective, blur, low resolution,
dirt, glare, night, JPEG, stroke weight), cut the way `gate.locate.cut` cuts a located
plate (with a randomly misplaced quad), and the window `gate.province.window` around the
province character (or, for the "not a province" class, a serial character) is the
input. Training runs on `--threads` threads for a fixed time budget; the model is exported to
ONNX. Nothing here is needed to run or test DealerDesk.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from functools import cache
from multiprocessing import Pool
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.plates import PROVINCES, SERIAL_LETTERS  # noqa: E402
from gate import degrade  # noqa: E402
from gate.geometry import expand_quad, warp_quad  # noqa: E402
from gate.locate import two_rows_line, two_rows_top_scale  # noqa: E402
from gate.province import CLASSES, LINE_HEIGHT, MODEL_PATH, OTHER, WINDOW_WIDTH, scaled_line, window  # noqa: E402
from gate.synthetic import PALETTE, char_centres, render_plate  # noqa: E402

#: Typefaces the model learns from.
TRAIN_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
    # second round (Debian fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-lxgw-wenkai
    # fonts-babelstone-han fonts-ipaexfont-gothic fonts-vlgothic): more strokes and shapes
    # to generalise from; the Japanese gothics lack some provinces (see `font_provinces`)
    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf",
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf",
    "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf",
)
#: Typefaces kept out of training, for evaluation (bench.hard_plates, tests).
HELD_OUT_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
)
#: Typefaces for letters and digits (some CJK fonts have none); one is picked per plate.
LATIN_FONTS = (
    None,  # the CJK font's own
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Bold.otf",
)
#: Plate colours and how often they are drawn.
COLOURS = (("blue", 0.38), ("green", 0.3), ("yellow", 0.17), ("white", 0.07), ("black", 0.08))
#: Channels of the three conv blocks (16, 32, 64 in the first round; wider once fourteen
#: typefaces had to be told apart, still ~0.8 MB as ONNX).
CHANNELS = (24, 48, 96)
#: Stored context around the centre, wider than the window, for the position jitter.
CONTEXT = WINDOW_WIDTH * 2


@cache
def _cmap(font: str) -> frozenset[int]:
    """The code points `font` (its first face) has glyphs for."""
    from fontTools.ttLib import TTCollection, TTFont

    face = TTCollection(font).fonts[0] if font.endswith(".ttc") else TTFont(font, lazy=True)
    return frozenset(face.getBestCmap())


def font_provinces(font: str) -> str:
    """The provinces `font` has a glyph for (a plate is never drawn with a missing glyph)."""
    return "".join(p for p in PROVINCES if ord(p) in _cmap(font))


def has_latin(font: str) -> bool:
    """True when `font` draws letters and digits of its own (Droid's are too thin to count)."""
    return all(ord(c) in _cmap(font) for c in "AZ09") and "Droid" not in font


def random_text(rng: random.Random, colour: str, province: str) -> str:
    """A plate string of the colour's layout with `province` first."""
    digits = "0123456789"
    alnum = SERIAL_LETTERS + digits
    authority = rng.choice(SERIAL_LETTERS)
    if colour == "green":
        if rng.random() < 0.8:
            return province + authority + rng.choice("DFABCEGHJK") + rng.choice(alnum) + "".join(rng.choices(digits, k=4))
        return province + authority + "".join(rng.choices(digits, k=5)) + rng.choice("DF")
    tail = rng.choice("警学挂") if colour in ("white", "yellow") and rng.random() < 0.4 else ""
    serial = "".join(rng.choices(alnum, k=5 - len(tail)))
    return province + authority + serial + tail


def sample(rng: random.Random, nrng: np.random.Generator, font: str,
           height: int | None = None) -> tuple[np.ndarray, int]:
    """One training window (CONTEXT wide at LINE_HEIGHT) centred near its label's glyph;
    the plate's cut is scaled to `height` px high (drawn at random when None)."""
    colour = rng.choices([c for c, _ in COLOURS], [w for _, w in COLOURS])[0]
    province = rng.choice(font_provinces(font))
    text = random_text(rng, colour, province)
    two_rows = colour == "yellow" and len(text) == 7 and rng.random() < 0.4
    width = rng.randint(150, 240)
    latin = rng.choice([f for f in LATIN_FONTS if f is None or Path(f).exists()])
    if latin is None and not has_latin(font):
        latin = LATIN_FONTS[1]
    plate = render_plate(text, colour, width, two_rows, font_path=font, latin_font_path=latin)
    plate = degrade.stroke(plate, nrng, light_text=PALETTE[colour][1][0] > 128)
    centres = char_centres(text, width, two_rows)
    label = 0
    if rng.random() < 0.12:
        index = rng.randrange(1, len(text))
        label = OTHER
    else:
        index = 0
        label = CLASSES.index(province)
    h, w = plate.shape[:2]
    # on a background, in perspective
    cw, ch = int(w * 1.3), int(h * 1.8)
    matrix, quad = degrade.perspective(plate, nrng, rng.uniform(0, 0.25), (cw, ch), (w * 0.15, h * 0.4))
    background = np.full((ch, cw, 3), [rng.randint(0, 255) for _ in range(3)], np.uint8)
    scene = cv2.warpPerspective(plate, matrix, (cw, ch), dst=background, borderMode=cv2.BORDER_TRANSPARENT)
    centre = cv2.perspectiveTransform(np.array([[centres[index]]], np.float32), matrix)[0, 0]
    # the localiser's quad is never exact
    wobble = np.array(quad, np.float32) + nrng.normal(0, 1, (4, 2)).astype(np.float32) * [w * 0.025, h * 0.07]
    final_h = height or (int(np.clip(nrng.lognormal(np.log(30), 0.4), 12, 64)) if rng.random() < 0.85
                         else rng.randint(40, 64))
    scene = degrade.blur(scene, nrng, rng.uniform(0, 1.6) * h / (final_h * 2.5))
    cut_quad = expand_quad(wobble, 0.04, 0.12)
    crop_full = warp_quad(scene, cut_quad)
    to_crop = cv2.getPerspectiveTransform(cut_quad.astype(np.float32), np.array(
        [[0, 0], [crop_full.shape[1] - 1, 0], [crop_full.shape[1] - 1, crop_full.shape[0] - 1], [0, crop_full.shape[0] - 1]], np.float32))
    x = float(cv2.perspectiveTransform(np.array([[centre]], np.float32), to_crop)[0, 0, 0])
    scale = final_h / crop_full.shape[0]
    crop = cv2.resize(crop_full, (max(8, int(crop_full.shape[1] * scale)), final_h), interpolation=cv2.INTER_AREA)
    x *= scale
    crop = degrade.lighting(crop, nrng, night=rng.random() < 0.2)
    if rng.random() < 0.3:
        crop = degrade.dirt(crop, nrng, rng.randint(1, 3))
    if rng.random() < 0.2:
        crop = degrade.glare(crop, nrng, rng.uniform(0.2, 0.6))
    crop = degrade.jpeg(crop, nrng, 20, 95)
    if two_rows:
        crop, x = two_rows_line(crop), x * two_rows_top_scale(crop) if index < 2 else None
        if x is None:  # bottom-row characters: only the province is a training target there
            label, index, x = CLASSES.index(province), 0, centres[0][0] * scale * two_rows_top_scale(crop)
    line = scaled_line(crop)
    x = x * line.shape[1] / crop.shape[1] * rng.uniform(0.97, 1.03)
    squeeze = rng.uniform(0.8, 1.25)
    line = cv2.resize(line, (max(8, int(line.shape[1] * squeeze)), LINE_HEIGHT))
    x *= squeeze
    pad = CONTEXT
    padded = cv2.copyMakeBorder(line, 0, 0, pad, pad, cv2.BORDER_REPLICATE)
    x0 = int(round(x - CONTEXT / 2)) + pad
    return padded[:, x0:x0 + CONTEXT].copy(), label


def generated(draw, n: int, fonts: tuple[str, ...], seed: int, budget_s: float, workers: int = 1,
              *args) -> list:
    """Up to `n` samples `draw(rng, nrng, font, *args)`, the fonts taken in turn (a sample
    that raises a drawing error or is None is left out; stops early when `budget_s` runs
    out), made by `workers` processes with seeds `seed`, `seed + 1`, ... (the same
    arguments give the same samples). `draw` is a module-level function (it is pickled)."""
    if workers > 1:
        share = -(-n // workers)
        with Pool(workers) as pool:
            parts = pool.starmap(generated, [(draw, share, fonts, seed + k, budget_s, 1, *args)
                                             for k in range(workers)])
        return [item for part in parts for item in part]
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    items = []
    start = time.time()
    for i in range(n):
        try:
            item = draw(rng, nrng, fonts[i % len(fonts)], *args)
        except (cv2.error, ValueError, IndexError):
            continue
        if item is not None:
            items.append(item)
        if time.time() - start > budget_s:
            break
    return items


def _whole_sample(rng: random.Random, nrng: np.random.Generator, font: str,
                  height: int | None) -> tuple[np.ndarray, int] | None:
    """`sample`, or None when its context came out another size (cut at the line's edge)."""
    x, y = sample(rng, nrng, font, height)
    return (x, y) if x.shape == (LINE_HEIGHT, CONTEXT) else None


def generate(n: int, fonts: tuple[str, ...], seed: int, budget_s: float, workers: int = 1,
             height: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Up to `n` stored windows and labels (`generated`); every plate cut `height` px high
    when given (see `sample`)."""
    items = generated(_whole_sample, n, fonts, seed, budget_s, workers, height)
    return np.stack([x for x, _ in items]), np.array([y for _, y in items], np.int64)


def batch_windows(stored: np.ndarray, rng: np.random.Generator, jitter: float) -> np.ndarray:
    """Model inputs cut from stored context with a random position error of the OCR centre."""
    out = np.empty((len(stored), 1, LINE_HEIGHT, WINDOW_WIDTH), np.float32)
    for i, ctx in enumerate(stored):
        shift = float(np.clip(rng.normal(0, jitter), -CONTEXT / 4, CONTEXT / 4))
        out[i] = window(ctx, CONTEXT / 2 + shift)
    return out


def build_model():
    """The CNN: three conv blocks (`CHANNELS`) and a linear layer over the classes."""
    import torch.nn as nn

    def block(cin, cout):
        return [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True),
                nn.Conv2d(cout, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True),
                nn.MaxPool2d(2)]

    a, b, c = CHANNELS
    return nn.Sequential(*block(1, a), *block(a, b), *block(b, c), nn.Flatten(), nn.Dropout(0.3),
                         nn.Linear(c * (LINE_HEIGHT // 8) * (WINDOW_WIDTH // 8), len(CLASSES)))


def training_setup(argv: list[str] | None, doc: str, out: Path, minutes: float, gen_minutes: float,
                   samples: int, items: str) -> tuple[argparse.Namespace, tuple[str, ...], tuple[str, ...]]:
    """The training command line parsed (with these defaults; `items`: what is generated),
    torch's threads and seed set: (args, training typefaces, held-out typefaces present)."""
    import torch

    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=minutes, help="training time budget")
    parser.add_argument("--gen-minutes", type=float, default=gen_minutes, help="data generation budget")
    parser.add_argument("--samples", type=int, default=samples)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help=f"processes generating the {items}")
    parser.add_argument("--threads", type=int, default=1, help="torch threads while training")
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--cache", type=Path, help=f"keep the generated {items} in this .npz (reused when present)")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    return (args, tuple(f for f in TRAIN_FONTS if Path(f).exists()),
            tuple(f for f in HELD_OUT_FONTS if Path(f).exists()))


def main(argv: list[str] | None = None) -> int:
    """Generate, train for the time budget, report held-out accuracy, export ONNX."""
    import torch

    args, fonts, held = training_setup(argv, __doc__, MODEL_PATH, 14.0, 5.0, 60000, "windows")
    print(f"train fonts: {len(fonts)}; held-out fonts: {len(held)}", flush=True)
    t0 = time.time()
    if args.cache and args.cache.exists():
        data = np.load(args.cache)
        xs, ys, vx, vy = data["xs"], data["ys"], data["vx"], data["vy"]
    else:
        xs, ys = generate(args.samples, fonts, args.seed, args.gen_minutes * 60, args.workers)
        vx, vy = generate(3000, held or fonts, args.seed + 1000, 60)
        if args.cache:
            np.savez_compressed(args.cache, xs=xs, ys=ys, vx=vx, vy=vy)
    print(f"generated {len(xs)} training and {len(vx)} held-out windows in {time.time() - t0:.0f} s", flush=True)
    nrng = np.random.default_rng(args.seed)
    val = torch.from_numpy(batch_windows(vx, nrng, 1.5))
    model = build_model()
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
    loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=0.05)
    budget, start, step, epoch = args.minutes * 60, time.time(), 0, 0
    while time.time() - start < budget:
        order = nrng.permutation(len(xs))
        for b in range(0, len(order) - 127, 128):
            frac = (time.time() - start) / budget
            if frac >= 1:
                break
            for g in opt.param_groups:
                g["lr"] = 3e-3 * 0.5 * (1 + np.cos(np.pi * frac))
            idx = order[b:b + 128]
            x = torch.from_numpy(batch_windows(xs[idx], nrng, 2.5))
            model.train()
            loss = loss_fn(model(x), torch.from_numpy(ys[idx]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
        epoch += 1
        model.eval()
        with torch.no_grad():
            acc = float((model(val).argmax(1).numpy() == vy).mean())
        print(f"epoch {epoch} step {step} loss {loss.item():.3f} held-out font accuracy {acc:.4f} "
              f"({time.time() - start:.0f} s)", flush=True)
    export_onnx(model, args.out, "window", (LINE_HEIGHT, WINDOW_WIDTH))
    return 0


def export_onnx(model, out: Path, input_name: str, size: tuple[int, int]) -> None:
    """`model` written to `out` as ONNX (a batch of grey `size` images in, "logits" out);
    its weights are kept beside it as .pt.tmp until the export has succeeded."""
    import torch

    model.eval()
    torch.save(model.state_dict(), out.with_suffix(".pt.tmp"))  # survives a failed export
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(model, torch.zeros(1, 1, *size), str(out), input_names=[input_name],
                      output_names=["logits"], dynamic_axes={input_name: {0: "n"}, "logits": {0: "n"}},
                      opset_version=17, dynamo=False)
    out.with_suffix(".pt.tmp").unlink()
    print(f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    sys.exit(main())
