"""Settings apply without a restart: the dialog changing the camera source switches the live
gate to the new source (two real MJPEG streams on 127.0.0.1), and the dialog says what needs
a restart."""

from __future__ import annotations

import numpy as np

from app.settings import Settings, load_settings
from tests.gate.mjpeg_server import MjpegCamera, free_port
from ui.desk import LiveGate, build_window


def test_settings_dialog_switches_the_live_gate_to_the_new_camera(db, switcher, runner, qtbot,
                                                                   tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    first = MjpegCamera([np.full((360, 640, 3), 80, np.uint8)], free_port(), fps=10)
    second = MjpegCamera([np.full((360, 640, 3), 160, np.uint8)], free_port(), fps=10)
    first.start()
    second.start()
    settings = Settings(camera_source=first.url, gate_max_fps=2.0)
    window = build_window(settings, db, switcher, runner)
    qtbot.addWidget(window)
    gate = LiveGate(window, demo=False)
    window.settings_changed.connect(gate.apply)
    try:
        gate.apply(settings)
        old = gate.bridge
        qtbot.waitUntil(lambda: old.service is not None and "在线" in window.camera_label.text(),
                        timeout=30_000)
        dialog = window.open_settings()
        assert "重启" in dialog.note.text()
        dialog.camera.setText(second.url)
        dialog.popup_timeout.setValue(42)
        dialog.accept()
        assert gate.bridge is not old and old.service is None     # the old pipeline stopped
        assert gate.bridge.config.source == second.url
        qtbot.waitUntil(lambda: gate.bridge.service is not None
                        and "在线" in window.camera_label.text(), timeout=30_000)
        assert gate.bridge.service.source.source == second.url   # reading the new stream
        assert window.pages["reception"].controller.popup_timeout_s == 42
        assert load_settings().camera_source == second.url
    finally:
        gate.stop()
        window.pages["reception"].controller.stop()
        first.stop()
        second.stop()
