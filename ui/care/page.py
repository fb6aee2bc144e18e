"""The care desk page: today's and overdue care items, filters, the call script, and one
keystroke (1–6) to record an outcome and move to the next item; "book now" opens the
booking dialog prefilled with the item's vehicle and links the booking it saves; a survey
item opens the survey dialog, whose answer records the item's outcome."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.care_rules import CareKind, kinds_in_order
from app.domain.plates import format_plate
from app.domain.survey_templates import SurveyPolicy
from app.services import care_desk, catalogue, customer_tier, surveys
from app.services.care_run import run_care
from app.services.common import store_today
from ui.care.figures_panel import CareFiguresPanel
from ui.care.settings_dialog import CareSettingsDialog
from ui.i18n import current_language
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import LiveLabel, Retranslatable, local_time, make_table
from ui.widgets.care_text import OUTCOMES, kind_text, status_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.level_text import level_text, store_levels
from ui.widgets.record_table_model import Column, RecordTableModel
from ui.widgets.tier_override_dialog import TierOverrideDialog

DUE_CHOICES = ("due", "week", "all")
STATUS_CHOICES = ("open", "invited", "booked", "declined", "unreachable", "not_applicable",
                  "done", "lapsed", "all")
TIERS = ("gold", "silver", "bronze", "standard")


class CareListModel(RecordTableModel):
    """The desk's list: the first page, then the next ones as the view scrolls to the end
    (`fetch(offset)` asks for them; `append` adds them). `total` counts every match."""

    def __init__(self, columns, fetch) -> None:
        super().__init__(columns)
        self.total, self.capped, self.fetching, self._fetch = 0, False, False, fetch

    def set_page(self, rows, total: int, capped: bool = False) -> None:
        """Show the first page of a new list of `total` items (`capped`: more match than
        the desk lists)."""
        self.total, self.capped, self.fetching = total, capped, False
        self.set_records(rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        """True while rows beyond those shown match."""
        return not parent.isValid() and not self.fetching and len(self._records) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        """Ask for the next page."""
        if self.canFetchMore(parent):
            self.fetching = True
            self._fetch(len(self._records))

    def append(self, rows) -> None:
        """Add a fetched page after the rows shown."""
        self.fetching = False
        if rows:
            start = len(self._records)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._records.extend(rows)
            self.endInsertRows()


def _days_text(days: int) -> str:
    if days < 0:
        return QCoreApplication.translate("CarePage", "逾期 %1 天").replace("%1", str(-days))
    if days == 0:
        return QCoreApplication.translate("CarePage", "今天")
    return QCoreApplication.translate("CarePage", "%1 天后").replace("%1", str(days))


class CarePage(Retranslatable, QWidget):
    """The 客服 desk. `loaded` is emitted after each list arrives (for tests and the bench).

    `booking_dialog` is the service desk's booking dialog class and `survey_dialog` the
    voice desk's survey dialog class, handed in by the desk's composition root (desk
    packages do not import each other); `survey_policy` schedules the surveys the care run
    makes items of, and judges their answers."""

    loaded = Signal(int)
    outcome_recorded = Signal(object)    # the CareRow after the outcome
    survey_opened = Signal(object)       # the survey dialog opened from a survey item

    @property
    def _store(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore = 1,
                 parent: QWidget | None = None, *, booking_dialog=None, survey_dialog=None,
                 survey_policy: SurveyPolicy = SurveyPolicy(), now=None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self._now = now   # a fixed clock for tests; None: the real time
        self._booking_dialog = booking_dialog
        self._survey_dialog, self._survey_policy = survey_dialog, survey_policy
        self.context: care_desk.CareContext | None = None
        self._staff = None
        self._generation = 0     # a list asked for after a newer one is dropped
        self.settings_dialog: CareSettingsDialog | None = None
        self.override_dialog: TierOverrideDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.run_today)
        self.settings_button, self.tier_button = QPushButton(), QPushButton()
        self.settings_button.clicked.connect(self.open_settings)
        self.tier_button.clicked.connect(self.open_tier_override)
        self.tabs = QTabWidget()
        self.figures = CareFiguresPanel(db, runner, store_id, now=now)
        self.status = LiveLabel()
        self.assignee, self.kind, self.tier = QComboBox(), QComboBox(), QComboBox()
        self.due, self.state = QComboBox(), QComboBox()
        self._filter_labels = [QLabel() for _ in range(5)]
        self.model = CareListModel([
            Column("", lambda r: r.due_date.isoformat()), Column("", lambda r: _days_text(r.days)),
            Column("", lambda r: kind_text(r.kind)), Column("", lambda r: r.customer_name),
            Column("", lambda r: format_plate(r.plate)), Column("", lambda r: r.assignee_name or "—"),
            Column("", lambda r: level_text(r.tier)), Column("", lambda r: status_text(r.status)),
            Column("", self._flag_text)], self._fetch_more)
        self.table = make_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self._act_on_current())
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
        self.survey_button = QPushButton()
        self.survey_button.setProperty("primary", True)
        self.survey_button.clicked.connect(self.open_survey)
        self.survey_button.hide()
        self.script_title, self.history_title, self.reason_label = QLabel(), QLabel(), QLabel()
        self._layout(buttons)
        self.retranslate()
        self._fill_filters()
        for combo in (self.assignee, self.kind, self.tier, self.due, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._load_staff()
        store_levels().changed.connect(self._levels_changed)
        self.tabs.currentChanged.connect(
            lambda index: self.figures.refresh() if self.tabs.widget(index) is self.figures
            else None)

    def _layout(self, buttons: QGridLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.run_button)
        top.addWidget(self.settings_button)
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
        right.addWidget(self.survey_button)
        right.addWidget(self.tier_button)
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
        work = QWidget()
        box = QVBoxLayout(work)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(splitter, 1)
        self.tabs.addTab(work, "")
        self.tabs.addTab(self.figures, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _flag_text(self, row: care_desk.CareRow) -> str:
        if row.service_only:
            return self.tr("仅服务/安全提醒（客户未同意营销）")
        return self.tr("重要") if row.priority == 1 else ""

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("客服关怀"))
        self.run_button.setText(self.tr("生成今日任务"))
        self.settings_button.setText(self.tr("关怀设置…"))
        self.tier_button.setText(self.tr("调整客户等级…"))
        self.tabs.setTabText(0, self.tr("关怀任务"))
        self.tabs.setTabText(1, self.tr("邀约数据"))
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
        self.survey_button.setText(self.tr("录入回访问卷…"))
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
            self.tier.addItem(level_text(tier), tier)
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
        db, store, now, filters = self._db, self._store, self._now, self._filters()
        self._generation += 1
        generation = self._generation
        self._runner.submit(lambda: care_desk.list_page(db, store, now=now, **filters),
                            lambda page: self._show_page(generation, page), self._failed,
                            owner=self)

    def _filters(self) -> dict:
        return dict(assignee=self.assignee.currentData(), kind=self.kind.currentData(),
                    tier=self.tier.currentData(), due=self.due.currentData() or "due",
                    status=self.state.currentData() or "open")

    def _show_page(self, generation: int, page: care_desk.ItemPage) -> None:
        if generation == self._generation:
            self.show_rows(page.rows, page.total, page.capped)

    def _fetch_more(self, offset: int) -> None:
        db, store, now, filters = self._db, self._store, self._now, self._filters()
        generation = self._generation

        def arrived(rows) -> None:
            if generation == self._generation:
                self.model.append(rows)

        def failed(exc: Exception) -> None:
            self.model.fetching = False
            self._failed(exc)

        self._runner.submit(
            lambda: care_desk.list_items(db, store, now=now, offset=offset,
                                         limit=care_desk.PAGE_SIZE, **filters),
            arrived, failed, owner=self)

    def show_rows(self, rows, total: int | None = None, capped: bool = False) -> None:
        """Show `rows` (the first page of `total` items) and select the first."""
        self.model.set_page(rows, len(rows) if total is None else total, capped)
        self._show_count()
        if rows:
            self.select_row(0)
        else:
            self.context = None
            self._show_current()
        self.loaded.emit(len(rows))

    def _show_count(self) -> None:
        total = str(self.model.total)
        if self.model.capped:
            self.status.show_text(lambda: self.tr("超过 %1 项（请用筛选缩小范围）").replace("%1", total))
        else:
            self.status.show_text(lambda: self.tr("共 %1 项").replace("%1", total))

    def _levels_changed(self) -> None:
        self._fill_filters()
        self.model.refresh_texts()
        self._show_current()

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

        policy = self._survey_policy
        self._runner.submit(lambda: run_care(db, store, now=now, survey_policy=policy), done,
                            failed, owner=self)

    def set_survey_policy(self, policy: SurveyPolicy) -> None:
        """Use `policy` from now on (the settings changed)."""
        self._survey_policy = policy

    def _show_current(self) -> None:
        row = self.current_row()
        self.error.clear()
        survey = row is not None and row.kind == CareKind.SURVEY
        self.survey_button.setVisible(survey)
        self.book_button.setVisible(not survey)
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
        benefits = context.benefits_en if en else context.benefits_zh
        last = context.last_visit.date().isoformat() if context.last_visit else "—"
        lines = [f"{format_plate(row.plate)} {row.model} · {row.mobile_masked}",
                 self.tr("等级：%1  %2").replace("%1", level).replace("%2", benefits),
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
        if outcome == "done" and row.kind == CareKind.SURVEY:
            self.open_survey()   # a survey is done by recording its answers
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
        self.model.total -= len(self.model._records) - len(rows)
        self.model.set_records(rows)
        self._show_count()
        if rows:
            self.select_row(min(position, len(rows) - 1))
        else:
            self._show_current()
        self.outcome_recorded.emit(updated)

    def _act_on_current(self) -> None:
        row = self.current_row()
        if row is not None and row.kind == CareKind.SURVEY:
            self.open_survey()
        else:
            self.book_now()

    def open_survey(self) -> None:
        """Open the survey dialog on the current survey item; its answer closes the item."""
        row = self.current_row()
        if row is None or row.kind != CareKind.SURVEY:
            return
        if self._survey_dialog is None:
            self.error.setText(self.tr("本桌面未开通满意度回访。"))
            return
        db, ident = self._db, row.id
        self._runner.submit(lambda: surveys.care_item_form(db, ident), self._show_survey,
                            self._failed, owner=self)

    def _show_survey(self, form: surveys.SurveyForm) -> None:
        dialog = self._survey_dialog(self._db, self._runner, form, None, self,
                                     policy=self._survey_policy)
        dialog.recorded.connect(self._survey_recorded)
        self.survey = dialog
        dialog.open()
        self.survey_opened.emit(dialog)

    def _survey_recorded(self, result) -> None:
        """The answer closed the item: say so in the status bar and list again."""
        if result.complaint_id is not None:
            show_status(self.tr("回访 %1 已录入；低分已自动生成投诉 #%2。")
                        .replace("%1", result.number).replace("%2", str(result.complaint_id)))
        else:
            show_status(self.tr("回访 %1 已录入。").replace("%1", result.number))
        self.refresh()

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

    # --- settings and levels -----------------------------------------------------------
    def open_settings(self) -> CareSettingsDialog:
        """Open the store's care settings; after a save the list shows the new levels."""
        dialog = CareSettingsDialog(self._db, self._runner, self._store, self)
        dialog.saved.connect(lambda _settings: self.refresh())
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def open_tier_override(self) -> None:
        """Open the level override of the current item's customer."""
        row = self.current_row()
        if row is None:
            return
        db, customer_id = self._db, row.customer_id
        self._runner.submit(lambda: customer_tier.tier_status(db, customer_id),
                            self._show_tier_override, self._failed, owner=self)

    def _show_tier_override(self, status) -> None:
        dialog = TierOverrideDialog(self._db, self._runner, status, self)
        dialog.saved.connect(lambda _status: self.refresh())
        self.override_dialog = dialog
        dialog.open()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

