"""Small helpers the desk's widgets share: times in the store's zone, invalid-field marks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from app import acting
from app.domain.store_time import STORE_TZ
from ui.widgets.code_text import code_text
from ui.widgets.fit import fit_columns


def local_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """An aware time shown in the store's zone ('' for None)."""
    return value.astimezone(STORE_TZ).strftime(fmt) if value else ""


def acting_name() -> str:
    """The name of the person signed in at this desk ("—" when nobody is): what a form shows
    as who makes the change (never chosen from a list)."""
    actor = acting.current()
    return actor.name if actor is not None else "—"


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


#: A long text column (a customer's words) stops growing here and elides the rest.
MAX_COLUMN_WIDTH = 360


def make_table(model) -> QTableView:
    """A read-only table of whole rows over `model`, no row numbers: each column as wide as
    its header and the cells in view, in the desk's language (English headers are longer:
    "Taken over by" was cut), up to `MAX_COLUMN_WIDTH`. No column is stretched: a stretched
    last column shrank under its own header in a narrow table."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMaximumSectionSize(MAX_COLUMN_WIDTH)
    # columns fit the rows in view, not every row: a day's arrivals list re-measured all
    # its rows (six columns, several roles each) whenever the reception page's layout moved
    header.setResizeContentsPrecision(0)
    view.verticalHeader().hide()
    fit_columns(view)
    return view


#: The gate camera's states as the status bar and the reception page name them.
def camera_text(state: str, reason: str = "") -> str:
    """'道闸摄像头：离线 (reason)' in the current language."""
    name = code_text(state, "camera")
    text = QCoreApplication.translate("CameraState", "道闸摄像头：%1").replace("%1", name)
    return f"{text} ({reason})" if reason else text


class Retranslatable:
    """Mixin (before the Qt base class) for a widget with a `retranslate()` method: it is
    called again whenever the desk's language changes."""

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            try:
                self.retranslate()
            except RuntimeError:
                # A widget torn down while the event was on its way (its Qt children are
                # gone): an exception escaping a Qt override kills PySide 6.11 outright.
                logging.getLogger(__name__).exception(
                    "retranslate of %s failed", type(self).__name__)
                return
        super().changeEvent(event)


class LiveLabel(Retranslatable, QLabel):
    """A label whose text is made from the data shown ("找到 3 位客户"): `show_text(make)`
    keeps `make` and calls it again when the language changes, so the text follows the
    language without a reload. A plain `setText` (an error) forgets it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: Callable[[], str] | None = None

    def show_text(self, make: Callable[[], str]) -> None:
        """Show `make()` now, and again after each language change."""
        self._make = make
        super().setText(make())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Show a fixed `text` (nothing to make again on a language change)."""
        self._make = None
        super().setText(text)

    def retranslate(self) -> None:
        """Make the text again in the new language."""
        if self._make is not None:
            super().setText(self._make())
