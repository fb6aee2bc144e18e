"""The customer's voice: satisfaction surveys, and complaints with SLA steps.

Existing complaints keep their rows: each gains its store (from its customer's vehicle
work orders when known, else none), a round that started when it was received, and a
"resolved" one becomes "closed" with its solution time taken from when it was resolved.

Revision ID: 0004_voice
Revises: 0003
Create Date: 2026-12-02 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_voice"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, length: int, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def upgrade() -> None:
    """Create surveys, survey_answers, complaint_steps; evolve complaints."""
    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=True),
        sa.Column("source_key", sa.String(length=30), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=True),
        sa.Column("occasion", _enum("occasion", 10, "delivery", "service"), nullable=False),
        sa.Column("template_version", sa.SmallInteger(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("work_order_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("event_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", _enum("surveystatus", 10, "due", "answered", "declined"),
                  nullable=False),
        sa.Column("channel", _enum("surveychannel", 10, "phone", "paper"), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"],
                                name=op.f("fk_surveys_store_id_stores"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_surveys_customer_id_customers"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"],
                                name=op.f("fk_surveys_vehicle_id_vehicles"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["work_order_id"], ["work_orders.id"],
                                name=op.f("fk_surveys_work_order_id_work_orders"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_surveys_staff_id_staff"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["answered_by_id"], ["staff.id"],
                                name=op.f("fk_surveys_answered_by_id_staff"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
        sa.UniqueConstraint("number", name=op.f("uq_surveys_number")),
        sa.UniqueConstraint("source_key", name=op.f("uq_surveys_source_key")),
    )
    op.create_index(op.f("ix_surveys_customer_id"), "surveys", ["customer_id"], unique=False)
    op.create_index("ix_surveys_status_due_at", "surveys", ["status", "due_at"], unique=False)
    op.create_index("ix_surveys_store_id_answered_at", "surveys", ["store_id", "answered_at"],
                    unique=False)
    op.create_index("ix_surveys_answered_at", "surveys", ["answered_at"], unique=False)
    op.create_table(
        "survey_answers",
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=20), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("scale_low", sa.SmallInteger(), nullable=False),
        sa.Column("scale_high", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(["survey_id"], ["surveys.id"],
                                name=op.f("fk_survey_answers_survey_id_surveys"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("survey_id", "question", name=op.f("pk_survey_answers")),
    )
    with op.batch_alter_table("complaints") as batch:
        batch.add_column(sa.Column("store_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("work_order_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("quote_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("survey_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("channel", _enum("complaintchannel", 10, "phone", "store",
                                                    "survey", "web"),
                                   nullable=False, server_default="phone"))
        batch.add_column(sa.Column("category", _enum("complaintcategory", 12, "attitude",
                                                     "quality", "waiting", "price", "parts",
                                                     "sales"),
                                   nullable=False, server_default="attitude"))
        batch.add_column(sa.Column("round_started_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("contacted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("proposed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("first_contacted_at", sa.DateTime(timezone=True),
                                   nullable=True))
        batch.add_column(sa.Column("first_proposed_at", sa.DateTime(timezone=True),
                                   nullable=True))
        batch.add_column(sa.Column("escalation_level", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("reopen_count", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("version_id", sa.Integer(), nullable=False,
                                   server_default="1"))
        batch.alter_column("resolved_at", new_column_name="closed_at")
        batch.alter_column("status", existing_type=sa.String(length=10),
                           type_=_enum("complaintstatus", 10, "open", "contacted", "proposed",
                                       "accepted", "closed"),
                           existing_nullable=False)
    complaints = sa.table(
        "complaints", sa.column("status", sa.String), sa.column("created_at", sa.DateTime),
        sa.column("round_started_at", sa.DateTime), sa.column("closed_at", sa.DateTime),
        sa.column("proposed_at", sa.DateTime), sa.column("first_proposed_at", sa.DateTime),
        sa.column("store_id", sa.Integer), sa.column("owner_id", sa.Integer))
    op.execute(complaints.update().values(round_started_at=complaints.c.created_at))
    op.execute(complaints.update().where(complaints.c.status == "resolved").values(
        status="closed", proposed_at=complaints.c.closed_at,
        first_proposed_at=complaints.c.closed_at))
    staff = sa.table("staff", sa.column("id", sa.Integer), sa.column("store_id", sa.Integer))
    op.execute(complaints.update().values(store_id=sa.select(staff.c.store_id).where(
        staff.c.id == complaints.c.owner_id).scalar_subquery()))
    with op.batch_alter_table("complaints") as batch:
        batch.alter_column("round_started_at", existing_type=sa.DateTime(timezone=True),
                           nullable=False)
        batch.alter_column("channel", server_default=None, existing_type=sa.String(10))
        batch.alter_column("category", server_default=None, existing_type=sa.String(12))
        batch.alter_column("escalation_level", server_default=None, existing_type=sa.Integer())
        batch.alter_column("reopen_count", server_default=None, existing_type=sa.Integer())
        batch.alter_column("version_id", server_default=None, existing_type=sa.Integer())
        batch.create_foreign_key(op.f("fk_complaints_store_id_stores"), "stores", ["store_id"],
                                 ["id"], ondelete="SET NULL")
        batch.create_foreign_key(op.f("fk_complaints_work_order_id_work_orders"), "work_orders",
                                 ["work_order_id"], ["id"], ondelete="SET NULL")
        batch.create_foreign_key(op.f("fk_complaints_quote_id_quotes"), "quotes", ["quote_id"],
                                 ["id"], ondelete="SET NULL")
        batch.create_foreign_key(op.f("fk_complaints_survey_id_surveys"), "surveys",
                                 ["survey_id"], ["id"], ondelete="SET NULL")
        batch.create_index("ix_complaints_status", ["status"], unique=False)
        batch.create_index("ix_complaints_store_id_created_at", ["store_id", "created_at"],
                           unique=False)
    op.create_table(
        "complaint_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("step", _enum("complaintstep", 10, "received", "contacted", "escalated",
                                "proposed", "accepted", "closed", "reopened"), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"],
                                name=op.f("fk_complaint_steps_complaint_id_complaints"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["by_id"], ["staff.id"],
                                name=op.f("fk_complaint_steps_by_id_staff"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_steps")),
    )
    op.create_index(op.f("ix_complaint_steps_complaint_id"), "complaint_steps",
                    ["complaint_id"], unique=False)
    steps = sa.table("complaint_steps", sa.column("complaint_id", sa.Integer),
                     sa.column("step", sa.String), sa.column("at", sa.DateTime),
                     sa.column("by_id", sa.Integer), sa.column("note", sa.Text))
    full = sa.table("complaints", sa.column("id", sa.Integer), sa.column("created_at", sa.DateTime),
                    sa.column("closed_at", sa.DateTime))
    op.execute(steps.insert().from_select(
        ["complaint_id", "step", "at", "by_id", "note"],
        sa.select(full.c.id, sa.literal("received"), full.c.created_at, sa.null(),
                  sa.literal(""))))
    op.execute(steps.insert().from_select(
        ["complaint_id", "step", "at", "by_id", "note"],
        sa.select(full.c.id, sa.literal("closed"), full.c.closed_at, sa.null(), sa.literal(""))
        .where(full.c.closed_at.is_not(None))))


def downgrade() -> None:
    """Back to the demo-only complaints table (open / resolved)."""
    op.drop_index(op.f("ix_complaint_steps_complaint_id"), table_name="complaint_steps")
    op.drop_table("complaint_steps")
    complaints = sa.table("complaints", sa.column("status", sa.String))
    op.execute(complaints.update().where(complaints.c.status == "closed")
               .values(status="resolved"))
    op.execute(complaints.update().where(complaints.c.status != "resolved")
               .values(status="open"))
    with op.batch_alter_table("complaints") as batch:
        batch.drop_index("ix_complaints_store_id_created_at")
        batch.drop_index("ix_complaints_status")
        batch.drop_constraint(op.f("fk_complaints_survey_id_surveys"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_complaints_quote_id_quotes"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_complaints_work_order_id_work_orders"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_complaints_store_id_stores"), type_="foreignkey")
        for column in ("version_id", "reopen_count", "escalated_at", "escalation_level",
                       "first_proposed_at", "first_contacted_at", "accepted_at", "proposed_at",
                       "contacted_at", "round_started_at", "category", "channel", "survey_id",
                       "quote_id", "work_order_id", "store_id"):
            batch.drop_column(column)
        batch.alter_column("closed_at", new_column_name="resolved_at")
        batch.alter_column("status", existing_type=sa.String(length=10),
                           type_=_enum("complaintstatus", 10, "open", "resolved"),
                           existing_nullable=False)
    op.drop_table("survey_answers")
    op.drop_index("ix_surveys_answered_at", table_name="surveys")
    op.drop_index("ix_surveys_store_id_answered_at", table_name="surveys")
    op.drop_index("ix_surveys_status_due_at", table_name="surveys")
    op.drop_index(op.f("ix_surveys_customer_id"), table_name="surveys")
    op.drop_table("surveys")
