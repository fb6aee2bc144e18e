"""The customer's voice in figures for one month: satisfaction and complaints.

Satisfaction per question, per advisor/consultant, per store (NPS) and month by month;
complaints per 100 work orders, by category, SLA met % and the median minutes to first
contact and to a solution. Aggregates run in SQL; only the month's complaint times are
fetched to take medians.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, select

from app import acting
from app.db import Database
from app.domain.complaint_sla import ComplaintGrade, sla_met
from app.domain.roles import Permission
from app.domain.satisfaction import (
    DETRACTOR_AT,
    PROMOTER_AT,
    SATISFACTION_TARGET,
    Nps,
    median_minutes,
    percent,
)
from app.domain.store_time import STORE_TZ
from app.domain.survey_templates import SurveyStatus
from app.errors import ValidationError
from app.models import Complaint, Staff, Store, Survey, SurveyAnswer, WorkOrder
from app.services import working_days
from app.services.common import now_utc

#: How many months the trend shows, ending with the reported one.
TREND_MONTHS = 6
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class QuestionFigure:
    """One question over the month (per scale: a question whose scale changed shows twice)."""

    question: str
    scale: str
    answers: int
    mean_percent: float | None
    satisfied_percent: float | None


@dataclass(frozen=True)
class GroupFigure:
    """Surveys of one store or member of staff: answers, satisfied share and NPS."""

    id: int | None
    name: str
    surveys: int
    satisfied_percent: float | None
    nps: float | None


@dataclass(frozen=True)
class MonthPoint:
    """One month of the trend (the overall question: satisfied share and NPS)."""

    month: str
    surveys: int
    satisfied_percent: float | None
    nps: float | None


@dataclass(frozen=True)
class VoiceFigures:
    """The month's figures (`as_json` gives the one JSON object the CLI prints)."""

    month: str
    store_id: int | None
    surveys_answered: int
    satisfied_percent: float | None
    satisfaction_target: float
    nps: float | None
    per_question: tuple[QuestionFigure, ...]
    per_staff: tuple[GroupFigure, ...]
    per_store: tuple[GroupFigure, ...]
    trend: tuple[MonthPoint, ...]
    work_orders: int
    complaints: int
    complaints_per_100_work_orders: float | None
    by_category: dict[str, int]
    sla_met_percent: float | None
    median_minutes_to_contact: float | None
    median_minutes_to_solution: float | None

    def as_json(self) -> dict:
        """Plain JSON types only."""
        return asdict(self)


def parse_month(text: str) -> date:
    """The first day of `YYYY-MM`, or a ValidationError."""
    found = _MONTH.match(text.strip()) if text else None
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise ValidationError(f"月份格式应为 YYYY-MM：{text}", f"Month must be YYYY-MM: {text}",
                              field="month")
    return date(int(found.group(1)), int(found.group(2)), 1)


def _next(month: date, step: int = 1) -> date:
    index = month.year * 12 + month.month - 1 + step
    return date(index // 12, index % 12 + 1, 1)


def _bounds(month: date, months: int = 1) -> tuple[datetime, datetime]:
    start = datetime.combine(month, time(0), STORE_TZ)
    end = datetime.combine(_next(month, months), time(0), STORE_TZ)
    return start, end


def _tally():
    """(answers, satisfied, overall answers, promoters, detractors) as SQL aggregates."""
    score, high = SurveyAnswer.score, SurveyAnswer.scale_high
    overall = and_(SurveyAnswer.question == "overall", high == 10)
    return (func.count(),
            func.sum(case((and_(high == 10, score >= 9), 1), (and_(high == 5, score >= 4), 1),
                          else_=0)),
            func.sum(case((overall, 1), else_=0)),
            func.sum(case((and_(overall, score >= PROMOTER_AT), 1), else_=0)),
            func.sum(case((and_(overall, score <= DETRACTOR_AT), 1), else_=0)))


def _numbers(row) -> tuple[int, int, Nps]:
    """(answers, satisfied, NPS) from a `_tally()` row's last five columns."""
    answers, satisfied, overall, promoters, detractors = (int(v or 0) for v in row[-5:])
    return answers, satisfied, Nps(overall, promoters, detractors)


@acting.needs(Permission.REPORTS_VIEW)
def month_figures(db: Database, month: str, *, store_id: int | None = None,
                  now: datetime | None = None) -> VoiceFigures:
    """Every figure of `month` (YYYY-MM, store time), for one store or the whole group."""
    first = parse_month(month)
    start, end = _bounds(first)
    at = now_utc(now)
    with db.session() as session:
        # One scan of the month's answers, grouped finely enough for every breakdown.
        cells = session.execute(
            _answers(start, end, store_id)
            .add_columns(SurveyAnswer.question, SurveyAnswer.scale_low, SurveyAnswer.scale_high,
                         Survey.staff_id, Survey.store_id, func.sum(SurveyAnswer.score), *_tally())
            .group_by(SurveyAnswer.question, SurveyAnswer.scale_low, SurveyAnswer.scale_high,
                      Survey.staff_id, Survey.store_id)).all()
        per_staff = _groups(session, cells, 3, Staff)
        per_store = _groups(session, cells, 4, Store)
        trend = _trend(session, first, store_id)
        complaints_part = _complaint_figures(session, start, end, store_id, at)
    per_question = []
    for key in sorted({c[:3] for c in cells}):
        rows = [c for c in cells if c[:3] == key]
        question, low, high = key
        answers, satisfied, _nps = _numbers(_sum(rows))
        mean = sum(int(c[5] or 0) for c in rows) / answers if answers else None
        per_question.append(QuestionFigure(
            question, f"{low}-{high}", answers,
            round((mean - low) * 100.0 / (high - low), 1) if answers else None,
            percent(satisfied, answers)))
    answers, satisfied, nps = _numbers(_sum(cells))
    return VoiceFigures(
        month=first.strftime("%Y-%m"), store_id=store_id, surveys_answered=nps.answers,
        satisfied_percent=percent(satisfied, answers), satisfaction_target=SATISFACTION_TARGET,
        nps=nps.score, per_question=tuple(per_question), per_staff=per_staff,
        per_store=per_store, trend=trend, **complaints_part)


def _answers(start: datetime, end: datetime, store_id: int | None):
    """The answers of surveys answered in [start, end), as a select to add columns to."""
    query = (select().select_from(SurveyAnswer).join(Survey, Survey.id == SurveyAnswer.survey_id)
             .where(Survey.status == SurveyStatus.ANSWERED, Survey.answered_at >= start,
                    Survey.answered_at < end))
    return query.where(Survey.store_id == store_id) if store_id is not None else query


def _sum(rows) -> list[int]:
    """The five `_tally()` columns added up over `rows`."""
    totals = [0, 0, 0, 0, 0]
    for row in rows:
        totals = [t + int(v or 0) for t, v in zip(totals, row[-5:])]
    return totals


def _groups(session, cells, index: int, model) -> tuple[GroupFigure, ...]:
    """Figures per value of column `index` of the month's cells (staff or store)."""
    keys = sorted({c[index] for c in cells}, key=lambda k: (k is None, k or 0))
    ids = [k for k in keys if k is not None]
    names = dict(session.execute(select(model.id, model.name).where(model.id.in_(ids))).all()) \
        if ids else {}
    result = []
    for key in keys:
        answers, satisfied, nps = _numbers(_sum([c for c in cells if c[index] == key]))
        result.append(GroupFigure(key, names.get(key, ""), nps.answers,
                                  percent(satisfied, answers), nps.score))
    return tuple(sorted(result, key=lambda g: g.name))


def _trend(session, first: date, store_id) -> tuple[MonthPoint, ...]:
    """The last `TREND_MONTHS` months of the overall question, in one grouped query (a
    bucket per month): its satisfied share and NPS."""
    months = [_next(first, -back) for back in range(TREND_MONTHS - 1, -1, -1)]
    edges = [_bounds(m)[0] for m in months[1:]]
    bucket = case(*((Survey.answered_at < edge, index) for index, edge in enumerate(edges)),
                  else_=len(edges)).label("bucket")
    start, end = _bounds(months[0], TREND_MONTHS)
    found = {row[0]: row for row in session.execute(
        _answers(start, end, store_id).add_columns(bucket, *_tally())
        .where(SurveyAnswer.question == "overall").group_by(bucket))}
    points = []
    for index, month in enumerate(months):
        row = found.get(index, (index, 0, 0, 0, 0, 0))
        answers, satisfied, nps = _numbers(row)
        points.append(MonthPoint(month.strftime("%Y-%m"), nps.answers,
                                 percent(satisfied, answers), nps.score))
    return tuple(points)


def _complaint_figures(session, start: datetime, end: datetime, store_id, at: datetime) -> dict:
    where = [Complaint.created_at >= start, Complaint.created_at < end]
    orders = [WorkOrder.opened_at >= start, WorkOrder.opened_at < end]
    if store_id is not None:
        where.append(Complaint.store_id == store_id)
        orders.append(WorkOrder.store_id == store_id)
    work_orders = session.scalar(select(func.count()).select_from(WorkOrder).where(*orders)) or 0
    by_category = {str(c): int(n) for c, n in session.execute(
        select(Complaint.category, func.count()).where(*where).group_by(Complaint.category)
        .order_by(Complaint.category))}
    rows = session.execute(select(Complaint.grade, Complaint.created_at,
                                  Complaint.first_contacted_at, Complaint.first_proposed_at)
                           .where(*where)).all()
    met = decided = 0
    contact, solution = [], []
    calendar = working_days.calendar_in(session, store_id, start.astimezone(STORE_TZ).date(),
                                        end.astimezone(STORE_TZ).date() + timedelta(days=30))
    for grade, received, contacted, proposed in rows:
        verdict = sla_met(ComplaintGrade(grade), received, contacted, proposed, at, calendar)
        if verdict is not None:
            decided += 1
            met += verdict
        if contacted is not None:
            contact.append((contacted - received).total_seconds() / 60)
        if proposed is not None:
            solution.append((proposed - received).total_seconds() / 60)
    total = len(rows)
    return dict(work_orders=int(work_orders), complaints=total,
                complaints_per_100_work_orders=round(total * 100.0 / work_orders, 2)
                if work_orders else None,
                by_category=by_category, sla_met_percent=percent(met, decided),
                median_minutes_to_contact=median_minutes(sorted(contact)),
                median_minutes_to_solution=median_minutes(sorted(solution)))


def report_text(figures: VoiceFigures) -> str:
    """The figures as a short bilingual text report for the terminal."""
    def show(value, unit: str = "") -> str:
        return "—" if value is None else f"{value}{unit}"

    lines = [f"客户之声 Customer voice {figures.month}",
             f"回访 Surveys answered: {figures.surveys_answered}   "
             f"满意率 Satisfied: {show(figures.satisfied_percent, '%')} "
             f"(目标 target {figures.satisfaction_target}%)   NPS: {show(figures.nps)}",
             "题目 Per question:"]
    lines += [f"  {q.question:<12} {q.scale:<5} n={q.answers:<5} mean={show(q.mean_percent, '%'):<7}"
              f" satisfied={show(q.satisfied_percent, '%')}" for q in figures.per_question]
    lines.append("顾问 Per advisor/consultant:")
    lines += [f"  {g.name or '—':<8} n={g.surveys:<5} satisfied={show(g.satisfied_percent, '%'):<7}"
              f" NPS={show(g.nps)}" for g in figures.per_staff]
    lines.append("门店 Per store:")
    lines += [f"  {g.name or '—':<10} n={g.surveys:<5} NPS={show(g.nps)}" for g in figures.per_store]
    lines.append("月度 By month: " + "  ".join(
        f"{p.month} {show(p.satisfied_percent, '%')}/NPS {show(p.nps)}" for p in figures.trend))
    lines += [f"投诉 Complaints: {figures.complaints} / {figures.work_orders} 工单 work orders = "
              f"{show(figures.complaints_per_100_work_orders)} 每百单 per 100",
              "  类别 By category: " + (", ".join(f"{k} {v}" for k, v in
                                                 figures.by_category.items()) or "—"),
              f"  SLA 达成 met: {show(figures.sla_met_percent, '%')}   "
              f"首次联系中位 median to contact: {show(figures.median_minutes_to_contact, ' min')}   "
              f"解决方案中位 median to solution: {show(figures.median_minutes_to_solution, ' min')}"]
    return "\n".join(lines)
