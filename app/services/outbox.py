"""The arrival outbox: every gate read is kept on local disk before the database sees it.

A read is written (with its snapshot) to a small SQLite queue in the data folder, committed
with `synchronous=FULL` (fsynced), and only then recorded as a Visit. When the database
cannot be reached the entry stays; `deliver()` later records the waiting reads in the order
they came, with their original times, exactly once: each read carries a `read_id` that the
visits table holds unique, so a read recorded just before a crash is not recorded again.

The queue is bounded by age and count; `warning()` says so before the bound is reached, and
a read past the bound is discarded with its snapshot (logged), never silently.
The module takes plain `PlateRead`s (app.domain) and knows nothing of the gate or the UI.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.reads import PlateRead
from app.domain.redact import mask_plate
from app.errors import DatabaseUnavailable
from app.paths import data_dir, private_dir, private_file
from app.services.snapshots import store_snapshot

log = logging.getLogger(__name__)

OUTBOX_FILE = "arrival-outbox.sqlite3"
#: Reads kept at most this long waiting for the database …
MAX_AGE_DAYS = 7
#: … and at most this many.
MAX_ENTRIES = 20_000
#: `warning()` speaks up once the queue holds this share of either bound.
WARN_SHARE = 0.8
#: A read whose recording failed this many times for another reason than the database
#: being unreachable (a bug) is set aside so it does not block the reads behind it.
MAX_ATTEMPTS = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    read_id TEXT NOT NULL UNIQUE,
    queued_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    snapshot_path TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
)
"""


@dataclass(frozen=True)
class OutboxEntry:
    """A read waiting to be recorded; `seq` orders the entries as they came."""

    seq: int
    read_id: str
    queued_at: datetime
    read: PlateRead


@dataclass(frozen=True)
class Delivery:
    """What `deliver()` did: the entries recorded (with what `record` returned), whether
    the database was unreachable, and how many reads still wait."""

    recorded: tuple[tuple[OutboxEntry, object], ...]
    unreachable: DatabaseUnavailable | None
    waiting: int


class ArrivalOutbox:
    """The durable queue of reads in front of the database (thread-safe; one file may be
    shared by the processes of one desk)."""

    def __init__(self, path: Path | None = None, *, max_age_days: int = MAX_AGE_DAYS,
                 max_entries: int = MAX_ENTRIES) -> None:
        self.path = Path(path) if path else data_dir() / OUTBOX_FILE
        private_file(private_dir(self.path.parent, narrow=False) / self.path.name)
        self.max_age = timedelta(days=max_age_days)
        self.max_entries = max_entries
        self._lock = threading.RLock()
        with self._connect() as conn:
            conn.execute(_SCHEMA)

    def _connect(self) -> _Closing:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        return _Closing(conn)

    # --- writing -------------------------------------------------------------------------
    def put(self, read: PlateRead, *, now: datetime | None = None) -> OutboxEntry:
        """Keep `read` (fsynced) with its snapshot, written here unless the read has one.

        The snapshot is removed again if the entry cannot be written, so no picture exists
        without its entry.
        """
        queued_at = (now or datetime.now(UTC)).astimezone(UTC)
        read_id = uuid.uuid4().hex
        written = None
        if read.snapshot_path is None:
            image = read.crop if read.crop is not None else read.frame
            if image is not None:
                written = store_snapshot(image, now=read.first_seen or queued_at)
                read = replace(read, snapshot_path=written)
        read = replace(read, crop=None, frame=None)
        try:
            with self._lock, self._connect() as conn:
                cursor = conn.execute(
                    "INSERT INTO outbox (read_id, queued_at, payload, snapshot_path) "
                    "VALUES (?, ?, ?, ?)",
                    (read_id, queued_at.isoformat(), _dump(read), read.snapshot_path))
                seq = cursor.lastrowid
        except BaseException:
            if written:
                Path(written).unlink(missing_ok=True)
            raise
        self._enforce_bounds(queued_at)
        return OutboxEntry(seq, read_id, queued_at, read)

    def discard(self, read_id: str, reason: str) -> None:
        """Drop a read that will never be recorded, and its snapshot."""
        with self._lock, self._connect() as conn:
            row = conn.execute("SELECT snapshot_path, payload FROM outbox WHERE read_id = ?",
                               (read_id,)).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM outbox WHERE read_id = ?", (read_id,))
        if row[0]:
            Path(row[0]).unlink(missing_ok=True)
        log.error("arrival read %s discarded (%s): plate %s", read_id, reason,
                  mask_plate(_load(row[1]).plate))

    def _done(self, read_id: str) -> None:
        with self._lock, self._connect() as conn:
            conn.execute("DELETE FROM outbox WHERE read_id = ?", (read_id,))

    def _failed(self, entry: OutboxEntry, exc: BaseException) -> None:
        with self._lock, self._connect() as conn:
            conn.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                         "WHERE read_id = ?", (repr(exc)[:500], entry.read_id))
            attempts = conn.execute("SELECT attempts FROM outbox WHERE read_id = ?",
                                    (entry.read_id,)).fetchone()
        if attempts and attempts[0] >= MAX_ATTEMPTS:
            self.discard(entry.read_id, f"recording failed {attempts[0]} times: {exc!r}")

    def _enforce_bounds(self, now: datetime) -> None:
        """Discard what is past the bounds (the oldest first), loudly."""
        oldest = (now - self.max_age).isoformat()
        with self._lock, self._connect() as conn:
            expired = [r[0] for r in conn.execute(
                "SELECT read_id FROM outbox WHERE queued_at < ? ORDER BY seq", (oldest,))]
            excess = conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] - self.max_entries
            if excess > 0:
                expired += [r[0] for r in conn.execute(
                    "SELECT read_id FROM outbox ORDER BY seq LIMIT ?", (excess,))]
        for read_id in dict.fromkeys(expired):
            self.discard(read_id, "outbox bound reached")

    # --- reading -------------------------------------------------------------------------
    def pending(self) -> list[OutboxEntry]:
        """The reads waiting, oldest first."""
        with self._lock, self._connect() as conn:
            rows = conn.execute("SELECT seq, read_id, queued_at, payload FROM outbox "
                                "ORDER BY seq").fetchall()
        return [OutboxEntry(seq, read_id, datetime.fromisoformat(at), _load(payload))
                for seq, read_id, at, payload in rows]

    def count(self) -> int:
        """How many reads wait."""
        with self._lock, self._connect() as conn:
            return conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]

    def warning(self, *, now: datetime | None = None) -> tuple[str, str] | None:
        """(zh, en) when the queue nears its bounds (most of its size, or its oldest read
        most of its age), else None."""
        with self._lock, self._connect() as conn:
            count, oldest = conn.execute("SELECT COUNT(*), MIN(queued_at) FROM outbox").fetchone()
        if not count:
            return None
        age = (now or datetime.now(UTC)) - datetime.fromisoformat(oldest)
        if count >= WARN_SHARE * self.max_entries or age >= WARN_SHARE * self.max_age:
            days = self.max_age.days
            return (f"有 {count} 条到店记录未能写入数据库（最早一条已等待 {age.days} 天）；"
                    f"超过 {self.max_entries} 条或 {days} 天的将被丢弃，请尽快恢复数据库连接。",
                    f"{count} arrivals could not be written to the database (the oldest has "
                    f"waited {age.days} days); beyond {self.max_entries} entries or {days} "
                    "days they are discarded: restore the database connection soon.")
        return None

    # --- delivering ----------------------------------------------------------------------
    def deliver(self, record: Callable[[PlateRead, str], object]) -> Delivery:
        """Record the waiting reads in order with `record(read, read_id)`.

        Stops at the first DatabaseUnavailable (the rest wait for the next call). Another
        error is logged and counted; after MAX_ATTEMPTS the read is set aside (discarded).
        """
        recorded: list[tuple[OutboxEntry, object]] = []
        with self._lock:
            for entry in self.pending():
                try:
                    result = record(entry.read, entry.read_id)
                except DatabaseUnavailable as exc:
                    return Delivery(tuple(recorded), exc, self.count())
                except Exception as exc:  # noqa: BLE001 - a bug: logged, retried, set aside
                    log.error("recording arrival %s failed", entry.read_id, exc_info=exc)
                    self._failed(entry, exc)
                    continue
                self._done(entry.read_id)
                recorded.append((entry, result))
            return Delivery(tuple(recorded), None, self.count())


class OutboxRelay:
    """Puts reads into the outbox and records them from one background thread, retrying
    every `retry_s` seconds while the database is unreachable (the headless gate's path).

    `start()` first delivers what an earlier run left; `stop()` makes a last attempt.
    """

    def __init__(self, outbox: ArrivalOutbox, record: Callable[[PlateRead, str], object], *,
                 retry_s: float = 2.0) -> None:
        self.outbox = outbox
        self.record = record
        self.retry_s = retry_s
        self.recorded = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._down = False

    def put(self, read: PlateRead) -> OutboxEntry:
        """Keep `read` and have the relay record it."""
        entry = self.outbox.put(read)
        self._wake.set()
        return entry

    def start(self) -> None:
        """Start the relay thread."""
        self._thread = threading.Thread(target=self._run, name="arrival-outbox", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the thread after a last delivery; what is left waits for the next run."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def deliver_now(self) -> Delivery:
        """One delivery round, logging when the database goes away and comes back."""
        delivery = self.outbox.deliver(self.record)
        self.recorded += len(delivery.recorded)
        if delivery.unreachable is not None:
            if not self._down:
                log.warning("数据库无法连接，到店记录暂存本地，恢复后补记 / database unreachable, "
                            "arrivals kept in the outbox (%d waiting): %s",
                            delivery.waiting, delivery.unreachable.detail)
            self._down = True
        elif self._down:
            log.warning("数据库已恢复，已补记到店记录 / database back: %d waiting arrivals "
                        "recorded", len(delivery.recorded))
            self._down = False
        warning = self.outbox.warning()
        if warning is not None:
            log.warning("%s / %s", *warning)
        return delivery

    def _run(self) -> None:
        while True:
            stopping = self._stop.is_set()
            self._wake.clear()
            try:
                self.deliver_now()
            except Exception:  # noqa: BLE001 - the relay must outlive one bad round
                log.exception("arrival outbox delivery failed")
            if stopping:
                return
            self._wake.wait(self.retry_s if self._down or self.outbox.count() else None)


class _Closing:
    """A sqlite3 connection as a context manager that closes it (sqlite3's own only ends
    the transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __enter__(self) -> sqlite3.Connection:
        return self._conn

    def __exit__(self, *exc) -> None:
        self._conn.close()


_TIMES = ("first_seen", "last_seen")
#: Fields of a read that are pictures, not data: the snapshot file stands for them.
_IMAGES = ("crop", "frame")


def _dump(read: PlateRead) -> str:
    """Every plain field of the read as JSON (times as ISO 8601 with their offset)."""
    values = {f.name: getattr(read, f.name) for f in fields(read) if f.name not in _IMAGES}
    values["char_confidences"] = list(read.char_confidences)
    for name in _TIMES:
        value = values.get(name)
        values[name] = value.isoformat() if value is not None else None
    return json.dumps(values, ensure_ascii=False)


def _load(payload: str) -> PlateRead:
    values = json.loads(payload)
    known = {f.name for f in fields(PlateRead)}
    values = {k: v for k, v in values.items() if k in known}
    for name in _TIMES:
        if values.get(name):
            values[name] = datetime.fromisoformat(values[name])
    values["char_confidences"] = tuple(values.get("char_confidences") or ())
    return PlateRead(**values)
