"""Every screen of the desk, walked in Chinese and English on the seeded demo store: no raw
code (enum value, status, tier …) in any visible label, button, tab, list item or cell."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

import app.models
from app.demo import seed_demo_store
from app.domain.reads import PlateRead
from app.settings import Settings
from tests.ui.walker import (
    cut_headers,
    declared_codes,
    open_windows,
    raw_codes,
    settled,
    undotted_plates,
)
from ui.desk import build_window
from ui.main_window import NAVIGATION
from ui.widgets.palette import style_sheet


@pytest.fixture
def demo_desk(db, switcher, runner, qtbot, tmp_path, monkeypatch, qapp):

    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    sheet = qapp.styleSheet()      # the desk's own look, as ui.desk applies it
    qapp.setStyleSheet(style_sheet())
    seed_demo_store(db, customers=40, today=date.today())
    window = build_window(Settings(), db, switcher, runner)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.pages["reception"].controller.stop()
    for w in open_windows():
        if w is not window:
            w.close()
    qapp.setStyleSheet(sheet)


def _open_everything(window, db, runner, qtbot):
    """Open one of each window and dialog the desk has."""
    customers_page = window.pages["customers"]
    customers_page.search.edit.setText(_first_name(db))       # rows with tier and match kind
    customers_page.search.search_now()
    runner.drain()
    assert customers_page.model.rowCount() > 0
    customers_page.open_customer(_first(db, "Customer"))
    window.pages["service"].open_work_order(_first(db, "WorkOrder"))
    window.pages["sales"].open_quote(_first(db, "Quote"))
    window.open_settings()
    lounge = window.lounge_menu
    for open_one in (lounge.open_order, lounge.open_menu, lounge.open_queue, lounge.open_screen):
        open_one()
    runner.drain()
    controller = window.pages["reception"].controller
    controller.handle_read(PlateRead(plate=_any_plate(db), confidence=0.98))
    runner.drain()
    qtbot.waitUntil(lambda: bool(controller.stack.popups), timeout=10_000)
    runner.drain()


def _first(db, model: str) -> int:
    """The id of the first row of `model` (the demo store has rows of each)."""
    table = getattr(app.models, model)
    with db.session() as s:
        return s.scalar(select(table.id).order_by(table.id))


def _first_name(db) -> str:
    with db.session() as s:
        return s.scalar(select(app.models.Customer.name).order_by(app.models.Customer.id))


def _any_plate(db) -> str:
    with db.session() as s:
        return s.scalar(select(app.models.Vehicle.plate)
                        .where(app.models.Vehicle.owner_id.is_not(None)).order_by(app.models.Vehicle.id))


def test_every_screen_in_both_languages_shows_no_raw_code(demo_desk, db, runner, qtbot, switcher):
    codes = declared_codes()
    assert {"delivered", "gold", "initials", "checked_in", "draft"} <= codes
    _open_everything(demo_desk, db, runner, qtbot)
    for language in ("zh_CN", "en"):
        switcher.apply(language)
        for key in NAVIGATION:
            demo_desk.show_page(key)
            runner.drain()
            runner.drain()      # what the first round's callbacks started (a page's second load)
            found = raw_codes(demo_desk, codes)
            assert not found, f"{language} {key}: {found[:10]}"
            plates = undotted_plates(demo_desk)
            assert not plates, f"{language} {key}: plates without their dot {plates[:10]}"
            qtbot.waitUntil(lambda: settled(demo_desk), timeout=5000)   # columns sized
            cut = cut_headers(demo_desk)
            assert not cut, f"{language} {key}: column headers cut {cut[:10]}"
        windows = [w for w in open_windows() if w is not demo_desk]
        assert len(windows) >= 5, [type(w).__name__ for w in windows]
        for window in windows:
            found = raw_codes(window, codes) + undotted_plates(window) + cut_headers(window)
            assert not found, f"{language} {type(window).__name__}: {found[:10]}"


def test_the_walker_sees_a_raw_code_in_a_label_a_cell_and_a_combo(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("状态：delivered"))
    layout.addWidget(QLabel("due_soon"))             # a voice code, named only qualified
    combo = QComboBox()
    combo.addItems(["金卡", "silver"])
    layout.addWidget(combo)
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("initials"))
    view = QTableView()
    view.setModel(model)
    layout.addWidget(view)
    root.show()
    found = [text for _where, text in raw_codes(root)]
    assert set(found) == {"状态：delivered", "due_soon", "silver", "initials"}


def test_the_walker_sees_a_plate_written_without_its_dot(qtbot):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text in ("粤AZ2T75 张先生", "粤A·Z2T75 张先生", "WO-20261205-001"):
        layout.addWidget(QLabel(text))
    root.show()
    assert [text for _where, text in undotted_plates(root)] == ["粤AZ2T75 张先生"]


def test_the_walker_sees_a_cut_column_header(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Time", "Taken over by"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().resizeSection(1, 40)
    view.show()
    assert [text for _where, text in cut_headers(view)] == ["Taken over by"]
