"""The reception page's side panel of arrival pop-ups: newest on top, scrollable, collapsible
to its header, with 全部关闭. Hidden while it holds none."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.basics import Retranslatable
from ui.widgets.palette import SPACING

#: The panel's width: a pop-up (420 px) with the scroll bar beside it.
PANEL_WIDTH = 444


class PopupPanel(Retranslatable, QFrame):
    """Holds docked pop-ups. `close_all_requested` when 全部关闭 is pressed."""

    close_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("popupPanel")
        self._popups: list[QWidget] = []
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.collapse_button = QPushButton()
        self.collapse_button.setCheckable(True)
        self.collapse_button.toggled.connect(self._collapsed)
        self.close_all_button = QPushButton()
        self.close_all_button.clicked.connect(self.close_all_requested)
        self.header = header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.collapse_button)
        header.addWidget(self.close_all_button)
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(SPACING)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        self.setFixedWidth(PANEL_WIDTH)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.heading.setText(self.tr("到店提醒（%1）").replace("%1", str(len(self._popups))))
        self.collapse_button.setText(self.tr("展开") if self.collapsed() else self.tr("收起"))
        self.collapse_button.setToolTip(self.tr("收起或展开到店提醒"))
        self.close_all_button.setText(self.tr("全部关闭"))
        self.close_all_button.setToolTip(self.tr("关闭所有到店提醒（到店记录仍在今日到店中）"))

    def count(self) -> int:
        """How many pop-ups the panel holds."""
        return len(self._popups)

    def collapsed(self) -> bool:
        """True while only the header shows."""
        return self.collapse_button.isChecked()

    def put(self, popup: QWidget) -> None:
        """Take `popup` in, on top of the others."""
        popup.setWindowFlags(Qt.WindowType.Widget)
        self.list_layout.insertWidget(0, popup)
        self._popups.insert(0, popup)
        popup.show()
        self.chain_tab_order()
        self.show()
        self.retranslate()

    def take(self, popup: QWidget) -> None:
        """Let a closed pop-up go (the others keep their order); hide when empty."""
        if popup not in self._popups:
            return
        self._popups.remove(popup)
        self.list_layout.removeWidget(popup)
        popup.hide()
        popup.setParent(None)
        self.retranslate()
        if not self._popups:
            self.collapse_button.setChecked(False)
            self.hide()

    def chain_tab_order(self) -> None:
        """Tab goes through the pop-ups top to bottom, as they are shown (each one's fields
        in its own order), whatever order they were made or refilled in."""
        focusable = [w for popup in self._popups for w in popup.findChildren(QWidget)
                     if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(popup)]
        for before, after in zip(focusable, focusable[1:]):
            QWidget.setTabOrder(before, after)

    def expand(self) -> None:
        """Show the pop-ups again."""
        self.collapse_button.setChecked(False)

    def _collapsed(self, collapsed: bool) -> None:
        self.scroll.setVisible(not collapsed)
        self.retranslate()
        self.setFixedWidth(self.header.sizeHint().width() if collapsed else PANEL_WIDTH)
