"""A screen walker: visits every page and opened window of the desk and lists the raw codes
(enum values, status codes, tiers, code-name keys) that show in any visible label, button,
tab, combo-box item, table cell or header. Reusable by any test that opens a screen."""

from __future__ import annotations

import enum
import importlib
import pkgutil
import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QTabWidget,
    QWidget,
)

import app.domain
import app.models
from app.domain.code_names import CODE_NAMES
from app.domain.plates import PROVINCES

MAX_ROWS = 300


def declared_codes() -> frozenset[str]:
    """Every code the app declares: the values of each StrEnum of app.models and app.domain,
    and the keys of the code-name table."""
    codes: set[str] = {key.rsplit(".", 1)[-1] for key in CODE_NAMES}
    for package in (app.models, app.domain):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, enum.StrEnum) \
                        and value is not enum.StrEnum:
                    codes.update(str(member) for member in value)
    return frozenset(codes)


def visible_texts(root: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) for every text a person can see in `root` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        where = f"{type(root).__name__}/{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where}[{i}]", widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _cells(where, widget.model())


def _cells(where: str, model) -> Iterable[tuple[str, str]]:
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:       # a list model: one column, its columnCount is private
        columns = 1
    for section in range(columns):
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text is not None:
            yield f"{where} header {section}", str(text)
    for row in range(min(model.rowCount(root), MAX_ROWS)):
        for column in range(columns):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield f"{where} ({row},{column})", str(value)


def raw_codes(root: QWidget, codes: frozenset[str] | None = None) -> list[tuple[str, str]]:
    """(where, text) of each text of `root` a person can see that is a raw code (or a part
    of one after a colon); every tab of each tab widget is shown in turn."""
    codes = codes if codes is not None else declared_codes()
    return _on_every_tab(root, lambda text: _is_raw_code(text, codes))


def _is_raw_code(text: str, codes: frozenset[str]) -> bool:
    parts = [text.strip(), *(p.strip() for p in text.replace("：", ":").split(":"))]
    return any(part in codes for part in parts)


#: A plate written without the middle dot (粤AZ2T75): every screen writes 粤A·Z2T75.
_UNDOTTED_PLATE = re.compile(f"[{PROVINCES}][A-Z][A-Z0-9]{{5,6}}")


def undotted_plates(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of each visible text of `root` (every tab of each tab widget) that
    writes a plate without its dot, i.e. not through `format_plate`."""
    return _on_every_tab(root, lambda text: bool(_UNDOTTED_PLATE.search(text)))


def _on_every_tab(root: QWidget, wrong) -> list[tuple[str, str]]:
    """(where, text) of the visible texts of `root` for which `wrong(text)` holds, showing
    every tab of each tab widget in turn."""
    found = [(w, t) for w, t in visible_texts(root) if wrong(t)]
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found += [(w, t) for w, t in visible_texts(tabs.widget(i))
                      if wrong(t) and (w, t) not in found]
        tabs.setCurrentIndex(current)
    return found


def cut_headers(root: QWidget) -> list[tuple[str, str]]:
    """(where, header) of each visible table column whose header text does not fit its
    width (Qt elides it: "Taken over b…")."""
    found = []
    views = [root] if isinstance(root, QAbstractItemView) else []
    for view in views + root.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", lambda: None)()
        if header is None or not view.isVisible() or not header.isVisible():
            continue
        model = view.model()
        for section in range(header.count()):
            text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if header.isSectionHidden(section) or not text:
                continue
            needed = header.fontMetrics().horizontalAdvance(str(text)) + 4
            if header.sectionSize(section) < needed:
                found.append((f"{type(root).__name__}/{type(view).__name__}:{section}"
                              f" {header.sectionSize(section)}<{needed}", str(text)))
    return found


def open_windows() -> list[QWidget]:
    """Every visible top-level window and dialog of the application."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def settled(root: QWidget) -> bool:
    """Whether `root` has laid itself out. The layout work Qt has already scheduled (the
    posted layout requests, each item view's delayed layout) runs here; what the desk
    defers to the event loop (a zero-interval single-shot timer, as `ui.widgets.fit`
    starts to size columns) must have run."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible():
            view.executeDelayedItemsLayout()
    return not any(timer.isActive() and timer.isSingleShot() and timer.interval() == 0
                   for timer in root.findChildren(QTimer))
