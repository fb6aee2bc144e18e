"""The purchasing page (采购与到货): the open replenishment requests (low stock and special
orders for a work order), turned into one purchase order per supplier; the purchase orders
with their lines, a delivery typed in per line (the rest stays back-ordered); the purchase
order and a work order's picking list printed through the one printing path."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import parts, purchasing, stock_documents
from ui.backoffice.forms import FormErrors, submit
from ui.backoffice.transfer_panel import TransferPanel
from ui.messages import show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.desk_store import DeskStore
from ui.widgets.print_actions import PrintActions, PrinterCombo
from ui.widgets.record_table_model import Column, RecordTableModel


class PurchasingPage(Retranslatable, QWidget):
    """Requests on the left, purchase orders and receiving on the right, for `store_id`."""

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore = 1,
                 parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.order = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.requests_box, self.orders_box = QGroupBox(), QGroupBox()
        self.requests_model = RecordTableModel([
            Column("", lambda r: r.part_code), Column("", lambda r: r.part_name),
            Column("", lambda r: str(r.qty), True), Column("", lambda r: code_text(r.status)),
            Column("", lambda r: r.work_order_number or "")])
        self.requests = make_table(self.requests_model)
        self.make_orders = QPushButton()
        self.make_orders.clicked.connect(self.order_requests)
        self.work_order, self.part_code, self.qty = QLineEdit(), QLineEdit(), QSpinBox()
        self.qty.setRange(1, 999)
        self.special = QPushButton()
        self.special.clicked.connect(self.special_order)
        self.print_picking = QPushButton()
        self.print_picking.clicked.connect(lambda: self.print_document("picking"))
        self.orders_model = RecordTableModel([
            Column("", lambda o: o.number), Column("", lambda o: o.supplier_name),
            Column("", lambda o: code_text(o.status)),
            Column("", lambda o: local_time(o.created_at)),
            Column("", lambda o: f"{o.total:,.2f}", True)])
        self.orders = make_table(self.orders_model)
        self.orders.selectionModel().currentRowChanged.connect(self._order_chosen)
        self.lines_model = QStandardItemModel(0, 6)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.receive = QPushButton()
        self.receive.clicked.connect(self.receive_delivery)
        self.printer_combo = PrinterCombo()
        self.printing = PrintActions(runner, self)
        self.printing.printers_loaded.connect(self.printer_combo.show_printers)
        self.printing.done.connect(show_status)
        self.print_order, self.save_order = QPushButton(), QPushButton()
        self.print_order.clicked.connect(lambda: self.print_document("purchase_order"))
        self.save_order.clicked.connect(
            lambda: self.print_document("purchase_order", save_only=True))
        self.error = QLabel()
        self.printing.failed.connect(self.error.setText)
        self.confirm_box = None      # the open question before a final action
        self.errors = FormErrors(self.error, {
            "work_order_number": self.work_order, "work_order_id": self.work_order,
            "part_code": self.part_code, "part_id": self.part_code, "qty": self.qty,
            "quantities": self.lines})
        self.transfers = TransferPanel(db, runner, store_id, self.error)
        self._layout()
        self.retranslate()
        if start:
            self.refresh()
            self.printing.load_printers()

    def _layout(self) -> None:
        special = QHBoxLayout()
        for widget in (self.work_order, self.part_code, self.qty, self.special,
                       self.print_picking):
            special.addWidget(widget)
        left = QVBoxLayout(self.requests_box)
        left.addWidget(self.requests, 1)
        left.addWidget(self.make_orders)
        left.addLayout(special)
        actions = QHBoxLayout()
        for widget in (self.receive, self.print_order, self.save_order):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.printer_combo)
        right = QVBoxLayout(self.orders_box)
        right.addWidget(self.orders, 2)
        right.addWidget(self.lines, 2)
        right.addLayout(actions)
        column = QSplitter(Qt.Orientation.Vertical)
        column.addWidget(self.requests_box)
        column.addWidget(self.transfers)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(column)
        split.addWidget(self.orders_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("采购与到货"))
        self.requests_box.setTitle(self.tr("待采购申请（低库存与特订件）"))
        self.orders_box.setTitle(self.tr("采购单"))
        self.requests_model.set_headers([self.tr("配件号"), self.tr("名称"), self.tr("数量"),
                                         self.tr("状态"), self.tr("特订工单")])
        self.orders_model.set_headers([self.tr("采购单号"), self.tr("供应商"), self.tr("状态"),
                                       self.tr("下单时间"), self.tr("金额")])
        self.lines_model.setHorizontalHeaderLabels([
            self.tr("配件号"), self.tr("名称"), self.tr("订货"), self.tr("已到"),
            self.tr("本次到货"), self.tr("特订工单")])
        self.make_orders.setText(self.tr("按供应商生成采购单"))
        self.work_order.setPlaceholderText(self.tr("工单号"))
        self.part_code.setPlaceholderText(self.tr("配件号"))
        self.special.setText(self.tr("特订"))
        self.print_picking.setText(self.tr("打印领料单"))
        self.receive.setText(self.tr("登记到货"))
        self.print_order.setText(self.tr("打印采购单"))
        self.save_order.setText(self.tr("保存采购单 PDF"))
        for view in (self.requests, self.orders, self.lines):
            view.resizeColumnsToContents()

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the open requests and the purchase orders."""
        db, store_id = self._db, self._store_id

        def load():
            requests = parts.open_requests(db, store_id=store_id)
            return requests, purchasing.purchase_orders(db, store_id)

        self._runner.submit(load, self._loaded, self.errors.fail, owner=self)
        self.transfers.refresh()

    def _loaded(self, result) -> None:
        requests, orders = result
        self.requests_model.set_records(requests)
        self.requests.resizeColumnsToContents()
        chosen = self.order.id if self.order else None
        self.orders_model.set_records(orders)
        self.orders.resizeColumnsToContents()
        rows = [i for i, o in enumerate(orders) if o.id == chosen] or ([0] if orders else [])
        if rows:
            self.orders.selectRow(rows[0])
            self._show_order(orders[rows[0]])
        else:
            self._show_order(None)

    def _order_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_order(self.orders_model.record(current.row()))

    def _show_order(self, order) -> None:
        self.order = order
        self.lines_model.setRowCount(0)
        for line in order.lines if order else ():
            cells = [QStandardItem(x) for x in (line.part_code, line.part_name,
                                                str(line.qty_ordered), str(line.qty_received),
                                                "", line.work_order_number)]
            cells[0].setData(line.id, Qt.ItemDataRole.UserRole)
            for number, cell in enumerate(cells):
                cell.setEditable(number == 4 and line.back_order > 0)
            self.lines_model.appendRow(cells)
        self.lines.resizeColumnsToContents()
        open_ = order is not None and order.status in ("ordered", "partly_received")
        self.receive.setEnabled(open_)
        self.print_order.setEnabled(order is not None)
        self.save_order.setEnabled(order is not None)

    def arrived(self) -> dict[int, int]:
        """What was typed in the "this delivery" column, by line (blank lines left out)."""
        result = {}
        for row in range(self.lines_model.rowCount()):
            text = self.lines_model.item(row, 4).text().strip()
            if text:
                ident = self.lines_model.item(row, 0).data(Qt.ItemDataRole.UserRole)
                result[ident] = int(text) if text.isdigit() else -1
        return result

    # --- actions --------------------------------------------------------------------------
    def order_requests(self) -> None:
        """One purchase order per supplier from the open requests."""
        db, store_id = self._db, self._store_id
        self.confirm_box = ask(
            self, self.tr("将所有待处理的补货申请按供应商生成采购单？"), self.tr("生成采购单"),
            lambda: self._call(lambda: purchasing.order_requests(db, store_id),
                               lambda orders: self.tr("已生成 %1 张采购单").replace(
                                   "%1", str(len(orders)))))

    def special_order(self) -> None:
        """Order the typed part for the typed work order."""
        db, number, code, qty = (self._db, self.work_order.text(), self.part_code.text(),
                                 self.qty.value())
        self._call(lambda: purchasing.special_order_by_numbers(db, number, code, qty),
                   lambda request: self.tr("已为工单 %1 特订 %2").replace(
                       "%1", request.work_order_number).replace("%2", request.part_code))

    def receive_delivery(self) -> None:
        """Post what arrived; the rest stays back-ordered."""
        if self.order is None:
            return
        db, ident, version, arrived = self._db, self.order.id, self.order.version, self.arrived()
        self.confirm_box = ask(
            self, self.tr("登记采购单 %1 的到货并入库？入库后不能撤销。").replace(
                "%1", self.order.number), self.tr("入库"),
            lambda: self._call(lambda: purchasing.receive_delivery(db, ident, arrived,
                                                                   expected_version=version),
                               self._receipt_text))

    def _receipt_text(self, receipt) -> str:
        text = self.tr("已登记到货：%1").replace("%1", receipt.order.number)
        if receipt.released_work_orders:
            text += self.tr("；配件已到，工单 %1 可继续").replace(
                "%1", "、".join(receipt.released_work_orders))
        return text

    def print_document(self, kind: str, *, save_only: bool = False,
                       path: str | None = None) -> None:
        """The purchase order, or the typed work order's picking list, printed or saved."""
        db, store_id = self._db, self._store_id
        if kind == "purchase_order":
            if self.order is None:
                return
            ident, title = self.order.id, f"purchase-order-{self.order.number}"

            def document() -> tuple[str, bytes]:
                return title, stock_documents.purchase_order_pdf(db, ident, store_id)
        else:
            number = self.work_order.text().strip().upper()
            title = f"picking-{number}"

            def document() -> tuple[str, bytes]:
                return title, stock_documents.picking_list_pdf_by_number(db, number, store_id)

        self.errors.clear()
        self.printing.output(document, f"{title}.pdf", self, path=path, save_only=save_only,
                             printer=self.printer_combo.currentData())

    def _call(self, fn, message) -> None:
        submit(self._runner, self, self.errors, fn,
               lambda result: (show_status(message(result)), self.refresh()))
