"""The working calendar (工作日历): China's public holidays and adjusted working weekends, and
the store's own closing (or opening) days. Bookings, complaint clocks and care due dates
follow it. A year `chinese-calendar` does not know yet is said so: its holidays must be added
as closing days by hand until the package is updated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import working_days
from app.services.working_days import CalendarDay
from ui.messages import error_text
from ui.widgets.basics import Retranslatable, make_table
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.palette import colour
from ui.widgets.record_table_model import Column, RecordTableModel

#: How each kind of day looks in the month (text colour, background).
LOOK = {"public_holiday": ("overdue", "overdue_bg"), "store_closed": ("overdue", "header"),
        "adjusted_workday": ("accent", "info_bg"), "store_open": ("done", "done_bg")}


class CalendarPanel(Retranslatable, QWidget):
    """A month with its holidays coloured, the chosen day's kind, and the store's buttons."""

    loaded = Signal()
    changed = Signal(object)

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db, runner, store_id: int | DeskStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self._days: dict[date, CalendarDay] = {}
        self.month = QCalendarWidget()
        self.month.setGridVisible(True)
        self.month.setFirstDayOfWeek(Qt.DayOfWeek.Monday)   # as the bays' weekly hours
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        plain = QTextCharFormat()
        plain.setForeground(QBrush(QColor(colour("ink"))))
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.month.setWeekdayTextFormat(weekend, plain)   # a 4S store works weekends
        self.month.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.month.selectionChanged.connect(self._show_chosen)
        self.special = RecordTableModel([
            Column("", lambda d: f"{d.day:%Y-%m-%d}"), Column("", lambda d: code_text(d.kind)),
            Column("", self.day_name)])
        self.table = make_table(self.special)
        self.chosen, self.unknown, self.message = QLabel(), QLabel(), QLabel()
        for label in (self.chosen, self.unknown, self.message):
            label.setWordWrap(True)
        self.unknown.setStyleSheet(f"color: {colour('due_soon')};")
        self.note = QLineEdit()
        self.close_button, self.open_button, self.reset_button = (QPushButton() for _ in range(3))
        self.close_button.clicked.connect(lambda: self.set_day(False))
        self.open_button.clicked.connect(lambda: self.set_day(True))
        self.reset_button.clicked.connect(self.reset_day)
        buttons = QHBoxLayout()
        for button in (self.close_button, self.open_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.chosen)
        self.note_label = QLabel()
        side.addWidget(self.note_label)
        side.addWidget(self.note)
        side.addLayout(buttons)
        side.addWidget(self.message)
        side.addWidget(self.unknown)
        side.addWidget(self.table, 1)
        self.legend = QLabel()
        month = QVBoxLayout()
        month.addWidget(self.month, 1)
        month.addWidget(self.legend)
        layout = QHBoxLayout(self)
        layout.addLayout(month, 3)
        layout.addLayout(side, 2)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.special.set_headers([self.tr("日期"), self.tr("类型"), self.tr("名称 / 备注")])
        self.note_label.setText(self.tr("备注（如：盘点、店庆）"))
        self.close_button.setText(self.tr("设为本店闭店日"))
        self.open_button.setText(self.tr("设为本店营业日"))
        self.reset_button.setText(self.tr("恢复国家日历"))
        self.month.setLocale(QLocale())   # month and weekday names in the desk's language
        self.legend.setText("　".join(
            f'<span style="color:{colour(LOOK[kind][0])}; background:{colour(LOOK[kind][1])}">'
            f"&nbsp;■ {code_text(kind)}&nbsp;</span>" for kind in LOOK))
        self._show_chosen()

    def day_name(self, day: CalendarDay) -> str:
        """The holiday's name and the store's note, as far as there are any."""
        parts = [code_text(day.holiday)] if day.holiday else []
        return " · ".join(parts + ([day.note] if day.note else []))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Load the shown month whenever the tab is shown."""
        super().showEvent(event)
        self.refresh()

    def chosen_day(self) -> date:
        """The day chosen in the month."""
        return self.month.selectedDate().toPython()

    def show_day(self, day: date) -> None:
        """Choose `day` (and show its month)."""
        self.month.setSelectedDate(QDate(day.year, day.month, day.day))
        self.month.setCurrentPage(day.year, day.month)

    def refresh(self) -> None:
        """Load the shown month off the UI thread."""
        db, store = self._db, self._store_id
        year, month = self.month.yearShown(), self.month.monthShown()
        self._runner.submit(lambda: working_days.month(db, store, year, month), self._show,
                            self._failed, owner=self)

    def _show(self, days) -> None:
        self.month.setDateTextFormat(QDate(), QTextCharFormat())   # clear the last month
        self._days = {d.day: d for d in days}
        for day in days:
            if day.kind in LOOK:
                ink, back = LOOK[day.kind]
                look = QTextCharFormat()
                look.setForeground(QBrush(QColor(colour(ink))))
                look.setBackground(QBrush(QColor(colour(back))))
                look.setToolTip(f"{code_text(day.kind)} {self.day_name(day)}".strip())
                self.month.setDateTextFormat(QDate(day.day.year, day.day.month, day.day.day),
                                             look)
        self.special.set_records([d for d in days if d.kind in LOOK])
        known = all(d.known for d in days)
        year = days[0].day.year if days else self.month.yearShown()
        self.unknown.setText("" if known else self.tr(
            "chinese-calendar 尚未收录 %1 年的法定节假日：请将放假日逐日设为本店闭店日，"
            "或更新 chinese-calendar。").replace("%1", str(year)))
        self.unknown.setVisible(not known)
        self._show_chosen()
        self.loaded.emit()

    def _show_chosen(self) -> None:
        day = self.chosen_day()
        info = self._days.get(day)
        if info is None:
            self.chosen.setText(f"{day:%Y-%m-%d}")
            return
        state = self.tr("营业") if info.working else self.tr("不营业")
        name = self.day_name(info)
        self.chosen.setText(" · ".join([f"{day:%Y-%m-%d}", code_text(info.kind)]
                                       + ([name] if name else []) + [state]))
        self.note.setText(info.note)

    def set_day(self, is_open: bool) -> None:
        """Close (or open) the store on the chosen day, with the note typed."""
        db, store, day, note = self._db, self._store_id, self.chosen_day(), self.note.text()
        self._runner.submit(
            lambda: working_days.set_store_day(db, store, day, is_open=is_open, note=note),
            self._done, self._failed, owner=self)

    def reset_day(self) -> None:
        """Forget the store's own decision on the chosen day."""
        db, store, day = self._db, self._store_id, self.chosen_day()
        self._runner.submit(lambda: working_days.clear_store_day(db, store, day), self._done,
                            self._failed, owner=self)

    def _done(self, info: CalendarDay) -> None:
        self.message.setText(self.tr("已保存：%1").replace("%1", f"{info.day:%Y-%m-%d}"))
        self.changed.emit(info)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
