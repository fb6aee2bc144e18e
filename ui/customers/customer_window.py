"""The customer window: profile, vehicles and history, saved through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import ValidationError
from app.services import customer_history, customers
from app.services.customer_history import CustomerHistory
from app.services.customers import CustomerProfile
from ui.customers.vehicle_form import VehicleForm
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, make_table, mark_invalid
from ui.widgets.code_text import code_text
from ui.widgets.record_table_model import Column, RecordTableModel
from ui.widgets.repair_history import RepairHistoryWidget
from ui.widgets.voice_panel import CustomerVoicePanel

SOURCES = ("walk_in", "gate", "phone", "online", "referral", "event", "other")
TIERS = ("gold", "silver", "bronze", "standard")


@dataclass(frozen=True)
class _Loaded:
    profile: CustomerProfile
    history: CustomerHistory


class CustomerWindow(Retranslatable, QWidget):
    """Edits one customer. A save another desk overtook is refused and the edit kept.

    `loaded` is emitted after the customer (re)loaded, `saved` after a successful save,
    `failed` with the message shown when a save was refused.
    """

    loaded = Signal()
    saved = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner, self.customer_id = db, runner, customer_id
        self._version: int | None = None
        self.resize(900, 640)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self._build_form()
        self.vehicle_form = VehicleForm(db, runner, customer_id)
        self.vehicle_form.saved.connect(self.reload)
        self.tabs = QTabWidget()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        top = QHBoxLayout()
        top.addWidget(self.form_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    # --- building -----------------------------------------------------------------------
    def _build_form(self) -> None:
        self.form_box = QWidget()
        self.name = QLineEdit()
        self.salutation = QComboBox()
        self.mobile = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText("YYYY-MM-DD")
        self.source = QComboBox()
        self.tier = QComboBox()
        self.consent_contact = QCheckBox()
        self.consent_plate = QCheckBox()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.staff_label = QLabel()
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        self.form = QFormLayout(self.form_box)
        self._labels = [QLabel() for _ in range(9)]
        for label, field in zip(self._labels, (
                self.name, self.salutation, self.mobile, self.birthday, self.source,
                self.tier, self.consent_contact, self.consent_plate, self.notes)):
            self.form.addRow(label, field)
        self.form.addRow(self.staff_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        self.form.addRow(buttons)

    def _build_tabs(self) -> None:
        self.vehicles_model = RecordTableModel([
            Column("", lambda v: v.plate_display), Column("", lambda v: v.description),
            Column("", lambda v: v.vin or ""), Column("", lambda v: _d(v.purchase_date)),
            Column("", lambda v: _d(v.insurance_expiry))])
        self.visits_model = RecordTableModel([
            Column("", lambda v: local_time(v.arrived_at)), Column("", lambda v: v.plate),
            Column("", lambda v: code_text(v.purpose)), Column("", lambda v: v.outcome)])
        self.bookings_model = RecordTableModel([
            Column("", lambda b: local_time(b.slot_start)), Column("", lambda b: b.plate),
            Column("", lambda b: "、".join(b.items)), Column("", lambda b: code_text(b.status))])
        self.quotes_model = RecordTableModel([
            Column("", lambda q: q.number), Column("", lambda q: str(q.revision)),
            Column("", lambda q: q.vehicle), Column("", lambda q: code_text(q.status)),
            Column("", lambda q: _d(q.valid_until))])
        self.orders_model = RecordTableModel([
            Column("", lambda w: w.number), Column("", lambda w: local_time(w.opened_at)),
            Column("", lambda w: w.plate), Column("", lambda w: code_text(w.status)),
            Column("", lambda w: "" if w.mileage_km is None else f"{w.mileage_km:,}")])
        self.vehicles_view = make_table(self.vehicles_model)
        self.vehicles_view.doubleClicked.connect(
            lambda index: self.vehicle_form.edit(self.vehicles_model.record(index.row())))
        vehicles_tab = QWidget()
        box = QHBoxLayout(vehicles_tab)
        box.addWidget(self.vehicles_view, 3)
        box.addWidget(self.vehicle_form, 2)
        self.tabs.addTab(vehicles_tab, "")
        for model in (self.visits_model, self.bookings_model, self.quotes_model, self.orders_model):
            self.tabs.addTab(make_table(model), "")
        self.history_box = QVBoxLayout()
        history_tab = QWidget()
        history_tab.setLayout(self.history_box)
        self.history: RepairHistoryWidget | None = None
        self.tabs.addTab(history_tab, "")
        self.voice_panel = CustomerVoicePanel(self._db, self._runner, self.customer_id)
        self.tabs.addTab(self.voice_panel, "")
        self.vehicles_view.clicked.connect(
            lambda index: self.show_history(self.vehicles_model.record(index.row()).id))

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("客户档案"))
        texts = (self.tr("姓名"), self.tr("称呼"), self.tr("手机号"), self.tr("生日"),
                 self.tr("来源"), self.tr("客户等级"), self.tr("同意联系"), self.tr("同意车牌识别"),
                 self.tr("备注"))
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self.consent_contact.setText(self.tr("同意接收回访与邀约"))
        self.consent_plate.setText(self.tr("同意到店车牌识别"))
        self.save_button.setText(self.tr("保存"))
        self.reload_button.setText(self.tr("载入最新资料（放弃我的修改）"))
        _fill(self.salutation, [("先生", self.tr("先生")), ("女士", self.tr("女士")), ("", self.tr("（无）"))])
        _fill(self.source, [(k, code_text(k)) for k in SOURCES])
        _fill(self.tier, [(k, code_text(k)) for k in TIERS])
        for index, text in enumerate((self.tr("车辆"), self.tr("到店记录"), self.tr("预约"),
                                      self.tr("报价单"), self.tr("工单"), self.tr("维修档案"),
                                      self.tr("投诉与回访"))):
            self.tabs.setTabText(index, text)
        self.vehicles_model.set_headers([self.tr("车牌"), self.tr("车型"), self.tr("车架号"),
                                         self.tr("购车日期"), self.tr("保险到期")])
        self.visits_model.set_headers([self.tr("到店时间"), self.tr("车牌"), self.tr("目的"), self.tr("结果")])
        self.bookings_model.set_headers([self.tr("预约时间"), self.tr("车牌"), self.tr("项目"), self.tr("状态")])
        self.quotes_model.set_headers([self.tr("报价单号"), self.tr("版本"), self.tr("车型"),
                                       self.tr("状态"), self.tr("有效期至")])
        self.orders_model.set_headers([self.tr("工单号"), self.tr("开单时间"), self.tr("车牌"),
                                       self.tr("状态"), self.tr("里程 (km)")])


    # --- loading and saving ---------------------------------------------------------------
    def reload(self) -> None:
        """Load the stored customer (discarding unsaved edits) in the background."""
        db, cid = self._db, self.customer_id
        self._runner.submit(
            lambda: _Loaded(customers.get_customer(db, cid), customer_history.customer_history(db, cid)),
            self._show, self._show_error)

    def _show(self, loaded: _Loaded) -> None:
        c = loaded.profile.customer
        self._version = c.version
        self.title.setText(f"{c.greeting} · {c.name}")
        self.name.setText(c.name)
        _select(self.salutation, c.salutation)
        self.mobile.setText(c.mobile or "")
        self.mobile.setReadOnly(c.mobile_hidden)   # masked for this person: not editable
        self.birthday.setText(c.birthday.isoformat() if c.birthday else "")
        _select(self.source, c.source)
        _select(self.tier, c.tier)
        self.consent_contact.setChecked(c.consent_contact)
        self.consent_plate.setChecked(c.consent_plate_recognition)
        self.notes.setPlainText(c.notes)
        consultant = self.tr("销售顾问：%1").replace("%1", loaded.profile.consultant_name or "—")
        advisor = self.tr("服务顾问：%1").replace("%1", loaded.profile.advisor_name or "—")
        self.staff_label.setText(f"{consultant}    {advisor}")
        self.vehicles_model.set_records(loaded.profile.vehicles)
        if loaded.profile.vehicles and self.history is None:
            self.show_history(loaded.profile.vehicles[0].id)
        history = loaded.history
        self.visits_model.set_records(history.visits)
        self.bookings_model.set_records(history.bookings)
        self.quotes_model.set_records(history.quotes)
        self.orders_model.set_records(history.work_orders)
        self._clear_error()
        self.loaded.emit()

    def show_history(self, vehicle_id: int) -> None:
        """Show the repair history (电子维修档案) of one of the customer's vehicles."""
        if self.history is not None:
            if self.history.vehicle_id == vehicle_id:
                return
            self.history.setParent(None)
            self.history.deleteLater()
        self.history = RepairHistoryWidget(self._db, self._runner, vehicle_id, self)
        self.history_box.addWidget(self.history)

    def edited_fields(self) -> dict:
        """The form's values as service fields; a bad birthday raises ValidationError."""
        return {
            "name": self.name.text(), "salutation": self.salutation.currentData(),
            "mobile": self.mobile.text(), "birthday": _parse_date(self.birthday.text()),
            "source": self.source.currentData(), "tier": self.tier.currentData(),
            "consent_contact": self.consent_contact.isChecked(),
            "consent_plate_recognition": self.consent_plate.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        """Save the form through the service; the typed values stay whatever happens."""
        self._clear_error()
        try:
            fields = self.edited_fields()
        except ValidationError as exc:
            self._show_error(exc)
            return
        db, cid, version = self._db, self.customer_id, self._version
        self._runner.submit(lambda: customers.update_customer(db, cid, version, **fields),
                            self._saved, self._show_error)

    def _saved(self, record) -> None:
        self._version = record.version
        self.title.setText(f"{record.greeting} · {record.name}")
        self.reload_button.hide()
        self.saved.emit()

    def _show_error(self, exc: Exception) -> None:
        message = error_text(exc)
        self.error.setText(message)
        field = getattr(exc, "field", None)
        widget = {"name": self.name, "mobile": self.mobile, "birthday": self.birthday}.get(field)
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus()
        self.reload_button.setVisible(type(exc).__name__ == "StaleEdit")
        self.failed.emit(message)

    def _clear_error(self) -> None:
        self.error.clear()
        for widget in (self.name, self.mobile, self.birthday):
            mark_invalid(widget, False)


def _parse_date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("生日格式应为 年-月-日，例如 1985-06-01。",
                              "Write the birthday as YYYY-MM-DD, e.g. 1985-06-01.",
                              field="birthday") from None


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.blockSignals(False)
    if current is not None:
        _select(combo, current)


def _select(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)
