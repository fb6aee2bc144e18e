"""Every desk live: on PostgreSQL, triggers NOTIFY the desks of each arrival, board move,
booking and complaint, in the transaction that makes the change.

A row trigger on `visits`, `work_orders`, `bookings` and `complaints` sends
`pg_notify('dealerdesk_events', '{"kind": …, "id": …, "store_id": …}')`. PostgreSQL delivers a
notification only when its transaction commits, so a rolled-back change notifies nobody.
Triggers (not a call in each service) so that every writer is covered: the desks, the headless
gate PC (`main.py gate`), the command line and any service added later. The row's `store_id`
is read from the row as JSON, so a table without the column yet sends null (the desks then
take the event as their own).

A bulk load that wants no notification per row sets `SET LOCAL dealerdesk.quiet = 'on'` in
its transaction (the triggers' WHEN clause skips the call); the desks' safety poll still
sees the rows. SQLite has no triggers here: its desks poll.

Revision ID: 0010_live
Revises: 0009_divisions
Create Date: 2026-12-05 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010_live"
down_revision: str | None = "0009_divisions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The channel `app.desk_events.CHANNEL` listens on (a test checks they agree).
CHANNEL = "dealerdesk_events"

FUNCTION = f"""
CREATE OR REPLACE FUNCTION dealerdesk_desk_event() RETURNS trigger AS $$
DECLARE
    changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'kind', TG_ARGV[0], 'id', (changed ->> 'id')::bigint,
        'store_id', (changed ->> 'store_id')::bigint)::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""

QUIET = "current_setting('dealerdesk.quiet', true) IS DISTINCT FROM 'on'"

#: (trigger name, table, events, kind, extra WHEN condition)
TRIGGERS = (
    ("visits_arrival_event", "visits", "INSERT", "arrival", ""),
    ("visits_change_event", "visits",
     "UPDATE OF purpose, outcome, handled_by_id, customer_id, vehicle_id, match", "visit", ""),
    ("work_orders_board_event", "work_orders", "INSERT OR DELETE", "board", ""),
    ("work_orders_move_event", "work_orders", "UPDATE", "board",
     " AND OLD.* IS DISTINCT FROM NEW.*"),
    ("bookings_event", "bookings", "INSERT OR UPDATE OR DELETE", "booking", ""),
    ("complaints_event", "complaints", "INSERT OR UPDATE", "complaint", ""),
)


def upgrade() -> None:
    """On PostgreSQL: the notifying function and its triggers."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for name, table, events, kind, condition in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} AFTER {events} ON {table} FOR EACH ROW "
                   f"WHEN ({QUIET}{condition}) "
                   f"EXECUTE FUNCTION dealerdesk_desk_event('{kind}')")


def downgrade() -> None:
    """Drop the triggers and their function."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, *_rest in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS dealerdesk_desk_event()")
