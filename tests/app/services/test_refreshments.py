"""Refreshments: the menu, an order for a waiting customer, the bar's queue, the cost per
visit and per day, the permission; and the lounge screen's data (masked only)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.acting import Actor, PermissionRefused, acting_as
from app.domain.refreshments import OrderMoveRefused
from app.errors import Conflict, NotFound, StaleEdit, ValidationError
from app.services import lounge, refreshment_figures, refreshments
from app.services.common import store_today
from tests.app.services.conftest import assert_user_error
from tests.lounge_seed import WAITING, seed_lounge

NOW = datetime.now(UTC)


@pytest.fixture
def store(db, shop):
    return seed_lounge(db, shop.store_id, NOW)


def test_menu_is_the_stores_and_edited(db, store):
    names = [m.name for m in refreshments.menu(db, store.store_id)]
    assert names == ["美式咖啡", "绿茶", "商务午餐", "曲奇"]     # by category, then as added
    coffee = next(m for m in refreshments.menu(db, store.store_id) if m.name == "美式咖啡")
    assert coffee.price == Decimal("18.00") and coffee.free_tiers == {"gold"}
    changed = refreshments.save_menu_item(
        db, store.store_id, item_id=coffee.id, expected_version=coffee.version,
        name="美式咖啡", category="drink", price="20", active=False)
    assert changed.price == Decimal("20.00") and not changed.active
    assert "美式咖啡" not in {m.name for m in refreshments.menu(db, store.store_id)}
    assert "美式咖啡" in {m.name for m in refreshments.menu(db, store.store_id,
                                                         include_inactive=True)}
    with pytest.raises(StaleEdit):
        refreshments.save_menu_item(db, store.store_id, item_id=coffee.id,
                                    expected_version=coffee.version, name="x",
                                    category="drink", price="1")


@pytest.mark.parametrize(("fields", "field"), [
    ({"name": " ", "category": "drink", "price": "1"}, "name"),
    ({"name": "奶茶", "category": "beer", "price": "1"}, "category"),
    ({"name": "奶茶", "category": "drink", "price": "-1"}, "price"),
    ({"name": "奶茶", "category": "drink", "price": "abc"}, "price"),
])
def test_bad_menu_items_are_refused(db, store, fields, field):
    with pytest.raises(ValidationError) as refused:
        refreshments.save_menu_item(db, store.store_id, **fields)
    assert_user_error(refused, ValidationError, field)


def test_an_order_is_priced_by_the_customers_level(db, store):
    coffee, lunch, cookie = (store.menu[n] for n in ("美式咖啡", "商务午餐", "曲奇"))
    gold = refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"],
                                    seat="A3", items=[(coffee, 2), (cookie, 1)], now=NOW)
    assert gold.state == "new" and gold.seat == "A3"
    assert gold.worth == Decimal("48.50") and gold.charged == Decimal("12.50")
    assert gold.paid_with == "bill"
    assert [(ln.name, ln.quantity, ln.free) for ln in gold.lines] == [
        ("美式咖啡", 2, True), ("曲奇", 1, False)]
    free = refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"],
                                    seat="A3", items=[(lunch, 1)], now=NOW)
    assert free.charged == Decimal("0.00") and free.paid_with == "free"
    paid = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                    seat="B1", items=[(lunch, 1)], now=NOW)
    assert paid.charged == Decimal("45.00")


@pytest.mark.parametrize(("seat", "items", "field"), [
    ("", [(1, 1)], "seat"), ("A1", [], "items"), ("A1", [(999999, 1)], "items"),
])
def test_bad_orders_are_refused(db, store, seat, items, field):
    with pytest.raises((ValidationError, NotFound)) as refused:
        refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"],
                                 seat=seat, items=items)
    assert refused.value.field == field
    assert refreshments.queue(db, store.store_id) == ()


def test_an_order_moves_through_the_queue(db, store):
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["黄磊"],
                                     seat="吧台 2", items=[(store.menu["绿茶"], 1)], now=NOW)
    assert [o.id for o in refreshments.queue(db, store.store_id, now=NOW)] == [order.id]
    preparing = refreshments.advance_order(db, store.store_id, order.id, order.version, now=NOW)
    assert preparing.state == "preparing"
    with pytest.raises(StaleEdit):
        refreshments.advance_order(db, store.store_id, order.id, order.version, now=NOW)
    served = refreshments.advance_order(db, store.store_id, order.id, preparing.version, now=NOW)
    assert served.state == "served"
    assert [o.state for o in refreshments.queue(db, store.store_id, now=NOW)] == ["served"]
    with pytest.raises(OrderMoveRefused):
        refreshments.advance_order(db, store.store_id, order.id, served.version, now=NOW)
    with pytest.raises(OrderMoveRefused):
        refreshments.cancel_order(db, store.store_id, order.id, served.version, now=NOW)


def test_the_cost_per_visit_and_per_day(db, store):
    cookie = store.menu["曲奇"]
    refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"], seat="A3",
                             items=[(cookie, 2)], now=NOW)
    refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"], seat="A3",
                             items=[(store.menu["美式咖啡"], 1)], now=NOW)
    dropped = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                       seat="B1", items=[(cookie, 4)], now=NOW)
    refreshments.cancel_order(db, store.store_id, dropped.id, dropped.version, now=NOW)
    day = store_today(NOW)
    costs = refreshment_figures.visit_costs(db, store.store_id, day)
    assert [(c.visit_id, c.orders, c.worth, c.charged) for c in costs] == [
        (store.visits["刘洋"], 2, Decimal("43.00"), Decimal("25.00"))]
    (today,) = refreshment_figures.daily_costs(db, store.store_id, day, day)
    assert (today.orders, today.visits, today.worth, today.charged) == (
        2, 1, Decimal("43.00"), Decimal("25.00"))


def test_who_may_take_an_order(db, store):
    items = [(store.menu["绿茶"], 1)]
    with acting_as(Actor("赵磊", role="technician")):
        with pytest.raises(PermissionRefused):
            refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"],
                                     seat="A1", items=items)
    with acting_as(Actor("王芳", role="reception")):
        order = refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"],
                                         seat="A1", items=items)
    with acting_as(Actor("赵磊", role="technician")):    # the bar: anyone signed in
        assert refreshments.advance_order(db, store.store_id, order.id,
                                          order.version).state == "preparing"
        assert lounge.lounge_cars(db, store.store_id)


def test_the_lounge_shows_masked_plates_and_order_states_only(db, store):
    refreshments.place_order(db, store.store_id, visit_id=store.visits["刘洋"], seat="A3",
                             items=[(store.menu["绿茶"], 1)], now=NOW)
    cars = lounge.lounge_cars(db, store.store_id, now=NOW)
    by_model = {c.model: c for c in cars}
    assert by_model["广汽丰田 凯美瑞"].plate == "粤B·1**45"
    assert by_model["广汽丰田 bZ4X"].plate == "粤B·D***90"
    assert by_model["广汽丰田 凯美瑞"].status == "in_repair"
    assert by_model["广汽丰田 凯美瑞"].refreshment == "new"
    assert by_model["广汽丰田 凯美瑞"].estimated_at is not None
    assert by_model["广汽丰田 bZ4X"].refreshment == "" and \
        by_model["广汽丰田 bZ4X"].estimated_at is None
    shown = repr(cars)
    for name, _tier, plate, *_ in WAITING:
        assert name not in shown and plate not in shown


def test_the_lounge_shows_only_its_stores_cars_in_the_shop(db, store):
    from app.models import Store, WorkOrder

    with db.session() as s:
        s.get(WorkOrder, store.work_orders["周敏"]).status = "waiting_check_in"   # not here yet
    assert "粤B·D***90" not in {c.plate for c in lounge.lounge_cars(db, store.store_id)}
    with db.session() as s:
        s.get(WorkOrder, store.work_orders["周敏"]).status = "diagnosing"
        other = Store(code="SZ01", name="深圳店")
        s.add(other)
        s.flush()
        s.get(WorkOrder, store.work_orders["黄磊"]).store_id = other.id
    plates = {c.plate for c in lounge.lounge_cars(db, store.store_id, now=NOW)}
    assert plates == {"粤B·1**45", "粤B·D***90"}


def test_points_settle_an_order_in_the_callers_session(db, store):
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["曲奇"], 2)], now=NOW)
    with db.session() as s:
        assert refreshments.pay_with_points_in(s, store.store_id, order.id) == Decimal("25.00")
    (paid,) = refreshments.queue(db, store.store_id, now=NOW)
    assert (paid.paid_with, paid.charged, paid.worth) == ("points", Decimal("0.00"),
                                                          Decimal("25.00"))
    with db.session() as s, pytest.raises(ValidationError):
        refreshments.pay_with_points_in(s, store.store_id, order.id)     # not twice


def test_a_customers_orders_are_exported_and_erased_with_them(db, store):
    from app.models import Visit
    from app.services import customer_rights

    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["曲奇"], 1)], now=NOW)
    with db.session() as s:
        customer_id = s.get(Visit, store.visits["周敏"]).customer_id
    export = customer_rights.export_customer(db, customer_id, who="")
    assert [row["id"] for row in export.tables["refreshment_orders"]] == [order.id]
    assert [row["name"] for row in export.tables["refreshment_order_lines"]] == ["曲奇"]
    erased = customer_rights.erase_customer(db, customer_id, who="")
    assert erased.deleted["refreshment_orders"] == 1
    assert refreshments.queue(db, store.store_id, now=NOW) == ()


def _customer_of(db, visit_id: int) -> int:
    from app.models import Visit

    with db.session() as s:
        return s.get(Visit, visit_id).customer_id


def test_points_pay_for_an_order_in_one_transaction_and_never_twice(db, store):
    from app.services import points

    customer_id = _customer_of(db, store.visits["周敏"])
    points.adjust(db, customer_id, 3000, store_id=store.store_id, reason="开业赠送", now=NOW)
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["曲奇"], 2)], now=NOW)
    price = refreshments.points_price(db, store.store_id, order.id)
    # ¥25.00 at the default ¥0.01 a point: 2,500 points, the customer holds 3,000
    assert (price.amount, price.points, price.value, price.balance) == (
        Decimal("25.00"), 2500, Decimal("25.00"), 3000)
    paid = refreshments.pay_with_points(db, store.store_id, order.id, who="前台", now=NOW)
    assert (paid.points, paid.balance) == (2500, 500)
    assert (paid.order.paid_with, paid.order.charged) == ("points", Decimal("0.00"))
    assert points.points_balance(db, customer_id) == 500
    (row, _gift) = points.ledger(db, customer_id).entries
    assert (row.kind, row.source, row.points, row.value) == ("redeem", "refreshment", -2500,
                                                             Decimal("-25.00"))
    assert (row.against_kind, row.against_id) == ("refreshment", order.id)
    with pytest.raises(Conflict):
        refreshments.pay_with_points(db, store.store_id, order.id, now=NOW)   # not twice
    assert points.points_balance(db, customer_id) == 500
    assert len(points.ledger(db, customer_id).entries) == 2


def test_too_few_points_are_refused_and_nothing_changes(db, store):
    from app.services import points

    customer_id = _customer_of(db, store.visits["周敏"])
    points.adjust(db, customer_id, 2499, store_id=store.store_id, reason="开业赠送", now=NOW)
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["曲奇"], 2)], now=NOW)
    with pytest.raises(ValidationError) as refused:
        refreshments.pay_with_points(db, store.store_id, order.id, now=NOW)
    assert_user_error(refused, ValidationError, "points")
    assert "积分不足" in refused.value.zh and "Not enough points" in refused.value.en
    assert "2500" in refused.value.zh and "2499" in refused.value.zh
    assert points.points_balance(db, customer_id) == 2499
    (still,) = refreshments.queue(db, store.store_id, now=NOW)
    assert (still.paid_with, still.charged) == ("bill", Decimal("25.00"))


def test_the_fewest_points_covering_the_amount_are_taken(db, store):
    from app.services import points

    points.save_points_rules(db, store.store_id, {"yuan_per_point": "0.03"})
    customer_id = _customer_of(db, store.visits["周敏"])
    points.adjust(db, customer_id, 1000, store_id=store.store_id, reason="开业赠送", now=NOW)
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["曲奇"], 1)], now=NOW)
    paid = refreshments.pay_with_points(db, store.store_id, order.id, now=NOW)
    # ¥12.50 / ¥0.03 = 416.67: 417 points (¥12.51), 416 would leave a fen unpaid
    assert (paid.amount, paid.points, paid.value, paid.balance) == (
        Decimal("12.50"), 417, Decimal("12.51"), 583)


def test_paying_with_points_takes_the_redeem_permission(db, store):
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["曲奇"], 1)], now=NOW)
    with acting_as(Actor("赵磊", role="technician")), pytest.raises(PermissionRefused):
        refreshments.pay_with_points(db, store.store_id, order.id, now=NOW)


def test_two_desks_paying_the_same_order_at_once_pay_it_once(db, database_url, store):
    import threading

    from app.db import Database
    from app.errors import UserError
    from app.services import points

    customer_id = _customer_of(db, store.visits["周敏"])
    points.adjust(db, customer_id, 9000, store_id=store.store_id, reason="开业赠送", now=NOW)
    order = refreshments.place_order(db, store.store_id, visit_id=store.visits["周敏"],
                                     seat="B1", items=[(store.menu["曲奇"], 2)], now=NOW)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desk() -> None:
        other = Database(database_url)                 # a connection of its own
        with acting_as(Actor("王芳", role="reception")):
            barrier.wait(30)
            try:
                refreshments.pay_with_points(other, store.store_id, order.id, now=NOW)
                outcomes.append("paid")
            except UserError:
                outcomes.append("refused")
        other.dispose()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["paid", "refused"]
    assert points.points_balance(db, customer_id) == 9000 - 2500
    assert [e.kind for e in points.ledger(db, customer_id).entries] == ["redeem", "adjust"]


def test_the_bar_offers_only_its_stores_waiting_customers(db, store):
    from app.models import Store, Visit

    with db.session() as s:
        other = Store(code="SZ01", name="深圳店")
        s.add(other)
        s.flush()
        other_id = other.id
        s.get(Visit, store.visits["黄磊"]).store_id = other.id      # came to the other store
    mine = refreshments.waiting_customers(db, store.store_id, now=NOW)
    assert "黄磊" not in {w.name for w in mine} and len(mine) == len(WAITING) - 1
    assert [w.name for w in refreshments.waiting_customers(db, other_id, now=NOW)] \
        == ["黄磊"]
