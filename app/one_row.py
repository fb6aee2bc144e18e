"""One new row written by a single INSERT, under the same rules as a flush.

The arrival's hot path writes one row (its visit) per call; the unit of work's bookkeeping
costs more client time than the statement. `insert_one` checks the row's values against
their columns (`app.validation`), gives it the context's store and links its customer to
that store (`app.stores_link`), as the session's listeners would, then sends one
`INSERT ... RETURNING id`. The row stays outside the session, its id filled in.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Insert, Table, insert, inspect
from sqlalchemy.orm import Session

from app import stores_link
from app.validation import check_row


def insert_one(session: Session, row) -> None:
    """Write the new ORM object `row` in one statement; set its primary key `id`."""
    check_row(row)
    stores_link.fill_row_store(session, row)
    state = inspect(row)
    values = {attr.columns[0].key: state.dict[attr.key] for attr in state.mapper.column_attrs
              if attr.key in state.dict}
    row.id = session.connection().execute(_insert(state.mapper.local_table), values).scalar_one()
    stores_link.link_row_customer(session, row)


@cache
def _insert(table: Table) -> Insert:
    return insert(table).returning(table.c.id)


__all__ = ["insert_one"]
