"""The parts stock becomes a ledger: catalogue fields, supersessions, stock movements per
store, cycle counts, and the store of a replenishment request.

Existing figures are kept: each part's stock becomes an opening ledger row in the group's
first store, and its reservations become reserved rows tied to the open work orders whose
approved lines hold them (anything left over as one untied row).

Revision ID: 0004_backoffice
Revises: 0004_voice
Create Date: 2026-12-02 17:40:00
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from app.services.customers import name_initials

revision: str = "0004_backoffice"
down_revision: str | None = "0005_care"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KIND = sa.Enum("received", "issued", "returned", "adjusted", "transfer_out", "transfer_in",
                "reserved", "released", name="movementkind", native_enum=False, length=14)
_OPEN = ("waiting_check_in", "diagnosing", "awaiting_approval", "in_repair", "quality_check",
         "ready_for_pickup")


def upgrade() -> None:
    """Create the ledger tables, move the stock figures into them, drop the counters."""
    op.create_table(
        "part_supersessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("old_code", sa.String(length=30), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["part_id"], ["parts.id"], ondelete="CASCADE",
                                name=op.f("fk_part_supersessions_part_id_parts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_part_supersessions")),
        sa.UniqueConstraint("old_code", name=op.f("uq_part_supersessions_old_code")),
    )
    op.create_index(op.f("ix_part_supersessions_part_id"), "part_supersessions", ["part_id"])
    op.create_table(
        "stock_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("kind", _KIND, nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("reserved", sa.Integer(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=True),
        sa.Column("other_store_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("on_hand <> 0 OR reserved <> 0",
                           name=op.f("ck_stock_movements_moves_something")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], ondelete="RESTRICT",
                                name=op.f("fk_stock_movements_store_id_stores")),
        sa.ForeignKeyConstraint(["part_id"], ["parts.id"], ondelete="RESTRICT",
                                name=op.f("fk_stock_movements_part_id_parts")),
        sa.ForeignKeyConstraint(["work_order_id"], ["work_orders.id"], ondelete="SET NULL",
                                name=op.f("fk_stock_movements_work_order_id_work_orders")),
        sa.ForeignKeyConstraint(["other_store_id"], ["stores.id"], ondelete="SET NULL",
                                name=op.f("fk_stock_movements_other_store_id_stores")),
        sa.ForeignKeyConstraint(["by_id"], ["staff.id"], ondelete="SET NULL",
                                name=op.f("fk_stock_movements_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movements")),
    )
    op.create_index("ix_stock_movements_part_id_store_id", "stock_movements",
                    ["part_id", "store_id"])
    op.create_index(op.f("ix_stock_movements_work_order_id"), "stock_movements",
                    ["work_order_id"])
    op.create_table(
        "cycle_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], ondelete="CASCADE",
                                name=op.f("fk_cycle_counts_store_id_stores")),
        sa.ForeignKeyConstraint(["part_id"], ["parts.id"], ondelete="CASCADE",
                                name=op.f("fk_cycle_counts_part_id_parts")),
        sa.ForeignKeyConstraint(["movement_id"], ["stock_movements.id"], ondelete="SET NULL",
                                name=op.f("fk_cycle_counts_movement_id_stock_movements")),
        sa.ForeignKeyConstraint(["by_id"], ["staff.id"], ondelete="SET NULL",
                                name=op.f("fk_cycle_counts_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle_counts")),
    )
    op.create_index(op.f("ix_cycle_counts_part_id"), "cycle_counts", ["part_id"])

    # parts is referenced by rows of other tables: SQLite's batch mode (copy, drop, rename)
    # would trip the foreign keys, so columns are added and dropped in place.
    for column in (sa.Column("name_initials", sa.String(length=20), nullable=False,
                             server_default=""),
                   sa.Column("brand", sa.String(length=40), nullable=False, server_default=""),
                   sa.Column("unit", sa.String(length=10), nullable=False, server_default="个"),
                   sa.Column("bin", sa.String(length=20), nullable=False, server_default=""),
                   sa.Column("cost", sa.Numeric(precision=12, scale=2), nullable=False,
                             server_default="0")):
        op.add_column("parts", column)
    op.create_index(op.f("ix_parts_name_initials"), "parts", ["name_initials"])
    with op.batch_alter_table("replenishment_requests") as batch:
        batch.add_column(sa.Column("store_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_replenishment_requests_store_id_stores"), "stores",
                                 ["store_id"], ["id"], ondelete="CASCADE")

    _move_counters_into_the_ledger(op.get_bind())

    if op.get_bind().dialect.name != "sqlite":     # SQLite cannot drop a default in place
        for column in ("name_initials", "brand", "unit", "bin", "cost"):
            op.alter_column("parts", column, server_default=None)
    _drop_columns("parts", "stock", "reserved")


def _drop_columns(table: str, *columns: str) -> None:
    for column in columns:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _move_counters_into_the_ledger(bind) -> None:
    parts = bind.execute(sa.text("SELECT id, name, stock, reserved FROM parts")).all()
    if not parts:
        return
    store_id = bind.execute(sa.text("SELECT min(id) FROM stores")).scalar()
    if store_id is None and any(p.stock or p.reserved for p in parts):
        bind.execute(sa.text("INSERT INTO stores (code, name, province, city, address, phone, "
                             "created_at) VALUES ('MAIN', '配件库', '粤', '', '', '', :at)"),
                     {"at": datetime.now(UTC)})
        store_id = bind.execute(sa.text("SELECT min(id) FROM stores")).scalar()
    held: dict[int, list[tuple[int, int]]] = defaultdict(list)
    rows = bind.execute(sa.text(
        "SELECT l.part_id, l.work_order_id, sum(l.qty) FROM work_order_lines l "
        "JOIN work_orders w ON w.id = l.work_order_id WHERE l.kind = 'part' "
        "AND l.approval = 'approved' AND l.stock_taken_at IS NULL AND l.part_id IS NOT NULL "
        f"AND w.status IN ({', '.join(repr(s) for s in _OPEN)}) "
        "GROUP BY l.part_id, l.work_order_id ORDER BY l.work_order_id"))
    for part_id, work_order_id, qty in rows:
        held[part_id].append((work_order_id, int(qty)))
    now = datetime.now(UTC)
    insert = sa.text("INSERT INTO stock_movements (store_id, part_id, kind, on_hand, reserved, "
                     "work_order_id, reason, at) VALUES (:store, :part, :kind, :on_hand, "
                     ":reserved, :wo, :reason, :at)")
    for part in parts:
        bind.execute(sa.text("UPDATE parts SET name_initials = :i WHERE id = :id"),
                     {"i": name_initials(part.name), "id": part.id})
        if part.stock:
            bind.execute(insert, {"store": store_id, "part": part.id, "kind": "adjusted",
                                  "on_hand": part.stock, "reserved": 0, "wo": None,
                                  "reason": "期初库存 opening balance (0004)", "at": now})
        left = part.reserved or 0
        for work_order_id, qty in held.get(part.id, ()):
            qty = min(qty, left)
            if qty <= 0:
                break
            bind.execute(insert, {"store": store_id, "part": part.id, "kind": "reserved",
                                  "on_hand": 0, "reserved": qty, "wo": work_order_id,
                                  "reason": "", "at": now})
            left -= qty
        if left > 0:
            bind.execute(insert, {"store": store_id, "part": part.id, "kind": "reserved",
                                  "on_hand": 0, "reserved": left, "wo": None,
                                  "reason": "期初预留 opening reservation (0004)", "at": now})
    if store_id is not None:
        bind.execute(sa.text("UPDATE replenishment_requests SET store_id = :s "
                             "WHERE store_id IS NULL"), {"s": store_id})


def downgrade() -> None:
    """Put the ledger's sums back into the stock and reserved counters; drop the ledger."""
    op.add_column("parts", sa.Column("stock", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("parts", sa.Column("reserved", sa.Integer(), nullable=False,
                                     server_default="0"))
    op.execute("UPDATE parts SET stock = coalesce((SELECT sum(m.on_hand) FROM stock_movements m "
               "WHERE m.part_id = parts.id), 0), reserved = coalesce((SELECT sum(m.reserved) "
               "FROM stock_movements m WHERE m.part_id = parts.id), 0)")
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("parts", "stock", server_default=None)
        op.alter_column("parts", "reserved", server_default=None)
    op.drop_index(op.f("ix_parts_name_initials"), "parts")
    _drop_columns("parts", "name_initials", "brand", "unit", "bin", "cost")
    with op.batch_alter_table("replenishment_requests") as batch:
        batch.drop_constraint(op.f("fk_replenishment_requests_store_id_stores"),
                              type_="foreignkey")
        batch.drop_column("store_id")
    op.drop_table("cycle_counts")
    op.drop_table("stock_movements")
    op.drop_table("part_supersessions")
