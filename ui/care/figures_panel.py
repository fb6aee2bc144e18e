"""The care desk's figures: invitation success (booked ÷ invited) and reminder → booking
conversion for a week or a month, in all, per kind and per staff member, computed by
`care_figures.period_report` from the recorded outcomes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import care_figures
from app.services.care_figures import CareReport, Rate
from app.services.common import store_today
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, make_table
from ui.widgets.care_text import kind_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.record_table_model import Column, RecordTableModel


def percent(value) -> str:
    """A rate as a percentage with one decimal ("—" when there is nothing to divide)."""
    return "—" if value is None else f"{value * 100:.1f}%"


def _columns(name) -> list[Column]:
    return [Column("", name), Column("", lambda r: str(r.invited), True),
            Column("", lambda r: str(r.booked), True),
            Column("", lambda r: percent(r.invitation_rate), True),
            Column("", lambda r: str(r.reminders_due), True),
            Column("", lambda r: str(r.reminders_booked), True),
            Column("", lambda r: percent(r.conversion), True)]


class CareFiguresPanel(Retranslatable, QWidget):
    """`loaded(CareReport)` after each report arrives."""

    loaded = Signal(object)

    @property
    def _store(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore,
                 parent: QWidget | None = None, *, now=None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._now = db, runner, now
        self._desk_store = DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.day: date = store_today(now)
        self.report: CareReport | None = None
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.previous, self.next, self.refresh_button = QPushButton(), QPushButton(), QPushButton()
        self.previous.clicked.connect(lambda: self.move(-1))
        self.next.clicked.connect(lambda: self.move(1))
        self.refresh_button.clicked.connect(self.refresh)
        self.label, self.total, self.error = QLabel(), QLabel(), QLabel()
        self.label.setStyleSheet("font-weight: bold;")
        self.total.setStyleSheet("font-size: 15px;")
        self.error.setStyleSheet("color: #c0392b;")
        self.by_kind = RecordTableModel(_columns(lambda r: kind_text(r.key)))
        self.by_staff = RecordTableModel(_columns(lambda r: r.key))
        self.by_week = RecordTableModel(_columns(lambda r: r.key))
        self.kind_title, self.staff_title, self.week_title = QLabel(), QLabel(), QLabel()
        top = QHBoxLayout()
        for widget in (self.period, self.previous, self.label, self.next, self.refresh_button):
            top.addWidget(widget)
        top.addStretch(1)
        boxes = []
        for title, model in ((self.kind_title, self.by_kind), (self.staff_title, self.by_staff),
                             (self.week_title, self.by_week)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            table = make_table(model)
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setDefaultSectionSize(80)
            header.resizeSection(0, 180)
            column.addWidget(table, 1)
            boxes.append(box)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(boxes[1])
        right.addWidget(boxes[2])
        splitter = QSplitter()
        splitter.addWidget(boxes[0])
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        keep = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("按周"), "week")
        self.period.addItem(self.tr("按月"), "month")
        self.period.setCurrentIndex(max(0, self.period.findData(keep or "month")))
        self.period.blockSignals(False)
        self.previous.setText(self.tr("◀ 上一期"))
        self.next.setText(self.tr("下一期 ▶"))
        self.refresh_button.setText(self.tr("刷新"))
        self.kind_title.setText(self.tr("按类型"))
        self.staff_title.setText(self.tr("按员工"))
        self.week_title.setText(self.tr("按周"))
        headers = [self.tr("已邀约"), self.tr("已预约"), self.tr("邀约成功率"),
                   self.tr("提醒到期"), self.tr("提醒后预约"), self.tr("提醒转化率")]
        self.by_kind.set_headers([self.tr("类型"), *headers])
        self.by_staff.set_headers([self.tr("员工"), *headers])
        self.by_week.set_headers([self.tr("周"), *headers])
        self._show_total()

    def move(self, step: int) -> None:
        """Show the previous (-1) or next (+1) week or month."""
        if self.period.currentData() == "week":
            self.day += timedelta(days=7 * step)
        else:
            first = self.day.replace(day=1)
            self.day = (first - timedelta(days=1)).replace(day=1) if step < 0 \
                else (first + timedelta(days=32)).replace(day=1)
        self.refresh()

    def refresh(self) -> None:
        """Compute the figures of the shown period off the UI thread."""
        db, store, period, day = self._db, self._store, self.period.currentData(), self.day
        self._runner.submit(lambda: care_figures.period_report(db, store, period, day),
                            self._show, self._failed, owner=self)

    def _show(self, report: CareReport) -> None:
        self.report = report
        self.error.clear()
        self.label.setText(report.month)
        self.by_kind.set_records(report.by_kind)
        self.by_staff.set_records(report.by_staff)
        self.by_week.set_records(report.by_week)
        self._show_total()
        self.loaded.emit(report)

    def _show_total(self) -> None:
        total: Rate | None = self.report.total if self.report else None
        if total is None:
            self.total.clear()
            return
        self.total.setText(
            self.tr("邀约成功率 %1（已预约 %2 ÷ 已邀约 %3） · 提醒→预约转化率 %4（%5 ÷ %6）")
            .replace("%1", percent(total.invitation_rate)).replace("%2", str(total.booked))
            .replace("%3", str(total.invited)).replace("%4", percent(total.conversion))
            .replace("%5", str(total.reminders_booked)).replace("%6", str(total.reminders_due)))

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))
