"""Settings apply without a restart: the dialog changing the camera source switches the live
gate to the new source (two real MJPEG streams on 127.0.0.1), and the dialog says what needs
a restart."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel

from app import acting
from app.acting import Actor
from app.settings import Settings, load_settings
from tests.gate.mjpeg_server import MjpegCamera, free_port
from ui.desk import LiveGate, OpenDesk, build_window


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


def test_the_sign_in_settings_apply_without_a_restart(db, switcher, runner, qtbot, tmp_path,
                                                      monkeypatch):
    """The desk's name, the idle lock and the failed sign-ins that lock an account, from the
    dialog (grabbed in both languages for a look) to the running desk and the saved file."""
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    desk = OpenDesk(Settings(desk_name="前台1"), db, switcher, runner, demo=False)
    manager = Actor("周敏", "manager", desk="前台1")
    acting.set_actor(manager)
    try:
        desk.open(manager)
        qtbot.addWidget(desk.window)
        for language in ("en", "zh_CN"):
            switcher.apply(language)
            dialog = desk.window.open_settings()
            assert dialog.grab().save(str(tmp_path / f"settings_{language}.png"))
            if language == "en":
                assert "Lock after idle" in _labels(dialog)
                dialog.reject()
        assert dialog.desk_name.text() == "前台1" and dialog.idle_lock.value() == 10
        dialog.desk_name.setText("二楼服务台")
        dialog.idle_lock.setValue(3)
        dialog.max_failures.setValue(7)
        dialog.accept()
        assert desk.guard.idle_timer.interval() == 3 * 60_000
        assert (desk.panel.desk, desk.panel.max_failures) == ("二楼服务台", 7)
        assert acting.current().desk == "二楼服务台" and acting.current().name == "周敏"
        saved = load_settings()
        assert (saved.desk_name, saved.idle_lock_minutes, saved.max_failed_sign_ins) == (
            "二楼服务台", 3, 7)
    finally:
        acting.set_actor(None)
        desk.stop()


def _labels(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))
