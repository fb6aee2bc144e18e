"""Spare parts: the catalogue, supersessions, the stock ledger, cycle counts, and the
replenishment requests a low stock raises.

Stock is never a stored figure: what a store has on hand and what is reserved are the sums
of its ledger rows (`StockMovement`), which are only ever added.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Money, str_enum, utcnow


def trigram_index(table: str, column: str) -> Index:
    """A trigram (pg_trgm GIN) index on PostgreSQL, so a substring search (ILIKE '%…%')
    does not scan the catalogue; SQLite, which has no such index, gets a plain one."""
    return Index(f"ix_{table}_{column}_trgm", column, postgresql_using="gin",
                 postgresql_ops={column: "gin_trgm_ops"})


class Part(Base):
    """A spare part of the catalogue: number, name, brand, unit, bin, price and cost."""

    __tablename__ = "parts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    #: Lower-case pinyin initials of the name (机油滤清器 → 'jylqq'), for search.
    name_initials: Mapped[str] = mapped_column(String(20), default="", index=True)
    brand: Mapped[str] = mapped_column(String(40), default="")
    unit: Mapped[str] = mapped_column(String(10), default="个")
    bin: Mapped[str] = mapped_column(String(20), default="")
    price: Mapped[Money]
    cost: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0.00"))
    low_stock_threshold: Mapped[int] = mapped_column(default=0)
    #: Who the part is ordered from (purchase orders are grouped by it).
    supplier_id: Mapped[int | None] = mapped_column(
        ForeignKey("suppliers.id", name="fk_parts_supplier_id_suppliers"))
    version_id: Mapped[int] = mapped_column(default=1)

    __table_args__ = tuple(trigram_index("parts", column)
                           for column in ("code", "name", "name_initials"))
    __mapper_args__ = {"version_id_col": version_id}


class PartSupersession(Base):
    """An old part number replaced by a catalogue part (替换件): searching the old one finds
    the new one."""

    __tablename__ = "part_supersessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    old_code: Mapped[str] = mapped_column(String(30), unique=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (trigram_index("part_supersessions", "old_code"),)


class MovementKind(StrEnum):
    """What a stock ledger row records."""

    RECEIVED = "received"
    ISSUED = "issued"
    RETURNED = "returned"
    ADJUSTED = "adjusted"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    RESERVED = "reserved"
    RELEASED = "released"


class StockMovement(Base):
    """One ledger row: a change of a store's on-hand and reserved count of one part."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="RESTRICT"))
    kind: Mapped[MovementKind] = mapped_column(str_enum(MovementKind, 14))
    #: Signed change of what is on the shelf.
    on_hand: Mapped[int] = mapped_column(default=0)
    #: Signed change of what approved work has reserved.
    reserved: Mapped[int] = mapped_column(default=0)
    work_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_orders.id", ondelete="SET NULL"), index=True)
    #: The other store of a transfer.
    other_store_id: Mapped[int | None] = mapped_column(
        ForeignKey("stores.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(200), default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_stock_movements_part_id_store_id", "part_id", "store_id"),
        CheckConstraint("on_hand <> 0 OR reserved <> 0", name="moves_something"),
    )


class CycleCount(Base):
    """A shelf count (盘点) of one part in one store and the adjustment it posted."""

    __tablename__ = "cycle_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), index=True)
    expected: Mapped[int]
    counted: Mapped[int]
    movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_movements.id", ondelete="SET NULL"))
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ReplenishmentStatus(StrEnum):
    """Where a replenishment request stands."""

    OPEN = "open"
    ORDERED = "ordered"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class ReplenishmentRequest(Base):
    """A request to reorder a part whose stock in a store fell to its threshold."""

    __tablename__ = "replenishment_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), index=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    qty: Mapped[int]
    #: The work order a special order (特订件) is for; None for a low-stock request.
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey(
        "work_orders.id", name="fk_replenishment_requests_work_order_id_work_orders"))
    status: Mapped[ReplenishmentStatus] = mapped_column(
        str_enum(ReplenishmentStatus, 12), default=ReplenishmentStatus.OPEN
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    #: The parts fill rate looks up a work order's special orders.
    __table_args__ = (Index("ix_replenishment_requests_work_order_id", "work_order_id"),)
