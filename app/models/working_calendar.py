"""The store's own calendar: its closing (or opening) days, and each bay's hours per weekday."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, ForeignKey, Index, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class StoreDay(Base):
    """A day the store decided on: closed (its own holiday) or open (on a public holiday)."""

    __tablename__ = "store_days"
    __table_args__ = (UniqueConstraint("store_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"),
                                          index=True)
    day: Mapped[date] = mapped_column(Date)
    is_open: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BayHours(Base):
    """A bay's hours on one weekday (Monday 0); no times means the bay is closed that day.
    A bay without any row keeps the workshop's usual day."""

    __tablename__ = "bay_hours"
    __table_args__ = (UniqueConstraint("bay_id", "weekday"),
                      Index("ix_bay_hours_store_id_bay_id", "store_id", "bay_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"))
    bay_id: Mapped[int] = mapped_column(ForeignKey("bays.id", ondelete="CASCADE"))
    weekday: Mapped[int]
    opens: Mapped[time | None] = mapped_column(Time)
    closes: Mapped[time | None] = mapped_column(Time)
