"""Customers: owners and prospects, with consents, tier and assigned staff."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, ForeignKey, Index, String, Text, func, literal_column, or_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, str_enum, utcnow
from app.models.part import trigram_index

if TYPE_CHECKING:
    from app.models.vehicle import Vehicle


class CustomerKind(StrEnum):
    """A prospect (潜客) has not bought from the store; a customer has."""

    PROSPECT = "prospect"
    CUSTOMER = "customer"


class CustomerTier(StrEnum):
    """The level a store shows for a customer's RFM value."""

    GOLD = "gold"
    SILVER = "silver"
    BRONZE = "bronze"
    STANDARD = "standard"


class CustomerSource(StrEnum):
    """How the customer first came to the store."""

    WALK_IN = "walk_in"
    GATE = "gate"
    PHONE = "phone"
    ONLINE = "online"
    REFERRAL = "referral"
    EVENT = "event"
    OTHER = "other"


class Customer(Base):
    """A person the store knows: name, how to address them, contact and consents."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    #: Pinyin initials of the name (张伟 → "zw") for quick search at the desk.
    name_initials: Mapped[str] = mapped_column(String(20), index=True, default="")
    salutation: Mapped[str] = mapped_column(String(8), default="")
    mobile: Mapped[str | None] = mapped_column(String(20), index=True)
    #: The last four digits of the mobile, which customers most often give.
    mobile_tail: Mapped[str | None] = mapped_column(String(4), index=True)
    birthday: Mapped[date | None]
    #: The customer keeps their birthday by the lunar calendar (农历生日).
    birthday_lunar: Mapped[bool] = mapped_column(default=False)
    kind: Mapped[CustomerKind] = mapped_column(
        str_enum(CustomerKind, 16), default=CustomerKind.CUSTOMER
    )
    source: Mapped[CustomerSource] = mapped_column(
        str_enum(CustomerSource, 16), default=CustomerSource.WALK_IN
    )
    consent_contact: Mapped[bool] = mapped_column(default=False)
    consent_contact_at: Mapped[date | None]
    consent_plate_recognition: Mapped[bool] = mapped_column(default=False)
    consent_plate_recognition_at: Mapped[date | None]
    #: When each consent was last withdrawn (None while given or never given).
    consent_contact_withdrawn_at: Mapped[date | None]
    consent_plate_recognition_withdrawn_at: Mapped[date | None]
    tier: Mapped[CustomerTier] = mapped_column(
        str_enum(CustomerTier, 16), default=CustomerTier.STANDARD
    )
    consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    advisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    #: The customer who referred this one (转介绍人), when the source is a referral.
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The store that registered the customer (it serves them; `CustomerStore` lists all).
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    vehicles: Mapped[list[Vehicle]] = relationship(
        back_populates="owner", lazy="raise", order_by="Vehicle.id"
    )

    #: Search by a part of the name or the initials reads an index, not a million rows.
    __table_args__ = (trigram_index("customers", "name"),
                      trigram_index("customers", "name_initials"))
    __mapper_args__ = {"version_id_col": version_id}


def record_incomplete() -> ColumnElement[bool]:
    """A customer's record lacks a field of `app.domain.kpi.COMPLETE_RECORD` (the negation of
    `app.domain.kpi.is_complete`, in SQL; never NULL, since `name` is NOT NULL). Its
    constants are inline so that a query with this condition matches the partial index."""
    zero = literal_column("0")
    return or_(func.length(func.trim(Customer.name)) == zero, Customer.mobile.is_(None),
               func.length(func.trim(Customer.mobile)) == zero, Customer.birthday.is_(None))


#: The incomplete records: data completeness looks a store's customers up in this index
#: alone (index-only), not in the group's million records.
Index("ix_customers_incomplete", Customer.id, postgresql_where=record_incomplete(),
      sqlite_where=record_incomplete())
#: The group's view of the customers page before anything is typed: the customers changed
#: last, read newest first rather than sorting the million records (a store's view reads
#: its links, `CustomerStore.updated_at`; `app.services.customers.recent_customers`).
Index("ix_customers_updated_at_id", Customer.updated_at, Customer.id)


class CustomerStore(Base):
    """A store of the group that serves a customer: one customer record for the group,
    linked to each store that registered, greeted, booked, quoted or opened a work order
    for them (`app.stores_link` writes it)."""

    __tablename__ = "customer_stores"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    store_id: Mapped[int] = mapped_column(
        ForeignKey("stores.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The customer's name and initials, copied by the database (migration 0012_search's
    #: triggers) when the link is written and whenever the customer's change: a store's
    #: search walks its own links in name order, never the group's customers.
    name: Mapped[str] = mapped_column(String(50), default="")
    name_initials: Mapped[str] = mapped_column(String(20), default="")
    #: The customer's `updated_at`, copied the same way (migration 0014_unsettled): a
    #: store's recent customers are its links changed last.
    updated_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_customer_stores_store_id_customer_id", "store_id", "customer_id"),
                      Index("ix_customer_stores_store_id_updated_at", "store_id", "updated_at",
                            "customer_id"),
                      Index("ix_customer_stores_store_id_name", "store_id", "name",
                            "customer_id"),
                      Index("ix_customer_stores_store_id_name_initials", "store_id",
                            "name_initials", "customer_id"))
