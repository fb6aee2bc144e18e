"""新建线索: a prospect's name and mobile, the source, the model of interest, budget, timing
and consultant. A refusal names the field and keeps everything typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.leads import Timing
from app.errors import UserError
from app.services import leads
from app.services import sales_catalogue as catalogue
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, mark_invalid
from ui.widgets.code_text import code_text

#: The sources a lead registered at the desk may have (the gate's come from reception).
SOURCES = ("walk_in", "phone", "referral", "online", "gate", "event")


class LeadFormDialog(Retranslatable, QDialog):
    """`created(LeadCard)` once the lead is stored."""

    created = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, store_id: int,
                 consultants: tuple[tuple[int, str], ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._store_id = db, runner, store_id
        self.name, self.mobile, self.budget, self.notes = (QLineEdit(), QLineEdit(),
                                                           QLineEdit(), QLineEdit())
        self.referrer = QLineEdit()
        self.source, self.model, self.timing, self.consultant = (
            QComboBox(), QComboBox(), QComboBox(), QComboBox())
        self.consultant.addItem("", None)
        for ident, name in consultants:
            self.consultant.addItem(name, ident)
        actor = acting.current()
        mine = self.consultant.findData(actor.staff_id if actor else None)
        self.consultant.setCurrentIndex(mine if mine > 0 else 0)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.fields = {"name": self.name, "mobile": self.mobile, "source": self.source,
                       "catalogue_vehicle_id": self.model, "budget": self.budget,
                       "timing": self.timing, "consultant_id": self.consultant,
                       "referrer_mobile": self.referrer, "notes": self.notes}
        self.form = QFormLayout()
        self._labels = {key: QLabel() for key in self.fields}
        for key, field in self.fields.items():
            self._labels[key].setBuddy(field)
            self.form.addRow(self._labels[key], field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        runner.submit(lambda: catalogue.list_vehicles(db), self._fill_models, self._failed,
                      owner=self)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("新建线索"))
        names = {"name": self.tr("客户姓名"), "mobile": self.tr("手机号"),
                 "source": self.tr("线索来源"), "catalogue_vehicle_id": self.tr("意向车型"),
                 "budget": self.tr("预算（元）"), "timing": self.tr("购车时间"),
                 "consultant_id": self.tr("销售顾问"), "referrer_mobile": self.tr("推荐人手机号"),
                 "notes": self.tr("备注")}
        for key, label in self._labels.items():
            label.setText(names[key])
        self.budget.setPlaceholderText(self.tr("例如 180000"))
        self.referrer.setPlaceholderText(self.tr("转介绍时填写老客户的手机号"))
        _refill(self.source, [(code_text(s), s) for s in SOURCES])
        _refill(self.timing, [(self.tr("未确定"), "")]
                + [(code_text(t.value, "purchase_timing"), t.value) for t in Timing])
        self.consultant.setItemText(0, self.tr("暂不分配"))
        if self.model.count():
            self.model.setItemText(0, self.tr("未确定"))

    def _fill_models(self, vehicles) -> None:
        self.model.clear()
        self.model.addItem(self.tr("未确定"), None)
        for v in vehicles:
            self.model.addItem(v.title, v.id)

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

    def form_value(self) -> leads.LeadForm:
        """What is typed, as the service's form."""
        return leads.LeadForm(
            name=self.name.text(), mobile=self.mobile.text(), source=self.source.currentData(),
            consultant_id=self.consultant.currentData(),
            catalogue_vehicle_id=self.model.currentData(), budget=self.budget.text(),
            timing=self.timing.currentData() or "", notes=self.notes.text(),
            referrer_mobile=self.referrer.text())

    def save(self) -> None:
        """Store the lead off the UI thread; on a refusal mark the field, keep the dialog."""
        for field in self.fields.values():
            mark_invalid(field, False)
        form, db, store_id = self.form_value(), self._db, self._store_id
        self.buttons.setEnabled(False)
        self._runner.submit(lambda: leads.register_lead(db, form, store_id=store_id),
                            self._saved, self._refused, owner=self)

    def _saved(self, card) -> None:
        self.buttons.setEnabled(True)
        self.created.emit(card)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        field = self.fields.get(exc.field) if isinstance(exc, UserError) else None
        if field is not None:
            mark_invalid(field, True)
            field.setFocus()


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace a combo's items, keeping the chosen value."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
