"""Secrets and files: passwords kept out of settings.toml (keyring, else a 0600 file),
private file modes, credentials and personal data kept out of logs."""

from __future__ import annotations

import json
import logging
import stat
import threading
from dataclasses import replace
from pathlib import Path

import keyring
import numpy as np
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import text

from app import secret_store
from app.db import Database
from app.domain.redact import mask_plate, redact, scrub, split_password
from app.settings import Settings, load_settings, save_settings


class FileKeyring(KeyringBackend):
    """A keyring that really stores, in a JSON file (stands in for the system's)."""

    priority = 1

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _save(self, values: dict) -> None:
        self.path.write_text(json.dumps(values))

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        values = self._load()
        values[f"{service}/{username}"] = password
        self._save(values)

    def delete_password(self, service, username):
        values = self._load()
        values.pop(f"{service}/{username}", None)
        self._save(values)


@pytest.fixture
def file_keyring(tmp_path):
    before = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


WITH_PASSWORDS = replace(Settings(), database_url="postgresql+psycopg://dd:s3cr%40t@db/store",
                         camera_source="rtsp://admin:campw@10.0.0.5/stream")


def test_passwords_go_to_the_keyring_not_the_file(file_keyring, tmp_path):
    path = tmp_path / "settings.toml"
    save_settings(WITH_PASSWORDS, path)
    written = path.read_text(encoding="utf-8")
    assert "s3cr" not in written and "campw" not in written
    assert 'database_url = "postgresql+psycopg://dd@db/store"' in written
    assert mode(path) == 0o600
    assert file_keyring.get_password(secret_store.SERVICE, "database_password") == "s3cr@t"
    assert load_settings(path).database_password == ""          # no keyring trip unasked
    loaded = load_settings(path, secrets=True)
    assert loaded.database_url == "postgresql+psycopg://dd@db/store"
    assert loaded.database_password == "s3cr@t" and loaded.camera_password == "campw"
    assert loaded.database_address() == "postgresql+psycopg://dd:s3cr%40t@db/store"
    assert loaded.camera_address() == "rtsp://admin:campw@10.0.0.5/stream"


def test_without_a_keyring_the_file_keeps_them_readable_by_its_user_only(no_keyring, tmp_path):
    path = tmp_path / "settings.toml"
    save_settings(WITH_PASSWORDS, path)
    assert mode(path) == 0o600
    assert 'database_password = "s3cr@t"' in path.read_text(encoding="utf-8")
    assert load_settings(path).database_address() == WITH_PASSWORDS.database_url


def test_an_old_file_with_a_password_in_the_url_is_split_on_load(no_keyring, tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('database_url = "postgresql+psycopg://dd:old@db/x"\n', encoding="utf-8")
    loaded = load_settings(path)
    assert (loaded.database_url, loaded.database_password) == ("postgresql+psycopg://dd@db/x", "old")


def test_data_folders_and_files_are_private(tmp_path, monkeypatch):
    from app.log_file import PrivateRotatingFileHandler
    from app.paths import config_dir, data_dir, logs_dir, snapshots_dir
    from app.services.outbox import ArrivalOutbox
    from app.services.snapshots import store_snapshot

    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    for folder in (data_dir(), config_dir(), snapshots_dir(), logs_dir()):
        assert mode(folder) == 0o700, folder
    snap = Path(store_snapshot(np.zeros((10, 10, 3), np.uint8)))
    assert mode(snap) == 0o600 and mode(snap.parent) == 0o700
    db = Database(f"sqlite:///{tmp_path / 'data' / 'store.sqlite3'}")
    db.migrate()
    db.dispose()
    assert mode(tmp_path / "data" / "store.sqlite3") == 0o600
    outbox = ArrivalOutbox()
    assert mode(outbox.path) == 0o600
    handler = PrivateRotatingFileHandler(logs_dir() / "x.log", maxBytes=200, backupCount=1)
    try:
        for _ in range(5):                          # rotates: the new file is private too
            handler.emit(logging.makeLogRecord({"msg": "x" * 100}))
    finally:
        handler.close()
    assert mode(logs_dir() / "x.log") == 0o600 and mode(logs_dir() / "x.log.1") == 0o600


def test_redaction():
    assert redact("camera rtsp://admin:pw@10.0.0.5:554/x failed") == \
        "camera rtsp://10.0.0.5:554/x failed"
    assert mask_plate("粤B12345") == "粤B***45"
    assert split_password("rtsp://admin:p%40ss@cam/x") == ("rtsp://admin@cam/x", "p@ss")
    line = scrub("arrival 粤BD12345 13812345678 LSVAM4187C2184847 http://u:p@h/")
    assert "粤BD12345" not in line and "13812345678" not in line
    assert "LSVAM4187C2184847" not in line and "u:p@" not in line


def test_the_log_file_masks_plates_and_mobiles(tmp_path, monkeypatch):
    from app.log_file import install_log_file

    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    path = install_log_file()
    root = logging.getLogger()
    try:
        logging.getLogger("gate.tracker").warning("arrival %s (%s)", "粤B12345", "13812345678")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(path)]:
            root.removeHandler(handler)
            handler.close()
    logged = path.read_text(encoding="utf-8")
    assert "粤B***45" in logged and "138****5678" in logged
    assert "粤B12345" not in logged and "13812345678" not in logged


def test_database_errors_carry_no_parameters(db):
    with pytest.raises(Exception) as failure, db.engine.connect() as conn:
        conn.execute(text("INSERT INTO customers (name) VALUES (:name)"), {"name": "张伟" * 40})
    assert "张伟" not in str(failure.value)


def test_a_failing_camera_logs_no_credentials(caplog, capfd):
    from gate.capture import CaptureWorker, LatestFrame, OpenCvSource

    statuses = []
    caplog.set_level(logging.DEBUG)
    worker = CaptureWorker(OpenCvSource("rtsp://admin:pw@127.0.0.1:1/x"), LatestFrame(),
                           statuses.append, threading.Event(), backoff=(0.05, 0.1),
                           max_failures=2)
    worker.run()
    out, err = capfd.readouterr()               # OpenCV's and FFmpeg's own output too
    assert statuses and all("pw" not in f"{s.source} {s.reason}" for s in statuses)
    assert "127.0.0.1:1" in caplog.text         # the camera is named …
    assert "admin:pw" not in caplog.text and "pw@" not in caplog.text   # … without them
    assert "pw@" not in out + err
