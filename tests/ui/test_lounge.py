"""The lounge: a refreshment order moving through the bar's queue window, the lounge's TV
screen showing masked plates only (asserted on every text it draws), the order dialog and
the menu editor, the desk's 客休区 menu."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from app.acting import Actor, acting_as
from app.domain.plates import format_plate
from app.models import WorkOrder
from app.services import refreshments
from tests.lounge_seed import WAITING, seed_lounge
from tests.ui.test_layout import cut_texts
from tests.ui.walker import raw_codes, visible_texts
from ui.lounge.bar_queue import BarQueue
from ui.lounge.lounge_screen import LoungeScreen
from ui.lounge.menu import install
from ui.lounge.menu_dialog import MenuDialog
from ui.lounge.order_dialog import OrderDialog


@pytest.fixture
def store(db, shop):
    # seeded at the test's own time, not at import: a run that crosses the store's
    # midnight would otherwise seed yesterday's visits while the dialog asks for today's
    return seed_lounge(db, shop.store_id)


def _shots() -> Path | None:
    folder = os.environ.get("DEALERDESK_SHOTS")
    return Path(folder) if folder else None


def _open_screen(db, runner, qtbot, store, size: tuple[int, int]) -> LoungeScreen:
    """The lounge screen at `size`, its first page shown (it polls only when asked)."""
    screen = LoungeScreen(db, runner, store.store_id, poll_ms=60_000)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.start()
    return screen


def _laid_out(queue: BarQueue) -> bool:
    """Whether every card of `queue` is shown at its full height in its column."""
    return all(card.isVisible() and card.width() > 0 and card.height() >= card.minimumHeight()
               for card in queue.buttons.values())


def _texts(widget) -> list[str]:
    """Every text `widget` draws: labels, buttons, every cell and header of its tables."""
    widget.grab()       # paint it once, as the TV would
    return [text for _where, text in visible_texts(widget)]


def test_an_order_moves_through_the_queue_window(db, runner, qtbot, store, switcher):
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"],
                                     seat="A3", items=[(store.menu["美式咖啡"], 2)])
    queue = BarQueue(db, runner, store.store_id, poll_ms=60_000)
    qtbot.addWidget(queue)
    queue.show()
    with qtbot.waitSignal(queue.loaded, timeout=5000):
        queue.start()
    assert queue.headers["new"].text() == "新订单 (1)"
    button = queue.buttons[order.id]
    card = [label.text() for label in button.findChildren(QLabel)]
    assert card[0] == "A3" and card[2] == "美式咖啡 × 2"       # seat, time, items
    assert "刘洋" not in " ".join(_texts(queue))      # the bar sees the seat, not the name
    assert button.minimumHeight() >= 100
    assert min(label.font().pixelSize() for label in button.findChildren(QLabel)) >= 18
    for state in ("preparing", "served"):
        with qtbot.waitSignal(queue.loaded, timeout=5000):
            qtbot.mouseClick(queue.buttons[order.id], Qt.MouseButton.LeftButton)
        assert queue.columns[state].indexOf(queue.buttons[order.id]) >= 0
        assert refreshments.queue(db, store.store_id)[0].state == state
    assert queue.headers["served"].text() == "已送达 (1)"
    assert not queue.buttons[order.id].isEnabled()        # served: nothing more to tap
    assert raw_codes(queue) == []
    queue.stop()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshots_of_the_queue_and_dialogs(db, runner, qtbot, store, switcher, language):
    """The queue with an order in each column, the order dialog and the menu editor, grabbed
    into $DEALERDESK_SHOTS for a reviewer (each checked for raw codes)."""
    switcher.apply(language)
    for name, seat, moves in (("刘洋", "A3", 0), ("周敏", "B1", 1), ("黄磊", "吧台 2", 2)):
        order = refreshments.place_order(db, store.store_id, visit_id=store.visits[name],
                                         seat=seat, items=[(store.menu["美式咖啡"], 1),
                                                           (store.menu["曲奇"], 2)],
                                         note="少糖" if moves == 0 else "")
        for _ in range(moves):
            order = refreshments.advance_order(db, store.store_id, order.id, order.version)
    queue = BarQueue(db, runner, store.store_id, poll_ms=60_000)
    order_dialog = OrderDialog(db, runner, store.store_id)
    menu_dialog = MenuDialog(db, runner, store.store_id)
    for widget, size in ((queue, (1366, 768)), (order_dialog, None), (menu_dialog, None)):
        qtbot.addWidget(widget)
        if size:
            widget.resize(*size)
        widget.show()
    with qtbot.waitSignal(queue.loaded, timeout=5000):
        queue.start()
    with qtbot.waitSignal(order_dialog.loaded, timeout=5000):
        order_dialog.load()
    with qtbot.waitSignal(menu_dialog.loaded, timeout=5000):
        menu_dialog.load()
    assert all(queue.columns[state].count() == 1 for state in queue.columns)
    for widget, name in ((queue, "queue"), (order_dialog, "order"), (menu_dialog, "menu")):
        assert raw_codes(widget) == [], name
        if _shots():
            widget.grab().save(str(_shots() / f"{name}_{language}.png"))
    other = "en" if language == "zh_CN" else "zh_CN"
    switcher.apply(other)                   # a language change keeps the dialog's own words
    assert order_dialog.place_button.text() == {"zh_CN": "下单", "en": "Place order"}[other]
    queue.stop()


def test_a_tap_on_an_order_moved_elsewhere_shows_where_it_stands(db, runner, qtbot, store,
                                                                 switcher):
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["绿茶"], 1)])
    queue = BarQueue(db, runner, store.store_id, poll_ms=60_000)
    qtbot.addWidget(queue)
    with qtbot.waitSignal(queue.loaded, timeout=5000):
        queue.start()
    refreshments.advance_order(db, store.store_id, order.id, order.version)   # another desk
    with qtbot.waitSignal(queue.failed, timeout=5000):
        qtbot.mouseClick(queue.buttons[order.id], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.columns["preparing"].count() == 1, timeout=5000)
    assert queue.message.text()
    queue.stop()


def test_an_order_is_cancelled_from_the_queue_after_asking(db, runner, qtbot, store, switcher):
    from tests.ui.confirming import answer

    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["绿茶"], 1)])
    with acting_as(Actor(name="吧台", role="technician", desk="bar")):   # no REFRESHMENT
        queue = BarQueue(db, runner, store.store_id, poll_ms=60_000)
        qtbot.addWidget(queue)
        with qtbot.waitSignal(queue.loaded, timeout=5000):
            queue.start()
        assert order.id in queue.buttons and queue.cancel_buttons == {}
        queue.stop()
    with acting_as(Actor(name="前台小李", role="reception", desk="reception")):
        queue = BarQueue(db, runner, store.store_id, poll_ms=60_000)
        qtbot.addWidget(queue)
        queue.resize(1366, 768)
        queue.show()
        with qtbot.waitSignal(queue.loaded, timeout=5000):
            queue.start()
        queue.cancel_buttons[order.id].click()
        assert "B1" in queue.confirm_box.text() and "绿茶" in queue.confirm_box.text()
        answer(queue, yes=False)                           # 返回: the order stays
        assert [o.state for o in refreshments.queue(db, store.store_id)] == ["new"]
        shots = _shots()
        if shots:
            qtbot.waitUntil(lambda: _laid_out(queue), timeout=5000)     # before the grab
            queue.grab().save(str(shots / "queue-cancel_zh_CN.png"))
            switcher.apply("en")                    # new cards, in English
            qtbot.waitUntil(lambda: _laid_out(queue), timeout=5000)
            queue.grab().save(str(shots / "queue-cancel_en.png"))
            switcher.apply("zh_CN")
        queue.cancel_buttons[order.id].click()
        with qtbot.waitSignal(queue.loaded, timeout=5000):
            answer(queue)
        assert refreshments.queue(db, store.store_id) == ()
        assert order.id not in queue.buttons
        queue.stop()


@pytest.mark.parametrize(("language", "size"), [
    ("zh_CN", (1920, 1080)), ("zh_CN", (1366, 768)), ("en", (1920, 1080)), ("en", (1366, 768))])
def test_the_lounge_screen_draws_masked_plates_only(db, runner, qtbot, store, switcher,
                                                    language, size):
    switcher.apply(language)
    refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"], seat="A3",
                             items=[(store.menu["绿茶"], 1)])
    screen = _open_screen(db, runner, qtbot, store, size)
    texts = _texts(screen)
    drawn = "\n".join(texts)
    assert {"粤B·1**45", "粤B·D***90", "粤A·5**89"} <= set(texts)
    for name, _tier, plate, *_ in WAITING:
        assert name not in drawn
        assert plate not in drawn and format_plate(plate) not in drawn
    expected = {"zh_CN": ("维修中", "质检中", "待交车", "已下单"),
                "en": ("In repair", "Quality check", "Ready for pick-up", "Ordered")}[language]
    assert set(expected) <= set(texts)
    assert raw_codes(screen) == []
    if _shots():
        screen.grab().save(str(_shots() / f"lounge_{language}_{size[0]}x{size[1]}.png"))
    screen.stop()


def _outside(root) -> list[str]:
    """Visible widgets of `root` reaching past its edges, and table columns past the
    right edge of their view (the screen has no horizontal scroll bar)."""
    outside = []
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and not root.rect().contains(
                QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())):
            outside.append(f"{type(widget).__name__} {widget.objectName()!r}")
    view = root.view
    header = view.horizontalHeader()
    if header.length() > view.viewport().width():
        outside.append(f"columns {header.length()} > {view.viewport().width()}")
    return outside


def _cut(view) -> tuple[list[str], list[str]]:
    """(cells and titles narrower than their text with no tooltip showing it whole,
    cells narrower than their text whose tooltip shows it)."""
    model, header = view.model(), view.horizontalHeader()
    bare = [f"title {column}" for column in range(model.columnCount())
            if header.sectionSize(column) < header.sectionSizeHint(column)]
    tipped = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue            # folded away, not cut
            index = model.index(row, column)
            if index.data() and view.columnWidth(column) < view.sizeHintForIndex(index).width():
                whole = index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
                (tipped if whole else bare).append(f"{column}: {index.data()}")
    return bare, tipped


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1024, 768), (900, 700), (800, 600), (640, 480)])
def test_the_lounge_screen_fits_a_narrow_window(db, runner, qtbot, store, switcher, language,
                                                size):
    """Below 1000 px every widget stays inside the window, no label is cut, and a cell too
    narrow for its text shows it whole in its tooltip: down to 900 px only a long model
    gives way, down to 800 px the model may fold away too; plate and time stay whole."""
    from app.models import Vehicle

    with db.session() as s:
        car = s.get(WorkOrder, store.work_orders["刘洋"]).vehicle_id
        s.get(Vehicle, car).model = "凯美瑞 2.5L 双擎混动 旗舰版 Hybrid Premium"
    switcher.apply(language)
    refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"], seat="A3",
                             items=[(store.menu["绿茶"], 1)])
    screen = _open_screen(db, runner, qtbot, store, size)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=5000)
    assert (screen.width(), screen.height()) == size      # the layout took the size
    assert _outside(screen) == []
    assert cut_texts(screen) == []
    assert all(label.height() >= label.heightForWidth(label.width())
               for label in screen.findChildren(QLabel)
               if label.isVisible() and label.wordWrap())    # a wrapped label whole
    bare, tipped = _cut(screen.view)
    assert bare == []
    assert not [text for text in tipped if text.startswith(("0:", "3:"))]   # plate, time
    if size[0] >= 800:          # status and refreshment whole too
        assert {text.split(":")[0] for text in tipped} <= {"1"}
    if size[0] >= 900:          # the model shown, the long one cut with its tooltip
        assert not screen.view.isColumnHidden(1)
        assert tipped == ["1: 广汽丰田 凯美瑞 2.5L 双擎混动 旗舰版 Hybrid Premium"]
    if _shots():
        screen.grab().save(str(_shots() / f"lounge_{language}_{size[0]}x{size[1]}.png"))
    screen.stop()


def test_the_lounge_screen_follows_the_board(db, runner, qtbot, store, switcher):
    screen = _open_screen(db, runner, qtbot, store, (1366, 768))
    assert "待交车" in _texts(screen)
    with db.session() as s:
        s.get(WorkOrder, store.work_orders["黄磊"]).status = "delivered"
        s.get(WorkOrder, store.work_orders["刘洋"]).status = "ready_for_pickup"
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.refresh()
    texts = _texts(screen)
    assert "粤A·5**89" not in texts and screen.model.rowCount() == 2
    assert "维修中" not in texts and "待交车" in texts
    screen.stop()


def test_more_cars_than_fit_take_turns_in_pages(db, runner, qtbot, store, switcher):
    screen = _open_screen(db, runner, qtbot, store, (900, 250))    # room for about two rows
    assert screen.pages() >= 2 and screen.page_label.text() == f"1 / {screen.pages()}"
    seen, pages = set(), []
    for _ in range(4):
        pages.append(screen.page)
        seen |= {screen.model.index(r, 0).data() for r in range(screen.model.rowCount())}
        assert not screen.view.verticalScrollBar().isVisible()
        with qtbot.waitSignal(screen.loaded, timeout=5000):
            screen.refresh()
    assert seen == {"粤B·1**45", "粤B·D***90", "粤A·5**89"}
    assert pages[0] == 0 and 0 in pages[1:]        # the pages take turns, round again
    screen.stop()


def test_the_order_dialog_places_an_order(db, runner, qtbot, store, switcher):
    dialog = OrderDialog(db, runner, store.store_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.load()
    dialog.customer.setCurrentIndex(dialog.customer.findData(store.visits["刘洋"]))
    names = [dialog.items.item(r, 0).text() for r in range(dialog.items.rowCount())]
    dialog.items.cellWidget(names.index("美式咖啡"), 3).setValue(2)
    dialog.items.cellWidget(names.index("曲奇"), 3).setValue(1)
    assert dialog.total.text() == "应付：¥12.50"           # coffee is free for gold
    with qtbot.waitSignal(runner.finished, timeout=5000):
        dialog.place()                                     # no seat yet: refused, kept
    assert dialog.error.text() and dialog.quantities()
    dialog.seat.setText("沙发区 2")
    with qtbot.waitSignal(dialog.placed, timeout=5000) as placed:
        dialog.place()
    assert placed.args[0].lines[0].free and not placed.args[0].lines[1].free
    assert [(o.seat, str(o.charged)) for o in refreshments.queue(db, store.store_id)] == [
        ("沙发区 2", "12.50")]
    assert raw_codes(dialog) == []


def test_the_menu_is_edited(db, runner, qtbot, store, switcher):
    dialog = MenuDialog(db, runner, store.store_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.load()
    assert dialog.table.rowCount() == 4
    dialog.name.setText("鲜榨橙汁")
    dialog.price.setText("abc")
    with qtbot.waitSignal(runner.finished, timeout=5000):
        dialog.save()
    assert dialog.error.text() and dialog.name.text() == "鲜榨橙汁"   # refused, kept
    dialog.price.setText("22")
    dialog.free["gold"].setChecked(True)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.save()
    juice = next(m for m in refreshments.menu(db, store.store_id) if m.name == "鲜榨橙汁")
    assert str(juice.price) == "22.00" and juice.free_tiers == {"gold"}
    assert dialog.table.rowCount() == 5 and raw_codes(dialog) == []


def test_the_desk_menu_opens_the_windows(db, runner, qtbot, store, switcher):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("帮助")
    menu = install(window, db, runner, store.store_id)
    assert window.menuBar().actions()[0].text() == "客休区(&L)"
    with acting_as(Actor("赵磊", role="technician")):
        menu.aboutToShow.emit()
        assert not menu.order_action.isEnabled() and menu.queue_action.isEnabled()
    queue = menu.open_queue()
    screen = menu.open_screen()
    assert queue.isVisible() and screen.isFullScreen()
    assert menu.open_queue() is queue
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        pass
    queue.close()
    screen.close()
    assert not queue.timer.isActive() and not screen.timer.isActive()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_points_pay_for_an_order_from_the_queue_after_asking(db, runner, qtbot, store,
                                                             switcher, language):
    from app.models import Visit
    from app.services import points
    from tests.ui.confirming import answer

    with db.session() as s:
        customer_id = s.get(Visit, store.visits["周敏"]).customer_id
    points.adjust(db, customer_id, 3000, store_id=store.store_id, reason="开业赠送")
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["曲奇"], 2)])
    switcher.apply(language)
    queue = BarQueue(db, runner, store.store_id, poll_ms=60_000)
    qtbot.addWidget(queue)
    queue.resize(1366, 768)
    queue.show()
    with qtbot.waitSignal(queue.loaded, timeout=5000):
        queue.start()
    pay = queue.pay_buttons[order.id]
    assert pay.text() == {"zh_CN": "用积分支付\n¥25.00",
                          "en": "Pay with points\n¥25.00"}[language] and pay.isEnabled()
    qtbot.mouseClick(pay, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.confirm_box is not None and queue.confirm_box.isVisible(),
                    timeout=5000)
    question = queue.confirm_box.text()
    assert {"zh_CN": "2,500 积分（价值 ¥25.00）",
            "en": "2,500 points (worth ¥25.00)"}[language] in question
    assert "B1" in question and "3,000" in question and "周敏" not in question
    if _shots():
        queue.grab().save(str(_shots() / f"queue_pay_{language}.png"))
        queue.confirm_box.grab().save(str(_shots() / f"pay_question_{language}.png"))
    with qtbot.waitSignal(queue.loaded, timeout=5000):
        answer(queue)
    assert {"zh_CN": "已用 2,500 积分", "en": "paid with 2,500 points"}[language] \
        in queue.message.text()
    assert raw_codes(queue) == []
    assert order.id not in queue.pay_buttons          # paid: nothing left on the bill
    assert points.points_balance(db, customer_id) == 500
    (paid,) = refreshments.queue(db, store.store_id)
    assert (paid.paid_with, str(paid.charged)) == ("points", "0.00")
    assert paid.state == "new"          # the tap paid; it did not move the order on
    queue.stop()
