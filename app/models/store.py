"""The store (one 4S dealership of a group) and its staff."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.roles import StaffRole
from app.models.base import Base, str_enum, utcnow

__all__ = ["Division", "Staff", "StaffRole", "Store"]


class Division(Base):
    """A division (大区) of the dealer group: stores grouped for the division's view."""

    __tablename__ = "divisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Store(Base):
    """One dealership; a dealer group shares one database between many stores."""

    __tablename__ = "stores"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    province: Mapped[str] = mapped_column(String(1), default="粤")
    city: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The division (大区) the store belongs to; None for a store outside any division.
    division_id: Mapped[int | None] = mapped_column(
        ForeignKey("divisions.id"), index=True
    )


class Staff(Base):
    """A member of staff who uses a desk or is assigned to customers and work."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int | None] = mapped_column(
        ForeignKey("stores.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole))
    mobile: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    #: The largest store discount (yuan) a sales consultant may give without a manager.
    discount_limit: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The name typed at sign-in; None for staff without an account.
    login: Mapped[str | None] = mapped_column(String(50))
    #: argon2 hashes of the password and of the PIN (a shared reception PC), if set.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    #: Failed sign-ins in a row; the account locks at the configured number.
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("uq_staff_login", "login", unique=True),)
