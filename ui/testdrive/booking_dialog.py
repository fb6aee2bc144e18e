"""`TestDriveBookingDialog`: book a fleet car and a time slot for a customer with a
consultant, the driving licence recorded (photo optional), with the fleet's day under
it so a free car and hour are seen before choosing. A clash or a wrong licence number
keeps the dialog open with everything typed, the refused field marked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.store_time import STORE_TZ
from app.services import catalogue, test_drives
from app.services.test_drives import BookingForm, CarRecord, LeadLink
from ui.tasks import TaskRunner
from ui.testdrive.day_grid import DayGrid
from ui.testdrive.form_dialog import FormDialog
from ui.widgets.code_text import code_text
from ui.widgets.fit import fit_to_screen
from ui.widgets.search_box import SearchBox

#: The lengths a drive may be booked for, in minutes.
DURATIONS = (30, 45, 60, 90, 120)


class TestDriveBookingDialog(FormDialog):
    """A new booking on store `store_id`'s fleet `cars`, starting on `day`."""

    def __init__(self, db: Database, runner: TaskRunner, store_id: int,
                 cars: Sequence[CarRecord], day: date, parent: QWidget | None = None) -> None:
        super().__init__(db, runner, store_id, parent)
        self.car = self.add_row("car_id", QComboBox())
        for car in cars:
            if car.status != "retired":
                self.car.addItem(f"{car.plate_display} {car.model}", car.id)
        self.search = SearchBox(db, runner)
        self.search.results.connect(self.show_customers)
        self.add_row("customer_search", self.search)
        self.customer = self.add_row("customer_id", QComboBox())
        self.customer.currentIndexChanged.connect(lambda _i: self.load_lead())
        self.lead = self.add_row("opportunity_id", QLabel())
        self.lead.setWordWrap(True)
        self._lead: LeadLink | None = None
        self.consultant = self.add_row("consultant_id", QComboBox())
        self.day = self.add_row("day", QDateEdit(QDate(day.year, day.month, day.day)))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.load_day())
        self.start = self.add_row("start", QTimeEdit(QTime(10, 0)))
        self.start.setDisplayFormat("HH:mm")
        self.duration = self.add_row("end", QComboBox())
        self.licence = self.add_row("licence_number", QLineEdit())
        self.licence.setMaxLength(18)
        self.photo = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_photo)
        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo, 1)
        row.addWidget(self.browse)
        self.add_row("licence_photo_path", photo_row)
        self.fields["licence_photo_path"] = self.photo
        self.grid = DayGrid()       # under the form: every hour of the day in sight
        self.body.insertWidget(1, self.grid, 1)
        self.keep_buttons_after(self.grid)
        self.retranslate()
        self._load_consultants()
        self.load_day()
        fit_to_screen(self, 760, 640)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("预约试驾"))
        self.name_rows(self.tr("试驾车"), self.tr("查找客户"), self.tr("客户"),
                       self.tr("商机"), self.tr("销售顾问"), self.tr("日期"), self.tr("开始时间"),
                       self.tr("时长"), self.tr("驾驶证号"), self.tr("驾驶证照片（可选）"))
        current = self.duration.currentData() or 60
        self.duration.clear()
        for minutes in DURATIONS:
            self.duration.addItem(self.tr("%1 分钟").replace("%1", str(minutes)), minutes)
        self.duration.setCurrentIndex(self.duration.findData(current))
        self.licence.setPlaceholderText(self.tr("18 位，与身份证号相同"))
        self.photo.setPlaceholderText(self.tr("照片文件，可不填"))
        self.browse.setText(self.tr("选择…"))
        self.show_lead(self._lead)

    def show_customers(self, hits) -> None:
        """The search's hits in the customer list (the first chosen)."""
        self.customer.clear()
        for hit in hits:
            self.customer.addItem(f"{hit.name} {hit.mobile_masked}", hit.customer_id)

    def load_lead(self) -> None:
        """Find the chosen customer's open lead, which the booking will name."""
        customer_id, self._lead = self.customer.currentData(), None
        if customer_id is None:
            self.show_lead(None)
            return
        db, store_id = self._db, self._store_id
        self._runner.submit(lambda: test_drives.lead_for(db, store_id, customer_id),
                            self.show_lead, self.fail, owner=self)

    def show_lead(self, lead: LeadLink | None) -> None:
        """Say which lead the booking names (it moves to 已试驾), or that there is none."""
        self._lead = lead
        if lead is None:
            self.lead.setText(self.tr("无进行中的商机（试驾不关联商机）"))
            return
        self.lead.setText(self.tr("%1 · %2（预约后进入“%3”阶段）")
                          .replace("%1", lead.interest or self.tr("未填意向"))
                          .replace("%2", code_text(lead.stage, "lead_stage"))
                          .replace("%3", code_text("test_drive", "lead_stage")))

    def choose_photo(self) -> None:
        """Ask for the licence photo's file (non-modal)."""
        dialog = QFileDialog(self, self.tr("选择驾驶证照片"), "",
                             self.tr("图片 (*.jpg *.jpeg *.png)"))
        dialog.fileSelected.connect(self.photo.setText)
        dialog.open()

    def load_day(self) -> None:
        """Show the chosen day of the fleet under the form."""
        db, store_id, day = self._db, self._store_id, self.day.date().toPython()
        self._runner.submit(lambda: test_drives.day_view(db, store_id, day),
                            self.grid.show_day, self.fail, owner=self)

    def _load_consultants(self) -> None:
        db, me = self._db, acting.current()

        def fill(staff) -> None:
            self.consultant.clear()
            for person in staff:
                self.consultant.addItem(person.name, person.id)
            mine = self.consultant.findData(me.staff_id) if me is not None else -1
            self.consultant.setCurrentIndex(max(mine, 0))

        self._runner.submit(lambda: catalogue.list_staff(db, "sales_consultant"), fill,
                            self.fail, owner=self)

    def form_values(self) -> BookingForm:
        """What is typed, as the service takes it (times in the store's zone)."""
        start = datetime.combine(self.day.date().toPython(), self.start.time().toPython(),
                                 STORE_TZ)
        return BookingForm(
            car_id=self.car.currentData(), customer_id=self.customer.currentData(),
            consultant_id=self.consultant.currentData(), start_at=start,
            end_at=start + timedelta(minutes=self.duration.currentData() or 60),
            licence_number=self.licence.text(), licence_photo_path=self.photo.text(),
            opportunity_id=self._lead.opportunity_id if self._lead else None)

    def call(self) -> Callable[[], object]:
        """`test_drives.book` with the form."""
        db, store_id, form = self._db, self._store_id, self.form_values()
        return lambda: test_drives.book(db, store_id, form)

    def fail(self, exc: Exception) -> None:
        """Say why; after a clash the day view shows the booking in the way."""
        super().fail(exc)
        if getattr(exc, "field", None) == "start":
            self.load_day()
