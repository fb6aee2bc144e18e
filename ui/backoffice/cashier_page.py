"""The cashier page (收银结算): work orders waiting to be settled; the chosen one's bill
(insurer, warranty, discounts), its payments and refunds, completing it, the settlement and
pick-up slips, the invoice request and a manager's release; deposits on quotes and the
day's close on their own tabs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.money import MoneyError, money
from app.domain.plates import format_plate
from app.domain.roles import Permission
from app.errors import ValidationError
from app.services import accounts, car_release, cashier, invoices
from ui.backoffice.day_close_panel import DayClosePanel, DepositPanel
from ui.backoffice.forms import (
    FormErrors,
    form_rows,
    method_combo,
    name_rows,
    retranslate_codes,
    submit,
)
from ui.backoffice.points_tab import PointsTab
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.credentials import CredentialsDialog
from ui.widgets.desk_store import DeskStore
from ui.widgets.print_actions import PrintActions, PrinterCombo
from ui.widgets.record_table_model import Column, RecordTableModel


def yuan(value) -> str:
    """An amount as the cashier reads it: thousands separated, two decimals."""
    return f"{value:,.2f}"


class CashierPage(Retranslatable, QWidget):
    """The cashier's desk of store `store_id`: settle, deposits, the day's close."""

    @property
    def store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore = 1,
                 parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.settle = SettlementPanel(db, runner, store_id)
        self.deposits = DepositPanel(db, runner)
        self.close_day = DayClosePanel(db, runner, store_id)
        self.tabs = QTabWidget()
        for panel in (self.settle, self.deposits, self.close_day):
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        if start:
            self.settle.refresh()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("收银结算"))
        for index, text in enumerate((self.tr("工单结算"), self.tr("购车订金"), self.tr("日结"))):
            self.tabs.setTabText(index, text)

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.settle.refresh()
        elif index == 2:
            self.close_day.refresh()


class SettlementPanel(Retranslatable, QWidget):
    """Work orders at the cashier's on the left, the chosen one's bill on the right."""

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.bill = None
        self.order = None
        self.model = RecordTableModel([
            Column("", lambda w: w.number), Column("", lambda w: format_plate(w.plate)),
            Column("", lambda w: w.customer_name), Column("", lambda w: code_text(w.status)),
            Column("", lambda w: yuan(w.approved_total), True),
            Column("", lambda w: code_text(w.settlement_status) if w.settlement_status
                   else self.tr("未开单")),
            Column("", lambda w: self.tr("店长放行") if w.released else "")])
        self.table = make_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._order_chosen)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.terms = QGroupBox()
        self.insurer_name, self.claim_number = QLineEdit(), QLineEdit()
        self.insurer_amount, self.warranty_amount = QLineEdit(), QLineEdit()
        self.extra_discount, self.approve = QLineEdit(), QPushButton()
        self.approve.clicked.connect(self.request_approval)
        #: The manager's grant for the further discount (they typed their own secret).
        self.discount_grant: accounts.Grant | None = None
        self.approval_dialog: CredentialsDialog | None = None
        self.make_bill = QPushButton()
        self.make_bill.clicked.connect(self.store_terms)
        terms_form = QFormLayout(self.terms)
        self.terms_labels = form_rows(terms_form, (
            self.insurer_name, self.claim_number, self.insurer_amount, self.warranty_amount,
            self.extra_discount, self.approve))
        terms_form.addRow(self.make_bill)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.payments_model = RecordTableModel([
            Column("", lambda p: local_time(p.at)), Column("", lambda p: code_text(p.kind)),
            Column("", lambda p: code_text(p.method)), Column("", lambda p: yuan(p.amount), True),
            Column("", lambda p: p.transaction_no or p.note),
            Column("", lambda p: yuan(p.refundable) if p.kind != "refund" else "", True)])
        self.payments = make_table(self.payments_model)
        self.method, self.amount, self.transaction_no = method_combo(), QLineEdit(), QLineEdit()
        self.pay = QPushButton()
        self.pay.clicked.connect(self.take_payment)
        self.refund_amount, self.refund_reason = QLineEdit(), QLineEdit()
        self.refund = QPushButton()
        self.refund.clicked.connect(self.refund_selected)
        self.complete = QPushButton()
        self.complete.clicked.connect(self.complete_bill)
        self.printer_combo = PrinterCombo()
        self.printing = PrintActions(runner, self)
        self.printing.printers_loaded.connect(self.printer_combo.show_printers)
        self.printing.done.connect(show_status)
        self.print_slip, self.save_slip, self.print_pickup = QPushButton(), QPushButton(), QPushButton()
        self.print_slip.clicked.connect(lambda: self.print_document("settlement"))
        self.save_slip.clicked.connect(lambda: self.print_document("settlement", save_only=True))
        self.print_pickup.clicked.connect(lambda: self.print_document("pickup"))
        self.invoice_kind, self.invoice_title = QComboBox(), QLineEdit()
        for kind in ("company", "personal"):
            self.invoice_kind.addItem(code_text(kind), kind)
        self.tax_number, self.invoice_email = QLineEdit(), QLineEdit()
        self.ask_invoice = QPushButton()
        self.ask_invoice.clicked.connect(self.request_invoice)
        self.release_reason, self.release = QLineEdit(), QPushButton()
        self.release.clicked.connect(self.release_car)
        self.points_tab = PointsTab()
        self.points_tab.redeem.clicked.connect(self.redeem_points)
        self.points_tab.give_back.clicked.connect(self.return_points)
        self.error = QLabel()
        self.printing.failed.connect(self.error.setText)
        self.confirm_box = None      # the open question before a final action
        self.errors = FormErrors(self.error, {
            "insurer_name": self.insurer_name, "insurer_amount": self.insurer_amount,
            "warranty_amount": self.warranty_amount, "extra_discount": self.extra_discount,
            "approved_by_id": self.approve, "amount": self.amount,
            "transaction_no": self.transaction_no, "method": self.method,
            "reason": self.refund_reason, "title": self.invoice_title,
            "tax_number": self.tax_number, "email": self.invoice_email,
            "manager_id": self.release_reason, "points": self.points_tab.points})
        self._layout()
        self.retranslate()
        self._show_bill()

    def _layout(self) -> None:
        pay_row = QHBoxLayout()
        for widget in (self.method, self.amount, self.transaction_no, self.pay):
            pay_row.addWidget(widget)
        refund_row = QHBoxLayout()
        for widget in (self.refund_amount, self.refund_reason, self.refund):
            refund_row.addWidget(widget)
        money_tab = QWidget()
        money = QVBoxLayout(money_tab)
        money.addWidget(self.payments, 1)
        money.addLayout(pay_row)
        money.addLayout(refund_row)
        invoice_tab = QWidget()
        invoice = QFormLayout(invoice_tab)
        self.invoice_labels = form_rows(invoice, (self.invoice_kind, self.invoice_title,
                                                  self.tax_number, self.invoice_email))
        invoice.addRow(self.ask_invoice)
        release_tab = QWidget()
        release = QFormLayout(release_tab)
        self.release_labels = form_rows(release, (self.release_reason,))
        release.addRow(self.release)
        self.inner = QTabWidget()
        for tab in (money_tab, self.points_tab, invoice_tab, release_tab):
            self.inner.addTab(tab, "")
        actions = QHBoxLayout()
        for widget in (self.complete, self.print_slip, self.save_slip, self.print_pickup):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.printer_combo)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.terms)
        top.addWidget(self.figures, 1)
        column.addWidget(self.heading)
        column.addLayout(top)
        column.addWidget(self.inner, 1)
        column.addLayout(actions)
        column.addWidget(self.error)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.model.set_headers([self.tr("工单号"), self.tr("车牌"), self.tr("客户"),
                                self.tr("工单状态"), self.tr("金额"), self.tr("结算"),
                                self.tr("放行")])
        self.payments_model.set_headers([self.tr("时间"), self.tr("类型"), self.tr("方式"),
                                         self.tr("金额"), self.tr("交易单号/备注"),
                                         self.tr("可退")])
        self.terms.setTitle(self.tr("结算条件"))
        name_rows(self.terms_labels, (self.tr("保险公司"), self.tr("报案号"),
                                      self.tr("保险承担"), self.tr("索赔承担"),
                                      self.tr("其他优惠"), self.tr("审批店长")))
        name_rows(self.invoice_labels, (self.tr("抬头类型"), self.tr("发票抬头"),
                                        self.tr("纳税人识别号"), self.tr("邮箱")))
        name_rows(self.release_labels, (self.tr("放行原因"),))
        self.make_bill.setText(self.tr("生成/更新结算单"))
        for line, text in ((self.insurer_amount, "0.00"), (self.warranty_amount, "0.00"),
                           (self.extra_discount, "0.00"), (self.amount, self.tr("金额")),
                           (self.transaction_no, self.tr("微信/支付宝/转账交易单号")),
                           (self.refund_amount, self.tr("退款金额（选中收款行）")),
                           (self.refund_reason, self.tr("退款原因")),
                           (self.tax_number, self.tr("18 位统一社会信用代码")),
                           (self.release_reason, self.tr("如：车队客户月结"))):
            line.setPlaceholderText(text)
        self.pay.setText(self.tr("收款"))
        self.refund.setText(self.tr("退款"))
        self.complete.setText(self.tr("结清"))
        self.print_slip.setText(self.tr("打印结算单"))
        self.save_slip.setText(self.tr("保存结算单 PDF"))
        self.print_pickup.setText(self.tr("打印提车单"))
        self.ask_invoice.setText(self.tr("申请发票"))
        self.release.setText(self.tr("店长放行"))
        for index, text in enumerate((self.tr("收款与退款"), self.tr("积分抵扣"), self.tr("发票"),
                                      self.tr("放行"))):
            self.inner.setTabText(index, text)
        retranslate_codes(self.method)
        retranslate_codes(self.invoice_kind)
        self._show_approval()
        self._show_bill()
        self.table.resizeColumnsToContents()

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the work orders at the cashier's and the printers."""
        db, store_id = self._db, self._store_id
        self._runner.submit(lambda: cashier.waiting(db, store_id), self._show_waiting,
                            self.errors.fail, owner=self)
        self.printing.load_printers()

    def _show_waiting(self, rows) -> None:
        chosen = self.order.work_order_id if self.order else None
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()
        for row, record in enumerate(rows):
            if record.work_order_id == chosen:
                self.table.selectRow(row)
                return
        if rows:
            self.table.selectRow(0)

    def _order_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.order = self.model.record(current.row())
        self.errors.clear()
        self._discount_approved(None)
        db, work_order_id = self._db, self.order.work_order_id
        self._runner.submit(lambda: cashier.settlement_for(db, work_order_id),
                            self._bill_loaded, self.errors.fail, owner=self)

    def _bill_loaded(self, bill) -> None:
        self.bill = bill
        if bill is not None:
            self.insurer_name.setText(bill.insurer_name)
            self.claim_number.setText(bill.claim_number)
            for line, value in ((self.insurer_amount, bill.insurer_amount),
                                (self.warranty_amount, bill.warranty_amount),
                                (self.extra_discount, bill.extra_discount)):
                line.setText(f"{value:.2f}")
        self._show_bill()

    def _show_bill(self) -> None:
        bill, order = self.bill, self.order
        self.heading.setText(self.tr("工单 %1 · %2").replace("%1", order.number)
                             .replace("%2", format_plate(order.plate)) if order else self.tr("请选择工单"))
        self.payments_model.set_records(bill.payments if bill else ())
        self.payments.resizeColumnsToContents()
        self.figures.setText(self._figures_html(bill) if bill else self.tr(
            "尚未生成结算单：填写结算条件后点击“生成/更新结算单”。"))
        settled = bill is not None and bill.status == "settled"
        for widget in (self.pay, self.refund, self.complete):
            widget.setEnabled(bill is not None and not settled)
        self.make_bill.setEnabled(order is not None and not settled)
        self.print_slip.setEnabled(bill is not None)
        self.save_slip.setEnabled(bill is not None)
        self.ask_invoice.setEnabled(settled)
        self.points_tab.show_bill(bill)

    def _figures_html(self, bill) -> str:
        rows = [(self.tr("工时费"), bill.labour), (self.tr("配件费"), bill.parts),
                (self.tr("保险承担"), -bill.insurer_amount),
                (self.tr("索赔承担"), -bill.warranty_amount),
                (self.tr("会员优惠（%1）").replace("%1", code_text(bill.tier)),
                 -bill.tier_discount),
                (self.tr("其他优惠"), -bill.extra_discount),
                (self.tr("客户应付"), bill.customer_due), (self.tr("已收"), bill.paid),
                (self.tr("积分抵扣（%1 分）").replace("%1", str(bill.points_redeemed)),
                 -bill.points_value),
                (self.tr("未付余额"), bill.balance)]
        body = "".join(f"<tr><td>{name}</td><td align='right'>{yuan(value)}</td></tr>"
                       for name, value in rows)
        heading = self.tr("结算单 %1 · %2").replace("%1", bill.number).replace(
            "%2", code_text(bill.status))
        return f"<b>{heading}</b><table cellspacing='2'>{body}</table>"

    # --- actions --------------------------------------------------------------------------
    def store_terms(self) -> None:
        """Make or re-make the bill with the terms typed."""
        if self.order is None:
            return
        db, work_order_id = self._db, self.order.work_order_id
        version = self.bill.version if self.bill else None
        terms = {"insurer_name": self.insurer_name.text(),
                 "claim_number": self.claim_number.text(),
                 "insurer_amount": self.insurer_amount.text().strip() or "0",
                 "warranty_amount": self.warranty_amount.text().strip() or "0",
                 "extra_discount": self.extra_discount.text().strip() or "0",
                 "approval_token": self.discount_grant.token if self.discount_grant else None}
        self._call(lambda: cashier.open_settlement(db, work_order_id, expected_version=version,
                                                   **terms))

    def take_payment(self) -> None:
        """Record the payment typed."""
        if self.bill is None:
            return
        db, ident = self._db, self.bill.id
        method, amount, number = (self.method.currentData(), self.amount.text(),
                                  self.transaction_no.text())
        self._call(lambda: cashier.take_payment(db, ident, method, amount,
                                                transaction_no=number),
                   clear=(self.amount, self.transaction_no))

    def refund_selected(self) -> None:
        """Refund the amount typed of the payment selected in the table."""
        index = self.payments.currentIndex()
        if self.bill is None or not index.isValid():
            self.errors.fail(_choose_payment())
            return
        payment_id = self.payments_model.record(index.row()).id
        db, ident = self._db, self.bill.id
        amount, reason = self.refund_amount.text(), self.refund_reason.text()

        def call():
            cashier.refund(db, payment_id, amount, reason=reason)
            return cashier.get_settlement(db, ident)

        self.confirm_box = ask(
            self, self.tr("退款 %1 元？退款后不能撤销。").replace("%1", amount.strip()),
            self.tr("退款"), lambda: self._call(call, clear=(self.refund_amount,
                                                                self.refund_reason)))

    def redeem_points(self) -> None:
        """Let the points typed pay part of the bill."""
        if self.bill is None:
            return
        db, ident, text = self._db, self.bill.id, self.points_tab.points.text().strip()
        if not text.isdigit():
            self.errors.fail(ValidationError("请输入要抵扣的积分数。",
                                             "Enter the points to redeem.", field="points"))
            return
        self._call(lambda: cashier.redeem_points(db, ident, int(text)),
                   clear=(self.points_tab.points,), done=self.tr("已用积分抵扣"))

    def return_points(self) -> None:
        """Give back every point redeemed on the open bill (asks first)."""
        if self.bill is None:
            return
        db, ident, reason = self._db, self.bill.id, self.points_tab.reason.text()
        self.confirm_box = ask(
            self, self.tr("退回本单抵扣的 %1 积分？").replace("%1", str(self.bill.points_redeemed)),
            self.tr("退回积分"), lambda: self._call(
                lambda: cashier.return_points(db, ident, reason=reason),
                clear=(self.points_tab.reason,), done=self.tr("积分已退回")))

    def complete_bill(self) -> None:
        """Close the bill when the payments balance."""
        if self.bill is None:
            return
        db, ident = self._db, self.bill.id
        self.confirm_box = ask(
            self, self.tr("完成结算 %1？完成后不能再收款或退款。").replace("%1", self.bill.number),
            self.tr("完成结算"), lambda: self._call(lambda: cashier.complete(db, ident)))

    def request_invoice(self) -> None:
        """Record the invoice request typed."""
        if self.bill is None:
            return
        db, ident = self._db, self.bill.id
        kind, title = self.invoice_kind.currentData(), self.invoice_title.text()
        number, email = self.tax_number.text(), self.invoice_email.text()

        def call():
            invoices.request_invoice(db, ident, kind, title, number, email)
            return cashier.get_settlement(db, ident)

        self._call(call, done=self.tr("已记录发票申请"))

    def request_approval(self) -> CredentialsDialog | None:
        """The manager approves the further discount typed by entering their own name and
        password (or PIN) here; the grant covers that amount only."""
        try:
            extra = money(self.extra_discount.text().strip() or "0")
        except MoneyError:
            self.errors.fail(ValidationError("请输入有效金额。", "Enter a valid amount.",
                                             field="extra_discount"))
            return None
        prompt = self.tr("其他优惠 %1 元需店长审批。请店长本人输入用户名和密码（或 PIN）。")
        return self._ask_manager(prompt.replace("%1", yuan(extra)), Permission.DISCOUNT_APPROVE,
                                 extra, self._discount_approved)

    def _discount_approved(self, grant: accounts.Grant | None) -> None:
        self.discount_grant = grant
        self._show_approval()

    def _show_approval(self) -> None:
        grant = self.discount_grant
        self.approve.setText(self.tr("店长 %1 已审批").replace("%1", grant.approver_name)
                             if grant else self.tr("请店长审批…"))

    def release_car(self) -> None:
        """A manager releases the car before its bill is settled: the manager signed in
        here, or one who enters their own name and password (or PIN)."""
        if self.order is None:
            return
        actor = acting.current()
        if actor is not None and actor.staff_id is not None \
                and actor.may(Permission.CAR_RELEASE):
            self._confirm_release(None)
            return
        self._ask_manager(self.tr("未结算放行须店长本人确认。请店长输入用户名和密码（或 PIN）。"),
                          Permission.CAR_RELEASE, None, self._confirm_release)

    def _confirm_release(self, grant: accounts.Grant | None) -> None:
        db, work_order_id = self._db, self.order.work_order_id
        reason, token = self.release_reason.text(), grant.token if grant else None

        def call():
            car_release.release_car(db, work_order_id, None, reason, approval_token=token)
            return cashier.settlement_for(db, work_order_id)

        self.confirm_box = ask(
            self, self.tr("未结算放行工单 %1 的车辆？放行后不能撤销。").replace("%1", self.order.number),
            self.tr("放行"), lambda: self._call(call, done=self.tr("车辆已放行，可打印提车单")))

    def _ask_manager(self, prompt: str, permission: Permission, amount,
                     then) -> CredentialsDialog:
        """Open the approval dialog; `then(grant)` once the manager's secret is accepted
        and their role grants `permission`."""
        db = self._db
        dialog = self.approval_dialog = CredentialsDialog(prompt, self)

        def approved(grant: accounts.Grant) -> None:
            dialog.accept()
            then(grant)

        dialog.submitted.connect(lambda name, secret: self._runner.submit(
            lambda: accounts.grant_approval(db, name, secret, permission, amount=amount),
            approved, lambda exc: dialog.show_error(error_text(exc)), owner=dialog))
        dialog.open()
        return dialog

    def print_document(self, kind: str, *, save_only: bool = False,
                       path: str | None = None) -> None:
        """Print (or save as PDF) the settlement slip or the pick-up slip through the one
        printing path; the pick-up slip is refused for a car neither settled nor released."""
        if self.order is None:
            return
        db, store_id, order = self._db, self._store_id, self.order
        bill_id = self.bill.id if self.bill else None
        title = f"{kind}-{order.number}"

        def document() -> tuple[str, bytes]:
            if kind == "pickup":
                return title, car_release.pickup_slip_pdf(db, order.work_order_id, store_id)
            return title, cashier.settlement_slip_pdf(db, bill_id, store_id)

        self.printing.output(document, f"{title}.pdf", self, path=path, save_only=save_only,
                             printer=self.printer_combo.currentData())

    def _call(self, fn, *, clear=(), done: str = "") -> None:
        submit(self._runner, self, self.errors, fn,
               lambda bill: (self._bill_loaded(bill), self.refresh()), clear=clear, done=done)


def _choose_payment() -> ValidationError:
    return ValidationError("请先在表中选中要退款的收款。", "Select the payment to refund first.",
                           field="amount")
