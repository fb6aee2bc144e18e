"""The desk's end of `app.desk_events`: database notifications as Qt signals on the UI thread.

On PostgreSQL the desk builds one `LiveEvents`; each part of a page that shows what other
desks change `follow`s the kinds it shows, handing over its refresh and its poll timer. While
the listener is connected the timer slows to a safety poll (`SAFETY_MS`) and each event
refreshes at once; when the connection is lost the timer polls at its own pace again, and
every (re)connection refreshes once to catch up on what happened meanwhile. On SQLite
nothing of this is built and the desks keep their poll.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.desk_events import BACKOFF, DeskEvent, DeskEventListener

#: The pace of a followed timer while notifications arrive: a safety net only.
SAFETY_MS = 60_000


class LiveEvents(QObject):
    """`event(DeskEvent)` for each change of this desk's store, `live(bool)` when the
    listener connects or loses its connection; both on the UI thread."""

    event = Signal(object)
    live = Signal(bool)
    _event_relay = Signal(object)
    _live_relay = Signal(bool)

    def __init__(self, url: str, store_id: int | None, parent: QObject | None = None, *,
                 backoff=BACKOFF, safety_ms: int = SAFETY_MS) -> None:
        super().__init__(parent)
        self.safety_ms = safety_ms
        queued = Qt.ConnectionType.QueuedConnection     # from the listener's thread
        self._event_relay.connect(self.event, queued)
        self._live_relay.connect(self.live, queued)
        #: True while the listener is connected, as the UI thread last heard.
        self.is_live = False
        self.live.connect(self._note_live)
        self.listener = DeskEventListener(url, self._event_relay.emit,
                                          on_live=self._live_relay.emit, store_id=store_id,
                                          backoff=backoff)
        self.destroyed.connect(self.listener.stop)     # the window closed without stop()

    def _note_live(self, up: bool) -> None:
        self.is_live = up

    def start(self) -> None:
        """Connect and listen (in the background)."""
        self.listener.start()

    def stop(self) -> None:
        """Stop listening."""
        self.listener.stop()

    def set_store(self, store_id: int | None) -> None:
        """Follow another store's events (the desk's settings changed)."""
        self.listener.store_id = store_id

    def follow(self, kinds: Collection[str], changed: Callable[[DeskEvent | None], None],
               timer: QTimer | None = None) -> None:
        """Call `changed(event)` for each event of `kinds`, and `changed(None)` on each
        (re)connection to catch up; slow `timer` down while connected (at once when the
        listener is connected already: a window opened later), restore its pace while not."""
        pace = timer.interval() if timer is not None else 0
        if timer is not None and self.is_live:
            timer.setInterval(self.safety_ms)

        def on_event(event: DeskEvent) -> None:
            if event.kind in kinds:
                changed(event)

        def on_live(up: bool) -> None:
            if timer is not None:
                timer.setInterval(self.safety_ms if up else pace)
            if up:
                changed(None)

        self.event.connect(on_event)
        self.live.connect(on_live)
