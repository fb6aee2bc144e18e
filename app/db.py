"""The database: engine, short unit-of-work sessions, and migrations to head.

One `Database` per process and URL. Services open `with db.session() as s:` for one use
case, which commits on success and rolls back on error; nothing outside a service holds a
session or an ORM object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseUnavailable


class Database:
    """An engine and a session factory for one database URL."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine: Engine = make_engine(url, echo=echo)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
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
    def session(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back when it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            self._health(False, str(exc.orig))
            raise DatabaseUnavailable(str(exc.orig)) from exc
        except BaseException:
            session.rollback()
            raise
        else:
            self._health(True)
        finally:
            session.close()

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        migrate(self.url, self.engine)

    def describe(self) -> str:
        """A short, password-free description of the URL for the status bar."""
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine with SQLite set to WAL, foreign keys on and a busy timeout."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


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
    finally:
        if own_engine:
            # Closing the last connection checkpoints SQLite's WAL into the main file, so a
            # copy of the file (the tests' template) holds the schema.
            engine.dispose()
