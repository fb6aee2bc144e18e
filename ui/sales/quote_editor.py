"""The quote editor (电子报价单): customer, vehicle and every price line, the total updating
as the consultant types, the finance plans side by side, and inline validation.

Pricing runs on the UI thread through the pure `quotes.price` (cheap, no I/O); loading,
saving and printing go through the TaskRunner. A discount beyond the consultant's limit shows
the approval row: the manager approves by typing their own name and password (or PIN) in
the approval dialog on this desk, or is the one signed in; choosing a name proves nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.money import MoneyError, money
from app.domain.pricing import EnergyType, PricedItem
from app.domain.roles import Permission
from app.errors import UserError
from app.services import accounts, quote_commands, quotes
from app.services import sales_catalogue as catalogue
from app.services.common import store_today
from app.services.quotes import QuoteForm
from ui.i18n import current_language
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable
from ui.widgets.code_text import code_text
from ui.widgets.credentials import CredentialsDialog
from ui.widgets.fit import fit_to_screen, share_the_rest
from ui.widgets.print_actions import PrintActions, PrinterCombo
from ui.widgets.record_table_model import Column, RecordTableModel
from ui.widgets.search_box import SearchBox

ERROR_STYLE = "color: #c0392b;"
ENERGY_TEXT = {EnergyType.PETROL: QT_TRANSLATE_NOOP("QuoteEditor", "燃油"),
               EnergyType.HYBRID: QT_TRANSLATE_NOOP("QuoteEditor", "油电混合"),
               EnergyType.PHEV: QT_TRANSLATE_NOOP("QuoteEditor", "插电混动"),
               EnergyType.BEV: QT_TRANSLATE_NOOP("QuoteEditor", "纯电动")}
#: The quote statuses, in the order the sales page filters by.
QUOTE_STATUSES = ("draft", "given", "accepted", "expired")


def status_text(status: str) -> str:
    """A quote status in the current language."""
    return code_text(status)


MONEY_FIELDS = ("subsidy", "discount", "registration_fee", "other_fees")


@dataclass(frozen=True)
class EditorData:
    """The catalogues and staff the editor picks from (loaded in the background)."""

    vehicles: tuple[catalogue.VehicleRecord, ...]
    accessories: tuple[catalogue.AccessoryRecord, ...]
    insurance: tuple[catalogue.InsuranceRecord, ...]
    products: tuple[catalogue.FinanceProductRecord, ...]
    staff: tuple[catalogue.SalesStaffRecord, ...]


def load_editor_data(db: Database, store_id: int) -> EditorData:
    """Everything the editor's pick lists need (runs off the UI thread)."""
    return EditorData(catalogue.list_vehicles(db), catalogue.list_accessories(db),
                      catalogue.list_insurance(db), catalogue.list_finance_products(db),
                      catalogue.list_sales_staff(db, store_id))


def amount_text(amount: Decimal) -> str:
    """12,345.60 (negative amounts keep their sign; a negative zero shows as 0.00)."""
    return f"{amount.copy_abs() if amount == 0 else amount:,.2f}"


def line_label(line) -> str:
    """A breakdown line's label in the current language."""
    return line.label_en if current_language() == "en" and line.label_en else line.label


def note_text(line) -> str:
    """A breakdown line's note (how the tax was reached) in the current language."""
    return line.note_en if current_language() == "en" and line.note_en else line.note


class QuoteEditor(Retranslatable, QWidget):
    """Build, save, revise and print one quote."""

    loaded = Signal()
    saved = Signal(object)      # QuoteRecord
    failed = Signal(str)
    recomputed = Signal()

    def __init__(self, db: Database, runner: TaskRunner, store_id: int,
                 quote_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed.connect(show_status)
        self._db, self._runner, self._store_id = db, runner, store_id
        self._data: EditorData | None = None
        self._record: quotes.QuoteRecord | None = None
        self._clean_form: QuoteForm | None = None      # the form as last stored
        self._pending_quote = quote_id
        self.printing = PrintActions(runner, self)
        self._build()
        self.retranslate()
        self._connect()
        self.setEnabled(False)
        runner.submit(lambda: load_editor_data(db, store_id), self._loaded, self._load_failed)
        self.printing.load_printers()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        fit_to_screen(self, 1280, 860)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.errors: dict[str, QLabel] = {}
        left = QWidget()
        form_layout = QVBoxLayout(left)
        form_layout.addWidget(self._customer_group())
        form_layout.addWidget(self._vehicle_group())
        form_layout.addWidget(self._price_group())
        form_layout.addWidget(self._items_group())
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(520)
        body = QHBoxLayout()
        body.addWidget(scroll, 5)
        body.addLayout(self._result_column(), 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[field] = label
        return label

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self._error_label(field))
        return box

    def _customer_group(self) -> QGroupBox:
        self.customer_group = QGroupBox()
        self.search = SearchBox(self._db, self._runner)
        self.customer_combo = QComboBox()
        self.new_prospect = QPushButton()
        self.new_prospect.setCheckable(True)
        row = QHBoxLayout()
        row.addWidget(self.customer_combo, 1)
        row.addWidget(self.new_prospect)
        self.prospect_box = QWidget()
        self.prospect_name, self.prospect_mobile = QLineEdit(), QLineEdit()
        self.create_prospect = QPushButton()
        prospect_row = QHBoxLayout(self.prospect_box)
        prospect_row.setContentsMargins(0, 0, 0, 0)
        prospect_row.addWidget(self._with_error(self.prospect_name, "name"), 2)
        prospect_row.addWidget(self._with_error(self.prospect_mobile, "mobile"), 2)
        prospect_row.addWidget(self.create_prospect, 0, Qt.AlignmentFlag.AlignTop)
        self.prospect_box.hide()
        layout = QVBoxLayout(self.customer_group)
        layout.addWidget(self.search)
        layout.addLayout(row)
        layout.addWidget(self._error_label("customer_id"))
        layout.addWidget(self.prospect_box)
        return self.customer_group

    def _vehicle_group(self) -> QGroupBox:
        self.vehicle_group = QGroupBox()
        self.consultant_combo, self.vehicle_combo = QComboBox(), QComboBox()
        self.msrp_label, self.colour = QLabel(), QLineEdit()
        self.vehicle_labels = _rows(QFormLayout(self.vehicle_group), (
            self._with_error(self.consultant_combo, "consultant_id"),
            self._with_error(self.vehicle_combo, "vehicle_id"), self.msrp_label, self.colour))
        return self.vehicle_group

    def _price_group(self) -> QGroupBox:
        self.price_group = QGroupBox()
        self.subsidy, self.discount = QLineEdit(), QLineEdit()
        self.registration_fee, self.other_fee = QLineEdit(), QLineEdit()
        self.registration_fee.setText("500")
        for edit in (self.subsidy, self.discount, self.registration_fee, self.other_fee):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText("0.00")
        self.approval_box = QWidget()
        self.approve_button = QPushButton()
        approval = QHBoxLayout(self.approval_box)
        approval.setContentsMargins(0, 0, 0, 0)
        self.approval_label = QLabel()
        approval.addWidget(self.approval_label, 1)
        approval.addWidget(self.approve_button)
        self.approval_box.hide()
        self.approval_dialog: CredentialsDialog | None = None
        self._grant: accounts.Grant | None = None
        #: The approval the loaded quote holds: (approver id, name, discount).
        self._standing: tuple[int, str, Decimal] | None = None
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.notes = QLineEdit()
        self.price_labels = _rows(QFormLayout(self.price_group), (
            self._with_error(self.subsidy, "subsidy"), self._with_error(self.discount, "discount"),
            self.approval_box, self._with_error(self.registration_fee, "registration_fee"),
            self._with_error(self.other_fee, "other_fees"),
            self._with_error(self.valid_until, "valid_until"), self.notes))
        return self.price_group

    def _items_group(self) -> QGroupBox:
        self.items_group = QGroupBox()
        self.accessories, self.insurance, self.plans = QListWidget(), QListWidget(), QListWidget()
        for widget in (self.accessories, self.insurance, self.plans):
            widget.setMinimumHeight(96)
            widget.setMaximumHeight(130)
        self.items_labels = _rows(QFormLayout(self.items_group), (
            self.accessories, self.insurance, self.plans, self._error_label("approved_by_id")))
        return self.items_group

    def _result_column(self) -> QVBoxLayout:
        self.lines_model = RecordTableModel([
            Column("", line_label), Column("", note_text),
            Column("", lambda line: amount_text(line.amount), align_right=True)], self)
        self.lines_view = self._table(self.lines_model)
        self.total_caption, self.total = QLabel(), QLabel()
        self.total.setStyleSheet("font-size: 22px; font-weight: bold; color: #1f4e79;")
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_caption)
        total_row.addStretch(1)
        total_row.addWidget(self.total)
        self.finance_title = QLabel()
        self.finance_title.setStyleSheet("font-weight: bold;")
        self.finance_model = RecordTableModel([
            Column("", lambda r: f"{r.plan.lender} {r.plan.product}"),
            Column("", self._term_text),
            Column("", lambda r: amount_text(r.down_payment), align_right=True),
            Column("", lambda r: amount_text(r.loan_amount), align_right=True),
            Column("", lambda r: amount_text(r.monthly_payment), align_right=True),
            Column("", lambda r: amount_text(r.total_interest), align_right=True),
            Column("", lambda r: amount_text(r.fees), align_right=True),
            Column("", lambda r: amount_text(r.total_cost), align_right=True)], self)
        self.finance_view = self._table(self.finance_model)
        self.finance_view.setMaximumHeight(170)
        self._fit_every_column(self.finance_view)
        column = QVBoxLayout()
        column.addWidget(self.lines_view, 1)
        column.addLayout(total_row)
        column.addWidget(self._error_label("total"))
        column.addWidget(self.finance_title)
        column.addWidget(self.finance_view)
        return column

    def _table(self, model: RecordTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(False)
        view.setWordWrap(False)
        return view

    @staticmethod
    def _fit_every_column(view: QTableView) -> None:
        """Every column in view at 1366 px (longer English headers cut the fees and total
        cost off): the figures as wide as they need, the plan and its term share the rest,
        wrapped over two lines, never narrower than their headers (a scroll bar then)."""
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        share_the_rest(view, (0, 1))

    def _buttons(self) -> QHBoxLayout:
        self.save_button, self.give_button = QPushButton(), QPushButton()
        self.accept_button, self.pdf_button = QPushButton(), QPushButton()
        self.print_button, self.printer_combo = QPushButton(), PrinterCombo()
        self.save_button.setProperty("primary", True)
        row = QHBoxLayout()
        for widget in (self.save_button, self.give_button, self.accept_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.pdf_button, self.printer_combo, self.print_button):
            row.addWidget(widget)
        return row

    def _connect(self) -> None:
        for edit in (self.subsidy, self.discount, self.registration_fee, self.other_fee):
            edit.textChanged.connect(self.recompute)
        for combo in (self.vehicle_combo, self.consultant_combo):
            combo.currentIndexChanged.connect(self.recompute)
        for widget in (self.accessories, self.insurance, self.plans):
            widget.itemChanged.connect(self.recompute)
        self.approve_button.clicked.connect(self.request_approval)
        self.valid_until.dateChanged.connect(self.recompute)
        self.search.results.connect(self._show_customers)
        self.search.failed.connect(self.status.setText)
        self.new_prospect.toggled.connect(self.prospect_box.setVisible)
        self.create_prospect.clicked.connect(self.add_prospect)
        self.save_button.clicked.connect(self.save)
        self.give_button.clicked.connect(self.give)
        self.accept_button.clicked.connect(self.accept)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_quote)
        self.printing.done.connect(self.status.setText)
        self.printing.failed.connect(self._print_failed)
        self.printing.printers_loaded.connect(self.printer_combo.show_printers)

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("电子报价单"))
        self.customer_group.setTitle(self.tr("客户"))
        self.new_prospect.setText(self.tr("新建潜客"))
        self.prospect_name.setPlaceholderText(self.tr("姓名"))
        self.prospect_mobile.setPlaceholderText(self.tr("手机号"))
        self.create_prospect.setText(self.tr("创建潜客"))
        self.vehicle_group.setTitle(self.tr("车型与销售顾问"))
        self.price_group.setTitle(self.tr("价格"))
        self.items_group.setTitle(self.tr("精品、保险与金融方案"))
        for labels, texts in (
                (self.vehicle_labels, (self.tr("销售顾问"), self.tr("车型"), self.tr("指导价"),
                                       self.tr("颜色"))),
                (self.price_labels, (self.tr("厂方补贴（元）"), self.tr("门店优惠（元）"), "",
                                     self.tr("上牌费（元）"), self.tr("其他费用（元）"),
                                     self.tr("有效期至"), self.tr("备注"))),
                (self.items_labels, (self.tr("精品"), self.tr("保险"), self.tr("金融方案"), ""))):
            for label, text in zip(labels, texts, strict=True):
                label.setText(text)
        self.approval_label.setText(self.tr("需经理本人审批"))
        self.approve_button.setText(self.tr("经理审批…"))
        self.lines_model.set_headers([self.tr("项目"), self.tr("说明"), self.tr("金额（元）")])
        self.total_caption.setText(self.tr("合计"))
        self.finance_title.setText(self.tr("金融方案对比"))
        self.finance_model.set_headers([
            self.tr("方案"), self.tr("期数 / 年利率"), self.tr("首付"), self.tr("贷款金额"),
            self.tr("月供"), self.tr("总利息"), self.tr("手续费"), self.tr("总成本")])
        self.give_button.setText(self.tr("交给客户"))
        self.accept_button.setText(self.tr("客户已接受"))
        self.pdf_button.setText(self.tr("保存 PDF"))
        self.print_button.setText(self.tr("打印"))
        self._update_title()
        self.recompute()


    def _term_text(self, result) -> str:
        plan = result.plan
        rate = "0%" if plan.interest_free else f"{Decimal(plan.annual_rate) * 100:.2f}%"
        free = self.tr("（贴息）") if plan.interest_free else ""
        return self.tr("%1 期 / %2").replace("%1", str(plan.term_months)).replace("%2", rate) + free

    def _update_title(self) -> None:
        record = self._record
        if record is None:
            self.title.setText(self.tr("新报价单"))
            self.save_button.setText(self.tr("保存草稿"))
        else:
            status = status_text(record.status)
            self.title.setText(self.tr("报价单 %1 第 %2 版（%3）").replace("%1", record.number)
                               .replace("%2", str(record.revision)).replace("%3", status))
            editable = record.status == "draft" and record.latest
            self.save_button.setText(self.tr("保存草稿") if editable else self.tr("另存为新版本"))
        draft = record is not None and record.latest and record.status == "draft"
        self.give_button.setEnabled(draft)
        self.accept_button.setEnabled(record is not None and record.latest
                                      and record.status == "given")
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(record is not None)
        for button in (self.save_button, self.give_button, self.accept_button, self.pdf_button,
                       self.print_button, self.new_prospect, self.create_prospect):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 40)

    # --- loading ----------------------------------------------------------------------------

    def _loaded(self, data: EditorData) -> None:
        self._data = data
        self.setEnabled(True)
        self._fill_lists(data)
        self.valid_until.setDate(_qdate(store_today()).addDays(quotes.VALID_DAYS))
        if self._pending_quote is not None:
            self.load_quote(self._pending_quote)
        else:
            self.recompute()
            self.loaded.emit()

    def _load_failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.status.setText(error_text(exc))
        self.failed.emit(error_text(exc))

    def _fill_lists(self, data: EditorData) -> None:
        blockers = [w.blockSignals(True) for w in self._pickers()]
        self.consultant_combo.clear()
        for staff in data.staff:
            self.consultant_combo.addItem(staff.name, staff)
        actor = acting.current()   # a new quote is the signed-in consultant's own
        if actor is not None and actor.staff_id is not None:
            _select(self.consultant_combo, lambda s: s.id == actor.staff_id)
        self.vehicle_combo.clear()
        for vehicle in data.vehicles:
            self.vehicle_combo.addItem(vehicle.title, vehicle)
        self.accessories.clear()
        for item in data.accessories:
            self._add_item(self.accessories, f"{item.name}  ¥{amount_text(item.price)}",
                           PricedItem(item.name, item.price, item.name_en), False)
        self.insurance.clear()
        for product in data.insurance:
            name = f"{product.insurer} {product.name}".strip()
            self._add_item(self.insurance, f"{name}  ¥{amount_text(product.premium)}",
                           PricedItem(product.name, product.premium, product.name_en),
                           product.compulsory)
        self.plans.clear()
        for product in data.products:
            self._add_item(self.plans, f"{product.lender} · {product.name}", product.plan(),
                           False)
        for widget, blocked in zip(self._pickers(), blockers, strict=True):
            widget.blockSignals(blocked)

    def _pickers(self) -> tuple[QWidget, ...]:
        return (self.consultant_combo, self.vehicle_combo,
                self.accessories, self.insurance, self.plans)

    @staticmethod
    def _add_item(widget: QListWidget, text: str, value, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, value)
        return item

    def load_quote(self, quote_id: int) -> None:
        """Show a stored quote (to edit a draft, or revise, give, accept or print it)."""
        db = self._db
        self._runner.submit(lambda: quotes.get_quote(db, quote_id), self._show_quote,
                            self._load_failed)

    def _show_quote(self, detail: quotes.QuoteDetail) -> None:
        self._record = detail.quote
        form = detail.form
        _select(self.vehicle_combo, lambda v: v.id == form.vehicle_id)
        _select(self.consultant_combo, lambda s: s.id == form.consultant_id)
        if form.customer_id is not None:
            self._set_customer(form.customer_id, detail.quote.customer_name)
        self.colour.setText(form.colour)
        self.notes.setText(form.notes)
        for edit, value in ((self.subsidy, form.subsidy), (self.discount, form.discount),
                            (self.registration_fee, form.registration_fee),
                            (self.other_fee, sum((i.amount for i in form.other_fees),
                                                 Decimal(0)))):
            edit.setText(f"{value:.2f}" if value else "")
        self._check(self.accessories, form.accessories, lambda a, b: a.name == b.name)
        self._check(self.insurance, form.insurance, lambda a, b: a.name == b.name)
        self._check(self.plans, form.finance,
                    lambda a, b: (a.lender, a.product, a.term_months)
                    == (b.lender, b.product, b.term_months))
        self._grant = None
        self._standing = None if form.approved_by_id is None else (
            form.approved_by_id, detail.quote.approved_by_name, form.discount)
        if form.valid_until is not None:
            self.valid_until.setDate(_qdate(form.valid_until))
        self._update_title()
        self.recompute()
        self._clean_form = self.read_form(show_errors=False)
        self.loaded.emit()

    def _check(self, widget: QListWidget, chosen, same) -> None:
        """Check the catalogue entries in `chosen`; add (checked) those no longer listed."""
        widget.blockSignals(True)
        remaining = list(chosen)
        for row in range(widget.count()):
            item = widget.item(row)
            match = next((c for c in remaining if same(item.data(Qt.ItemDataRole.UserRole), c)),
                         None)
            item.setCheckState(Qt.CheckState.Checked if match else Qt.CheckState.Unchecked)
            if match is not None:
                item.setData(Qt.ItemDataRole.UserRole, match)
                remaining.remove(match)
        for value in remaining:
            amount = getattr(value, "amount", None)
            text = f"{value.name}  ¥{amount_text(amount)}" if amount is not None else \
                f"{value.lender} · {value.product}"
            self._add_item(widget, text, value, True)
        widget.blockSignals(False)

    # --- customers --------------------------------------------------------------------------

    def _show_customers(self, hits) -> None:
        self.customer_combo.clear()
        for hit in hits:
            self.customer_combo.addItem(f"{hit.name}  {hit.mobile_masked}", hit.customer_id)
        if not hits and self.search.edit.text().strip():
            self._show_field_error("customer_id", self.tr("没有找到客户：可“新建潜客”。"))
        else:
            self._show_field_error("customer_id", "")

    def _set_customer(self, customer_id: int, name: str) -> None:
        index = self.customer_combo.findData(customer_id)
        if index < 0:
            self.customer_combo.addItem(name, customer_id)
            index = self.customer_combo.count() - 1
        self.customer_combo.setCurrentIndex(index)

    def customer_id(self) -> int | None:
        """The chosen customer's id, or None."""
        value = self.customer_combo.currentData()
        return int(value) if value is not None else None

    def add_prospect(self) -> None:
        """Register the typed name and mobile as a prospect and choose them."""
        self._show_field_error("name", "")
        self._show_field_error("mobile", "")
        db, name, mobile = self._db, self.prospect_name.text(), self.prospect_mobile.text()
        consultant = self.consultant_combo.currentData()
        consultant_id = consultant.id if consultant and not consultant.is_manager else None
        self._runner.submit(
            lambda: quotes.create_prospect(db, name=name, mobile=mobile,
                                           consultant_id=consultant_id),
            self._prospect_created, self._show_error)

    def _prospect_created(self, created: tuple[int, str]) -> None:
        ident, name = created
        self._set_customer(ident, name)
        self.prospect_name.clear()
        self.prospect_mobile.clear()
        self.new_prospect.setChecked(False)
        self._show_field_error("customer_id", "")
        self.status.setText(self.tr("已新建潜客 %1").replace("%1", name))

    # --- pricing ----------------------------------------------------------------------------

    def read_form(self, *, show_errors: bool = True) -> QuoteForm | None:
        """The form as typed, or None when an amount cannot be read (shown inline)."""
        vehicle, consultant = self.vehicle_combo.currentData(), self.consultant_combo.currentData()
        amounts: dict[str, Decimal] = {}
        for field, edit in zip(MONEY_FIELDS, (self.subsidy, self.discount,
                                              self.registration_fee, self.other_fee),
                               strict=True):
            try:
                amounts[field] = money(edit.text() or "0")
            except MoneyError:
                if show_errors:
                    self._show_field_error(field, self.tr("请输入有效金额，如 3000 或 2,999.50"))
        if vehicle is None or consultant is None or len(amounts) < len(MONEY_FIELDS):
            return None
        other = amounts.pop("other_fees")
        approver = self._approver(amounts["discount"])
        return QuoteForm(
            vehicle_id=vehicle.id, consultant_id=consultant.id, customer_id=self.customer_id(),
            colour=self.colour.text(), accessories=_checked(self.accessories),
            insurance=_checked(self.insurance), finance=_checked(self.plans),
            other_fees=(PricedItem("其他费用", other, "Other fees"),) if other else (),
            valid_until=self.valid_until.date().toPython(), notes=self.notes.text(),
            approved_by_id=approver[0] if approver else None,
            approval_token=self._grant.token if approver and self._grant else None, **amounts)

    def _approver(self, discount: Decimal) -> tuple[int, str] | None:
        """Who approves a discount of `discount`: the manager who typed their password or
        PIN for it, the manager signed in here, or the approval the quote already holds."""
        grant, actor = self._grant, acting.current()
        if grant is not None and (grant.amount is None or discount <= grant.amount):
            return grant.approver_id, grant.approver_name
        if actor is not None and actor.staff_id is not None \
                and actor.may(Permission.DISCOUNT_APPROVE):
            return actor.staff_id, actor.name
        if self._standing is not None and discount <= self._standing[2]:
            return self._standing[0], self._standing[1]
        return None

    def recompute(self) -> QuoteForm | None:
        """Re-price what is typed: lines, total, finance table and inline messages."""
        for field in (*MONEY_FIELDS, "total", "approved_by_id", "valid_until"):
            self._show_field_error(field, "")
        form = self.read_form() if self._data is not None else None
        priced = None
        if form is not None:
            try:
                priced = quotes.price(form, self.vehicle_combo.currentData(), self._quote_day())
            except UserError as exc:
                self._show_error(exc, emit=False)
        vehicle = self.vehicle_combo.currentData()
        energy = self.tr(ENERGY_TEXT[vehicle.energy]) if vehicle else ""
        self.msrp_label.setText(f"¥{amount_text(vehicle.msrp)}  {energy}" if vehicle else "")
        breakdown, finance = priced or (None, ())
        self.lines_model.set_records(breakdown.lines if breakdown else ())
        self.finance_model.set_records(finance)
        self.total.setText(f"¥{amount_text(breakdown.total)}" if breakdown else "—")
        self.lines_view.resizeColumnsToContents()
        self.finance_view.resizeRowsToContents()
        self._update_approval(form)
        self.recomputed.emit()
        return form if priced else None

    def _quote_day(self) -> date:
        return store_today()

    def _update_approval(self, form: QuoteForm | None) -> None:
        consultant = self.consultant_combo.currentData()
        needed = (form is not None and consultant is not None
                  and quotes.approval_required(form.discount, consultant))
        self.approval_box.setVisible(needed)
        self.price_labels[2].setVisible(needed)
        approver = self._approver(form.discount) if needed else None
        self.approve_button.setVisible(needed and approver is None)
        if needed and approver is None:
            self._show_field_error("discount", error_text(
                quotes.approval_error(form.discount, consultant)))
        elif needed:
            self._show_field_error("discount", self.tr("经理 %1 已确认审批。").replace(
                "%1", approver[1]), error=False)

    def request_approval(self) -> CredentialsDialog | None:
        """Ask the manager, at this desk, for their own name and password (or PIN)."""
        form = self.read_form(show_errors=False)
        if form is None:
            return None
        dialog = self.approval_dialog = CredentialsDialog(
            self.tr("门店优惠 %1 元超出销售顾问权限。请经理本人输入用户名和密码（或 PIN）审批。")
            .replace("%1", amount_text(form.discount)), self)
        dialog.submitted.connect(lambda name, secret: self._approve(dialog, name, secret,
                                                                    form.discount))
        dialog.open()
        return dialog

    def _approve(self, dialog: CredentialsDialog, name: str, secret: str,
                 discount: Decimal) -> None:
        db = self._db

        def approved(grant: accounts.Grant) -> None:
            self._grant = grant
            dialog.accept()
            self.recompute()

        self._runner.submit(
            lambda: accounts.grant_approval(db, name, secret, Permission.DISCOUNT_APPROVE,
                                            amount=discount),
            approved, lambda exc: dialog.show_error(error_text(exc)), owner=dialog)

    def _show_field_error(self, field: str, text: str, *, error: bool = True) -> None:
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(text)
        label.setStyleSheet(ERROR_STYLE if error else "color: #1e7e34;")
        label.setVisible(bool(text))

    def _show_error(self, exc: Exception, *, emit: bool = True) -> None:
        """Show a refusal next to its field (or in the status line); emit `failed`."""
        text = error_text(exc)
        field = getattr(exc, "field", None)
        if field in self.errors:
            self._show_field_error(field, text)
        else:
            self.status.setText(text)
        if emit:
            self.failed.emit(text)

    # --- actions ----------------------------------------------------------------------------

    def save(self) -> None:
        """Save the draft, or a new version of a quote already given (never the old one)."""
        form = self.recompute()
        if form is None:
            self.failed.emit(self.tr("请先改正标红的内容。"))
            return
        consultant = self.consultant_combo.currentData()
        if quotes.approval_required(form.discount, consultant) and form.approved_by_id is None:
            self.failed.emit(self.errors["discount"].text())
            return
        if form.customer_id is None:
            self._show_field_error("customer_id", self.tr("请选择客户，或新建潜客。"))
            self.failed.emit(self.errors["customer_id"].text())
            return
        db, store_id, record = self._db, self._store_id, self._record
        if record is None:
            call = lambda: quotes.create_quote(db, form, store_id=store_id)  # noqa: E731
        elif record.status == "draft" and record.latest:
            call = lambda: quotes.update_quote(db, record.id, record.version, form)  # noqa: E731
        else:
            call = lambda: quotes.revise_quote(db, record.id, form)  # noqa: E731
        self._runner.submit(call, lambda saved: self._saved(saved, form), self._show_error)

    def _saved(self, record: quotes.QuoteRecord, form: QuoteForm | None = None) -> None:
        self._record = record
        if form is not None:
            self._clean_form = form
        self._update_title()
        self.status.setText(self.tr("已保存报价单 %1 第 %2 版").replace("%1", record.number)
                            .replace("%2", str(record.revision)))
        self.saved.emit(record)

    def give(self) -> None:
        """Mark the saved draft as given to the customer."""
        self._move(quotes.give_quote)

    def accept(self) -> None:
        """Record that the customer accepted the quote."""
        self._move(quotes.accept_quote)

    def _move(self, action) -> None:
        record, db = self._record, self._db
        if record is None:
            return
        self._runner.submit(lambda: action(db, record.id, record.version), self._saved,
                            self._show_error)

    def has_unsaved_edits(self) -> bool:
        """True when the form differs from the quote as last stored (or nothing is stored)."""
        return self._record is None or self.read_form(show_errors=False) != self._clean_form

    def _refuse_unsaved(self) -> bool:
        """Refuse to print what is not on screen: the PDF is the stored quote."""
        if not self.has_unsaved_edits():
            return False
        self._print_failed(self.tr("请先保存：报价单有未保存的修改，打印的将是上次保存的版本。"))
        return True

    def save_pdf(self, path: str | None = None) -> None:
        """Save the stored quote as a PDF (asks where unless `path` is given); refused while
        the editor holds unsaved edits."""
        if self._record is None or self._refuse_unsaved():
            return
        if path:
            self.printing.save_pdf(self._document(), path)
        else:
            self.printing.choose_path_and_save(self._document(), f"{self._record.number}.pdf", self)

    def print_quote(self) -> None:
        """Print the stored quote on the chosen printer (the default when none); refused
        while the editor holds unsaved edits."""
        if self._record is not None and not self._refuse_unsaved():
            self.printing.print_document(self._document(), self.printer_combo.currentData())

    def _document(self):
        db, quote_id = self._db, self._record.id
        return lambda: quote_commands.quote_print_job(db, quote_id)

    def _print_failed(self, text: str) -> None:
        self.status.setText(text)
        self.failed.emit(text)


def _rows(form: QFormLayout, fields: tuple[QWidget, ...]) -> tuple[QLabel, ...]:
    """Add one labelled row per field; the labels, for retranslation."""
    labels = tuple(QLabel() for _ in fields)
    for label, field in zip(labels, fields, strict=True):
        form.addRow(label, field)
    return labels


def _checked(widget: QListWidget) -> tuple:
    return tuple(widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())
                 if widget.item(row).checkState() == Qt.CheckState.Checked)


def _select(combo: QComboBox, predicate) -> None:
    for index in range(combo.count()):
        if predicate(combo.itemData(index)):
            combo.setCurrentIndex(index)
            return


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

