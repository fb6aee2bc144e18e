"""Plate snapshots: personal data, written once per arrival and deleted after retention."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import cv2
import numpy as np

from app.domain.reads import PlateRead
from app.paths import private_dir, private_file, snapshots_dir
from app.services.common import STORE_TZ, now_utc

log = logging.getLogger(__name__)


def store_snapshot(image: np.ndarray, *, now: datetime | None = None,
                   folder: Path | None = None) -> str:
    """Save a BGR plate crop or frame as JPEG under a dated folder; returns its path."""
    when = now_utc(now).astimezone(STORE_TZ)
    target = private_dir((folder or snapshots_dir()) / when.strftime("%Y-%m-%d"))
    path = target / f"{when:%H%M%S}-{uuid.uuid4().hex[:8]}.jpg"
    ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 85])
    if not ok:
        raise OSError(f"cannot encode snapshot {path}")
    private_file(path).write_bytes(jpeg.tobytes())
    return str(path)


def purge_snapshots(retention_days: int, *, now: datetime | None = None,
                    folder: Path | None = None) -> int:
    """Delete the snapshots of days older than `retention_days`; returns how many went."""
    folder = folder or snapshots_dir()
    oldest_kept = (now_utc(now).astimezone(STORE_TZ) - timedelta(days=retention_days)).date()
    removed = 0
    for day_folder in sorted(p for p in folder.iterdir() if p.is_dir()):
        try:
            day = datetime.strptime(day_folder.name, "%Y-%m-%d").date()
        except ValueError:
            continue      # not ours
        if day >= oldest_kept:
            continue
        for file in day_folder.glob("*.jpg"):
            file.unlink(missing_ok=True)
            removed += 1
        if not any(day_folder.iterdir()):
            day_folder.rmdir()
    if removed:
        log.info("deleted %d plate snapshots older than %d days", removed, retention_days)
    return removed


def with_snapshot(read: PlateRead) -> PlateRead:
    """`read` with its plate crop (or else its frame) saved as a snapshot, if it has one."""
    image = read.crop if read.crop is not None else read.frame
    if image is None:
        return read
    try:
        return replace(read, snapshot_path=store_snapshot(image))
    except OSError as exc:
        log.warning("snapshot not saved: %s", exc)
        return read


def delete_snapshot(path: str) -> int:
    """Delete one snapshot file: 1 when it was there and is gone, else 0 (a failure is
    logged: the caller has already let go of the path)."""
    try:
        Path(path).unlink()
        return 1
    except FileNotFoundError:
        return 0
    except OSError as exc:
        log.warning("snapshot not deleted: %s", exc)
        return 0
