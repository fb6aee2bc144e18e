"""The lead's order (订单): made with a deposit and an expected delivery; then the delivery
checklist (交车仪式: each item ticked records who and when) and the delivery with the car's
VIN and plate, or its cancellation before delivery with a reason (asked first; the lead goes
back to negotiating and a new order may be made). A refusal names the field and keeps what
was typed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.leads import DeliveryCheck
from app.domain.survey_templates import SurveyPolicy
from app.errors import UserError
from app.services import sales_orders
from app.services.common import store_today
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets import confirm
from ui.widgets.basics import Retranslatable, local_time, mark_invalid
from ui.widgets.code_text import code_text


class OrderPanel(Retranslatable, QGroupBox):
    """`changed()` after an order was made, ticked or delivered; `failed(str)`."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner,
                 survey_policy: SurveyPolicy = SurveyPolicy(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self.survey_policy = db, runner, survey_policy
        self.lead_id = 0
        self.order: sales_orders.OrderRecord | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.deposit, self.vin, self.plate = QLineEdit(), QLineEdit(), QLineEdit()
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setMaxLength(200)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.confirm_box = None
        self.expected = QDateEdit()
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat("yyyy-MM-dd")
        self.order_button, self.deliver_button = QPushButton(), QPushButton()
        self.checks = {item.value: QCheckBox() for item in DeliveryCheck}
        for item, box in self.checks.items():
            box.clicked.connect(lambda _on, item=item: self.tick(item))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.order_button.clicked.connect(self.make_order)
        self.deliver_button.clicked.connect(self.ask_deliver)
        self.fields = {"deposit": self.deposit, "expected_delivery": self.expected,
                       "vin": self.vin, "plate": self.plate, "cancel_reason": self.cancel_reason}
        self._build()
        self.retranslate()
        self.show_order(0, None)

    def _build(self) -> None:
        self.new_form, self.checklist = QWidget(), QWidget()
        form = QFormLayout(self.new_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.deposit_label, self.expected_label = QLabel(), QLabel()
        form.addRow(self.deposit_label, self.deposit)
        form.addRow(self.expected_label, self.expected)
        form.addRow("", self.order_button)
        checks = QVBoxLayout(self.checklist)
        checks.setContentsMargins(0, 0, 0, 0)
        for box in self.checks.values():
            checks.addWidget(box)
        line = QHBoxLayout()
        self.vin_label, self.plate_label = QLabel(), QLabel()
        for widget in (self.vin_label, self.vin, self.plate_label, self.plate,
                       self.deliver_button):
            line.addWidget(widget, 1 if widget in (self.vin, self.plate) else 0)
        checks.addLayout(line)
        cancel_line = QHBoxLayout()
        self.cancel_label = QLabel()
        cancel_line.addWidget(self.cancel_label)
        cancel_line.addWidget(self.cancel_reason, 1)
        cancel_line.addWidget(self.cancel_button)
        checks.addLayout(cancel_line)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.new_form)
        layout.addWidget(self.checklist)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setTitle(self.tr("订单与交车"))
        self.deposit_label.setText(self.tr("订金（元）"))
        self.expected_label.setText(self.tr("预计交车日期"))
        self.order_button.setText(self.tr("下订单"))
        self.deliver_button.setText(self.tr("交车"))
        self.vin_label.setText(self.tr("车架号"))
        self.plate_label.setText(self.tr("车牌"))
        self.deposit.setPlaceholderText(self.tr("例如 5000"))
        self.cancel_label.setText(self.tr("取消原因"))
        self.cancel_reason.setPlaceholderText(self.tr("取消订单时必填"))
        self.cancel_button.setText(self.tr("取消订单…"))
        self.show_order(self.lead_id, self.order)

    def load(self, lead_id: int) -> None:
        """Fetch the lead's latest order off the UI thread (0: no lead)."""
        self.lead_id = lead_id
        if not lead_id:
            self.show_order(0, None)
            return
        db = self._db
        self._runner.submit(lambda: sales_orders.orders_of(db, lead_id),
                            lambda orders: self.show_order(lead_id, orders[0] if orders else None),
                            self._refused, owner=self)

    def show_order(self, lead_id: int, order: sales_orders.OrderRecord | None) -> None:
        """Show the order form (no order yet), the checklist (open order) or the result."""
        self.lead_id, self.order = lead_id, order
        self.setEnabled(bool(lead_id))
        cancelled = order is not None and order.status == "cancelled"
        self.new_form.setVisible(order is None or cancelled)
        self.checklist.setVisible(order is not None and not cancelled)
        if order is None or cancelled:
            prompt = self.tr("下订单：按已关联报价的配置，填写订金和预计交车日期。")
            if cancelled:
                prompt = self.tr("订单 %1 已取消（%2）。").replace("%1", order.number).replace(
                    "%2", order.cancel_reason) + self._deposit_text(order) + prompt
            self.summary.setText(prompt)
            if not self.expected.date().isValid() or self.expected.date() < QDate(store_today()):
                self.expected.setDate(QDate(store_today() + timedelta(days=14)))
            return
        self.summary.setText(
            self.tr("订单 %1 · %2 %3 · 合计 ¥%4 · 订金 ¥%5 · 预计交车 %6 · %7")
            .replace("%1", order.number).replace("%2", order.configuration)
            .replace("%3", order.colour).replace("%4", f"{order.total:,.2f}")
            .replace("%5", f"{order.deposit:,.2f}")
            .replace("%6", f"{order.expected_delivery:%Y-%m-%d}")
            .replace("%7", code_text(order.status, "order_status")))
        is_open = order.status == "open"
        for check in order.checks:
            box = self.checks[check.item]
            name = code_text(check.item, "delivery_check")
            if check.done_at is not None:
                name += self.tr("（%1 %2）").replace("%1", check.done_by or "—").replace(
                    "%2", local_time(check.done_at, "%m-%d %H:%M"))
            box.setText(name)
            box.setChecked(check.done_at is not None)
            box.setEnabled(is_open and check.done_at is None)
        for widget in (self.vin, self.plate, self.deliver_button, self.cancel_reason,
                       self.cancel_button):
            widget.setEnabled(is_open)

    def make_order(self) -> None:
        """Make the order from the lead's quote."""
        lead_id, deposit, db = self.lead_id, self.deposit.text(), self._db
        expected = self.expected.date().toPython()
        self._call(lambda: sales_orders.create_order(db, lead_id, deposit=deposit,
                                                     expected_delivery=expected))

    def tick(self, item: str) -> None:
        """Tick one checklist item (who and when are recorded)."""
        if self.order is not None:
            order_id, db = self.order.id, self._db
            self._call(lambda: sales_orders.tick_check(db, order_id, item))

    def ask_deliver(self) -> None:
        """Deliver the car, after asking: it registers the vehicle and closes the lead."""
        if self.order is None:
            return
        order_id, version, db = self.order.id, self.order.version, self._db
        vin, plate, policy = self.vin.text(), self.plate.text(), self.survey_policy
        confirm.ask(self, self.tr("确认交车？将登记车辆并开始关怀与交车回访。"), self.tr("交车"),
                    lambda: self._call(lambda: sales_orders.deliver_order(
                        db, order_id, version, vin=vin, plate=plate, survey_policy=policy)))

    def ask_cancel(self) -> None:
        """Cancel the order with the typed reason, after asking (the service checks it)."""
        if self.order is None:
            return
        order, db, reason = self.order, self._db, self.cancel_reason.text()

        def cancel(outcome: str | None = None):
            return lambda: self._call(lambda: sales_orders.cancel_order(
                db, order.id, order.version, reason=reason, deposit_outcome=outcome))

        if order.deposit_paid <= 0:
            self.confirm_box = confirm.ask(self, self.tr(
                "取消订单 %1？商机将回到“议价中”。订金 ¥%2 未在收银台收取，不记退款。").replace(
                "%1", order.number).replace("%2", f"{order.deposit:,.2f}"),
                self.tr("取消订单"), cancel())
            return
        question = self.tr("取消订单 %1？商机将回到“议价中”。\n客户已付订金 ¥%2："
                           "退还客户（按原支付方式记退款），还是订金不退？请与客户确认后选择。"
                           ).replace("%1", order.number).replace("%2", f"{order.deposit_paid:,.2f}")
        self.confirm_box = confirm.ask_choice(self, question, [
            (self.tr("退还订金并取消"), cancel("refunded")),
            (self.tr("订金不退并取消"), cancel("forfeited"))])

    def _deposit_text(self, order: sales_orders.OrderRecord) -> str:
        """What became of a cancelled order's deposit (nothing when none was paid)."""
        if not order.deposit_outcome:
            return ""
        return self.tr("%1。").replace("%1", code_text(order.deposit_outcome, "deposit_outcome"))

    def _call(self, fn) -> None:
        for field in self.fields.values():
            mark_invalid(field, False)
        self.error.clear()
        self._runner.submit(fn, self._done, self._refused, owner=self)

    def _done(self, result) -> None:
        order = getattr(result, "order", result)
        if order is not result:
            self.vin.clear()
            self.plate.clear()
            done = self.tr("已交车：车辆已登记，关怀与交车回访已安排。")
            if result.referral_points:
                done += self.tr("推荐人获得 %1 积分。").replace(
                    "%1", f"{result.referral_points:,}")
            self.error.setText(done)
        elif order.status == "cancelled":
            self.cancel_reason.clear()
            self.error.setText(self.tr("订单已取消，商机回到“议价中”。"))
        self.show_order(self.lead_id, order)
        self.changed.emit()

    def _refused(self, exc: Exception) -> None:
        text = error_text(exc)
        self.error.setText(text)
        field = self.fields.get(exc.field) if isinstance(exc, UserError) else None
        if field is not None:
            mark_invalid(field, True)
        if self.order is not None:
            self.show_order(self.lead_id, self.order)     # an unticked box stays unticked
        self.failed.emit(text)
