"""`local_day(column)`: the store-local calendar day of a UTC timestamp, computed by the
database (SQLite or PostgreSQL), so a bulk read gets days without converting every
timestamp in Python. The store keeps one fixed offset (`STORE_TZ`, no daylight saving)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.domain.store_time import STORE_TZ

_HOURS = int(STORE_TZ.utcoffset(None).total_seconds() // 3600)


class local_day(FunctionElement):  # noqa: N801 - reads as a SQL function
    """The store-local day of a timestamp: 'YYYY-MM-DD' text on SQLite, a date on
    PostgreSQL (`as_date` turns either into a `date`)."""

    type = String()
    inherit_cache = True
    name = "local_day"


@compiles(local_day, "sqlite")
def _sqlite(element, compiler, **kw) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, '{_HOURS:+d} hours')"


@compiles(local_day, "postgresql")
def _postgresql(element, compiler, **kw) -> str:
    return (f"CAST(({compiler.process(element.clauses, **kw)} AT TIME ZONE 'UTC') "
            f"+ INTERVAL '{_HOURS} hours' AS DATE)")


def as_date(value: date | str | None) -> date | None:
    """A `local_day` value as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
