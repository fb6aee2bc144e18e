"""The desk while its PostgreSQL is stopped and started: a generated gate video through
the real pipeline and the gate bridge; every car gets its pop-up (saying it will be
recorded later while the database is away), is recorded once, in order, and every
snapshot belongs to a visit."""

from __future__ import annotations

from sqlalchemy import select

from app.db import Database
from app.models import Visit
from app.services.outbox import ArrivalOutbox
from gate.synthetic import CarPass, write_gate_video
from tests.pg_server import pg_server  # noqa: F401 - the fixture
from ui.gate_bridge import GateBridge, GateConfig
from ui.reception.controller import ReceptionController
from ui.tasks import TaskRunner

PLATES = ["粤B12345", "湘A0H123", "京AD12345", "沪C77889", "粤A5K321"]


def test_desk_arrivals_survive_a_database_outage(pg_server, qtbot, switcher, tmp_path,  # noqa: F811
                                                 monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("DEALERDESK_DATA", str(data))
    db = Database(pg_server.create_store())
    runner = TaskRunner()
    outbox = ArrivalOutbox(data / "arrival-outbox.sqlite3")
    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False, outbox=outbox)
    popups, notes, states = [], [], []
    controller.recording_state.connect(lambda ok, message: states.append((ok, message)))

    def shown(popup) -> None:
        popups.append(popup)
        notes.append(popup.error.text())
        if len(popups) == 1:
            pg_server.stop()
        if len(popups) == 3:
            pg_server.start()

    controller.popup_shown.connect(shown)
    video = tmp_path / "gate.mp4"
    write_gate_video(video, [CarPass(p, "green" if len(p) == 8 else "blue",
                                     enter=0.3 + 4.0 * i, duration=3.6)
                             for i, p in enumerate(PLATES)], size=(960, 540), noise=0)
    bridge = GateBridge(GateConfig(source=str(video), max_fps=10, save_snapshots=False))
    bridge.read.connect(controller.handle_read)
    try:
        bridge.start()
        qtbot.waitUntil(lambda: len(popups) == len(PLATES), timeout=180_000)
        qtbot.waitUntil(lambda: outbox.count() == 0 and states and states[-1][0],
                        timeout=30_000)
    finally:
        bridge.stop()
        runner.drain()
        controller.stop()
    assert [p.card.plate for p in popups] == PLATES                   # one pop-up per car
    waited = [p for p in popups if p.card.visit_id == 0]
    assert not waited, "every pop-up got its recorded card"
    assert "未能记录，恢复后补记" in notes                                # shown while away
    assert any(not ok and "恢复后补记" in message for ok, message in states)
    with db.session() as s:
        visits = list(s.scalars(select(Visit).order_by(Visit.id)))
        rows = [(v.plate_read, v.arrived_at, v.snapshot_path) for v in visits]
    db.dispose()
    assert [r[0] for r in rows] == PLATES                               # once each, in order
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)
    assert {str(p) for p in (data / "snapshots").rglob("*.jpg")} == {r[2] for r in rows}
