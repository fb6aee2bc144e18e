"""The work-order board: its Qt model, drag-and-drop and keyboard moves, filters, polling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from app.services import customers, vehicles, work_order_board, work_orders
from ui.service.board import BoardWidget
from ui.service.board_model import BoardFilter, BoardModel

NOW = datetime.now(UTC)


def _order(db, ids, plate, name, *, advisor=True, approve=True, promised=None):
    owner = customers.create_customer(db, name=name)
    car = vehicles.add_vehicle(db, plate=plate, owner_id=owner.id).id
    order = work_orders.open_work_order(db, vehicle_id=car,
                                        advisor_id=ids.advisor_id if advisor else None)
    order = work_orders.update_reception(db, order.id, order.version, bay_id=ids.bay1_id,
                                         promised_at=promised or NOW + timedelta(hours=3))
    order = work_orders.check_in(db, order.id, order.version, mileage_km=1000, fuel_level=50)
    order = work_orders.add_labour_line(db, order.id, order.version, description="保养",
                                        hours=1)
    if approve:
        order = work_orders.answer_line(db, order.id, order.version, order.lines[0].id, True,
                                        by=name)
    return order


@pytest.fixture
def orders(db, shop):
    """Three cars diagnosing: one overdue without advisor, one awaiting an answer."""
    return [
        _order(db, shop, "粤B10001", "刘洋"),
        _order(db, shop, "粤B10002", "周敏", advisor=False,
               promised=NOW - timedelta(minutes=5)),
        _order(db, shop, "粤B10003", "黄磊", approve=False),
    ]


@pytest.fixture
def board(db, runner, qtbot, orders, switcher):
    widget = BoardWidget(db, runner, poll_ms=50)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.start()
    yield widget
    widget.stop()


def test_model_passes_the_qt_model_tester(qtmodeltester, db, orders):
    model = BoardModel()
    qtmodeltester.check(model)
    model.set_cards(work_order_board.board(db), NOW)
    qtmodeltester.check(model)
    model.set_filter(BoardFilter(overdue_only=True))
    qtmodeltester.check(model)


def test_cards_sit_in_their_status_column(board):
    model = board.model
    assert model.columnCount() == 7 and model.rowCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "诊断中 (3)"
    plates = [model.card(model.index(r, 1)).plate for r in range(3)]
    assert sorted(plates) == ["粤B10001", "粤B10002", "粤B10003"]
    texts = [model.index(r, 1).data() for r in range(3)]
    assert any("粤B·10001" in t and "刘洋" in t and "陈静" in t for t in texts)
    assert model.card(model.index(0, 0)) is None


def test_flags_on_cards(board):
    model = board.model
    overdue = model.index_of(next(c.id for c in model._cards if c.plate == "粤B10002"))
    assert overdue.data(Qt.ItemDataRole.UserRole + 1).overdue
    assert board.model.flag_texts(overdue.data(Qt.ItemDataRole.UserRole + 1)) == ["超时"]
    assert "⚠ 超时" in overdue.data()


def test_filters_by_advisor_bay_and_overdue(board, shop):
    board.advisor.setCurrentIndex(board.advisor.findData(shop.advisor_id))
    assert board.model.visible_count() == 2
    board.advisor.setCurrentIndex(0)
    board.overdue.setChecked(True)
    assert board.model.visible_count() == 1
    assert board.count.text() == "显示 1 张工单"
    board.overdue.setChecked(False)
    board.bay.setCurrentIndex(board.bay.findData(shop.bay2_id))
    assert board.model.visible_count() == 0
    board.bay.setCurrentIndex(board.bay.findData(shop.bay1_id))
    assert board.model.visible_count() == 3


def _index_of_plate(model, plate):
    return model.index_of(next(c.id for c in model._cards if c.plate == plate))


def test_drag_and_drop_moves_a_card(board, qtbot, db):
    model = board.model
    source = _index_of_plate(model, "粤B10001")
    data = model.mimeData([source])
    target_column = 3            # in repair
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1,
                                 model.index(0, target_column))
    with qtbot.waitSignal(board.moved, timeout=5000):
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1,
                                  model.index(0, target_column))
    qtbot.waitUntil(lambda: _index_of_plate(model, "粤B10001").column() == target_column,
                    timeout=5000)
    moved = _index_of_plate(model, "粤B10001")
    assert moved.column() == target_column
    detail = work_orders.get_work_order(db, moved.data(Qt.ItemDataRole.UserRole).id)
    assert detail.status == "in_repair" and detail.changes[-1].to_status == "in_repair"


def test_an_illegal_drop_is_not_accepted(board):
    model = board.model
    data = model.mimeData([_index_of_plate(model, "粤B10001")])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 6))
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 6))


def test_a_refused_move_shows_the_reason(board, qtbot):
    model = board.model
    data = model.mimeData([_index_of_plate(model, "粤B10003")])    # line still pending
    with qtbot.waitSignal(board.failed, timeout=5000) as blocker:
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 3))
    assert "待客户确认" in blocker.args[0]
    assert board.status.text() == blocker.args[0]
    assert _index_of_plate(model, "粤B10003").column() == 1


def test_keyboard_moves_the_current_card(board, qtbot):
    model, view = board.model, board.view
    view.setFocus()
    view.setCurrentIndex(_index_of_plate(model, "粤B10003"))
    with qtbot.waitSignal(board.moved, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    # awaiting approval: the nearest legal move to the right
    qtbot.waitUntil(lambda: _index_of_plate(model, "粤B10003").column() == 2, timeout=5000)
    assert view.currentIndex() == _index_of_plate(model, "粤B10003")   # still selected
    with qtbot.waitSignal(board.moved, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _index_of_plate(model, "粤B10003").column() == 1, timeout=5000)


def test_enter_opens_the_card(board, qtbot):
    view = board.view
    view.setFocus()
    index = _index_of_plate(board.model, "粤B10001")
    view.setCurrentIndex(index)
    with qtbot.waitSignal(board.open_requested, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [index.data(Qt.ItemDataRole.UserRole).id]


def test_refreshes_when_another_desk_changes_a_work_order(board, qtbot, db, shop):
    card = _index_of_plate(board.model, "粤B10001").data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(board.loaded, timeout=5000):
        work_orders.move(db, card.id, card.version, "in_repair")       # "another desk"
    assert _index_of_plate(board.model, "粤B10001").column() == 3


def test_english_headers(board, switcher):
    switcher.apply("en")
    assert board.model.headerData(1, Qt.Orientation.Horizontal) == "Diagnosing (3)"
    overdue = _index_of_plate(board.model, "粤B10002")
    assert "Promised" in overdue.data() and "⚠ Overdue" in overdue.data()
    switcher.apply("zh_CN")


def test_empty_parent_and_invalid_index(board):
    model = board.model
    assert model.card(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0
    QApplication.processEvents()


def test_cards_show_number_and_model_and_every_line_fits(db, shop, runner, qtbot, switcher):
    """Issue 15 defect 7: a card's last line was cut in half, and it showed neither the
    work-order number nor the model."""
    owner = customers.create_customer(db, name="吴敏")
    car = vehicles.add_vehicle(db, plate="粤B20001", owner_id=owner.id, brand="广汽丰田",
                               model="凯美瑞").id
    order = work_orders.open_work_order(db, vehicle_id=car, advisor_id=shop.advisor_id)
    order = work_orders.update_reception(db, order.id, order.version, bay_id=shop.bay1_id,
                                         promised_at=NOW - timedelta(minutes=5))
    widget = BoardWidget(db, runner, poll_ms=50)
    qtbot.addWidget(widget)
    widget.resize(1366, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.start()
    index = widget.model.index_of(order.id)
    text = index.data()
    assert order.number in text and "广汽丰田 凯美瑞" in text and "粤B·20001" in text
    assert "超时" in text.splitlines()[-1]      # the flags on the last line
    view = widget.view
    lines = text.count("\n") + 1
    needed = view.fontMetrics().lineSpacing() * lines + 8     # the item's padding: 4 + 4
    assert view.rowHeight(index.row()) >= needed
    room = view.columnWidth(index.column()) - 16           # padding 8 + 8
    for line in (order.number, "广汽丰田 凯美瑞"):               # never cut at 1366 px
        assert view.fontMetrics().horizontalAdvance(line) <= room, line
    view.setFont(view.font().__class__(view.font().family(), 16))
    assert view.rowHeight(index.row()) >= view.fontMetrics().lineSpacing() * lines + 8
    widget.stop()
