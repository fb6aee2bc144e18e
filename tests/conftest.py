"""Shared fixtures: the database under test (SQLite or PostgreSQL) migrated to head.

`--db postgres` (or DEALERDESK_TEST_DB=postgres) runs the database tests against the server
at DEALERDESK_TEST_PG_URL, which the README's test command starts on 127.0.0.1. Each test gets
its own fresh database copied from one migrated once per session.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db",
        choices=("sqlite", "postgres"),
        default=os.environ.get("DEALERDESK_TEST_DB", "sqlite"),
        help="database the tests that use the `db` fixture run against",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "db: uses the database under test")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if {"db", "database_url", "empty_database_url", "migrated_template"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.db)
        if "postgres_only" in item.keywords and config.getoption("--db") != "postgres":
            item.add_marker(pytest.mark.skip(reason="runs only in the PostgreSQL pass (--db postgres)"))


#: Who every test acts as unless it signs someone else in: a store manager (may do all).
TEST_ACTOR_NAME = "测试店长"


def _test_actor():
    from app.acting import Actor

    return Actor(name=TEST_ACTOR_NAME, role="manager", desk="test")


@pytest.fixture(scope="session", autouse=True)
def signed_in_for_the_session():
    """Module- and session-scoped fixtures call services too: the same manager acts."""
    from app.acting import acting_as

    with acting_as(_test_actor()) as actor:
        yield actor


@pytest.fixture(autouse=True)
def signed_in():
    """Every test acts as a signed-in store manager (services refuse a call with nobody
    signed in); a test of roles signs in whom it needs with `app.acting.acting_as`, and
    whatever a test signs in ends with it."""
    from app.acting import acting_as

    with acting_as(_test_actor()) as actor:
        yield actor


@pytest.fixture(autouse=True)
def group_view():
    """Every test starts in the group's view (no store set); a store a test or a desk it
    builds sets (`app.store_scope`) ends with it."""
    from app import store_scope

    with store_scope.working_for(None) as scope:
        yield scope


@pytest.fixture(scope="session")
def db_kind(pytestconfig: pytest.Config) -> str:
    """'sqlite' or 'postgres'."""
    return pytestconfig.getoption("--db")


@pytest.fixture(scope="session")
def pg_server_url(db_kind: str) -> str:
    """URL of the PostgreSQL server's maintenance database."""
    url = os.environ.get("DEALERDESK_TEST_PG_URL")
    if not url:
        pytest.fail("--db postgres needs DEALERDESK_TEST_PG_URL (the test command sets it)")
    return url


def _pg_admin(server_url: str, sql: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def _pg_url(server_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def migrated_template(db_kind: str, tmp_path_factory: pytest.TempPathFactory, request) -> str:
    """A database migrated to head once per session: a file path or a PostgreSQL db name."""
    from app.db import migrate

    if db_kind == "sqlite":
        path = tmp_path_factory.mktemp("template") / "template.sqlite3"
        migrate(f"sqlite:///{path}")
        yield str(path)
        return
    server = request.getfixturevalue("pg_server_url")
    name = f"tmpl_{uuid.uuid4().hex[:10]}"
    _pg_admin(server, f'CREATE DATABASE "{name}"')
    migrate(_pg_url(server, name))
    yield name
    _pg_admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database_url(db_kind: str, migrated_template: str, tmp_path: Path, request) -> Iterator[str]:
    """URL of a fresh database at head, private to this test."""
    if db_kind == "sqlite":
        path = tmp_path / "store.sqlite3"
        shutil.copyfile(migrated_template, path)
        yield f"sqlite:///{path}"
        return
    server = request.getfixturevalue("pg_server_url")
    name = f"t_{uuid.uuid4().hex[:12]}"
    _pg_admin(server, f'CREATE DATABASE "{name}" TEMPLATE "{migrated_template}"')
    yield _pg_url(server, name)
    _pg_admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def empty_database_url(db_kind: str, tmp_path: Path, request) -> Iterator[str]:
    """URL of a fresh, empty database (no tables), private to this test: for migration tests."""
    if db_kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    server = request.getfixturevalue("pg_server_url")
    name = f"e_{uuid.uuid4().hex[:12]}"
    _pg_admin(server, f'CREATE DATABASE "{name}"')
    yield _pg_url(server, name)
    _pg_admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db(database_url: str):
    """A `Database` on a fresh migrated database, disposed after the test."""
    from app.db import Database

    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def shared_plates() -> Path:
    """../shared/data/plates, or skip when the checkout has no shared folder beside it."""
    path = SHARED_DATA / "plates"
    if not (path / "labels.csv").exists():
        pytest.skip("../shared/data/plates is absent (it exists beside the developers' checkout and in CI only)")
    return path


@pytest.fixture
def sales_store(db) -> int:
    """A sales floor: a consultant (discount limit 5,000), a manager and two customers.

    Returns the store's id; the tests seed the quotes they need on it.
    """
    from app.models import Staff, StaffRole, Store
    from app.services import customers

    with db.session() as s:
        store = Store(code="GZ01", name="广汽丰田天河店", address="广州市天河区", phone="020-1")
        s.add(store)
        s.flush()
        s.add_all([Staff(store_id=store.id, name="李强", role=StaffRole.SALES_CONSULTANT,
                         mobile="13900001234", discount_limit=Decimal("5000")),
                   Staff(store_id=store.id, name="周敏", role=StaffRole.MANAGER,
                         discount_limit=Decimal("30000"))])
        store_id = store.id
    for name, mobile in (("张伟", "13812345678"), ("王芳", "13812340000")):
        customers.create_customer(db, name=name, salutation="先生", mobile=mobile)
    return store_id


@dataclass(frozen=True)
class Shop:
    """Ids of the staff, bays and service items every service test can use."""

    store_id: int
    reception_id: int
    consultant_id: int
    advisor_id: int
    technician_id: int
    left_advisor_id: int
    bay1_id: int
    bay2_id: int
    quick_id: int
    oil_id: int
    filter_id: int
    brakes_id: int


@pytest.fixture
def shop(db) -> Shop:
    """Staff, two normal bays, a quick lane and three service items."""
    from app.models import Bay, BayKind, ServiceItem, Staff, StaffRole, Store

    with db.session() as s:
        store = Store(code="GZ01", name="广州天河4S店", province="粤")
        s.add(store)
        s.flush()
        staff = [Staff(store_id=store.id, name=n, role=r, active=a) for n, r, a in (
            ("王芳", StaffRole.RECEPTION, True), ("李强", StaffRole.SALES_CONSULTANT, True),
            ("陈静", StaffRole.SERVICE_ADVISOR, True), ("赵磊", StaffRole.TECHNICIAN, True),
            ("孙丽", StaffRole.SERVICE_ADVISOR, False))]
        bays = [Bay(store_id=store.id, name="1号工位", kind=BayKind.NORMAL, sort_order=1),
                Bay(store_id=store.id, name="2号工位", kind=BayKind.NORMAL, sort_order=2),
                Bay(store_id=store.id, name="快修通道", kind=BayKind.QUICK_LANE, sort_order=3)]
        items = [ServiceItem(code="OIL", name="更换机油", labour_hours=Decimal("0.5"),
                             price=Decimal("380.00"), quick=True),
                 ServiceItem(code="FLT", name="更换空调滤芯", labour_hours=Decimal("0.3"),
                             price=Decimal("120.00"), quick=True),
                 ServiceItem(code="BRK", name="更换刹车片", labour_hours=Decimal("1.5"),
                             price=Decimal("900.00"), quick=False)]
        s.add_all(staff + bays + items)
        s.flush()
        return Shop(store.id, *(x.id for x in staff), *(b.id for b in bays),
                    *(i.id for i in items))
