"""Helpers shared by the benchmarks: percentiles, machine load, and --json output."""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def median(values: Sequence[float]) -> float:
    """The median of `values` (0.0 when empty)."""
    return float(statistics.median(values)) if values else 0.0


def p95(values: Sequence[float]) -> float:
    """The 95th percentile of `values`, nearest-rank (0.0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, max(0, int(round(0.95 * len(ordered))) - 1))])


def ratio(hits: int, total: int) -> float:
    """`hits / total` rounded to 4 places (0.0 when nothing was counted)."""
    return round(hits / total, 4) if total else 0.0


def signed_in():
    """Work as a store manager signed in at a bench desk (every service checks who acts)."""
    from app.acting import Actor, acting_as

    return acting_as(Actor(name="bench", role="manager", desk="bench"))


def machine() -> dict[str, Any]:
    """What the figures were measured on: cores, load average, Python."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpus": os.cpu_count(),
        "load_avg_1m": round(load[0], 2),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


def write_json(path: str | Path | None, figures: dict[str, Any]) -> None:
    """Write `figures` as indented UTF-8 JSON to `path` (nothing when `path` is None)."""
    if path:
        Path(path).write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def print_figures(figures: dict[str, Any], prefix: str = "") -> None:
    """Print nested figures as `a.b.c: value` lines."""
    for key, value in figures.items():
        if isinstance(value, dict):
            print_figures(value, f"{prefix}{key}.")
        else:
            print(f"{prefix}{key}: {value}")


def derived_set_args(prog: str, doc: str, argv: list[str] | None,
                     flags: dict[str, str] | None = None) -> argparse.Namespace:
    """The command line of a bench that writes a labelled folder again, changed: `src`,
    `out`, `--seed`, and the on/off `flags` it names (flag -> help)."""
    parser = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    parser.add_argument("src", type=Path, help="a labelled folder (labels.csv)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    for flag, text in (flags or {}).items():
        parser.add_argument(flag, action="store_true", help=text)
    return parser.parse_args(argv)


def write_jpeg(out: Path, name: str, image, quality: int) -> str:
    """Write `image` as a JPEG at `out`/`name` (its suffix made .jpg, folders made); the
    path written, relative to `out`, as labels.csv names it."""
    import cv2  # here: the desk's benches import this module without needing OpenCV

    target = (out / name).with_suffix(".jpg")
    target.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(target), image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return target.relative_to(out).as_posix()


def write_labels(out: Path, rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> None:
    """`out`/labels.csv with `fields` of each row (the development photos' format)."""
    with open(out / "labels.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(fields), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
