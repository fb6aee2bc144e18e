"""The store's care settings: every rule's timing, windows and retries, service intervals by
model, the levels' names and benefits and the RFM thresholds, and the points rules.

The dialog is built from the declarations (`care_rules.EDITABLE_FIELDS` and the rules in the
desk's order, `care_tiers.DEFAULT_LEVELS`, the fields of `RfmThresholds`): a number a rule
does not use (its shipped value is 0) cannot be edited. Saving sends only what changed, in
one service call (`care_settings.save_settings`); the next care run uses it.
"""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.care_rules import EDITABLE_FIELDS, CareKind, default_rules
from app.domain.care_tiers import SEGMENT_LEVEL, RfmThresholds
from app.services import care_settings
from app.services.care_settings import CareSettings
from ui.care.points_rules_form import PointsRulesForm
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, acting_name
from ui.widgets.care_text import kind_text
from ui.widgets.code_text import code_text
from ui.widgets.level_text import set_store_levels

_CONTEXT = "CareSettingsDialog"
#: The screen name of each editable rule field (a field without one fails loudly).
RULE_FIELDS = {
    "enabled": QT_TRANSLATE_NOOP("CareSettingsDialog", "启用"),
    "priority": QT_TRANSLATE_NOOP("CareSettingsDialog", "优先级"),
    "lead_days": QT_TRANSLATE_NOOP("CareSettingsDialog", "提前天数"),
    "window_days": QT_TRANSLATE_NOOP("CareSettingsDialog", "有效天数"),
    "months": QT_TRANSLATE_NOOP("CareSettingsDialog", "月数"),
    "km": QT_TRANSLATE_NOOP("CareSettingsDialog", "公里数"),
    "days": QT_TRANSLATE_NOOP("CareSettingsDialog", "天数"),
    "ev_months": QT_TRANSLATE_NOOP("CareSettingsDialog", "新能源月数"),
    "ev_km": QT_TRANSLATE_NOOP("CareSettingsDialog", "新能源公里数"),
    "min_score": QT_TRANSLATE_NOOP("CareSettingsDialog", "最低评分"),
    "max_attempts": QT_TRANSLATE_NOOP("CareSettingsDialog", "最多联系次数"),
}
#: The rules table's columns: the on/off switch first, then the numbers as declared.
COLUMNS = ("enabled", *(f for f in EDITABLE_FIELDS if f != "enabled"))
#: Fields every rule uses; the others only where the shipped rule gives them a value.
_ALWAYS = {"enabled", "priority", "lead_days", "window_days", "max_attempts"}
_LIMITS = {"priority": (1, 3), "km": (0, 200_000), "ev_km": (0, 200_000), "min_score": (0, 10),
           "max_attempts": (1, 20), "months": (0, 240), "ev_months": (0, 240)}
#: The screen name of each RFM threshold.
THRESHOLD_FIELDS = {
    "period_days": QT_TRANSLATE_NOOP("CareSettingsDialog", "统计周期（天）"),
    "high_recent_days": QT_TRANSLATE_NOOP("CareSettingsDialog", "高价值：最近到店少于（天）"),
    "high_visits": QT_TRANSLATE_NOOP("CareSettingsDialog", "高价值：到店至少（次）"),
    "high_spend": QT_TRANSLATE_NOOP("CareSettingsDialog", "高价值：消费至少（元）"),
    "potential_recent_days": QT_TRANSLATE_NOOP("CareSettingsDialog", "潜力：最近到店少于（天）"),
    "potential_min_visits": QT_TRANSLATE_NOOP("CareSettingsDialog", "潜力：到店至少（次）"),
    "potential_max_visits": QT_TRANSLATE_NOOP("CareSettingsDialog", "潜力：到店至多（次）"),
    "potential_min_spend": QT_TRANSLATE_NOOP("CareSettingsDialog", "潜力：消费至少（元）"),
    "potential_max_spend": QT_TRANSLATE_NOOP("CareSettingsDialog", "潜力：消费低于（元）"),
    "sleeping_days": QT_TRANSLATE_NOOP("CareSettingsDialog", "沉睡：未到店至少（天）"),
    "churn_days": QT_TRANSLATE_NOOP("CareSettingsDialog", "流失预警：未到店至少（天）"),
}
LEVEL_FIELDS = ("zh", "en", "benefits_zh", "benefits_en")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)     # (no NoButtons: with the desk's style sheet it hides the value)
    return box


class CareSettingsDialog(Retranslatable, QDialog):
    """Edits the store's care settings; `saved(CareSettings)` after a successful save."""

    saved = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, store_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._store = db, runner, store_id
        self.settings: CareSettings | None = None
        self.rule_cells: dict[tuple[str, str], QWidget] = {}
        self.threshold_cells: dict[str, QSpinBox] = {}
        self.tabs = QTabWidget()
        self.rules_table = QTableWidget(0, len(COLUMNS))
        self.intervals = QTableWidget(0, 3)
        self.intervals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_interval, self.remove_interval = QPushButton(), QPushButton()
        self.add_interval.clicked.connect(lambda: self._add_interval("", 6, 10_000))
        self.remove_interval.clicked.connect(
            lambda: self.intervals.removeRow(self.intervals.currentRow()))
        self.levels_table = QTableWidget(0, len(LEVEL_FIELDS) + 1)
        self.thresholds = QFormLayout()
        self._threshold_labels: dict[str, QLabel] = {}
        self.who = QLabel(acting_name())      # the person signed in changes the settings
        self.who_label = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._layout()
        self.retranslate()
        self.resize(1280, 680)
        self._runner.submit(lambda: care_settings.store_settings(db, store_id),
                            self._loaded, self._failed, owner=self)

    def _layout(self) -> None:
        self.tabs.addTab(self.rules_table, "")
        intervals_tab = QWidget()
        box = QVBoxLayout(intervals_tab)
        self.intervals_hint = QLabel()
        self.intervals_hint.setWordWrap(True)
        box.addWidget(self.intervals_hint)
        box.addWidget(self.intervals, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_interval)
        row.addWidget(self.remove_interval)
        row.addStretch(1)
        box.addLayout(row)
        self.tabs.addTab(intervals_tab, "")
        levels_tab = QWidget()
        box = QVBoxLayout(levels_tab)
        box.addWidget(self.levels_table, 1)
        self.thresholds_title = QLabel()
        self.thresholds_title.setStyleSheet("font-weight: bold;")
        box.addWidget(self.thresholds_title)
        box.addLayout(self.thresholds)
        self.tabs.addTab(levels_tab, "")
        self.points_form = PointsRulesForm()
        self.tabs.addTab(self.points_form, "")
        bottom = QHBoxLayout()
        bottom.addWidget(self.who_label)
        bottom.addWidget(self.who)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("关怀设置"))
        for index, text in enumerate((self.tr("关怀规则"), self.tr("车型保养间隔"),
                                      self.tr("客户等级"), self.tr("积分规则"))):
            self.tabs.setTabText(index, text)
        self.rules_table.setHorizontalHeaderLabels([_t(RULE_FIELDS[f]) for f in COLUMNS])
        self.rules_table.setVerticalHeaderLabels(
            [kind_text(kind) for kind in (r.kind for r in self._rules())])
        self.intervals.setHorizontalHeaderLabels([self.tr("车型"), self.tr("间隔月数"),
                                                  self.tr("间隔公里数")])
        self.intervals_hint.setText(self.tr(
            "定保默认每 %1 个月或 %2 公里（新能源 %3 个月或 %4 公里），先到为准；"
            "下列车型按各自间隔。")
            .replace("%1", str(self._periodic_default().months))
            .replace("%2", str(self._periodic_default().km))
            .replace("%3", str(self._periodic_default().ev_months))
            .replace("%4", str(self._periodic_default().ev_km)))
        self.add_interval.setText(self.tr("添加车型"))
        self.remove_interval.setText(self.tr("删除所选"))
        self.levels_table.setHorizontalHeaderLabels(
            [self.tr("中文名称"), self.tr("英文名称"), self.tr("权益（中文）"),
             self.tr("权益（英文）"), self.tr("对应 RFM 分群")])
        self.levels_table.setVerticalHeaderLabels([code_text(code) for code in self._level_codes()])
        self.thresholds_title.setText(self.tr("RFM 分群阈值"))
        for name, label in self._threshold_labels.items():
            label.setText(_t(THRESHOLD_FIELDS[name]))
        self.who_label.setText(self.tr("修改人"))

    def _rules(self):
        return self.settings.rules if self.settings else ()

    def _level_codes(self) -> list[str]:
        return [level.code for level in self.settings.levels] if self.settings else []

    def _periodic_default(self):
        return next((r for r in self._rules() if r.kind == CareKind.PERIODIC_SERVICE),
                    default_rules()[CareKind.PERIODIC_SERVICE])

    # --- filling -------------------------------------------------------------------------
    def _loaded(self, loaded) -> None:
        self.settings = loaded
        self._fill_rules()
        self._fill_intervals()
        self._fill_levels()
        self._fill_thresholds()
        self.points_form.fill(loaded.points)
        self.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _fill_rules(self) -> None:
        shipped = default_rules()
        self.rules_table.setRowCount(len(self.settings.rules))
        for row, rule in enumerate(self.settings.rules):
            for column, name in enumerate(COLUMNS):
                value = getattr(rule, name)
                if name == "enabled":
                    cell = QCheckBox()
                    cell.setChecked(bool(value))
                else:
                    cell = _spin(*_LIMITS.get(name, (0, 3650)), value)
                    cell.setEnabled(name in _ALWAYS or bool(getattr(shipped[rule.kind], name)))
                self.rule_cells[rule.kind.value, name] = cell
                self.rules_table.setCellWidget(row, column, cell)
        self.rules_table.resizeColumnsToContents()

    def _fill_intervals(self) -> None:
        self.intervals.setRowCount(0)
        for model, months, km in self._periodic_default().model_intervals:
            self._add_interval(model, months, km)

    def _add_interval(self, model: str, months: int, km: int) -> None:
        row = self.intervals.rowCount()
        self.intervals.insertRow(row)
        self.intervals.setItem(row, 0, QTableWidgetItem(model))
        self.intervals.setCellWidget(row, 1, _spin(0, 240, months))
        self.intervals.setCellWidget(row, 2, _spin(0, 200_000, km))
        if not model:
            self.intervals.setCurrentCell(row, 0)
            self.intervals.editItem(self.intervals.item(row, 0))

    def _fill_levels(self) -> None:
        segments = {}
        for segment, code in SEGMENT_LEVEL.items():
            segments.setdefault(code, []).append(code_text(segment))
        self.levels_table.setRowCount(len(self.settings.levels))
        for row, level in enumerate(self.settings.levels):
            for column, name in enumerate(LEVEL_FIELDS):
                self.levels_table.setItem(row, column, QTableWidgetItem(getattr(level, name)))
            fixed = QTableWidgetItem("、".join(segments.get(level.code, [])))
            fixed.setFlags(fixed.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.levels_table.setItem(row, len(LEVEL_FIELDS), fixed)
        self.levels_table.resizeColumnsToContents()

    def _fill_thresholds(self) -> None:
        for field in fields(RfmThresholds):
            value = getattr(self.settings.thresholds, field.name)
            box = _spin(0, 100_000_000 if isinstance(value, Decimal) else 3650, int(value))
            if isinstance(value, Decimal):
                box.setSuffix(" ¥")
                box.setGroupSeparatorShown(True)
            label = QLabel()
            self._threshold_labels[field.name] = label
            self.threshold_cells[field.name] = box
            self.thresholds.addRow(label, box)

    # --- saving --------------------------------------------------------------------------
    def changes(self) -> dict:
        """What differs from the stored settings: {"rules", "levels", "thresholds",
        "points_rules"}."""
        rules: dict[str, dict] = {}
        for rule in self.settings.rules:
            for name in EDITABLE_FIELDS:
                cell = self.rule_cells[rule.kind.value, name]
                value = cell.isChecked() if name == "enabled" else cell.value()
                if value != getattr(rule, name):
                    rules.setdefault(rule.kind.value, {})[name] = value
        intervals = self._intervals()
        if tuple(intervals) != tuple(tuple(i) for i in self._periodic_default().model_intervals):
            rules.setdefault(CareKind.PERIODIC_SERVICE.value, {})["model_intervals"] = [
                list(i) for i in intervals]
        levels: dict[str, dict] = {}
        for row, level in enumerate(self.settings.levels):
            for column, name in enumerate(LEVEL_FIELDS):
                text = self.levels_table.item(row, column).text().strip()
                if text != getattr(level, name):
                    levels.setdefault(level.code, {})[name] = text
        thresholds = {}
        for name, box in self.threshold_cells.items():
            old = getattr(self.settings.thresholds, name)
            new = Decimal(box.value()) if isinstance(old, Decimal) else box.value()
            if new != old:
                thresholds[name] = str(new) if isinstance(new, Decimal) else new
        return {"rules": rules, "levels": levels, "thresholds": thresholds,
                "points_rules": self.points_form.changes()}

    def _intervals(self) -> list[tuple[str, int, int]]:
        rows = []
        for row in range(self.intervals.rowCount()):
            item = self.intervals.item(row, 0)
            rows.append(((item.text() if item else "").strip(),
                         self.intervals.cellWidget(row, 1).value(),
                         self.intervals.cellWidget(row, 2).value()))
        return rows

    def save(self) -> None:
        """Save what changed through one service call; close when it is stored."""
        if self.settings is None:
            return
        changes = self.changes()
        db, store = self._db, self._store
        self.error.clear()
        self._runner.submit(lambda: care_settings.save_settings(db, store, **changes),
                            self._saved, self._failed, owner=self)

    def _saved(self, settings: CareSettings) -> None:
        self.settings = settings
        set_store_levels({level.code: level for level in settings.levels})
        self.saved.emit(settings)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))
