"""Where DealerDesk keeps its data and settings, with the environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DealerDesk"


def data_dir() -> Path:
    """The data directory (SQLite file, snapshots, logs); `DEALERDESK_DATA` overrides it."""
    override = os.environ.get("DEALERDESK_DATA")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The settings directory; inside the data directory when `DEALERDESK_DATA` is set."""
    override = os.environ.get("DEALERDESK_DATA")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """`DEALERDESK_DB` if set, else a SQLite file in the data directory."""
    return os.environ.get("DEALERDESK_DB") or f"sqlite:///{data_dir() / 'dealerdesk.sqlite3'}"


def snapshots_dir() -> Path:
    """Folder for plate snapshots (personal data, deleted after the retention period)."""
    path = data_dir() / "snapshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    """Folder for log files."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
