"""The test-drive desk's dialogs: a fleet car, the drive out (agreement signed), the return,
the feedback. The booking dialog, with its day view, is `booking_dialog`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.db import Database
from app.domain.test_drives import RATINGS
from app.services import test_drives
from app.services.test_drives import DriveRecord
from ui.tasks import TaskRunner
from ui.testdrive.form_dialog import FormDialog


def percent_box() -> QSpinBox:
    """A fuel or charge level, 0–100 %."""
    box = QSpinBox()
    box.setRange(0, 100)
    box.setSuffix(" %")
    box.setValue(100)
    return box


def mileage_box(value: int = 0) -> QLineEdit:
    """An odometer reading in km, typed (the service says what is wrong with it)."""
    edit = QLineEdit(str(value) if value else "")
    edit.setMaxLength(8)
    return edit


class CarDialog(FormDialog):
    """Add a car to the fleet: plate, model, mileage, new energy."""

    def __init__(self, db: Database, runner: TaskRunner, store_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, runner, store_id, parent)
        self.plate = self.add_row("plate", QLineEdit())
        self.model = self.add_row("model", QLineEdit())
        self.mileage = self.add_row("mileage_km", mileage_box())
        self.new_energy = self.add_row("new_energy", QCheckBox())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("新增试驾车"))
        self.name_rows(self.tr("车牌"), self.tr("车型"), self.tr("当前里程 (km)"),
                       self.tr("新能源"))
        self.plate.setPlaceholderText(self.tr("如 粤A·D12345"))

    def call(self) -> Callable[[], object]:
        """`test_drives.add_car` with what was typed."""
        db, store_id = self._db, self._store_id
        plate, model, km = self.plate.text(), self.model.text(), self.mileage.text() or "0"
        energy = self.new_energy.isChecked()
        return lambda: test_drives.add_car(db, store_id, plate, model, km, new_energy=energy)


class OutDialog(FormDialog):
    """The drive starts: the customer signed the agreement; mileage and fuel/charge out."""

    def __init__(self, db: Database, runner: TaskRunner, store_id: int, drive: DriveRecord,
                 car_mileage: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(db, runner, store_id, parent)
        self.drive = drive
        self.mileage = self.add_row("mileage_out", mileage_box(car_mileage))
        self.fuel = self.add_row("fuel_out", percent_box())
        self.signed = self.add_row("agreement", QCheckBox())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("出车 %1").replace("%1", self.drive.number))
        self.name_rows(self.tr("出车里程 (km)"),
                       self.tr("出车电量") if self.drive.new_energy else self.tr("出车油量"),
                       self.tr("协议"))
        self.signed.setText(self.tr("客户已签署试驾协议"))

    def call(self) -> Callable[[], object]:
        """`test_drives.start_drive` with what was typed."""
        db, store_id, ident = self._db, self._store_id, self.drive.id
        km, fuel, signed = self.mileage.text(), self.fuel.value(), self.signed.isChecked()
        return lambda: test_drives.start_drive(db, store_id, ident, km, fuel,
                                               agreement_signed=signed)


class ReturnDialog(FormDialog):
    """The car is back (or the gate closed the drive): mileage and fuel/charge back."""

    def __init__(self, db: Database, runner: TaskRunner, store_id: int, drive: DriveRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, runner, store_id, parent)
        self.drive = drive
        self.mileage = self.add_row("mileage_back", mileage_box(drive.mileage_back or 0))
        self.fuel = self.add_row("fuel_back", percent_box())
        if drive.fuel_back is not None:
            self.fuel.setValue(drive.fuel_back)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("还车 %1").replace("%1", self.drive.number))
        self.name_rows(self.tr("还车里程 (km，出车 %1)").replace(
            "%1", str(self.drive.mileage_out if self.drive.mileage_out is not None else "—")),
            self.tr("还车电量") if self.drive.new_energy else self.tr("还车油量"))

    def call(self) -> Callable[[], object]:
        """`test_drives.record_return` with what was typed."""
        db, store_id, ident = self._db, self._store_id, self.drive.id
        km, fuel = self.mileage.text(), self.fuel.value()
        return lambda: test_drives.record_return(db, store_id, ident, km, fuel)


class FeedbackDialog(FormDialog):
    """The customer's feedback after the drive: a rating and what they said."""

    def __init__(self, db: Database, runner: TaskRunner, store_id: int, drive: DriveRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, runner, store_id, parent)
        self.drive = drive
        self.rating = self.add_row("rating", QComboBox())
        for stars in RATINGS:
            self.rating.addItem("★" * stars, stars)
        self.rating.setCurrentIndex(self.rating.findData(drive.rating or max(RATINGS)))
        self.text = self.add_row("feedback", QPlainTextEdit(drive.feedback))
        self.text.setMaximumHeight(110)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("试驾反馈 %1").replace("%1", self.drive.number))
        self.name_rows(self.tr("评分"), self.tr("客户反馈"))
        self.text.setPlaceholderText(self.tr("客户对车辆和试驾的评价，如 动力好，后排略窄"))

    def call(self) -> Callable[[], object]:
        """`test_drives.record_feedback` with what was chosen and typed."""
        db, store_id, ident = self._db, self._store_id, self.drive.id
        stars, text = self.rating.currentData(), self.text.toPlainText()
        return lambda: test_drives.record_feedback(db, store_id, ident, stars, text)
