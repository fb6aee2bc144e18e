"""Setting a customer's level by hand: the level, who sets it and why (kept with it), or
back to the level the nightly RFM run computes. The customer window and the care desk
open it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
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
from app.domain.care_tiers import DEFAULT_LEVELS
from app.services import customer_tier
from app.services.customer_tier import TierStatus
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, acting_name, local_time, mark_invalid
from ui.widgets.code_text import code_text
from ui.widgets.level_text import level_text

#: The combo's value for "no override: the computed level".
AUTOMATIC = ""


def tier_summary(status: TierStatus) -> str:
    """One line on how the level came about: computed by RFM, or set by whom and why."""
    if status.override_tier:
        return (QCoreApplication.translate("TierText", "手动设定：%1 · %2 · 原因：%3")
                .replace("%1", status.override_by or "—")
                .replace("%2", local_time(status.override_at, "%Y-%m-%d") or "—")
                .replace("%3", status.override_reason or "—"))
    if status.computed_on is None:
        return QCoreApplication.translate("TierText", "尚未按 RFM 计算")
    return (QCoreApplication.translate("TierText", "按 RFM 计算（%1 · 近一年到店 %2 次 · 消费 ¥%3）")
            .replace("%1", code_text(status.segment)).replace("%2", str(status.visits))
            .replace("%3", f"{status.spend:,.2f}"))


class TierOverrideDialog(Retranslatable, QDialog):
    """`saved(TierStatus)` after the level was set or cleared; a refusal is shown in the
    dialog and the typed reason stays."""

    saved = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, status: TierStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self.status = db, runner, status
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.level = QComboBox()
        self.who = QLabel(acting_name())      # the person signed in sets the level
        self.reason = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.level, self.who, self.reason)):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(480, 240)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("调整客户等级"))
        for label, text in zip(self._labels, (self.tr("等级"), self.tr("调整人"),
                                              self.tr("原因"))):
            label.setText(text)
        self.reason.setPlaceholderText(self.tr("必填，如：集团大客户"))
        self.current.setText(self.tr("当前等级：%1（%2）")
                             .replace("%1", level_text(self.status.tier))
                             .replace("%2", tier_summary(self.status)))
        keep = self.level.currentData() if self.level.count() else self.status.override_tier
        self.level.clear()
        self.level.addItem(self.tr("按 RFM 自动（%1）").replace(
            "%1", level_text(self.status.computed_tier)), AUTOMATIC)
        for level in DEFAULT_LEVELS:
            self.level.addItem(level_text(level.code), level.code)
        self.level.setCurrentIndex(max(0, self.level.findData(keep or AUTOMATIC)))
        if not self.reason.text() and self.status.override_reason:
            self.reason.setText(self.status.override_reason)

    def save(self) -> None:
        """Set (or clear) the override through the service."""
        tier = self.level.currentData() or None
        reason = self.reason.text()
        db, ident = self._db, self.status.customer_id
        self.error.clear()
        mark_invalid(self.reason, False)
        self._runner.submit(
            lambda: customer_tier.set_tier_override(db, ident, tier, reason=reason),
            self._saved, self._failed, owner=self)

    def _saved(self, status: TierStatus) -> None:
        self.status = status
        self.saved.emit(status)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))
        if getattr(exc, "field", None) == "reason":
            mark_invalid(self.reason, True)
            self.reason.setFocus()
