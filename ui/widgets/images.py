"""Pictures from files (plate snapshots), loaded off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def load_image(path: str | None) -> QImage | None:
    """The picture at `path`, or None (runs on the worker thread: QImage is not a QObject)."""
    if not path or not Path(path).exists():
        return None
    image = QImage(path)
    return None if image.isNull() else image
