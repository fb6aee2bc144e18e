"""Bays (工位) and their hours per weekday: the booking calendar offers slots only within
them. A bay without hours of its own keeps the workshop's usual day (08:30–18:00)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from app.domain.working_calendar import DEFAULT_CLOSES, DEFAULT_OPENS
from app.services import store_admin
from app.services.store_admin import BayAdminRecord
from ui.admin.editor_panel import EditorPanel, labels
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.record_table_model import Column

KINDS = ("normal", "quick_lane")


class BaysPanel(EditorPanel):
    """The store's bays; the form changes a bay, the grid below it the bay's hours."""

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db, runner, store_id: int | DeskStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, runner, [
            Column("", lambda r: r.name), Column("", lambda r: code_text(r.kind)),
            Column("", lambda r: self.tr("在用") if r.active else self.tr("停用")),
            Column("", self.hours_text)], parent)
        self._desk_store = DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self.name, self.kind, self.active = QLineEdit(), QComboBox(), QCheckBox()
        self.active.setChecked(True)
        self._labels = labels(3)
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        self.hours_box = QGroupBox()
        grid = QGridLayout(self.hours_box)
        grid.setColumnStretch(4, 1)
        for weekday in range(7):
            open_box, opens, closes = QCheckBox(), QTimeEdit(), QTimeEdit()
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
                edit.setMinimumWidth(90)
            open_box.toggled.connect(lambda on, a=opens, b=closes: (a.setEnabled(on),
                                                                   b.setEnabled(on)))
            grid.addWidget(open_box, weekday, 0)
            grid.addWidget(opens, weekday, 1)
            grid.addWidget(QLabel("–"), weekday, 2)
            grid.addWidget(closes, weekday, 3)
            self.days.append((open_box, opens, closes))
        self.save_hours = QPushButton()
        self.save_hours.clicked.connect(self.store_hours)
        grid.addWidget(self.save_hours, 7, 0, 1, 4)
        self.add_rows(list(zip(self._labels, (self.name, self.kind, self.active),
                               strict=True)))
        self.below.addWidget(self.hours_box)
        self._set_hours(((DEFAULT_OPENS, DEFAULT_CLOSES),) * 7)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.model.set_headers([self.tr("工位"), self.tr("类型"), self.tr("状态"),
                                self.tr("营业时间")])
        for label, text in zip(self._labels, (self.tr("工位名称"), self.tr("类型"),
                                              self.tr("在用")), strict=True):
            label.setText(text)
        self.hours_box.setTitle(self.tr("每周营业时间（不勾选为当天不营业）"))
        chosen = self.kind.currentData()
        self.kind.clear()
        for kind in KINDS:
            self.kind.addItem(code_text(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen), 0))
        self.active.setText(self.tr("可预约"))
        for (open_box, _o, _c), name in zip(self.days, self._weekdays(), strict=True):
            open_box.setText(name)
        self.save_hours.setText(self.tr("保存营业时间"))
        self.retranslate_buttons(self.tr("新建工位"), self.tr("保存工位"))

    def _weekdays(self) -> tuple[str, ...]:
        return (self.tr("周一"), self.tr("周二"), self.tr("周三"), self.tr("周四"),
                self.tr("周五"), self.tr("周六"), self.tr("周日"))

    def hours_text(self, record: BayAdminRecord) -> str:
        """The week in runs of equal days: '周一–周五 10:00–20:00；周六–周日 休息'."""
        names, parts, start = self._weekdays(), [], 0
        for day in range(1, 8):
            if day < 7 and record.hours[day] == record.hours[start]:
                continue
            opens, closes = record.hours[start]
            span = names[start] if day - 1 == start else f"{names[start]}–{names[day - 1]}"
            hours = f"{opens:%H:%M}–{closes:%H:%M}" if opens else self.tr("休息")
            parts.append(f"{span} {hours}")
            start = day
        return self.tr("；").join(parts)

    def heading_text(self, record: BayAdminRecord | None) -> str:
        """New bay, or the bay being changed."""
        return self.tr("新工位") if record is None else \
            self.tr("修改工位：%1").replace("%1", record.name)

    def load_call(self):
        """The store's bays with their hours."""
        db, store = self._db, self._store_id
        return lambda: store_admin.list_bays(db, store)

    def fill(self, record: BayAdminRecord | None) -> None:
        """The bay's fields and hours, or an empty form with the usual day."""
        self.name.setText(record.name if record else "")
        self.kind.setCurrentIndex(max(self.kind.findData(record.kind if record else "normal"),
                                      0))
        self.active.setChecked(record.active if record else True)
        self._set_hours(record.hours if record else ((DEFAULT_OPENS, DEFAULT_CLOSES),) * 7)
        self.save_hours.setEnabled(record is not None)

    def _set_hours(self, hours) -> None:
        for (open_box, opens, closes), (start, end) in zip(self.days, hours, strict=True):
            open_box.setChecked(start is not None)
            opens.setEnabled(start is not None)
            closes.setEnabled(start is not None)
            opens.setTime(_qtime(start or DEFAULT_OPENS))
            closes.setTime(_qtime(end or DEFAULT_CLOSES))

    def hours(self) -> list[tuple[time | None, time | None]]:
        """The grid's hours Monday to Sunday ((None, None) for a day unticked)."""
        return [(opens.time().toPython(), closes.time().toPython()) if box.isChecked()
                else (None, None) for box, opens, closes in self.days]

    def save_call(self):
        """`save_bay` with the form's name, kind and state."""
        db, store, ident = self._db, self._store_id, self.editing.id if self.editing else None
        fields = {"name": self.name.text(), "kind": self.kind.currentData(),
                  "active": self.active.isChecked(),
                  "sort_order": self.editing.sort_order if self.editing else 99}
        return lambda: store_admin.save_bay(db, store, bay_id=ident, **fields)

    def store_hours(self) -> None:
        """Store the grid as the chosen bay's hours; a refusal keeps the grid as typed."""
        if self.editing is None:
            self.message.setText(self.tr("请先选择或保存一个工位。"))
            return
        db, store, ident, hours = self._db, self._store_id, self.editing.id, self.hours()
        self._runner.submit(lambda: store_admin.set_bay_hours(db, store, ident, hours),
                            self._saved, self._failed, owner=self)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)
