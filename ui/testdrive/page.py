"""The test-drive page (试乘试驾): the store's fleet on the left (add, retire, back in
service), the chosen day's drives on the right with what can be done to the chosen one:
print the agreement, the drive out, the return, the feedback, cancel (asked first)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import test_drives
from app.services.common import store_today
from app.services.test_drives import DriveRecord
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.testdrive.booking_dialog import TestDriveBookingDialog
from ui.testdrive.dialogs import CarDialog, FeedbackDialog, OutDialog, ReturnDialog
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.desk_store import DeskStore
from ui.widgets.print_actions import PrintActions, PrinterCombo
from ui.widgets.record_table_model import Column, RecordTableModel


def _reading(km: int | None, fuel: int | None) -> str:
    return "" if km is None and fuel is None else \
        f"{'' if km is None else km} km · {'' if fuel is None else fuel} %"


class TestDrivePage(Retranslatable, QWidget):
    """Test drives of store `store_id`."""

    __test__ = False        # not a pytest class, whatever its name

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore = 1,
                 parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.cars: tuple = ()
        self.dialog = None          # the open dialog, for tests and screenshots
        self.confirm_box = None
        self.title, self.fleet_label, self.error = QLabel(), QLabel(), QLabel()
        self.title.setObjectName("pageTitle")
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.car_model = RecordTableModel([
            Column("", lambda c: c.plate_display), Column("", lambda c: c.model),
            Column("", lambda c: code_text(c.status, "test_car")),
            Column("", lambda c: f"{c.mileage_km:,}", align_right=True)])
        self.car_table = make_table(self.car_model)
        self.drive_model = RecordTableModel([
            Column("", lambda d: f"{local_time(d.start_at, '%H:%M')}–"
                                 f"{local_time(d.end_at, '%H:%M')}"),
            Column("", lambda d: d.number), Column("", lambda d: d.plate_display),
            Column("", lambda d: d.customer_name), Column("", lambda d: d.consultant_name),
            Column("", lambda d: code_text(d.status, "test_drive")),
            Column("", lambda d: d.licence_masked),
            Column("", lambda d: _reading(d.mileage_out, d.fuel_out)),
            Column("", lambda d: _reading(d.mileage_back, d.fuel_back)),
            Column("", lambda d: "★" * d.rating if d.rating else ""),
            Column("", lambda d: d.feedback)])
        self.drive_table = make_table(self.drive_model)
        self.drive_table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.car_table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.day = QDateEdit(self._qdate(store_today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.buttons = {key: QPushButton() for key in (
            "add_car", "retire", "in_service", "book", "print", "save", "out", "back",
            "feedback", "cancel", "refresh")}
        for key, slot in (("add_car", self.add_car), ("retire", lambda: self.set_status("retired")),
                          ("in_service", lambda: self.set_status("in_service")),
                          ("book", self.book), ("print", lambda: self.print_agreement()),
                          ("save", lambda: self.print_agreement(save_only=True)),
                          ("out", self.drive_out), ("back", self.drive_back),
                          ("feedback", self.feedback), ("cancel", self.cancel),
                          ("refresh", self.refresh)):
            self.buttons[key].clicked.connect(slot)
        self.printer_combo = PrinterCombo()
        self.printing = PrintActions(runner, self)
        self.printing.printers_loaded.connect(self.printer_combo.show_printers)
        self.printing.done.connect(show_status)
        self.printing.failed.connect(self.error.setText)
        self._layout()
        self.retranslate()
        self._enable()
        if start:
            self.refresh()
            self.printing.load_printers()

    @staticmethod
    def _qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.fleet_label)
        column.addWidget(self.car_table, 1)
        car_buttons = QHBoxLayout()
        for key in ("add_car", "retire", "in_service"):
            car_buttons.addWidget(self.buttons[key])
        car_buttons.addStretch(1)
        column.addLayout(car_buttons)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        for widget in (self.day, self.buttons["refresh"], self.buttons["book"]):
            top.addWidget(widget)
        top.addStretch(1)
        side.addLayout(top)
        side.addWidget(self.drive_table, 1)
        actions = QHBoxLayout()
        for key in ("out", "back", "feedback", "cancel"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        side.addLayout(actions)
        printing = QHBoxLayout()
        for widget in (self.buttons["print"], self.buttons["save"], self.printer_combo):
            printing.addWidget(widget)
        printing.addStretch(1)
        side.addLayout(printing)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 5)
        split.setSizes([390, 910])     # the fleet's four columns whole at 1366 wide
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("试乘试驾"))
        self.fleet_label.setText(self.tr("试驾车队"))
        self.car_model.set_headers([self.tr("车牌"), self.tr("车型"), self.tr("状态"),
                                    self.tr("里程 (km)")])
        self.drive_model.set_headers([
            self.tr("时间"), self.tr("预约号"), self.tr("车牌"), self.tr("客户"),
            self.tr("销售顾问"), self.tr("状态"), self.tr("驾驶证号"), self.tr("出车"),
            self.tr("还车"), self.tr("评分"), self.tr("客户反馈")])
        for key, text in (("add_car", self.tr("新增试驾车…")), ("retire", self.tr("退役")),
                          ("in_service", self.tr("恢复可用")), ("book", self.tr("预约试驾…")),
                          ("print", self.tr("打印试驾协议")),
                          ("save", self.tr("保存协议 PDF")), ("out", self.tr("出车…")),
                          ("back", self.tr("还车…")), ("feedback", self.tr("试驾反馈…")),
                          ("cancel", self.tr("取消预约")), ("refresh", self.tr("刷新"))):
            self.buttons[key].setText(text)
        self.car_model.refresh_texts()
        self.drive_model.refresh_texts()
        self.car_table.resizeColumnsToContents()
        self.drive_table.resizeColumnsToContents()

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the fleet (retired cars too) and the chosen day's drives."""
        db, store_id, day = self._db, self._store_id, self.day.date().toPython()
        self._runner.submit(
            lambda: (test_drives.fleet(db, store_id, include_retired=True),
                     test_drives.day_view(db, store_id, day)),
            self._loaded, self._failed, owner=self)

    def _loaded(self, loaded) -> None:
        self.cars, view = loaded
        self.car_model.set_records(self.cars)
        chosen = self.chosen_drive()
        self.drive_model.set_records(view.drives)
        for row, drive in enumerate(view.drives):
            if chosen is not None and drive.id == chosen.id:
                self.drive_table.selectRow(row)
        self.car_table.resizeColumnsToContents()
        self.drive_table.resizeColumnsToContents()
        self._enable()

    def chosen_drive(self) -> DriveRecord | None:
        """The drive selected in the day's list."""
        index = self.drive_table.currentIndex()
        return self.drive_model.record(index.row()) if index.isValid() else None

    def chosen_car(self):
        """The car selected in the fleet list."""
        index = self.car_table.currentIndex()
        return self.car_model.record(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        drive, car = self.chosen_drive(), self.chosen_car()
        status = drive.status if drive else ""
        for key, on in (("print", drive is not None), ("save", drive is not None),
                        ("out", status == "booked"), ("cancel", status == "booked"),
                        ("back", status in ("out", "returned")),
                        ("feedback", status == "returned"),
                        ("retire", car is not None and car.status == "in_service"),
                        ("in_service", car is not None and car.status == "retired")):
            self.buttons[key].setEnabled(on)

    # --- actions --------------------------------------------------------------------------
    def _open(self, dialog) -> None:
        """Show a dialog (non-modal); when it saved, say so and reload."""
        self.dialog = dialog
        dialog.saved.connect(lambda _record: (show_status(self.tr("已保存")), self.refresh()))
        dialog.open()

    def add_car(self) -> None:
        """Add a car to the fleet."""
        self._open(CarDialog(self._db, self._runner, self._store_id, self))

    def book(self) -> None:
        """Book a drive, with the fleet's day under the form."""
        self._open(TestDriveBookingDialog(self._db, self._runner, self._store_id, self.cars,
                                 self.day.date().toPython(), self))

    def drive_out(self) -> None:
        """The chosen drive goes out."""
        drive = self.chosen_drive()
        if drive is not None:
            km = next((c.mileage_km for c in self.cars if c.id == drive.car_id), 0)
            self._open(OutDialog(self._db, self._runner, self._store_id, drive, km, self))

    def drive_back(self) -> None:
        """The chosen drive's car is back (or its readings are filled in after the gate)."""
        drive = self.chosen_drive()
        if drive is not None:
            self._open(ReturnDialog(self._db, self._runner, self._store_id, drive, self))

    def feedback(self) -> None:
        """The customer's feedback on the chosen drive."""
        drive = self.chosen_drive()
        if drive is not None:
            self._open(FeedbackDialog(self._db, self._runner, self._store_id, drive, self))

    def cancel(self) -> None:
        """Cancel the chosen booking, asked first."""
        drive = self.chosen_drive()
        if drive is None:
            return
        db, store_id, ident, version = self._db, self._store_id, drive.id, drive.version
        question = self.tr("取消 %1 的试驾预约（%2）？").replace("%1", drive.customer_name) \
            .replace("%2", drive.number)
        self.confirm_box = ask(self, question, self.tr("取消预约"), lambda: self._runner.submit(
            lambda: test_drives.cancel(db, store_id, ident, version),
            lambda _r: self.refresh(), self._failed, owner=self))

    def set_status(self, status: str) -> None:
        """Retire the chosen car (asked first) or put it back in service."""
        car = self.chosen_car()
        if car is None:
            return
        db, store_id, ident, version = self._db, self._store_id, car.id, car.version

        def change() -> None:
            self._runner.submit(lambda: test_drives.set_car_status(db, store_id, ident, status,
                                                                   version),
                                lambda _r: self.refresh(), self._failed, owner=self)

        if status == "retired":
            self.confirm_box = ask(self, self.tr("让 %1 退出试驾车队？").replace(
                "%1", car.plate_display), self.tr("退役"), change)
        else:
            change()

    def print_agreement(self, *, save_only: bool = False, path: str | None = None) -> None:
        """Print (or save) the chosen drive's agreement."""
        drive = self.chosen_drive()
        if drive is None:
            return
        db, store_id, ident, number = self._db, self._store_id, drive.id, drive.number
        self.printing.output(
            lambda: (f"试驾协议 {number}", test_drives.agreement_pdf(db, store_id, ident)),
            f"{number}.pdf", self, path=path, save_only=save_only,
            printer=self.printer_combo.currentData())

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))
        show_status(error_text(exc))
