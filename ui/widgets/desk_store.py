"""The store this desk works for, as the settings name it now: the one place a page that
works for one store explicitly (quotes, stock, cashier…) reads it.

A page keeps the `DeskStore` it was given, never a copy of its id: it reads `id` when it
calls a service or opens a window, and reloads what it shows on `changed`. The desk has one
for its life (`ui.desk.build_window`), set by the settings dialog (`Settings.store_id`), so a
change of store reaches every page at once, without a restart. A page built with a plain
store id (a test, a window of its own) gets a `DeskStore` of that store (`of`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DeskStore(QObject):
    """The desk's store (`id`), and `changed` when the settings name another."""

    changed = Signal()

    def __init__(self, store_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id = store_id

    @property
    def id(self) -> int | None:
        """The store the desk works for now (None only where a page was built without one)."""
        return self._id

    def set(self, store_id: int) -> None:
        """The settings name `store_id`: pages read it from now on and reload (once, and
        only when it is another store)."""
        if store_id != self._id:
            self._id = store_id
            self.changed.emit()

    @staticmethod
    def of(store: DeskStore | int | None) -> DeskStore:
        """`store` when it is a `DeskStore`, else a `DeskStore` of that store id."""
        return store if isinstance(store, DeskStore) else DeskStore(store)


__all__ = ["DeskStore"]
