"""The arrival outbox: durable, ordered, once, bounded; no snapshot without its entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import select

from app.domain.reads import PlateRead
from app.errors import DatabaseUnavailable
from app.models import Visit
from app.services import reception
from app.services.outbox import ArrivalOutbox

T0 = datetime(2030, 3, 4, 1, 0, tzinfo=UTC)


def _read(plate: str, minute: int, **kw) -> PlateRead:
    seen = T0 + timedelta(minutes=minute)
    return PlateRead(plate, 0.93, "blue", first_seen=seen, last_seen=seen, **kw)


@pytest.fixture
def outbox(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    return ArrivalOutbox(tmp_path / "data" / "outbox.sqlite3")


def _visits(db):
    with db.session() as s:
        return [(v.plate_read, v.arrived_at, v.read_id, v.snapshot_path)
                for v in s.scalars(select(Visit).order_by(Visit.id))]


def test_reads_wait_while_the_database_is_down_then_go_in_order_once(db, outbox):
    crop = np.full((40, 120, 3), 200, np.uint8)
    for n, plate in enumerate(("粤B12345", "粤B67890", "湘A0H123")):
        outbox.put(_read(plate, n, crop=crop))
    down = []

    def unreachable(read, read_id):
        down.append(read.plate)
        raise DatabaseUnavailable("connection refused")

    result = outbox.deliver(unreachable)
    assert result.unreachable is not None and result.waiting == 3 and down == ["粤B12345"]
    # A fresh outbox on the same file (the program restarted) still holds them.
    again = ArrivalOutbox(outbox.path)
    assert [e.read.plate for e in again.pending()] == ["粤B12345", "粤B67890", "湘A0H123"]
    result = again.deliver(lambda read, rid: reception.arrive(db, read, read_id=rid))
    assert result.unreachable is None and result.waiting == 0 and len(result.recorded) == 3
    visits = _visits(db)
    assert [v[0] for v in visits] == ["粤B12345", "粤B67890", "湘A0H123"]
    assert [v[1] for v in visits] == [T0, T0 + timedelta(minutes=1), T0 + timedelta(minutes=2)]
    snapshots = sorted((outbox.path.parent / "snapshots").rglob("*.jpg"))
    assert sorted(v[3] for v in visits) == [str(p) for p in snapshots] and len(snapshots) == 3


def test_a_read_recorded_before_a_crash_is_not_recorded_twice(db, outbox):
    entry = outbox.put(_read("粤B12345", 0))
    first = reception.arrive(db, entry.read, read_id=entry.read_id)   # committed, then "crash"
    result = outbox.deliver(lambda read, rid: reception.arrive(db, read, read_id=rid))
    assert result.recorded[0][1].visit_id == first.visit_id
    assert len(_visits(db)) == 1 and outbox.count() == 0


def test_a_read_longer_than_the_column_is_kept_cut_to_it(db, outbox):
    outbox.put(_read("粤B1234567890ABCDEFGHIJ", 0))
    result = outbox.deliver(lambda read, rid: reception.arrive(db, read, read_id=rid))
    assert result.waiting == 0
    assert [v[0] for v in _visits(db)] == ["粤B1234567890ABCD"]


def test_a_read_that_keeps_failing_is_set_aside_with_its_snapshot(db, outbox):
    outbox.put(_read("粤B12345", 0, crop=np.zeros((20, 60, 3), np.uint8)))
    outbox.put(_read("粤B67890", 1))

    def broken(read, read_id):
        if read.plate == "粤B12345":
            raise RuntimeError("a bug")
        return reception.arrive(db, read, read_id=read_id)

    for _ in range(3):
        outbox.deliver(broken)
    assert outbox.count() == 0
    assert [v[0] for v in _visits(db)] == ["粤B67890"]
    assert not list((outbox.path.parent / "snapshots").rglob("*.jpg"))


def test_the_bound_warns_before_it_discards(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    outbox = ArrivalOutbox(tmp_path / "box.sqlite3", max_entries=5, max_age_days=10)
    crop = np.zeros((20, 60, 3), np.uint8)
    for n in range(3):
        outbox.put(_read(f"粤B1234{n}", n, crop=crop), now=T0)
    assert outbox.warning(now=T0) is None
    outbox.put(_read("粤B12343", 3, crop=crop), now=T0)
    zh, en = outbox.warning(now=T0)
    assert "4" in zh and "5" in zh and "discarded" in en
    assert outbox.warning(now=T0 + timedelta(days=1)) is not None
    for n in range(4, 7):
        outbox.put(_read(f"粤B1234{n}", n, crop=crop), now=T0)
    assert [e.read.plate for e in outbox.pending()] == [f"粤B1234{n}" for n in range(2, 7)]
    assert len(list((tmp_path / "data" / "snapshots").rglob("*.jpg"))) == 5
    outbox.put(_read("粤B99999", 9), now=T0 + timedelta(days=11))
    assert [e.read.plate for e in outbox.pending()] == ["粤B99999"]
    assert not list((tmp_path / "data" / "snapshots").rglob("*.jpg"))
