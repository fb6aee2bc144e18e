"""Turns plate reads and pop-up actions into reception service calls, off the UI thread.

Arrivals reach a desk two ways: from the gate this desk watches (`handle_read`), and, for
arrivals another desk or a headless gate recorded, from a cheap poll of the visits table
(`poll`). Each arrival gets one pop-up, whichever way it came.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from app.db import Database
from app.domain.reads import PlateRead
from app.services import care_desk, catalogue, reception
from app.services.arrival_card import ArrivalCard, unrecorded_card
from ui import messages
from ui.messages import error_text, show_status
from ui.reception.arrival_popup import ArrivalPopup
from ui.reception.chime import Chime
from ui.reception.popup_stack import PopupStack
from ui.tasks import TaskRunner
from ui.widgets.images import load_image

log = logging.getLogger(__name__)
POLL_MS = 2000
STAFF_ROLES = ("sales_consultant", "service_advisor", "reception", "manager")


class ReceptionController(QObject):
    """Owns the pop-ups of one desk.

    `popup_shown(popup)` after a pop-up appears (with `shown_at` set to `time.monotonic()`),
    `arrivals_changed` whenever today's arrivals or bookings may look different,
    `open_customer(id)` when a pop-up asks for the customer window, `failed(message)`.
    """

    popup_shown = Signal(object)
    arrivals_changed = Signal()
    open_customer = Signal(int)
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, *, popup_timeout_s: int = 90,
                 chime: Chime | None = None, poll: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner = db, runner
        self.popup_timeout_s = popup_timeout_s
        self._chime = chime
        self.stack = PopupStack(self)
        self.staff: list[tuple[int, str, str]] = []
        self._seen_visit_ids: set[int] = set()
        self._unrecorded: list[str] = []
        self._last_visit_id: int | None = None
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._runner.submit(self._load_start, self._started, self._failed)
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
        db = self._db
        self._runner.submit(lambda: reception.arrive(db, read),
                            lambda card: self._show(card, snapshot, captured),
                            lambda exc: self._not_recorded(read, snapshot, captured, exc))

    def _not_recorded(self, read: PlateRead, snapshot: QImage | None, captured: float | None,
                      exc: Exception) -> None:
        """The arrival could not be recorded: its pop-up still shows the plate and the
        snapshot, and the banner says so until the person at the desk has seen it."""
        text = error_text(exc)
        card = unrecorded_card(read)
        self._unrecorded.append(card.plate_display)
        self._show(card, snapshot, captured, message=text)
        messages.show_condition(messages.ARRIVAL_UNRECORDED, self.tr(
            "到店车辆未能记录：%1。请人工登记。").replace("%1", "、".join(self._unrecorded)))
        self.failed.emit(text)

    def poll(self) -> None:
        """Ask the database for arrivals recorded elsewhere since the last one seen."""
        if self._last_visit_id is None:
            return
        db, after = self._db, self._last_visit_id
        self._runner.submit(lambda: [_with_snapshot(card)
                                     for card in reception.arrival_cards_after(db, after)],
                            self._polled, lambda exc: log.warning("arrival poll failed: %s", exc))

    def _polled(self, cards: list[tuple[ArrivalCard, QImage | None]]) -> None:
        for card, snapshot in cards:
            self._show(card, snapshot)

    def _show(self, card: ArrivalCard, snapshot: QImage | None,
              captured: float | None = None, message: str = "") -> ArrivalPopup | None:
        if card.recorded:
            self._last_visit_id = max(self._last_visit_id or 0, card.visit_id)
            self.arrivals_changed.emit()
            if card.visit_id in self._seen_visit_ids:
                return None
            self._seen_visit_ids.add(card.visit_id)
        popup = ArrivalPopup(card, self.staff, self.popup_timeout_s, snapshot)
        if message:
            popup.show_error(message)
        self._connect(popup)
        self.stack.add(popup)
        popup.shown_at = time.monotonic()
        popup.captured_at = captured
        if self._chime is not None:
            self._chime.play()
        self.popup_shown.emit(popup)
        return popup

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
            self.failed.emit(error_text(exc))

        self._runner.submit(call, done, failed, owner=popup)

    def _check_in(self, popup: ArrivalPopup, card: ArrivalCard) -> None:
        """Check the car in (`reception.check_in_arrival`: one use case, one transaction)."""
        db, visit_id = self._db, card.visit_id
        self._act(popup, lambda: reception.check_in_arrival(db, visit_id, who="reception"),
                  lambda new: self._refreshed(popup, new))

    def _hand_over(self, popup: ArrivalPopup, card: ArrivalCard, staff_id: int) -> None:
        db = self._db
        self._act(popup, lambda: reception.hand_over(db, card.visit_id, staff_id),
                  lambda _visit: (self.arrivals_changed.emit(), popup.dismiss()))

    def _told(self, popup: ArrivalPopup, card: ArrivalCard, item_id: int) -> None:
        """Reception told the customer of a care item on the spot: record it, show the card
        without it."""
        db, visit_id = self._db, card.visit_id

        def call():
            care_desk.tell_in_person(db, item_id)
            return reception.arrival_card(db, visit_id)

        self._act(popup, call, lambda new: self._refreshed(popup, new))

    def _confirm(self, popup: ArrivalPopup, card: ArrivalCard) -> None:
        db, vehicle_id = self._db, card.candidate.vehicle.id
        self._act(popup, lambda: reception.confirm_candidate(db, card.visit_id, vehicle_id),
                  lambda new: self._refreshed(popup, new))

    def _register(self, popup: ArrivalPopup, card: ArrivalCard, values: dict) -> None:
        db = self._db
        self._act(popup, lambda: reception.register_visitor(
            db, card.visit_id, values["name"], values["mobile"], plate=values["plate"] or None,
            purpose=values["purpose"], kind=values["kind"], consent_contact=True),
            lambda new: self._refreshed(popup, new))

    def _refreshed(self, popup: ArrivalPopup, card: ArrivalCard) -> None:
        popup.show_card(card)
        self.stack.layout()
        self.arrivals_changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(error_text(exc))

    def stop(self) -> None:
        """Stop polling and close the pop-ups."""
        self._poll_timer.stop()
        self.stack.close_all()


def _with_snapshot(card: ArrivalCard) -> tuple[ArrivalCard, QImage | None]:
    return card, load_image(card.snapshot_path)
