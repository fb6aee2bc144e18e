"""Work orders (工单): lines, status history and the inspection checklist."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.workflow import SETTLEABLE, InspectionResult, WorkOrderStatus
from app.models.base import Base, Money, str_enum, utcnow

#: A work order the cashier still has to settle (the predicate of its partial index).
_UNSETTLED = text("settled_at IS NULL AND status IN ("
                  + ", ".join(f"'{s.value}'" for s in SETTLEABLE) + ")")
#: A work order whose bill is settled.
_SETTLED = text("settled_at IS NOT NULL")

#: Statuses of a work order the store still has to act on.
OPEN_WORK_ORDER_STATUSES = frozenset(WorkOrderStatus) - {
    WorkOrderStatus.DELIVERED,
    WorkOrderStatus.CANCELLED,
}


class LineKind(StrEnum):
    """Labour (工时) or a part (配件)."""

    LABOUR = "labour"
    PART = "part"


class Approval(StrEnum):
    """The customer's answer to an estimated line."""

    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"


class WorkOrder(Base):
    """A vehicle in the workshop: what the customer asked, what is done, where it stands."""

    __tablename__ = "work_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id", ondelete="SET NULL"))
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicles.id", ondelete="RESTRICT"), index=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id", ondelete="SET NULL"))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    technician_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    bay_id: Mapped[int | None] = mapped_column(ForeignKey("bays.id", ondelete="SET NULL"))
    status: Mapped[WorkOrderStatus] = mapped_column(
        str_enum(WorkOrderStatus, 20), default=WorkOrderStatus.WAITING_CHECK_IN, index=True
    )
    mileage_km: Mapped[int | None]
    #: Fuel or charge level in percent.
    fuel_level: Mapped[int | None]
    concerns: Mapped[str] = mapped_column(Text, default="")
    valuables: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    promised_at: Mapped[datetime | None]
    last_progress_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    #: When its bill was settled (`app.services.cashier.complete`; a copy of the
    #: settlement's, so the cashier's list of the unsettled ones reads one partial index).
    settled_at: Mapped[datetime | None]
    version_id: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[WorkOrderLine]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="WorkOrderLine.id"
    )
    status_changes: Mapped[list[WorkOrderStatusChange]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="WorkOrderStatusChange.id"
    )
    inspection_items: Mapped[list[InspectionItem]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="InspectionItem.id"
    )

    __table_args__ = (
        Index("ix_work_orders_store_id_status_opened_at", "store_id", "status", "opened_at",
              postgresql_include=["last_progress_at"]),      # the cars overdue an update
        Index("ix_work_orders_store_id_closed_at", "store_id", "closed_at"),
        #: The KPIs count a store's work orders opened in a week or month (index-only)
        Index("ix_work_orders_store_id_opened_at", "store_id", "opened_at",
              postgresql_include=["id", "customer_id", "booking_id"]),
        # and those delivered in a week or month
        Index("ix_work_orders_status_closed_at", "status", "closed_at"),
        # The cashier's list: a store's unsettled work orders newest first, then the
        # ones settled last, each read in order from its own partial index.
        Index("ix_work_orders_unsettled", "store_id", "opened_at", "id",
              postgresql_where=_UNSETTLED, sqlite_where=_UNSETTLED),
        Index("ix_work_orders_settled", "store_id", "settled_at", "id",
              postgresql_where=_SETTLED, sqlite_where=_SETTLED),
    )
    __mapper_args__ = {"version_id_col": version_id}


class WorkOrderLine(Base):
    """A labour or part line with its estimate and the customer's approval."""

    __tablename__ = "work_order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    kind: Mapped[LineKind] = mapped_column(str_enum(LineKind, 8))
    description: Mapped[str] = mapped_column(String(120))
    service_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_items.id", ondelete="SET NULL")
    )
    part_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id", ondelete="RESTRICT"))
    hours: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    rate: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    qty: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("1"))
    unit_price: Mapped[Money]
    approval: Mapped[Approval] = mapped_column(str_enum(Approval, 10), default=Approval.PENDING)
    approved_by: Mapped[str] = mapped_column(String(50), default="")
    approved_at: Mapped[datetime | None]
    #: When the part left the stock (None while only reserved, or for labour).
    stock_taken_at: Mapped[datetime | None]

    #: A work order's lines; kind and part covered for the parts fill rate (index-only).
    __table_args__ = (Index("ix_work_order_lines_work_order_id", "work_order_id",
                            postgresql_include=["kind", "part_id"]),)


class WorkOrderStatusChange(Base):
    """One move on the work-order board: from, to, by whom, when."""

    __tablename__ = "work_order_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[WorkOrderStatus | None] = mapped_column(str_enum(WorkOrderStatus, 20))
    to_status: Mapped[WorkOrderStatus] = mapped_column(str_enum(WorkOrderStatus, 20))
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    #: The approval turnaround finds the estimates sent (into awaiting approval) in a period,
    #: with their work orders (index-only).
    __table_args__ = (Index("ix_work_order_status_changes_to_status_at", "to_status", "at",
                            postgresql_include=["work_order_id"]),)


class InspectionItem(Base):
    """One item of the digital inspection checklist (oil, tyres, brakes…)."""

    __tablename__ = "inspection_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    item: Mapped[str] = mapped_column(String(40))
    result: Mapped[InspectionResult] = mapped_column(
        str_enum(InspectionResult, 10), default=InspectionResult.UNCHECKED
    )
    note: Mapped[str] = mapped_column(Text, default="")
