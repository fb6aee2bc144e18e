"""A form to add a vehicle to a customer or edit one, validated by the vehicle service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.db import Database
from app.errors import ValidationError
from app.services import vehicles
from app.services.vehicles import VehicleRecord
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, mark_invalid

_FIELDS = ("plate", "vin", "brand", "model", "year", "colour", "purchase_date", "insurance_expiry")


class VehicleForm(Retranslatable, QWidget):
    """Adds (no vehicle chosen) or edits (after `edit()`) a vehicle of one customer."""

    saved = Signal(object)      # the VehicleRecord
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, owner_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner, self._owner_id = db, runner, owner_id
        self._editing: VehicleRecord | None = None
        self.fields = {name: QLineEdit() for name in _FIELDS}
        for name in ("purchase_date", "insurance_expiry"):
            self.fields[name].setPlaceholderText("YYYY-MM-DD")
        self.heading = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.clear)
        form = QFormLayout(self)
        form.addRow(self.heading)
        self._labels = {}
        for name, widget in self.fields.items():
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], widget)
        form.addRow(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        labels = {"plate": self.tr("车牌号"), "vin": self.tr("车架号 (VIN)"), "brand": self.tr("品牌"),
                  "model": self.tr("车型"), "year": self.tr("年款"), "colour": self.tr("颜色"),
                  "purchase_date": self.tr("购车日期"), "insurance_expiry": self.tr("保险到期")}
        for name, label in self._labels.items():
            label.setText(labels[name])
        self.heading.setText(self.tr("修改车辆") if self._editing else self.tr("添加车辆"))
        self.save_button.setText(self.tr("保存车辆"))
        self.new_button.setText(self.tr("新车辆"))


    def edit(self, record: VehicleRecord) -> None:
        """Show `record` for editing."""
        self._editing = record
        values = {"plate": record.plate, "vin": record.vin or "", "brand": record.brand,
                  "model": record.model, "year": str(record.year or ""), "colour": record.colour,
                  "purchase_date": _iso(record.purchase_date),
                  "insurance_expiry": _iso(record.insurance_expiry)}
        for name, value in values.items():
            self.fields[name].setText(value)
        self._clear_error()
        self.retranslate()

    def clear(self) -> None:
        """Empty the form for a new vehicle."""
        self._editing = None
        for widget in self.fields.values():
            widget.clear()
        self._clear_error()
        self.retranslate()

    def values(self) -> dict:
        """The typed values as service fields; a bad date or year raises ValidationError."""
        text = {name: widget.text().strip() for name, widget in self.fields.items()}
        return {
            "plate": text["plate"], "vin": text["vin"] or None, "brand": text["brand"],
            "model": text["model"], "year": _year(text["year"]), "colour": text["colour"],
            "purchase_date": _date(text["purchase_date"], "purchase_date"),
            "insurance_expiry": _date(text["insurance_expiry"], "insurance_expiry"),
        }

    def save(self) -> None:
        """Add or update the vehicle; errors are shown next to the field, input kept."""
        self._clear_error()
        try:
            values = self.values()
        except ValidationError as exc:
            self._failed(exc)
            return
        db, editing, owner = self._db, self._editing, self._owner_id
        if editing is None:
            call = lambda: vehicles.add_vehicle(db, owner_id=owner, **values)  # noqa: E731
        else:
            call = lambda: vehicles.update_vehicle(db, editing.id, editing.version, **values)  # noqa: E731
        self._runner.submit(call, self._saved, self._failed)

    def _saved(self, record: VehicleRecord) -> None:
        self._editing = record
        self.retranslate()
        self.saved.emit(record)

    def _failed(self, exc: Exception) -> None:
        message = error_text(exc)
        self.error.setText(message)
        widget = self.fields.get(getattr(exc, "field", None) or "")
        if widget is not None:
            mark_invalid(widget, True)
        self.failed.emit(message)

    def _clear_error(self) -> None:
        self.error.clear()
        for widget in self.fields.values():
            mark_invalid(widget, False)


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _date(text: str, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("日期格式应为 年-月-日，例如 2024-05-01。",
                              "Write dates as YYYY-MM-DD, e.g. 2024-05-01.", field=field) from None


def _year(text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError("年款应为四位数字，例如 2024。", "The model year is four digits, e.g. 2024.",
                              field="year")
    return int(text)
