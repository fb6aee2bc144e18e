"""The database: engine, short unit-of-work sessions, and migrations to head.

One `Database` per process and URL. Services open `with db.session() as s:` for one use
case, which commits on success and rolls back on error; nothing outside a service holds a
session or an ORM object.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import (
    ArgumentError,
    DisconnectionError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker

from app import stores_link
from app.errors import DatabaseSetupError, DatabaseUnavailable, UserError
from app.paths import private_dir, private_file
from app.validation import check_flush

#: The execution option that makes a SQLite transaction begin IMMEDIATE.
IMMEDIATE = "dealerdesk_sqlite_immediate"


class Database:
    """An engine and a session factory for one database URL."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        try:
            self.engine: Engine = make_engine(url, echo=echo)
        except (ArgumentError, NoSuchModuleError, ValueError) as exc:
            raise explain(exc) from exc
        self._sessions = _session_factory(self.engine)
        self._statement_sessions = _session_factory(
            self.engine.execution_options(isolation_level="AUTOCOMMIT")) \
            if self.engine.dialect.name == "postgresql" else self._sessions
        self._listeners: list[Callable[[bool, str], None]] = []
        self.reachable = True

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite store."""
        return self.engine.dialect.name == "sqlite"

    def add_health_listener(self, listener: Callable[[bool, str], None]) -> None:
        """Call `listener(reachable, detail)` (on the calling thread of the session) each
        time the database stops or starts answering."""
        self._listeners.append(listener)

    def _health(self, reachable: bool, detail: str = "") -> None:
        if reachable == self.reachable:
            return
        self.reachable = reachable
        for listener in self._listeners:
            listener(reachable, detail)

    @contextmanager
    def session(self, *, immediate: bool = False, one_write: bool = False
                ) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back when it raises.

        `immediate=True` is for a check-then-insert (a booking): on SQLite its transaction
        starts with `BEGIN IMMEDIATE`, taking the write lock before the check, because the
        driver would otherwise begin only at the first INSERT and `FOR UPDATE` does nothing
        there. PostgreSQL needs nothing more (its constraints and row locks do the work).

        `one_write=True` is for reads followed by at most one row written that stands on its
        own (an arrival's visit): on PostgreSQL each statement is then its own transaction,
        which saves the BEGIN and COMMIT round trips. A division's view, whose store list is
        a transaction's setting, keeps the ordinary transaction.
        """
        one_statement = one_write and stores_link.setting_outlives_transactions()
        session = (self._statement_sessions if one_statement else self._sessions)()
        try:
            if immediate and self.is_sqlite:
                session.connection(execution_options={IMMEDIATE: True})
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            self._health(False, str(exc.orig))
            raise explain(exc) from exc
        except BaseException:
            session.rollback()
            raise
        else:
            self._health(True)
        finally:
            session.close()

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision; a database that cannot be
        reached, refuses us or holds a newer schema raises a UserError saying so."""
        try:
            migrate(self.url, self.engine)
        except (OperationalError, CommandError) as exc:
            raise explain(exc) from exc

    def describe(self) -> str:
        """A short, password-free description of the URL for the status bar."""
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _session_factory(bind: Engine) -> sessionmaker:
    """Sessions on `bind` with the rules every write goes through."""
    sessions = sessionmaker(bind, expire_on_commit=False)
    # Every value is checked against its column before it is written (app.validation).
    event.listen(sessions, "before_flush", check_flush)
    # Every store-owned row carries its store; each store serving a customer is linked.
    event.listen(sessions, "before_flush", stores_link.fill_store)
    event.listen(sessions, "after_flush", stores_link.link_customers)
    event.listen(sessions, "after_commit", stores_link.remember_links)
    return sessions


def explain(exc: Exception) -> UserError:
    """The one-line message for a database failure at start or in use."""
    if isinstance(exc, (ArgumentError, NoSuchModuleError, ValueError)):
        return DatabaseSetupError(
            f"数据库地址无效：{_first_line(exc)}。请在设置或 --db 中填写正确的地址，例如 "
            "postgresql+psycopg://用户@主机/库名。",
            f"The database URL is invalid: {_first_line(exc)}. Enter a correct one in the "
            "settings or with --db, e.g. postgresql+psycopg://user@host/dbname.")
    if isinstance(exc, CommandError):
        return DatabaseSetupError(
            f"数据库结构比本程序新（{_first_line(exc)}），请升级 DealerDesk 后再连接。",
            f"The database schema is newer than this program ({_first_line(exc)}); "
            "update DealerDesk before connecting to it.")
    detail = _first_line(getattr(exc, "orig", None) or exc)
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return DatabaseUnavailable(
            detail, zh="数据库拒绝登录：用户名或密码错误，请在设置中检查数据库地址。",
            en="The database refused the login: wrong user name or password; check the "
               "database URL in the settings.")
    if "does not exist" in lowered and "database" in lowered:
        return DatabaseUnavailable(
            detail, zh=f"数据库不存在：{detail}。请检查设置中的库名。",
            en=f"The database does not exist: {detail}. Check its name in the settings.")
    return DatabaseUnavailable(detail)


def _first_line(exc: BaseException | str) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return (lines[0] if lines else type(exc).__name__).rstrip(".")


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine with SQLite set to WAL, foreign keys on and a busy timeout; its file
    private to this user; SQL parameters (names, mobiles) never in its errors or logs."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1].split("?", 1)[0] if "///" in url else ""
        if path and path != ":memory:":
            # SQLite gives its -wal and -shm files the database file's mode.
            private_file(private_dir(Path(path).parent, narrow=False) / Path(path).name)
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30},
                               hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, echo=echo, hide_parameters=True)
    event.listen(engine.pool, "checkout", partial(_ping_if_idle, engine.dialect))
    event.listen(engine.pool, "checkin", _note_checkin)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "begin", stores_link.set_store_setting)
        event.listen(engine, "rollback", stores_link.forget_store_setting)
    return engine


#: A pooled server connection idle for longer than this is pinged before it is used (the
#: server may have restarted or dropped it meanwhile); one back in the pool more recently
#: is trusted, so a desk at work saves a round trip on every transaction. Were it dropped
#: all the same, the failure goes the usual way and the pool replaces it.
PING_AFTER_IDLE_S = 1.0

_CHECKED_IN = "dealerdesk_checked_in"


def _note_checkin(_dbapi_connection, record) -> None:
    record.info[_CHECKED_IN] = time.monotonic()


def _ping_if_idle(dialect, dbapi_connection, record, _proxy) -> None:
    """Before a checkout: ping a connection that was idle too long (or is new to the pool);
    a dead one is replaced (the pool retries the checkout with a fresh connection)."""
    checked_in = record.info.get(_CHECKED_IN)
    if checked_in is not None and time.monotonic() - checked_in < PING_AFTER_IDLE_S:
        return
    try:
        alive = dialect.do_ping(dbapi_connection)
    except Exception as exc:   # any failure of the ping means this connection is gone
        raise DisconnectionError(str(exc)) from exc
    if alive is False:
        raise DisconnectionError("the database did not answer the ping")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """Start the transaction with BEGIN IMMEDIATE when the session asked for it.

    pysqlite sees the open transaction and neither begins its own nor skips the commit.
    """
    if connection.get_execution_options().get(IMMEDIATE):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def alembic_config(url: str) -> Config:
    """An Alembic configuration pointing at the migrations shipped in `app/migrations`."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("app") / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str, engine: Engine | None = None) -> None:
    """Upgrade the database at `url` to head (reusing `engine`'s connection if given)."""
    config = alembic_config(url)
    own_engine = engine is None
    engine = engine or make_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if connection.dialect.name == "postgresql":
                stores_link.secure_new_tables(connection)
    finally:
        if own_engine:
            # Closing the last connection checkpoints SQLite's WAL into the main file, so a
            # copy of the file (the tests' template) holds the schema.
            engine.dispose()
