"""A read-only Qt table model over a list of service dataclasses (records)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt


@dataclass(frozen=True)
class Column:
    """One column: its header (already translated) and how to show a record in it."""

    header: str
    text: Callable[[Any], str]
    align_right: bool = False
    #: An optional picture for the cell (e.g. a snapshot thumbnail), or None.
    icon: Callable[[Any], Any] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are records (frozen dataclasses); `set_records` replaces them all at once."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        """Show `records` instead of the current rows."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        """Rename the columns (after a language change)."""
        self._columns = [Column(h, c.text, c.align_right, c.icon) for h, c in zip(headers, self._columns)]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def refresh_texts(self) -> None:
        """Render every cell again (the names behind a column changed, rows did not)."""
        if self._records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._records) - 1, len(self._columns) - 1))

    def record(self, row: int) -> Any:
        """The record shown in `row`."""
        return self._records[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Number of records (0 under any parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Number of columns (0 under any parent)."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """The cell text, its alignment, or the record itself (UserRole)."""
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Column headers; row numbers on the vertical header."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return section + 1
