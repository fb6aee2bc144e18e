"""The accident page (事故车): the cases on the left; on the right the chosen case (or a new
one) on three tabs: the report (rescue call or walk-in), the tow and the damage photos, the
assessment agreed with the insurer's assessor. The work order is made from the assessment;
the assessment prints through the one printing path."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.plates import format_plate
from app.services import accidents
from app.services.accidents import AssessmentInput
from ui.backoffice.forms import (
    FormErrors,
    form_rows,
    load_staff,
    name_rows,
    retranslate_codes,
    submit,
)
from ui.messages import show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, make_table
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.desk_store import DeskStore
from ui.widgets.print_actions import PrintActions, PrinterCombo
from ui.widgets.record_table_model import Column, RecordTableModel

#: The assessment table's columns: kind, item, part no., hours, qty, unit price, insurer.
LINE_COLUMNS = 7


def time_edit() -> QDateTimeEdit:
    """A date-and-time field starting now, with a calendar."""
    edit = QDateTimeEdit(QDateTime.currentDateTime())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def aware(edit: QDateTimeEdit) -> datetime:
    """The field's local time as an aware time."""
    return edit.dateTime().toPython().astimezone().astimezone(UTC)


class AccidentPage(Retranslatable, QWidget):
    """Accident cases of store `store_id`."""

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore = 1,
                 parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.case = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.new_case = QPushButton()
        self.new_case.clicked.connect(lambda: self._show_case(None))
        self.model = RecordTableModel([
            Column("", lambda c: c.number), Column("", lambda c: format_plate(c.plate)),
            Column("", lambda c: c.customer_name), Column("", lambda c: code_text(c.source)),
            Column("", lambda c: code_text(c.status)), Column("", lambda c: c.insurer_name),
            Column("", lambda c: c.work_order_number)])
        self.table = make_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._case_chosen)
        self.heading = QLabel()
        self._build_report()
        self._build_tow()
        self._build_assessment()
        self.tabs = QTabWidget()
        for tab in (self.report_tab, self.tow_tab, self.assess_tab):
            self.tabs.addTab(tab, "")
        self.printer_combo = PrinterCombo()
        self.printing = PrintActions(runner, self)
        self.printing.printers_loaded.connect(self.printer_combo.show_printers)
        self.printing.done.connect(show_status)
        self.print_button, self.save_button = QPushButton(), QPushButton()
        self.print_button.clicked.connect(lambda: self.print_assessment())
        self.save_button.clicked.connect(lambda: self.print_assessment(save_only=True))
        self.error = QLabel()
        self.printing.failed.connect(self.error.setText)
        self.confirm_box = None      # the open question before a final action
        self.errors = FormErrors(self.error, {
            "plate": self.plate, "happened_at": self.happened, "location": self.location,
            "company": self.tow_company, "eta": self.tow_eta, "arrived_at": self.tow_arrived,
            "called_at": self.tow_called, "path": self.photo_caption,
            "assessor_name": self.assessor, "lines": self.lines, "status": self.make_order})
        self._layout()
        self.retranslate()
        self._show_case(None)
        if start:
            self.refresh()
            load_staff(runner, db, self.advisor, "service_advisor", self)
            self.printing.load_printers()

    def _build_report(self) -> None:
        self.report_tab = QWidget()
        form = QFormLayout(self.report_tab)
        self.plate, self.source, self.happened = QLineEdit(), QComboBox(), time_edit()
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for source in ("rescue_call", "walk_in"):
            self.source.addItem(code_text(source), source)
        self.location, self.caller_phone = QLineEdit(), QLineEdit()
        self.insurer, self.claim, self.notes = QLineEdit(), QLineEdit(), QLineEdit()
        self.report_labels = form_rows(form, (self.plate, self.source, self.happened,
                                              self.location, self.caller_phone, self.insurer,
                                              self.claim, self.notes))
        self.save_report = QPushButton()
        self.save_report.clicked.connect(self.store_report)
        form.addRow(self.save_report)

    def _build_tow(self) -> None:
        self.tow_tab = QWidget()
        form = QFormLayout(self.tow_tab)
        self.tow_company, self.tow_driver = QLineEdit(), QLineEdit()
        self.tow_called, self.tow_eta, self.tow_arrived = time_edit(), time_edit(), time_edit()
        self.arrived_check = QCheckBox()
        self.tow_labels = form_rows(form, (self.tow_company, self.tow_driver, self.tow_called,
                                           self.tow_eta, self.arrived_check, self.tow_arrived))
        self.save_tow = QPushButton()
        self.save_tow.clicked.connect(self.store_tow)
        form.addRow(self.save_tow)
        self.photos = QListWidget()
        self.photo_caption, self.add_photo = QLineEdit(), QPushButton()
        self.add_photo.clicked.connect(self.choose_photo)
        row = QHBoxLayout()
        row.addWidget(self.photo_caption)
        row.addWidget(self.add_photo)
        self.photos_label = QLabel()
        form.addRow(self.photos_label)
        form.addRow(self.photos)
        form.addRow(row)

    def _build_assessment(self) -> None:
        self.assess_tab = QWidget()
        self.assessor, self.assessor_phone = QLineEdit(), QLineEdit()
        head = QHBoxLayout()
        self.assessor_label, self.phone_label = QLabel(), QLabel()
        for widget in (self.assessor_label, self.assessor, self.phone_label,
                       self.assessor_phone):
            head.addWidget(widget)
        self.lines_model = QStandardItemModel(0, LINE_COLUMNS)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.line_kind = QComboBox()
        self.line_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in ("labour", "part"):
            self.line_kind.addItem(code_text(kind), kind)
        self.add_line, self.remove_line = QPushButton(), QPushButton()
        self.add_line.clicked.connect(lambda: self.append_line())
        self.remove_line.clicked.connect(self._remove_line)
        self.save_assessment, self.make_order = QPushButton(), QPushButton()
        self.save_assessment.clicked.connect(self.store_assessment)
        self.make_order.clicked.connect(self.make_work_order)
        self.advisor = QComboBox()
        self.totals = QLabel()
        buttons = QHBoxLayout()
        for widget in (self.line_kind, self.add_line, self.remove_line, self.save_assessment):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.advisor)
        buttons.addWidget(self.make_order)
        layout = QVBoxLayout(self.assess_tab)
        layout.addLayout(head)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.new_case)
        column.addWidget(self.table, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.heading)
        side.addWidget(self.tabs, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.printer_combo)
        side.addLayout(actions)
        side.addWidget(self.error)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("事故车"))
        self.new_case.setText(self.tr("新建事故案件"))
        self.model.set_headers([self.tr("案件号"), self.tr("车牌"), self.tr("客户"),
                                self.tr("来源"), self.tr("状态"), self.tr("保险公司"),
                                self.tr("工单")])
        for index, text in enumerate((self.tr("报案"), self.tr("拖车与照片"), self.tr("定损"))):
            self.tabs.setTabText(index, text)
        name_rows(self.report_labels, (
            self.tr("车牌"), self.tr("来源"), self.tr("出险时间"), self.tr("出险地点"),
            self.tr("来电号码"), self.tr("保险公司"), self.tr("报案号"), self.tr("经过/备注")))
        name_rows(self.tow_labels, (self.tr("拖车公司"), self.tr("司机"), self.tr("呼叫时间"),
                                    self.tr("预计到达"), self.tr("已到店"),
                                    self.tr("到店时间")))
        self.photos_label.setText(self.tr("损失照片"))
        self.photo_caption.setPlaceholderText(self.tr("照片说明，如 前部"))
        self.add_photo.setText(self.tr("添加照片…"))
        self.save_tow.setText(self.tr("保存拖车信息"))
        self.assessor_label.setText(self.tr("定损员"))
        self.phone_label.setText(self.tr("电话"))
        self.lines_model.setHorizontalHeaderLabels([
            self.tr("类型"), self.tr("项目"), self.tr("配件号"), self.tr("工时"), self.tr("数量"),
            self.tr("单价"), self.tr("保险承担")])
        self.add_line.setText(self.tr("添加一行"))
        self.remove_line.setText(self.tr("删除所选行"))
        self.save_assessment.setText(self.tr("保存定损"))
        self.make_order.setText(self.tr("按定损生成工单"))
        self.print_button.setText(self.tr("打印定损单"))
        self.save_button.setText(self.tr("保存定损单 PDF"))
        retranslate_codes(self.source)
        retranslate_codes(self.line_kind)
        for row in range(self.lines_model.rowCount()):
            item = self.lines_model.item(row, 0)
            item.setText(code_text(item.data(Qt.ItemDataRole.UserRole)))
        self._show_heading()
        self.table.resizeColumnsToContents()

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the cases."""
        db, store_id = self._db, self._store_id
        self._runner.submit(lambda: accidents.list_cases(db, store_id), self._loaded,
                            self.errors.fail, owner=self)

    def _loaded(self, cases) -> None:
        chosen = self.case.id if self.case else None
        self.model.set_records(cases)
        self.table.resizeColumnsToContents()
        for row, case in enumerate(cases):
            if case.id == chosen:
                self.table.selectRow(row)

    def _case_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_case(self.model.record(current.row()))

    def _show_case(self, case) -> None:
        self.case = case
        self.errors.clear()
        for line, value in ((self.plate, case.plate if case else ""),
                            (self.location, case.location if case else ""),
                            (self.caller_phone, case.caller_phone if case else ""),
                            (self.insurer, case.insurer_name if case else ""),
                            (self.claim, case.claim_number if case else ""),
                            (self.notes, case.notes if case else ""),
                            (self.tow_company, case.tow_company if case else ""),
                            (self.tow_driver, case.tow_driver if case else ""),
                            (self.assessor, case.assessor_name if case else ""),
                            (self.assessor_phone, case.assessor_phone if case else "")):
            line.setText(value)
        self.plate.setReadOnly(case is not None)
        self.source.setEnabled(case is None)
        if case is not None:
            self.source.setCurrentIndex(self.source.findData(case.source))
            self._set_time(self.happened, case.happened_at)
            for edit, value in ((self.tow_called, case.tow_called_at),
                                (self.tow_eta, case.tow_eta),
                                (self.tow_arrived, case.tow_arrived_at)):
                self._set_time(edit, value)
            self.arrived_check.setChecked(case.tow_arrived_at is not None)
        self.photos.clear()
        for path, caption in case.photos if case else ():
            self.photos.addItem(f"{caption or '—'}：{path}")
        self.lines_model.setRowCount(0)
        for line in case.lines if case else ():
            self.append_line(line.kind, line.description, line.part_code,
                             "" if line.hours is None else f"{line.hours.normalize():f}",
                             f"{line.qty.normalize():f}", f"{line.unit_price:.2f}",
                             f"{line.insurer_share:.2f}")
        for widget in (self.save_tow, self.add_photo, self.save_assessment, self.print_button,
                       self.save_button):
            widget.setEnabled(case is not None)
        self.make_order.setEnabled(case is not None and case.status == "assessed")
        self._show_heading()

    def _show_heading(self) -> None:
        case = self.case
        if case is None:
            self.heading.setText(self.tr("新案件：填写报案信息后点击“登记案件”。"))
            self.save_report.setText(self.tr("登记案件"))
            self.totals.clear()
            return
        self.save_report.setText(self.tr("保存报案信息"))
        self.heading.setText(self.tr("%1 · %2 · %3").replace("%1", case.number)
                             .replace("%2", format_plate(case.plate)).replace("%3", code_text(case.status)))
        self.totals.setText(self.tr("定损合计 %1 · 保险承担 %2 · 客户承担 %3 · 工单 %4")
                            .replace("%1", f"{case.total:,.2f}")
                            .replace("%2", f"{case.insurer_total:,.2f}")
                            .replace("%3", f"{case.customer_total:,.2f}")
                            .replace("%4", case.work_order_number or "—"))

    @staticmethod
    def _set_time(edit: QDateTimeEdit, value: datetime | None) -> None:
        if value is not None:
            edit.setDateTime(QDateTime(value.astimezone()))

    # --- the assessment table ---------------------------------------------------------------
    def append_line(self, kind: str | None = None, *texts: str) -> None:
        """Add a row to the assessment table (a blank one of the chosen kind by default)."""
        kind = kind or self.line_kind.currentData()
        first = QStandardItem(code_text(kind))
        first.setData(kind, Qt.ItemDataRole.UserRole)
        first.setEditable(False)
        cells = [first] + [QStandardItem(t) for t in (texts or ("",) * (LINE_COLUMNS - 1))]
        self.lines_model.appendRow(cells)

    def _remove_line(self) -> None:
        index = self.lines.currentIndex()
        if index.isValid():
            self.lines_model.removeRow(index.row())

    def assessment_lines(self) -> list[AssessmentInput]:
        """The table's rows as the service takes them."""
        result = []
        for row in range(self.lines_model.rowCount()):
            cell = [self.lines_model.item(row, c).text().strip() for c in range(LINE_COLUMNS)]
            kind = self.lines_model.item(row, 0).data(Qt.ItemDataRole.UserRole)
            result.append(AssessmentInput(kind, cell[1], cell[4] or "1", cell[5] or "0",
                                          cell[6] or "0", hours=cell[3] or None,
                                          part_code=cell[2]))
        return result

    # --- actions --------------------------------------------------------------------------
    def store_report(self) -> None:
        """Open a new case, or save the report fields of the chosen one."""
        db, store_id = self._db, self._store_id
        fields = {"location": self.location.text(), "caller_phone": self.caller_phone.text(),
                  "insurer_name": self.insurer.text(), "claim_number": self.claim.text(),
                  "notes": self.notes.text()}
        if self.case is None:
            plate, source, happened = (self.plate.text(), self.source.currentData(),
                                       aware(self.happened))
            self._call(lambda: accidents.open_case_by_plate(
                db, store_id, plate, source=source, happened_at=happened, **fields))
        else:
            ident, version = self.case.id, self.case.version
            self._call(lambda: accidents.update_case(db, ident, version, **fields))

    def store_tow(self) -> None:
        """Save the tow."""
        if self.case is None:
            return
        db, ident, version = self._db, self.case.id, self.case.version
        company, driver = self.tow_company.text(), self.tow_driver.text()
        called, eta = aware(self.tow_called), aware(self.tow_eta)
        arrived = aware(self.tow_arrived) if self.arrived_check.isChecked() else None
        self._call(lambda: accidents.record_tow(db, ident, version, company=company,
                                                driver=driver, called_at=called, eta=eta,
                                                arrived_at=arrived))

    def choose_photo(self, path: str | None = None) -> None:
        """Ask for a photo file (non-modal), then keep its path with the case."""
        if self.case is None:
            return
        if path:
            self._add_photo(path)
            return
        dialog = QFileDialog(self, self.tr("选择损失照片"), "",
                             self.tr("图片 (*.jpg *.jpeg *.png)"))
        dialog.fileSelected.connect(self._add_photo)
        dialog.open()

    def _add_photo(self, path: str) -> None:
        db, ident, caption = self._db, self.case.id, self.photo_caption.text()
        self._call(lambda: accidents.add_photo(db, ident, path, caption),
                   clear=(self.photo_caption,))

    def store_assessment(self) -> None:
        """Save the assessment table and the assessor."""
        if self.case is None:
            return
        db, ident, version, lines = self._db, self.case.id, self.case.version, \
            self.assessment_lines()
        name, phone = self.assessor.text(), self.assessor_phone.text()
        self._call(lambda: accidents.set_assessment(db, ident, version, lines,
                                                    assessor_name=name, assessor_phone=phone))

    def make_work_order(self) -> None:
        """Make the work order from the saved assessment."""
        if self.case is None:
            return
        db, ident, version, advisor = (self._db, self.case.id, self.case.version,
                                       self.advisor.currentData())
        self.confirm_box = ask(
            self, self.tr("按已保存的定损为案件 %1 生成工单？").replace("%1", self.case.number),
            self.tr("生成工单"),
            lambda: self._call(lambda: accidents.make_work_order(db, ident, version,
                                                                 advisor_id=advisor),
                               done=self.tr("已按定损生成工单")))

    def print_assessment(self, *, save_only: bool = False, path: str | None = None) -> None:
        """Print (or save) the assessment."""
        if self.case is None:
            return
        db, store_id, ident = self._db, self._store_id, self.case.id
        title = f"assessment-{self.case.number}"

        def document() -> tuple[str, bytes]:
            return title, accidents.assessment_pdf(db, ident, store_id)

        self.printing.output(document, f"{title}.pdf", self, path=path, save_only=save_only,
                             printer=self.printer_combo.currentData())

    def _call(self, fn, *, clear=(), done: str = "") -> None:
        submit(self._runner, self, self.errors, fn,
               lambda case: (self._show_case(case), self.refresh()), clear=clear, done=done)
