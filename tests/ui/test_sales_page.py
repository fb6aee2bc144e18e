"""The sales page: the store's quotes by status, and the editor opened from it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from app.services import quotes
from tests.ui.test_quote_editor import (  # noqa: F401 (fixtures)
    choose_customer,
    store,
)
from tests.ui.walker import settled
from ui.sales.page import SalesPage


@pytest.fixture
def page(db, runner, qtbot, store):  # noqa: F811
    page = SalesPage(db, runner, store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        pass
    yield page
    page.close_editors()


def shown(page):
    return [page.model.record(r) for r in range(page.model.rowCount())]


def test_lists_the_store_quotes_newest_first(db, page, switcher):
    records = shown(page)
    assert len(records) == len(quotes.list_quotes(db)) and len(records) >= 6
    assert [r.quote_date for r in records] == sorted((r.quote_date for r in records),
                                                     reverse=True)
    assert page.status.text() == f"共 {len(records)} 份报价"
    old = [r for r in range(len(records)) if not records[r].latest]
    assert old and page.model.data(page.model.index(old[0], 5)).endswith("（旧版）")


@pytest.mark.parametrize("status", ["draft", "given", "accepted", "expired"])
def test_filter_by_status(page, qtbot, switcher, status):
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.status_filter.setCurrentIndex(page.status_filter.findData(status))
    records = shown(page)
    assert records and {r.status for r in records} == {status}


def test_a_new_quote_saved_in_the_editor_appears(db, page, qtbot, switcher):
    before = page.model.rowCount()
    editor = page.open_quote(None)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        pass
    choose_customer(editor, qtbot)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        editor.save()
    assert page.model.rowCount() == before + 1
    assert editor in page.editors


def test_double_click_opens_the_quote(page, qtbot, switcher):
    record = page.model.record(0)
    with qtbot.waitSignal(page.editor_opened, timeout=5000) as opened:
        page.table.doubleClicked.emit(page.model.index(0, 0))
    editor = opened.args[0]
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        pass
    assert editor.title.text().startswith(f"报价单 {record.number}")


def test_english(page, qtbot, switcher, qapp):
    from ui.widgets.palette import style_sheet

    qapp.setStyleSheet(style_sheet())   # the desk's look: its padding takes room too
    try:
        _check_english(page, qtbot, switcher)
    finally:
        qapp.setStyleSheet("")


def _check_english(page, qtbot, switcher):
    page.resize(1366 - 180, 700)        # a desk's screen less the navigation
    page.show()
    qtbot.waitUntil(lambda: settled(page), timeout=5000)     # laid out in Chinese first
    switcher.apply("en")
    assert page.title.text() == "Sales · Quotes"
    assert page.status.text() == f"{page.model.rowCount()} quotes"      # not 共 … 份报价
    combo, fresh = page.status_filter, QComboBox()      # fresh: as wide as English needs
    qtbot.addWidget(fresh)
    fresh.addItems([combo.itemText(i) for i in range(combo.count())])
    qtbot.waitUntil(lambda: combo.width() >= fresh.sizeHint().width(), timeout=5000)  # not cut
    assert page.status_filter.itemText(1) == "Draft"
    statuses = {page.model.data(page.model.index(r, 5)) for r in range(page.model.rowCount())}
    assert statuses & {"Draft", "Given", "Accepted", "Expired"}
