"""The booking dialog: book a vehicle in (or move a booking) with items, slot, bay and staff.

The items' labour hours size the slot; free slots for them are listed to pick from. A
clash (bay, technician or vehicle already booked) is refused by the service and its reason
shown here, the dialog staying open with what was typed.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import bookings, catalogue, vehicles
from app.services.bookings import BookingRecord
from app.services.common import STORE_TZ
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import LiveLabel, Retranslatable
from ui.widgets.code_text import code_text

CHANNELS = ("phone", "advisor_on_behalf", "wechat", "app", "walk_in")


#: The times the dialog offers: wide enough for any bay's hours set on the admin page (the
#: service refuses a time outside the chosen bay's hours, saying what they are).
EARLIEST, LATEST = time(6, 0), time(22, 0)


def slot_times() -> list[time]:
    """The 30-minute slot starts a bay may have."""
    start = datetime.combine(date.today(), EARLIEST)
    end = datetime.combine(date.today(), LATEST)
    times = []
    while start < end:
        times.append(start.time())
        start += bookings.SLOT
    return times


class BookingDialog(Retranslatable, QDialog):
    """Creates a booking, or moves `booking` when one is given. `saved(record)` on success.

    `now` is the time the dialog takes as now (the clock's when None): the free slots and
    the first free time are counted from it."""

    saved = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, *, day: date,
                 start: time | None = None, bay_id: int | None = None,
                 booking: BookingRecord | None = None, advisor_id: int | None = None,
                 now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self.booking = db, runner, booking
        self._now = now
        self.vehicle_id: int | None = booking.vehicle_id if booking else None
        self._default_advisor = advisor_id
        self.setMinimumWidth(560)
        self.plate = QLineEdit(booking.plate if booking else "")
        self.find = QPushButton()
        self.vehicle_label = QLabel()
        self.items = QListWidget()
        self.items.setMaximumHeight(150)
        self.length_label = LiveLabel()
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.time = QComboBox()
        for t in slot_times():
            self.time.addItem(t.strftime("%H:%M"))
        self.set_time(start if start is not None else bookings.OPENING)
        #: No time asked for (or one already past): the dialog moves to the next free one.
        self._find_first_free = booking is None and (
            start is None or datetime.combine(day, start, STORE_TZ) < (now or datetime.now(STORE_TZ)))
        self.bay = QComboBox()
        self.bay.addItem("", None)
        self._bay_wanted = bay_id
        self.advisor, self.technician, self.channel = QComboBox(), QComboBox(), QComboBox()
        for code in CHANNELS:
            self.channel.addItem("", code)      # named in retranslate
        self.notes = QLineEdit()
        self.free = QListWidget()
        self.free.setMaximumHeight(110)
        self.free.itemClicked.connect(self._pick_free)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.find.clicked.connect(self.find_vehicle)
        self.plate.returnPressed.connect(self.find_vehicle)
        self.items.itemChanged.connect(lambda _item: self._items_changed())
        self.date.dateChanged.connect(lambda _d: self.refresh_free())
        form = QFormLayout()
        plate_row = QHBoxLayout()
        plate_row.addWidget(self.plate, 1)
        plate_row.addWidget(self.find)
        self._labels = [QLabel() for _ in range(11)]
        rows = [plate_row, self.vehicle_label, self.items, self.length_label, self.date,
                self.time, self.bay, self.advisor, self.technician, self.channel, self.notes]
        for label, field in zip(self._labels, rows):
            form.addRow(label, field)
        self.free_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.free_label)
        layout.addWidget(self.free)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        moving = booking is not None
        for widget in (self.plate, self.find, self.items, self.advisor, self.technician,
                       self.channel, self.notes):
            widget.setEnabled(not moving)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("改期") if self.booking else self.tr("新建预约"))
        for label, text in zip(self._labels, (
                self.tr("车牌"), self.tr("车辆"), self.tr("保养项目"), self.tr("占用时长"),
                self.tr("日期"), self.tr("开始时间"), self.tr("工位"), self.tr("服务顾问"),
                self.tr("技师（可选）"), self.tr("预约方式"), self.tr("备注"))):
            label.setText(text)
        for index, code in enumerate(CHANNELS):
            self.channel.setItemText(index, code_text(code))
        self.find.setText(self.tr("查找"))
        self.bay.setItemText(0, self.tr("自动分配"))
        self.free_label.setText(self.tr("可预约时段（点击选用）"))
        self.plate.setPlaceholderText(self.tr("如 粤B12345"))

    # --- loading --------------------------------------------------------------------------
    def _load(self) -> None:
        db = self._db

        def lists():
            return (catalogue.list_service_items(db), catalogue.list_bays(db),
                    catalogue.list_staff(db, "service_advisor"),
                    catalogue.list_staff(db, "technician"))

        self._runner.submit(lists, self._fill, self._failed, owner=self)

    def _fill(self, lists) -> None:
        items, bays, advisors, technicians = lists
        chosen = {i.id for i in self.booking.items} if self.booking else set()
        self.items.blockSignals(True)
        for item in items:
            quick = self.tr("（快修）") if item.quick else ""
            row = QListWidgetItem(f"{item.name}  {item.labour_hours.normalize():f}h  "
                                  f"¥{item.price}{quick}")
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.id in chosen
                              else Qt.CheckState.Unchecked)
            self.items.addItem(row)
        self.items.blockSignals(False)
        for bay in bays:
            self.bay.addItem(f"{bay.name}（{code_text(bay.kind)}）", bay.id)
        wanted = self._bay_wanted if self._bay_wanted is not None else \
            (self.booking.bay_id if self.booking else None)
        self.bay.setCurrentIndex(max(0, self.bay.findData(wanted)))
        self.advisor.addItem("—", None)
        for staff in advisors:
            self.advisor.addItem(staff.name, staff.id)
        self.advisor.setCurrentIndex(max(0, self.advisor.findData(self._default_advisor)))
        self.technician.addItem("—", None)
        for staff in technicians:
            self.technician.addItem(staff.name, staff.id)
        self._items_changed()
        if self._find_first_free:
            self._find_first_free = False
            db, now = self._db, self._now
            self._runner.submit(lambda: bookings.first_free_slot(db, now=now), self._go_to_free,
                                lambda exc: None, owner=self)

    def _go_to_free(self, slot) -> None:
        """Show the day of the first free slot from now on, with that slot chosen."""
        if slot is None:
            return
        start = slot.start.astimezone(STORE_TZ)
        self.date.setDate(QDate(start.year, start.month, start.day))   # lists that day's slots
        self.set_time(start.time())

    def item_ids(self) -> list[int]:
        """The ids of the ticked service items."""
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole).id
                for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def _items_changed(self) -> None:
        hours = [self.items.item(i).data(Qt.ItemDataRole.UserRole).labour_hours
                 for i in range(self.items.count())
                 if self.items.item(i).checkState() == Qt.CheckState.Checked]
        minutes = int(bookings.booking_length(hours) / timedelta(minutes=1))
        self.length_label.show_text(lambda: self.tr("%1 分钟").replace("%1", str(minutes)))
        self.refresh_free()

    def refresh_free(self) -> None:
        """List the free slots for the ticked items on the chosen day (off the UI thread)."""
        ids = self.item_ids() or ([i.id for i in self.booking.items] if self.booking else [])
        self.free.clear()
        db, day, now = self._db, self.date.date().toPython(), self._now
        self._runner.submit(lambda: bookings.free_slots(db, day, ids, now=now), self._show_free,
                            lambda exc: None, owner=self)

    def _show_free(self, slots) -> None:
        self.free.clear()
        if not slots:
            empty = QListWidgetItem(self.tr("当天没有可预约的时段，请换一天。"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.free.addItem(empty)
        for slot in slots[:60]:
            row = QListWidgetItem(f"{slot.start.astimezone(STORE_TZ):%H:%M}–"
                                  f"{slot.end.astimezone(STORE_TZ):%H:%M}  {slot.bay_name}")
            row.setData(Qt.ItemDataRole.UserRole, slot)
            self.free.addItem(row)

    def _pick_free(self, row: QListWidgetItem) -> None:
        slot = row.data(Qt.ItemDataRole.UserRole)
        if slot is None:
            return
        self.set_time(slot.start.astimezone(STORE_TZ).time())
        self.bay.setCurrentIndex(max(0, self.bay.findData(slot.bay_id)))

    def find_vehicle(self) -> None:
        """Look the plate up (off the UI thread) and show whose car it is."""
        db, plate = self._db, self.plate.text().strip().upper()
        self._runner.submit(lambda: vehicles.find_by_plate(db, plate), self._found,
                            self._failed, owner=self)

    def _found(self, record) -> None:
        if record is None:
            self.vehicle_id = None
            self.vehicle_label.setText(self.tr("未找到该车牌，请先在客户档案中登记车辆。"))
            return
        self.vehicle_id = record.id
        self.vehicle_label.setText(f"{record.plate_display}  {record.description}")
        self.error.clear()

    # --- saving ---------------------------------------------------------------------------
    def set_time(self, start: time) -> None:
        """Choose the slot starting at `start` (store time)."""
        self.time.setCurrentIndex(max(0, self.time.findText(start.strftime("%H:%M"))))

    def slot_start(self) -> datetime:
        """The chosen start, aware in store time."""
        chosen = datetime.strptime(self.time.currentText(), "%H:%M").time()
        return datetime.combine(self.date.date().toPython(), chosen, STORE_TZ)

    def submit(self) -> None:
        """Store the booking (or the move); a refusal is shown and the dialog stays open."""
        db, start, bay_id = self._db, self.slot_start(), self.bay.currentData()
        if self.booking is not None:
            booking = self.booking
            call = lambda: bookings.move_booking(db, booking.id, booking.version,  # noqa: E731
                                                 slot_start=start, bay_id=bay_id)
        else:
            if self.vehicle_id is None:
                self.error.setText(self.tr("请先查找车辆。"))
                return
            kwargs = dict(vehicle_id=self.vehicle_id, item_ids=self.item_ids(),
                          slot_start=start, bay_id=bay_id,
                          advisor_id=self.advisor.currentData(),
                          technician_id=self.technician.currentData(),
                          channel=self.channel.currentData(), notes=self.notes.text())
            call = lambda: bookings.create_booking(db, **kwargs)  # noqa: E731
        self.buttons.setEnabled(False)
        self._runner.submit(call, self._saved, self._failed, owner=self)

    def _saved(self, record) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
