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
