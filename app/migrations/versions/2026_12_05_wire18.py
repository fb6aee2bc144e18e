"""The showroom and the lounge joined: a test drive names its lead, and on PostgreSQL the
bar's queue, the lounge screen and the showroom board hear of refreshment orders and leads.

`test_drives.opportunity_id` is added in place (rows of other tables may come to refer to
drives; a table copy on SQLite would cascade-delete them), with an inline reference on
SQLite and no ON DELETE rule, which SQLite would not report back. The row triggers call
`dealerdesk_desk_event` (migration 0010_live) with the kinds "refreshment" and "lead".

Revision ID: 0011_wire18
Revises: 0011_kpi2
Create Date: 2026-12-05 19:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_wire18"
down_revision: str | None = "0011_kpi2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FK = "fk_test_drives_opportunity_id_opportunities"
_INDEX = "ix_test_drives_opportunity_id"
#: As in 0010_live: a bulk load sets dealerdesk.quiet and no notification is sent per row.
QUIET = "current_setting('dealerdesk.quiet', true) IS DISTINCT FROM 'on'"
#: (trigger name, table, events, kind)
TRIGGERS = (
    ("refreshment_orders_event", "refreshment_orders", "INSERT OR UPDATE OR DELETE",
     "refreshment"),
    ("opportunities_event", "opportunities", "INSERT OR UPDATE OR DELETE", "lead"),
)


def upgrade() -> None:
    """The drive's lead in place; the triggers on PostgreSQL."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE test_drives ADD COLUMN opportunity_id INTEGER "
                   f"CONSTRAINT {_FK} REFERENCES opportunities (id)")
    else:
        op.add_column("test_drives", sa.Column("opportunity_id", sa.Integer(), nullable=True))
        op.create_foreign_key(_FK, "test_drives", "opportunities", ["opportunity_id"], ["id"])
    op.create_index(_INDEX, "test_drives", ["opportunity_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for name, table, events, kind in TRIGGERS:
            op.execute(f"CREATE TRIGGER {name} AFTER {events} ON {table} FOR EACH ROW "
                       f"WHEN ({QUIET}) EXECUTE FUNCTION dealerdesk_desk_event('{kind}')")


def downgrade() -> None:
    """Drop the triggers and the column (in place)."""
    if op.get_bind().dialect.name == "postgresql":
        for name, table, *_rest in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.drop_index(_INDEX, table_name="test_drives")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(_FK, "test_drives", type_="foreignkey")
    op.execute("ALTER TABLE test_drives DROP COLUMN opportunity_id")
