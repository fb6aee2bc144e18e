"""The booking calendar (预约日历) by bay: a day view of 30-minute slots and a week view.

Create, move and cancel bookings, mark no-shows and check a booked car in (which opens its
work-order draft). All database work runs on the task runner; refusals show their reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.plates import format_plate
from app.services import bookings, catalogue, work_orders, working_days
from app.services.bookings import BaySchedule, BookingRecord, Slot
from app.services.common import STORE_TZ, store_today
from app.services.working_days import CalendarDay
from app.settings import load_settings
from ui.messages import error_text, show_status
from ui.service.booking_dialog import BookingDialog
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable
from ui.widgets.code_text import code_text
from ui.widgets.confirm import UndoOffer, ask
from ui.widgets.desk_store import DeskStore
from ui.widgets.palette import colour

SlotRole = Qt.ItemDataRole.UserRole + 1
#: The selected booking: a strong blue that no booking colour comes near (the lead may move it
#: into the palette module).
SELECTED_STYLE = ("QTableView::item:selected { background: #1d4ed8; color: white; }"
                  "QTableView::item:selected:!active { background: #1d4ed8; color: white; }")
COLOURS = {"booked": "#dcebfd", "checked_in": "#d5f5e3", "no_show": "#e5e7eb",
           "completed": "#eef1f5", "quick_lane": "#efe3fb", "bay_closed": "#d9dde3"}


def _items_text(record: BookingRecord) -> str:
    return "、".join(i.name for i in record.items)


class DayModel(QAbstractTableModel):
    """Rows are the day's 30-minute slots, columns the bays; a booking fills its slots."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._schedules: list[BaySchedule] = []
        self._bookings: dict[int, BookingRecord] = {}

    def set_day(self, schedules: Sequence[BaySchedule], records: Sequence[BookingRecord]) -> None:
        """Show one day."""
        self.beginResetModel()
        self._schedules = list(schedules)
        self._bookings = {r.id: r for r in records}
        self.endResetModel()

    def slot(self, index: QModelIndex) -> Slot | None:
        """The slot of a cell (its `open` is False outside the bay's hours)."""
        if not index.isValid():
            return None
        return self._schedules[index.column()].slots[index.row()]

    def booking(self, index: QModelIndex) -> BookingRecord | None:
        """The booking holding a cell's slot, if any."""
        if not index.isValid():
            return None
        slot = self._schedules[index.column()].slots[index.row()]
        return self._bookings.get(slot.booking_id) if slot.booking_id else None

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, rows) of every booking longer than one slot."""
        found = []
        for column, schedule in enumerate(self._schedules):
            row = 0
            while row < len(schedule.slots):
                holder = schedule.slots[row].booking_id
                length = 1
                while holder and row + length < len(schedule.slots) and \
                        schedule.slots[row + length].booking_id == holder:
                    length += 1
                if holder and length > 1:
                    found.append((row, column, length))
                row += length
        return found

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """The number of slots in the day."""
        if parent.isValid() or not self._schedules:
            return 0
        return len(self._schedules[0].slots)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """One column per bay."""
        return 0 if parent.isValid() else len(self._schedules)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        """Booking text and colour; the booking (UserRole) or (bay id, start) (SlotRole)."""
        if not index.isValid():
            return None
        schedule = self._schedules[index.column()]
        slot = schedule.slots[index.row()]
        record = self._bookings.get(slot.booking_id) if slot.booking_id else None
        if role == SlotRole:
            return schedule.bay_id, slot.start
        if role == Qt.ItemDataRole.UserRole:
            return record
        if record is None:
            if not slot.open and role == Qt.ItemDataRole.BackgroundRole:
                return QColor(COLOURS["bay_closed"])
            if not slot.open and role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("BookingCalendar", "该工位此时不营业")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            start = record.slot_start.astimezone(STORE_TZ)
            end = record.slot_end.astimezone(STORE_TZ)
            return (f"{format_plate(record.plate)}  {record.customer_name or ''}\n"
                    f"{start:%H:%M}–{end:%H:%M} {_items_text(record)}\n"
                    f"{code_text(record.status)} · {record.advisor_name or '—'}")
        if role == Qt.ItemDataRole.BackgroundRole:
            key = "quick_lane" if record.bay_kind == "quick_lane" and record.status == "booked" \
                else record.status
            return QColor(COLOURS.get(key, "#ffffff"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        """Bay names across, slot times down."""
        if role != Qt.ItemDataRole.DisplayRole or not self._schedules:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._schedules):
                schedule = self._schedules[section]
                return schedule.name
            return None
        slots = self._schedules[0].slots
        return f"{slots[section].start.astimezone(STORE_TZ):%H:%M}" \
            if 0 <= section < len(slots) else None


class WeekModel(QAbstractTableModel):
    """Rows are bays, columns the week's days; a cell lists that bay's bookings."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._bays: list = []
        self._days: list[date] = []
        self._cells: dict[tuple[int, date], list[BookingRecord]] = {}

    def set_week(self, bays, days: Sequence[date], records: Sequence[BookingRecord]) -> None:
        """Show one week."""
        self.beginResetModel()
        self._bays, self._days = list(bays), list(days)
        self._cells = {}
        for record in records:
            day = record.slot_start.astimezone(STORE_TZ).date()
            self._cells.setdefault((record.bay_id, day), []).append(record)
        self.endResetModel()

    def day(self, column: int) -> date:
        """The day shown in a column."""
        return self._days[column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """One row per bay."""
        return 0 if parent.isValid() else len(self._bays)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """One column per day."""
        return 0 if parent.isValid() else len(self._days)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        """The bay's bookings of the day, one per line."""
        if not index.isValid():
            return None
        records = self._cells.get((self._bays[index.row()].id, self._days[index.column()]), [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join(f"{r.slot_start.astimezone(STORE_TZ):%H:%M} {format_plate(r.plate)}"
                             + ("" if r.status == "booked" else f" ({code_text(r.status)})")
                             for r in records)
        if role == Qt.ItemDataRole.BackgroundRole and records:
            return QColor("#f3f8fe")
        if role == Qt.ItemDataRole.UserRole:
            return tuple(records)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        """Days across (with the weekday), bay names down."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._days):
                day = self._days[section]
                return f"{day:%m-%d} {'一二三四五六日'[day.weekday()]}"
            return None
        return self._bays[section].name if 0 <= section < len(self._bays) else None


class BookingCalendar(Retranslatable, QWidget):
    """Day and week views of the bays with the booking actions.

    `loaded` after a view was filled, `failed(str)` with the reason shown when an action
    was refused, `changed` after a booking was stored, `work_order_opened(id)` after a
    check-in opened a work-order draft.
    """

    loaded = Signal()
    failed = Signal(str)
    changed = Signal()
    work_order_opened = Signal(int)

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None, *,
                 store_id: int | DeskStore | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner = db, runner
        #: The desk's store (its calendar and bays); the settings' when not given.
        self._desk_store = DeskStore.of(load_settings().store_id if store_id is None else store_id)
        self._desk_store.changed.connect(self.reload)
        self.dialog: BookingDialog | None = None
        self.mode = "day"
        today = store_today()
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(lambda _d: self.reload())
        self.prev, self.next, self.today = QPushButton("◀"), QPushButton("▶"), QPushButton()
        self.prev.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.today.clicked.connect(lambda: self.set_day(store_today()))
        self.day_button, self.week_button = QPushButton(), QPushButton()
        for button, mode in ((self.day_button, "day"), (self.week_button, "week")):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
        self.day_button.setChecked(True)
        self.new_button, self.move_button, self.cancel_button = (QPushButton() for _ in range(3))
        self.no_show_button, self.check_in_button = QPushButton(), QPushButton()
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_booking)
        self.move_button.clicked.connect(self.move_booking)
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.check_in_button.clicked.connect(self.check_in)
        self.day_model, self.week_model = DayModel(self), WeekModel(self)
        self.day_view, self.week_view = QTableView(), QTableView()
        self.day_view.setModel(self.day_model)
        self.week_view.setModel(self.week_model)
        for view in (self.day_view, self.week_view):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setWordWrap(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.setStyleSheet(SELECTED_STYLE)
        self.day_view.verticalHeader().setDefaultSectionSize(26)
        self.week_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.week_view.doubleClicked.connect(self._open_day)
        self.day_view.doubleClicked.connect(lambda _i: self.new_booking()
                                            if self.selected_booking() is None else None)
        self.day_view.clicked.connect(lambda _i: self._show_selection())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.day_view)
        self.stack.addWidget(self.week_view)
        self.selection = QLabel()
        #: The day's kind when the store is closed or it is a special day (国庆节, 调休上班).
        self.day_note = QLabel()
        self.day_note.setWordWrap(True)
        self.day_info: CalendarDay | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.undo_offer = UndoOffer(self)
        self.confirm_box: QMessageBox | None = None
        top = QHBoxLayout()
        for widget in (self.prev, self.date, self.next, self.today, self.day_button,
                       self.week_button):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.new_button, self.move_button, self.cancel_button,
                       self.no_show_button, self.check_in_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.day_note)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.selection)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_offer)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.today.setText(self.tr("今天"))
        self.day_button.setText(self.tr("日视图"))
        self.week_button.setText(self.tr("周视图"))
        self.new_button.setText(self.tr("新建预约"))
        self.move_button.setText(self.tr("改期"))
        self.cancel_button.setText(self.tr("取消预约"))
        self.no_show_button.setText(self.tr("标记未到店"))
        self.check_in_button.setText(self.tr("接车开单"))


    # --- navigation -----------------------------------------------------------------------
    def day(self) -> date:
        """The day shown (the week's first day in week view is its Monday)."""
        return self.date.date().toPython()

    def set_day(self, day: date) -> None:
        """Show `day` (reloads)."""
        self.date.setDate(QDate(day.year, day.month, day.day))

    def _step(self, direction: int) -> None:
        self.set_day(self.day() + timedelta(days=direction * (7 if self.mode == "week" else 1)))

    def set_mode(self, mode: str) -> None:
        """'day' or 'week'."""
        self.mode = mode
        self.day_button.setChecked(mode == "day")
        self.week_button.setChecked(mode == "week")
        self.stack.setCurrentIndex(0 if mode == "day" else 1)
        self.reload()

    def _open_day(self, index: QModelIndex) -> None:
        day = self.week_model.day(index.column())
        self.set_mode("day")
        self.set_day(day)

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the shown day or week off the UI thread."""
        db, day, store = self._db, self.day(), self._store_id
        if self.mode == "day":
            def load():
                return (bookings.list_slots(db, day, store_id=store),
                        bookings.bookings_for_day(db, day), working_days.day_info(db, store, day))
            self._runner.submit(load, self._show_day, self._failed, owner=self)
        else:
            monday = day - timedelta(days=day.weekday())
            days = [monday + timedelta(days=i) for i in range(7)]

            def load_week():
                records = [r for d in days for r in bookings.bookings_for_day(db, d)]
                return catalogue.list_bays(db), days, records
            self._runner.submit(load_week, self._show_week, self._failed, owner=self)

    def _show_day(self, result) -> None:
        schedules, records, self.day_info = result
        self._show_day_note()
        self.day_view.clearSpans()
        self.day_model.set_day(schedules, records)
        for row, column, rows in self.day_model.spans():
            self.day_view.setSpan(row, column, rows, 1)
        self._show_selection()
        self.loaded.emit()

    def _show_day_note(self) -> None:
        info = self.day_info
        if info is None or info.kind in ("workday", "weekend"):
            self.day_note.clear()
            self.day_note.hide()
            return
        name = " · ".join(([code_text(info.holiday)] if info.holiday else [])
                          + ([info.note] if info.note else []))
        text = " · ".join([code_text(info.kind)] + ([name] if name else []))
        if not info.working:
            text = self.tr("%1：本店不营业，没有可预约的时段。").replace("%1", text)
        self.day_note.setText(text)
        self.day_note.setStyleSheet(
            f"font-weight: bold; color: {colour('accent' if info.working else 'overdue')};")
        self.day_note.show()

    def _show_week(self, result) -> None:
        bays, days, records = result
        self.week_model.set_week(bays, days, records)
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        self.message.setText(text)
        self.failed.emit(text)

    # --- selection ------------------------------------------------------------------------
    def selected_booking(self) -> BookingRecord | None:
        """The booking of the selected day-view cell, if any."""
        if self.mode != "day":
            return None
        return self.day_model.booking(self.day_view.currentIndex())

    def _show_selection(self) -> None:
        record = self.selected_booking()
        if record is None:
            self.selection.clear()
            return
        channel = code_text(record.channel)
        self.selection.setText(
            f"{format_plate(record.plate)} {record.customer_name or ''} · {_items_text(record)} · "
            f"{record.bay_name} · {channel} · {code_text(record.status)}")

    def select_slot(self, bay_id: int, start: datetime) -> None:
        """Select the day-view cell of `bay_id` at `start`."""
        for column in range(self.day_model.columnCount()):
            for row in range(self.day_model.rowCount()):
                index = self.day_model.index(row, column)
                if index.data(SlotRole) == (bay_id, start):
                    self.day_view.setCurrentIndex(index)
                    self._show_selection()
                    return

    @property
    def acting_staff_id(self) -> int | None:
        """The signed-in person's staff id (the advisor a new booking or check-in gets)."""
        actor = acting.current()
        return actor.staff_id if actor is not None else None

    # --- actions --------------------------------------------------------------------------
    def new_booking(self) -> BookingDialog:
        """Open the booking dialog, pre-filled with the selected bay and slot."""
        index = self.day_view.currentIndex() if self.mode == "day" else QModelIndex()
        bay_id, start = index.data(SlotRole) if index.isValid() else (None, None)
        local = start.astimezone(STORE_TZ).time() if start else None
        return self._open_dialog(BookingDialog(self._db, self._runner, day=self.day(),
                                               start=local, bay_id=bay_id,
                                               advisor_id=self.acting_staff_id, parent=self))

    def move_booking(self) -> BookingDialog | None:
        """Open the dialog to move the selected booking."""
        record = self.selected_booking()
        if record is None:
            self.message.setText(self.tr("请先选择一个预约。"))
            return None
        start = record.slot_start.astimezone(STORE_TZ)
        return self._open_dialog(BookingDialog(self._db, self._runner, day=start.date(),
                                               start=start.time(), booking=record, parent=self))

    def _open_dialog(self, dialog: BookingDialog) -> BookingDialog:
        self.dialog = dialog
        dialog.saved.connect(lambda _r: self._changed())
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.message.clear()
        self.changed.emit()
        self.reload()

    def _describe(self, record: BookingRecord) -> str:
        start = record.slot_start.astimezone(STORE_TZ)
        return (f"{format_plate(record.plate)} {record.customer_name or ''} · {start:%m-%d %H:%M} · "
                f"{record.bay_name}")

    def _booking_call(self, question: str, action: str, done: str, call) -> None:
        """Ask `question` about the selected booking; on yes run `call(record)`, then offer
        to undo it (the booking is booked again) for a few seconds."""
        record = self.selected_booking()
        if record is None:
            self.message.setText(self.tr("请先选择一个预约。"))
            return
        described = self._describe(record)

        def changed(_r) -> None:
            self._changed()
            self.undo_offer.offer(done.replace("%1", described), lambda: self._restore(record))

        def run() -> None:
            self._runner.submit(lambda: call(record), changed, self._failed, owner=self)

        self.confirm_box = ask(self, question.replace("%1", described), action, run)

    def _restore(self, record: BookingRecord) -> None:
        db = self._db
        self._runner.submit(lambda: bookings.restore_booking(db, record.id),
                            lambda _r: self._changed(), self._failed, owner=self)

    def cancel_booking(self) -> None:
        """Cancel the selected booking (its bay is free again), once confirmed."""
        db = self._db
        self._booking_call(self.tr("取消这个预约？\n%1"), self.tr("取消预约"),
                           self.tr("已取消预约：%1"),
                           lambda r: bookings.cancel_booking(db, r.id, r.version))

    def mark_no_show(self) -> None:
        """Record that the selected booking's customer did not come, once confirmed."""
        db = self._db
        self._booking_call(self.tr("标记为未到店？\n%1"), self.tr("标记未到店"),
                           self.tr("已标记未到店：%1"),
                           lambda r: bookings.mark_no_show(db, r.id))

    def check_in(self) -> None:
        """Open the work-order draft of the selected booking (pre-filled with its items)."""
        db, advisor = self._db, self.acting_staff_id
        record = self.selected_booking()
        if record is None:
            self.message.setText(self.tr("请先选择一个预约。"))
            return

        def done(detail) -> None:
            self.message.clear()
            self.work_order_opened.emit(detail.id)
            self.reload()

        self._runner.submit(
            lambda: work_orders.open_work_order(db, booking_id=record.id,
                                                advisor_id=record.advisor_id or advisor),
            done, self._failed, owner=self)
