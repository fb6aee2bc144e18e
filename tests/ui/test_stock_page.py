"""The stock page: the store's parts with their figures, search by pinyin initials and an
old number, low stock highlighted, the ledger of the chosen part."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import Store
from app.services import parts, stock
from ui.backoffice.stock_page import LOW_STOCK, StockPage


@pytest.fixture
def store_id(db):
    with db.session() as s:
        store = Store(code="GZ01", name="天河店")
        s.add(store)
        s.flush()
        ident = store.id
    oil = parts.create_part(db, code="04152-YZZA1", name="机油滤清器", price="68", threshold=3,
                            bin="A-03", brand="丰田")
    pads = parts.create_part(db, code="04465-06200", name="前刹车片", price="680", threshold=4)
    stock.receive(db, ident, oil.id, 12)
    stock.receive(db, ident, pads.id, 2)
    parts.supersede(db, "04465-33450", pads.id)
    return ident


@pytest.fixture
def page(db, runner, qtbot, store_id, switcher):
    page = StockPage(db, runner, store_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    return page


def _codes(page):
    return [page.model.record(r).code for r in range(page.model.rowCount())]


def test_the_list_shows_figures_and_tints_low_stock(page, qtbot):
    assert _codes(page) == ["04152-YZZA1", "04465-06200"]
    oil, pads = (page.model.record(r) for r in range(2))
    assert (oil.on_hand, oil.available, oil.low) == (12, 12, False)
    assert (pads.on_hand, pads.low) == (2, True)
    background = page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == LOW_STOCK
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.status.text() == "共 2 种配件，1 种低库存"
    qtbot.waitUntil(lambda: page.ledger_model.rowCount() == 1, timeout=5000)
    assert page.ledger_model.index(0, 1).data() == "入库"


def test_search_by_initials_old_number_and_low_only(page, qtbot):
    page.search.setText("jylqq")
    page.refresh()
    qtbot.waitUntil(lambda: _codes(page) == ["04152-YZZA1"], timeout=5000)
    page.search.setText("04465-33450")                     # the superseded number
    page.refresh()
    qtbot.waitUntil(lambda: _codes(page) == ["04465-06200"], timeout=5000)
    page.search.clear()
    page.low_only.setChecked(True)
    qtbot.waitUntil(lambda: _codes(page) == ["04465-06200"], timeout=5000)


def test_english_headers(page, switcher, qtbot):
    low = sum(1 for r in range(page.model.rowCount()) if page.model.record(r).low)
    switcher.apply("en")
    assert page.title.text() == "Parts stock"
    assert page.status.text() == f"2 parts, {low} low on stock"     # follows, no reload
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers[:3] == ["Part no.", "Name", "Brand"]
    qtbot.waitUntil(lambda: page.ledger_model.rowCount() == 1, timeout=5000)
    assert page.ledger_model.index(0, 1).data() == "Received"
