"""The vehicle's repair history (电子维修档案) as a tree the customer window can embed:
work orders, newest first, with their lines, mileage and inspection findings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.db import Database
from app.domain.money import format_cny
from app.domain.plates import format_plate
from app.services import repair_history
from app.services.repair_history import RepairHistory
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time
from ui.widgets.code_text import checklist_text, code_text

FINDING_COLOURS = {"attention": "#b9770e", "urgent": "#c0392b"}


class RepairHistoryWidget(Retranslatable, QWidget):
    """One vehicle's work orders; `loaded` after (re)loading, `failed(str)` on error."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, vehicle_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner, self.vehicle_id = db, runner, vehicle_id
        self.history: RepairHistory | None = None
        self.heading = QLabel()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setColumnWidth(0, 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.tree.setHeaderLabels([self.tr("工单 / 项目"), self.tr("状态 / 确认"),
                                   self.tr("里程 / 数量"), self.tr("金额")])
        if self.history is not None:
            self._show(self.history)


    def reload(self) -> None:
        """Fetch the history off the UI thread."""
        db, ident = self._db, self.vehicle_id
        self._runner.submit(lambda: repair_history.vehicle_history(db, ident), self._show,
                            self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        self.heading.setText(text)
        self.failed.emit(text)

    def _show(self, history: RepairHistory) -> None:
        self.history = history
        self.tree.clear()
        self.heading.setText(self.tr("%1 %2：共 %3 次维修保养记录")
                             .replace("%1", format_plate(history.plate)).replace("%2", history.vehicle_text)
                             .replace("%3", str(len(history.entries))))
        for entry in history.entries:
            km = f"{entry.mileage_km:,} km" if entry.mileage_km is not None else ""
            top = QTreeWidgetItem([f"{local_time(entry.opened_at, '%Y-%m-%d')}  {entry.number}",
                                   code_text(entry.status), km, format_cny(entry.total)])
            top.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(top)
            if entry.accident_number:
                top.addChild(QTreeWidgetItem([
                    self.tr("事故案件 %1 · %2 · 报案号 %3").replace("%1", entry.accident_number)
                    .replace("%2", entry.insurer_name or "—")
                    .replace("%3", entry.claim_number or "—"), code_text("accident"), "", ""]))
            for line in entry.lines:
                qty = f"{line.hours.normalize():f} h" if line.hours is not None \
                    else f"{line.qty.normalize():f}"
                child = QTreeWidgetItem([f"{code_text(line.kind)} · {line.description}",
                                         code_text(line.approval), qty, format_cny(line.amount)])
                child.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
                top.addChild(child)
            for finding in entry.findings:
                child = QTreeWidgetItem([f"{self.tr('检查')} · {checklist_text(finding.item)}"
                                         f"  {finding.note}", code_text(finding.result), "", ""])
                child.setForeground(1, QColor(FINDING_COLOURS.get(finding.result, "#333")))
                top.addChild(child)
        if self.tree.topLevelItemCount():
            self.tree.topLevelItem(0).setExpanded(True)
        self.loaded.emit()
