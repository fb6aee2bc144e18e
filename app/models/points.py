"""The loyalty points ledger (积分流水): one row per change, never changed or deleted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.points import PointsKind, PointsSource
from app.models.base import Base, Money, str_enum, utcnow


class PointsEntry(Base):
    """One change of a customer's points: signed `points` (earned positive, redeemed
    negative), why (`kind`, `source`, what it was against), the store where it happened,
    who and when. The balance is the sum of a customer's rows.

    `dedupe_key` makes an award happen once ("survey:12", "referral:34", "settlement:56");
    `reverses_id` names the row a reversal undoes (once: unique).
    """

    __tablename__ = "points_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"),
                                          index=True)
    kind: Mapped[PointsKind] = mapped_column(str_enum(PointsKind, 10))
    source: Mapped[PointsSource] = mapped_column(str_enum(PointsSource, 12))
    points: Mapped[int]
    #: What redeemed points paid, in yuan (signed like `points`; 0 for other rows).
    value: Mapped[Money]
    against_kind: Mapped[str] = mapped_column(String(16), default="")
    against_id: Mapped[int | None]
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("points_entries.id", ondelete="RESTRICT"), unique=True)
    dedupe_key: Mapped[str | None] = mapped_column(String(40), unique=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    who: Mapped[str] = mapped_column(String(50), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        # The balance (SUM of points) read from the index alone; the ledger paged newest first.
        Index("ix_points_entries_customer", "customer_id", "id", "points"),
        Index("ix_points_entries_against", "against_kind", "against_id"),
    )
