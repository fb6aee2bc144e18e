"""The sales pipeline: opportunities (潜客/商机), their follow-up tasks and stage history,
sales orders (订单) and the delivery checklist (交车仪式). Every row belongs to one store."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.leads import DepositOutcome, OrderStatus, Stage
from app.models.base import Base, Money, str_enum, utcnow
from app.models.customer import CustomerSource


def _store() -> Mapped[int]:
    return mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"), index=True)


class Opportunity(Base):
    """One prospect's interest in buying a car, worked by a consultant through the stages."""

    __tablename__ = "opportunities"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = _store()
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    source: Mapped[CustomerSource] = mapped_column(str_enum(CustomerSource, 12))
    catalogue_vehicle_id: Mapped[int | None] = mapped_column(
        ForeignKey("catalogue_vehicles.id", ondelete="SET NULL"))
    #: The model as the prospect named it ("凯美瑞 2.0E"), kept when the catalogue changes.
    interest: Mapped[str] = mapped_column(String(120), default="")
    budget: Mapped[Money | None]
    timing: Mapped[str] = mapped_column(String(20), default="")
    stage: Mapped[Stage] = mapped_column(str_enum(Stage, 12), default=Stage.NEW)
    lost_reason: Mapped[str | None] = mapped_column(String(20))
    lost_note: Mapped[str] = mapped_column(Text, default="")
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))
    #: The customer who referred the prospect (a `referral` lead), for loyalty points.
    referrer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    stage_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    # The board reads the latest moves first, of the store or of one consultant.
    __table_args__ = (
        Index("ix_opportunities_board", "store_id", "stage_changed_at"),
        Index("ix_opportunities_consultant_board", "store_id", "consultant_id",
              "stage_changed_at"),
    )
    __mapper_args__ = {"version_id_col": version_id}


class OpportunityStageChange(Base):
    """One move of an opportunity from a stage to another: who, when."""

    __tablename__ = "opportunity_stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = _store()
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(12))
    to_stage: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class LeadTask(Base):
    """A follow-up (跟进任务) of an opportunity, due at a time; done when `done_at` is set."""

    __tablename__ = "lead_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = _store()
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    due_at: Mapped[datetime]
    done_at: Mapped[datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_lead_tasks_store_open", "store_id", "done_at", "due_at"),)


class SalesOrder(Base):
    """A car ordered (订单): the quoted configuration, the deposit, the expected delivery."""

    __tablename__ = "sales_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = _store()
    number: Mapped[str] = mapped_column(String(20))
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="RESTRICT"), index=True)
    #: Indexed for quote → order conversion (`app.services.kpi_queries.quote_orders`).
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="RESTRICT"),
                                          index=True)
    #: Indexed for test drive → order conversion (`kpi_queries.test_drive_conversion`).
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"),
                                             index=True)
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    brand: Mapped[str] = mapped_column(String(40), default="")
    model: Mapped[str] = mapped_column(String(60), default="")
    trim: Mapped[str] = mapped_column(String(60), default="")
    model_year: Mapped[int | None]
    colour: Mapped[str] = mapped_column(String(30), default="")
    new_energy: Mapped[bool] = mapped_column(default=False)
    total: Mapped[Money]
    deposit: Mapped[Money]
    expected_delivery: Mapped[date]
    status: Mapped[OrderStatus] = mapped_column(str_enum(OrderStatus, 10),
                                                default=OrderStatus.OPEN)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="SET NULL"))
    delivered_at: Mapped[datetime | None]
    #: When and why the order was cancelled (before delivery).
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    #: What became of the deposit paid when the order was cancelled (None: none was paid).
    deposit_outcome: Mapped[DepositOutcome | None] = mapped_column(str_enum(DepositOutcome, 10))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version_id: Mapped[int] = mapped_column(default=1)

    __table_args__ = (UniqueConstraint("store_id", "number"),)
    __mapper_args__ = {"version_id_col": version_id}


class DeliveryCheckRecord(Base):
    """One item of an order's delivery checklist ticked: who and when."""

    __tablename__ = "delivery_checks"

    order_id: Mapped[int] = mapped_column(
        ForeignKey("sales_orders.id", ondelete="CASCADE"), primary_key=True)
    item: Mapped[str] = mapped_column(String(20), primary_key=True)
    store_id: Mapped[int] = _store()
    done_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
