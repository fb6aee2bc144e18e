"""The pool's liveness check: a connection the server dropped while it sat idle is replaced
before use; one used a moment ago is trusted (no ping round trip), and if the server
dropped it all the same, that one call fails with the usual message and the next works."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

import app.db
from app.errors import DatabaseUnavailable


def _backend(db) -> int:
    with db.session() as s:
        return s.scalar(text("SELECT pg_backend_pid()"))


def _terminate(database_url: str, pid: int) -> None:
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            assert c.scalar(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    finally:
        admin.dispose()


@pytest.mark.postgres_only
def test_a_connection_dropped_while_idle_is_replaced_before_use(db, database_url, monkeypatch):
    first = _backend(db)
    _terminate(database_url, first)
    monkeypatch.setattr(app.db, "PING_AFTER_IDLE_S", 0.0)   # it has sat idle long enough
    second = _backend(db)
    assert second != first
    assert _backend(db) == second                             # the new one stays pooled


@pytest.mark.postgres_only
def test_a_connection_dropped_just_after_use_fails_once_then_the_pool_recovers(
        db, database_url, monkeypatch):
    first = _backend(db)
    _terminate(database_url, first)
    monkeypatch.setattr(app.db, "PING_AFTER_IDLE_S", 3600.0)  # used a moment ago: trusted
    with pytest.raises(DatabaseUnavailable):
        _backend(db)
    assert _backend(db) != first
