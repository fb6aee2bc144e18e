"""Stores of a group on one database: a store's desk sees its store's data only; on
PostgreSQL the database itself keeps a store role to its store (row-level security)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.domain.reads import PlateRead
from app.errors import Conflict, NotFound, UserError
from app.models import Bay, BayKind, Customer, CustomerStore, Opportunity, Store, Visit, WorkOrder
from app.services import bookings, customers, reception, vehicles, work_order_board, work_orders
from app.store_scope import working_for

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)   # a Monday, 10:00 in the store


@pytest.fixture
def group(db, shop):
    """Store A (the shop) and store B, each with a customer who came today by car and
    whose car is in the workshop: A's 张伟 (粤A12345), B's 王芳 (粤B22222)."""
    with db.session() as s:
        b = Store(code="SZ01", name="深圳南山4S店", province="粤")
        s.add(b)
        s.flush()
        s.add(Bay(store_id=b.id, name="B1号工位", kind=BayKind.NORMAL, sort_order=1))
        store_b = b.id
    people = {}
    for store, name, mobile, plate in ((shop.store_id, "张伟", "13812345678", "粤A12345"),
                                       (store_b, "王芳", "13812340000", "粤B22222")):
        with working_for(store):
            person = customers.create_customer(db, name=name, mobile=mobile, salutation="先生",
                                               consent_plate_recognition=True)
            car = vehicles.add_vehicle(db, plate=plate, owner_id=person.id)
            reception.arrive(db, PlateRead(plate=plate, confidence=0.99), now=NOW)
            order = work_orders.open_work_order(db, vehicle_id=car.id, now=NOW)
            people[name] = (person.id, car.id, order.number)
    return shop.store_id, store_b, people


def test_every_new_row_carries_the_desks_store_and_links_the_customer(db, group):
    a, b, people = group
    with db.session() as s:
        assert {(v.plate_read, v.store_id) for v in s.scalars(select(Visit))} == {
            ("粤A12345", a), ("粤B22222", b)}
        assert {(w.number, w.store_id) for w in s.scalars(select(WorkOrder))} == {
            (people["张伟"][2], a), (people["王芳"][2], b)}
        assert set(s.execute(select(CustomerStore.customer_id, CustomerStore.store_id))) == {
            (people["张伟"][0], a), (people["王芳"][0], b)}


def test_a_stores_desk_never_sees_another_stores_customers_arrivals_or_board(db, group):
    a, b, people = group
    for store, mine, theirs in ((a, "张伟", "王芳"), (b, "王芳", "张伟")):
        with working_for(store):
            assert [h.name for h in customers.search_customers(db, mine)] == [mine]
            assert customers.search_customers(db, theirs) == ()
            assert [h.name for h in customers.recent_customers(db)] == [mine]
            with pytest.raises(NotFound):
                customers.get_customer(db, people[theirs][0])
            assert customers.get_customer(db, people[mine][0]).customer.name == mine
            day = NOW.astimezone(UTC).date()
            assert [v.customer_name for v in reception.todays_arrivals(db, day)] == [mine]
            assert [c.number for c in work_order_board.board(db, now=NOW)] == [people[mine][2]]
            # Their car at our gate is a stranger's: its owner is not ours to see.
            stranger = "粤B22222" if store == a else "粤A12345"
            card = reception.arrive(db, PlateRead(plate=stranger, confidence=0.99), now=NOW)
            assert card.customer is None and card.match == "unknown"
    # The group's view (head office) sees both stores.
    assert [h.name for h in customers.search_customers(db, "王芳")] == ["王芳"]
    assert [h.name for h in customers.search_customers(db, "13812345678")] == ["张伟"]
    assert len(work_order_board.board(db, now=NOW)) == 2


def test_a_customer_booked_by_a_second_store_is_served_by_both(db, group, shop):
    a, b, people = group
    zhang, car, _ = people["张伟"]
    with working_for(b):
        slot = bookings.first_free_slot(db, [shop.oil_id], now=NOW)
        booking = bookings.create_booking(db, vehicle_id=car, item_ids=[shop.oil_id],
                                          slot_start=slot.start, now=NOW)
        assert [x.id for x in bookings.bookings_for_day(db, slot.start.date())] == [booking.id]
        assert [h.name for h in customers.search_customers(db, "张伟")] == ["张伟"]
    with working_for(a):
        assert bookings.bookings_for_day(db, slot.start.date()) == ()
        assert [h.name for h in customers.search_customers(db, "张伟")] == ["张伟"]
    with db.session() as s:
        assert set(s.scalars(select(CustomerStore.store_id)
                             .where(CustomerStore.customer_id == zhang))) == {a, b}


@pytest.fixture
def store_role(database_url):
    """A login role of a store's desks (a member of dealerdesk_store, no superuser): its
    URL; dropped afterwards."""
    name = f"dd_desk_{uuid.uuid4().hex[:10]}"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE ROLE "{name}" LOGIN NOSUPERUSER NOBYPASSRLS'))
        c.execute(text(f'GRANT dealerdesk_store TO "{name}"'))
    yield make_url(database_url).set(username=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'DROP OWNED BY "{name}"'))
        c.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.mark.postgres_only
def test_row_level_security_keeps_a_store_role_to_its_store_on_raw_sql(db, group, store_role):
    a, b, people = group
    engine = create_engine(store_role)
    try:
        with engine.begin() as c:   # no store set: nothing of any store
            assert c.execute(text("SELECT name FROM customers")).all() == []
            assert c.execute(text("SELECT count(*) FROM work_orders")).scalar() == 0
        with engine.begin() as c:
            c.execute(text("SELECT set_config('dealerdesk.store_id', :s, true)"), {"s": str(b)})
            assert c.execute(text("SELECT name FROM customers")).scalars().all() == ["王芳"]
            assert c.execute(text("SELECT plate FROM vehicles")).scalars().all() == ["粤B22222"]
            assert set(c.execute(text("SELECT store_id FROM visits")).scalars()) == {b}
            assert c.execute(text("SELECT number FROM work_orders")).scalars().all() == [
                people["王芳"][2]]
        with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as c:
            c.execute(text("SELECT set_config('dealerdesk.store_id', :s, true)"), {"s": str(b)})
            c.execute(text("INSERT INTO visits (store_id, arrived_at, plate_read, camera, match, "
                           "purpose, outcome) VALUES (:a, now(), '', 'gate', 'unknown', "
                           "'unknown', '')"), {"a": a})
    finally:
        engine.dispose()


@pytest.mark.postgres_only
def test_a_desk_on_a_store_role_works_for_its_store_through_the_services(db, group,
                                                                          store_role):
    a, b, people = group
    desk = Database(store_role)
    try:
        with working_for(b):
            card = reception.arrive(desk, PlateRead(plate="粤B22222", confidence=0.99), now=NOW)
            assert card.customer.name == "王芳"
            created = customers.create_customer(desk, name="李娜", mobile="13900000001")
            assert [h.name for h in customers.search_customers(desk, "李娜")] == ["李娜"]
            assert [h.name for h in customers.search_customers(desk, "13812340000")] == ["王芳"]
            assert customers.search_customers(desk, "张伟") == ()
        with working_for(None):   # a store role without a store sees no store's rows
            assert customers.search_customers(desk, "王芳") == ()
        with working_for(a):
            assert [h.name for h in customers.search_customers(desk, "张伟")] == ["张伟"]
            with pytest.raises(NotFound):
                customers.get_customer(desk, created.id)
    finally:
        desk.dispose()


@pytest.mark.postgres_only
def test_a_table_added_later_with_a_store_id_is_kept_to_the_store_after_migrating(
        db, group, store_role, database_url):
    from app.db import migrate

    a, b, _people = group
    with db.engine.begin() as c:
        c.execute(text("CREATE TABLE tea_orders (id serial PRIMARY KEY, store_id integer "
                       "REFERENCES stores (id), drink varchar(20))"))
        c.execute(text("INSERT INTO tea_orders (store_id, drink) VALUES (:a, '龙井'), "
                       "(:b, '普洱')"), {"a": a, "b": b})
    migrate(database_url)   # every start of a desk migrates: the new table is covered
    engine = create_engine(store_role)
    try:
        with engine.begin() as c:
            c.execute(text("SELECT set_config('dealerdesk.store_id', :s, true)"), {"s": str(a)})
            assert c.execute(text("SELECT drink FROM tea_orders")).scalars().all() == ["龙井"]
    finally:
        engine.dispose()


def test_a_divisions_view_sees_its_stores_only(db, group):
    from app.models import Division

    a, b, _people = group
    with db.session() as s:
        south = Division(code="SOUTH", name="华南大区")
        s.add(south)
        s.flush()
        s.get(Store, b).division_id = south.id
        division = south.id
    with working_for(division=division):
        assert [h.name for h in customers.search_customers(db, "王芳")] == ["王芳"]
        assert customers.search_customers(db, "张伟") == ()
        assert len(work_order_board.board(db, now=NOW)) == 1


def _names(db, query):
    return [h.name for h in customers.search_customers(db, query)]


def test_a_stores_search_finds_its_guests_by_any_part_and_follows_a_change_of_name(db, group,
                                                                                    shop):
    a, b, people = group
    zhang, car, _ = people["张伟"]
    with working_for(b):   # 张伟, registered by A, books at B: B's guest
        slot = bookings.first_free_slot(db, [shop.oil_id], now=NOW)
        bookings.create_booking(db, vehicle_id=car, item_ids=[shop.oil_id],
                                slot_start=slot.start, now=NOW)
        for query in ("张", "伟", "张伟", "zw", "12345", "A1234"):
            assert "张伟" in _names(db, query), query
    with working_for(a):
        version = customers.get_customer(db, zhang).customer.version
        customers.update_customer(db, zhang, version, name="张伟明")
        assert _names(db, "王芳") == [] and _names(db, "22222") == []
    with working_for(b):   # the change of name reached B's link too
        assert _names(db, "伟明") == ["张伟明"]
        assert _names(db, "zwm") == ["张伟明"]
        assert _names(db, "王") == ["王芳"]
    with db.session() as s:
        assert set(s.execute(select(CustomerStore.store_id, CustomerStore.name)
                             .where(CustomerStore.customer_id == zhang))) == {
            (a, "张伟明"), (b, "张伟明")}


def test_a_stores_name_search_lists_names_starting_with_the_text_first(db, shop):
    with working_for(shop.store_id):
        for name, mobile in (("刘小伟", "13900000011"), ("伟华", "13900000012"),
                             ("王伟", "13900000013"), ("李明", "13900000014")):
            customers.create_customer(db, name=name, mobile=mobile)
        assert _names(db, "伟") == ["伟华", "刘小伟", "王伟"]


@pytest.mark.postgres_only
def test_a_store_role_searches_plates_and_names_of_its_own_customers_only(db, group,
                                                                          store_role):
    a, b, people = group
    desk = Database(store_role)
    try:
        with working_for(a):
            # The store setting is kept on the connection: a transaction rolled back (its
            # first, which sent the setting) must not leave the next one without it.
            with pytest.raises(NotFound):
                customers.get_customer(desk, 987654)
            assert _names(desk, "12345") == ["张伟"] and _names(desk, "zw") == ["张伟"]
            assert _names(desk, "22222") == [] and _names(desk, "wf") == []
            version = customers.get_customer(desk, people["张伟"][0]).customer.version
            customers.update_customer(desk, people["张伟"][0], version, name="张伟明")
        with working_for(b):
            assert _names(desk, "22222") == ["王芳"] and _names(desk, "芳") == ["王芳"]
            assert _names(desk, "12345") == []
        with working_for(None):   # a store role without a store finds nobody
            assert _names(desk, "22222") == [] and _names(desk, "王") == []
        engine = create_engine(store_role)
        try:
            with engine.begin() as c:   # the plate search function keeps to the store too
                c.execute(text("SELECT set_config('dealerdesk.store_id', :s, true)"),
                          {"s": str(a)})
                owners = c.execute(text("SELECT owner_id FROM dealerdesk_plate_owners("
                                        "ARRAY['%2%'], 10)")).scalars().all()
                assert owners == [people["张伟"][0]]
                links = c.execute(text("SELECT name FROM customer_stores")).scalars().all()
                assert links == ["张伟明"]   # renamed by the store role, through the trigger
        finally:
            engine.dispose()
    finally:
        desk.dispose()


def test_a_customer_both_stores_serve_has_each_stores_own_visits_and_orders_on_its_card(
        db, group, shop):
    a, b, people = group
    zhang, car, number = people["张伟"]
    with working_for(b):   # B books A's customer in: B serves them too
        slot = bookings.first_free_slot(db, [shop.oil_id], now=NOW)
        bookings.create_booking(db, vehicle_id=car, item_ids=[shop.oil_id],
                                slot_start=slot.start, now=NOW)
        card = reception.arrive(db, PlateRead(plate="粤A12345", confidence=0.99), now=NOW)
        assert card.greets and card.customer.name == "张伟"
        assert card.open_work_orders == () and card.visit_count == 0   # A's stay A's
    with working_for(a):
        card = reception.arrive(db, PlateRead(plate="粤A12345", confidence=0.99), now=NOW)
        assert [o.number for o in card.open_work_orders] == [number]
        assert card.visit_count == 1 and card.booking is None   # B's booking stays B's


def _south(db, *stores) -> int:
    """A division (华南大区) holding `stores`: its id."""
    from app.models import Division

    with db.session() as s:
        south = Division(code="SOUTH", name="华南大区")
        s.add(south)
        s.flush()
        for store in stores:
            s.get(Store, store).division_id = south.id
        return south.id


def test_a_division_or_group_desk_sees_wider_but_writes_for_its_own_store(db, group):
    from app import store_scope
    from app.domain import desk_views

    a, b, _people = group
    south = _south(db, b)
    for view, seen in ((desk_views.DIVISION, {"王芳"}), (desk_views.GROUP, {"张伟", "王芳"})):
        token = store_scope.set_scope(store_scope.desk_scope(view, a, south))
        try:
            assert {v.customer_name for v in reception.todays_arrivals(db, now=NOW)
                    if v.customer_name} == seen
            assert {h.name for h in customers.recent_customers(db)} >= seen
            new = customers.create_customer(db, name=f"新客{view}", mobile=f"1390000{len(view):04d}")
            reception.arrive(db, PlateRead(plate="粤A99999", confidence=0.99), now=NOW)
        finally:
            store_scope.reset(token)
        with db.session() as s:
            assert s.get(CustomerStore, (new.id, a)) is not None      # the desk's own store's
            assert s.scalars(select(Visit.store_id).where(Visit.plate_read == "粤A99999")
                             ).all() == [a] * (1 if view == desk_views.DIVISION else 2)


@pytest.mark.postgres_only
def test_a_division_view_on_a_store_role_sees_its_stores_only_through_the_services(
        db, group, store_role):
    from app import store_scope
    from app.domain import desk_views

    a, b, _people = group
    with db.session() as s:
        c = Store(code="SZ02", name="深圳福田4S店", province="粤")
        s.add(c)
        s.flush()
        c = c.id
    with working_for(c):
        customers.create_customer(db, name="刘洋", mobile="13812349999")
    south = _south(db, b, c)
    desk = Database(store_role)
    try:
        # B's desk looking at 华南大区 (B and C)
        token = store_scope.set_scope(store_scope.desk_scope(desk_views.DIVISION, b, south))
        try:
            assert _names(desk, "王芳") == ["王芳"] and _names(desk, "刘洋") == ["刘洋"]
            assert _names(desk, "张伟") == []
            assert {v.customer_name for v in reception.todays_arrivals(desk, now=NOW)} == {
                "王芳"}
            created = customers.create_customer(desk, name="周杰", mobile="13900000077")
            # an arrival in the division's view (its store list is a transaction's setting)
            card = reception.arrive(desk, PlateRead(plate="粤B22222", confidence=0.99), now=NOW)
            assert card.match == "exact" and card.customer.name == "王芳"
        finally:
            store_scope.reset(token)
        with working_for(a):
            assert customers.search_customers(desk, "周杰") == ()
        with working_for(b):
            assert [h.customer_id for h in customers.search_customers(desk, "周杰")] == [created.id]
        engine = create_engine(store_role)
        try:   # the database itself: the division's setting shows B and C, never A
            with engine.begin() as conn:
                conn.execute(text("SELECT set_config('dealerdesk.division_stores', :d, true)"),
                             {"d": f"{{{b},{c}}}"})
                assert set(conn.execute(text("SELECT store_id FROM visits")).scalars()) == {b}
                assert a not in set(conn.execute(text(
                    "SELECT store_id FROM customer_stores")).scalars())
        finally:
            engine.dispose()
    finally:
        desk.dispose()


# --- A group customer at a second store -------------------------------------------------

def _unknown_at(db, store: int, plate: str) -> int:
    """The visit of `plate` arriving at `store`'s gate, a stranger there: its id."""
    with working_for(store):
        card = reception.arrive(db, PlateRead(plate=plate, confidence=0.99), now=NOW)
    assert card.customer is None and card.match == "unknown"
    return card.visit_id


def _counts(db) -> tuple[int, int, int, int]:
    """How many customers, vehicles, store links and leads the group holds."""
    from sqlalchemy import func

    from app.models import Customer, Opportunity, Vehicle

    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(model))
                     for model in (Customer, Vehicle, CustomerStore, Opportunity))


def _register(desk, visit_id: int, mobile: str, store: int):
    """A's desk registers the visitor as a prospect looking at cars."""
    return reception.register_visitor(desk, visit_id, "王小姐", mobile, purpose="sales",
                                      kind="prospect", salutation="女士", store_id=store)


def _register_at_second_store(db, desk, group) -> None:
    """B's customer 王芳 comes to A in her car: a wrong or missing mobile links nothing,
    creates nothing and names nobody; her own mobile ties the visit to her, A serves her
    from then on and B still does."""
    a, b, people = group
    wang, car, _number = people["王芳"]
    visit_id = _unknown_at(desk, a, "粤B22222")
    before = _counts(db)
    with working_for(a):
        for wrong in ("13912345678", "138 1234 0001"):
            with pytest.raises(Conflict) as refused:
                _register(desk, visit_id, wrong, a)
            assert refused.value.field == "plate"
            text_shown = refused.value.zh + refused.value.en
            assert "王" not in text_shown and "0000" not in text_shown and "13812340000" \
                not in text_shown
            assert "集团" in refused.value.zh and "group" in refused.value.en
        with pytest.raises(UserError) as missing:
            _register(desk, visit_id, "", a)
        assert missing.value.field == "mobile" and "王" not in missing.value.zh
        assert _counts(db) == before
        assert customers.search_customers(desk, "王芳") == ()
        card = _register(desk, visit_id, "+86 138-1234-0000", a)
        assert card.customer.id == wang and card.customer.name == "王芳"
        assert card.vehicle.id == car and card.vehicle.plate == "粤B22222"
        assert [h.customer_id for h in customers.search_customers(desk, "王芳")] == [wang]
        assert customers.get_customer(desk, wang).customer.name == "王芳"
        assert [v.customer_name for v in reception.todays_arrivals(desk, now=NOW)
                if v.customer_name == "王芳"] == ["王芳"]
        # Next time her car is greeted at A's gate.
        again = reception.arrive(desk, PlateRead(plate="粤B22222", confidence=0.99), now=NOW)
        assert again.greets and again.customer.id == wang
    with working_for(b):
        assert [h.customer_id for h in customers.search_customers(desk, "王芳")] == [wang]
        assert customers.get_customer(desk, wang).customer.name == "王芳"
    after = _counts(db)   # no customer, no vehicle: one link, and A's lead for her
    assert after[:2] == before[:2] and after[2:] == (before[2] + 1, before[3] + 1)
    with db.session() as s:
        assert s.get(Visit, visit_id).customer_id == wang
        assert s.get(Visit, visit_id).vehicle_id == car
        assert set(s.scalars(select(CustomerStore.store_id)
                             .where(CustomerStore.customer_id == wang))) == {a, b}
        assert s.execute(select(Opportunity.customer_id, Opportunity.store_id)).all() == [
            (wang, a)]
    from app.services import audit

    linked = audit.audit_page(db, action="link_store").entries
    assert [(e.customer_id, e.entity_id) for e in linked] == [(wang, wang)]


def test_a_group_customer_registered_at_a_second_store_by_their_mobile_is_linked(db, group):
    _register_at_second_store(db, db, group)


@pytest.mark.postgres_only
def test_a_store_role_links_a_group_customer_by_plate_and_mobile_only(db, group, store_role):
    desk = Database(store_role)
    try:
        _register_at_second_store(db, desk, group)
    finally:
        desk.dispose()


@pytest.mark.postgres_only
def test_the_group_plate_lookup_answers_only_ids_of_an_exact_match(db, group, store_role):
    a, _b, people = group
    engine = create_engine(store_role)
    try:
        with engine.begin() as c:
            c.execute(text("SELECT set_config('dealerdesk.store_id', :s, true)"), {"s": str(a)})
            ask = "SELECT * FROM dealerdesk_group_plate_owner(:p, :m)"
            assert c.execute(text(ask), {"p": "粤B22222", "m": "13812340000"}).all() == [
                (people["王芳"][0], people["王芳"][1])]
            for plate, mobile in (("粤B22222", "13812345678"), ("粤B2222%", "13812340000"),
                                  ("粤B22222", "1381234%"), ("粤B22222", "")):
                assert c.execute(text(ask), {"p": plate, "m": mobile}).all() == []
            assert c.execute(text("SELECT plate FROM vehicles")).scalars().all() == ["粤A12345"]
    finally:
        engine.dispose()


def test_a_stores_recent_customers_follow_a_change_made_at_another_store(db, group):
    """Each store's link carries its customer's last change (0014_unsettled's triggers): a
    customer two stores serve, changed at one, comes first among the other's changed."""
    a, b, _people = group

    def changed_at_b() -> list[str]:
        # B's 王芳 is placed by her arrival, at the fixture's fixed NOW, which the clock
        # passes: only the order of the customers placed by their last change is asserted
        names = [h.name for h in customers.recent_customers(db)]
        assert "王芳" in names
        return [name for name in names if name != "王芳"]

    with working_for(a):
        zhao = customers.create_customer(db, name="赵一", mobile="13900000001")
    with db.session() as s:
        s.add(CustomerStore(customer_id=zhao.id, store_id=b))     # B serves him too
    with working_for(b):
        customers.create_customer(db, name="孙三", mobile="13900000002")
        assert changed_at_b() == ["孙三", "赵一"]
    with working_for(a):
        customers.update_customer(db, zhao.id, zhao.version, notes="改约周六")
    with working_for(b):
        assert changed_at_b() == ["赵一", "孙三"]
    with working_for(a):
        assert "孙三" not in {h.name for h in customers.recent_customers(db)}
    with db.session() as s:
        changed = s.scalar(select(Customer.updated_at).where(Customer.id == zhao.id))
        links = s.scalars(select(CustomerStore.updated_at)
                          .where(CustomerStore.customer_id == zhao.id)).all()
    assert links == [changed, changed]


@pytest.mark.postgres_only
def test_a_store_roles_change_reaches_the_link_of_a_store_it_cannot_see(db, group,
                                                                       store_role):
    """Under row-level security a store's desk changes a customer two stores serve: the
    trigger (as the tables' owner) carries the time to the other store's link too, whose
    recent customers then show the change."""
    a, b, people = group
    zhang = people["张伟"][0]
    with db.session() as s:
        s.add(CustomerStore(customer_id=zhang, store_id=b))      # B serves 张伟 too
    desk = Database(store_role)
    try:
        with working_for(a):
            version = customers.get_customer(desk, zhang).customer.version
            customers.update_customer(desk, zhang, version, notes="改约周六")
    finally:
        desk.dispose()
    with db.session() as s:
        changed = s.scalar(select(Customer.updated_at).where(Customer.id == zhang))
        assert set(s.scalars(select(CustomerStore.updated_at)
                             .where(CustomerStore.customer_id == zhang))) == {changed}
