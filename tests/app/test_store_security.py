"""Row-level security covers EVERY table with a `store_id` column on PostgreSQL, the tables
later revisions added included: the catalogue says so, and a store role's raw queries and
writes on each of them stay inside its store.

The policies are enabled, not forced: forcing would bind the tables' owner, which migrates
and owns the narrow `SECURITY DEFINER` group look-ups. So the test checks what makes
"enabled" enough: no store role owns a table or bypasses row-level security."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.models import Store, WorkOrder
from app.services import parts, stock, transfers, work_orders
from app.store_scope import working_for
from app.stores_link import STORE_SETTING
from tests.app.services.test_stores import group, store_role  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres_only

#: Tables every store reads whole (a customer's points, the group's stock ledger) while
#: each store writes only its own rows.
GROUP_READS = {"points_entries", "stock_movements"}

STORE_TABLES = """
SELECT c.relname, c.relrowsecurity, pg_get_userbyid(c.relowner)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
  AND a.attname = 'store_id' AND NOT a.attisdropped
ORDER BY c.relname
"""


def _working_for(connection, store: int) -> None:
    """Set a store role's transaction to work for `store` (what `Database` does)."""
    connection.execute(text("SELECT set_config(:name, :s, true)"),
                       {"name": STORE_SETTING, "s": str(store)})


def _store_tables(db) -> list[tuple[str, bool, str]]:
    with db.engine.connect() as c:
        return [tuple(row) for row in c.execute(text(STORE_TABLES))]


def test_every_table_with_a_store_id_has_row_level_security_and_the_store_policy(db):
    tables = _store_tables(db)
    names = {name for name, _on, _owner in tables}
    # The tables and ones later revisions added are all among them.
    assert {"customers", "visits", "bookings", "work_orders", "bays", "staff", "quotes",
            "complaints", "care_items", "opportunities", "settlements", "bay_hours",
            "store_days"} <= names
    with db.engine.connect() as c:
        policies = {(t, p): (cmd, qual, check) for t, p, cmd, qual, check in c.execute(text(
            "SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies "
            "WHERE schemaname = current_schema()"))}
        store_role_bypasses = c.execute(text(
            "SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = 'dealerdesk_store'"
        )).scalar()
        # (A superuser is a member of every role: only granted members count.)
        owners_in_store_role = c.execute(text(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
            "AND (c.relowner = 'dealerdesk_store'::regrole OR c.relowner IN ("
            "SELECT member FROM pg_auth_members WHERE roleid = 'dealerdesk_store'::regrole))"
        )).scalar()
    unsecured = sorted(name for name, on, _owner in tables if not on)
    assert unsecured == []
    for name in names:
        cmd, qual, check = policies[(name, "store_rows")]
        assert cmd == "ALL" and "dealerdesk_sees_store(store_id)" in qual, name
        assert "dealerdesk_sees_store(store_id)" in check, name
        # Any other policy of the table may only widen reading (policies are permissive).
        others = {p: v for (t, p), v in policies.items() if t == name and p != "store_rows"}
        for policy, (other_cmd, _q, _c) in others.items():
            assert other_cmd == "SELECT" or policy == "served_customers", (name, policy)
    assert store_role_bypasses is False and owners_in_store_role == 0


def test_every_table_naming_a_store_in_any_column_has_row_level_security(db):
    """A table that belongs to two stores (a transfer's sender and receiver) names them in
    other columns than `store_id`: it is kept to its stores too."""
    with db.engine.connect() as c:
        unsecured = c.execute(text(
            "SELECT DISTINCT c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
            "AND a.attname LIKE '%store_id' AND NOT a.attisdropped AND NOT c.relrowsecurity "
            "AND NOT EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = n.nspname "
            "AND p.tablename = c.relname)")).scalars().all()
    assert unsecured == []


def test_a_store_role_sees_and_moves_only_its_own_stores_transfers(db, store_role):  # noqa: F811
    with db.session() as s:
        stores = [Store(code=f"GZ0{i}", name=f"{i}号店") for i in (1, 2, 3)]
        s.add_all(stores)
        s.flush()
        a, b, c = (x.id for x in stores)
    part = parts.create_part(db, code="90919-01253", name="火花塞", price="95")
    for store in (a, b, c):
        stock.receive(db, store, part.id, 8)
    a_asks_b = transfers.request_transfer(db, b, a, "90919-01253", 2)
    b_asks_c = transfers.request_transfer(db, c, b, "90919-01253", 3)
    desk = Database(store_role)
    try:
        with working_for(a):
            assert [t.id for t in transfers.list_transfers(desk)] == [a_asks_b.id]
        with working_for(c):
            assert [t.id for t in transfers.list_transfers(desk)] == [b_asks_c.id]
            sent = transfers.send_transfer(desk, b_asks_c.id, b_asks_c.version)
            assert sent.status == "sent"
        with working_for(b):                             # a party to both
            assert {t.id for t in transfers.list_transfers(desk)} == {a_asks_b.id, b_asks_c.id}
        engine = create_engine(store_role)
        try:   # a raw query: another pair's transfer is neither seen nor written
            with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as conn:
                _working_for(conn, a)
                assert conn.execute(text("SELECT count(*) FROM store_transfers "
                                         "WHERE from_store_id = :c"), {"c": c}).scalar() == 0
                conn.execute(text("INSERT INTO store_transfers (from_store_id, to_store_id, "
                                  "part_id, qty, status, requested_by, requested_at, "
                                  "version_id) VALUES (:c, :b, :p, 1, 'requested', '', now(), "
                                  "1)"), {"b": b, "c": c, "p": part.id})
        finally:
            engine.dispose()
    finally:
        desk.dispose()


def test_a_store_role_reads_and_changes_no_other_stores_row_in_any_store_table(
        db, group, store_role):  # noqa: F811 (fixtures)
    a, b, _people = group
    tables = [name for name, _on, _owner in _store_tables(db)]
    with db.engine.connect() as c:   # the owner: which tables hold rows of store B
        b_rows = {t: c.execute(text(f'SELECT count(*) FROM "{t}" WHERE store_id = :b'),
                               {"b": b}).scalar() for t in tables}
    held = {t for t, n in b_rows.items() if n}
    assert {"customers", "visits", "work_orders", "bays", "customer_stores"} <= held
    engine = create_engine(store_role)
    try:
        with engine.begin() as c:
            _working_for(c, a)
            for t in tables:
                seen = c.execute(text(f'SELECT count(*) FROM "{t}" WHERE store_id = :b'),
                                 {"b": b}).scalar()
                assert seen == (b_rows[t] if t in GROUP_READS else 0), t
                changed = c.execute(text(f'UPDATE "{t}" SET store_id = store_id '
                                         'WHERE store_id = :b'), {"b": b}).rowcount
                assert changed == 0, t
                gone = c.execute(text(f'DELETE FROM "{t}" WHERE store_id = :b'),
                                 {"b": b}).rowcount
                assert gone == 0, t
        # (Not customers: every store serving a customer may change their record.)
        for t in ("visits", "work_orders", "bays", "customer_stores"):
            # Moving one's own row into another store is refused by the database.
            with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as c:
                _working_for(c, a)
                c.execute(text(f'UPDATE "{t}" SET store_id = :b WHERE store_id = :a'),
                          {"a": a, "b": b})
    finally:
        engine.dispose()
    with db.engine.connect() as c:   # nothing of B was touched
        assert {t: c.execute(text(f'SELECT count(*) FROM "{t}" WHERE store_id = :b'),
                             {"b": b}).scalar() for t in tables} == b_rows


def test_a_store_role_reads_the_rfm_figures_only_of_customers_it_serves(
        db, group, store_role):  # noqa: F811 (fixtures)
    """`customer_rfm` names no store, but it is about a customer (0015_served): store B
    reads and writes none of A's customer's figures, while A reads them."""
    a, b, people = group
    zhang = people["张伟"][0]
    with db.engine.begin() as c:   # the owner: the nightly figures of A's customer
        c.execute(text("INSERT INTO customer_rfm (customer_id, segment, computed_tier, visits, "
                       "spend, computed_on, override_by, override_reason) VALUES (:c, 'new', "
                       "'normal', 1, 0, current_date, '', '')"), {"c": zhang})
    engine = create_engine(store_role)
    try:
        for store, seen in ((a, 1), (b, 0)):
            with engine.begin() as c:
                _working_for(c, store)
                assert c.execute(text("SELECT count(*) FROM customer_rfm WHERE customer_id = "
                                      ":c"), {"c": zhang}).scalar() == seen
                assert c.execute(text("UPDATE customer_rfm SET visits = visits "
                                      "WHERE customer_id = :c"), {"c": zhang}).rowcount == seen
    finally:
        engine.dispose()


#: The tables a store's rows reference with a NOT NULL foreign key, and whether the
#: referenced table is kept to its store (the catalogue's answer).
CHILD_TABLES = """
SELECT DISTINCT c.relname, a.attname, p.relname
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_class p ON p.oid = k.confrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
WHERE k.contype = 'f' AND n.nspname = current_schema() AND a.attnotnull
  AND p.relrowsecurity AND p.relname NOT IN ('staff', 'stores')
ORDER BY 1, 2
"""


def _children(db) -> list[tuple[str, str, str]]:
    """(table, column, parent table) of each NOT NULL reference to a store-kept row other
    than to a member of staff (a row naming who did something belongs to what it did)."""
    with db.engine.connect() as c:
        return [tuple(row) for row in c.execute(text(CHILD_TABLES))]


def test_every_row_belonging_to_a_store_kept_row_is_kept_to_its_store_too(db):
    """A work order's lines, a quote's lines, a complaint's steps … carry no store of their
    own (0016_children): they are secured through their parent."""
    with db.engine.connect() as c:
        secured = set(c.execute(text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relrowsecurity")).scalars())
    children = _children(db)
    assert {"work_order_lines", "quote_lines", "booking_items", "complaint_steps",
            "survey_answers"} <= {child for child, _column, _parent in children}
    assert sorted({child for child, _c, _p in children} - secured) == []


def test_a_store_role_reads_and_adds_no_child_row_of_another_stores_parent(
        db, group, store_role):  # noqa: F811 (fixtures)
    a, b, people = group
    b_order = _labour_line_on(db, b, people["王芳"][2], "更换机油")
    with_store = {name for name, _on, _owner in _store_tables(db)}
    children = [(child, column, parent) for child, column, parent in _children(db)
                if child not in with_store and parent in with_store]
    with db.engine.connect() as c:   # the owner: the child rows of B's parents
        held = {(child, parent): c.execute(text(
            f'SELECT count(*) FROM "{child}" x JOIN "{parent}" p ON p.id = x."{column}" '
            f"WHERE p.store_id = :b"), {"b": b}).scalar()
            for child, column, parent in children}
    assert held[("work_order_lines", "work_orders")] >= 1
    assert held[("work_order_status_changes", "work_orders")] >= 1
    engine = create_engine(store_role)
    try:
        with engine.begin() as c:
            _working_for(c, a)
            for child, column, parent in children:
                if (child, parent) not in held:
                    continue
                seen = c.execute(text(f'SELECT count(*) FROM "{child}" WHERE "{column}" IN '
                                      f'(SELECT id FROM "{parent}")')).scalar()
                all_seen = c.execute(text(f'SELECT count(*) FROM "{child}"')).scalar()
                assert seen == all_seen, child          # only rows of parents A sees
            assert c.execute(text("UPDATE work_order_lines SET qty = qty")).rowcount == 0
        with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as c:
            _working_for(c, a)
            c.execute(text("INSERT INTO work_order_status_changes (work_order_id, to_status, "
                           "at, note) "
                           "VALUES (:w, 'open', now(), '')"), {"w": b_order})
    finally:
        engine.dispose()
    _labour_line_on(db, a, people["张伟"][2], "四轮定位")   # A's own still take lines


def _labour_line_on(db, store: int, number: str, text_: str) -> int:
    """Add a labour line to work order `number` at `store`'s desk: the order's id."""
    with db.session() as s:
        order = s.scalar(select(WorkOrder.id).where(WorkOrder.number == number))
    with working_for(store):
        version = work_orders.get_work_order(db, order).version
        work_orders.add_labour_line(db, order, version, description=text_, hours="0.5")
    return order


def test_a_store_role_reads_the_audit_rows_of_its_own_customers_and_appends_any(
        db, group, store_role):  # noqa: F811 (fixtures)
    """0016_audit: A's desk reads the audit rows about A's customers and about nobody, not
    those about B's; it appends a row about B's customer (one it is about to serve) without
    reading it back."""
    a, b, people = group
    zhang, wang = people["张伟"][0], people["王芳"][0]
    with db.engine.begin() as c:   # the owner: a row about each customer and one about nobody
        for customer in (zhang, wang, None):
            c.execute(text("INSERT INTO audit_log (at, who, action, entity, customer_id, desk) "
                           "VALUES (now(), '经理', 'view', 'customers', :c, '')"),
                      {"c": customer})
    desk = Database(store_role)
    try:
        with working_for(a), desk.session() as s:
            from app.services import audit
            audit.record_event(s, action="link_store", entity="customers", entity_id=wang,
                               customer_id=wang, who="王芳")
            seen = set(s.execute(text("SELECT DISTINCT customer_id FROM audit_log")).scalars())
            assert zhang in seen and None in seen and wang not in seen
            assert s.execute(text("UPDATE audit_log SET who = who")).rowcount == 0
    finally:
        desk.dispose()
    with db.engine.connect() as c:   # the appended row is there, about 王芳
        assert c.execute(text("SELECT count(*) FROM audit_log WHERE action = 'link_store' "
                              "AND customer_id = :w"), {"w": wang}).scalar() == 1
