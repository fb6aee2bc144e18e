"""The desk's store and view (本店 / 大区 / 集团总部) chosen in the settings dialog: saved, and
the desk's calls run in the new scope at once (today's arrivals, the recent customers, the
title); a division's view without its division is refused with everything kept; only who
may administer the store changes them."""

from __future__ import annotations

import pytest

from app import acting, store_scope
from app.acting import Actor
from app.domain import desk_views
from app.domain.reads import PlateRead
from app.models import Division, Store
from app.services import customers, reception, test_drives, vehicles
from app.settings import Settings, load_settings
from app.store_scope import working_for
from ui.desk import OpenDesk


@pytest.fixture
def two_stores(db, shop):
    """广州天河4S店 (A, no division) with 张伟 arrived today, 深圳南山4S店 (B, in 华南大区)
    with 王芳 arrived today: (A, B, the division)."""
    with db.session() as s:
        south = Division(code="SOUTH", name="华南大区")
        s.add(south)
        s.flush()
        b = Store(code="SZ01", name="深圳南山4S店", province="粤", division_id=south.id)
        s.add(b)
        s.flush()
        store_b, division = b.id, south.id
    for store, name, mobile, plate in ((shop.store_id, "张伟", "13812345678", "粤A12345"),
                                       (store_b, "王芳", "13812340000", "粤B22222")):
        with working_for(store):
            person = customers.create_customer(db, name=name, mobile=mobile, salutation="先生",
                                               consent_plate_recognition=True)
            vehicles.add_vehicle(db, plate=plate, owner_id=person.id)
            reception.arrive(db, PlateRead(plate=plate, confidence=0.99))
    return shop.store_id, store_b, division


@pytest.fixture
def fleets(db, two_stores):
    """Each store's test-drive fleet: A's 粤A11111, B's 粤B33333."""
    a, b, _division = two_stores
    test_drives.add_car(db, a, "粤A11111", "汉 EV")
    test_drives.add_car(db, b, "粤B33333", "海豹")


@pytest.fixture
def desk(db, two_stores, switcher, runner, qtbot, tmp_path, monkeypatch):
    """A's desk, open as its manager."""
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    opened = OpenDesk(Settings(store_id=two_stores[0]), db, switcher, runner, demo=False)
    manager = Actor("周敏", "manager", desk="前台1")
    acting.set_actor(manager)
    try:
        opened.open(manager)
        qtbot.addWidget(opened.window)
        yield opened
    finally:
        acting.set_actor(None)
        opened.stop()


def _arrivals(window) -> set[str]:
    model = window.pages["reception"].arrivals_model
    return {model.record(row).customer_name for row in range(model.rowCount())}


def _recent(window) -> set[str]:
    model = window.pages["customers"].model
    return {model.record(row).name for row in range(model.rowCount())}


def _settings(window, qtbot):
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.place.loaded, timeout=10_000)
    return dialog


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_choosing_the_store_and_the_view_changes_what_the_desk_sees(db, desk, two_stores, qtbot,
                                                                    tmp_path):
    a, b, south = two_stores
    window = desk.window
    qtbot.waitUntil(lambda: _arrivals(window) == {"张伟"}, timeout=10_000)
    qtbot.waitUntil(lambda: "广州天河4S店" in window.windowTitle(), timeout=10_000)

    dialog = _settings(window, qtbot)               # another store: B's data
    assert not dialog.place.division.isEnabled()    # only for a division's view
    _choose(dialog.place.store, b)
    dialog.accept()
    assert load_settings().store_id == b and store_scope.current() == store_scope.Scope(b)
    if desk.events is not None:
        assert desk.events.listener.store_id == b
    qtbot.waitUntil(lambda: _arrivals(window) == {"王芳"}, timeout=10_000)
    qtbot.waitUntil(lambda: _recent(window) == {"王芳"}, timeout=10_000)
    qtbot.waitUntil(lambda: "深圳南山4S店" in window.windowTitle(), timeout=10_000)

    dialog = _settings(window, qtbot)               # a division's view needs its division
    _choose(dialog.place.view, desk_views.DIVISION)
    assert dialog.place.division.isEnabled()
    dialog.desk_name.setText("二楼服务台")
    dialog.accept()
    assert dialog.isVisible() and "大区" in dialog.place.message.text()
    assert (dialog.desk_name.text(), dialog.place.view.currentData(),
            dialog.place.store.currentData()) == ("二楼服务台", desk_views.DIVISION, b)
    assert load_settings().desk_view == desk_views.STORE
    _choose(dialog.place.division, south)
    dialog.accept()
    assert not dialog.isVisible()
    saved = load_settings()
    assert (saved.desk_view, saved.division_id, saved.store_id, saved.desk_name) == (
        desk_views.DIVISION, south, b, "二楼服务台")
    scope = store_scope.current()
    assert (scope, scope.home_store) == (store_scope.Scope(division_id=south), b)
    qtbot.waitUntil(lambda: "华南大区" in window.windowTitle(), timeout=10_000)
    assert _arrivals(window) == {"王芳"}             # A is in no division

    dialog = _settings(window, qtbot)               # head office: every store
    _choose(dialog.place.view, desk_views.GROUP)
    dialog.accept()
    assert store_scope.current() == store_scope.Scope()
    if desk.events is not None:     # PostgreSQL: every store's events reach the desk
        assert desk.events.listener.store_id is None
    qtbot.waitUntil(lambda: _arrivals(window) == {"张伟", "王芳"}, timeout=10_000)
    qtbot.waitUntil(lambda: _recent(window) == {"张伟", "王芳"}, timeout=10_000)
    qtbot.waitUntil(lambda: "集团总部" in window.windowTitle(), timeout=10_000)
    assert "深圳南山4S店" in window.place_label.text()      # the desk's own store still
    assert window.grab().save(str(tmp_path / "group_view.png"))
    controller = window.pages["reception"].controller   # pop-ups: the own store's gate only
    qtbot.waitUntil(lambda: controller._last_visit_id is not None, timeout=10_000)
    for store, plate in ((a, "粤A12345"), (b, "粤B22222")):
        with working_for(store):
            reception.arrive(db, PlateRead(plate=plate, confidence=0.99))
    controller.poll()
    qtbot.waitUntil(lambda: not controller._polling, timeout=10_000)
    assert {p.card.plate for p in controller.stack.popups} == {"粤B22222"}


def test_only_who_administers_the_store_changes_the_desks_store_or_view(desk, qtbot):
    window = desk.window
    qtbot.waitUntil(lambda: "广州天河4S店" in window.windowTitle(), timeout=10_000)
    clerk = Actor("王芳", "reception", desk="前台1")
    acting.set_actor(clerk)
    window.apply_actor(clerk)
    dialog = window.open_settings()
    place = dialog.place
    assert not (place.store.isEnabled() or place.view.isEnabled() or place.division.isEnabled())
    assert place.store.currentText() == "广州天河4S店" and "管理门店" in place.message.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    saved = load_settings()
    assert (saved.language, saved.desk_view, saved.store_id) == (
        "en", desk_views.STORE, desk.settings.store_id)


def _fleet(window) -> set[str]:
    model = window.pages["testdrive"].car_model
    return {model.record(row).plate for row in range(model.rowCount())}


def test_a_change_of_store_reaches_the_pages_that_work_for_the_store_explicitly(
        db, fleets, desk, two_stores, qtbot, tmp_path):
    """The test-drive page takes the store explicitly (its fleet is the store's): after the
    settings name store B it lists B's fleet, and books, cancels or prints for B, without a
    restart; every such page reads the one store of the desk."""
    a, b, _south = two_stores
    window = desk.window
    page = window.pages["testdrive"]
    qtbot.waitUntil(lambda: _fleet(window) == {"粤A11111"}, timeout=10_000)
    dialog = _settings(window, qtbot)
    _choose(dialog.place.store, b)
    dialog.accept()
    qtbot.waitUntil(lambda: _fleet(window) == {"粤B33333"}, timeout=10_000)
    assert page.grab().save(str(tmp_path / "testdrive_after_change.png"))
    explicit = {key: p for key, p in window.pages.items() if hasattr(p, "_desk_store")}
    assert {"testdrive", "sales", "stock", "cashier", "showroom", "reports"} <= set(explicit)
    assert {key: p._desk_store.id for key, p in explicit.items()} == dict.fromkeys(explicit, b)
    assert window.pages["reception"].controller.store_id == b    # a prospect's lead: B's
    assert desk.watch._store_id == b
    assert window.pages["reports"].place_id == b
    page.book()                                     # a dialog opened now books at B
    assert page.dialog._store_id == b and page.dialog.car.count() == 1
    assert "粤B·33333" in page.dialog.car.itemText(0)
    page.dialog.reject()
