"""The group's stores (门店): name, code, address, phone and division (大区)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.services import store_admin
from app.services.store_admin import StoreRecord
from ui.admin.editor_panel import EditorPanel, labels
from ui.widgets.record_table_model import Column


class StoresPanel(EditorPanel):
    """The stores in a table; the form adds a store or changes the chosen one."""

    def __init__(self, db, runner, parent: QWidget | None = None) -> None:
        super().__init__(db, runner, [
            Column("", lambda r: r.code), Column("", lambda r: r.name),
            Column("", lambda r: r.division_name or "—"), Column("", lambda r: r.address),
            Column("", lambda r: r.phone)], parent)
        self.code, self.name, self.address, self.phone = (QLineEdit() for _ in range(4))
        self.division = QComboBox()
        self._labels = labels(5)
        self.add_rows(list(zip(self._labels, (self.code, self.name, self.division, self.address,
                                              self.phone), strict=True)))
        self._divisions: tuple = ()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.model.set_headers([self.tr("编码"), self.tr("门店名称"), self.tr("大区"),
                                self.tr("地址"), self.tr("电话")])
        for label, text in zip(self._labels, (self.tr("编码"), self.tr("门店名称"),
                                              self.tr("大区"), self.tr("地址"), self.tr("电话")),
                               strict=True):
            label.setText(text)
        self._fill_divisions()
        self.retranslate_buttons(self.tr("新建门店"), self.tr("保存门店"))

    def heading_text(self, record: StoreRecord | None) -> str:
        """New store, or the store being changed."""
        return self.tr("新门店") if record is None else \
            self.tr("修改门店：%1").replace("%1", record.name)

    def load_call(self):
        """Stores and divisions in one call off the UI thread."""
        db = self._db
        return lambda: (store_admin.list_stores(db), store_admin.list_divisions(db))

    def _show(self, result) -> None:
        stores, self._divisions = result
        self._fill_divisions()
        super()._show(stores)

    def _fill_divisions(self) -> None:
        chosen = self.division.currentData()
        self.division.clear()
        self.division.addItem(self.tr("（无）"), None)
        for division in self._divisions:
            self.division.addItem(f"{division.name} ({division.code})", division.id)
        self.division.setCurrentIndex(max(self.division.findData(chosen), 0))

    def fill(self, record: StoreRecord | None) -> None:
        """The store's fields, or an empty form."""
        self.code.setText(record.code if record else "")
        self.name.setText(record.name if record else "")
        self.address.setText(record.address if record else "")
        self.phone.setText(record.phone if record else "")
        self.division.setCurrentIndex(max(self.division.findData(
            record.division_id if record else None), 0))

    def save_call(self):
        """`save_store` with the form's values."""
        db, ident = self._db, self.editing.id if self.editing else None
        fields = {"code": self.code.text(), "name": self.name.text(),
                  "address": self.address.text(), "phone": self.phone.text(),
                  "division_id": self.division.currentData()}
        return lambda: store_admin.save_store(db, store_id=ident, **fields)
