"""The Alembic migrations: empty → head → base, and agreement with the models."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from app.db import alembic_config, make_engine, migrate
from app.models import Base


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def _run(url: str, action, revision: str) -> None:
    config = alembic_config(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            action(config, revision)
    finally:
        engine.dispose()


def test_upgrade_from_empty_creates_every_table(empty_database_url):
    assert _tables(empty_database_url) == set()
    migrate(empty_database_url)
    assert _tables(empty_database_url) == set(Base.metadata.tables)


def test_downgrade_to_base_drops_every_table_and_upgrade_again(empty_database_url):
    migrate(empty_database_url)
    _run(empty_database_url, command.downgrade, "base")
    assert _tables(empty_database_url) == set()
    _run(empty_database_url, command.upgrade, "head")
    assert _tables(empty_database_url) == set(Base.metadata.tables)


def test_migrate_twice_is_a_no_op(empty_database_url):
    migrate(empty_database_url)
    migrate(empty_database_url)
    assert _tables(empty_database_url) == set(Base.metadata.tables)


def test_models_and_migrations_agree(database_url):
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_one_head_and_revisions_named_by_date():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1
    for revision in script.walk_revisions():
        name = revision.path.rsplit("/", 1)[-1]
        assert name[:4].isdigit() and name[4] == "_", name


def test_0004_turns_the_stock_counters_into_ledger_rows(empty_database_url):
    """A part's stock and reservations survive the move to the ledger, tied to the work
    order whose approved line holds them; downgrading puts the counters back."""
    from sqlalchemy import text

    from app.db import Database
    from app.services import parts

    _run(empty_database_url, command.upgrade, "0003")
    engine = make_engine(empty_database_url)
    with engine.begin() as c:
        c.execute(text("INSERT INTO stores (id, code, name, province, city, address, phone, "
                       "created_at) VALUES (1, 'GZ01', '天河店', '粤', '', '', '', "
                       "CURRENT_TIMESTAMP)"))
        c.execute(text("INSERT INTO parts (id, code, name, price, stock, reserved, "
                       "low_stock_threshold, version_id) VALUES (1, 'P1', '机油滤清器', 68, 6, 3, "
                       "1, 1), (2, 'P2', '刹车片', 680, 0, 0, 2, 1)"))
        c.execute(text("INSERT INTO vehicles (id, plate, plate_color, brand, model, trim, "
                       "colour, new_energy, active, created_at, updated_at, version_id) VALUES "
                       "(1, '粤B12345', 'blue', '', '', '', '', false, true, CURRENT_TIMESTAMP, "
                       "CURRENT_TIMESTAMP, 1)"))
        c.execute(text("INSERT INTO work_orders (id, number, vehicle_id, status, concerns, "
                       "valuables, opened_at, version_id) VALUES (1, 'WO1', 1, 'in_repair', '', "
                       "'', CURRENT_TIMESTAMP, 1)"))
        c.execute(text("INSERT INTO work_order_lines (work_order_id, kind, description, "
                       "part_id, qty, unit_price, approval, approved_by) VALUES (1, 'part', "
                       "'机滤', 1, 2, 68, 'approved', '刘洋')"))
        c.execute(text("INSERT INTO replenishment_requests (part_id, qty, status, created_at) "
                       "VALUES (2, 4, 'open', CURRENT_TIMESTAMP)"))
    engine.dispose()
    _run(empty_database_url, command.upgrade, "head")
    db = Database(empty_database_url)
    try:
        record = parts.get_part(db, 1, 1)
        assert (record.on_hand, record.reserved, record.available) == (6, 3, 3)
        assert parts.list_parts(db, "jylqq")[0].id == 1          # initials filled in
        with db.session() as s:
            held = s.execute(text("SELECT work_order_id, reserved FROM stock_movements "
                                  "WHERE kind = 'reserved' ORDER BY id")).all()
            store = s.execute(text("SELECT store_id FROM replenishment_requests")).scalar()
        assert [tuple(r) for r in held] == [(1, 2), (None, 1)]
        assert store == 1
    finally:
        db.dispose()
    _run(empty_database_url, command.downgrade, "0003")
    engine = make_engine(empty_database_url)
    with engine.connect() as c:
        assert c.execute(text("SELECT stock, reserved FROM parts WHERE id = 1")).one() == (6, 3)
    engine.dispose()


def test_0014_keeps_a_drive_and_its_lead_and_fills_the_settled_times(database_url, db):
    """Down to 0013 and up again: the SQLite copy of test_drives keeps each drive and its
    lead, the lead then deleted leaves the drive; a bill settled before the migration
    takes its work order off the cashier's unsettled list."""
    from datetime import timedelta

    from sqlalchemy import delete

    from app.models import Opportunity
    from app.services import cashier, leads, test_drives
    from app.services.leads import LeadForm
    from tests.backoffice_seed import NOON, seed_back_office

    bo = seed_back_office(db)
    bill = cashier.open_settlement(db, bo.work_order_id, now=NOON)
    cashier.take_payment(db, bill.id, "cash", str(bill.customer_due), now=NOON)
    cashier.complete(db, bill.id, now=NOON)
    car = test_drives.add_car(db, bo.store_id, "粤A·TD001", "凯美瑞 2.0HG", 1200)
    lead = leads.register_lead(db, LeadForm(name="李娜", mobile="13900001234"),
                               store_id=bo.store_id)
    with db.session() as s:
        customer_id = s.get(Opportunity, lead.id).customer_id
    start = NOON + timedelta(days=1)
    drive = test_drives.book(db, bo.store_id, test_drives.BookingForm(
        car_id=car.id, customer_id=customer_id, consultant_id=None, start_at=start,
        end_at=start + timedelta(hours=1), licence_number="440106199003071231"), now=NOON)
    db.dispose()
    _run(database_url, command.downgrade, "0014_groupcar")
    _run(database_url, command.upgrade, "head")
    assert test_drives.get_drive(db, bo.store_id, drive.id).opportunity_id == lead.id
    [order] = cashier.waiting(db, bo.store_id)
    assert (order.work_order_id, order.settlement_status) == (bo.work_order_id, "settled")
    with db.session() as s:
        s.execute(delete(Opportunity).where(Opportunity.id == lead.id))
    assert test_drives.get_drive(db, bo.store_id, drive.id).opportunity_id is None
