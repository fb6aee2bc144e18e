"""The cashier's points tab (积分抵扣): what the customer holds, the most that may pay the
bill, redeeming a number of points and giving them all back while the bill is open."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.widgets.basics import Retranslatable


class PointsTab(Retranslatable, QWidget):
    """The points of the bill's customer; the settlement panel runs the two actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bill = None
        self.held = QLabel()
        self.redeemed = QLabel()
        self.points = QLineEdit()
        self.points.setValidator(QIntValidator(0, 2_000_000_000, self.points))
        self.redeem = QPushButton()
        self.use_most = QPushButton()
        self.use_most.clicked.connect(self._fill_most)
        self.reason = QLineEdit()
        self.give_back = QPushButton()
        redeem_row = QHBoxLayout()
        for widget in (self.points, self.use_most, self.redeem):
            redeem_row.addWidget(widget)
        back_row = QHBoxLayout()
        back_row.addWidget(self.reason, 1)
        back_row.addWidget(self.give_back)
        form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(4)]
        for label, row in zip(self.labels, (self.held, self.redeemed, redeem_row, back_row),
                              strict=True):
            form.addRow(label, row)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        for label, text in zip(self.labels, (self.tr("可用积分"), self.tr("本单已抵扣"),
                                             self.tr("抵扣积分"), self.tr("退回积分")),
                               strict=True):
            label.setText(text)
        self.points.setPlaceholderText(self.tr("积分数"))
        self.use_most.setText(self.tr("全部可抵"))
        self.redeem.setText(self.tr("抵扣"))
        self.reason.setPlaceholderText(self.tr("退回原因"))
        self.give_back.setText(self.tr("退回全部积分"))
        self.show_bill(self.bill)

    def show_bill(self, bill) -> None:
        """Show the points of `bill` (None: no bill yet)."""
        self.bill = bill
        open_bill = bill is not None and bill.status != "settled"
        if bill is None:
            self.held.setText("—")
            self.redeemed.setText("—")
        else:
            self.held.setText(self.tr("%1 分（本单最多可抵 %2 分）")
                              .replace("%1", str(bill.points_balance))
                              .replace("%2", str(bill.points_most)))
            self.redeemed.setText(self.tr("%1 分，抵 %2 元")
                                  .replace("%1", str(bill.points_redeemed))
                                  .replace("%2", f"{bill.points_value:,.2f}"))
        for widget in (self.points, self.use_most, self.redeem):
            widget.setEnabled(open_bill and bill.points_most > 0)
        for widget in (self.reason, self.give_back):
            widget.setEnabled(open_bill and bill.points_redeemed > 0)

    def _fill_most(self) -> None:
        if self.bill is not None:
            self.points.setText(str(self.bill.points_most))
