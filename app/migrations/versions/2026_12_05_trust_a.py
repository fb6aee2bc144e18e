"""Sign-in accounts on the staff, the desk and customer of each audit row, and an audit log
the application cannot change.

`staff` gains the sign-in name, argon2 hashes of the password and PIN, the failed sign-ins in
a row and the lock. `audit_log` gains `desk` and `customer_id` (indexed, for the audit page).
On PostgreSQL a trigger raises on UPDATE or DELETE of `audit_log`: it holds whichever role
the desk connects as, the table's owner included.

Revision ID: 0007_trust_a
Revises: 0007_care
Create Date: 2026-12-05 15:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_trust_a"
down_revision: str | None = "0007_care"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = """
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
"""


def upgrade() -> None:
    """Add the account columns, the audit columns and, on PostgreSQL, the trigger."""
    op.add_column("staff", sa.Column("login", sa.String(50), nullable=True))
    op.add_column("staff", sa.Column("password_hash", sa.String(200), nullable=True))
    op.add_column("staff", sa.Column("pin_hash", sa.String(200), nullable=True))
    op.add_column("staff", sa.Column("failed_sign_ins", sa.Integer(), nullable=False,
                                     server_default="0"))
    op.add_column("staff", sa.Column("locked", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.create_index("uq_staff_login", "staff", ["login"], unique=True)
    op.add_column("audit_log", sa.Column("desk", sa.String(50), nullable=False,
                                         server_default=""))
    op.add_column("audit_log", sa.Column("customer_id", sa.Integer(), nullable=True))
    op.create_index("ix_audit_log_customer_id", "audit_log", ["customer_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPEND_ONLY)


def downgrade() -> None:
    """Drop the trigger and the added columns."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    op.drop_index("ix_audit_log_customer_id", table_name="audit_log")
    op.drop_column("audit_log", "customer_id")
    op.drop_column("audit_log", "desk")
    op.drop_index("uq_staff_login", table_name="staff")
    for column in ("locked", "failed_sign_ins", "pin_hash", "password_hash", "login"):
        op.drop_column("staff", column)
