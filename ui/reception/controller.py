"""Turns plate reads and pop-up actions into reception service calls, off the UI thread.

Arrivals reach a desk two ways: from the gate this desk watches (`handle_read`), and, for
arrivals another desk or a headless gate recorded, from a cheap poll of the visits table
(`poll`): on PostgreSQL the database announces each arrival (`arrival_event`, through
`ui.desk_events`) and the poll only runs then, or slowly as a safety net, or at its own pace
while the listener is disconnected. Each arrival gets one pop-up, whichever way it came.

A read from this desk's gate goes to the durable arrival outbox first (with its snapshot),
then to the database. When the database cannot be reached the pop-up still shows the plate
and the snapshot, says it will be recorded later, and the outbox is retried every few
seconds; once recorded, the pop-up (if still open) gets the full card.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from app import store_scope
from app.db import Database
from app.desk_events import DeskEvent
from app.domain.reads import PlateRead
from app.services import catalogue, reception
from app.services.arrival_card import ArrivalCard
from app.services.outbox import ArrivalOutbox, Delivery, OutboxEntry
from ui import messages
from ui.messages import error_text, show_status
from ui.reception.arrival_popup import ArrivalPopup
from ui.reception.chime import Chime
from ui.reception.popup_stack import PopupStack
from ui.tasks import TaskRunner
from ui.widgets.desk_store import DeskStore
from ui.widgets.images import load_image

log = logging.getLogger(__name__)
POLL_MS = 2000
#: Arrivals one poll fetches; a full batch polls again at once (a desk catching up).
POLL_LIMIT = 50
RETRY_MS = 2000
STAFF_ROLES = ("sales_consultant", "service_advisor", "reception", "manager")


class ReceptionController(QObject):
    """Owns the pop-ups of one desk.

    `popup_shown(popup)` after a pop-up appears (with `shown_at` set to `time.monotonic()`),
    `arrivals_changed` whenever today's arrivals or bookings may look different,
    `open_customer(id)` when a pop-up asks for the customer window, `failed(message)`,
    `recording_state(ok, message)` when arrivals stop or start reaching the database (for
    the desk's banner: `message` says what happened, empty when all is recorded again),
    `fleet_returned(card)` when a car of the store's test-drive fleet came back (no pop-up).

    While the desk is locked (`hold`) arrivals are still recorded but their pop-ups wait,
    out of sight; they appear when someone signs in (`release`).
    """

    popup_shown = Signal(object)
    arrivals_changed = Signal()
    open_customer = Signal(int)
    failed = Signal(str)
    recording_state = Signal(bool, str)
    #: A car of the store's test-drive fleet came through the gate (its card): no pop-up.
    fleet_returned = Signal(object)

    @property
    def store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction: its gate's
        arrivals are recorded for it, a prospect registered here opens a lead on its board."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, *, popup_timeout_s: int = 90,
                 chime: Chime | None = None, poll: bool = True,
                 outbox: ArrivalOutbox | None = None, parent: QObject | None = None,
                 store_id: int | DeskStore | None = None) -> None:
        super().__init__(parent)
        self._desk_store = DeskStore.of(store_id)
        self.failed.connect(show_status)
        self._db, self._runner = db, runner
        self.outbox = outbox or ArrivalOutbox()
        self._waiting: dict[str, ArrivalPopup | None] = {}
        self._recording_ok = True
        self._retry_timer = QTimer(self, interval=RETRY_MS)
        self._retry_timer.timeout.connect(self.retry)
        self.popup_timeout_s = popup_timeout_s
        self._chime = chime
        self.stack = PopupStack(self)
        self.held = False
        self._pending: list[ArrivalPopup] = []      # made while the desk was locked
        self._hidden: list[ArrivalPopup] = []       # open when it locked, hidden since
        self.staff: list[tuple[int, str, str]] = []
        self._seen_visit_ids: set[int] = set()
        self._last_visit_id: int | None = None
        self._polling = self._poll_again = False
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._runner.submit(self._load_start, self._started, self._failed)
        if self.outbox.count():
            self._retry_timer.start()      # what an earlier run could not record
        if poll:
            self._poll_timer.start()

    # --- start-up ------------------------------------------------------------------------
    def _load_start(self):
        staff = [(s.id, s.name, str(s.role)) for role in STAFF_ROLES
                 for s in catalogue.list_staff(self._db, role)]
        return staff, reception.latest_visit_id(self._db)

    def _started(self, loaded) -> None:
        self.staff, last_id = loaded
        if self._last_visit_id is None:
            self._last_visit_id = last_id

    # --- arrivals ------------------------------------------------------------------------
    def handle_read(self, read: PlateRead, snapshot: QImage | None = None,
                    captured: float | None = None) -> None:
        """A car this desk's gate saw: record the arrival and show its pop-up.

        `captured` (monotonic seconds) is when the frame that completed the read was taken;
        the pop-up keeps it as `captured_at` beside `shown_at`.
        """
        outbox = self.outbox

        def call() -> tuple[OutboxEntry, Delivery]:
            entry = outbox.put(read)
            return entry, outbox.deliver(self._record)

        self._runner.submit(call, lambda done: self._delivered(*done, snapshot, captured),
                            self._failed)

    def retry(self) -> None:
        """Record what waits in the outbox (the timer calls this while anything waits)."""
        self._runner.submit(lambda: (None, self.outbox.deliver(self._record)),
                            lambda done: self._delivered(*done, None, None),
                            lambda exc: log.warning("arrival outbox retry failed: %s", exc))

    def _record(self, read: PlateRead, read_id: str) -> ArrivalCard:
        """Runs on the worker thread."""
        return reception.arrive(self._db, read, read_id=read_id, store_id=self.store_id)

    def _delivered(self, entry: OutboxEntry | None, delivery: Delivery,
                   snapshot: QImage | None, captured: float | None) -> None:
        for done, card in delivery.recorded:
            if entry is not None and done.read_id == entry.read_id:
                self._show(card, snapshot, captured)
            elif done.read_id in self._waiting:
                popup = self._waiting.pop(done.read_id)
                self._seen_visit_ids.add(card.visit_id)
                self._last_visit_id = max(self._last_visit_id or 0, card.visit_id)
                if card.match == "fleet":
                    if popup is not None:
                        if popup in self._pending:
                            self._pending.remove(popup)
                        popup.dismiss()
                    self._fleet_arrived(card)
                elif popup is not None and popup in self._pending:
                    popup.show_card(card)
                elif popup is not None and popup in self.stack.popups:
                    popup.show_card(card)
                    self.stack.layout()
                    self._note_view(popup)
                self.arrivals_changed.emit()
        recorded = {done.read_id for done, _ in delivery.recorded}
        if entry is not None and entry.read_id not in recorded:
            self._waiting[entry.read_id] = self._show_unrecorded(entry, snapshot, captured)
        if delivery.unreachable is not None:
            self._retry_timer.start()
            self._set_recording(False, self.tr("数据库无法连接：%1 条到店记录未能记录，恢复后补记。")
                                .replace("%1", str(delivery.waiting)))
        elif delivery.waiting == 0:
            self._retry_timer.stop()
            self._set_recording(True, "")

    def _show_unrecorded(self, entry: OutboxEntry, snapshot: QImage | None,
                         captured: float | None) -> ArrivalPopup:
        """The pop-up of a read the database has not taken yet: plate and snapshot, and
        that it will be recorded later (its actions wait for the recording)."""
        popup = ArrivalPopup(reception.unrecorded_card(entry.read), self.staff,
                             self.popup_timeout_s, snapshot)
        popup.show_card(popup.card, self.tr("未能记录，恢复后补记"))
        for button in popup.buttons.values():
            button.setEnabled(button is popup.buttons.get("dismiss"))
        popup.dismissed.connect(lambda _card: self._waiting.update({entry.read_id: None})
                                if entry.read_id in self._waiting else None)
        popup.captured_at = captured
        self._present(popup)
        return popup

    def _set_recording(self, ok: bool, message: str) -> None:
        """Tell the desk (the message bridge's banner) whether arrivals are being recorded."""
        if ok != self._recording_ok or not ok:
            self._recording_ok = ok
            if ok:
                messages.clear_condition(messages.ARRIVAL_UNRECORDED)
            else:
                waiting = "、".join(popup.card.plate_display for popup in self._waiting.values()
                                   if popup is not None)
                messages.show_condition(messages.ARRIVAL_UNRECORDED,
                                        f"{message} {waiting}" if waiting else message)
            self.recording_state.emit(ok, message)

    def poll(self) -> None:
        """Ask the database for arrivals recorded elsewhere since the last one seen.

        One poll at a time: asked again meanwhile, it polls once more when this one is done
        (so an arrival announced during a poll is never left for the next tick)."""
        if self._last_visit_id is None:
            return
        if self._polling:
            self._poll_again = True
            return
        self._polling = True
        db, after = self._db, self._last_visit_id
        self._runner.submit(_at_own_store(lambda: [_with_snapshot(card)
                                                   for card in reception.arrival_cards_after(
                                                       db, after, limit=POLL_LIMIT)]),
                            self._polled, self._poll_failed)

    def _polled(self, cards: list[tuple[ArrivalCard, QImage | None]]) -> None:
        for card, snapshot in cards:
            self._show(card, snapshot)
        self._poll_again = self._poll_again or len(cards) >= POLL_LIMIT
        self._poll_done()

    def _poll_failed(self, exc: Exception) -> None:
        log.warning("arrival poll failed: %s", exc)
        self._poll_done()

    def _poll_done(self) -> None:
        self._polling = False
        if self._poll_again:
            self._poll_again = False
            self.poll()

    def arrival_event(self, event: DeskEvent | None = None) -> None:
        """The database announced an arrival (`ui.desk_events`), or the listener (re)connected
        (`None`: catch up). A new one is polled for; one whose id is below the last seen
        (its transaction committed after a later one's) is fetched by id; one already shown
        is left alone."""
        visit_id = event.row_id if event is not None else None
        if visit_id is not None and visit_id in self._seen_visit_ids:
            return
        if visit_id is not None and self._last_visit_id is not None \
                and visit_id <= self._last_visit_id:
            db = self._db
            self._runner.submit(lambda: _with_snapshot(reception.arrival_card(db, visit_id)),
                                lambda shown: self._show(*shown),
                                lambda exc: log.warning("arrival fetch failed: %s", exc))
            return
        self.poll()

    @property
    def kept_back(self) -> tuple[ArrivalPopup, ...]:
        """The pop-ups made while the desk was locked, shown when someone signs in."""
        return tuple(self._pending)

    @property
    def poll_timer(self) -> QTimer:
        """The timer of the cheap poll (slowed down while the desk gets live events)."""
        return self._poll_timer

    def _show(self, card: ArrivalCard, snapshot: QImage | None,
              captured: float | None = None, message: str = "") -> ArrivalPopup | None:
        if card.recorded:
            self._last_visit_id = max(self._last_visit_id or 0, card.visit_id)
            self.arrivals_changed.emit()
            if card.visit_id in self._seen_visit_ids:
                return None
            self._seen_visit_ids.add(card.visit_id)
        if card.match == "fleet":       # the store's own test-drive car: no greeting
            self._fleet_arrived(card)
            return None
        if card.match == "withheld":
            snapshot = None          # not kept, not shown: no plate-recognition consent
        popup = ArrivalPopup(card, self.staff, self.popup_timeout_s, snapshot)
        if message:
            popup.show_error(message)
        self._connect(popup)
        popup.captured_at = captured
        self._present(popup)
        return popup

    def _fleet_arrived(self, card: ArrivalCard) -> None:
        """A test-drive car of the store came back: a line in the status bar, no pop-up."""
        text = self.tr("本店试驾车 %1 已回店").replace("%1", card.plate_display)
        if card.test_drive_number:
            text += self.tr("，试驾 %1 已结束（还车里程可稍后填写）").replace(
                "%1", card.test_drive_number)
        show_status(text)
        self.fleet_returned.emit(card)

    def _present(self, popup: ArrivalPopup) -> None:
        """Show `popup` now, or keep it (its close timer stopped) until the desk unlocks;
        the chime sounds either way, so someone comes to the desk."""
        if self._chime is not None:
            self._chime.play()
        # The pop-up was built in this turn of the event loop; it is docked, laid out and
        # painted in the next one, so the desk never does both in one block (building and
        # showing together held the UI thread 50-60 ms under a busy gate: bench.arrival).
        QTimer.singleShot(0, self, lambda: self._show_built(popup))

    def _show_built(self, popup: ArrivalPopup) -> None:
        """Put a built pop-up on the stack, or keep it while the desk is locked (unless it
        was dismissed meanwhile)."""
        if popup.is_dismissed:
            return
        if self.held:
            popup.close_timer.stop()
            self._pending.append(popup)
            return
        self.stack.add(popup)
        popup.shown_at = time.monotonic()
        self.popup_shown.emit(popup)
        self._note_view(popup)

    def hold(self) -> None:
        """The desk locked: hide the floating pop-ups (the docked ones are behind the lock
        screen already); new ones wait for `release`."""
        self.held = True
        self._hidden = [p for p in self.stack.popups if p.isWindow() and p.isVisible()]
        for popup in self._hidden:
            popup.hide()

    def release(self) -> None:
        """Someone signed in: show the hidden pop-ups again, then the ones that waited."""
        if not self.held:
            return
        self.held = False
        hidden, self._hidden = self._hidden, []
        for popup in hidden:
            if popup in self.stack.popups:
                popup.show()
        self.stack.layout()
        pending, self._pending = self._pending, []
        for popup in pending:
            if self.popup_timeout_s > 0:
                popup.close_timer.start(self.popup_timeout_s * 1000)
            self._present(popup)

    def _note_view(self, popup: ArrivalPopup) -> None:
        """Audit that the person at this desk saw a known customer's card: once a pop-up."""
        card = popup.card
        if getattr(popup, "view_noted", False) or not card.recorded or not card.greets:
            return
        popup.view_noted = True
        db, visit_id = self._db, card.visit_id
        self._runner.submit(lambda: reception.record_arrival_view(db, visit_id),
                            failure=lambda exc: log.warning("arrival view not audited: %s", exc))

    def _connect(self, popup: ArrivalPopup) -> None:
        popup.check_in.connect(lambda card: self._check_in(popup, card))
        popup.hand_over.connect(lambda card, staff_id: self._hand_over(popup, card, staff_id))
        popup.open_customer.connect(self.open_customer)
        popup.confirm_candidate.connect(lambda card: self._confirm(popup, card))
        popup.reject_candidate.connect(lambda card: popup.show_card(
            replace(card, match="unknown", candidate=None, candidate_plates=())))
        popup.register.connect(lambda card, values: self._register(popup, card, values))
        popup.told_in_person.connect(lambda card, item_id: self._told(popup, card, item_id))

    # --- pop-up actions ------------------------------------------------------------------
    def _act(self, popup: ArrivalPopup, call, done) -> None:
        popup.touch()

        def failed(exc: Exception) -> None:
            popup.show_error(error_text(exc), getattr(exc, "field", None))
            self.stack.layout()     # a long message grows the pop-up: re-placed, not cut
            self.failed.emit(error_text(exc))

        self._runner.submit(call, done, failed, owner=popup)

    def _check_in(self, popup: ArrivalPopup, card: ArrivalCard) -> None:
        """Check the car in (`reception.check_in_arrival`: one use case, one transaction)."""
        db, visit_id = self._db, card.visit_id
        self._act(popup, lambda: reception.check_in_arrival(db, visit_id),
                  lambda new: self._refreshed(popup, new))

    def _hand_over(self, popup: ArrivalPopup, card: ArrivalCard, staff_id: int) -> None:
        db = self._db
        self._act(popup, lambda: reception.hand_over(db, card.visit_id, staff_id),
                  lambda _visit: (self.arrivals_changed.emit(), popup.dismiss()))

    def _told(self, popup: ArrivalPopup, card: ArrivalCard, item_id: int) -> None:
        """Reception told the customer of a care item on the spot: record it, show the card
        without it."""
        db, visit_id = self._db, card.visit_id
        self._act(popup, lambda: reception.tell_care_in_person(db, visit_id, item_id),
                  lambda new: self._refreshed(popup, new))

    def _confirm(self, popup: ArrivalPopup, card: ArrivalCard) -> None:
        db, vehicle_id = self._db, card.candidate.vehicle.id
        self._act(popup, lambda: reception.confirm_candidate(db, card.visit_id, vehicle_id),
                  lambda new: self._refreshed(popup, new))

    def _register(self, popup: ArrivalPopup, card: ArrivalCard, values: dict) -> None:
        db, store_id = self._db, self.store_id
        self._act(popup, lambda: reception.register_visitor(
            db, card.visit_id, values["name"], values["mobile"], plate=values["plate"] or None,
            purpose=values["purpose"], kind=values["kind"],
            salutation=values.get("salutation", ""), consent_contact=values["consent_contact"],
            consent_plate_recognition=values["consent_plate"], store_id=store_id),
            lambda new: self._refreshed(popup, new))

    def _refreshed(self, popup: ArrivalPopup, card: ArrivalCard) -> None:
        popup.show_card(card)
        self.stack.layout()
        self.arrivals_changed.emit()
        self._note_view(popup)

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(error_text(exc))

    def stop(self) -> None:
        """Stop polling and retrying, and close the pop-ups."""
        self._poll_timer.stop()
        self._retry_timer.stop()
        self.stack.close_all()
        for popup in self._pending:
            popup.deleteLater()
        self._pending.clear()


def _at_own_store(call):
    """`call` for the desk's own store: an arrival pops up at the store whose gate saw it,
    also on a desk looking at its division or the group (`app.store_scope.home_store`)."""
    def run():
        with store_scope.working_for(store_scope.writing_store()):
            return call()
    return run


def _with_snapshot(card: ArrivalCard) -> tuple[ArrivalCard, QImage | None]:
    return card, load_image(card.snapshot_path)
