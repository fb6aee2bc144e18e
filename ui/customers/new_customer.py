"""新建客户: name, salutation and mobile, then the new customer's window opens (the rest is
filled in there)."""

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

from app.db import Database
from app.services import customers
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, mark_invalid


class NewCustomerDialog(Retranslatable, QDialog):
    """`created(customer_id)` once the customer is stored; a refusal keeps what was typed."""

    created = Signal(int)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.name = QLineEdit()
        self.salutation = QComboBox()
        self.mobile = QLineEdit()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self._labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self._labels, (self.name, self.salutation, self.mobile)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields = {"name": self.name, "salutation": self.salutation, "mobile": self.mobile}
        self.setMinimumWidth(360)
        self.setTabOrder(self.name, self.salutation)
        self.setTabOrder(self.salutation, self.mobile)
        self.setTabOrder(self.mobile, self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("新建客户"))
        for label, text in zip(self._labels, (self.tr("姓名(&N)"), self.tr("称呼(&S)"),
                                              self.tr("手机号(&M)"))):
            label.setText(text)
        current = self.salutation.currentIndex()
        self.salutation.clear()
        for data, text in (("先生", self.tr("先生")), ("女士", self.tr("女士")), ("", self.tr("（无）"))):
            self.salutation.addItem(text, data)
        self.salutation.setCurrentIndex(max(current, 0))

    def save(self) -> None:
        """Store the customer off the UI thread; a refusal shows by its field."""
        db = self._db
        name, salutation = self.name.text().strip(), self.salutation.currentData()
        mobile = self.mobile.text().strip() or None
        self.buttons.setEnabled(False)
        self._runner.submit(lambda: customers.create_customer(
            db, name=name, salutation=salutation, mobile=mobile),
            self._created, self._refused, owner=self)

    def _created(self, record) -> None:
        self.buttons.setEnabled(True)
        self.created.emit(record.id)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        field = getattr(exc, "field", None)
        for key, widget in self.fields.items():
            mark_invalid(widget, key == field)
        if field in self.fields:
            self.fields[field].setFocus()
