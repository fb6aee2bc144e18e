"""The store's refreshment menu (茶点菜单): its items, and a form to add or change one
(name, category, price, the customer levels that get it free, on offer or not)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.care_tiers import DEFAULT_LEVELS
from app.domain.refreshments import MenuCategory
from app.services import refreshments
from app.services.refreshments import MenuEntry
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets import fit
from ui.widgets.basics import Retranslatable, mark_invalid
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.level_text import level_text
from ui.widgets.palette import colour


class MenuDialog(Retranslatable, QDialog):
    """`saved(MenuEntry)` after an item was stored; a refusal is shown and the form kept."""

    saved = Signal(object)
    loaded = Signal()

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, database: Database, runner: TaskRunner, store_id: int | DeskStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._desk_store = database, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.load)
        self._entries: tuple[MenuEntry, ...] = ()
        self._editing: MenuEntry | None = None
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        fit.share_the_rest(self.table, (0, 2))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._pick)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.category = QComboBox()
        self.price = QLineEdit()
        self.free = {level.code: QCheckBox() for level in DEFAULT_LEVELS}
        self.active = QCheckBox()
        self.active.setChecked(True)
        self.new_button, self.save_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('overdue')};")
        free_row = QHBoxLayout()
        for box in self.free.values():
            free_row.addWidget(box)
        free_row.addStretch(1)
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.name, self.category, self.price,
                                               free_row, self.active)):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.retranslate()
        fit.fit_to_screen(self, 680, 600)

    def retranslate(self) -> None:
        """(Re)set the texts in the current language."""
        self.setWindowTitle(self.tr("茶点菜单"))
        for label, text in zip(self._labels, (self.tr("名称"), self.tr("类别"),
                                              self.tr("价格（元）"), self.tr("免费会员等级"),
                                              self.tr("供应中"))):
            label.setText(text)
        for code, box in self.free.items():
            box.setText(level_text(code))
        chosen = self.category.currentData()
        self.category.clear()
        for category in MenuCategory:
            self.category.addItem(code_text(category), str(category))
        if chosen is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.new_button.setText(self.tr("新建"))
        self.save_button.setText(self.tr("保存"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("名称"), self.tr("类别"), self.tr("价格"), self.tr("状态")])
        self._fill()

    def load(self) -> None:
        """Fetch the store's whole menu."""
        db, store_id = self._db, self._store_id
        self._runner.submit(lambda: refreshments.menu(db, store_id, include_inactive=True),
                            self._loaded, self._show_error)

    def _loaded(self, entries: tuple[MenuEntry, ...]) -> None:
        self._entries = entries
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._entries))
        for row, e in enumerate(self._entries):
            free = self.tr("、").join(level_text(t) for t in sorted(e.free_tiers))
            price = f"¥{e.price:,.2f}" + (self.tr("（%1免费）").replace("%1", free) if free else "")
            state = self.tr("供应中") if e.active else self.tr("已停售")
            for column, text in enumerate((e.name, code_text(e.category), price, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        fit.fit_columns(self.table)

    def _pick(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self._entries[rows[0].row()]
        self._editing = entry
        self.name.setText(entry.name)
        self.category.setCurrentIndex(max(0, self.category.findData(entry.category)))
        self.price.setText(f"{entry.price}")
        for code, box in self.free.items():
            box.setChecked(code in entry.free_tiers)
        self.active.setChecked(entry.active)
        self.error.clear()

    def clear_form(self) -> None:
        """Start a new item."""
        self._editing = None
        self.table.clearSelection()
        self.name.clear()
        self.price.clear()
        for box in self.free.values():
            box.setChecked(False)
        self.active.setChecked(True)
        self.error.clear()

    def save(self) -> None:
        """Store the form as a new item or as the change of the one picked."""
        editing = self._editing
        fields = dict(name=self.name.text(), category=self.category.currentData(),
                      price=self.price.text(), active=self.active.isChecked(),
                      free_tiers=[c for c, box in self.free.items() if box.isChecked()])
        db, store_id = self._db, self._store_id
        self.save_button.setEnabled(False)
        self._runner.submit(
            lambda: refreshments.save_menu_item(
                db, store_id, item_id=editing.id if editing else None,
                expected_version=editing.version if editing else None, **fields),
            self._saved, self._show_error)

    def _saved(self, entry: MenuEntry) -> None:
        self.save_button.setEnabled(True)
        mark_invalid(self.name, False)
        mark_invalid(self.price, False)
        self._editing = entry
        self.saved.emit(entry)
        self.load()

    def _show_error(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
        field = getattr(exc, "field", None)
        mark_invalid(self.name, field == "name")
        mark_invalid(self.price, field == "price")
