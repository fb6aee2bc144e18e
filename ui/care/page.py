"""The care desk page: today's and overdue care items, filters, the call script, and one
keystroke (1–6) to record an outcome and move to the next item; "book now" opens the
booking dialog prefilled with the item's vehicle and links the booking it saves."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.care_rules import kinds_in_order
from app.domain.plates import format_plate
from app.services import care_desk, catalogue
from app.services.care_run import run_care
from app.services.common import store_today
from ui.care.texts import OUTCOMES, kind_text, status_text
from ui.i18n import current_language
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.record_table_model import Column, RecordTableModel

DUE_CHOICES = ("due", "week", "all")
STATUS_CHOICES = ("open", "invited", "booked", "declined", "unreachable", "not_applicable",
                  "done", "lapsed", "all")
TIERS = ("gold", "silver", "bronze", "standard")


def _days_text(days: int) -> str:
    if days < 0:
        return QCoreApplication.translate("CarePage", "逾期 %1 天").replace("%1", str(-days))
    if days == 0:
        return QCoreApplication.translate("CarePage", "今天")
    return QCoreApplication.translate("CarePage", "%1 天后").replace("%1", str(days))


class CarePage(Retranslatable, QWidget):
    """The 客服 desk. `loaded` is emitted after each list arrives (for tests and the bench).

    `booking_dialog` is the service desk's booking dialog class, handed in by the desk's
    composition root (desk packages do not import each other)."""

    loaded = Signal(int)
    outcome_recorded = Signal(object)    # the CareRow after the outcome

    def __init__(self, db: Database, runner: TaskRunner, store_id: int = 1,
                 parent: QWidget | None = None, *, booking_dialog=None, now=None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._store = db, runner, store_id
        self._now = now   # a fixed clock for tests; None: the real time
        self._booking_dialog = booking_dialog
        self.context: care_desk.CareContext | None = None
        self._staff = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.run_today)
        self.status = QLabel()
        self.assignee, self.kind, self.tier = QComboBox(), QComboBox(), QComboBox()
        self.due, self.state = QComboBox(), QComboBox()
        self._filter_labels = [QLabel() for _ in range(5)]
        self.model = RecordTableModel([
            Column("", lambda r: r.due_date.isoformat()), Column("", lambda r: _days_text(r.days)),
            Column("", lambda r: kind_text(r.kind)), Column("", lambda r: r.customer_name),
            Column("", lambda r: format_plate(r.plate)), Column("", lambda r: r.assignee_name or "—"),
            Column("", lambda r: code_text(r.tier)), Column("", lambda r: status_text(r.status)),
            Column("", self._flag_text)])
        self.table = make_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self.book_now())
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.script = QLabel()
        self.script.setWordWrap(True)
        self.script.setStyleSheet("background: #f4f8fb; padding: 8px; font-size: 14px;")
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.reason = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.outcome_buttons: dict[str, QPushButton] = {}
        buttons = QGridLayout()
        for number, (code, _zh) in enumerate(OUTCOMES, 1):
            button = QPushButton()
            button.clicked.connect(lambda _c=False, code=code: self.record(code))
            self.outcome_buttons[code] = button
            buttons.addWidget(button, (number - 1) // 3, (number - 1) % 3)
            QShortcut(QKeySequence(str(number)), self, activated=lambda code=code: self.record(code),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.book_button = QPushButton()
        self.book_button.clicked.connect(self.book_now)
        QShortcut(QKeySequence("B"), self, activated=self.book_now,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.script_title, self.history_title, self.reason_label = QLabel(), QLabel(), QLabel()
        self._layout(buttons)
        self.retranslate()
        self._fill_filters()
        for combo in (self.assignee, self.kind, self.tier, self.due, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._load_staff()

    def _layout(self, buttons: QGridLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.run_button)
        filters = QHBoxLayout()
        for label, combo in zip(self._filter_labels,
                                (self.assignee, self.kind, self.tier, self.due, self.state)):
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        side = QWidget()
        right = QVBoxLayout(side)
        right.addWidget(self.detail_title)
        right.addWidget(self.detail)
        right.addWidget(self.script_title)
        right.addWidget(self.script)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        right.addLayout(reason_row)
        right.addLayout(buttons)
        right.addWidget(self.book_button)
        right.addWidget(self.error)
        right.addWidget(self.history_title)
        right.addWidget(self.history)
        right.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        for column, width in enumerate((92, 76, 120, 70, 86, 64, 52, 60)):
            self.table.horizontalHeader().resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _flag_text(self, row: care_desk.CareRow) -> str:
        if row.service_only:
            return self.tr("仅服务/安全提醒（客户未同意营销）")
        return self.tr("重要") if row.priority == 1 else ""

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("客服关怀"))
        self.run_button.setText(self.tr("生成今日任务"))
        for label, text in zip(self._filter_labels, (self.tr("负责人"), self.tr("类型"),
                                                     self.tr("等级"), self.tr("到期"),
                                                     self.tr("结果"))):
            label.setText(text)
        self.model.set_headers([self.tr("到期日"), self.tr("剩余"), self.tr("类型"),
                                self.tr("客户"), self.tr("车牌"), self.tr("负责人"),
                                self.tr("等级"), self.tr("状态"), self.tr("提示")])
        for number, (code, _zh) in enumerate(OUTCOMES, 1):
            self.outcome_buttons[code].setText(f"{number} {status_text(code)}")
        self.book_button.setText(self.tr("B 立即预约…"))
        self.script_title.setText(self.tr("话术"))
        self.history_title.setText(self.tr("联系记录"))
        self.reason_label.setText(self.tr("原因/备注"))
        self.reason.setPlaceholderText(self.tr("拒绝时必填，如：已在别处保养"))
        if self.due.count():
            self._fill_filters()
        if self._staff is not None:
            self._fill_staff(self._staff)
        self._show_current()

    def _fill_filters(self) -> None:
        for combo in (self.kind, self.tier, self.due, self.state):
            combo.blockSignals(True)
        keep = [c.currentData() for c in (self.kind, self.tier, self.due, self.state)]
        self.kind.clear()
        self.kind.addItem(self.tr("全部类型"), None)
        for kind in kinds_in_order():
            self.kind.addItem(kind_text(kind), kind.value)
        self.tier.clear()
        self.tier.addItem(self.tr("全部等级"), None)
        for tier in TIERS:
            self.tier.addItem(code_text(tier), tier)
        self.due.clear()
        for code, text in zip(DUE_CHOICES, (self.tr("今日及逾期"), self.tr("7 天内"),
                                            self.tr("全部"))):
            self.due.addItem(text, code)
        self.state.clear()
        for code in STATUS_CHOICES:
            self.state.addItem(self.tr("全部") if code == "all" else status_text(code), code)
        for combo, value in zip((self.kind, self.tier, self.due, self.state), keep):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        for combo in (self.kind, self.tier, self.due, self.state):
            combo.blockSignals(False)

    def _load_staff(self) -> None:
        db = self._db
        self._runner.submit(lambda: catalogue.list_staff(db), self._fill_staff,
                            self._failed, owner=self)

    def _fill_staff(self, staff) -> None:
        self._staff = staff
        keep = self.assignee.currentData()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("全部"), None)
        self.assignee.addItem(self.tr("关怀池（未分配）"), care_desk.POOL)
        for member in staff:
            self.assignee.addItem(member.name, member.id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(keep)))
        self.assignee.blockSignals(False)

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the items matching the filters (off the UI thread)."""
        db, store, now = self._db, self._store, self._now
        filters = dict(assignee=self.assignee.currentData(), kind=self.kind.currentData(),
                       tier=self.tier.currentData(), due=self.due.currentData() or "due",
                       status=self.state.currentData() or "open")
        self._runner.submit(lambda: care_desk.list_items(db, store, now=now, **filters),
                            self.show_rows, self._failed, owner=self)

    def show_rows(self, rows) -> None:
        """Show `rows` and select the first."""
        self.model.set_records(rows)
        self.status.setText(self.tr("共 %1 项").replace("%1", str(len(rows))))
        if rows:
            self.select_row(0)
        else:
            self.context = None
            self._show_current()
        self.loaded.emit(len(rows))

    def select_row(self, row: int) -> None:
        """Make `row` current and load its details."""
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def current_row(self) -> care_desk.CareRow | None:
        """The item under the cursor, if any."""
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def run_today(self) -> None:
        """Run today's care job (idempotent), then list again."""
        db, store, now = self._db, self._store, self._now
        self.run_button.setEnabled(False)

        def done(result) -> None:
            self.run_button.setEnabled(True)
            self.status.setText(self.tr("新增 %1 项").replace("%1", str(result.total)))
            self.refresh()

        def failed(exc: Exception) -> None:
            self.run_button.setEnabled(True)
            self._failed(exc)

        self._runner.submit(lambda: run_care(db, store, now=now), done, failed, owner=self)

    def _show_current(self) -> None:
        row = self.current_row()
        self.error.clear()
        if row is None:
            self.detail_title.setText(self.tr("没有待处理的关怀任务"))
            for label in (self.detail, self.script, self.history):
                label.clear()
            return
        self.detail_title.setText(f"{kind_text(row.kind)} · {row.customer_name}")
        self.detail.setText(f"{format_plate(row.plate)} {row.model} · {row.mobile_masked}")
        db, now, ident = self._db, self._now, row.id
        self._runner.submit(lambda: care_desk.item_context(db, ident, now=now),
                            lambda ctx: self._show_context(ident, ctx), self._failed, owner=self)

    def _show_context(self, ident: int, context: care_desk.CareContext) -> None:
        row = self.current_row()
        if row is None or row.id != ident:
            return
        self.context = context
        en = current_language() == "en"
        level = context.level_en if en else context.level_zh
        last = context.last_visit.date().isoformat() if context.last_visit else "—"
        lines = [f"{format_plate(row.plate)} {row.model} · {row.mobile_masked}",
                 self.tr("等级：%1  %2").replace("%1", level).replace("%2", context.benefits_zh),
                 self.tr("上次到店：%1 · 在修工单 %2").replace("%1", last)
                 .replace("%2", str(context.open_work_orders))]
        if not context.consent:
            lines.append(self.tr("⚠ 客户未同意营销联系：仅可做服务/安全提醒"))
        self.detail.setText("\n".join(lines))
        self.script.setText(context.script_en if en else context.script_zh)
        self.history.setText("\n".join(
            f"{local_time(h.at, '%m-%d %H:%M')} {status_text(h.outcome)} "
            f"{h.by_name} {h.reason}" for h in context.history) or "—")

    # --- outcomes -----------------------------------------------------------------------
    def record(self, outcome: str, booking_id: int | None = None) -> None:
        """Record `outcome` for the current item, then move to the next one."""
        row = self.current_row()
        if row is None:
            return
        if outcome == "booked" and booking_id is None:
            self.book_now()
            return
        db, now, reason = self._db, self._now, self.reason.text()
        self._runner.submit(
            lambda: care_desk.record_outcome(db, row.id, outcome, reason=reason,
                                             booking_id=booking_id,
                                             expected_version=row.version, now=now),
            lambda updated: self._recorded(row.id, updated), self._failed, owner=self)

    def _recorded(self, ident: int, updated: care_desk.CareRow) -> None:
        self.reason.clear()
        rows = list(self.model._records)
        position = next((i for i, r in enumerate(rows) if r.id == ident), 0)
        wanted = self.state.currentData()
        if wanted in ("all", updated.status):
            rows[position] = updated
            position += 1
        else:
            rows.pop(position)
        self.model.set_records(rows)
        self.status.setText(self.tr("共 %1 项").replace("%1", str(len(rows))))
        if rows:
            self.select_row(min(position, len(rows) - 1))
        else:
            self._show_current()
        self.outcome_recorded.emit(updated)

    def book_now(self) -> None:
        """Open the booking dialog prefilled with the item's vehicle; a saved booking is
        recorded as the item's `booked` outcome, linked to it."""
        row = self.current_row()
        if row is None or row.vehicle_id is None:
            self.error.setText(self.tr("该任务没有车辆，不能预约。"))
            return
        factory = self._booking_dialog
        if factory is None:
            self.error.setText(self.tr("本桌面未开通预约。"))
            return
        today = store_today(self._now)
        dialog = factory(self._db, self._runner, day=today + timedelta(days=1), parent=self)
        dialog.plate.setText(row.plate)
        dialog.notes.setText(kind_text(row.kind))
        dialog.find_vehicle()
        dialog.saved.connect(lambda record: self.record("booked", booking_id=record.id))
        self.booking = dialog
        dialog.open()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

