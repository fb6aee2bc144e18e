"""Running service calls off the UI thread and handing their result back to it.

Each call runs in a copy of the submitting thread's context, so the service sees who is
signed in at the desk (`app.acting`). All database work goes through one worker thread (a pool of one), so calls run in the order
they were made and never overlap; `success` or `failure` runs on the UI thread afterwards.
A call without a `failure` callback reports its exception to the message bridge
(`ui.messages.show_error`): a `UserError` reaches the status bar, a bug the log and the
internal-error box.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import Shiboken

from ui import messages


class _Relay(QObject):
    """Carries a finished call's outcome to the thread the relay lives in (the UI thread)."""

    done = Signal(int, bool, object)   # (call id, succeeded, value or exception)


class _Call(QRunnable):
    """Runs one registered call. It holds no reference to the call's function or callbacks
    once it is done: the last reference to a widget must never be dropped on this thread
    (Qt objects may only be destroyed on the thread they live in)."""

    def __init__(self, call_id: int, calls: dict, relay: _Relay) -> None:
        super().__init__()
        self._id, self._calls, self._relay = call_id, calls, relay

    def run(self) -> None:
        fn = self._calls[self._id][0]
        try:
            value, ok = fn(), True
        except Exception as exc:  # handed to the failure callback or the message bridge
            value, ok = exc, False
        del fn
        self._relay.done.emit(self._id, ok, value)


class TaskRunner(QObject):
    """Runs functions on one background thread; results come back as callbacks.

    `finished` is emitted on the UI thread after each call's callback has run, which lets
    tests wait for a call with `qtbot.waitSignal(runner.finished)`.
    """

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._calls: dict[int, tuple] = {}
        self._next_id = 0

    def submit(
        self,
        fn: Callable[[], Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn()` in the background, then `success(result)` or `failure(exc)` here.

        The callbacks are skipped when their widget is gone by then: `owner`, or the object
        a bound-method callback belongs to.
        """
        owner = owner or getattr(success, "__self__", None) or getattr(failure, "__self__", None)
        self._next_id += 1
        # The call runs as the person signed in when it was submitted (app.acting).
        fn = functools.partial(contextvars.copy_context().run, fn)
        self._calls[self._next_id] = (fn, _guarded(success, owner),
                                      _guarded(failure, owner) or self._unhandled)
        self._pool.start(_Call(self._next_id, self._calls, self._relay))

    def _unhandled(self, exc: Exception) -> None:
        messages.show_error(exc)

    @Slot(int, bool, object)
    def _deliver(self, call_id: int, ok: bool, value) -> None:
        _fn, success, failure = self._calls.pop(call_id)
        try:
            callback = success if ok else failure
            if callback is not None:
                callback(value)
        finally:
            self.finished.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every submitted call has run (for shutdown)."""
        return self._pool.waitForDone(msecs)

    def drain(self, msecs: int = 30000) -> bool:
        """Wait for every call and deliver its callback (tests and shutdown)."""
        done = self._pool.waitForDone(msecs)
        QCoreApplication.processEvents()
        return done


def _guarded(callback, owner):
    """`callback`, or a no-op once `owner` (a QObject) has been deleted."""
    if callback is None or not isinstance(owner, QObject):
        return callback

    def call(value):
        if Shiboken.isValid(owner):
            callback(value)

    return call
