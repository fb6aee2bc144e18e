"""A group customer at a second store: find them by plate and mobile together.

A store's desk cannot see the customers only another store serves (row-level security),
so a car of theirs is an unknown plate at its gate, and registering its visitor would meet
the plate already taken in the group. When the person at the desk gives the mobile of the
plate's owner, the visit is tied to that one group customer and the store is linked to them
(`app.services.reception.register_visitor`).

PostgreSQL: `dealerdesk_group_plate_owner(plate, mobile)` returns the customer and vehicle
ids of the active vehicle carrying exactly `plate` whose owner's mobile is exactly `mobile`,
and nothing otherwise: no pattern, no name, no store. It runs as the tables' owner (a store
role could not see the row), with a fixed search_path, and only the desks' roles may call it.
SQLite has no row-level security: the service asks with a plain query.

Revision ID: 0014_groupcar
Revises: 0013_bounded
Create Date: 2026-12-06 01:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014_groupcar"
down_revision: str | None = "0013_bounded"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "dealerdesk_group_plate_owner(varchar, varchar)"

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION dealerdesk_group_plate_owner(plate_in varchar, mobile_in varchar)
RETURNS TABLE (customer_id integer, vehicle_id integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT c.id, v.id
    FROM vehicles v JOIN customers c ON c.id = v.owner_id
    WHERE v.plate = plate_in AND v.active AND c.mobile = mobile_in
    LIMIT 1
$$;
REVOKE ALL ON FUNCTION {function} FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {function} TO dealerdesk_store, dealerdesk_group;
"""


def upgrade() -> None:
    """On PostgreSQL, the narrow lookup function (SQLite needs none)."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
        op.execute(POSTGRES_FUNCTION.format(schema=schema, function=FUNCTION))


def downgrade() -> None:
    """Drop the function."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}")
