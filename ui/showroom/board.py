"""The consultant's pipeline board (商机看板): a column per open stage, a card per lead; a
card dragged to another column, or Ctrl+←/→, asks for the move (the page stores it through
the services and reloads, so the board never changes a stage by itself)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.domain.leads import OPEN_STAGES
from app.services.leads import LeadCard
from ui.widgets.basics import local_time
from ui.widgets.code_text import code_text
from ui.widgets.palette import colour

#: The role under which a cell keeps its card's lead id.
CardRole = Qt.ItemDataRole.UserRole + 1
CARD_LINES = 3


def card_lines(card: LeadCard, texts: dict[str, str]) -> str:
    """A card's text: the customer, the model of interest, the budget and consultant."""
    budget = "" if card.budget is None else texts["budget"].replace(
        "%1", f"{card.budget / 10000:.0f}").replace("%2", f"{card.budget / 1000:,.0f}")
    return "\n".join((card.customer_name, card.interest or "—",
                      " · ".join(p for p in (budget, card.consultant_name or texts["nobody"])
                                 if p)))


def card_tip(card: LeadCard, texts: dict[str, str]) -> str:
    """The card's tooltip: its lines, the masked mobile and the next follow-up."""
    due = ""
    if card.next_due is not None:
        due = (texts["overdue"] if card.overdue else texts["next"]).replace(
            "%1", local_time(card.next_due, "%m-%d %H:%M"))
    return "\n".join(p for p in (card_lines(card, texts), card.mobile_masked, due) if p)


class PipelineBoard(QTableWidget):
    """Columns are the open stages; row r of a column is its r-th card."""

    move_requested = Signal(int, str)      # lead id, target stage
    card_chosen = Signal(int)              # lead id (0: none)

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(OPEN_STAGES), parent)
        self.setObjectName("pipelineBoard")
        self.cards: dict[int, LeadCard] = {}
        self.texts = {"overdue": "%1", "next": "%1", "nobody": "", "budget": "¥%1万"}
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * CARD_LINES + 14)
        self.currentCellChanged.connect(lambda *_a: self.card_chosen.emit(self.current_id()))

    def retranslate(self, texts: dict[str, str]) -> None:
        """Column headers and the cards' words in the current language."""
        self.texts = texts
        self.setHorizontalHeaderLabels([code_text(s.value, "lead_stage") for s in OPEN_STAGES])
        self.set_cards(tuple(self.cards.values()))

    def set_cards(self, cards: Sequence[LeadCard]) -> None:
        """Show `cards`, each in its stage's column; the current card stays current."""
        keep = self.current_id()
        self.cards = {c.id: c for c in cards}
        columns: dict[str, list[LeadCard]] = {s.value: [] for s in OPEN_STAGES}
        for card in cards:
            columns.setdefault(card.stage, []).append(card)
        self.blockSignals(True)
        self.clearContents()
        self.setRowCount(max((len(v) for v in columns.values()), default=0))
        for col, stage in enumerate(OPEN_STAGES):
            for row, card in enumerate(columns[stage.value]):
                self.setItem(row, col, self._item(card))
        self.blockSignals(False)
        self.select(keep)

    def _item(self, card: LeadCard) -> QTableWidgetItem:
        item = QTableWidgetItem(card_lines(card, self.texts))
        item.setData(CardRole, card.id)
        item.setToolTip(card_tip(card, self.texts))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDragEnabled)
        if card.overdue:
            item.setForeground(QBrush(colour("overdue")))
        return item

    def current_id(self) -> int:
        """The chosen card's lead id, 0 for none."""
        item = self.currentItem()
        return int(item.data(CardRole)) if item is not None and item.data(CardRole) else 0

    def select(self, lead_id: int) -> None:
        """Make the card of `lead_id` current (if shown)."""
        for row in range(self.rowCount()):
            for col in range(self.columnCount()):
                item = self.item(row, col)
                if item is not None and item.data(CardRole) == lead_id:
                    self.setCurrentCell(row, col)
                    return
        self.card_chosen.emit(0)

    def request_step(self, step: int) -> None:
        """Ask to move the current card one column right (1) or left (-1)."""
        lead_id, col = self.current_id(), self.currentColumn()
        if lead_id and 0 <= col + step < len(OPEN_STAGES):
            self.move_requested.emit(lead_id, OPEN_STAGES[col + step].value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Right / Ctrl+Left ask to move the current card."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.request_step(1 if event.key() == Qt.Key.Key_Right else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A card dropped on another column asks for that stage; the cells stay as they are
        until the board reloads."""
        target = self.indexAt(event.position().toPoint())
        lead_id = self.current_id()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if lead_id and target.isValid() and target.column() != self.currentColumn():
            self.move_requested.emit(lead_id, OPEN_STAGES[target.column()].value)
