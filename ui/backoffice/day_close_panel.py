"""The cashier page's other tabs: deposits on quotes (购车订金), and the day's close (日结)
with the CSV exports for the store's accounting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import cashier, day_close, invoices
from app.services.common import store_today
from ui.backoffice.forms import FormErrors, method_combo, retranslate_codes, save_csv, submit
from ui.messages import show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.desk_store import DeskStore
from ui.widgets.record_table_model import Column, RecordTableModel


class DepositPanel(Retranslatable, QWidget):
    """Find a quote by its number, see its deposits, take one or refund one."""

    def __init__(self, db: Database, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.quote = None
        self.number, self.find = QLineEdit(), QPushButton()
        self.number.returnPressed.connect(self.find_quote)
        self.find.clicked.connect(self.find_quote)
        self.about = QLabel()
        self.model = RecordTableModel([
            Column("", lambda p: local_time(p.at)), Column("", lambda p: code_text(p.kind)),
            Column("", lambda p: code_text(p.method)), Column("", lambda p: f"{p.amount:,.2f}", True),
            Column("", lambda p: p.transaction_no or p.note),
            Column("", lambda p: f"{p.refundable:,.2f}" if p.kind != "refund" else "", True)])
        self.table = make_table(self.model)
        self.method, self.amount, self.transaction_no = method_combo(), QLineEdit(), QLineEdit()
        self.take = QPushButton()
        self.take.clicked.connect(self.take_deposit)
        self.refund_amount, self.refund_reason, self.refund = QLineEdit(), QLineEdit(), QPushButton()
        self.refund.clicked.connect(self.refund_selected)
        self.error = QLabel()
        self.confirm_box = None      # the open question before a final action
        self.errors = FormErrors(self.error, {
            "quote_number": self.number, "quote_id": self.number, "amount": self.amount,
            "transaction_no": self.transaction_no, "reason": self.refund_reason})
        find_row, pay_row, refund_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for row, widgets in ((find_row, (self.number, self.find)),
                             (pay_row, (self.method, self.amount, self.transaction_no, self.take)),
                             (refund_row, (self.refund_amount, self.refund_reason, self.refund))):
            for widget in widgets:
                row.addWidget(widget)
        find_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addLayout(pay_row)
        layout.addLayout(refund_row)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.number.setPlaceholderText(self.tr("报价单号，如 Q20261205001"))
        self.find.setText(self.tr("查找"))
        self.amount.setPlaceholderText(self.tr("订金金额"))
        self.transaction_no.setPlaceholderText(self.tr("微信/支付宝/转账交易单号"))
        self.take.setText(self.tr("收订金"))
        self.refund_amount.setPlaceholderText(self.tr("退款金额（选中订金行）"))
        self.refund_reason.setPlaceholderText(self.tr("退款原因"))
        self.refund.setText(self.tr("退订金"))
        self.model.set_headers([self.tr("时间"), self.tr("类型"), self.tr("方式"),
                                self.tr("金额"), self.tr("交易单号/备注"), self.tr("可退")])
        retranslate_codes(self.method)
        self._show_quote()

    def find_quote(self) -> None:
        """Look the typed quote number up and load its deposits."""
        db, number = self._db, self.number.text()
        self.errors.clear()

        def call():
            brief = cashier.find_quote(db, number)
            return brief, cashier.deposits(db, brief.id)

        self._runner.submit(call, self._loaded, self.errors.fail, owner=self)

    def _loaded(self, result) -> None:
        self.quote, rows = result
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()
        self._show_quote()

    def _show_quote(self) -> None:
        q = self.quote
        self.about.setText(self.tr("报价单 %1（第 %2 版）· %3 · %4 · %5")
                           .replace("%1", q.number).replace("%2", str(q.revision))
                           .replace("%3", q.customer_name).replace("%4", q.vehicle)
                           .replace("%5", code_text(q.status)) if q else "")
        self.take.setEnabled(q is not None)
        self.refund.setEnabled(q is not None)

    def take_deposit(self) -> None:
        """Record the deposit typed."""
        if self.quote is None:
            return
        db, ident = self._db, self.quote.id
        method, amount, number = (self.method.currentData(), self.amount.text(),
                                  self.transaction_no.text())
        self._call(lambda: cashier.take_deposit(db, ident, method, amount,
                                                transaction_no=number))

    def refund_selected(self) -> None:
        """Refund the amount typed of the deposit selected."""
        index = self.table.currentIndex()
        if self.quote is None or not index.isValid():
            return
        payment_id = self.model.record(index.row()).id
        db, ident = self._db, self.quote.id
        amount, reason = self.refund_amount.text(), self.refund_reason.text()

        def call():
            cashier.refund(db, payment_id, amount, reason=reason)
            return cashier.deposits(db, ident)

        self.confirm_box = ask(
            self, self.tr("退还定金 %1 元？退款后不能撤销。").replace("%1", amount.strip()),
            self.tr("退款"), lambda: self._call(call))

    def _call(self, fn) -> None:
        submit(self._runner, self, self.errors, fn, self._show_deposits,
               clear=(self.amount, self.transaction_no, self.refund_amount,
                      self.refund_reason))

    def _show_deposits(self, rows) -> None:
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()


class DayClosePanel(Retranslatable, QWidget):
    """A day's takings by method; the counted amounts typed in; the close; the exports."""

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.takings = None
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = store_today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.model = QStandardItemModel(0, 4)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.close_button, self.export_payments, self.export_invoices = (
            QPushButton(), QPushButton(), QPushButton())
        self.close_button.clicked.connect(self.close_the_day)
        self.export_payments.clicked.connect(lambda: self.export("payments"))
        self.export_invoices.clicked.connect(lambda: self.export("invoices"))
        self.error = QLabel()
        self.confirm_box = None      # the open question before a final action
        self.errors = FormErrors(self.error, {"day": self.day})
        head = QHBoxLayout()
        head.addWidget(self.day)
        head.addStretch(1)
        for widget in (self.export_payments, self.export_invoices, self.close_button):
            head.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.model.setHorizontalHeaderLabels([self.tr("支付方式"), self.tr("系统记录"),
                                              self.tr("实点金额"), self.tr("差额")])
        self.close_button.setText(self.tr("日结"))
        self.export_payments.setText(self.tr("导出收款 CSV"))
        self.export_invoices.setText(self.tr("导出发票申请 CSV"))
        if self.takings is not None:
            self._show(self.takings)

    def chosen_day(self) -> date:
        """The day shown."""
        return self.day.date().toPython()

    def refresh(self) -> None:
        """Load the chosen day's takings."""
        db, store_id, day = self._db, self._store_id, self.chosen_day()
        self._runner.submit(lambda: day_close.day_takings(db, store_id, day), self._show,
                            self.errors.fail, owner=self)

    def _show(self, takings) -> None:
        self.takings = takings
        self.model.setRowCount(0)
        closed = takings.closed_at is not None
        for line in takings.lines:
            name = QStandardItem(code_text(line.method))
            name.setData(line.method, Qt.ItemDataRole.UserRole)
            recorded = QStandardItem(f"{line.recorded:,.2f}")
            counted = QStandardItem("" if line.counted is None else f"{line.counted:.2f}")
            difference = QStandardItem("" if line.difference is None
                                       else f"{line.difference:+,.2f}")
            for item in (name, recorded, difference):
                item.setEditable(False)
            counted.setEditable(not closed)
            for item in (recorded, counted, difference):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow([name, recorded, counted, difference])
        self.table.resizeColumnsToContents()
        text = self.tr("%1 笔收付，系统合计 %2 元").replace("%1", str(takings.payments)).replace(
            "%2", f"{takings.recorded_total:,.2f}")
        if closed:
            verdict = self.tr("账实相符") if takings.balanced else self.tr("有差额，请说明")
            text += self.tr("；已于 %1 由 %2 日结，%3").replace(
                "%1", local_time(takings.closed_at)).replace("%2", takings.closed_by or "—"
                                                             ).replace("%3", verdict)
        else:
            text += self.tr("；在“实点金额”列填写清点结果后点击“日结”。")
        self.summary.setText(text)
        self.close_button.setEnabled(not closed)

    def counted(self) -> dict[str, str]:
        """The amounts typed in the counted column, by method."""
        return {self.model.item(row, 0).data(Qt.ItemDataRole.UserRole):
                self.model.item(row, 2).text() for row in range(self.model.rowCount())}

    def close_the_day(self) -> None:
        """Close the chosen day with the counted amounts."""
        db, store_id, day = self._db, self._store_id, self.chosen_day()
        counted = self.counted()
        self.errors.clear()

        def run() -> None:
            self._runner.submit(lambda: day_close.close_day(db, store_id, day, counted),
                                self._show, self.errors.fail, owner=self)

        self.confirm_box = ask(
            self, self.tr("日结 %1？日结后当天的收款不能再更改。").replace("%1", f"{day:%Y-%m-%d}"),
            self.tr("日结"), run)

    def export(self, what: str, *, path: str | None = None) -> None:
        """Save the chosen day's payments (or invoice requests) as CSV."""
        db, store_id, day = self._db, self._store_id, self.chosen_day()
        build = {"payments": lambda: day_close.payments_csv(db, store_id, day, day),
                 "invoices": lambda: invoices.invoices_csv(db, store_id, day, day)}[what]
        save_csv(self, self._runner, f"{what}-{day:%Y%m%d}.csv", build,
                 lambda saved: show_status(self.tr("已导出：%1").replace("%1", saved)),
                 self.errors.fail, path=path)

