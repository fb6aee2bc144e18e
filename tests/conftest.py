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
