"""The customer window: profile, vehicles and history, saved through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import ValidationError
from app.services import care_timeline, customer_history, customer_tier, customers
from app.services.care_timeline import TimelineEntry
from app.services.customer_history import CustomerHistory
from app.services.customer_tier import TierStatus
from app.services.customers import CustomerProfile
from ui.customers.points_panel import PointsPanel
from ui.customers.vehicle_form import VehicleForm
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import LiveLabel, Retranslatable, local_time, make_table, mark_invalid
from ui.widgets.care_text import kind_text, status_text
from ui.widgets.code_text import code_text
from ui.widgets.fit import fit_to_screen, scrolling
from ui.widgets.level_text import benefits_text, level_text, store_levels
from ui.widgets.record_table_model import Column, RecordTableModel
from ui.widgets.repair_history import RepairHistoryWidget
from ui.widgets.tier_override_dialog import TierOverrideDialog, tier_summary
from ui.widgets.voice_panel import CustomerVoicePanel

SOURCES = ("walk_in", "gate", "phone", "online", "referral", "event", "other")


@dataclass(frozen=True)
class _Loaded:
    profile: CustomerProfile
    history: CustomerHistory
    tier: TierStatus
    timeline: tuple[TimelineEntry, ...]


class CustomerWindow(Retranslatable, QWidget):
    """Edits one customer. A save another desk overtook is refused and the edit kept.

    `loaded` is emitted after the customer (re)loaded, `saved` after a successful save,
    `failed` with the message shown when a save was refused.
    """

    loaded = Signal()
    saved = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, customer_id: int,
                 store_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner, self.customer_id = db, runner, customer_id
        #: The desk's store (a manual points adjustment is booked to it).
        self.store_id = store_id
        self._version: int | None = None
        self.tier_status: TierStatus | None = None
        self.override_dialog: TierOverrideDialog | None = None
        fit_to_screen(self, 900, 700)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self._build_form()
        self.vehicle_form = VehicleForm(db, runner, customer_id)
        self.vehicle_form.saved.connect(self.reload)
        self.tabs = QTabWidget()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        # The form and the tabs share the height (a splitter, the form scrolls): the window
        # fits a 1366×768 screen.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(scrolling(self.form_box), 1)
        top_layout.addLayout(self.form_buttons)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
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
        self.tier = QLabel()
        self.tier.setWordWrap(True)
        self.tier_button = QPushButton()
        self.tier_button.clicked.connect(self.open_tier_override)
        tier_row = QWidget()
        tier_box = QHBoxLayout(tier_row)
        tier_box.setContentsMargins(0, 0, 0, 0)
        tier_box.addWidget(self.tier, 1)
        tier_box.addWidget(self.tier_button)
        self.consent_contact = QCheckBox()
        self.consent_plate = QCheckBox()
        self.consent_contact_date = QLabel()
        self.consent_plate_date = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.staff_label = LiveLabel()
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
                tier_row, _beside(self.consent_contact, self.consent_contact_date),
                _beside(self.consent_plate, self.consent_plate_date), self.notes)):
            self.form.addRow(label, field)
        self.form.addRow(self.staff_label)
        self.form_buttons = QHBoxLayout()       # under the scrolling form: always in sight
        self.form_buttons.addWidget(self.error, 1)
        self.form_buttons.addWidget(self.reload_button)
        self.form_buttons.addWidget(self.save_button)

    def _build_tabs(self) -> None:
        self.vehicles_model = RecordTableModel([
            Column("", lambda v: v.plate_display), Column("", lambda v: v.description),
            Column("", lambda v: v.vin or ""), Column("", lambda v: _d(v.purchase_date)),
            Column("", lambda v: _d(v.insurance_expiry))])
        self.visits_model = RecordTableModel([
            Column("", lambda v: local_time(v.arrived_at)), Column("", lambda v: v.plate),
            Column("", lambda v: code_text(v.purpose)), Column("", lambda v: v.outcome),
            Column("", self._snapshot_state)])
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
        box.addWidget(scrolling(self.vehicle_form), 2)
        self.tabs.addTab(vehicles_tab, "")
        for model in (self.visits_model, self.bookings_model, self.quotes_model, self.orders_model):
            self.tabs.addTab(make_table(model), "")
        self.timeline_model = RecordTableModel([
            Column("", lambda e: local_time(e.at)), Column("", lambda e: _source_text(e.source)),
            Column("", _what_text), Column("", lambda e: e.reference),
            Column("", lambda e: e.by_name), Column("", lambda e: e.note)])
        self.timeline_view = make_table(self.timeline_model)
        for column, width in enumerate((130, 120, 330, 180, 80)):
            self.timeline_view.horizontalHeader().resizeSection(column, width)
        self.history_box = QVBoxLayout()
        history_tab = QWidget()
        history_tab.setLayout(self.history_box)
        self.history: RepairHistoryWidget | None = None
        self.tabs.addTab(history_tab, "")
        self.voice_panel = CustomerVoicePanel(self._db, self._runner, self.customer_id)
        self.tabs.addTab(self.voice_panel, "")
        self.tabs.addTab(self.timeline_view, "")
        self.points_panel = PointsPanel(self._db, self._runner, self.customer_id, self.store_id)
        self.tabs.addTab(self.points_panel, "")
        store_levels().changed.connect(self._show_tier)
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
        self.tier_button.setText(self.tr("调整等级…"))
        self._show_tier()
        for index, text in enumerate((self.tr("车辆"), self.tr("到店记录"), self.tr("预约"),
                                      self.tr("报价单"), self.tr("工单"), self.tr("维修档案"),
                                      self.tr("投诉与回访"), self.tr("客户时间线"),
                                      self.tr("积分"))):
            self.tabs.setTabText(index, text)
        self.vehicles_model.set_headers([self.tr("车牌"), self.tr("车型"), self.tr("车架号"),
                                         self.tr("购车日期"), self.tr("保险到期")])
        self.visits_model.set_headers([self.tr("到店时间"), self.tr("车牌"), self.tr("目的"), self.tr("结果"),
                                       self.tr("抓拍与识别记录")])
        self.bookings_model.set_headers([self.tr("预约时间"), self.tr("车牌"), self.tr("项目"), self.tr("状态")])
        self.quotes_model.set_headers([self.tr("报价单号"), self.tr("版本"), self.tr("车型"),
                                       self.tr("状态"), self.tr("有效期至")])
        self.orders_model.set_headers([self.tr("工单号"), self.tr("开单时间"), self.tr("车牌"),
                                       self.tr("状态"), self.tr("里程 (km)")])
        self._show_consent_dates()
        self.timeline_model.set_headers([self.tr("时间"), self.tr("类别"), self.tr("内容"),
                                         self.tr("单号/车牌"), self.tr("经办"), self.tr("备注")])


    # --- loading and saving ---------------------------------------------------------------
    def reload(self) -> None:
        """Load the stored customer (discarding unsaved edits) in the background."""
        db, cid = self._db, self.customer_id
        self._runner.submit(
            lambda: _Loaded(customers.get_customer(db, cid), customer_history.customer_history(db, cid),
                            customer_tier.tier_status(db, cid),
                            care_timeline.customer_timeline(db, cid)),
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
        self.tier_status = loaded.tier
        self._show_tier()
        self.consent_contact.setChecked(c.consent_contact)
        self.consent_plate.setChecked(c.consent_plate_recognition)
        self._consents = c
        self._show_consent_dates()
        self.notes.setPlainText(c.notes)
        profile = loaded.profile
        self.staff_label.show_text(lambda: "    ".join((
            self.tr("销售顾问：%1").replace("%1", profile.consultant_name or "—"),
            self.tr("服务顾问：%1").replace("%1", profile.advisor_name or "—"))))
        self.vehicles_model.set_records(loaded.profile.vehicles)
        if loaded.profile.vehicles and self.history is None:
            self.show_history(loaded.profile.vehicles[0].id)
        history = loaded.history
        self.visits_model.set_records(history.visits)
        self.bookings_model.set_records(history.bookings)
        self.quotes_model.set_records(history.quotes)
        self.orders_model.set_records(history.work_orders)
        self.timeline_model.set_records(loaded.timeline)
        self.points_panel.load(self.points_panel.offset)
        self.points_panel.show_adjust_access()
        self._clear_error()
        self.loaded.emit()

    def _show_consent_dates(self) -> None:
        """Beside each consent, since when it is given or when it was withdrawn."""
        c = getattr(self, "_consents", None)
        if c is None:
            return
        for label, given, since, withdrawn in (
                (self.consent_contact_date, c.consent_contact, c.consent_contact_at,
                 c.consent_contact_withdrawn_at),
                (self.consent_plate_date, c.consent_plate_recognition,
                 c.consent_plate_recognition_at, c.consent_plate_recognition_withdrawn_at)):
            label.setText(self._consent_text(given, since, withdrawn))

    def _consent_text(self, given: bool, since: date | None, withdrawn: date | None) -> str:
        if given:
            return self.tr("%1 起同意").replace("%1", _d(since)) if since else self.tr("已同意")
        if withdrawn:
            return self.tr("%1 撤回").replace("%1", _d(withdrawn))
        return self.tr("未同意")

    def _snapshot_state(self, visit) -> str:
        """The visit's snapshot and plate read: kept, or when they were deleted."""
        if visit.read_deleted_at is not None:
            return self.tr("已于 %1 删除").replace("%1", local_time(visit.read_deleted_at, "%Y-%m-%d"))
        return self.tr("抓拍已保存") if visit.has_snapshot else "—"

    def _show_tier(self) -> None:
        """The level in the store's names, its benefits and how it came about."""
        status = self.tier_status
        if status is None:
            self.tier.clear()
            return
        benefits = benefits_text(status.tier)
        level = level_text(status.tier)
        lines = [self.tr("%1（%2）").replace("%1", level).replace("%2", benefits) if benefits
                 else level, tier_summary(status)]
        self.tier.setText("\n".join(lines))

    def open_tier_override(self) -> TierOverrideDialog | None:
        """Open the dialog that sets the level by hand (with who and why) or clears it."""
        if self.tier_status is None:
            return None
        dialog = TierOverrideDialog(self._db, self._runner, self.tier_status, self)
        dialog.saved.connect(self._tier_saved)
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def _tier_saved(self, status: TierStatus) -> None:
        self.tier_status = status
        self._version = status.version
        self._show_tier()
        self.saved.emit()

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
            "source": self.source.currentData(),
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
        self._consents = record
        self._show_consent_dates()
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


def _beside(field: QWidget, note: QLabel) -> QWidget:
    """`field` with a grey `note` to its right, as one form row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    note.setStyleSheet("color: #666;")
    row.addWidget(note, 1)
    return box


_SOURCE_NAMES = {
    "visit": QT_TRANSLATE_NOOP("CustomerTimeline", "到店"),
    "booking": QT_TRANSLATE_NOOP("CustomerTimeline", "预约"),
    "work_order": QT_TRANSLATE_NOOP("CustomerTimeline", "工单"),
    "quote": QT_TRANSLATE_NOOP("CustomerTimeline", "报价"),
    "survey": QT_TRANSLATE_NOOP("CustomerTimeline", "满意度回访"),
    "complaint": QT_TRANSLATE_NOOP("CustomerTimeline", "投诉"),
    "care": QT_TRANSLATE_NOOP("CustomerTimeline", "客服关怀"),
}


def _source_text(source: str) -> str:
    name = _SOURCE_NAMES.get(source)
    return QCoreApplication.translate("CustomerTimeline", name) if name else source


def _what_text(entry: TimelineEntry) -> str:
    """What happened, in the desk's language: the care kind and its outcome, the visit's
    purpose, the survey's occasion or the complaint's category with its status."""
    if entry.source == "care":
        parts = (kind_text(entry.subject), status_text(entry.status))
    elif entry.source in ("survey", "complaint"):
        kinds = {"survey": ("survey_occasion", "survey_status"),
                 "complaint": ("complaint_category", "complaint_status")}[entry.source]
        parts = (code_text(entry.subject, kinds[0]), code_text(entry.status, kinds[1]))
    else:
        parts = (code_text(entry.subject) if entry.subject else "",
                 code_text(entry.status) if entry.status else "")
    return " · ".join(p for p in parts if p)


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
