"""The settings dialog's "where this desk works" rows: its store (门店), its view (视图: 本店,
大区, 集团总部) and the division a division's view looks at.

Only whoever may administer the store changes them (`choices` given): the stores and
divisions are then read off the UI thread; anyone else sees the desk's own, disabled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel

from app.domain import desk_views
from app.errors import UserError
from app.services.store_admin import DeskChoices
from app.settings import Settings
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.code_text import code_text


class PlaceFields(QObject):
    """The store, view and division combos of a `Settings`, and the message of a refused
    combination (`check`)."""

    def __init__(self, settings: Settings, place: tuple[str, str], *,
                 runner: TaskRunner | None = None,
                 choices: Callable[[], DeskChoices] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        store_name, division_name = place
        self.store = QComboBox()
        self.store.addItem(store_name or f"#{settings.store_id}", settings.store_id)
        self.view = QComboBox()
        for view in desk_views.DESK_VIEWS:
            self.view.addItem(code_text(view, "desk_view"), view)
        self.view.setCurrentIndex(max(0, self.view.findData(settings.desk_view)))
        self.division = QComboBox()
        self.division.addItem(self.tr("（未选择）"), 0)
        if settings.division_id:
            self.division.addItem(division_name or f"#{settings.division_id}",
                                  settings.division_id)
            self.division.setCurrentIndex(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("place_message")
        self.editable = runner is not None and choices is not None
        self.loaded = False
        self.view.currentIndexChanged.connect(self._enable)
        self._enable()
        if self.editable:
            self._say(self.tr("正在读取门店与大区…"))
            runner.submit(choices, self._fill, self._failed, owner=self)
        else:
            self._say(self.tr("只有可以管理门店的账户能更改本台的门店与视图。"))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet(f"color: {'#b00020' if problem else '#555'};")
        self.message.setText(text)

    def _enable(self) -> None:
        """Editable once the lists are read; the division only for a division's view."""
        ready = self.editable and self.loaded
        self.store.setEnabled(ready)
        self.view.setEnabled(ready)
        self.division.setEnabled(ready and self.view.currentData() == desk_views.DIVISION)

    def _fill(self, choices: DeskChoices) -> None:
        store, division = self.store.currentData(), self.division.currentData()
        self.store.clear()
        for record in choices.stores:
            self.store.addItem(f"{record.name} ({record.code})", record.id)
        if self.store.findData(store) < 0:
            self.store.addItem(f"#{store}", store)    # not on file: kept, not lost
        self.store.setCurrentIndex(self.store.findData(store))
        self.division.clear()
        self.division.addItem(self.tr("（未选择）"), 0)
        for record in choices.divisions:
            self.division.addItem(f"{record.name} ({record.code})", record.id)
        self.division.setCurrentIndex(max(0, self.division.findData(division)))
        self.loaded = True
        self.message.clear()
        self._enable()

    def _failed(self, exc: Exception) -> None:
        self._say(self.tr("无法读取门店与大区：%1").replace("%1", error_text(exc)), problem=True)

    def values(self) -> dict:
        """The settings the rows hold: store, view and division."""
        return {"store_id": self.store.currentData(), "desk_view": self.view.currentData(),
                "division_id": self.division.currentData() or 0}

    def check(self) -> bool:
        """True when the combination is one the desk can take; otherwise the message says
        why and the division's combo takes the focus (nothing chosen is reset)."""
        values = self.values()
        try:
            desk_views.check_view(values["desk_view"], values["division_id"])
        except UserError as exc:
            self._say(error_text(exc), problem=True)
            self.division.setFocus()
            return False
        return True
