"""Retention: visits' snapshots and raw plate reads are deleted after the retention period
and the rows say when — by the desk's call and by the headless gate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from app.models import MatchKind, Visit
from app.services import customer_history, customers, vehicles
from app.services.retention import PeriodicPurge, purge_expired
from app.services.snapshots import store_snapshot

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DEALERDESK_DATA", str(folder))
    return folder


def visit_with_snapshot(db, days_ago: int, customer_id: int | None = None) -> tuple[int, Path]:
    """A visit `days_ago` days old with a real snapshot file of that day."""
    at = NOW - timedelta(days=days_ago)
    path = store_snapshot(np.full((30, 90, 3), 128, np.uint8), now=at)
    with db.session() as s:
        visit = Visit(arrived_at=at, plate_read="粤B12345", plate_color="blue", confidence=0.9,
                      snapshot_path=path, camera="gate", match=MatchKind.EXACT,
                      customer_id=customer_id)
        s.add(visit)
        s.flush()
        return visit.id, Path(path)


def row(db, visit_id: int) -> Visit:
    with db.session() as s:
        visit = s.get(Visit, visit_id)
        s.expunge(visit)
        return visit


def test_the_desk_purge_deletes_old_snapshots_and_reads_and_marks_the_rows(db, data):
    c = customers.create_customer(db, name="张伟", consent_plate_recognition=True)
    vehicles.add_vehicle(db, plate="粤B12345", owner_id=c.id)
    old_id, old_file = visit_with_snapshot(db, 40, c.id)
    new_id, new_file = visit_with_snapshot(db, 2, c.id)
    done = purge_expired(db, 30, now=NOW)
    assert done.visits == 1 and done.files == 1
    assert not old_file.exists() and new_file.exists()
    old, new = row(db, old_id), row(db, new_id)
    assert old.snapshot_path is None and old.plate_read == "" and old.plate_color is None
    assert old.read_deleted_at == NOW
    assert new.snapshot_path == str(new_file) and new.read_deleted_at is None
    assert new.plate_read == "粤B12345"
    lines = {v.id: v for v in customer_history.customer_history(db, c.id).visits}
    assert lines[old_id].read_deleted_at == NOW and not lines[old_id].has_snapshot
    assert lines[new_id].read_deleted_at is None and lines[new_id].has_snapshot
    again = purge_expired(db, 30, now=NOW + timedelta(hours=1))
    assert again.visits == 0 and row(db, old_id).read_deleted_at == NOW   # dated once


def test_the_purge_removes_orphan_snapshots_of_past_days(db, data):
    orphan = Path(store_snapshot(np.zeros((10, 10, 3), np.uint8), now=NOW - timedelta(days=45)))
    fresh = Path(store_snapshot(np.zeros((10, 10, 3), np.uint8), now=NOW))
    assert purge_expired(db, 30, now=NOW).files == 1
    assert not orphan.exists() and fresh.exists()


def test_the_headless_gates_periodic_purge(db, data):
    old_id, old_file = visit_with_snapshot(db, 31)
    purge = PeriodicPurge(db, 30, every_s=3600)
    purge.start()
    purge.stop()                       # the first round runs even when stopped at once
    assert purge.rounds == 1
    assert not old_file.exists() and row(db, old_id).read_deleted_at is not None


def test_main_gate_purges_on_start(db, data, database_url):
    """`main.py gate` on a source that fails at once still runs the retention round."""
    import main

    old_id, old_file = visit_with_snapshot(db, 60)
    code = main.main(["--db", database_url, "gate", "--source", str(data / "missing.mp4")])
    assert code == 2                   # the source failed …
    assert not old_file.exists()       # … and the old snapshot is gone all the same
    assert row(db, old_id).read_deleted_at is not None


def test_a_purge_walks_the_expired_visits_a_batch_at_a_time(db, data, monkeypatch):
    from app.services import retention

    monkeypatch.setattr(retention, "CHUNK", 2)     # 5 expired visits: batches of 2, 2, 1
    old = [visit_with_snapshot(db, days, None) for days in (50, 45, 45, 40, 31)]
    new_id, new_file = visit_with_snapshot(db, 2)
    done = purge_expired(db, 30, now=NOW)
    assert (done.visits, done.files) == (5, 5)
    assert all(row(db, ident).read_deleted_at == NOW and not path.exists() for ident, path in old)
    assert row(db, new_id).read_deleted_at is None and new_file.exists()
    assert purge_expired(db, 30, now=NOW) == retention.PurgeResult(0, 0)
