"""The group's divisions (大区): a code and a name; stores are put in one on the stores tab."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services import store_admin
from app.services.store_admin import DivisionRecord
from ui.admin.editor_panel import EditorPanel, labels
from ui.widgets.record_table_model import Column


class DivisionsPanel(EditorPanel):
    """The divisions in a table; the form adds one or renames the chosen one."""

    def __init__(self, db, runner, parent: QWidget | None = None) -> None:
        super().__init__(db, runner, [Column("", lambda r: r.code),
                                      Column("", lambda r: r.name)], parent)
        self.code, self.name = QLineEdit(), QLineEdit()
        self._labels = labels(2)
        self.add_rows(list(zip(self._labels, (self.code, self.name), strict=True)))
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        texts = (self.tr("编码"), self.tr("大区名称"))
        self.model.set_headers(list(texts))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.code.setPlaceholderText(self.tr("如 SOUTH"))
        self.name.setPlaceholderText(self.tr("如 华南大区"))
        self.retranslate_buttons(self.tr("新建大区"), self.tr("保存大区"))

    def heading_text(self, record: DivisionRecord | None) -> str:
        """New division, or the division being renamed."""
        return self.tr("新大区") if record is None else \
            self.tr("修改大区：%1").replace("%1", record.name)

    def load_call(self):
        """Every division of the group."""
        db = self._db
        return lambda: store_admin.list_divisions(db)

    def fill(self, record: DivisionRecord | None) -> None:
        """The division's fields, or an empty form."""
        self.code.setText(record.code if record else "")
        self.name.setText(record.name if record else "")

    def save_call(self):
        """`save_division` with the form's values."""
        db, ident = self._db, self.editing.id if self.editing else None
        code, name = self.code.text(), self.name.text()
        return lambda: store_admin.save_division(db, division_id=ident, code=code, name=name)
