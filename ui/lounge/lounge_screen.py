"""The lounge screen (客休区大屏): a full-screen window for the lounge's TV listing each car in
the shop with its masked plate, model, status, estimated time and the customer's
refreshment order. It shows only what `app.services.lounge.lounge_cars` returns, which
never holds a name or a full plate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import lounge
from app.services.lounge import LoungeCar
from ui.messages import error_text, show_status
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.palette import colour, fill_colours

#: How often the screen asks for the cars again (the `live` work may also call `refresh`).
POLL_MS = 5000
SCREEN_STYLE = """
QWidget#loungeScreen { background: @lounge_bg; }
QLabel { color: @lounge_text; }
QLabel#loungeHint { color: @lounge_muted; }
QPushButton#loungeClose { color: @lounge_muted; background: transparent;
                          border: 1px solid @lounge_row_alt;
                          padding: 2px 10px; }
QTableView { background: @lounge_bg; color: @lounge_text; border: none; }
QTableView::item { border-bottom: 2px solid @lounge_row_alt; padding-left: 8px; }
QHeaderView::section { background: @lounge_bg; color: @lounge_muted; border: none;
                       border-bottom: 2px solid @lounge_muted; padding: 6px 8px;
                       font-size: %HEADER%px; }
"""
#: Each column's share of the width left once every column has its content's width.
COLUMN_SHARES = (0.18, 0.24, 0.26, 0.14, 0.18)
#: On a narrow screen the columns give up width in this order: the model first (it shows
#: whole in its tooltip), then the refreshment, the status; the plate and time last.
SQUEEZE_ORDER = (1, 4, 2, 0, 3)
#: The model's column, and the characters it must show to stay (else it folds away).
MODEL, MODEL_MIN_CHARACTERS = 1, 6
#: The cell's padding-left in SCREEN_STYLE, and a pixel each side to spare.
CELL_PADDING = 8 + 2
#: Status codes shown green (the car is ready) and amber (being checked).
_STATUS_COLOUR = {"ready_for_pickup": "lounge_ready", "quality_check": "lounge_checking"}


class LoungeModel(QAbstractTableModel):
    """The cars as rows: plate (masked), model, status, estimated time, refreshment."""

    COLUMNS = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cars: tuple[LoungeCar, ...] = ()

    def set_cars(self, cars: Sequence[LoungeCar]) -> None:
        """Show `cars` (the service's masked records)."""
        self.beginResetModel()
        self._cars = tuple(cars)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per car."""
        return 0 if parent.isValid() else len(self._cars)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Five columns."""
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        """The columns' titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("车牌"), self.tr("车型"), self.tr("进度"), self.tr("预计完成"),
                self.tr("茶点"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """A cell's text, and the status's colour."""
        if not index.isValid():
            return None
        car, column = self._cars[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # the tooltip: a narrow screen cuts a long model or status with "…"
            return cell_text(car, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 \
                and car.status in _STATUS_COLOUR:
            return QColor(colour(_STATUS_COLOUR[car.status]))
        return None



def cell_text(car: LoungeCar, column: int) -> str:
    """The text of `car`'s cell in `column` (the screen's own language)."""
    if column == 0:
        return car.plate
    if column == 1:
        return car.model
    if column == 2:
        return code_text(car.status)
    if column == 3:
        return local_time(car.estimated_at, "%H:%M") if car.estimated_at else "—"
    return code_text(car.refreshment, "lounge_refreshment") if car.refreshment else ""


def column_widths(needs: Sequence[int], floors: Sequence[int], width: int,
                  hidden: frozenset[int] = frozenset()) -> list[int]:
    """Each column's width in `width` pixels from what its content `needs`: all of it and a
    share of the rest when there is room; otherwise the columns of `SQUEEZE_ORDER` give up
    width in turn, each down to its `floors` (its title's width). `hidden` columns get 0."""
    shown = [column for column in range(len(needs)) if column not in hidden]
    widths = [needs[column] if column in shown else 0 for column in range(len(needs))]
    spare = width - sum(widths)
    if spare >= 0:
        shares = sum(COLUMN_SHARES[column] for column in shown)
        for column in shown:
            widths[column] += int(spare * COLUMN_SHARES[column] / shares)
        return widths
    for column in (c for c in SQUEEZE_ORDER if c in shown):
        cut = max(0, min(-spare, widths[column] - floors[column]))
        widths[column] -= cut
        spare += cut
    return widths


class LoungeScreen(Retranslatable, QWidget):
    """The TV window: a title with the time, the cars, a line on privacy. Esc closes it.

    `loaded` after each refresh was shown, `failed(str)` with a refresh's error."""

    loaded = Signal()
    failed = Signal(str)

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, database: Database, runner: TaskRunner, store_id: int | DeskStore,
                 *, poll_ms: int = POLL_MS) -> None:
        super().__init__(None)
        self.setObjectName("loungeScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._db, self._runner, self._desk_store = database, runner, DeskStore.of(store_id)
        self._desk_store.changed.connect(self.refresh)
        self._loading = False
        self._keep_page = False
        self._cars: tuple[LoungeCar, ...] = ()
        self.page = 0
        self.model = LoungeModel(self)
        self.title, self.clock, self.hint = QLabel(), QLabel(), QLabel()
        self.page_label = QLabel()
        self.page_label.setObjectName("loungeHint")
        # Staff leave the TV screen with Esc or this quiet button (a mouse on the TV's PC).
        self.close_button = QPushButton()
        self.close_button.setObjectName("loungeClose")
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.close)
        self.hint.setObjectName("loungeHint")
        self.hint.setWordWrap(True)         # a long line on privacy on a narrow screen
        self.title.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = self._make_view()
        self.view.viewport().installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.page_label)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.refresh)
        self._scale(self.height())
        self.retranslate()
        self._show_empty()

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().hide()
        view.setShowGrid(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return view

    def retranslate(self) -> None:
        """(Re)set the texts in the current language."""
        self.setWindowTitle(self.tr("客休区大屏"))
        self.title.setText(self.tr("爱车进度"))
        self.hint.setText(self.tr("车牌已部分隐藏以保护隐私。如需帮助，请联系前台或您的服务顾问。"))
        self.empty.setText(self.tr("目前没有在店维修的车辆"))
        self.close_button.setText(self.tr("关闭 (Esc)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LoungeModel.COLUMNS - 1)
        self._fit_columns()         # the titles and the statuses changed language
        self._tick()

    def start(self) -> None:
        """Load now, then poll."""
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        """Stop polling."""
        self.timer.stop()

    def refresh(self) -> None:
        """Ask for the cars again (the one place a refresh starts: the poll, or a change
        notified by the database)."""
        self._tick()
        if self._loading:
            return
        self._loading = True
        db, store_id = self._db, self._store_id
        self._runner.submit(lambda: lounge.lounge_cars(db, store_id), self._show, self._failed)

    def reload(self) -> None:
        """Ask for the cars again on the page shown (a change notified by the database:
        the poll alone turns the pages)."""
        self._keep_page = True
        self.refresh()

    def _show(self, cars: tuple[LoungeCar, ...]) -> None:
        """Show the next page of cars: nobody scrolls a TV, so the pages take turns, one
        per poll."""
        self._loading = False
        first, keep, self._keep_page = not self._cars, self._keep_page, False
        self._cars = cars
        self.view.setVisible(bool(cars))
        self.layout().activate()        # the table's height now, to know how many rows fit
        self._fit_columns()
        if first:
            self.page = 0
        else:
            self.page = (self.page + (0 if keep else 1)) % self.pages()
        self._show_page()
        self.loaded.emit()

    def rows_per_page(self) -> int:
        """How many cars fit the table's height."""
        height = self.view.viewport().height()
        return max(1, height // max(1, self.view.verticalHeader().defaultSectionSize()))

    def pages(self) -> int:
        """How many pages the cars take."""
        return max(1, -(-len(self._cars) // self.rows_per_page()))

    def _show_page(self) -> None:
        per_page = self.rows_per_page()
        self.page = min(self.page, self.pages() - 1)
        self.model.set_cars(self._cars[self.page * per_page:(self.page + 1) * per_page])
        self.page_label.setText(f"{self.page + 1} / {self.pages()}" if self.pages() > 1 else "")
        self._show_empty()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        text = error_text(exc)
        show_status(text)
        self.failed.emit(text)

    def _show_empty(self) -> None:
        none = self.model.rowCount() == 0
        self.view.setVisible(not none)
        self.empty.setVisible(none)

    def _tick(self) -> None:
        self.clock.setText(local_time(datetime.now(UTC), "%H:%M"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Text scales with the screen: legible across the lounge on a 1080p TV or 768p."""
        super().resizeEvent(event)
        self._scale(max(event.size().height(), 400))

    def _scale(self, height: int) -> None:
        body = QFont(self.font())
        body.setPixelSize(max(18, height // 28))
        big = QFont(body)
        big.setPixelSize(max(24, height // 18))
        big.setBold(True)
        small = QFont(body)
        small.setPixelSize(max(14, height // 48))
        for label in (self.title, self.clock):
            label.setFont(big)
        self.hint.setFont(small)
        self.page_label.setFont(small)
        self.close_button.setFont(small)
        self.setStyleSheet(fill_colours(SCREEN_STYLE).replace("%HEADER%", str(small.pixelSize())))
        self.empty.setFont(body)
        self.view.setFont(body)
        self.view.horizontalHeader().setFont(small)
        self.view.verticalHeader().setDefaultSectionSize(int(body.pixelSize() * 2.1))
        self._fit_columns()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """The table's height changed: page the cars again for the rows that now fit."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns(event.size().width())
            QTimer.singleShot(0, self._show_page)
        return super().eventFilter(watched, event)

    def _fit_columns(self, width: int | None = None) -> None:
        """Give each column the width of its widest text among all the cars (every page,
        so the columns keep still as the pages turn) and of its title; on a screen too
        narrow for a useful part of the model, its column folds away."""
        header, metrics = self.view.horizontalHeader(), self.view.fontMetrics()
        margin = 2 * (self.view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1) + CELL_PADDING
        titles = [header.sectionSizeHint(column) for column in range(LoungeModel.COLUMNS)]
        needs = [max([titles[column]]
                     + [metrics.horizontalAdvance(cell_text(car, column)) + margin
                        for car in self._cars])
                 for column in range(LoungeModel.COLUMNS)]
        width = self.view.viewport().width() if width is None else width
        widths = column_widths(needs, titles, width)
        # a model cut to "广…" says nothing: below a few characters its column folds away
        fold = widths[MODEL] < MODEL_MIN_CHARACTERS * max(1, self.view.font().pixelSize())
        if fold:
            widths = column_widths(needs, titles, width, frozenset({MODEL}))
        self.view.setColumnHidden(MODEL, fold)
        for column, column_width in enumerate(widths):
            self.view.setColumnWidth(column, column_width)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Esc leaves the screen."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Stop polling when the window closes."""
        self.stop()
        super().closeEvent(event)
