"""The complaints desk for customer care and the manager.

Open complaints by SLA state (on time, due within 15 minutes, overdue) with their clocks
running, filters, the selected complaint's history, and its next steps as buttons. Every
refresh is also the SLA tick: overdue complaints escalate to the manager by themselves.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.complaint_sla import ComplaintCategory, ComplaintGrade, SlaState, format_age
from app.domain.plates import format_plate
from app.services import complaints
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import LiveLabel, Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.record_table_model import Column, RecordTableModel
from ui.widgets.voice_panel import concerns_text
from ui.widgets.voice_text import STATE_COLOURS

#: The running clock ticks (and overdue complaints escalate) this often.
TICK_MS = 30_000


_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class _ClockModel(RecordTableModel):
    """Complaint rows, the SLA column coloured by state. A cell's text is made once per
    load (the view asks each cell for it several times when it sizes and paints), and roles
    this model never answers are refused before any work."""

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self._texts: dict[tuple[int, int], str] = {}

    def set_records(self, records) -> None:
        """As the base model; forget the texts made for the rows before."""
        self._texts.clear()
        super().set_records(records)

    def set_headers(self, headers) -> None:
        """As the base model; the cells' texts are made again in the new language."""
        self._texts.clear()
        super().set_headers(headers)

    def data(self, index, role=0):
        """The cell's text, the state's colour on the first two columns, or the record."""
        if role in _TEXT_ROLES:
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = super().data(index, Qt.ItemDataRole.DisplayRole)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() < 2:
            return QColor(STATE_COLOURS[self.record(index.row()).sla_state])
        if role == Qt.ItemDataRole.UserRole:
            return super().data(index, role)
        return None


class ComplaintsPage(Retranslatable, QWidget):
    """Open complaints by SLA state, filters, history and step buttons."""

    refreshed = Signal()
    page_loaded = Signal(object)   # the ComplaintsPage result
    step_taken = Signal(object)   # the ComplaintRow after the step

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore | None = None,
                 parent: QWidget | None = None, *, clock=None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._selected_id: int | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.counts = LiveLabel()
        self.state_filter, self.category_filter, self.grade_filter = QComboBox(), QComboBox(), QComboBox()
        self.mine_only, self.show_closed = QCheckBox(), QCheckBox()
        self.refresh_button = QPushButton()
        self.status = QLabel()
        self.model = _ClockModel([
            Column("", lambda r: code_text(r.sla_state, "sla_state")),
            Column("", self._due_text),
            Column("", lambda r: r.customer_name), Column("", lambda r: format_plate(r.plate)),
            Column("", lambda r: code_text(r.category, "complaint_category")),
            Column("", lambda r: code_text(r.grade, "complaint_grade")),
            Column("", lambda r: code_text(r.status, "complaint_status")), Column("", lambda r: r.owner_name or "—"),
            Column("", lambda r: format_age(r.age)),
            Column("", lambda r: "↑" * r.escalation_level),
            Column("", lambda r: r.words)], self)
        self.table = make_table(self.model)     # columns follow the language's headers
        # Columns fit the rows on screen, not every open complaint: measuring hundreds of
        # rows on each refresh cost the page 300–600 ms (bench.voice).
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._select(current.row()))
        self.detail_box = QGroupBox()
        self.detail_words = QLabel()
        self.detail_words.setWordWrap(True)
        self.detail_facts = QLabel()
        self.history = QListWidget()
        self.note = QLineEdit()
        self.step_buttons: dict[str, QPushButton] = {}
        buttons = QGridLayout()
        for index, step in enumerate( ("contacted", "proposed", "accepted", "closed", "escalated",
                                  "reopened")):
            button = QPushButton()
            button.setObjectName(f"step_{step}")
            button.clicked.connect(lambda _checked=False, s=step: self.take_step(s))
            button.setEnabled(False)
            self.step_buttons[step] = button
            buttons.addWidget(button, index // 3, index % 3)
        detail = QVBoxLayout(self.detail_box)
        detail.addWidget(self.detail_facts)
        detail.addWidget(self.detail_words)
        detail.addWidget(self.history, 1)
        detail.addWidget(self.note)
        detail.addLayout(buttons)
        for combo in (self.state_filter, self.category_filter, self.grade_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.mine_only, self.show_closed):
            box.toggled.connect(lambda _on: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        self.acting_label = QLabel()
        for widget in (self.acting_label, self.state_filter, self.category_filter,
                       self.grade_filter, self.mine_only, self.show_closed):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.detail_box.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("客户投诉"))
        self._show_actor()
        self.mine_only.setText(self.tr("只看我负责的"))
        self.show_closed.setText(self.tr("含已结案"))
        self.refresh_button.setText(self.tr("刷新"))
        self.note.setPlaceholderText(self.tr("备注（可选）：联系结果、方案内容…"))
        for step, button in self.step_buttons.items():
            button.setText(code_text(step, "complaint_action"))
        self._fill(self.state_filter, self.tr("全部时限状态"),
                   [SlaState.OVERDUE, SlaState.DUE_SOON, SlaState.ON_TIME], "sla_state")
        self._fill(self.category_filter, self.tr("全部类别"), list(ComplaintCategory), "complaint_category")
        self._fill(self.grade_filter, self.tr("全部等级"), list(ComplaintGrade), "complaint_grade")
        self.model.set_headers([self.tr("时限"), self.tr("到期"), self.tr("客户"), self.tr("车牌"),
                                self.tr("类别"), self.tr("等级"), self.tr("进度"), self.tr("负责人"),
                                self.tr("已历时"), self.tr("升级"), self.tr("客户原话")])
        self.detail_box.setTitle(self.tr("投诉详情"))
        if self._selected_id is not None:       # its channel and steps in the new language
            self._select(self.table.currentIndex().row())

    @staticmethod
    def _fill(combo: QComboBox, everything: str, values, kind: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(code_text(value, kind), str(value))
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _due_text(self, row) -> str:
        if row.clock.due_at is None:
            return "—"
        due = local_time(row.clock.due_at, "%m-%d %H:%M")
        if row.clock.remaining.total_seconds() < 0:
            text = self.tr("%1 前%2（已超 %3）").replace("%3", format_age(-row.clock.remaining))
        else:
            text = self.tr("%1 前%2（余 %3）").replace("%3", format_age(row.clock.remaining))
        return text.replace("%1", due).replace("%2", code_text(row.clock.step, "complaint_step"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Show who acts now (the desk may have switched user)."""
        super().showEvent(event)
        self._show_actor()

    def _show_actor(self) -> None:
        actor = acting.current()     # who takes the steps: the person signed in
        self.acting_label.setText(self.tr("当前人员：%1").replace("%1", actor.name)
                                  if actor is not None else "")

    def acting_id(self) -> int | None:
        """The member of staff taking the steps: the person signed in at this desk."""
        actor = acting.current()
        return actor.staff_id if actor is not None else None

    def refresh(self) -> None:
        """Reload the complaints in the background (escalating overdue ones)."""
        db, store_id, now = self._db, self._store_id, self._clock()
        filters = dict(state=self.state_filter.currentData(),
                       category=self.category_filter.currentData(),
                       grade=self.grade_filter.currentData(),
                       owner_id=self.acting_id() if self.mine_only.isChecked() else None,
                       include_closed=self.show_closed.isChecked())
        self._runner.submit(lambda: complaints.complaints_page(db, store_id=store_id, now=now,
                                                               **filters),
                            self._show, self._failed)

    def _show(self, page) -> None:
        self.model.set_records(page.rows)
        counts = page.counts
        self.counts.show_text(lambda: self.tr("超时 %1 · 15 分钟内到期 %2 · 按时 %3")
                              .replace("%1", str(counts.get("overdue", 0)))
                              .replace("%2", str(counts.get("due_soon", 0)))
                              .replace("%3", str(counts.get("on_time", 0))))
        style = "font-weight: bold; color: #c0392b;" if counts.get("overdue") else "font-weight: bold;"
        self.counts.setStyleSheet(style)
        self.status.setText(self.tr("本次自动升级 %1 件").replace("%1", str(page.escalated_now))
                            if page.escalated_now else "")
        rows = [r.id for r in page.rows]
        if self._selected_id in rows:
            self.table.selectRow(rows.index(self._selected_id))
        elif rows:
            self.table.selectRow(0)
        else:
            self._select(-1)
        self.page_loaded.emit(page)
        self.refreshed.emit()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))
        self.refreshed.emit()

    def _select(self, row: int) -> None:
        record = self.model.record(row) if 0 <= row < self.model.rowCount() else None
        self._selected_id = record.id if record else None
        allowed = set(record.next_steps) if record else set()
        for step, button in self.step_buttons.items():
            button.setEnabled(step in allowed)
        if record is None:
            self.detail_facts.setText("")
            self.detail_words.setText("")
            self.history.clear()
            return
        self.detail_facts.setText(
            f"{record.customer_name} {record.mobile_masked} · "
            f"{code_text(record.channel, 'complaint_channel')} · {concerns_text(record)}")
        self.detail_words.setText(f"“{record.words}”")
        db, ident, now = self._db, record.id, self._clock()
        self._runner.submit(lambda: complaints.complaint_detail(db, ident, now=now),
                            self._show_history, self._failed)

    def _show_history(self, detail) -> None:
        if detail.row.id != self._selected_id:
            return
        self.history.clear()
        for step in detail.steps:
            who = step.by_name or self.tr("系统")
            note = f" — {step.note}" if step.note and step.note != "auto" else ""
            self.history.addItem(f"{local_time(step.at)}  {code_text(step.step, 'complaint_step')}  {who}{note}")

    def selected(self):
        """The selected complaint row, or None."""
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def take_step(self, step: str) -> None:
        """Take `step` on the selected complaint as the acting member of staff."""
        record = self.selected()
        if record is None:
            return
        by_id = self.acting_id()
        if by_id is None:
            self.status.setText(self.tr("请先选择当前人员。"))
            return
        db, note, now = self._db, self.note.text(), self._clock()
        self._runner.submit(
            lambda: complaints.take_step(db, record.id, step, by_id=by_id, note=note,
                                         expected_version=record.version, now=now),
            self._stepped, self._failed)

    def _stepped(self, row) -> None:
        self.note.clear()
        self._selected_id = row.id
        self.step_taken.emit(row)
        self.refresh()
