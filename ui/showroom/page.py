"""The showroom page (展厅): the consultants' pipeline board, the chosen lead with its
follow-ups, and its order through delivery (交车仪式)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.domain.survey_templates import SurveyPolicy
from app.services import leads
from ui.messages import error_text, show_status
from ui.showroom.board import PipelineBoard
from ui.showroom.lead_form import LeadFormDialog
from ui.showroom.lead_panel import LeadPanel
from ui.showroom.order_panel import OrderPanel
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable
from ui.widgets.desk_store import DeskStore
from ui.widgets.fit import scrolling


class ShowroomPage(Retranslatable, QWidget):
    """Board on the left, the chosen lead and its order on the right.

    `loaded` after the board was (re)filled; `form_opened(dialog)` when 新建线索 opens.
    """

    loaded = Signal()
    form_opened = Signal(object)

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore = 1,
                 survey_policy: SurveyPolicy = SurveyPolicy(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = db, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self._consultants: tuple[tuple[int, str], ...] = ()
        self._select_next = 0      # a lead just registered: made current once shown
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.consultant = QComboBox()
        self.consultant.addItem("", None)
        self.consultant.currentIndexChanged.connect(lambda _i: self.refresh())
        self.consultant_label = QLabel()
        self.new_button, self.refresh_button = QPushButton(), QPushButton()
        self.left_button, self.right_button = QPushButton(), QPushButton()
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.open_form)
        self.refresh_button.clicked.connect(self.refresh)
        self.board = PipelineBoard()
        self.left_button.clicked.connect(lambda: self.board.request_step(-1))
        self.right_button.clicked.connect(lambda: self.board.request_step(1))
        self.panel = LeadPanel(db, runner, store_id)
        self.order_panel = OrderPanel(db, runner, survey_policy)
        self.status = QLabel()
        self.status.setObjectName("boardStatus")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.board.card_chosen.connect(self.choose)
        self.board.move_requested.connect(self.panel.move_lead)
        self.panel.changed.connect(lambda card: self.refresh())
        self.order_panel.changed.connect(self._order_changed)
        for widget in (self.panel, self.order_panel):
            widget.failed.connect(self.status.setText)
            widget.failed.connect(show_status)
        self._layout()
        self.retranslate()
        self.refresh()
        self._load_consultants()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.new_button, self.consultant_label, self.consultant,
                       self.left_button, self.right_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.panel)
        side.addWidget(self.order_panel)
        side.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.board)
        split.addWidget(scrolling(right))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 470])      # the board gets the room its seven columns need
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("展厅 · 商机看板"))
        self.new_button.setText(self.tr("新建线索"))
        self.refresh_button.setText(self.tr("刷新"))
        self.consultant_label.setText(self.tr("销售顾问"))
        self.consultant.setItemText(0, self.tr("全部"))
        self.left_button.setText(self.tr("◂ 前一阶段"))
        self.right_button.setText(self.tr("后一阶段 ▸"))
        self.hint.setText(self.tr("拖动卡片到其他列，或用 Ctrl+←/→ 移动所选卡片；阶段只能前进，"
                                  "报价、下订、交车由对应操作推进。"))
        self.board.retranslate({"overdue": self.tr("跟进超时 %1"), "next": self.tr("下次跟进 %1"),
                                "nobody": self.tr("未分配顾问"),
                                # %1: the budget in 万 (10,000 yuan), %2: in thousands
                                "budget": self.tr("¥%1万")})
        self._show_count()

    def _load_consultants(self) -> None:
        actor = acting.current()
        if actor is not None and not actor.may(Permission.LEAD_WORK):
            return
        db, store_id = self._db, self._store_id
        self._runner.submit(lambda: leads.consultants(db, store_id), self._fill_consultants,
                            self._failed, owner=self)

    def _fill_consultants(self, rows) -> None:
        self._consultants = rows
        self.consultant.blockSignals(True)
        while self.consultant.count() > 1:
            self.consultant.removeItem(1)
        for ident, name in rows:
            self.consultant.addItem(name, ident)
        self.consultant.blockSignals(False)

    def refresh(self) -> None:
        """Reload the board (the chosen consultant's leads) off the UI thread."""
        db, store_id, consultant = self._db, self._store_id, self.consultant.currentData()
        self._runner.submit(lambda: leads.pipeline(db, store_id, consultant_id=consultant),
                            self._show, self._failed, owner=self)

    def _show(self, cards) -> None:
        self.board.set_cards(cards)
        self._show_count()
        if self._select_next:
            self.board.select(self._select_next)
            self._select_next = 0
        self.loaded.emit()

    def _show_count(self) -> None:
        cards = self.board.cards.values()
        overdue = sum(c.overdue for c in cards)
        self.status.setText(self.tr("进行中商机 %1 个，跟进超时 %2 个")
                            .replace("%1", str(len(cards))).replace("%2", str(overdue)))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))
        self.loaded.emit()

    def choose(self, lead_id: int) -> None:
        """Show the chosen card's lead and its order."""
        self.panel.load(lead_id)
        self.order_panel.load(lead_id)

    def _order_changed(self) -> None:
        self.refresh()
        self.panel.load(self.order_panel.lead_id)

    def open_form(self) -> LeadFormDialog:
        """Open 新建线索; the new lead becomes the chosen card."""
        dialog = LeadFormDialog(self._db, self._runner, self._store_id, self._consultants, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.open()
        self.form_opened.emit(dialog)
        return dialog

    def _created(self, card) -> None:
        self._select_next = card.id
        self.refresh()

    def set_survey_policy(self, policy: SurveyPolicy) -> None:
        """The settings' survey delay for the delivery survey."""
        self.order_panel.survey_policy = policy
