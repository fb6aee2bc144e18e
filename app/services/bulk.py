"""Bulk writes for the nightly jobs: 10⁵ rows in a few round trips, without SQLAlchemy's
per-row work.

PostgreSQL: the rows are COPYed into a temporary table, then one set-based statement
writes them (INSERT … SELECT … ON CONFLICT DO NOTHING, or UPDATE … FROM). SQLite: the
DB-API's executemany, the values converted by each column type's own bind processor.
Both run inside the caller's session and transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import count

from sqlalchemy import Table
from sqlalchemy.orm import Session

_names = count(1)


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, object]], *,
                skip_conflicts_on: Sequence[str] = ()) -> None:
    """Insert `rows` (dicts with the same keys) into `table`; with `skip_conflicts_on`, a
    row clashing with a stored one on that unique key is left out."""
    if not rows:
        return
    columns = list(rows[0])
    conflict = (f" ON CONFLICT ({', '.join(skip_conflicts_on)}) DO NOTHING"
                if skip_conflicts_on else "")
    names = ", ".join(columns)
    if _is_postgresql(session):
        with _staged(session, table, columns, rows) as staged, _raw(session) as cursor:
            cursor.execute(
                f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {staged}{conflict}")
        return
    marks = ", ".join("?" for _ in columns)
    session.connection().exec_driver_sql(
        f"INSERT INTO {table.name} ({names}) VALUES ({marks}){conflict}",
        _tuples(session, table, columns, rows))


def update_rows(session: Session, table: Table, key: str, rows: Sequence[Mapping[str, object]],
                *, bump: str | None = None) -> None:
    """Set the other columns of `rows` on the stored row with the same `key`; `bump`
    names a version column to add one to."""
    if not rows:
        return
    columns = list(rows[0])
    values = [c for c in columns if c != key]
    extra = f", {bump} = {table.name}.{bump} + 1" if bump else ""
    if _is_postgresql(session):
        with _staged(session, table, columns, rows) as staged, _raw(session) as cursor:
            sets = ", ".join(f"{c} = {staged}.{c}" for c in values)
            cursor.execute(f"UPDATE {table.name} SET {sets}{extra} FROM {staged} "
                           f"WHERE {table.name}.{key} = {staged}.{key}")
        return
    sets = ", ".join(f"{c} = ?" for c in values)
    ordered = [*values, key]
    session.connection().exec_driver_sql(
        f"UPDATE {table.name} SET {sets}{extra} WHERE {key} = ?",
        _tuples(session, table, ordered, rows))


def _is_postgresql(session: Session) -> bool:
    return session.connection().dialect.name == "postgresql"


def _raw(session: Session):
    """The psycopg cursor of the session's own connection (same transaction)."""
    return session.connection().connection.driver_connection.cursor()


def _tuples(session: Session, table: Table, columns: Sequence[str],
            rows: Sequence[Mapping[str, object]]) -> list[tuple]:
    """The rows as tuples in `columns` order, each value converted by its column type's
    bind processor (column by column: one `map` per column, not a call per value)."""
    dialect = session.connection().dialect
    values = []
    for name in columns:
        column = [row[name] for row in rows]
        processor = table.c[name].type.bind_processor(dialect)
        values.append(list(map(processor, column)) if processor else column)
    return list(zip(*values, strict=True))


class _staged:  # noqa: N801 - used as a with-statement
    """A temporary table holding `rows` (COPY), dropped on leaving."""

    def __init__(self, session: Session, table: Table, columns: Sequence[str],
                 rows: Sequence[Mapping[str, object]]) -> None:
        self.session, self.table, self.columns, self.rows = session, table, columns, rows
        self.name = f"staged_{table.name}_{next(_names)}"

    def __enter__(self) -> str:
        names = ", ".join(self.columns)
        with _raw(self.session) as cursor:
            cursor.execute(f"CREATE TEMPORARY TABLE {self.name} AS "
                           f"SELECT {names} FROM {self.table.name} WITH NO DATA")
            with cursor.copy(f"COPY {self.name} ({names}) FROM STDIN") as copy:
                for row in self.rows:
                    copy.write_row([row[c] for c in self.columns])
        return self.name

    def __exit__(self, *exc) -> None:
        with _raw(self.session) as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.name}")
