"""Migration 0010_stores brings a single store's data, written at 0009, into the first store."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from app.db import alembic_config, make_engine

T = "2026-11-01 00:00:00"


def _upgrade(url: str, revision: str) -> None:
    config = alembic_config(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _fill_one_store(url: str, *, with_store: bool) -> None:
    """A customer with a car, a bay, a visit, a booking and a work order, as 0009 held them."""
    engine = make_engine(url)
    with engine.begin() as c:
        if with_store:
            c.execute(text("INSERT INTO stores (id, code, name, province, city, address, phone, "
                           "created_at) VALUES (7, 'GZ01', '天河店', '粤', '', '', '', :t)"), {"t": T})
        c.execute(text("INSERT INTO customers (id, name, name_initials, salutation, kind, source, "
                       "consent_contact, consent_plate_recognition, tier, notes, created_at, "
                       "updated_at, version_id, birthday_lunar) VALUES (1, '张伟', 'zw', '', "
                       "'customer', 'walk_in', false, true, 'silver', '', :t, :t, 1, false), "
                       "(2, '王芳', 'wf', '', 'prospect', 'walk_in', false, false, 'standard', "
                       "'', :t, :t, 1, false)"), {"t": T})
        c.execute(text("INSERT INTO vehicles (id, plate, plate_color, brand, model, trim, colour, "
                       "new_energy, owner_id, active, created_at, updated_at, version_id) VALUES "
                       "(1, '粤A12345', 'blue', '丰田', '凯美瑞', '', '', false, 1, true, :t, :t, 1)"),
                  {"t": T})
        c.execute(text("INSERT INTO bays (id, name, kind, active, sort_order) "
                       "VALUES (1, '1号工位', 'normal', true, 1)"))
        c.execute(text("INSERT INTO visits (arrived_at, plate_read, camera, match, vehicle_id, "
                       "customer_id, purpose, outcome) VALUES (:t, '粤A12345', 'gate', 'exact', "
                       "1, 1, 'service', '')"), {"t": T})
        c.execute(text("INSERT INTO bookings (vehicle_id, customer_id, slot_start, slot_end, "
                       "bay_id, channel, status, notes, created_by, created_at, version_id) "
                       "VALUES (1, 1, :t, :e, 1, 'phone', 'booked', '', '', :t, 1)"),
                  {"t": T, "e": "2026-11-01 01:00:00"})
        c.execute(text("INSERT INTO work_orders (number, vehicle_id, customer_id, bay_id, status, "
                       "concerns, valuables, opened_at, version_id) VALUES ('WO1', 1, 1, 1, "
                       "'in_repair', '', '', :t, 1)"), {"t": T})
    engine.dispose()


@pytest.mark.parametrize("with_store", [False, True], ids=["no store yet", "store 7"])
def test_single_store_data_moves_into_the_first_store(empty_database_url, with_store):
    url = empty_database_url
    _upgrade(url, "0009_divisions")
    _fill_one_store(url, with_store=with_store)
    _upgrade(url, "0010_stores")
    engine = make_engine(url)
    with engine.connect() as c:
        stores = c.execute(text("SELECT id, code FROM stores")).all()
        assert len(stores) == 1
        store, code = stores[0]
        assert code == ("GZ01" if with_store else "S001")
        for table in ("customers", "visits", "bookings", "work_orders", "bays"):
            assert set(c.execute(text(f"SELECT store_id FROM {table}")).scalars()) == {store}
        assert sorted(c.execute(text("SELECT customer_id, store_id FROM customer_stores"))) == [
            (1, store), (2, store)]
        assert c.execute(text("SELECT count(*) FROM vehicles")).scalar() == 1
    engine.dispose()


def test_an_empty_database_gets_no_store(empty_database_url):
    _upgrade(empty_database_url, "0010_stores")
    engine = make_engine(empty_database_url)
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM stores")).scalar() == 0
    engine.dispose()


def test_search_migration_copies_the_names_onto_the_links_a_store_already_has(
        empty_database_url):
    url = empty_database_url
    _upgrade(url, "0009_divisions")
    _fill_one_store(url, with_store=True)   # 0009's data, brought into store 7 by 0010
    _upgrade(url, "0011_wire18")
    engine = make_engine(url)
    with engine.begin() as c:   # 王芳 served by a second store too, before 0012
        c.execute(text("INSERT INTO stores (id, code, name, province, city, address, phone, "
                       "created_at) VALUES (8, 'SZ01', '南山店', '粤', '', '', '', :t)"), {"t": T})
        c.execute(text("INSERT INTO customer_stores (customer_id, store_id, created_at) "
                       "VALUES (2, 8, :t)"), {"t": T})
    engine.dispose()
    _upgrade(url, "0012_search")
    engine = make_engine(url)
    try:
        with engine.begin() as c:
            links = set(c.execute(text("SELECT customer_id, store_id, name, name_initials "
                                       "FROM customer_stores")).all())
            assert {(1, 7, "张伟", "zw"), (2, 8, "王芳", "wf")} <= links
            assert all(name for _c, _s, name, _i in links)
            # The triggers keep them from now on.
            c.execute(text("UPDATE customers SET name = '张伟明', name_initials = 'zwm' "
                           "WHERE id = 1"))
            assert c.execute(text("SELECT name FROM customer_stores WHERE customer_id = 1")
                             ).scalars().all() == ["张伟明"]
    finally:
        engine.dispose()


def test_single_store_data_migrated_to_head_is_the_first_stores_desks(empty_database_url):
    """Upgraded all the way (every later revision too): the store's desk finds the old
    customer, their car, visit and work order through the services, and staff and bays
    are the store's."""
    from datetime import date

    from app.acting import Actor, acting_as
    from app.db import Database, migrate
    from app.services import customers, reception, work_order_board
    from app.store_scope import working_for

    url = empty_database_url
    _upgrade(url, "0009_divisions")
    _fill_one_store(url, with_store=True)
    engine = make_engine(url)
    with engine.begin() as c:
        c.execute(text("INSERT INTO staff (id, name, role, active, created_at) "
                       "VALUES (1, '李顾问', 'service_advisor', true, :t)"), {"t": T})
    engine.dispose()
    migrate(url)
    db = Database(url)
    try:
        with db.engine.connect() as c:
            for table in ("customers", "visits", "bookings", "work_orders", "bays", "staff"):
                assert set(c.execute(text(f"SELECT store_id FROM {table}")).scalars()) == {7}
        with acting_as(Actor(name="店长", role="manager", desk="test")), working_for(7):
            assert [h.name for h in customers.search_customers(db, "张伟")] == ["张伟"]
            assert [h.name for h in customers.search_customers(db, "粤A12345")] == ["张伟"]
            card = customers.get_customer(db, 1)
            assert card.customer.name == "张伟"
            assert [v.customer_name for v in reception.todays_arrivals(db, date(2026, 11, 1))] \
                == ["张伟"]
            assert [c.number for c in work_order_board.board(db)] == ["WO1"]
        with acting_as(Actor(name="店长", role="manager", desk="test")), working_for(8):
            assert customers.search_customers(db, "张伟") == ()   # another store's desk
    finally:
        db.dispose()
