"""The chosen lead: who and what, the moves allowed now, lost with a reason, a quote to
attach, and the follow-ups (overdue in red). Each button is one service call; a refusal is
shown on the panel's error line and nothing typed is cleared."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.leads import LostReason
from app.errors import UserError
from app.services import leads, quotes
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets import confirm
from ui.widgets.basics import Retranslatable, local_time, mark_invalid
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.palette import colour


class LeadPanel(Retranslatable, QWidget):
    """`changed(LeadCard)` after a stored change; `failed(str)` with a refusal's text."""

    changed = Signal(object)
    failed = Signal(str)

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self.detail: leads.LeadDetail | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.move_to, self.move_button = QComboBox(), QPushButton()
        self.lost_reason, self.lost_note, self.lost_button = QComboBox(), QLineEdit(), QPushButton()
        self.quote, self.quote_button = QComboBox(), QPushButton()
        self.tasks = QListWidget()
        self.tasks.setMinimumHeight(60)
        self.tasks.setMaximumHeight(110)
        self.task_title, self.task_due = QLineEdit(), QDateTimeEdit()
        self.task_due.setCalendarPopup(True)
        self.task_due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._due_tomorrow()        # not Qt's 2000-01-01 while no lead is chosen
        self.add_task_button, self.done_button = QPushButton(), QPushButton()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.move_button.clicked.connect(self.move)
        self.lost_button.clicked.connect(self.ask_lost)
        self.quote_button.clicked.connect(self.attach_quote)
        self.add_task_button.clicked.connect(self.add_task)
        self.done_button.clicked.connect(self.complete_task)
        self.fields = {"stage": self.move_to, "lost_reason": self.lost_reason,
                       "lost_note": self.lost_note, "quote_id": self.quote,
                       "title": self.task_title, "due_at": self.task_due}
        self._build()
        self.retranslate()
        self.show_lead(None)

    def _build(self) -> None:
        self.actions_box, self.tasks_box = QGroupBox(), QGroupBox()
        grid = QGridLayout(self.actions_box)
        self.move_label, self.lost_label, self.quote_label = QLabel(), QLabel(), QLabel()
        for row, (label, widgets) in enumerate((
                (self.move_label, (self.move_to, self.move_button)),
                (self.lost_label, (self.lost_reason, self.lost_note, self.lost_button)),
                (self.quote_label, (self.quote, self.quote_button)))):
            grid.addWidget(label, row, 0)
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget, 1 if widget is not widgets[-1] else 0)
            grid.addLayout(line, row, 1)
        tasks = QVBoxLayout(self.tasks_box)
        tasks.addWidget(self.tasks)
        tasks.addWidget(self.task_title)
        line = QHBoxLayout()
        for widget in (self.task_due, self.add_task_button, self.done_button):
            line.addWidget(widget)
        line.addStretch(1)
        tasks.addLayout(line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.tasks_box)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.actions_box.setTitle(self.tr("推进商机"))
        self.tasks_box.setTitle(self.tr("跟进任务"))
        self.move_label.setText(self.tr("移至阶段"))
        self.lost_label.setText(self.tr("战败原因"))
        self.quote_label.setText(self.tr("报价单"))
        self.move_button.setText(self.tr("移动"))
        self.move_to.setPlaceholderText(self.tr("无可手动推进的阶段"))
        self.lost_button.setText(self.tr("标记战败"))
        self.quote_button.setText(self.tr("关联报价"))
        self.add_task_button.setText(self.tr("添加跟进"))
        self.done_button.setText(self.tr("标记完成"))
        self.lost_note.setPlaceholderText(self.tr("说明（原因为“其他”时必填）"))
        self.task_title.setPlaceholderText(self.tr("跟进内容，例如 回电确认试驾"))
        current = self.lost_reason.currentData()
        self.lost_reason.clear()
        self.lost_reason.addItem(self.tr("请选择"), "")
        for reason in LostReason:
            self.lost_reason.addItem(code_text(reason.value, "lost_reason"), reason.value)
        self.lost_reason.setCurrentIndex(max(self.lost_reason.findData(current), 0))
        self.show_lead(self.detail)

    # --- showing ---------------------------------------------------------------------------
    def load(self, lead_id: int) -> None:
        """Fetch a lead (0: none) and its customer's quotes off the UI thread."""
        if not lead_id:
            self.show_lead(None)
            return
        db, store_id = self._db, self._store_id

        def fetch():
            detail = leads.get_lead(db, lead_id)
            return detail, quotes.list_quotes(db, store_id=store_id,
                                              customer_id=detail.card.customer_id)

        self._runner.submit(fetch, self._loaded, self._refused, owner=self)

    def _loaded(self, result) -> None:
        detail, quote_list = result
        self.quote.clear()
        for q in quote_list:
            self.quote.addItem(f"{q.number} · {q.vehicle_title} · ¥{q.total:,.2f}", q.id)
        self.quote.setCurrentIndex(max(self.quote.findData(detail.card.quote_id), 0))
        self.show_lead(detail)

    def show_lead(self, detail: leads.LeadDetail | None) -> None:
        """Show a lead (None: the hint to choose a card)."""
        self.detail = detail
        for widget in (self.actions_box, self.tasks_box):
            widget.setEnabled(detail is not None)
        if detail is None:
            self.summary.setText(self.tr("在看板上选择一张卡片，或新建线索。"))
            self.move_to.clear()
            self.tasks.clear()
            return
        card = detail.card
        budget = f"¥{card.budget:,.0f}" if card.budget is not None else "—"
        timing = code_text(card.timing, "purchase_timing") if card.timing else "—"
        self.summary.setText(
            self.tr("<b>%1</b> %2 · 来源：%3 · 阶段：%4<br>意向：%5 · 预算：%6 · 购车时间：%7 · 顾问：%8")
            .replace("%1", card.customer_name).replace("%2", card.mobile_masked)
            .replace("%3", code_text(card.source)).replace("%4", code_text(card.stage, "lead_stage"))
            .replace("%5", card.interest or "—").replace("%6", budget).replace("%7", timing)
            .replace("%8", card.consultant_name or "—"))
        self.move_to.clear()
        for stage in detail.moves:
            self.move_to.addItem(code_text(stage, "lead_stage"), stage)
        # With a placeholder set, Qt leaves the combo on "none" after refilling it.
        self.move_to.setCurrentIndex(0 if detail.moves else -1)
        self.move_button.setEnabled(bool(detail.moves))
        self.tasks.clear()
        for task in detail.tasks:
            self._add_task_item(task)
        self._due_tomorrow()

    def _due_tomorrow(self) -> None:
        """A new follow-up is due this time tomorrow unless changed."""
        self.task_due.setDateTime(QDateTime(datetime.now(UTC) + timedelta(days=1)))

    def _add_task_item(self, task: leads.TaskRecord) -> None:
        state = (self.tr("已完成") if task.done_at else
                 self.tr("已超时") if task.overdue else self.tr("待跟进"))
        item = QListWidgetItem(f"{local_time(task.due_at)}  {task.title}  [{state}]")
        item.setData(256, task.id)
        if task.overdue:
            item.setForeground(QBrush(colour("overdue")))
        self.tasks.addItem(item)

    # --- actions ---------------------------------------------------------------------------
    def move(self) -> None:
        """Move the lead to the chosen stage."""
        stage = self.move_to.currentData()
        if self.detail is not None and stage:
            self.move_lead(self.detail.card.id, stage)

    def move_lead(self, lead_id: int, stage: str) -> None:
        """Ask the services to move `lead_id` to `stage` (the board's drag and keys too)."""
        db = self._db
        self._call(lambda: leads.move_stage(db, lead_id, None, stage))

    def ask_lost(self) -> None:
        """Mark the lead lost, after asking (a reason is checked by the service)."""
        if self.detail is None:
            return
        lead_id, version = self.detail.card.id, self.detail.card.version
        reason, note, db = self.lost_reason.currentData(), self.lost_note.text(), self._db
        if not reason:
            self._refused_here("lost_reason", self.tr("请选择战败原因。"))
            return
        confirm.ask(self, self.tr("确定将此商机标记为战败？"), self.tr("标记战败"),
                    lambda: self._call(lambda: leads.mark_lost(db, lead_id, version, reason, note)))

    def attach_quote(self) -> None:
        """Attach the chosen quote (the lead moves to quoted)."""
        quote_id, db = self.quote.currentData(), self._db
        if self.detail is None:
            return
        if quote_id is None:
            self._refused_here("quote_id", self.tr("该客户还没有报价单，请先在“销售”页制作报价。"))
            return
        lead_id = self.detail.card.id
        self._call(lambda: leads.attach_quote(db, lead_id, quote_id))

    def add_task(self) -> None:
        """Add a follow-up due at the chosen time."""
        if self.detail is None:
            return
        lead_id, title, db = self.detail.card.id, self.task_title.text(), self._db
        due = self.task_due.dateTime().toPython().astimezone(UTC)

        def done(_task) -> None:
            self.task_title.clear()
            self.load(lead_id)
            self.changed.emit(self.detail.card)

        self._runner.submit(lambda: leads.add_task(db, lead_id, title, due), done,
                            self._refused, owner=self)

    def complete_task(self) -> None:
        """Mark the chosen follow-up done."""
        item = self.tasks.currentItem()
        if item is None or self.detail is None:
            return
        task_id, lead_id, db = item.data(256), self.detail.card.id, self._db
        self._runner.submit(lambda: leads.complete_task(db, task_id),
                            lambda _t: (self.load(lead_id), self.changed.emit(self.detail.card)),
                            self._refused, owner=self)

    def _call(self, fn) -> None:
        for field in self.fields.values():
            mark_invalid(field, False)
        self.error.clear()
        self._runner.submit(fn, self._changed, self._refused, owner=self)

    def _changed(self, card) -> None:
        self.lost_note.clear()
        self.load(card.id)
        self.changed.emit(card)

    def _refused_here(self, field: str, text: str) -> None:
        """A refusal found before calling a service: the same line and mark."""
        self.error.setText(text)
        mark_invalid(self.fields[field], True)
        self.failed.emit(text)

    def _refused(self, exc: Exception) -> None:
        text = error_text(exc)
        self.error.setText(text)
        field = self.fields.get(exc.field) if isinstance(exc, UserError) else None
        if field is not None:
            mark_invalid(field, True)
        self.failed.emit(text)
