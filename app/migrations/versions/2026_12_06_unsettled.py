"""The cashier's list at group scale, and a test drive outliving its lead.

- `work_orders.settled_at` (added in place): when the work order's bill was settled, a copy
  of `settlements.settled_at` kept by `app.services.cashier.complete` and filled here for
  the bills settled before. Two partial indexes read the cashier's list in order: a store's
  work orders ready for pick-up or delivered and not settled (`ix_work_orders_unsettled`),
  and its settled ones by when (`ix_work_orders_settled`). Their predicates use only
  `IS NULL` and text equality, which are leakproof, so under row-level security a store
  role's query still meets them (a non-leakproof operator would be applied only after the
  policy, and the index not used).

Revision ID: 0014_unsettled
Revises: 0013_bounded
Create Date: 2026-12-06 01:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_unsettled"
down_revision: str | None = "0013_bounded"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: As in the model (`app.models.work_order`); written out, as a migration is frozen.
_UNSETTLED = sa.text("settled_at IS NULL AND status IN ('ready_for_pickup', 'delivered')")
_SETTLED = sa.text("settled_at IS NOT NULL")
#: (name, columns, predicate)
INDEXES = (("ix_work_orders_unsettled", ["store_id", "opened_at", "id"], _UNSETTLED),
           ("ix_work_orders_settled", ["store_id", "settled_at", "id"], _SETTLED))


def upgrade() -> None:
    """The settled time in place, filled from the settled bills; the two indexes."""
    postgres = op.get_bind().dialect.name == "postgresql"
    op.add_column("work_orders", sa.Column("settled_at", sa.DateTime(timezone=True),
                                           nullable=True))
    if postgres:     # a bulk fill: no board notification per row (0010_live)
        op.execute("SET LOCAL dealerdesk.quiet = 'on'")
    op.execute("UPDATE work_orders SET settled_at = (SELECT s.settled_at FROM settlements s "
               "WHERE s.work_order_id = work_orders.id) "
               "WHERE id IN (SELECT work_order_id FROM settlements WHERE status = 'settled')")
    if postgres:
        op.execute("SET LOCAL dealerdesk.quiet = 'off'")
    for name, columns, where in INDEXES:
        op.create_index(name, "work_orders", columns, postgresql_where=where,
                        sqlite_where=where)
    if postgres:     # the new column's figures, or the planner guesses few unsettled rows
        op.execute("ANALYZE work_orders")


def downgrade() -> None:
    """Drop the indexes and the column (in place: other tables cascade from work orders)."""
    for name, _columns, _where in INDEXES:
        op.drop_index(name, table_name="work_orders")
    op.execute("ALTER TABLE work_orders DROP COLUMN settled_at")
