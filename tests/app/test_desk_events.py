"""Every desk live: the database announces arrivals, board moves, bookings and complaints
(triggers of 0010_live) and the listener hands them on, reconnecting when its connection dies.

Real PostgreSQL (`--db postgres`); the writes come from the services on another connection.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from datetime import time as clock_time

import pytest
from sqlalchemy import text

from app.desk_events import CHANNEL, DeskEvent, DeskEventListener, parse_event
from app.domain.complaint_sla import ComplaintCategory
from app.domain.reads import PlateRead
from app.models import MatchKind, Store, Visit
from app.services import bookings, complaints, customers, reception, vehicles, work_orders
from app.services.common import STORE_TZ, store_today

WAIT_S = 10.0


def wait_until(predicate, timeout: float = WAIT_S) -> None:
    """Wait (not a timing assertion: a generous limit) until `predicate()` holds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.02)


class Heard:
    """What a listener handed on, in order, and its connection states."""

    def __init__(self) -> None:
        self.events: list[DeskEvent] = []
        self.states: list[bool] = []
        self._lock = threading.Lock()

    def event(self, event: DeskEvent) -> None:
        with self._lock:
            self.events.append(event)

    def state(self, up: bool) -> None:
        with self._lock:
            self.states.append(up)

    def of(self, kind: str) -> list[int | None]:
        with self._lock:
            return [e.row_id for e in self.events if e.kind == kind]


@pytest.fixture
def heard(db, database_url):
    """A listener of store 1 on the test database, connected; stopped after the test."""
    heard = Heard()
    listener = DeskEventListener(database_url, heard.event, on_live=heard.state, store_id=1,
                                 backoff=(0.5,))
    listener.start()
    heard.listener = listener
    wait_until(lambda: listener.live)
    yield heard
    listener.stop()


postgres_only = pytest.mark.postgres_only


@postgres_only
def test_an_arrival_recorded_on_another_connection_is_heard(heard, db):
    card = reception.arrive(db, PlateRead(plate="粤B12345", confidence=0.9, camera="gate-2"))
    wait_until(lambda: card.visit_id in heard.of("arrival"))
    assert heard.of("arrival") == [card.visit_id]


@postgres_only
def test_a_rolled_back_arrival_notifies_nobody(heard, db):
    with pytest.raises(RuntimeError), db.session() as s:
        visit = Visit(arrived_at=datetime.now(STORE_TZ), plate_read="粤B00001",
                      match=MatchKind.UNKNOWN)
        s.add(visit)
        s.flush()
        rolled_back = visit.id
        raise RuntimeError("the desk changed its mind")
    committed = reception.arrive(db, PlateRead(plate="粤B00002", confidence=0.9))
    # notifications come in commit order: once the later one is here, the first never comes
    wait_until(lambda: committed.visit_id in heard.of("arrival"))
    assert rolled_back not in heard.of("arrival")
    assert heard.of("arrival") == [committed.visit_id]


@postgres_only
def test_a_bulk_load_may_ask_for_quiet(heard, db):
    with db.session() as s:
        s.execute(text("SET LOCAL dealerdesk.quiet = 'on'"))
        visit = Visit(arrived_at=datetime.now(STORE_TZ), plate_read="粤B00003",
                      match=MatchKind.UNKNOWN)
        s.add(visit)
        s.flush()
        quiet = visit.id
    loud = reception.arrive(db, PlateRead(plate="粤B00004", confidence=0.9))
    wait_until(lambda: loud.visit_id in heard.of("arrival"))
    assert quiet not in heard.of("arrival")


@postgres_only
def test_bookings_board_moves_and_complaints_are_announced(heard, db, shop):
    customer = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678")
    car = vehicles.add_vehicle(db, plate="粤B12345", owner_id=customer.id)
    start = datetime.combine(store_today() + timedelta(days=1), clock_time(9), STORE_TZ)
    booking = bookings.create_booking(db, vehicle_id=car.id, item_ids=[shop.oil_id],
                                      slot_start=start, bay_id=shop.bay1_id)
    order = work_orders.open_work_order(db, booking_id=booking.id)
    moved = work_orders.move(db, order.id, order.version, "cancelled", by_id=shop.advisor_id)
    complaint = complaints.open_complaint(db, customer_id=customer.id, store_id=shop.store_id,
                                          category=next(iter(ComplaintCategory)), words="等太久")
    wait_until(lambda: complaint in heard.of("complaint"))
    assert booking.id in heard.of("booking")
    assert heard.of("board").count(order.id) >= 2       # opened, then moved
    assert moved.status == "cancelled"


@postgres_only
def test_another_stores_changes_are_not_handed_on(heard, db, shop):
    with db.session() as s:
        other = Store(code="SZ01", name="深圳南山店")
        s.add(other)
        s.flush()
        other_id = other.id
    assert shop.store_id == 1 and other_id != 1
    customer = customers.create_customer(db, name="王芳", salutation="女士", mobile="13812340000")
    theirs = complaints.open_complaint(db, customer_id=customer.id, store_id=other_id,
                                       category=next(iter(ComplaintCategory)), words="太贵")
    ours = complaints.open_complaint(db, customer_id=customer.id, store_id=shop.store_id,
                                     category=next(iter(ComplaintCategory)), words="太慢")
    wait_until(lambda: ours in heard.of("complaint"))
    assert theirs not in heard.of("complaint")


@postgres_only
def test_the_listener_reconnects_after_its_connection_is_killed(heard, db):
    first = reception.arrive(db, PlateRead(plate="粤B11111", confidence=0.9))
    wait_until(lambda: first.visit_id in heard.of("arrival"))
    killed = heard.listener.backend_pid
    with db.session() as s:
        assert s.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": killed})
    wait_until(lambda: heard.states[-2:] == [False, True])
    assert heard.listener.backend_pid not in (None, killed)
    after = reception.arrive(db, PlateRead(plate="粤B22222", confidence=0.9))
    wait_until(lambda: after.visit_id in heard.of("arrival"))
    assert heard.of("arrival") == [first.visit_id, after.visit_id]


@postgres_only
def test_the_trigger_notifies_on_the_listeners_channel(db):
    with db.session() as s:
        body = s.scalar(text("SELECT prosrc FROM pg_proc WHERE proname = 'dealerdesk_desk_event'"))
    assert f"'{CHANNEL}'" in body


def test_a_payload_this_version_does_not_know_is_ignored():
    assert parse_event('{"kind": "arrival", "id": 7, "store_id": null}') == DeskEvent("arrival", 7, None)
    assert parse_event('{"kind": "weather", "id": 7}') is None
    assert parse_event("not json") is None
    assert DeskEvent("board", 1, None).concerns(3) and not DeskEvent("board", 1, 2).concerns(3)


@postgres_only
def test_refreshment_orders_and_leads_are_heard(heard, db, shop):
    from app.services import leads, refreshments
    from app.services.leads import LeadForm
    from tests.lounge_seed import seed_lounge

    assert shop.store_id == 1           # the listener's store
    store = seed_lounge(db, shop.store_id)
    order = refreshments.place_order(db, shop.store_id, visit_id=store.visits["刘洋"],
                                     seat="A3", items=[(store.menu["曲奇"], 1)])
    wait_until(lambda: order.id in heard.of("refreshment"))
    moved = refreshments.advance_order(db, shop.store_id, order.id, order.version)
    wait_until(lambda: heard.of("refreshment").count(moved.id) == 2)
    lead = leads.register_lead(db, LeadForm(name="张伟", mobile="13812345678"),
                               store_id=shop.store_id)
    wait_until(lambda: lead.id in heard.of("lead"))
