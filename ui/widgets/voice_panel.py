"""The customer window's "complaints and surveys" tab, with "register a complaint"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.complaint_sla import ComplaintCategory, ComplaintChannel, ComplaintGrade, format_age
from app.domain.plates import format_plate
from app.services import complaints, surveys
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, make_table, mark_invalid
from ui.widgets.code_text import code_text
from ui.widgets.record_table_model import Column, RecordTableModel


def concerns_text(row) -> str:
    """What a complaint concerns: its vehicle, work order and sale, as one line."""
    plate = format_plate(row.plate) if row.plate else None
    return " · ".join(p for p in (plate, row.work_order_number, row.quote_number) if p) or "—"


class ComplaintDialog(Retranslatable, QDialog):
    """Register a complaint for one customer: category, grade, channel, their words, and the
    vehicle, work order or sale (quote or order) it concerns. `subjects_loaded` tells when
    the pickers are filled."""

    registered = Signal(int)
    subjects_loaded = Signal()

    def __init__(self, db: Database, runner: TaskRunner, customer_id: int,
                 store_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._customer_id, self._store_id = db, runner, customer_id, store_id
        self._subjects: complaints.ComplaintSubjects | None = None
        self.vehicle, self.work_order, self.sale = QComboBox(), QComboBox(), QComboBox()
        self.work_order.currentIndexChanged.connect(self._work_order_chosen)
        self.setMinimumWidth(600)   # the pickers' lines name number, date, plate and status
        self.category, self.grade, self.channel = QComboBox(), QComboBox(), QComboBox()
        for combo, kind, values in (
                (self.category, "complaint_category", ComplaintCategory),
                (self.grade, "complaint_grade", ComplaintGrade),
                (self.channel, "complaint_channel",
                 (ComplaintChannel.PHONE, ComplaintChannel.STORE, ComplaintChannel.WEB))):
            for value in values:
                combo.addItem(code_text(value, kind), str(value))
        self.words = QPlainTextEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.category, self.grade, self.channel,
                                               self.vehicle, self.work_order, self.sale,
                                               self.words)):
            form.addRow(label, widget)
        self.subject_labels = dict(zip(("vehicle", "work_order", "quote"), self.labels[3:6]))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._runner.submit(lambda: complaints.complaint_subjects(db, customer_id),
                            self._fill_subjects, self._failed)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("登记投诉"))
        for label, text in zip(self.labels, (self.tr("类别"), self.tr("等级"), self.tr("渠道"),
                                             self.tr("车辆"), self.tr("工单"),
                                             self.tr("销售（报价/订单）"), self.tr("客户原话"))):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        if self._subjects is not None:
            self._fill_subjects(self._subjects)

    def _fill_subjects(self, subjects: complaints.ComplaintSubjects) -> None:
        self._subjects = subjects
        for combo, rows, text in (
                (self.vehicle, subjects.vehicles, lambda s: f"{s.label}  {s.detail}".strip()),
                (self.work_order, subjects.work_orders, lambda s: " · ".join(
                    p for p in (s.label, local_time(s.at, "%Y-%m-%d") if s.at else "",
                                s.detail, code_text(s.status)) if p)),
                (self.sale, subjects.sales, lambda s: " · ".join(
                    p for p in (s.label, s.detail, code_text(s.status)) if p))):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("（不涉及）"), None)
            for subject in rows:
                combo.addItem(text(subject), subject.id)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self.subjects_loaded.emit()

    def _work_order_chosen(self, _index: int) -> None:
        """A work order names its vehicle: choose that vehicle too."""
        chosen = self.work_order.currentData()
        if chosen is None or self._subjects is None:
            return
        order = next(s for s in self._subjects.work_orders if s.id == chosen)
        self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(order.vehicle_id)))

    def save(self) -> None:
        """Register the complaint in the background; the text stays on an error."""
        db, cid, store = self._db, self._customer_id, self._store_id
        fields = dict(category=self.category.currentData(), grade=self.grade.currentData(),
                      channel=self.channel.currentData(), words=self.words.toPlainText(),
                      vehicle_id=self.vehicle.currentData(),
                      work_order_id=self.work_order.currentData(),
                      quote_id=self.sale.currentData())
        self._runner.submit(lambda: complaints.open_complaint(db, customer_id=cid, store_id=store,
                                                              **fields),
                            self._saved, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))
        for field, label in self.subject_labels.items():
            mark_invalid(label, getattr(exc, "field", None) == field)

    def _saved(self, ident: int) -> None:
        self.registered.emit(ident)
        self.accept()


class CustomerVoicePanel(Retranslatable, QWidget):
    """Every complaint and survey of one customer."""

    loaded = Signal()

    def __init__(self, db: Database, runner: TaskRunner, customer_id: int,
                 store_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._customer_id, self._store_id = db, runner, customer_id, store_id
        self.complaints_label, self.surveys_label = QLabel(), QLabel()
        self.complaints_model = RecordTableModel([
            Column("", lambda r: local_time(r.received_at)),
            Column("", lambda r: code_text(r.category, "complaint_category")),
            Column("", lambda r: code_text(r.grade, "complaint_grade")),
            Column("", lambda r: code_text(r.status, "complaint_status")),
            Column("", lambda r: code_text(r.sla_state, "sla_state")),
            Column("", lambda r: r.owner_name or "—"),
            Column("", lambda r: format_age(r.age)), Column("", concerns_text),
            Column("", lambda r: r.words)], self)
        self.surveys_model = RecordTableModel([
            Column("", lambda r: r.number),
            Column("", lambda r: code_text(r.occasion, "survey_occasion")),
            Column("", lambda r: code_text(r.status, "survey_status")),
            Column("", lambda r: local_time(r.event_at, "%Y-%m-%d")),
            Column("", lambda r: "—" if r.overall is None else str(r.overall)),
            Column("", lambda r: r.staff_name)], self)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.register_complaint)
        self.dialog: ComplaintDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.complaints_label)
        layout.addWidget(make_table(self.complaints_model), 1)
        layout.addWidget(self.new_button)
        layout.addWidget(self.surveys_label)
        layout.addWidget(make_table(self.surveys_model), 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.complaints_label.setText(self.tr("投诉"))
        self.surveys_label.setText(self.tr("满意度回访"))
        self.new_button.setText(self.tr("登记投诉…"))
        self.complaints_model.set_headers([self.tr("受理时间"), self.tr("类别"), self.tr("等级"),
                                           self.tr("进度"), self.tr("时限"), self.tr("负责人"),
                                           self.tr("已历时"), self.tr("涉及"),
                                           self.tr("客户原话")])
        self.surveys_model.set_headers([self.tr("回访单号"), self.tr("场合"), self.tr("状态"),
                                        self.tr("日期"), self.tr("推荐意愿"), self.tr("顾问")])

    def reload(self) -> None:
        """Load the customer's complaints and surveys in the background."""
        db, cid = self._db, self._customer_id
        self._runner.submit(lambda: (complaints.customer_complaints(db, cid),
                                     surveys.customer_surveys(db, cid)), self._show,
                            lambda exc: self.complaints_label.setText(error_text(exc)))

    def _show(self, loaded) -> None:
        rows, survey_rows = loaded
        self.complaints_model.set_records(rows)
        self.surveys_model.set_records(survey_rows)
        self.loaded.emit()

    def register_complaint(self) -> ComplaintDialog:
        """Open the complaint dialog for this customer."""
        self.dialog = ComplaintDialog(self._db, self._runner, self._customer_id, self._store_id, self)
        self.dialog.registered.connect(lambda _ident: self.reload())
        self.dialog.open()
        return self.dialog
