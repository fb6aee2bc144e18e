"""Every desk live: the listener for the changes other desks make (PostgreSQL LISTEN/NOTIFY).

The database itself announces each change: triggers (migration `0010_live`) call
`pg_notify(CHANNEL, '{"kind": "arrival", "id": 42, "store_id": 1}')` in the transaction that
writes an arrival, a work order, a booking or a complaint, so only committed changes are
announced and every writer (a desk, the headless gate PC, the command line) is covered.

`DeskEventListener` holds one psycopg connection in its own thread, LISTENs on `CHANNEL` and
hands each event of its store to `on_event`. When the connection is lost it says so
(`on_live(False)`), retries with a growing pause, and says `on_live(True)` once it LISTENs
again: the desk polls while it is down and catches up once on each `on_live(True)` (its poll
by last seen id), so nothing is missed. No Qt here: the desk gets its signals through
`ui.desk_events`.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

#: The channel the triggers notify on.
CHANNEL = "dealerdesk_events"
#: The kinds of event: a car arrived (a new visit), a visit changed (handed over,
#: registered…), the work-order board changed, a booking changed, a complaint changed,
#: a refreshment order changed (0011_wire18), a lead (opportunity) changed.
KINDS = ("arrival", "visit", "board", "booking", "complaint", "refreshment", "lead")
#: Seconds to wait before each attempt to reconnect (the last one repeats).
BACKOFF = (0.2, 0.5, 1.0, 2.0, 5.0)
#: Seconds without a notification after which the connection is checked with a query.
PING_S = 10.0
#: How long `notifies()` waits before the loop looks at the stop flag (seconds).
WAKE_S = 0.5


@dataclass(frozen=True)
class DeskEvent:
    """One change announced by the database: its kind, the row's id and its store (None
    when the table has no store yet: every desk takes it)."""

    kind: str
    row_id: int | None
    store_id: int | None

    def concerns(self, store_id: int | None) -> bool:
        """True when a desk of `store_id` should react (a desk without a store takes all)."""
        return store_id is None or self.store_id is None or self.store_id == store_id


def parse_event(payload: str) -> DeskEvent | None:
    """The event in a notification's payload, or None for one this version does not know."""
    try:
        data = json.loads(payload)
        kind = data["kind"]
    except (ValueError, TypeError, KeyError):
        return None
    if kind not in KINDS:
        return None
    return DeskEvent(kind, _int_or_none(data.get("id")), _int_or_none(data.get("store_id")))


def _int_or_none(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def conninfo(url: str) -> str:
    """The libpq address of a SQLAlchemy PostgreSQL URL (`postgresql+psycopg://…`)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("LISTEN/NOTIFY needs PostgreSQL")
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


class DeskEventListener:
    """LISTENs for the desk events of one store on its own thread, reconnecting as needed.

    `on_event(event)` and `on_live(up)` are called on the listener's thread: a Qt desk
    re-emits them as signals (`ui.desk_events.LiveEvents`).
    """

    def __init__(self, url: str, on_event: Callable[[DeskEvent], None], *,
                 on_live: Callable[[bool], None] | None = None, store_id: int | None = None,
                 backoff: Sequence[float] = BACKOFF, ping_s: float = PING_S) -> None:
        self._conninfo = conninfo(url)
        self._on_event, self._on_live = on_event, on_live or (lambda _up: None)
        self.store_id = store_id
        self._backoff, self._ping_s = tuple(backoff), ping_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.live = False
        #: The server process of the current connection (None while disconnected).
        self.backend_pid: int | None = None

    def start(self) -> None:
        """Connect and listen on a daemon thread."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="desk-events", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and wait for the thread (at most `timeout` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    failures = 0
                    self._set_live(True)
                    self._pump(conn)
            except psycopg.Error as exc:
                log.info("desk events: connection lost or refused (%s)", type(exc).__name__)
            self.backend_pid = None
            self._set_live(False)
            self._stop.wait(self._backoff[min(failures, len(self._backoff) - 1)])
            failures += 1

    def _connect(self) -> psycopg.Connection:
        conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5,
                               application_name="dealerdesk-desk-events", keepalives=1,
                               keepalives_idle=10, keepalives_interval=3, keepalives_count=3)
        try:
            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
        except BaseException:
            conn.close()
            raise
        self.backend_pid = conn.info.backend_pid
        return conn

    def _pump(self, conn: psycopg.Connection) -> None:
        """Hand on notifications until stopped; a dead connection raises."""
        quiet = 0.0
        while not self._stop.is_set():
            got = False
            for notify in conn.notifies(timeout=WAKE_S):
                got = True
                self._deliver(notify.payload)
            quiet = 0.0 if got else quiet + WAKE_S
            if quiet >= self._ping_s:      # a half-open connection raises here
                conn.execute("SELECT 1")   # notifications meanwhile wait in psycopg's backlog
                quiet = 0.0

    def _deliver(self, payload: str) -> None:
        event = parse_event(payload)
        if event is None or not event.concerns(self.store_id):
            return
        try:
            self._on_event(event)
        except Exception:  # a consumer's bug must not end the listening
            log.exception("desk events: a handler failed")

    def _set_live(self, up: bool) -> None:
        if up == self.live:
            return
        self.live = up
        try:
            self._on_live(up)
        except Exception:
            log.exception("desk events: a handler failed")
