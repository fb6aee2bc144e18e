"""The surveys due (the care desk's `survey` items: one list, shown here too), the entry of a
returned paper form by its number, and printing the paper form (the desk's one printing
path: printer choice, Qt's fallback, save as PDF)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.plates import format_plate
from app.domain.survey_templates import SurveyPolicy
from app.services import surveys
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.voice.survey_dialog import SurveyDialog
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.desk_store import DeskStore
from ui.widgets.print_actions import PrintActions, PrinterCombo
from ui.widgets.record_table_model import Column, RecordTableModel


class SurveysPanel(Retranslatable, QWidget):
    """Due surveys; "record", "print paper form", and "type in form No."."""

    refreshed = Signal()
    dialog_opened = Signal(object)   # the SurveyDialog
    printed = Signal(str)            # where the form went: a printer, or a PDF's path

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore | None = None,
                 acting=lambda: None, policy: SurveyPolicy = SurveyPolicy(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._acting = db, runner, acting
        self._desk_store = DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self._policy = policy
        self.dialog: SurveyDialog | None = None
        self.model = RecordTableModel([
            Column("", lambda r: r.number), Column("", lambda r: code_text(r.occasion, "survey_occasion")),
            Column("", lambda r: r.customer_name), Column("", lambda r: r.mobile_masked),
            Column("", lambda r: format_plate(r.plate)), Column("", lambda r: r.work_order_number),
            Column("", lambda r: r.staff_name), Column("", lambda r: local_time(r.due_at))], self)
        self.status, self.count = QLabel(), QLabel()
        self.table = make_table(self.model)     # columns follow the language's headers
        self.table.doubleClicked.connect(lambda index: self.open_survey(self.model.record(index.row()).id))
        self.record_button, self.print_button, self.decline_button = QPushButton(), QPushButton(), QPushButton()
        self.save_button = QPushButton()
        self.printing = PrintActions(runner, self)
        self.printer_combo = PrinterCombo()
        self.printing.printers_loaded.connect(self.printer_combo.show_printers)
        self.printing.done.connect(self.status.setText)
        self.printing.failed.connect(self.status.setText)
        self.printing.delivered.connect(self.printed)
        self.record_button.setProperty("primary", True)
        self.number = QLineEdit()
        self.number.setMinimumWidth(240)
        self.number_button = QPushButton()
        self.record_button.clicked.connect(lambda: self._with_selected(self.open_survey))
        self.print_button.clicked.connect(lambda: self._with_selected(self.print_form))
        self.save_button.clicked.connect(lambda: self._with_selected(self.save_form))
        self.decline_button.clicked.connect(lambda: self._with_selected(self.ask_decline))
        self.confirm_box = None             # the open confirmation of 客户拒访
        self.number_button.clicked.connect(lambda: self.open_survey(self.number.text()))
        self.number.returnPressed.connect(lambda: self.open_survey(self.number.text()))
        bar = QHBoxLayout()
        for widget in (self.record_button, self.print_button, self.printer_combo,
                       self.save_button, self.decline_button):
            bar.addWidget(widget)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.number)
        bar.addWidget(self.number_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()
        self.printing.load_printers()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.record_button.setText(self.tr("电话回访录入"))
        self.print_button.setText(self.tr("打印纸质问卷"))
        self.save_button.setText(self.tr("另存 PDF…"))
        self.decline_button.setText(self.tr("客户拒访"))
        self.number.setPlaceholderText(self.tr("纸质问卷单号，如 SV0000123"))
        self.number_button.setText(self.tr("按单号录入"))
        self.model.set_headers([self.tr("回访单号"), self.tr("场合"), self.tr("客户"), self.tr("手机"),
                                self.tr("车牌"), self.tr("工单"), self.tr("顾问"), self.tr("应回访")])

    def set_policy(self, policy: SurveyPolicy) -> None:
        """Schedule and judge surveys by `policy` from now on."""
        self._policy = policy

    def refresh(self) -> None:
        """Create the surveys now owed, then list those due."""
        db, store_id, policy = self._db, self._store_id, self._policy
        self._runner.submit(lambda: surveys.due_surveys(db, store_id=store_id, schedule=policy),
                            self._show, self._failed)

    def _show(self, rows) -> None:
        self.model.set_records(rows)
        self.count.setText(self.tr("待回访 %1 份").replace("%1", str(len(rows))))
        self.refreshed.emit()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))
        self.refreshed.emit()

    def _with_selected(self, action) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("请先选择一份回访。"))
            return
        action(self.model.record(index.row()).id)

    def open_survey(self, key: int | str) -> None:
        """Open the entry dialog on the survey with id or number `key`."""
        db = self._db
        self._runner.submit(lambda: surveys.survey_form(db, key), self._open_form, self._failed)

    def _open_form(self, form) -> None:
        self.dialog = SurveyDialog(self._db, self._runner, form, self._acting(), self,
                                   policy=self._policy)
        self.dialog.recorded.connect(self._recorded)
        self.dialog.open()
        self.dialog_opened.emit(self.dialog)

    def _recorded(self, result) -> None:
        self.number.clear()
        if result.complaint_id is not None:
            self.status.setText(self.tr("回访 %1 已录入；低分已自动生成投诉 #%2。")
                                .replace("%1", result.number).replace("%2", str(result.complaint_id)))
        else:
            self.status.setText(self.tr("回访 %1 已录入。").replace("%1", result.number))
        self.refresh()

    def print_form(self, survey_id: int) -> None:
        """Print the paper form (with its QR code) on the chosen printer."""
        self.printing.print_document(self._document(survey_id), self.printer_combo.currentData())

    def save_form(self, survey_id: int, path: str | None = None) -> None:
        """Save the paper form as a PDF at `path`, or where the user chooses."""
        document = self._document(survey_id)
        if path:
            self.printing.save_pdf(document, path)
        else:
            self.printing.choose_path_and_save(
                document, f"{surveys.survey_number(survey_id)}.pdf", self)

    def _document(self, survey_id: int):
        db = self._db
        return lambda: surveys.paper_form_print_job(db, survey_id)

    def ask_decline(self, survey_id: int) -> None:
        """Ask before marking the survey declined (it leaves the due list for good)."""
        rows = (self.model.record(i) for i in range(self.model.rowCount()))
        row = next((r for r in rows if r.id == survey_id), None)
        who = f"{row.number} {row.customer_name}" if row else str(survey_id)
        self.confirm_box = ask(self, self.tr("将回访 %1 记为客户拒访？之后不能再录入。")
                               .replace("%1", who), self.tr("客户拒访"),
                               lambda: self.decline(survey_id))

    def decline(self, survey_id: int) -> None:
        """Mark the survey declined."""
        db, by_id = self._db, self._acting()
        self._runner.submit(lambda: surveys.decline(db, survey_id, by_id=by_id),
                            lambda _r: self.refresh(), self._failed)
