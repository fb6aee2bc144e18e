"""The one error path: a bug is logged with its traceback and shown as an internal error,
a UserError shows its own text in the desk's language, and the database going away raises
the banner until it is back (a real PostgreSQL server stopped and started here)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from app.db import Database
from app.domain.reads import PlateRead
from app.errors import ValidationError
from app.log_file import install_log_file, log_file_path
from app.settings import Settings
from ui import messages
from ui.desk import build_window, connect_messages


@pytest.fixture
def desk(db, switcher, runner, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    install_log_file()
    window = build_window(Settings(), db, switcher, runner)
    qtbot.addWidget(window)
    connect_messages(window, db)
    yield window
    window.pages["reception"].controller.stop()
    for key in list(messages.bridge().conditions):
        messages.clear_condition(key)


def _broken():
    raise KeyError("secret internal detail")


def test_a_bug_is_logged_with_its_traceback_and_shown_as_an_internal_error(desk, runner, qtbot):
    with qtbot.waitSignal(messages.bridge().bug, timeout=5000):
        runner.submit(_broken)
        runner.drain()
    shown = desk.statusBar().currentMessage()
    assert shown.startswith("内部错误，已记录到日志")
    assert str(log_file_path()) in shown
    assert "secret internal detail" not in shown
    box = desk.error_box
    assert box.isVisible() and "secret internal detail" in box.details
    box.copy_details()
    from PySide6.QtGui import QGuiApplication
    assert "KeyError" in QGuiApplication.clipboard().text()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    log = log_file_path().read_text(encoding="utf-8")
    assert "ERROR" in log and "Traceback (most recent call last)" in log
    assert "KeyError: 'secret internal detail'" in log and "_broken" in log


def test_a_user_error_shows_its_own_text_in_both_languages(desk, runner, switcher, qtbot):
    def refused():
        raise ValidationError("手机号格式不正确。", "The mobile number is not valid.")

    runner.submit(refused)
    runner.drain()
    assert desk.statusBar().currentMessage() == "手机号格式不正确。"
    switcher.apply("en")
    runner.submit(refused)
    runner.drain()
    assert desk.statusBar().currentMessage() == "The mobile number is not valid."
    assert not hasattr(desk, "error_box")


def test_internal_error_text_is_translated(desk, switcher):
    switcher.apply("en")
    assert messages.internal_error_text().startswith("Internal error, written to the log")


# --- the database going away -------------------------------------------------------------
def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return found[-1].parent if found else None


class PgServer:
    """A throw-away PostgreSQL cluster on 127.0.0.1 that the test stops and starts."""

    def __init__(self, folder: Path) -> None:
        self.bin = _pg_bin()
        self.folder = folder
        self.data = folder / "data"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-E", "UTF8", "-U", "postgres")

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.folder / "log"), "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                  "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "immediate", "stop")


@pytest.fixture
def pg_server():
    if _pg_bin() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg")
    # Not under pytest's tmp folder: the postgres user cannot enter root's private one.
    folder = Path(tempfile.mkdtemp(prefix="dealerdesk-pg-outage."))
    server = PgServer(folder)
    server.init()
    server.start()
    yield server
    try:
        server.stop()
    except subprocess.CalledProcessError:
        pass
    shutil.rmtree(folder, ignore_errors=True)


def test_database_outage_raises_the_banner_until_it_is_back(pg_server, switcher, runner, qtbot,
                                                            tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    database = Database(pg_server.url)
    database.migrate()
    window = build_window(Settings(), database, switcher, runner)
    qtbot.addWidget(window)
    connect_messages(window, database)
    controller = window.pages["reception"].controller
    controller._poll_timer.stop()
    runner.drain()
    try:
        assert not window.banner.isVisibleTo(window)
        pg_server.stop()
        shown = []
        controller.popup_shown.connect(shown.append)
        controller.handle_read(PlateRead(plate="粤B12345", confidence=0.97))
        qtbot.waitUntil(lambda: messages.DATABASE in window.banner.lines, timeout=20_000)
        assert "无法连接数据库" in window.banner.texts()[messages.DATABASE]
        assert window.banner.isVisibleTo(window)
        # The arrival that could not be recorded still has its pop-up, with the plate.
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        popup = shown[0]
        assert not popup.card.recorded and popup.plate_label.text() == "粤B·12345"
        assert "粤B·12345" in window.banner.texts()[messages.ARRIVAL_UNRECORDED]
        pg_server.start()
        controller.poll()
        runner.drain()
        qtbot.waitUntil(lambda: messages.DATABASE not in window.banner.lines, timeout=20_000)
    finally:
        controller.stop()
        runner.drain()
        database.dispose()
        for key in list(messages.bridge().conditions):
            messages.clear_condition(key)
