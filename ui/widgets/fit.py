"""Windows that fit a 1366×768 front-desk screen: scroll areas for tall forms, a first size
that never exceeds the screen, table columns as wide as their content."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QTableView, QWidget

#: The smallest screen the desk is made for, less the taskbar.
SMALL_SCREEN = (1366, 728)


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless vertical scroll area: as tall as it likes, shown in what
    room there is."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    area.setMinimumWidth(min(widget.minimumSizeHint().width(), SMALL_SCREEN[0] // 2))
    return area


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give `window` its preferred size, shrunk to the screen it opens on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen else None
    max_width, max_height = (area.width(), area.height()) if area else SMALL_SCREEN
    window.resize(min(width, max_width), min(height, max_height))


#: A column never grows wider than this by fitting (long text is cut with "…" and shows
#: whole in its tooltip or by widening the column).
MAX_COLUMN = 360


def fit_columns(view: QTableView) -> None:
    """Size `view`'s columns to their content and header each time its rows or headers
    change (the user may still drag them wider); the stretched last column takes the rest."""
    timer = QTimer(view, singleShot=True, interval=0)
    timer.timeout.connect(lambda: _fit(view))
    model = view.model()
    for signal in (model.modelReset, model.headerDataChanged, model.layoutChanged,
                   model.rowsInserted):
        signal.connect(timer.start)
    timer.start()


def _fit(view: QTableView) -> None:
    header = view.horizontalHeader()
    last = header.count() - 1
    for column in range(header.count()):
        if column == last and header.stretchLastSection():
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        view.resizeColumnToContents(column)
        if view.columnWidth(column) > MAX_COLUMN:
            view.setColumnWidth(column, MAX_COLUMN)


def share_the_rest(view: QTableView, columns: tuple[int, ...]) -> None:
    """`columns` of `view` share the width its other columns leave, each never narrower
    than its header: all columns in view when there is room, a horizontal scroll bar when
    the window is narrower (a stretched column would shrink under its header instead)."""
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    sharer = _Sharer(view, columns)
    view.viewport().installEventFilter(sharer)
    header.sectionResized.connect(sharer.other_resized)
    view.model().headerDataChanged.connect(sharer.timer.start)
    sharer.timer.start()


class _Sharer(QObject):
    """Re-shares the rest of a view's width when the view or its other columns resize."""

    def __init__(self, view: QTableView, columns: tuple[int, ...]) -> None:
        super().__init__(view)
        self.view, self.columns = view, columns
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(self.share)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Share again once the viewport has its new size."""
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False

    def other_resized(self, column: int, _old: int, _new: int) -> None:
        """A figure column grew or shrank: the shared columns follow."""
        if column not in self.columns:
            self.share()

    def share(self) -> None:
        """Give each shared column its part of the rest, at least its header's width."""
        header = self.view.horizontalHeader()
        taken = sum(header.sectionSize(c) for c in range(header.count())
                    if c not in self.columns and not header.isSectionHidden(c))
        part = (self.view.viewport().width() - taken) // len(self.columns)
        for column in self.columns:
            header.resizeSection(column, max(self._header_width(column), part))
        self.view.resizeRowsToContents()

    def _header_width(self, column: int) -> int:
        # the header's own measure: its style sheet's padding and bold font included
        return self.view.horizontalHeader().sectionSizeHint(column)
