"""The store's levels on the pop-up, the customer window and in search; the level override
and the care settings driven through Qt; the customer's timeline; the desk's figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app import acting
from app.domain.care_rules import EDITABLE_FIELDS
from app.models import CareItem, CustomerRfm, Vehicle
from app.services import care_settings, customers, vehicles
from app.services.care_run import run_care
from app.services.common import store_today
from tests.ui.test_reception import arrive, texts
from ui.care.page import CarePage
from ui.customers.customer_window import CustomerWindow
from ui.customers.page import CustomersPage
from ui.widgets.level_text import load_store_levels


@pytest.fixture
def zhang(db, shop):
    """张先生, a gold customer whose car was delivered 95 days ago (first service overdue)."""
    customer = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678",
                                         tier="gold", advisor_id=shop.advisor_id,
                                         consent_contact=True, consent_plate_recognition=True)
    car = vehicles.add_vehicle(db, plate="粤B12345", owner_id=customer.id, brand="丰田",
                               model="凯美瑞")
    with db.session() as s:
        s.get(Vehicle, car.id).purchase_date = store_today() - timedelta(days=95)
    return customer


@pytest.fixture
def diamond(db, shop, runner):
    """The store calls its gold level 钻石 (Diamond), with a loaner car; the desk loaded it."""
    care_settings.save_settings(db, shop.store_id, levels={"gold": {
        "zh": "钻石", "en": "Diamond", "benefits_zh": "代步车、专属通道",
        "benefits_en": "Loaner car, dedicated lane"}})
    load_store_levels(db, runner, shop.store_id)
    runner.drain()


def open_window(db, runner, qtbot, customer_id) -> CustomerWindow:
    window = CustomerWindow(db, runner, customer_id)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.show()
    return window


def test_the_store_level_names_on_the_popup(db, shop, runner, qtbot, zhang, diamond, switcher):
    from ui.reception.controller import ReceptionController
    from ui.reception.page import ReceptionPage

    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False)
    page = ReceptionPage(db, runner, controller)
    qtbot.addWidget(page)
    page.show()
    runner.drain()
    popup = arrive(page, qtbot, "粤B12345")
    shown = texts(popup)
    assert "张伟 · 钻石 · " in shown and "等级权益：代步车、专属通道" in shown
    assert "金卡" not in shown
    switcher.apply("en")
    popup = arrive(page, qtbot, "粤B12345")
    assert "Diamond" in texts(popup) and "Loaner car, dedicated lane" in texts(popup)
    runner.drain()
    controller.stop()


def test_the_store_level_names_on_the_window_and_in_search(db, runner, qtbot, zhang, diamond):
    window = open_window(db, runner, qtbot, zhang.id)
    assert window.tier.text().startswith("钻石（代步车、专属通道）")
    page = CustomersPage(db, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.search.results, timeout=5000):
        page.search.edit.setText("张伟")
        page.search.search_now()
    assert page.model.data(page.model.index(0, 4)) == "钻石"


def test_setting_the_level_by_hand_through_qt_keeps_who_and_why(db, shop, runner, qtbot, zhang):
    run_care(db, shop.store_id)
    window = open_window(db, runner, qtbot, zhang.id)
    assert "按 RFM 计算" in window.tier.text()
    with acting.acting_as(replace(acting.current(), name="周敏")):     # 周敏 signed in
        window.tier_button.click()
        dialog = window.override_dialog
        dialog.level.setCurrentIndex(dialog.level.findData("silver"))
        assert dialog.who.text() == "周敏"          # who: the person signed in, not a choice
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        with qtbot.waitSignal(runner.finished, timeout=5000):
            save.click()
        qtbot.waitUntil(lambda: "原因" in dialog.error.text(), timeout=5000)   # no reason: refused
        assert dialog.isVisible() and dialog.who.text() == "周敏"
        dialog.reason.setText("集团大客户")
        with qtbot.waitSignal(dialog.saved, timeout=5000):
            save.click()
    with db.session() as s:
        rfm = s.get(CustomerRfm, zhang.id)
        assert (rfm.override_tier, rfm.override_by, rfm.override_reason) == (
            "silver", "周敏", "集团大客户")
    assert window.tier.text().startswith("银卡")
    assert "手动设定：周敏" in window.tier.text() and "集团大客户" in window.tier.text()
    # The window's next save is not refused as stale (the override moved the version on).
    window.notes.setPlainText("喜欢上午来")
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.save()


def test_the_timeline_tab_lists_the_care_outcomes(db, shop, runner, qtbot, zhang, switcher):
    from app.services import care_desk

    run_care(db, shop.store_id)
    (row,) = [r for r in care_desk.list_items(db, shop.store_id) if r.kind == "first_service"]
    care_desk.record_outcome(db, row.id, "invited", by_id=shop.advisor_id)
    window = open_window(db, runner, qtbot, zhang.id)
    model = window.timeline_model
    lines = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert any(line[1] == "客服关怀" and line[2] == "首保提醒 · 已邀约" and line[4] == "陈静"
               for line in lines)
    assert window.tabs.tabText(window.tabs.indexOf(window.timeline_view)) == "客户时间线"
    switcher.apply("en")
    assert model.data(model.index(0, 1)) == "Customer care"


@pytest.fixture
def care_page(db, shop, runner, qtbot, zhang):
    run_care(db, shop.store_id)
    page = CarePage(db, runner, shop.store_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    qtbot.waitUntil(lambda: page.context is not None, timeout=5000)
    return page


def test_settings_saved_through_qt_are_used_by_the_next_run(db, shop, runner, qtbot,
                                                            care_page):
    dialog = care_page.open_settings()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=5000)
    assert dialog.rules_table.columnCount() == len(EDITABLE_FIELDS)
    assert dialog.rule_cells["first_service", "km"].value() == 5_000
    assert not dialog.rule_cells["thank_you", "km"].isEnabled()     # a rule's unused number
    dialog.rule_cells["anniversary", "enabled"].setChecked(False)
    dialog.rule_cells["first_service", "max_attempts"].setValue(5)
    dialog.rule_cells["insurance_30", "window_days"].setValue(20)
    dialog.add_interval.click()
    dialog.intervals.item(dialog.intervals.rowCount() - 1, 0).setText("bZ4X")
    dialog.intervals.cellWidget(dialog.intervals.rowCount() - 1, 1).setValue(12)
    dialog.levels_table.item(0, 0).setText("钻石")
    dialog.threshold_cells["high_spend"].setValue(80_000)
    assert dialog.who.text() == acting.current().name     # who: the person signed in
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        save.click()
    stored = care_settings.store_settings(db, shop.store_id)
    rules = {r.kind: r for r in stored.rules}
    assert not rules["anniversary"].enabled and rules["first_service"].max_attempts == 5
    assert rules["insurance_30"].window_days == 20
    assert rules["periodic_service"].model_intervals == (("bZ4X", 12, 10_000),)
    assert stored.levels[0].zh == "钻石" and str(stored.thresholds.high_spend) == "80000.00"
    assert care_page.tier.itemText(care_page.tier.findData("gold")) == "钻石"
    # The next run: no anniversary item for a car delivered a year ago today.
    other = customers.create_customer(db, name="李娜", consent_contact=True)
    car = vehicles.add_vehicle(db, plate="粤B67890", owner_id=other.id, model="凯美瑞")
    with db.session() as s:
        s.get(Vehicle, car.id).purchase_date = store_today() - timedelta(days=365)
    run_care(db, shop.store_id)
    with db.session() as s:
        assert s.query(CareItem).filter_by(kind="anniversary").count() == 0


def test_a_bad_setting_keeps_the_dialog_and_what_was_typed(db, shop, qtbot, care_page):
    dialog = care_page.open_settings()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=5000)
    dialog.add_interval.click()             # a model interval without its model
    dialog.levels_table.item(1, 0).setText("白银")
    with qtbot.waitSignal(care_page._runner.finished, timeout=5000):
        save.click()
    qtbot.waitUntil(lambda: "车型" in dialog.error.text(), timeout=5000)
    assert dialog.isVisible() and dialog.levels_table.item(1, 0).text() == "白银"
    assert care_settings.store_levels(db, shop.store_id)["silver"].zh == "银卡"


def test_the_figures_move_with_an_outcome_recorded_at_the_desk(db, shop, qtbot, care_page):
    figures = care_page.figures
    with qtbot.waitSignal(figures.loaded, timeout=5000):
        care_page.tabs.setCurrentWidget(figures)
    assert figures.report.total.invited == 0 and "邀约成功率 —" in figures.total.text()
    care_page.tabs.setCurrentIndex(0)
    care_page.select_row(0)
    care_page.table.setFocus()
    with qtbot.waitSignal(care_page.outcome_recorded, timeout=5000):
        qtbot.keyClick(care_page.table, Qt.Key.Key_1)
    with qtbot.waitSignal(figures.loaded, timeout=5000):
        care_page.tabs.setCurrentWidget(figures)
    assert figures.report.total.invited == 1
    assert "邀约成功率 0.0%（已预约 0 ÷ 已邀约 1）" in figures.total.text()
    kinds = [figures.by_kind.data(figures.by_kind.index(r, 0))
             for r in range(figures.by_kind.rowCount())]
    assert kinds and all(k for k in kinds) and "first_service" not in kinds
    with qtbot.waitSignal(figures.loaded, timeout=5000):
        figures.period.setCurrentIndex(figures.period.findData("week"))
    assert figures.report.month.startswith(str(store_today().isocalendar()[0]))


def test_the_override_is_reachable_from_the_care_desk(db, shop, qtbot, care_page):
    care_page.tier_button.click()
    qtbot.waitUntil(lambda: care_page.override_dialog is not None, timeout=5000)
    dialog = care_page.override_dialog
    assert dialog.status.customer_id == care_page.current_row().customer_id
    assert any("当前等级" in label.text() for label in dialog.findChildren(QLabel))
