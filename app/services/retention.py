"""Retention of gate data: a visit's snapshot and raw plate read are deleted once the
retention period (the settings' `snapshot_retention_days`) has passed.

The visit row stays (it counts as a visit of its customer) and says when its data went
(`read_deleted_at`), instead of pointing at a missing file. The desk runs this at start
and every hour; the headless gate (`main.py gate`) does the same with `PeriodicPurge`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from app import acting
from app.db import Database
from app.models import Visit
from app.services.common import now_utc
from app.services.snapshots import delete_snapshot, purge_snapshots

log = logging.getLogger(__name__)

#: Visits updated per statement (a first run may find a year of arrivals).
CHUNK = 500
#: How often a long-running desk or gate purges, in seconds.
PURGE_EVERY_S = 3600.0


@dataclass(frozen=True)
class PurgeResult:
    """What one purge did: visits whose data was deleted, snapshot files removed."""

    visits: int
    files: int


@acting.open_to_signed_in
def purge_expired(db: Database, retention_days: int, *, now: datetime | None = None,
                  folder: Path | None = None) -> PurgeResult:
    """Delete the snapshots and raw plate reads of the visits older than `retention_days`,
    mark those visits deleted now, and remove snapshot files left without a visit (an
    outbox entry discarded, an arrival never recorded) from the days past retention."""
    at = now_utc(now)
    cutoff = at - timedelta(days=retention_days)
    with db.session() as s:
        expired = s.execute(select(Visit.id, Visit.snapshot_path)
                            .where(Visit.arrived_at < cutoff,
                                   Visit.read_deleted_at.is_(None))).all()
        ids = [row.id for row in expired]
        for start in range(0, len(ids), CHUNK):
            s.execute(update(Visit).where(Visit.id.in_(ids[start:start + CHUNK]))
                      .values(snapshot_path=None, plate_read="", plate_color=None,
                              read_deleted_at=at))
    files = sum(delete_snapshot(row.snapshot_path) for row in expired if row.snapshot_path)
    files += purge_snapshots(retention_days, now=at, folder=folder)
    if ids:
        log.info("retention: data of %d visits older than %d days deleted (%d files)",
                 len(ids), retention_days, files)
    return PurgeResult(len(ids), files)


class PeriodicPurge:
    """Runs `purge_expired` now and then every `every_s` seconds on a daemon thread (the
    headless gate's retention); a failed round is logged and retried at the next."""

    def __init__(self, db: Database, retention_days: int, *,
                 every_s: float = PURGE_EVERY_S) -> None:
        self._db, self._days, self._every = db, retention_days, every_s
        self._stop = threading.Event()
        # The purge runs as whoever started the gate (its thread has no acting person).
        self._thread = threading.Thread(target=acting.bound(self._run), name="retention",
                                        daemon=True)
        self.rounds = 0

    def start(self) -> None:
        """Start purging."""
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the round in progress."""
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:          # the first round runs even when stopped at once
            try:
                purge_expired(self._db, self._days)
            except Exception:  # noqa: BLE001 - a purge must not end the gate
                log.exception("retention purge failed")
            self.rounds += 1
            if self._stop.wait(self._every):
                return
