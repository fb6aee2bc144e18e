"""Taking a refreshment order (点餐) for a waiting customer: whom (today's visits), the seat
or table, how many of each menu item, a note. Reception or the advisor opens it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.refreshments import MAX_QUANTITY, is_free
from app.services import refreshments
from app.services.refreshments import MenuEntry, QueueOrder, WaitingCustomer
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets import fit
from ui.widgets.basics import Retranslatable, local_time, mark_invalid
from ui.widgets.code_text import code_text
from ui.widgets.level_text import level_text
from ui.widgets.palette import colour


class OrderDialog(Retranslatable, QDialog):
    """`placed(QueueOrder)` after the order was stored; a refusal is shown in the dialog
    and everything typed stays."""

    placed = Signal(object)
    loaded = Signal()

    def __init__(self, database: Database, runner: TaskRunner, store_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._store_id = database, runner, store_id
        self._waiting: tuple[WaitingCustomer, ...] = ()
        self._menu: tuple[MenuEntry, ...] = ()
        self.customer = QComboBox()
        self.customer.currentIndexChanged.connect(self._update_total)
        self.seat = QLineEdit()
        self.seat.setMaxLength(20)
        self.note = QLineEdit()
        self.note.setMaxLength(120)
        self.items = QTableWidget(0, 4)
        self.items.verticalHeader().hide()
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab visits the quantities
        fit.share_the_rest(self.items, (0, 2))
        self.total = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('overdue')};")
        # Own buttons, not standard ones: a language change resets a standard button's text.
        self.buttons = QDialogButtonBox()
        self.place_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.place)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.customer, self.seat, self.note)):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit.fit_to_screen(self, 640, 560)

    def retranslate(self) -> None:
        """(Re)set the texts in the current language."""
        self.setWindowTitle(self.tr("点餐"))
        for label, text in zip(self._labels, (self.tr("客户"), self.tr("座位/桌号"),
                                              self.tr("备注"))):
            label.setText(text)
        self.seat.setPlaceholderText(self.tr("如 A3、休息区 2 号桌"))
        self.items.setHorizontalHeaderLabels(
            [self.tr("名称"), self.tr("类别"), self.tr("价格"), self.tr("数量")])
        self.place_button.setText(self.tr("下单"))
        self.cancel_button.setText(self.tr("取消"))
        self.customer.setPlaceholderText(self.tr("今天还没有到店客户"))
        self._fill_customers()
        self._fill_menu()

    def load(self) -> None:
        """Fetch today's waiting customers and the menu (one call off the UI thread)."""
        db, store_id = self._db, self._store_id
        self._runner.submit(
            lambda: (refreshments.waiting_customers(db, store_id), refreshments.menu(db, store_id)),
            self._loaded, self._show_error)

    def _loaded(self, result) -> None:
        self._waiting, self._menu = result
        self._fill_customers()
        self._fill_menu()
        self.loaded.emit()

    def _fill_customers(self) -> None:
        chosen = self.customer.currentData()
        self.customer.blockSignals(True)
        self.customer.clear()
        for w in self._waiting:
            self.customer.addItem(f"{w.name} · {w.plate or '—'} · "
                                  f"{local_time(w.arrived_at, '%H:%M')}", w.visit_id)
        if chosen is not None and self.customer.findData(chosen) >= 0:
            self.customer.setCurrentIndex(self.customer.findData(chosen))
        self.customer.blockSignals(False)

    def _fill_menu(self) -> None:
        kept = self.quantities()
        self.items.setRowCount(len(self._menu))
        for row, entry in enumerate(self._menu):
            self.items.setItem(row, 0, QTableWidgetItem(entry.name))
            self.items.setItem(row, 1, QTableWidgetItem(code_text(entry.category)))
            self.items.setItem(row, 2, QTableWidgetItem(self._price_text(entry)))
            spin = QSpinBox()
            spin.setRange(0, MAX_QUANTITY)
            spin.setValue(kept.get(entry.id, 0))
            spin.valueChanged.connect(self._update_total)
            self.items.setCellWidget(row, 3, spin)
        fit.fit_columns(self.items)
        self._chain_tabs()
        self._update_total()

    def _chain_tabs(self) -> None:
        """Tab runs down the form, then down the quantities, then to the buttons (the
        spin boxes are made after the buttons, so Tab would jump back up to them)."""
        spins = [self.items.cellWidget(r, 3) for r in range(self.items.rowCount())]
        chain = [self.customer, self.seat, self.note, *spins,
                 self.place_button, self.cancel_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _price_text(self, entry: MenuEntry) -> str:
        price = f"¥{entry.price:,.2f}" if entry.price else self.tr("免费")
        if entry.free_tiers and entry.price:
            levels = self.tr("、").join(level_text(t) for t in sorted(entry.free_tiers))
            return self.tr("%1（%2免费）").replace("%1", price).replace("%2", levels)
        return price

    def quantities(self) -> dict[int, int]:
        """{menu item id: quantity} of the items chosen (quantity above 0)."""
        out = {}
        for row, entry in enumerate(self._menu[:self.items.rowCount()]):
            spin = self.items.cellWidget(row, 3)
            if isinstance(spin, QSpinBox) and spin.value() > 0:
                out[entry.id] = spin.value()
        return out

    def _tier(self) -> str:
        visit = self.customer.currentData()
        return next((w.tier for w in self._waiting if w.visit_id == visit), "")

    def _update_total(self, *_args) -> None:
        chosen, tier = self.quantities(), self._tier()
        total = sum((e.price * chosen[e.id] for e in self._menu
                     if e.id in chosen and not is_free(e.free_tiers, tier)), Decimal("0.00"))
        self.total.setText(self.tr("应付：¥%1").replace("%1", f"{total:,.2f}"))

    def place(self) -> None:
        """Store the order; the dialog closes when it was stored."""
        visit, seat = self.customer.currentData(), self.seat.text()
        items = list(self.quantities().items())
        mark_invalid(self.seat, not seat.strip())
        if visit is None:
            self.error.setText(self.tr("今天没有可点餐的到店客户。"))
            return
        self.buttons.setEnabled(False)
        db, store_id, note = self._db, self._store_id, self.note.text()
        self._runner.submit(
            lambda: refreshments.place_order(db, store_id, visit_id=visit, seat=seat,
                                             items=items, note=note),
            self._placed, self._show_error)

    def _placed(self, order: QueueOrder) -> None:
        self.buttons.setEnabled(True)
        self.error.clear()
        self.placed.emit(order)
        self.accept()

    def _show_error(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        mark_invalid(self.seat, getattr(exc, "field", None) == "seat")
