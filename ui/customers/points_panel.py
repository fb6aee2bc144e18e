"""The customer's points (积分) in the customer window: the balance and the ledger, a page
at a time, newest first; below it, for a manager (POINTS_ADJUST), a manual adjustment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.services import points
from app.services.points import EntryRecord, LedgerPage
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.confirm import ask
from ui.widgets.record_table_model import Column, RecordTableModel

#: Ledger rows a page shows.
PAGE_ROWS = 50
#: The most points one manual adjustment adds or takes (a typing slip stays small).
ADJUST_MOST = 1_000_000


class PointsPanel(Retranslatable, QWidget):
    """A customer's balance and ledger; 上一页/下一页 move through it."""

    def __init__(self, db: Database, runner: TaskRunner, customer_id: int,
                 store_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self.customer_id = db, runner, customer_id
        self.store_id = store_id
        self.page: LedgerPage | None = None
        self.offset = 0
        self.balance = QLabel()
        self.balance.setObjectName("sectionTitle")
        self.model = RecordTableModel([
            Column("", lambda e: local_time(e.at)),
            Column("", lambda e: code_text(e.kind, "points_kind")),
            Column("", lambda e: code_text(e.source, "points_source")),
            Column("", lambda e: f"{e.points:+,}", True),
            Column("", lambda e: f"{e.value:,.2f}" if e.value else "", True),
            Column("", lambda e: e.reason), Column("", lambda e: e.who)])
        self.table = make_table(self.model)
        self.position = QLabel()
        self.previous, self.next = QPushButton(), QPushButton()
        self.previous.clicked.connect(lambda: self.load(self.offset - PAGE_ROWS))
        self.next.clicked.connect(lambda: self.load(self.offset + PAGE_ROWS))
        pager = QHBoxLayout()
        pager.addWidget(self.balance, 1)
        pager.addWidget(self.position)
        pager.addWidget(self.previous)
        pager.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(pager)
        layout.addWidget(self.table, 1)
        self.adjust_box = self._build_adjust()
        layout.addWidget(self.adjust_box)
        self.show_adjust_access()
        self.retranslate()

    def _build_adjust(self) -> QWidget:
        box = QWidget()
        self.adjust_label = QLabel()
        self.adjust_points = QSpinBox()
        self.adjust_points.setRange(-ADJUST_MOST, ADJUST_MOST)
        self.adjust_points.setGroupSeparatorShown(True)
        self.adjust_reason = QLineEdit()
        self.adjust_reason.setMaxLength(200)
        self.adjust_button = QPushButton()
        self.adjust_button.clicked.connect(self.ask_adjust)
        self.adjust_message = QLabel()
        self.adjust_message.setWordWrap(True)
        self.confirm_box = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.adjust_label)
        row.addWidget(self.adjust_points)
        row.addWidget(self.adjust_reason, 1)
        row.addWidget(self.adjust_button)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.adjust_message)
        return box

    def show_adjust_access(self) -> None:
        """The adjustment only for whoever may adjust points, on a desk that knows its store."""
        actor = acting.current()
        self.adjust_box.setVisible(self.store_id is not None and actor is not None
                                   and actor.may(Permission.POINTS_ADJUST))

    def ask_adjust(self) -> None:
        """Ask before adding or taking the typed points; the service checks reason and sign."""
        amount = self.adjust_points.value()
        question = (self.tr("给该客户增加 %1 分积分？") if amount >= 0
                    else self.tr("从该客户扣减 %1 分积分？")).replace("%1", f"{abs(amount):,}")
        self.confirm_box = ask(self, question, self.tr("调整积分"), self.adjust)

    def adjust(self) -> None:
        """Store the adjustment; a refusal is shown and the typed points and reason stay."""
        db, cid, sid = self._db, self.customer_id, self.store_id
        amount, reason = self.adjust_points.value(), self.adjust_reason.text()
        self.adjust_message.clear()
        self._runner.submit(
            lambda: points.adjust(db, cid, amount, store_id=sid, reason=reason),
            self._adjusted, lambda exc: self.adjust_message.setText(error_text(exc)),
            owner=self)

    def _adjusted(self, entry: EntryRecord) -> None:
        self.adjust_points.setValue(0)
        self.adjust_reason.clear()
        self.adjust_message.setText(self.tr("已调整 %1 分。").replace("%1", f"{entry.points:+,}"))
        self.load(0)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.model.set_headers([self.tr("时间"), self.tr("类型"), self.tr("来源"),
                                self.tr("积分"), self.tr("抵扣金额"), self.tr("原因"),
                                self.tr("经办")])
        self.previous.setText(self.tr("上一页"))
        self.next.setText(self.tr("下一页"))
        self.adjust_label.setText(self.tr("手工调整（正数增加，负数扣减）"))
        self.adjust_reason.setPlaceholderText(self.tr("调整原因（必填）"))
        self.adjust_button.setText(self.tr("调整积分…"))
        self._show_page()

    def load(self, offset: int = 0) -> None:
        """Load the page of the ledger starting at `offset` rows from the newest."""
        db, cid, start = self._db, self.customer_id, max(0, offset)
        self._runner.submit(lambda: points.ledger(db, cid, offset=start, limit=PAGE_ROWS),
                            self._loaded, lambda exc: show_status(error_text(exc)), owner=self)

    def _loaded(self, page: LedgerPage) -> None:
        self.page, self.offset = page, page.offset
        self.model.set_records(page.entries)
        self.table.resizeColumnsToContents()
        self._show_page()

    def _show_page(self) -> None:
        page = self.page
        if page is None:
            self.balance.setText(self.tr("积分余额：—"))
            self.position.clear()
            for button in (self.previous, self.next):
                button.setEnabled(False)
            return
        self.balance.setText(self.tr("积分余额：%1 分").replace("%1", f"{page.balance:,}"))
        last = page.offset + len(page.entries)
        self.position.setText(self.tr("第 %1–%2 条，共 %3 条").replace(
            "%1", str(page.offset + 1 if page.entries else 0)).replace("%2", str(last))
            .replace("%3", str(page.total_rows)))
        self.previous.setEnabled(page.offset > 0)
        self.next.setEnabled(last < page.total_rows)
