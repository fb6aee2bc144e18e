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

from sqlalchemy import and_, or_, select, update

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
    visits = files = 0
    after: tuple[datetime, int] | None = None
    while True:   # a batch at a time (a first run may find years of the group's arrivals)
        with db.session() as s:
            expired = s.execute(_expired(cutoff, after).limit(CHUNK)).all()
            if expired:
                s.execute(update(Visit).where(Visit.id.in_([row.id for row in expired]))
                          .values(snapshot_path=None, plate_read="", plate_color=None,
                                  read_deleted_at=at))
        files += sum(delete_snapshot(row.snapshot_path) for row in expired if row.snapshot_path)
        visits += len(expired)
        if len(expired) < CHUNK:
            break
        after = (expired[-1].arrived_at, expired[-1].id)
    files += purge_snapshots(retention_days, now=at, folder=folder)
    if visits:
        log.info("retention: data of %d visits older than %d days deleted (%d files)",
                 visits, retention_days, files)
    return PurgeResult(visits, files)


def _expired(cutoff: datetime, after: tuple[datetime, int] | None):
    """The visits before `cutoff` whose data is still kept, in arrival order from `after`
    (a keyset on the `arrived_at` index)."""
    query = (select(Visit.id, Visit.snapshot_path, Visit.arrived_at)
             .where(Visit.arrived_at < cutoff, Visit.read_deleted_at.is_(None))
             .order_by(Visit.arrived_at, Visit.id))
    if after is not None:
        at, ident = after
        query = query.where(or_(Visit.arrived_at > at,
                                and_(Visit.arrived_at == at, Visit.id > ident)))
    return query


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
