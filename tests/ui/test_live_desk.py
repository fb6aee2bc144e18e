"""Every desk live: on PostgreSQL the desks hear the database's events (arrivals from
another connection or the headless gate's process, board changes), catch up after their
listener's connection is killed, each arrival popping up once; SQLite desks keep their poll."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app import acting
from app.acting import Actor
from app.domain.reads import PlateRead
from app.services import customers, reception, vehicles, work_orders
from app.settings import Settings
from gate.synthetic import CarPass, write_gate_video
from ui.desk import OpenDesk
from ui.desk_events import SAFETY_MS, LiveEvents
from ui.reception.controller import POLL_MS, ReceptionController
from ui.service.board import BoardWidget

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 20_000
postgres_only = pytest.mark.postgres_only


@pytest.fixture
def events(database_url, qtbot):
    """A desk's LiveEvents on the test database (reconnecting after 2 s), stopped after."""
    made: list[LiveEvents] = []

    def make(store_id: int | None = 1) -> LiveEvents:
        made.append(LiveEvents(database_url, store_id, backoff=(2.0,)))
        return made[-1]

    yield make
    for live in made:
        live.stop()


@pytest.fixture
def controller(db, runner, qtbot):
    """Reception's controller without its timer poll: what it shows came by an event or
    by the catch-up on (re)connection."""
    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False)
    shown: list[int] = []
    controller.popup_shown.connect(lambda popup: shown.append(popup.card.visit_id))
    controller.shown = shown
    qtbot.waitUntil(lambda: controller._last_visit_id is not None, timeout=WAIT_MS)
    yield controller
    runner.drain()
    controller.stop()


def follow_arrivals(live: LiveEvents, controller: ReceptionController, qtbot) -> None:
    live.follow({"arrival"}, controller.arrival_event, controller.poll_timer)
    with qtbot.waitSignal(live.live, timeout=WAIT_MS):
        live.start()


@postgres_only
def test_an_arrival_on_another_connection_pops_up_through_its_notification(
        events, controller, db, qtbot):
    live = events()
    follow_arrivals(live, controller, qtbot)
    assert controller.poll_timer.interval() == SAFETY_MS      # the poll is only a safety net
    card = reception.arrive(db, PlateRead(plate="粤B12345", confidence=0.9, camera="gate-2"))
    qtbot.waitUntil(lambda: card.visit_id in controller.shown, timeout=WAIT_MS)
    assert controller.shown == [card.visit_id]


@postgres_only
def test_after_its_connection_is_killed_the_desk_catches_up_each_arrival_once(
        events, controller, db, qtbot):
    live = events()
    states: list[bool] = []
    live.live.connect(states.append)
    follow_arrivals(live, controller, qtbot)
    before = reception.arrive(db, PlateRead(plate="粤B11111", confidence=0.9))
    qtbot.waitUntil(lambda: before.visit_id in controller.shown, timeout=WAIT_MS)
    with db.session() as s:
        s.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": live.listener.backend_pid})
    qtbot.waitUntil(lambda: bool(states) and states[-1] is False, timeout=WAIT_MS)
    assert controller.poll_timer.interval() == POLL_MS      # polls at its own pace meanwhile
    missed = reception.arrive(db, PlateRead(plate="粤B22222", confidence=0.9))   # while down
    qtbot.waitUntil(lambda: states[-1] is True, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: missed.visit_id in controller.shown, timeout=WAIT_MS)
    after = reception.arrive(db, PlateRead(plate="粤B33333", confidence=0.9))
    qtbot.waitUntil(lambda: after.visit_id in controller.shown, timeout=WAIT_MS)
    assert controller.shown == [before.visit_id, missed.visit_id, after.visit_id]


@postgres_only
def test_an_arrival_the_headless_gate_records_pops_up_on_the_desk(
        events, controller, database_url, db, qtbot, tmp_path):
    owner = customers.create_customer(db, name="王建国", salutation="先生", mobile="13712345678",
                                      consent_plate_recognition=True)
    vehicles.add_vehicle(db, plate="粤B8K321", owner_id=owner.id)
    video = tmp_path / "gate.mp4"
    write_gate_video(video, [CarPass("粤B8K321", "blue", enter=0.3, duration=3.0)], noise=0)
    follow_arrivals(events(), controller, qtbot)
    env = {**os.environ, "DEALERDESK_DATA": str(tmp_path / "gate-data"), "PYTHONPATH": str(ROOT)}
    gate = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", database_url, "gate", "--source",
         str(video), "--json", "--max-fps", "10"], cwd=ROOT, env=env, capture_output=True,
        text=True, encoding="utf-8", timeout=180)
    assert gate.returncode == 0, gate.stderr
    qtbot.waitUntil(lambda: len(controller.shown) == 1, timeout=WAIT_MS)
    popup = controller.stack.popups[0]
    assert popup.card.greets and popup.card.customer.greeting == "王先生"
    assert controller.shown == [reception.latest_visit_id(db)]    # the gate's one arrival


@postgres_only
def test_the_board_shows_a_work_order_another_desk_opened(events, db, runner, shop, qtbot):
    board = BoardWidget(db, runner)
    qtbot.addWidget(board)
    board.start()
    live = events()
    live.follow({"board"}, board.changed, board.poll_timer)
    with qtbot.waitSignal(live.live, timeout=WAIT_MS):
        live.start()
    assert board.poll_timer.interval() == SAFETY_MS
    customer = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678")
    car = vehicles.add_vehicle(db, plate="粤B12345", owner_id=customer.id)
    order = work_orders.open_work_order(db, vehicle_id=car.id, advisor_id=shop.advisor_id)
    qtbot.waitUntil(lambda: board.model.index_of(order.id).isValid(), timeout=WAIT_MS)
    board.stop()
    runner.drain()


def test_the_desk_listens_on_postgresql_and_polls_on_sqlite(db, db_kind, switcher, runner,
                                                             qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    desk = OpenDesk(Settings(), db, switcher, runner, demo=False)
    manager = Actor("周敏", "manager", desk="前台")
    acting.set_actor(manager)
    try:
        desk.open(manager)
        qtbot.addWidget(desk.window)
        timer = desk.window.pages["reception"].controller.poll_timer
        if db_kind == "sqlite":
            assert desk.events is None
            assert timer.isActive() and timer.interval() == POLL_MS
        else:
            qtbot.waitUntil(lambda: desk.events.listener.live, timeout=WAIT_MS)
            qtbot.waitUntil(lambda: timer.interval() == SAFETY_MS, timeout=WAIT_MS)
            assert timer.isActive()
    finally:
        desk.stop()
        runner.drain()


@postgres_only
def test_the_bar_queue_shows_an_order_placed_on_another_connection(events, db, runner, shop,
                                                                   qtbot):
    from PySide6.QtWidgets import QMainWindow

    from app.services import refreshments
    from tests.lounge_seed import seed_lounge
    from ui.lounge.menu import install

    store = seed_lounge(db, shop.store_id)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = install(window, db, runner, shop.store_id)
    live = events(shop.store_id)
    menu.follow_live(live)
    with qtbot.waitSignal(live.live, timeout=WAIT_MS):
        live.start()
    queue = menu.open_queue()                       # opened once the listener is up
    qtbot.addWidget(queue)
    assert queue.timer.interval() == SAFETY_MS      # the poll is only a safety net
    qtbot.waitUntil(lambda: not queue._loading, timeout=WAIT_MS)
    assert queue.buttons == {}
    order = refreshments.place_order(db, shop.store_id, visit_id=store.visits["刘洋"],
                                     seat="A3", items=[(store.menu["曲奇"], 1)])
    qtbot.waitUntil(lambda: order.id in queue.buttons, timeout=WAIT_MS)
    queue.stop()
    runner.drain()


@postgres_only
def test_the_showroom_board_shows_a_lead_registered_at_another_desk(events, db, runner, shop,
                                                                    qtbot):
    from app.services import leads
    from app.services.leads import LeadForm
    from ui.showroom.page import ShowroomPage

    page = ShowroomPage(db, runner, shop.store_id)
    qtbot.addWidget(page)
    live = events(shop.store_id)
    live.follow({"lead"}, lambda _event: page.refresh())     # as ui.desk.follow_live does
    with qtbot.waitSignal(live.live, timeout=WAIT_MS):
        live.start()
    runner.drain()
    assert page.board.cards == {}
    lead = leads.register_lead(db, LeadForm(name="张伟", mobile="13812345678"),
                               store_id=shop.store_id)
    qtbot.waitUntil(lambda: lead.id in page.board.cards, timeout=WAIT_MS)
    runner.drain()
