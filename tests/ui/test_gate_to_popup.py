"""End to end: a real video or a real network stream, the real recognition pipeline, the
gate bridge, reception's service and the pop-up of a known customer; the camera's state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import customers, vehicles
from gate.synthetic import CarPass, write_gate_video
from tests.gate.mjpeg_server import MjpegCamera, free_port
from ui.gate_bridge import GateBridge, GateConfig
from ui.reception.controller import ReceptionController
from ui.reception.page import ReceptionPage
from ui.tasks import TaskRunner


@pytest.fixture
def desk(db, qtbot, switcher):
    runner = TaskRunner()
    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False)
    page = ReceptionPage(db, runner, controller)
    qtbot.addWidget(page)
    yield page
    runner.drain()
    controller.stop()


def connect(bridge: GateBridge, page: ReceptionPage) -> None:
    bridge.read.connect(page.controller.handle_read)
    bridge.frame.connect(page.show_frame)
    bridge.status.connect(page.set_camera)


def test_video_file_to_known_customer_popup(db, desk, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    owner = customers.create_customer(db, name="王建国", salutation="先生", mobile="13712345678",
                                      consent_plate_recognition=True)
    vehicles.add_vehicle(db, plate="粤B8K321", owner_id=owner.id, brand="本田", model="雅阁")
    video = tmp_path / "gate.mp4"
    write_gate_video(video, [CarPass("粤B8K321", "blue", enter=0.3, duration=2.5)], noise=0)
    # Looping: under load a single pass may yield too few frames; the cooldown keeps it one arrival.
    bridge = GateBridge(GateConfig(source=str(video), max_fps=10, loop=True))
    connect(bridge, desk)
    try:
        with qtbot.waitSignal(desk.controller.popup_shown, timeout=60_000) as blocker:
            bridge.start()
    finally:
        bridge.stop()
    popup = blocker.args[0]
    assert popup.card.greets
    assert popup.card.customer.greeting == "王先生"
    assert popup.card.snapshot_path and (tmp_path / "data" / "snapshots").exists()
    qtbot.waitUntil(lambda: not desk.preview.pixmap().isNull(), timeout=5000)
    model = desk.arrivals_model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.data(
        model.index(0, 2), Qt.ItemDataRole.DecorationRole) is not None, timeout=5000)


def test_network_camera_going_offline_and_back(desk, qtbot, tmp_path):
    import numpy as np

    frames = [np.full((360, 640, 3), 90 + i, np.uint8) for i in range(5)]
    camera = MjpegCamera(frames, free_port(), fps=15)
    camera.start()
    bridge = GateBridge(GateConfig(source=camera.url, max_fps=2, save_snapshots=False))
    connect(bridge, desk)
    try:
        with qtbot.waitSignal(bridge.status, timeout=30_000,
                              check_params_cb=lambda state, _reason: state == "online"):
            bridge.start()
        assert "在线" in desk.camera_label.text()
        with qtbot.waitSignal(bridge.status, timeout=30_000,
                              check_params_cb=lambda state, _reason: state == "reconnecting"):
            camera.stop()
        assert "重新连接中" in desk.camera_label.text()
        with qtbot.waitSignal(bridge.status, timeout=30_000,
                              check_params_cb=lambda state, _reason: state == "online"):
            camera.start()
        assert "在线" in desk.camera_label.text()
    finally:
        bridge.stop()
        camera.stop()
