"""The work-order board's Qt model: a column per status, a card per cell.

Cards are `app.services.work_orders.BoardCard` records. Filters (advisor, bay, overdue) are
applied here, in memory, so a filter costs no database round trip. Cards are drawn by the
standard delegate from the roles given here (text, background by flag). Dropping a card on a
column (drag and drop) or a keyboard move asks for the move through `move_requested`; the
board performs it through the services and reloads, so the model never changes a status by
itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain import workflow
from app.domain.plates import format_plate
from app.domain.workflow import BOARD_COLUMNS
from app.services.work_order_board import BoardCard
from ui.widgets.basics import local_time
from ui.widgets.code_text import code_text
from ui.widgets.palette import colour

MIME_TYPE = "application/x-dealerdesk-work-order"
#: The role under which a cell gives its card's flags (a workflow.Flags).
FlagsRole = Qt.ItemDataRole.UserRole + 1
#: Lines of text on every card (`BoardModel.card_text`); the board sizes its rows for them.
CARD_LINES = 5


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows: one advisor, one bay, overdue only (None / False: all)."""

    advisor_id: int | None = None
    bay_id: int | None = None
    overdue_only: bool = False


class BoardModel(QAbstractTableModel):
    """Columns are the board's statuses; row r of a column is its r-th card (or empty)."""

    move_requested = Signal(int, int, str)      # work order id, its version, target status

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: list[BoardCard] = []
        self._columns: list[list[BoardCard]] = [[] for _ in BOARD_COLUMNS]
        self._filter = BoardFilter()
        self._now = datetime.now(UTC)
        self._headers = [code_text(s) for s in BOARD_COLUMNS]
        self._texts = {"overdue": "超时", "no_progress": "待更新", "promised": "承诺 %1"}

    # --- content --------------------------------------------------------------------------
    def set_cards(self, cards: Sequence[BoardCard], now: datetime | None = None) -> None:
        """Show `cards` (through the current filter), flags evaluated at `now`."""
        self._cards = list(cards)
        if now is not None:
            self._now = now
        self._rebuild()

    def set_filter(self, board_filter: BoardFilter) -> None:
        """Show only the cards that pass `board_filter`."""
        self._filter = board_filter
        self._rebuild()

    def set_now(self, now: datetime) -> None:
        """Re-evaluate the time-based flags (overdue, no progress) at `now`."""
        self._now = now
        self._rebuild()

    def set_texts(self, headers: Sequence[str], texts: dict[str, str]) -> None:
        """Rename the columns and the card texts (flags, 'promised %1') after a language
        change."""
        self._headers = list(headers)
        self._texts.update(texts)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(BOARD_COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(BOARD_COLUMNS) - 1))

    def flag_texts(self, flags: workflow.Flags) -> list[str]:
        """Short badges for a card's time flags, in the current language (awaiting the
        customer shows by its column and colour)."""
        return [self._texts[name] for name in ("overdue", "no_progress") if getattr(flags, name)]

    def card_text(self, card: BoardCard) -> str:
        """`CARD_LINES` lines, most needed first (a narrow column cuts a line's end): plate
        and customer; model; work-order number; promised time, advisor and bay; flags."""
        promised = local_time(card.promised_at, "%H:%M") if card.promised_at else "—"
        badges = self.flag_texts(card.flags(self._now))
        lines = [f"{format_plate(card.plate)} · {card.customer_name or '—'}", card.vehicle_model or "—",
                 card.number,
                 " · ".join((self._texts["promised"].replace("%1", promised),
                             card.advisor_name or "—", card.bay_name or "—")),
                 " · ".join(filter(None, ["⚠ " + " · ".join(badges) if badges else "",
                                          *(code_text(x) for x in (card.kind, card.part_state)
                                            if x)]))]
        return "\n".join(lines)

    def _rebuild(self) -> None:
        self.beginResetModel()
        f, now = self._filter, self._now
        columns: list[list[BoardCard]] = [[] for _ in BOARD_COLUMNS]
        position = {str(s): i for i, s in enumerate(BOARD_COLUMNS)}
        for card in self._cards:
            column = position.get(card.status)
            if column is None:
                continue
            if f.advisor_id is not None and card.advisor_id != f.advisor_id:
                continue
            if f.bay_id is not None and card.bay_id != f.bay_id:
                continue
            if f.overdue_only and not workflow.is_overdue(card.status, card.promised_at, now):
                continue
            columns[column].append(card)
        self._columns = columns
        self.endResetModel()

    def card(self, index: QModelIndex | QPersistentModelIndex) -> BoardCard | None:
        """The card in a cell, or None for an empty cell."""
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        return column[index.row()] if index.row() < len(column) else None

    def index_of(self, work_order_id: int) -> QModelIndex:
        """The cell showing a work order (invalid when it is filtered out)."""
        for c, column in enumerate(self._columns):
            for r, card in enumerate(column):
                if card.id == work_order_id:
                    return self.index(r, c)
        return QModelIndex()

    def visible_count(self) -> int:
        """How many cards pass the filter."""
        return sum(len(c) for c in self._columns)

    # --- keyboard moves -------------------------------------------------------------------
    def neighbour_status(self, index: QModelIndex, step: int) -> str | None:
        """The nearest status the card may legally move to, right (+1) or left (-1)."""
        card = self.card(index)
        if card is None:
            return None
        here = index.column()
        legal = {str(s) for s in workflow.next_statuses(card.status)}
        columns = range(here + step, len(BOARD_COLUMNS) if step > 0 else -1, step)
        return next((str(BOARD_COLUMNS[c]) for c in columns
                     if str(BOARD_COLUMNS[c]) in legal), None)

    def request_move(self, index: QModelIndex, status: str) -> bool:
        """Ask for the card at `index` to move to `status`; False when it may not."""
        card = self.card(index)
        if card is None or status == card.status or not workflow.is_legal(card.status, status):
            return False
        self.move_requested.emit(card.id, card.version, status)
        return True

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """As many rows as the longest column has cards."""
        return 0 if parent.isValid() else max((len(c) for c in self._columns), default=0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """One column per board status."""
        return 0 if parent.isValid() else len(BOARD_COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        """Card text, tooltip, the card itself (UserRole) or its flags (FlagsRole)."""
        card = self.card(index)
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.card_text(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.card_text(card)
        if role == Qt.ItemDataRole.ForegroundRole:
            flags = card.flags(self._now)
            return QColor(colour("overdue_text" if flags.overdue else "ink"))
        if role == Qt.ItemDataRole.BackgroundRole:
            flags = card.flags(self._now)
            return QColor(colour("overdue_bg" if flags.overdue else "due_soon_bg" if flags.no_progress
                                 else "awaiting_bg" if flags.awaiting_customer else "surface"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.UserRole:
            return card
        if role == FlagsRole:
            return card.flags(self._now)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        """The status name and how many cards it shows."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(BOARD_COLUMNS):
            return None
        return f"{self._headers[section]} ({len(self._columns[section])})"

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Cards are selectable and draggable; every cell and column takes drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if self.card(index) is not None:
            base |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        """Cards move; they are never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Cards move; they are never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The board's own card type."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged card's id, version and status as JSON."""
        data = QMimeData()
        card = next((c for c in (self.card(i) for i in indexes) if c is not None), None)
        if card is not None:
            payload = {"id": card.id, "version": card.version, "status": card.status}
            data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        """True when the card may legally move to the column it is dropped on."""
        payload = _payload(data)
        target = parent.column() if parent.isValid() else column
        if payload is None or not 0 <= target < len(BOARD_COLUMNS):
            return False
        return workflow.is_legal(payload["status"], BOARD_COLUMNS[target])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        """A card dropped on a column: ask for the move (the board performs it)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        payload = _payload(data)
        target = parent.column() if parent.isValid() else column
        self.move_requested.emit(int(payload["id"]), int(payload["version"]),
                                 str(BOARD_COLUMNS[target]))
        return True


def _payload(data: QMimeData) -> dict | None:
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
    except ValueError:
        return None
    return payload if {"id", "version", "status"} <= set(payload) else None
