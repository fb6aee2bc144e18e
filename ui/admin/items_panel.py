"""Service items (服务项目): code, name, labour time (工时), price, quick lane, in use."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.domain.money import format_cny
from app.services import store_admin
from app.services.store_admin import ItemAdminRecord
from ui.admin.editor_panel import EditorPanel, labels
from ui.widgets.record_table_model import Column


class ItemsPanel(EditorPanel):
    """The service items in a table; the form adds one or changes the chosen one."""

    def __init__(self, db, runner, parent: QWidget | None = None) -> None:
        super().__init__(db, runner, [
            Column("", lambda r: r.code), Column("", lambda r: r.name),
            Column("", lambda r: f"{r.labour_hours}", True),
            Column("", lambda r: format_cny(r.price), True),
            Column("", lambda r: self.tr("是") if r.quick else ""),
            Column("", lambda r: self.tr("在用") if r.active else self.tr("停用"))], parent)
        self.code, self.name, self.hours, self.price = (QLineEdit() for _ in range(4))
        self.quick, self.active = QCheckBox(), QCheckBox()
        self.active.setChecked(True)
        self._labels = labels(6)
        self.add_rows(list(zip(self._labels, (self.code, self.name, self.hours, self.price,
                                              self.quick, self.active), strict=True)))
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.model.set_headers([self.tr("编码"), self.tr("项目名称"), self.tr("工时（小时）"),
                                self.tr("价格"), self.tr("快修"), self.tr("状态")])
        for label, text in zip(self._labels, (
                self.tr("编码"), self.tr("项目名称"), self.tr("工时（小时）"), self.tr("价格（元）"),
                self.tr("快修通道"), self.tr("在用")), strict=True):
            label.setText(text)
        self.quick.setText(self.tr("30 分钟内的快修项目"))
        self.active.setText(self.tr("可预约、可开单"))
        self.hours.setPlaceholderText(self.tr("如 1.5"))
        self.retranslate_buttons(self.tr("新建项目"), self.tr("保存项目"))

    def heading_text(self, record: ItemAdminRecord | None) -> str:
        """New item, or the item being changed."""
        return self.tr("新服务项目") if record is None else \
            self.tr("修改项目：%1").replace("%1", record.name)

    def load_call(self):
        """Every service item."""
        db = self._db
        return lambda: store_admin.list_items(db)

    def fill(self, record: ItemAdminRecord | None) -> None:
        """The item's fields, or an empty form."""
        self.code.setText(record.code if record else "")
        self.name.setText(record.name if record else "")
        self.hours.setText(f"{record.labour_hours}" if record else "")
        self.price.setText(f"{record.price}" if record else "")
        self.quick.setChecked(bool(record and record.quick))
        self.active.setChecked(record.active if record else True)

    def save_call(self):
        """`save_item` with the form's values (numbers stay text: the service parses them)."""
        db, ident = self._db, self.editing.id if self.editing else None
        fields = {"code": self.code.text(), "name": self.name.text(),
                  "labour_hours": self.hours.text(), "price": self.price.text(),
                  "quick": self.quick.isChecked(), "active": self.active.isChecked()}
        return lambda: store_admin.save_item(db, item_id=ident, **fields)
