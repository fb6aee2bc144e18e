"""Where DealerDesk keeps its data and settings, with the environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DealerDesk"
#: Folders and files holding personal data or secrets are the user's alone.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_dir(path: Path, *, narrow: bool = True) -> Path:
    """Create `path` readable by this user only (missing parents too); with `narrow` an
    existing folder this user owns is narrowed to that (DealerDesk's own folders: never
    for a folder a file was merely put in). Returns `path`."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if narrow:
        _narrow(path, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty if missing, readable and writable by this user only (an existing
    file of ours is narrowed to that). Returns `path`."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE))
    _narrow(path, PRIVATE_FILE_MODE)
    return path


def _narrow(path: Path, mode: int) -> None:
    """chmod `path` to `mode` if this user owns it (a shared folder is left alone)."""
    try:
        if os.name == "posix" and path.stat().st_uid == os.getuid():
            path.chmod(mode)
    except OSError:
        pass


def data_dir() -> Path:
    """The data directory (SQLite file, snapshots, logs); `DEALERDESK_DATA` overrides it."""
    override = os.environ.get("DEALERDESK_DATA")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return private_dir(path)


def config_dir() -> Path:
    """The settings directory; inside the data directory when `DEALERDESK_DATA` is set."""
    override = os.environ.get("DEALERDESK_DATA")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))
    return private_dir(path)


def default_database_url() -> str:
    """`DEALERDESK_DB` if set, else a SQLite file in the data directory."""
    return os.environ.get("DEALERDESK_DB") or f"sqlite:///{data_dir() / 'dealerdesk.sqlite3'}"


def snapshots_dir() -> Path:
    """Folder for plate snapshots (personal data, deleted after the retention period)."""
    return private_dir(data_dir() / "snapshots")


def logs_dir() -> Path:
    """Folder for log files."""
    return private_dir(data_dir() / "logs")
