"""The KPI dashboard drawn offscreen: its chart values are the report's, drill-down from the
group to a division to a store, CSV and PDF exports read back; both languages grabbed at
1366×768 into $DEALERDESK_SHOTS (or the test's tmp dir)."""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

import pytest

from tests import kpi_seed
from ui.reports.page import ReportsPage
from ui.widgets.code_text import code_text


@pytest.fixture
def group(db):
    return kpi_seed.seed_group(db)


@pytest.fixture
def page(db, group, runner, qtbot):
    widget = ReportsPage(db, runner, group.gz01)
    qtbot.addWidget(widget)
    widget.now = kpi_seed.NOW
    widget.period.setCurrentIndex(widget.period.findData("month"))
    widget.resize(1366 - 170, 768 - 60)
    runner.drain()
    widget.refresh()
    runner.drain()
    return widget


def _november(page, runner, level, place_id):
    """The page on November 2026 (its 'now' moved into the month)."""
    page.now = kpi_seed.at(30, 8)
    page.show_place(level, place_id)
    runner.drain()


def test_the_store_dashboard_draws_todays_figures_and_the_kpis(page, runner, group):
    board = page.board
    assert board is not None and board.today is not None
    drawn = dict(page.today_chart.values())
    assert drawn["今日到店"] == kpi_seed.TODAY["arrivals"]
    assert drawn["投诉超时（SLA）"] == kpi_seed.TODAY["complaints_overdue"]
    assert dict(page.in_shop_chart.values()) == {code_text("in_repair"): 3,
                                                 code_text("ready_for_pickup"): 1}
    _november(page, runner, "store", group.gz01)
    rates = dict(page.kpi_chart.values())
    assert rates["预约进厂占比"] == 40.0 and rates["满意度"] == 75.0
    table = page.kpi_chart.model
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)]
            for r in range(table.rowCount())}
    assert rows["报价答复时长（小时）"] == ["3.00 h", "6.00", "2"]
    assert rows["配件满足率"] == ["66.7%", "2", "3"]
    assert rows["茶歇每次到店成本（元）"] == ["¥30.00", "60.00", "2"]
    assert dict(page.consultant_chart.values()) == {"李强": 50.0, "王敏": 0.0}
    assert dict(page.daily_chart.values())["开单 2026-11-03"] == 1.0


def test_drill_down_from_the_group_to_a_store_and_back_up(page, runner, group):
    _november(page, runner, "group", None)
    assert page.board.today is None
    names = [page.children_chart.model.item(r, 0).text()
             for r in range(page.children_chart.model.rowCount())]
    assert any("华南大区" in n for n in names) and any("华东大区" in n for n in names)
    page.children_kpi.setCurrentIndex(page.children_kpi.findData("booking_share"))
    page._show_children()
    south_row = next(r for r, n in enumerate(names) if "华南大区" in n)
    assert page.children_chart.values()[south_row][1] == 50.0       # (2 + 1) / (5 + 1)
    page.drill_into(south_row)
    runner.drain()
    assert page.board.report.place.id == group.south_id
    stores = [c.place.code for c in page.board.report.children]
    assert stores == ["GZ01", "GZ02"]
    page.drill_into(stores.index("GZ01"))
    runner.drain()
    assert page.board.report.place.id == group.gz01 and page.board.today is not None
    assert {f.code: (f.numerator, f.denominator) for f in page.board.report.figures} \
        == kpi_seed.EXPECTED
    page.up()
    runner.drain()
    assert page.board.report.place.id == group.south_id
    page.up()
    runner.drain()
    assert page.board.report.place.level == "group"


def test_csv_and_pdf_exports_read_back(page, runner, group, tmp_path, qtbot):
    _november(page, runner, "store", group.gz01)
    page.export_csv(str(tmp_path / "kpi.csv"))
    runner.drain()
    with open(tmp_path / "kpi.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    satisfaction = next(r for r in rows if r[4] == "satisfaction" and r[1] == "门店")
    assert satisfaction[6:9] == ["3", "4", "75.0"]
    with qtbot.waitSignal(page.printing.delivered, timeout=20000):
        page.export_pdf(str(tmp_path / "kpi.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "kpi.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "经营指标报表" in text and "满意度" in text and "GZ01" in text


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_grabbed_at_1366x768_in_both_languages(page, runner, group, switcher, language,
                                               tmp_path):
    switcher.apply(language)
    page.resize(1366 - 170, 768 - 60)
    folder = Path(os.environ.get("DEALERDESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.show()
    for index, key in enumerate(page.tab_pages):        # today's figures: now
        if key == "today":
            page.tabs.setCurrentIndex(index)
            page.grab().save(str(folder / f"reports-today-{language}.png"))
    _november(page, runner, "store", group.gz01)
    for level, place_id in (("store", group.gz01), ("group", None)):
        _november(page, runner, level, place_id)
        for index, key in enumerate(page.tab_pages):
            if not page.tabs.isTabEnabled(index) or key == "today":
                continue
            page.tabs.setCurrentIndex(index)
            image = page.grab()
            assert image.width() == 1366 - 170
            image.save(str(folder / f"reports-{level}-{key}-{language}.png"))
    if language == "en":
        assert page.refresh_button.text() != "刷新"
