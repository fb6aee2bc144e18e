"""The bar's queue (吧台队列): its own window for the bar or kitchen, with big text and
large buttons for a touch screen. Orders stand in three columns by state, each with its
seat or table; one tap on an order moves it on (new → preparing → served). Whoever may take
orders (REFRESHMENT) also finds 取消点餐 on an order not served yet, asked first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.refreshments import OrderState, PaidWith
from app.domain.roles import Permission
from app.services import refreshments
from app.services.refreshments import PointsPayment, QueueOrder
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets import confirm, fit
from ui.widgets.basics import Retranslatable, clear_layout, local_time
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.desk_store import DeskStore
from ui.widgets.palette import fill_colours

#: How often the queue asks for the orders again (the `live` work may also call `refresh`).
POLL_MS = 4000
#: The queue's columns, left to right.
COLUMNS = (OrderState.NEW, OrderState.PREPARING, OrderState.SERVED)
#: A button tall enough to hit with a finger.
TAP_HEIGHT = 120
#: The cancel button inside a card: smaller than the card, still a finger's size.
CANCEL_HEIGHT = 52
QUEUE_STYLE = """
QWidget#barQueue { background: @background; }
QPushButton[state="new"] { background: @due_soon_bg; border: 3px solid @due_soon;
                           border-radius: 8px; }
QPushButton[state="preparing"] { background: @info_bg; border: 3px solid @accent;
                                 border-radius: 8px; }
QPushButton[state="served"] { background: @done_bg; border: 1px solid @done;
                              border-radius: 8px; }
QPushButton QLabel { background: transparent; border: none; }
"""


class BarQueue(Retranslatable, QWidget):
    """The queue window. `loaded` after each refresh was shown, `moved` after a tap was
    stored, `failed(str)` with the message shown when a refresh or a tap failed."""

    loaded = Signal()
    moved = Signal()
    failed = Signal(str)

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, database: Database, runner: TaskRunner, store_id: int | DeskStore,
                 *, poll_ms: int = POLL_MS) -> None:
        super().__init__(None)
        self.setObjectName("barQueue")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(fill_colours(QUEUE_STYLE))
        self._db, self._runner, self._desk_store = database, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self._orders: tuple[QueueOrder, ...] = ()
        self._shown_key: tuple = ()
        self._loading = False
        self.buttons: dict[int, QPushButton] = {}
        #: Each cancellable order's 取消点餐 button (inside its card).
        self.cancel_buttons: dict[int, QPushButton] = {}
        #: "用积分支付" under each order still on the bill, by order id.
        self.pay_buttons: dict[int, QPushButton] = {}
        self.confirm_box = None
        grid = QGridLayout(self)
        self.headers: dict[str, QLabel] = {}
        self.columns: dict[str, QVBoxLayout] = {}
        for i, state in enumerate(COLUMNS):
            header = QLabel()
            header.setFont(_font(28, bold=True))
            self.headers[state] = header
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.columns[state] = column
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(holder)
            grid.addWidget(header, 0, i)
            grid.addWidget(scroll, 1, i)
            grid.setColumnStretch(i, 1)
        self.message = QLabel()
        self.message.setFont(_font(18))
        grid.addWidget(self.message, 2, 0, 1, len(COLUMNS))
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.refresh)
        fit.fit_to_screen(self, 1280, 760)
        self.retranslate()

    def retranslate(self) -> None:
        """(Re)set the texts in the current language."""
        self.setWindowTitle(self.tr("吧台点餐队列"))
        self._render(force=True)

    def start(self) -> None:
        """Load now, then poll."""
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        """Stop polling."""
        self.timer.stop()

    def refresh(self) -> None:
        """Ask for the queue again (the one place a refresh starts: the poll, a tap, or a
        change notified by the database)."""
        if self._loading:
            return
        self._loading = True
        db, store_id = self._db, self._store_id
        self._runner.submit(lambda: refreshments.queue(db, store_id), self._show, self._failed)

    def _show(self, orders: tuple[QueueOrder, ...]) -> None:
        self._loading = False
        self._orders = orders
        self._render()
        self.loaded.emit()

    def _render(self, force: bool = False) -> None:
        key = tuple((o.id, o.version) for o in self._orders)
        if key == self._shown_key and not force:
            return      # nothing changed: keep the buttons (and a finger's press) as they are
        self._shown_key = key
        self.buttons, self.cancel_buttons, self.pay_buttons = {}, {}, {}
        for state in COLUMNS:
            clear_layout(self.columns[state])
            count = sum(1 for o in self._orders if o.state == state)
            self.headers[state].setText(f"{code_text(state, 'refreshment_state')} ({count})")
        for order in self._orders:
            if order.state in self.columns:
                button = self._button(order)
                self.columns[order.state].addWidget(button)
                self.buttons[order.id] = button

    def _button(self, order: QueueOrder) -> QPushButton:
        """A card for `order` that is one big button: the seat large, the items, the note,
        what a tap does."""
        action = {OrderState.NEW: self.tr("点按开始制作 ▶"),
                  OrderState.PREPARING: self.tr("点按标记已送达 ✓")}.get(order.state, "")
        note = self.tr("备注：%1").replace("%1", order.note) if order.note else ""
        button = QPushButton()
        button.setProperty("state", order.state)
        button.setMinimumHeight(TAP_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        lines = QVBoxLayout(button)
        lines.setContentsMargins(14, 10, 14, 10)
        # seat and time on lines of their own: a wrapped line is taller than the card's
        # height hint, and would run over the lines below it in a narrow column
        parts = ((order.seat, 30, True), (local_time(order.ordered_at, '%H:%M'), 22, True),
                 ("\n".join(f"{ln.name} × {ln.quantity}" for ln in order.lines), 22, False),
                 (note, 20, False), (action, 18, True))
        for text, pixels, bold in parts:
            if text:
                label = QLabel(text)
                label.setFont(_font(pixels, bold=bold))
                label.setWordWrap(True)     # a narrow column wraps a long seat or item
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
                lines.addWidget(label)
        if order.paid_with == PaidWith.BILL and order.charged > 0 \
                and order.state != OrderState.SERVED:
            # inside the card (a card is one widget of its column), taking its own taps
            self.pay_buttons[order.id] = self._pay_button(order)
            lines.addWidget(self.pay_buttons[order.id])
        if order.state != OrderState.SERVED and _may_cancel():
            lines.addWidget(self._cancel_button(order), 0, Qt.AlignmentFlag.AlignRight)
        button.setMinimumHeight(max(TAP_HEIGHT, lines.sizeHint().height()))
        button.setEnabled(order.state != OrderState.SERVED)
        button.clicked.connect(lambda _=False, o=order: self.advance(o))
        return button

    def _cancel_button(self, order: QueueOrder) -> QPushButton:
        cancel = QPushButton(self.tr("取消点餐"))
        cancel.setFont(_font(18))
        cancel.setMinimumHeight(CANCEL_HEIGHT)
        cancel.clicked.connect(lambda _=False, o=order: self.ask_cancel(o))
        self.cancel_buttons[order.id] = cancel
        return cancel

    def ask_cancel(self, order: QueueOrder) -> None:
        """Ask before cancelling `order` (it then costs nothing and leaves the queue)."""
        question = self.tr("取消 %1 的点餐（%2）？取消后不再制作，也不计费。").replace(
            "%1", order.seat).replace("%2", "、".join(ln.name for ln in order.lines))
        self.confirm_box = ask(self, question, self.tr("取消点餐"), lambda: self.cancel(order))

    def cancel(self, order: QueueOrder) -> None:
        """Cancel `order`; a refusal (served meanwhile, moved by another desk) is shown."""
        db, store_id = self._db, self._store_id
        self._runner.submit(
            lambda: refreshments.cancel_order(db, store_id, order.id, order.version),
            self._moved, self._move_failed)

    def _pay_button(self, order: QueueOrder) -> QPushButton:
        """"用积分支付 ¥25.00" on the card of an order on the bill, not served yet (enabled
        for those who may redeem points)."""
        # two lines: one would be cut in a narrow column
        button = QPushButton(self.tr("用积分支付\n¥%1").replace("%1", f"{order.charged:,.2f}"))
        button.setFont(_font(18))
        button.setMinimumHeight(64)
        actor = acting.current()
        button.setEnabled(actor is not None and actor.may(Permission.POINTS_REDEEM))
        button.clicked.connect(lambda _=False, o=order: self.ask_pay_with_points(o))
        return button

    def ask_pay_with_points(self, order: QueueOrder) -> None:
        """Ask what the points would take, then ask before spending them."""
        db, store_id = self._db, self._store_id
        self._runner.submit(lambda: refreshments.points_price(db, store_id, order.id),
                            self._confirm_points, self._failed)

    def _confirm_points(self, price: PointsPayment) -> None:
        question = (self.tr("用 %1 积分（价值 ¥%2）支付座位 %3 的点餐 ¥%4？客户现有 %5 积分。")
                    .replace("%1", f"{price.points:,}").replace("%2", f"{price.value:,.2f}")
                    .replace("%3", price.order.seat).replace("%4", f"{price.amount:,.2f}")
                    .replace("%5", f"{price.balance:,}"))
        db, store_id, order_id = self._db, self._store_id, price.order.id
        actor = acting.current()
        who, by_id = (actor.name, actor.staff_id) if actor is not None else ("", None)
        self.confirm_box = confirm.ask(self, question, self.tr("用积分支付"), lambda: (
            self._runner.submit(lambda: refreshments.pay_with_points(
                db, store_id, order_id, who=who, by_id=by_id), self._paid, self._failed)))

    def _paid(self, paid: PointsPayment) -> None:
        self.message.setText(self.tr("已用 %1 积分支付座位 %2 的点餐，客户余 %3 积分。")
                             .replace("%1", f"{paid.points:,}").replace("%2", paid.order.seat)
                             .replace("%3", f"{paid.balance:,}"))
        self.moved.emit()
        self.refresh()

    def advance(self, order: QueueOrder) -> None:
        """Move `order` on by one state (a tap on its button)."""
        button = self.buttons.get(order.id)
        if button is not None:
            button.setEnabled(False)
        db, store_id = self._db, self._store_id
        self._runner.submit(
            lambda: refreshments.advance_order(db, store_id, order.id, order.version),
            self._moved, self._move_failed)

    def _move_failed(self, exc: Exception) -> None:
        self._failed(exc)
        self.refresh()      # another desk may have moved it: show where it stands now

    def _moved(self, _order: QueueOrder) -> None:
        self.message.clear()
        self.moved.emit()
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        text = error_text(exc)
        self.message.setText(text)
        show_status(text)
        self.failed.emit(text)
        self._render(force=True)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Stop polling when the window closes."""
        self.stop()
        super().closeEvent(event)


def _may_cancel() -> bool:
    actor = acting.current()
    return actor is not None and actor.may(Permission.REFRESHMENT)


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font
