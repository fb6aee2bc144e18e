"""The complaints' SLA clock on the desk, whatever page is shown.

Every minute the shell ticks `app.services.complaints.sla_tick`: complaints that missed a
deadline escalate to the store's manager by themselves, even when nobody has the complaints
page open. While one is overdue, a banner (`ui.messages`, key `messages.COMPLAINTS_OVERDUE`)
names how many and who is responsible for them now, with a button to the complaints page,
on the desk of the person responsible for its current step and of a manager only
(`complaints.SlaTick.flagged_for` the person signed in); `refresh` follows a switch of user.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app import acting
from app.db import Database
from app.services import complaints
from ui import messages
from ui.tasks import TaskRunner
from ui.widgets.desk_store import DeskStore

#: How often the shell ticks the SLA clock.
TICK_MS = 60_000


class ComplaintWatch(QObject):
    """Ticks the SLA clock on a timer; `ticked` carries each `complaints.SlaTick`."""

    ticked = Signal(object)

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore | None = None, *,
                 clock: Callable[[], datetime] | None = None, interval_ms: int = TICK_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self._clock = clock or (lambda: datetime.now(UTC))
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self._last: complaints.SlaTick | None = None

    def start(self) -> None:
        """Tick now, then on the timer."""
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        """Stop ticking."""
        self.timer.stop()

    def tick(self) -> None:
        """Escalate overdue complaints in the background, then raise or clear the banner."""
        db, store, now = self._db, self._store_id, self._clock()
        self._runner.submit(lambda: complaints.sla_tick(db, store_id=store, now=now),
                            self._show, messages.show_error, owner=self)

    def refresh(self, *_signed_in) -> None:
        """Flag the last tick's overdue complaints for whoever is signed in now (a sign-in
        or switch of user, connected to the sign-in panel's `signed_in`)."""
        flagged = self._last.flagged_for(acting.current()) if self._last else ()
        if flagged:
            messages.show_condition(messages.COMPLAINTS_OVERDUE, overdue_text(flagged))
        else:
            messages.clear_condition(messages.COMPLAINTS_OVERDUE)

    def _show(self, tick: complaints.SlaTick) -> None:
        self._last = tick
        self.refresh()
        self.ticked.emit(tick)


def overdue_text(overdue: Sequence[complaints.ComplaintRow]) -> str:
    """"超时投诉 3 件，负责人：周敏 2 件、林娜 1 件" in the desk's language."""
    nobody = QCoreApplication.translate("ComplaintWatch", "未分配")
    owners = Counter(r.owner_name or nobody for r in overdue)
    who = QCoreApplication.translate("ComplaintWatch", "、").join(
        QCoreApplication.translate("ComplaintWatch", "%1 %2 件").replace("%1", name)
        .replace("%2", str(n)) for name, n in owners.most_common())
    return (QCoreApplication.translate("ComplaintWatch", "超时投诉 %1 件，负责人：%2")
            .replace("%1", str(len(overdue))).replace("%2", who))
