"""The work-order window (工单): check-in, lines and the customer's approval, inspection
checklist, status moves and progress, printing. Every change goes through the services on
the task runner; a refused change shows its reason and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain import workflow
from app.domain.money import format_cny
from app.domain.plates import format_plate
from app.domain.store_time import STORE_TZ
from app.domain.workflow import InspectionResult
from app.printing import work_order_pdf
from app.services import catalogue, parts, work_orders
from app.services.store_info import store_info
from app.services.work_order_records import WorkOrderDetail
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, clear_layout, local_time
from ui.widgets.code_text import checklist_text, code_text
from ui.widgets.confirm import UndoOffer, ask
from ui.widgets.fit import fit_columns, fit_to_screen
from ui.widgets.print_actions import PrintActions, PrinterCombo
from ui.widgets.record_table_model import Column, RecordTableModel

RESULTS = tuple(InspectionResult)       # "unchecked" first: the default of an untouched item
DOCUMENTS = ("work_order", "inspection", "pickup")


@dataclass(frozen=True)
class _PickLists:
    items: tuple
    parts: tuple
    technicians: tuple
    bays: tuple


def _hours(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


class WorkOrderWindow(Retranslatable, QWidget):
    """Edits one work order.

    `loaded` after the work order (re)loaded, `saved` after a change was stored, `failed`
    with the message shown when a change was refused, `printed(str)` with where a document
    went.
    """

    loaded = Signal()
    saved = Signal()
    failed = Signal(str)
    printed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, work_order_id: int, *,
                 acting_staff_id: int | None = None, store_id: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner = db, runner
        self.store_id = store_id
        self.printing = PrintActions(runner, self)
        self.printing.done.connect(lambda text: self.message.setText(text))
        self.printing.failed.connect(lambda text: (self.message.setText(text), self.failed.emit(text)))
        self.printing.delivered.connect(self.printed)
        self.printer_combo = PrinterCombo()
        self.printing.printers_loaded.connect(self.printer_combo.show_printers)
        self.work_order_id, self.acting_staff_id = work_order_id, acting_staff_id
        self.detail: WorkOrderDetail | None = None
        self.confirm_box = None             # the open confirmation of a destructive action
        fit_to_screen(self, 1000, 700)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.undo_offer = UndoOffer(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_reception(), "")
        self.tabs.addTab(self._build_lines(), "")
        self.tabs.addTab(self._build_inspection(), "")
        self.tabs.addTab(self._build_progress(), "")
        self.print_buttons = {key: QPushButton() for key in DOCUMENTS}
        self.save_pdf = QPushButton()
        bar = QHBoxLayout()
        for key, button in self.print_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.print_document(k))
            bar.addWidget(button)
        self.save_pdf.clicked.connect(lambda: self.print_document("work_order", save_only=True))
        bar.addWidget(self.save_pdf)
        bar.addStretch(1)
        bar.addWidget(self.printer_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_offer)
        layout.addLayout(bar)
        self.retranslate()
        self.reload()
        self.printing.load_printers()

    # --- building -----------------------------------------------------------------------
    def _build_reception(self) -> QWidget:
        page = QWidget()
        self.mileage = QSpinBox(maximum=2_000_000, singleStep=100)
        self.mileage.setSuffix(" km")
        self.fuel = QSpinBox(maximum=100, singleStep=5)
        self.fuel.setSuffix(" %")
        self.concerns = QPlainTextEdit()
        self.concerns.setMaximumHeight(90)
        self.valuables = QLineEdit()
        self.promised = QDateTimeEdit()
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setTimeZone(QTimeZone(int(STORE_TZ.utcoffset(None).total_seconds())))
        self.technician = QComboBox()
        self.bay = QComboBox()
        self.check_in_button = QPushButton()
        self.check_in_button.setProperty("primary", True)
        self.check_in_button.clicked.connect(self.save_reception)
        for field in (self.mileage, self.fuel, self.promised, self.technician, self.bay):
            field.setMaximumWidth(260)
        self.reception_form = QFormLayout()
        self._reception_labels = [QLabel() for _ in range(7)]
        for label, field in zip(self._reception_labels, (
                self.mileage, self.fuel, self.concerns, self.valuables, self.promised,
                self.technician, self.bay)):
            self.reception_form.addRow(label, field)
        layout = QVBoxLayout(page)
        layout.addLayout(self.reception_form)
        layout.addWidget(self.check_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _build_lines(self) -> QWidget:
        page = QWidget()
        self.lines_model = RecordTableModel([
            Column("", lambda x: code_text(x.kind)), Column("", lambda x: x.description),
            Column("", lambda x: _hours(x.hours), True),
            Column("", lambda x: format_cny(x.rate if x.hours is not None else x.unit_price), True),
            Column("", lambda x: _hours(x.qty), True),
            Column("", lambda x: format_cny(x.amount), True),
            Column("", lambda x: code_text(x.approval)), Column("", lambda x: x.approved_by),
            Column("", lambda x: local_time(x.approved_at, "%m-%d %H:%M"))])
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        fit_columns(self.lines)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.item_combo, self.add_item = QComboBox(), QPushButton()
        self.labour_text, self.labour_hours = QLineEdit(), QDoubleSpinBox(decimals=1, maximum=99)
        self.labour_hours.setSingleStep(0.1)
        self.labour_hours.setValue(1.0)
        self.labour_rate = QDoubleSpinBox(decimals=2, maximum=99999)
        self.labour_rate.setValue(float(work_orders.DEFAULT_LABOUR_RATE))
        self.add_labour = QPushButton()
        self.part_combo, self.part_qty, self.add_part = QComboBox(), QSpinBox(), QPushButton()
        self.part_qty.setRange(1, 999)
        self.answer_by = QLineEdit()
        self.approve, self.decline, self.remove = QPushButton(), QPushButton(), QPushButton()
        self.totals = QLabel()
        self.totals.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.add_item.clicked.connect(self.add_service_item)
        self.add_labour.clicked.connect(self.add_labour_line)
        self.add_part.clicked.connect(self.add_part_line)
        self.approve.clicked.connect(lambda: self.answer_selected(True))
        self.decline.clicked.connect(lambda: self.answer_selected(False))
        self.remove.clicked.connect(self.remove_selected)
        self.declined_box = QGroupBox()
        self.declined_list = QListWidget()
        self.declined_list.setMaximumHeight(80)
        self.offer_button = QPushButton()
        self.offer_button.clicked.connect(self.offer_again)
        box = QHBoxLayout(self.declined_box)
        box.addWidget(self.declined_list, 1)
        box.addWidget(self.offer_button, 0, Qt.AlignmentFlag.AlignTop)
        self._line_labels = [QLabel() for _ in range(4)]
        row1, row2, row3 = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for widget in (self._line_labels[0], self.item_combo, self.add_item,
                       self._line_labels[1], self.part_combo, self.part_qty, self.add_part):
            row1.addWidget(widget)
        row1.setStretch(1, 1)
        row1.setStretch(4, 1)
        for widget in (self._line_labels[2], self.labour_text, self.labour_hours, self.labour_rate,
                       self.add_labour):
            row2.addWidget(widget)
        row2.setStretch(1, 1)
        for widget in (self._line_labels[3], self.answer_by, self.approve, self.decline,
                       self.remove):
            row3.addWidget(widget)
        row3.addStretch(1)
        row3.addWidget(self.totals)
        layout = QVBoxLayout(page)
        layout.addWidget(self.lines, 1)
        layout.addLayout(row3)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.declined_box)
        return page

    def _build_inspection(self) -> QWidget:
        page = QWidget()
        self.inspection = QTableWidget(0, 3)
        self.inspection.verticalHeader().hide()
        self.inspection.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.inspection.setColumnWidth(0, 140)
        self.inspection.setColumnWidth(1, 120)
        self.save_inspection = QPushButton()
        self.save_inspection.clicked.connect(self.store_inspection)
        layout = QVBoxLayout(page)
        layout.addWidget(self.inspection, 1)
        layout.addWidget(self.save_inspection, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_progress(self) -> QWidget:
        page = QWidget()
        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.move_row = QHBoxLayout()
        self.move_buttons: dict[str, QPushButton] = {}
        self.progress_note = QLineEdit()
        self.progress_button = QPushButton()
        self.progress_button.clicked.connect(self.add_progress)
        self.history_model = RecordTableModel([
            Column("", lambda c: local_time(c.at, "%m-%d %H:%M")),
            Column("", lambda c: code_text(c.from_status) if c.from_status else ""),
            Column("", lambda c: code_text(c.to_status)), Column("", lambda c: c.by_name or ""),
            Column("", lambda c: c.note)])
        self.history = QTableView()
        self.history.setModel(self.history_model)
        fit_columns(self.history)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        note_row = QHBoxLayout()
        note_row.addWidget(self.progress_note, 1)
        note_row.addWidget(self.progress_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.status_label)
        layout.addLayout(self.move_row)
        layout.addLayout(note_row)
        layout.addWidget(self.history, 1)
        return page

    # --- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text through the current translator."""
        for index, text in enumerate((self.tr("接车"), self.tr("项目与报价"), self.tr("检查单"),
                                      self.tr("进度"))):
            self.tabs.setTabText(index, text)
        for label, text in zip(self._reception_labels, (
                self.tr("里程"), self.tr("油量/电量"), self.tr("客户描述"), self.tr("车内贵重物品"),
                self.tr("承诺交车时间"), self.tr("技师"), self.tr("工位"))):
            label.setText(text)
        self.lines_model.set_headers([
            self.tr("类型"), self.tr("项目"), self.tr("工时"), self.tr("费率/单价"), self.tr("数量"),
            self.tr("金额"), self.tr("客户确认"), self.tr("确认人"), self.tr("确认时间")])
        self.history_model.set_headers([self.tr("时间"), self.tr("从"), self.tr("到"),
                                        self.tr("操作人"), self.tr("说明")])
        self.inspection.setHorizontalHeaderLabels([self.tr("检查项目"), self.tr("结果"),
                                                   self.tr("说明")])
        for label, text in zip(self._line_labels, (self.tr("保养项目"), self.tr("配件"),
                                                   self.tr("工时"), self.tr("确认人"))):
            label.setText(text)
        self.add_item.setText(self.tr("添加"))
        self.add_part.setText(self.tr("添加配件"))
        self.add_labour.setText(self.tr("添加工时"))
        self.labour_text.setPlaceholderText(self.tr("工时项目，如 异响诊断"))
        self.labour_hours.setSuffix(self.tr(" 小时"))
        self.labour_rate.setSuffix(self.tr(" 元/小时"))
        self.answer_by.setPlaceholderText(self.tr("客户姓名"))
        self.approve.setText(self.tr("客户同意"))
        self.decline.setText(self.tr("客户拒绝"))
        self.remove.setText(self.tr("删除"))
        self.declined_box.setTitle(self.tr("以前拒绝的项目（建议再次推荐）"))
        self.offer_button.setText(self.tr("再次推荐"))
        self.save_inspection.setText(self.tr("保存检查单"))
        self.progress_note.setPlaceholderText(self.tr("进度说明，如 已拆检刹车"))
        self.progress_button.setText(self.tr("更新进度"))
        self.print_buttons["work_order"].setText(self.tr("打印工单"))
        self.print_buttons["inspection"].setText(self.tr("打印检查报告"))
        self.print_buttons["pickup"].setText(self.tr("打印交车结算单"))
        self.save_pdf.setText(self.tr("工单另存为 PDF"))
        if self.detail is not None:
            self._show(self.detail)


    # --- loading and showing --------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the work order and the pick lists off the UI thread."""
        db, ident = self._db, self.work_order_id

        def load():
            lists = _PickLists(catalogue.list_service_items(db), parts.list_parts(db),
                               catalogue.list_staff(db, "technician"), catalogue.list_bays(db))
            return work_orders.get_work_order(db, ident), lists

        self._runner.submit(load, self._loaded, self._failed, owner=self)

    def _loaded(self, result) -> None:
        detail, lists = result
        self._fill(self.item_combo, [(f"{i.name}（{_hours(i.labour_hours)}h）", i.id)
                                     for i in lists.items])
        self._fill(self.part_combo, [(f"{p.code} {p.name}（{p.available}）", p.id)
                                     for p in lists.parts])
        self._fill(self.technician, [("—", None)] + [(t.name, t.id) for t in lists.technicians])
        self._fill(self.bay, [("—", None)] + [(b.name, b.id) for b in lists.bays])
        self._show(detail, reception=True)
        self.loaded.emit()

    @staticmethod
    def _fill(combo: QComboBox, rows) -> None:
        combo.clear()
        for text, data in rows:
            combo.addItem(text, data)

    def _show(self, detail: WorkOrderDetail, *, reception: bool = False) -> None:
        self.detail = detail
        self.setWindowTitle(self.tr("工单 %1").replace("%1", detail.number))
        self.title.setText(f"{detail.number}  {format_plate(detail.plate)}  ·  {code_text(detail.status)}")
        self.summary.setText("  ·  ".join(x for x in (
            detail.customer_name or "", detail.vehicle_text,
            self.tr("顾问 %1").replace("%1", detail.advisor_name or "—"),
            self.tr("开单 %1").replace("%1", local_time(detail.opened_at))) if x))
        if workflow.needs_progress(detail.status, detail.last_progress_at, detail.opened_at,
                                   datetime.now(UTC)):
            self.summary.setText(self.summary.text() + "  ·  ⚠ "
                                 + self.tr("超过 30 分钟未更新进度"))
        if reception:
            self._show_reception(detail)
        waiting = detail.status == "waiting_check_in"
        self.check_in_button.setText(self.tr("接车并开始诊断") if waiting else self.tr("保存"))
        self.lines_model.set_records(detail.lines)
        self.totals.setText(self.tr("预估合计 %1 · 已确认 %2")
                            .replace("%1", format_cny(detail.estimate_total))
                            .replace("%2", format_cny(detail.approved_total)))
        if not self.answer_by.text():
            self.answer_by.setText(detail.customer_name or "")
        self.declined_list.clear()
        for work in detail.declined_before:
            item = QListWidgetItem(f"{work.description}  {format_cny(work.amount)}  "
                                   f"({work.work_order_number})")
            item.setData(Qt.ItemDataRole.UserRole, work.line_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.declined_list.addItem(item)
        self.declined_box.setVisible(bool(detail.declined_before))
        if reception or self.inspection.rowCount() == 0:
            self._show_inspection(detail)
        self._show_progress(detail)

    def _show_reception(self, detail: WorkOrderDetail) -> None:
        self.mileage.setValue(detail.mileage_km or 0)
        self.fuel.setValue(detail.fuel_level if detail.fuel_level is not None else 50)
        self.concerns.setPlainText(detail.concerns)
        self.valuables.setText(detail.valuables)
        promised = detail.promised_at or datetime.now(UTC)
        self.promised.setDateTime(QDateTime.fromSecsSinceEpoch(int(promised.timestamp())))
        self.technician.setCurrentIndex(max(0, self.technician.findData(detail.technician_id)))
        self.bay.setCurrentIndex(max(0, self.bay.findData(detail.bay_id)))

    def _show_inspection(self, detail: WorkOrderDetail) -> None:
        self.inspection.setRowCount(len(detail.inspection))    # every item of the checklist
        for row, record in enumerate(detail.inspection):
            item = QTableWidgetItem(checklist_text(record.item))
            item.setData(Qt.ItemDataRole.UserRole, record.item)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.inspection.setItem(row, 0, item)
            combo = QComboBox()
            for code in RESULTS:
                combo.addItem(code_text(code), code)
            combo.setCurrentIndex(max(combo.findData(record.result), 0))
            self.inspection.setCellWidget(row, 1, combo)
            self.inspection.setItem(row, 2, QTableWidgetItem(record.note))

    def _show_progress(self, detail: WorkOrderDetail) -> None:
        self.status_label.setText(self.tr("当前状态：%1").replace("%1", code_text(detail.status)))
        clear_layout(self.move_row)
        self.move_buttons = {}
        for status in detail.next_statuses():
            button = QPushButton(self.tr("改为“%1”").replace("%1", code_text(status)))
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
            self.move_row.addWidget(button)
            self.move_buttons[status] = button
        self.move_row.addStretch(1)
        self.history_model.set_records(detail.changes)

    # --- actions --------------------------------------------------------------------------
    def _run(self, call: Callable[[WorkOrderDetail], WorkOrderDetail], *,
             reception: bool = False, then: Callable[[], None] | None = None) -> None:
        """Run `call(current detail)` in the background, then show the stored result (and
        call `then`)."""
        detail = self.detail
        if detail is None:
            return

        def done(new: WorkOrderDetail) -> None:
            self.message.clear()
            self._show(new, reception=reception)
            if then is not None:
                then()
            self.saved.emit()

        self._runner.submit(lambda: call(detail), done, self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        self.message.setText(text)
        self.failed.emit(text)

    def save_reception(self) -> None:
        """Check the car in (waiting) or save the reception fields."""
        db, by = self._db, self.acting_staff_id
        fields = {"mileage_km": self.mileage.value(), "fuel_level": self.fuel.value(),
                  "concerns": self.concerns.toPlainText(), "valuables": self.valuables.text(),
                  "promised_at": datetime.fromtimestamp(
                      self.promised.dateTime().toSecsSinceEpoch(), UTC)}
        extra = {"technician_id": self.technician.currentData(), "bay_id": self.bay.currentData()}

        def call(d: WorkOrderDetail) -> WorkOrderDetail:
            if d.status == "waiting_check_in":
                d = work_orders.update_reception(db, d.id, d.version, **extra)
                return work_orders.check_in(db, d.id, d.version, by_id=by, **fields)
            return work_orders.update_reception(db, d.id, d.version, **fields, **extra)

        self._run(call, reception=True)

    def add_service_item(self) -> None:
        """Add the chosen catalogue item as a labour line."""
        db, item_id = self._db, self.item_combo.currentData()
        if item_id is not None:
            self._run(lambda d: work_orders.add_service_item(db, d.id, d.version, item_id))

    def add_labour_line(self) -> None:
        """Add the typed labour line (hours × rate)."""
        db, text = self._db, self.labour_text.text()
        hours = Decimal(str(round(self.labour_hours.value(), 1)))
        rate = Decimal(str(round(self.labour_rate.value(), 2)))
        self._run(lambda d: work_orders.add_labour_line(db, d.id, d.version, description=text,
                                                        hours=hours, rate=rate))

    def add_part_line(self) -> None:
        """Add the chosen part with its quantity."""
        db, part_id, qty = self._db, self.part_combo.currentData(), self.part_qty.value()
        if part_id is not None:
            self._run(lambda d: work_orders.add_part_line(db, d.id, d.version, part_id=part_id,
                                                          qty=qty))

    def selected_line_ids(self) -> list[int]:
        """The ids of the selected lines."""
        rows = sorted({i.row() for i in self.lines.selectionModel().selectedRows()})
        return [self.lines_model.record(r).id for r in rows]

    def answer_selected(self, approved: bool) -> None:
        """Record the customer's answer for the selected lines."""
        db, ids, by = self._db, self.selected_line_ids(), self.answer_by.text()
        if not ids:
            self.message.setText(self.tr("请先选择项目。"))
            return
        self._run(lambda d: work_orders.answer_lines(db, d.id, d.version,
                                                     dict.fromkeys(ids, approved), by=by))

    def remove_selected(self) -> None:
        """Remove the selected lines that await an answer, once confirmed."""
        db, ids = self._db, self.selected_line_ids()
        if not ids or self.detail is None:
            return
        removed = [x for x in self.detail.lines if x.id in ids]
        names = "、".join(x.description for x in removed)
        done = self.tr("已删除 %1 个项目：%2").replace("%1", str(len(ids))).replace("%2", names)

        def offer() -> None:
            self.undo_offer.offer(done, lambda: self._run(
                lambda d: work_orders.restore_lines(db, d.id, d.version, removed)))

        self.confirm_box = ask(
            self, self.tr("删除 %1 个项目？\n%2").replace("%1", str(len(ids))).replace("%2", names),
            self.tr("删除"),
            lambda: self._run(lambda d: work_orders.remove_lines(db, d.id, d.version, ids),
                              then=offer))

    def offer_again(self) -> None:
        """Put the ticked earlier-declined work back on this order, awaiting an answer."""
        ids = [self.declined_list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.declined_list.count())
               if self.declined_list.item(i).checkState() == Qt.CheckState.Checked]
        db = self._db
        if ids:
            self._run(lambda d: work_orders.offer_again(db, d.id, d.version, ids))

    def inspection_items(self) -> list[tuple[str, str, str]]:
        """The checklist as typed: (item, result, note) per row."""
        rows = []
        for row in range(self.inspection.rowCount()):
            name = self.inspection.item(row, 0).data(Qt.ItemDataRole.UserRole)
            result = self.inspection.cellWidget(row, 1).currentData()
            note = self.inspection.item(row, 2).text() if self.inspection.item(row, 2) else ""
            rows.append((name, result, note))
        return rows

    def store_inspection(self) -> None:
        """Save the checklist (counts as a progress update)."""
        db, items = self._db, self.inspection_items()
        self._run(lambda d: work_orders.set_inspection(db, d.id, d.version, items))

    def move_to(self, status: str) -> None:
        """Move the work order to `status` (refused moves show their reason); cancelling the
        work order asks first."""
        db, by = self._db, self.acting_staff_id

        def run() -> None:
            self._run(lambda d: work_orders.move(db, d.id, d.version, status, by_id=by))

        if status != "cancelled":
            run()
            return
        number = self.detail.number if self.detail else ""

        def cancel() -> None:
            self._run(lambda d: work_orders.move(db, d.id, d.version, status, by_id=by),
                      then=lambda: self.undo_offer.offer(
                          self.tr("已取消工单 %1").replace("%1", number), reopen))

        def reopen() -> None:
            self._run(lambda d: work_orders.reopen_cancelled(db, d.id, d.version, by_id=by))

        self.confirm_box = ask(self, self.tr("取消工单 %1？").replace("%1", number),
                               self.tr("取消工单"), cancel)

    def add_progress(self) -> None:
        """Record a progress update with the typed note."""
        db, by, note = self._db, self.acting_staff_id, self.progress_note.text()

        def call(d: WorkOrderDetail) -> WorkOrderDetail:
            return work_orders.record_progress(db, d.id, note, by_id=by)

        self._run(call)
        self.progress_note.clear()

    def print_document(self, kind: str, *, save_only: bool = False,
                       path: str | None = None) -> None:
        """Print a document on the chosen printer, or save it as PDF (at `path`, or where
        the user chooses), through the desk's one printing path."""
        detail, db, store_id = self.detail, self._db, self.store_id
        if detail is None:
            return
        render = {"work_order": work_order_pdf.render_work_order,
                  "inspection": work_order_pdf.render_inspection_report,
                  "pickup": work_order_pdf.render_pickup_summary}[kind]
        title = f"{kind}-{detail.number}"

        def document() -> tuple[str, bytes]:
            return title, render(detail, store_info(db, store_id))

        if path:
            self.printing.save_pdf(document, path)
        elif save_only:
            self.printing.choose_path_and_save(document, f"{title}.pdf", self)
        else:
            self.printing.print_document(document, self.printer_combo.currentData())
