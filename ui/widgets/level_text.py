"""The store's customer levels on screen: the names and benefits the store gave its tiers
(钻石/黄金/白银/青铜…, a loaner car, the dedicated lane), for the arrival pop-up, the
customer window and search results.

The desk loads its store's levels once at start (`load_store_levels`) and again whenever
the care settings are saved (`set_store_levels`); `store_levels().changed` tells the
screens showing a level to render it again. Until loaded, the shipped names are shown.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from app.db import Database
from app.domain.care_tiers import DEFAULT_LEVELS, Level
from app.services import care_settings
from ui.i18n import current_language
from ui.tasks import TaskRunner
from ui.widgets.code_text import code_text


class StoreLevels(QObject):
    """The levels of the desk's store; `changed` after new ones arrive."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.levels: dict[str, Level] = {level.code: level for level in DEFAULT_LEVELS}

    def set_levels(self, levels: Mapping[str, Level]) -> None:
        """Take the store's levels and tell the screens."""
        self.levels = dict(levels)
        self.changed.emit()


_STORE_LEVELS: StoreLevels | None = None


def store_levels() -> StoreLevels:
    """The desk's one `StoreLevels` (created on first use, on the UI thread)."""
    global _STORE_LEVELS
    if _STORE_LEVELS is None:
        _STORE_LEVELS = StoreLevels()
    return _STORE_LEVELS


def set_store_levels(levels: Mapping[str, Level]) -> None:
    """Show `levels` from now on (after the care settings were saved)."""
    store_levels().set_levels(levels)


def load_store_levels(db: Database, runner: TaskRunner, store_id: int) -> None:
    """Read the store's levels off the UI thread and show them."""
    runner.submit(lambda: care_settings.store_levels(db, store_id), set_store_levels)


def level_text(code: str) -> str:
    """The store's name of level `code` in the desk's language."""
    level = store_levels().levels.get(str(code))
    if level is None:
        return code_text(code)
    return (level.en if current_language() == "en" else level.zh) or code_text(code)


def benefits_text(code: str) -> str:
    """The benefits of level `code` in the desk's language ("" when it has none)."""
    level = store_levels().levels.get(str(code))
    if level is None:
        return ""
    return level.benefits_en if current_language() == "en" else level.benefits_zh
