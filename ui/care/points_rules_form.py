"""The points rules tab of the care settings (积分规则): points per yuan paid, each level's
multiplier, what a point is worth at the cashier, and the points a referral and an answered
survey earn."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.domain.care_tiers import DEFAULT_LEVELS
from app.domain.points import PointsRules
from ui.widgets.basics import Retranslatable
from ui.widgets.level_text import level_text


class PointsRulesForm(Retranslatable, QWidget):
    """Edits a store's `PointsRules`; `changes()` gives what differs from the stored ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = PointsRules()
        self.per_yuan, self.yuan_per_point = QLineEdit(), QLineEdit()
        self.referral, self.survey = QSpinBox(), QSpinBox()
        for box in (self.referral, self.survey):
            box.setRange(0, 1_000_000)
        self.multipliers = {level.code: QLineEdit() for level in DEFAULT_LEVELS}
        form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(4 + len(self.multipliers))]
        fields = (self.per_yuan, *self.multipliers.values(), self.yuan_per_point,
                  self.referral, self.survey)
        for label, field in zip(self.labels, fields, strict=True):
            form.addRow(label, field)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        names = [self.tr("每消费 1 元得积分"),
                 *(self.tr("%1 倍数").replace("%1", level_text(code))
                   for code in self.multipliers),
                 self.tr("1 积分抵扣（元）"), self.tr("转介绍奖励积分"), self.tr("完成回访奖励积分")]
        for label, text in zip(self.labels, names, strict=True):
            label.setText(text)

    def fill(self, rules: PointsRules) -> None:
        """Show the store's rules."""
        self.rules = rules
        self.per_yuan.setText(str(rules.per_yuan))
        self.yuan_per_point.setText(str(rules.yuan_per_point))
        self.referral.setValue(rules.referral)
        self.survey.setValue(rules.survey)
        for code, line in self.multipliers.items():
            line.setText(str(rules.tier_multipliers.get(code, Decimal("1"))))

    def changes(self) -> dict:
        """What differs from the shown rules (a value that is not a number is sent as typed,
        for the service to refuse with its message)."""
        found: dict[str, object] = {}
        for name, line in (("per_yuan", self.per_yuan), ("yuan_per_point", self.yuan_per_point)):
            if _differs(line.text(), getattr(self.rules, name)):
                found[name] = line.text().strip()
        for name, box in (("referral", self.referral), ("survey", self.survey)):
            if box.value() != getattr(self.rules, name):
                found[name] = box.value()
        multipliers = {code: line.text().strip() for code, line in self.multipliers.items()
                       if _differs(line.text(), self.rules.tier_multipliers.get(code))}
        if multipliers:
            found["tier_multipliers"] = multipliers
        return found


def _differs(text: str, stored: Decimal | None) -> bool:
    try:
        return stored is None or Decimal(text.strip()) != stored
    except InvalidOperation:
        return True
