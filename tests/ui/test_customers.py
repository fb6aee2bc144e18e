"""Customer search, the customer window, its validation and the edit conflict."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import customers, vehicles
from ui.customers.customer_window import CustomerWindow
from ui.customers.page import CustomersPage


@pytest.fixture
def zhang(db):
    customer = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678")
    vehicles.add_vehicle(db, plate="粤B12345", owner_id=customer.id, brand="丰田", model="凯美瑞")
    customers.create_customer(db, name="王芳", salutation="女士", mobile="13900001111")
    return customer


@pytest.fixture
def page(db, runner, qtbot):
    page = CustomersPage(db, runner)
    qtbot.addWidget(page)
    yield page
    page.close_windows()


def search(page, qtbot, text):
    with qtbot.waitSignal(page.search.results, timeout=5000):
        page.search.edit.setText(text)
        page.search.search_now()
    return [page.model.record(r).name for r in range(page.model.rowCount())]


@pytest.mark.parametrize("query", ["粤B12345", "B123", "粤B1234S", "13812345678", "5678", "张伟", "张", "zw"])
def test_each_search_kind_finds_the_customer(page, zhang, qtbot, switcher, query):
    assert search(page, qtbot, query) == ["张伟"]


def test_search_shows_count_and_empty_query_lists_recent_customers(page, zhang, qtbot, switcher,
                                                                   runner):
    search(page, qtbot, "zw")
    assert page.status.text() == "找到 1 位客户"
    switcher.apply("en")                    # the count follows the language, no reload
    assert page.status.text() == "1 customers found"
    switcher.apply("zh_CN")
    search(page, qtbot, "")
    runner.drain()
    names = [page.model.record(r).name for r in range(page.model.rowCount())]
    assert names == ["王芳", "张伟"]          # the last changed first
    assert page.status.text() == "最近到店或更新的客户"
    switcher.apply("en")
    assert page.status.text() == "Customers seen or changed recently"


def test_the_page_opens_on_recent_customers(db, runner, zhang, qtbot, switcher):
    page = CustomersPage(db, runner)
    qtbot.addWidget(page)
    runner.drain()
    assert page.model.rowCount() == 2 and page.search.edit.text() == ""


def test_new_customer_is_stored_and_opened_and_a_refusal_keeps_the_typing(page, qtbot, runner,
                                                                          switcher, db):
    dialog = page.new_customer()
    assert dialog.isVisible() and page.new_button.text() == "新建客户(&N)"
    dialog.name.setText("刘洋")
    dialog.salutation.setCurrentIndex(1)           # 女士
    dialog.mobile.setText("1381234")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    runner.drain()
    assert "手机号" in dialog.error.text() and dialog.isVisible()
    assert dialog.name.text() == "刘洋" and dialog.mobile.property("invalid") is True
    dialog.mobile.setText("13812349999")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    runner.drain()
    assert not dialog.isVisible()
    window = page.windows[-1]
    qtbot.waitUntil(lambda: window.name.text() == "刘洋", timeout=5000)
    found = customers.search_customers(db, "13812349999")
    assert [(h.name, h.greeting) for h in found] == [("刘洋", "刘女士")]
    chain, widget = [], dialog.name
    for _ in range(3):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    assert chain == [dialog.name, dialog.salutation, dialog.mobile]


def test_open_customer_window_from_results(page, zhang, qtbot, switcher):
    search(page, qtbot, "张伟")
    window = page.open_customer(page.model.record(0).customer_id)
    qtbot.waitUntil(lambda: window.name.text() == "张伟", timeout=5000)
    assert window.vehicles_model.rowCount() == 1
    assert window.vehicles_model.record(0).plate == "粤B12345"
    assert page.open_customer(zhang.id) is window
    assert "服务顾问：" in window.staff_label.text()
    switcher.apply("en")                    # the staff line follows, no reload
    assert "Service advisor: " in window.staff_label.text()


def open_window(db, runner, qtbot, customer_id) -> CustomerWindow:
    window = CustomerWindow(db, runner, customer_id)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        pass
    return window


def test_bad_mobile_is_refused_and_kept(db, runner, zhang, qtbot, switcher):
    window = open_window(db, runner, qtbot, zhang.id)
    window.mobile.setText("12345")
    window.notes.setPlainText("喜欢周末来店")
    with qtbot.waitSignal(window.failed, timeout=5000) as blocker:
        window.save()
    assert "手机号" in blocker.args[0]
    assert window.mobile.text() == "12345"
    assert window.notes.toPlainText() == "喜欢周末来店"
    assert window.mobile.property("invalid") is True
    assert customers.get_customer(db, zhang.id).customer.mobile == "13812345678"


def test_bad_birthday_is_refused_before_saving(db, runner, zhang, qtbot, switcher):
    window = open_window(db, runner, qtbot, zhang.id)
    window.birthday.setText("1985-13-01")
    with qtbot.waitSignal(window.failed, timeout=1000) as blocker:
        window.save()
    assert "生日" in blocker.args[0]


def test_save_goes_through_the_service(db, runner, zhang, qtbot, switcher):
    window = open_window(db, runner, qtbot, zhang.id)
    window.notes.setPlainText("喜欢周末来店")
    window.birthday.setText("1985-06-01")
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.save()
    stored = customers.get_customer(db, zhang.id).customer
    assert stored.notes == "喜欢周末来店"
    assert stored.birthday.isoformat() == "1985-06-01"


def test_edit_overtaken_by_another_desk_is_refused_and_kept(db, runner, zhang, qtbot, switcher):
    window = open_window(db, runner, qtbot, zhang.id)
    customers.update_customer(db, zhang.id, zhang.version, notes="另一工位的修改")
    window.notes.setPlainText("我的修改")
    with qtbot.waitSignal(window.failed, timeout=5000) as blocker:
        window.save()
    assert "其他工位" in blocker.args[0]
    assert window.notes.toPlainText() == "我的修改"
    assert window.reload_button.isVisibleTo(window)
    assert customers.get_customer(db, zhang.id).customer.notes == "另一工位的修改"
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.reload_button.click()
    assert window.notes.toPlainText() == "另一工位的修改"


def test_vehicle_form_validates_vin_and_adds_a_vehicle(db, runner, zhang, qtbot, switcher):
    window = open_window(db, runner, qtbot, zhang.id)
    form = window.vehicle_form
    form.clear()
    form.fields["plate"].setText("粤BD12345")
    form.fields["vin"].setText("LSVAM4187C2184840")
    with qtbot.waitSignal(form.failed, timeout=5000) as blocker:
        form.save()
    assert "校验" in blocker.args[0] or "VIN" in blocker.args[0] or "车架号" in blocker.args[0]
    assert form.fields["vin"].property("invalid") is True
    form.fields["vin"].setText("LSVAM4187C2184847")
    with qtbot.waitSignal(window.loaded, timeout=5000):
        form.save()
    plates = sorted(window.vehicles_model.record(r).plate for r in range(window.vehicles_model.rowCount()))
    assert plates == ["粤B12345", "粤BD12345"]


def test_vehicle_form_refuses_a_bad_plate(db, runner, zhang, qtbot, switcher):
    window = open_window(db, runner, qtbot, zhang.id)
    form = window.vehicle_form
    form.clear()
    form.fields["plate"].setText("粤B123")
    with qtbot.waitSignal(form.failed, timeout=5000) as blocker:
        form.save()
    assert "车牌" in blocker.args[0]
    assert form.fields["plate"].text() == "粤B123"


def test_repair_history_of_the_vehicle(db, runner, zhang, qtbot, switcher):
    window = open_window(db, runner, qtbot, zhang.id)
    assert window.history is not None
    with qtbot.waitSignal(window.history.loaded, timeout=5000):
        window.history.reload()
    assert window.tabs.tabText(5) == "维修档案"
    assert window.history.vehicle_id == window.vehicles_model.record(0).id
