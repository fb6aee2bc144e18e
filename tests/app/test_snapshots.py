"""Snapshots are written per day and deleted after the retention period."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from app.services.snapshots import purge_snapshots, store_snapshot


def test_store_and_purge(tmp_path):
    image = np.full((40, 140, 3), 200, np.uint8)
    now = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    old = store_snapshot(image, now=now - timedelta(days=40), folder=tmp_path)
    recent = store_snapshot(image, now=now - timedelta(days=3), folder=tmp_path)
    today = store_snapshot(image, now=now, folder=tmp_path)
    assert Path(today).parent.name == "2026-11-23"
    assert purge_snapshots(30, now=now, folder=tmp_path) == 1
    assert not Path(old).exists() and not Path(old).parent.exists()
    assert Path(recent).exists() and Path(today).exists()
    (tmp_path / "notes").mkdir()
    assert purge_snapshots(1, now=now, folder=tmp_path) == 1
    assert (tmp_path / "notes").exists()
