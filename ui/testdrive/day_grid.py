"""`DayGrid`: one store day of the test-drive fleet, a row per car and a column per hour;
each drive fills the hours it takes with its customer's name, coloured by its status."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.store_time import STORE_TZ
from app.services.test_drives import DayView
from ui.widgets import palette
from ui.widgets.basics import Retranslatable
from ui.widgets.code_text import code_text

#: The hours the grid shows (the showroom's day): 08:00 to 20:00.
FIRST_HOUR, LAST_HOUR = 8, 20
#: The colour of a drive's cells by its status.
STATUS_COLOURS = {"booked": "info_bg", "out": "due_soon_bg", "returned": "done_bg"}


class DayGrid(Retranslatable, QTableWidget):
    """The fleet's day: rows are cars (plates), columns hours; read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, LAST_HOUR - FIRST_HOUR, parent)
        self.setObjectName("dayGrid")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setHorizontalHeaderLabels([f"{h:02d}" for h in range(FIRST_HOUR, LAST_HOUR)])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(28)
        self.view: DayView | None = None

    def show_day(self, view: DayView) -> None:
        """Draw `view` (the cars in service and the day's drives)."""
        self.view = view
        self.clearContents()
        self.setRowCount(len(view.cars))
        rows = {car.id: row for row, car in enumerate(view.cars)}
        for row, car in enumerate(view.cars):      # the plate; the model in its tool tip
            header = QTableWidgetItem(car.plate_display)
            header.setToolTip(car.model)
            self.setVerticalHeaderItem(row, header)
        for drive in view.drives:
            row = rows.get(drive.car_id)
            if row is None:
                continue
            columns = self._columns(view, drive.start_at, drive.end_at)
            for column in columns:
                item = QTableWidgetItem(drive.customer_name if column == columns.start else "")
                item.setBackground(QColor(palette.colour(STATUS_COLOURS.get(drive.status,
                                                                             "surface"))))
                item.setToolTip(self._tip(drive))
                self.setItem(row, column, item)

    def retranslate(self) -> None:
        """Tool tips name the drive's status in the current language."""
        if self.view is not None:
            self.show_day(self.view)

    def _tip(self, drive) -> str:
        return (f"{drive.number} · {drive.customer_name} · "
                f"{drive.start_at.astimezone(STORE_TZ):%H:%M}–"
                f"{drive.end_at.astimezone(STORE_TZ):%H:%M} · "
                f"{code_text(drive.status, 'test_drive')}")

    @staticmethod
    def _columns(view: DayView, start: datetime, end: datetime) -> range:
        """The hour columns [start, end) touches, cut to the grid."""
        midnight = datetime.combine(view.day, time(0), STORE_TZ)
        first = int((start - midnight) / timedelta(hours=1)) - FIRST_HOUR
        last = int((end - midnight - timedelta(seconds=1)) / timedelta(hours=1)) - FIRST_HOUR
        return range(max(first, 0), min(last, LAST_HOUR - FIRST_HOUR - 1) + 1)
