"""Materialised daily KPI figures: each closed store day's numerator and denominator of the
KPIs that add up day by day (`app.domain.kpi.DAILY_KPIS`), filled by
`app.services.kpi_daily`, read by the reports and dashboards of every level."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class KpiDailyFigure(Base):
    """One KPI of one store on one closed store day: numerator over denominator."""

    __tablename__ = "kpi_daily_figures"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"),
                                          primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    numerator: Mapped[Decimal] = mapped_column(Numeric(18, 6, asdecimal=True))
    denominator: Mapped[int]


class KpiDailyRun(Base):
    """A store day whose figures are counted for every store (a day without a row here is
    counted live)."""

    __tablename__ = "kpi_daily_runs"

    day: Mapped[date] = mapped_column(primary_key=True)
    counted_at: Mapped[datetime] = mapped_column(default=utcnow)
