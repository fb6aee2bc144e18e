"""A list behind a number of the today strip: the cars in the shop, or those owed a progress
update. Double-click or Enter opens the work order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.domain.plates import format_plate
from app.services.work_order_board import BoardCard
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.fit import fit_to_screen
from ui.widgets.record_table_model import Column, RecordTableModel


class WorkOrderListDialog(Retranslatable, QDialog):
    """Work orders of a today figure; `open_work_order(id)` on double-click or Enter."""

    open_work_order = Signal(int)

    def __init__(self, kind: str, cards: Sequence[BoardCard],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind        # 'in_shop' or 'overdue_updates'
        self.setObjectName(f"todayList_{kind}")
        self.model = RecordTableModel([
            Column("", lambda c: c.number), Column("", lambda c: format_plate(c.plate)),
            Column("", lambda c: c.vehicle_model), Column("", lambda c: c.customer_name or ""),
            Column("", lambda c: code_text(c.status)),
            Column("", lambda c: local_time(c.promised_at, "%H:%M")),
            Column("", lambda c: local_time(c.last_progress_at or c.opened_at, "%H:%M"))])
        self.model.set_records(cards)
        self.table = make_table(self.model)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 420)
        self.retranslate()
        if cards:
            self.table.selectRow(0)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("在店车辆") if self.kind == "in_shop" else self.tr("进度待更新"))
        self.model.set_headers([self.tr("工单号"), self.tr("车牌"), self.tr("车型"), self.tr("客户"),
                                self.tr("状态"), self.tr("承诺交车"), self.tr("上次更新")])

    def _open(self, index) -> None:
        self.open_work_order.emit(self.model.record(index.row()).id)
