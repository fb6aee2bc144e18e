"""Every window fits a 1366×768 front-desk screen, in Chinese and English: no window asks for
more than 1366×700 or opens bigger than the screen, and at that size no label or button shows
its text cut and no table column is narrower than its content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QTableView, QWidget

from tests.ui.screens import open_every_screen, other_windows
from tests.ui.test_no_raw_codes import demo_desk  # noqa: F401  (a fixture)
from tests.ui.walker import settled
from ui.main_window import NAVIGATION
from ui.widgets import palette
from ui.widgets.fit import MAX_COLUMN

MAX_WIDTH, MAX_HEIGHT = 1366, 700


def minimum_size(window: QWidget) -> tuple[int, int]:
    """The smallest size the window can be given (its layout's and its own minimum)."""
    hint = window.minimumSizeHint()
    own = window.minimumSize()
    return max(hint.width(), own.width()), max(hint.height(), own.height())


def cut_texts(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons of `root` narrower than their text."""
    cut = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
                and widget.pixmap().isNull() and widget.textFormat() != Qt.TextFormat.RichText:
            needed = max(widget.fontMetrics().horizontalAdvance(line)
                         for line in widget.text().replace("&", "").splitlines() or [""])
            margins = widget.contentsMargins()
            if widget.width() - margins.left() - margins.right() < needed:
                cut.append(f"{type(root).__name__} label {widget.text()!r} "
                           f"{widget.width()} < {needed}")
        elif isinstance(widget, QAbstractButton) and widget.text() \
                and widget.width() < widget.minimumSizeHint().width():
            cut.append(f"{type(root).__name__} button {widget.text()!r} "
                       f"{widget.width()} < {widget.minimumSizeHint().width()}")
    return cut


def narrow_columns(root: QWidget) -> list[str]:
    """Columns of visible tables narrower than their content (up to `MAX_COLUMN`), the
    stretched last column and fixed-mode columns (the board, the calendar) aside."""
    narrow = []
    for view in root.findChildren(QTableView):
        header = view.horizontalHeader()
        if not view.isVisible() or view.model() is None or view.model().rowCount() == 0:
            continue
        for column in range(header.count() - (1 if header.stretchLastSection() else 0)):
            if header.isSectionHidden(column) \
                    or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                continue
            wanted = min(max(view.sizeHintForColumn(column), header.sectionSizeHint(column)),
                         MAX_COLUMN)
            if view.columnWidth(column) < wanted:
                title = view.model().headerData(column, Qt.Orientation.Horizontal)
                narrow.append(f"{type(root).__name__} column {title!r} "
                              f"{view.columnWidth(column)} < {wanted}")
    return narrow


def test_the_checks_see_a_cut_label_a_cut_button_and_a_narrow_column(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView

    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    label = QLabel("Taken over by the service advisor")
    button = QPushButton("Cancel the booking")
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("a very long text in the first column"))
    view = QTableView()
    view.setModel(model)
    view.setColumnWidth(0, 30)
    for widget in (label, button, view):
        widget.setMinimumWidth(10)
        layout.addWidget(widget)
    label.setMinimumSize(10, 10)
    label.setMaximumWidth(40)
    button.setMaximumWidth(40)
    root.show()
    assert len(cut_texts(root)) == 2
    assert len(narrow_columns(root)) == 1


def test_shared_columns_keep_their_titles_whole_in_the_desk_style(qtbot, qapp):
    """`fit.share_the_rest` on a view too narrow for all: the sharing columns keep the
    width of their titles as the desk's style sheet draws them (bold, padded), and a
    scroll bar shows the rest."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from ui.widgets.fit import share_the_rest

    qapp.setStyleSheet(palette.style_sheet())
    try:
        model = QStandardItemModel(1, 4)
        model.setHorizontalHeaderLabels(["Plan", "Term / rate", "Down payment", "Monthly"])
        for column, text in enumerate(("丰田汽车金融 0 息 24 期", "24 months", "64,890.00",
                                       "6,308.75")):
            model.setItem(0, column, QStandardItem(text))
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        share_the_rest(view, (0, 1))
        view.resize(240, 150)
        view.show()
        qtbot.waitUntil(lambda: settled(view), timeout=5000)
        assert [header.sectionSize(c) >= header.sectionSizeHint(c) for c in (0, 1)] == [True] * 2
        assert header.length() > view.viewport().width()       # the rest behind a scroll bar
    finally:
        qapp.setStyleSheet("")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_window_fits_1366_by_768_without_cut_text(demo_desk, db, runner, qtbot,  # noqa: F811
                                                        switcher, qapp, language):
    qapp.setStyleSheet(palette.style_sheet())
    try:
        open_every_screen(demo_desk, db, runner, qtbot)
        switcher.apply(language)
        too_big, cut = [], []
        windows = [demo_desk, *other_windows(demo_desk)]
        assert len(windows) >= 7
        screen = qapp.primaryScreen().availableGeometry()
        for window in windows[1:]:       # each opened no bigger than the screen
            if window.width() > screen.width() or window.height() > screen.height():
                too_big.append(f"{type(window).__name__} opened at {window.width()}×{window.height()}")
        for window in windows:
            width, height = minimum_size(window)
            if width > MAX_WIDTH or height > MAX_HEIGHT:
                too_big.append(f"{type(window).__name__} {width}×{height}")
        demo_desk.resize(MAX_WIDTH, 768 - 40)
        for key in NAVIGATION:
            demo_desk.show_page(key)
            runner.drain()
            qtbot.waitUntil(lambda: settled(demo_desk), timeout=5000)
            cut += cut_texts(demo_desk) + narrow_columns(demo_desk)
            if demo_desk.width() > MAX_WIDTH:         # the layout refused the size
                too_big.append(f"MainWindow on {key}: {demo_desk.width()} px wide")
        for window in windows[1:]:
            window.resize(min(window.width(), MAX_WIDTH), min(window.height(), MAX_HEIGHT))
            qtbot.waitUntil(lambda w=window: settled(w), timeout=5000)
            cut += cut_texts(window) + narrow_columns(window)
        assert not too_big and not cut, "\n".join([*too_big, *sorted(set(cut))])
    finally:
        qapp.setStyleSheet("")
