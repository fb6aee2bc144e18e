"""Small helpers the desk's widgets share: times in the store's zone, invalid-field marks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QWidget

#: The store's clock (China has one zone and no daylight saving).
STORE_TZ = timezone(timedelta(hours=8))


def local_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """An aware time shown in the store's zone ('' for None)."""
    return value.astimezone(STORE_TZ).strftime(fmt) if value else ""


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Outline a field in red while its value is refused."""
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet("border: 1px solid #c0392b;" if invalid else "")


def clear_layout(layout) -> None:
    """Remove and delete every widget and sub-layout of `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            widget = item.widget()
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
            item.layout().deleteLater()
