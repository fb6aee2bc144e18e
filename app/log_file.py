"""The log file in the data directory, where bugs are written with their traceback."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.domain.redact import scrub
from app.paths import logs_dir, private_file

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file_path() -> Path:
    """The desk's log file (`logs/dealerdesk.log` in the data directory)."""
    return logs_dir() / "dealerdesk.log"


class ScrubbingFormatter(logging.Formatter):
    """A formatter whose lines (tracebacks included) carry no URL credentials and only
    masked plates, mobiles and VINs (`app.domain.redact.scrub`), whoever logged them."""

    def format(self, record: logging.LogRecord) -> str:
        """The record formatted, then scrubbed."""
        return scrub(super().format(record))


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log file readable by this user only, the fresh file after each rotation
    too (the log may name customers in a traceback)."""

    def _open(self):
        private_file(Path(self.baseFilename))
        return super()._open()


def install_log_file(level: int = logging.INFO) -> Path:
    """Send the root logger's records of `level` and above to the log file (once per path)."""
    path = log_file_path()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                         encoding="utf-8")
    handler.setLevel(level)
    handler.setFormatter(ScrubbingFormatter(LOG_FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path
