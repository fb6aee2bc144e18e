"""The reception page's today strip: arrivals, booked (expected / arrived / late), cars in
the shop and those owed a progress update; each number opens its list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from app.services.today import Today
from ui.widgets.basics import Retranslatable
from ui.widgets.palette import SPACING

#: The figures, in the strip's order.
FIGURES = ("arrivals", "expected", "arrived", "late", "in_shop", "overdue_updates")


class TodayStrip(Retranslatable, QFrame):
    """`open_list(key)` when a figure is clicked (a key of FIGURES)."""

    open_list = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayStrip")
        self.counts = dict.fromkeys(FIGURES, 0)
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING, 2, SPACING, 2)
        layout.setSpacing(SPACING)
        for key in FIGURES:
            button = QToolButton()
            button.setProperty("figure", True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, key=key: self.open_list.emit(key))
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        texts = {"arrivals": self.tr("今日到店 %1"), "expected": self.tr("预约 %1"),
                 "arrived": self.tr("已到 %1"), "late": self.tr("迟到 %1"),
                 "in_shop": self.tr("在店车辆 %1"), "overdue_updates": self.tr("进度待更新 %1")}
        tips = {"arrivals": self.tr("今日到店的车辆（点击查看）"),
                "expected": self.tr("今日全部预约（点击查看）"),
                "arrived": self.tr("已到店的预约客户（点击查看）"),
                "late": self.tr("预约时间已过 15 分钟仍未到店（点击查看）"),
                "in_shop": self.tr("已接车、尚未交车的车辆（点击查看）"),
                "overdue_updates": self.tr("在修超过 30 分钟未更新进度（点击查看）")}
        for key, button in self.buttons.items():
            button.setText(texts[key].replace("%1", str(self.counts[key])))
            button.setToolTip(tips[key])

    def show_today(self, today: Today) -> None:
        """Show the figures of `today`; late ones and overdue updates in red, arrived in green."""
        self.counts = {"arrivals": len(today.arrivals), "expected": len(today.expected),
                       "arrived": len(today.arrived), "late": len(today.late),
                       "in_shop": len(today.in_shop),
                       "overdue_updates": len(today.overdue_updates)}
        meanings = {"late": "overdue", "overdue_updates": "overdue", "arrived": "done"}
        for key, button in self.buttons.items():
            meaning = meanings.get(key, "") if self.counts[key] else ""
            if button.property("meaning") != meaning:
                button.setProperty("meaning", meaning)
                button.style().unpolish(button)
                button.style().polish(button)
        self.retranslate()
