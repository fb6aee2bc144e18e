"""Satisfaction surveys: which are due, the form to ask, recording answers, the paper form.

A survey falls due a few days after a new car's delivery or a work order's delivery, as an
item of the care desk (`survey_schedule`): the due list is those items, and answering or
declining the survey records the item's outcome in the same transaction. Answers are recorded by phone at the desk or typed in from a returned paper form (found by the
number its QR code holds). A low score opens a complaint linked to the survey and the work
order, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.care_rules import CareKind, Channel, Outcome
from app.domain.complaint_sla import ComplaintCategory, ComplaintChannel, ComplaintGrade
from app.domain.roles import Permission
from app.domain.survey_templates import (
    Occasion,
    Scale,
    SurveyChannel,
    SurveyPolicy,
    SurveyStatus,
    template,
)
from app.errors import Conflict, NotFound, ValidationError
from app.models import CareItem, Customer, Staff, Store, Survey, SurveyAnswer, Vehicle, WorkOrder
from app.printing.printer import save_pdf
from app.printing.survey_pdf import survey_form_pdf
from app.services import care_desk, complaints, points
from app.services.common import get_or_raise, mask_mobile, now_utc, parse_choice, store_today
from app.services.survey_schedule import care_item_of, schedule_in, survey_number

#: The care desk's channel for a survey answered by phone or on its paper form (handed out
#: and returned at the store).
_CARE_CHANNEL = {SurveyChannel.PHONE: Channel.PHONE, SurveyChannel.PAPER: Channel.IN_PERSON}
#: The reason a declined survey's care item is closed with.
DECLINED_REASON = "客户拒绝回访"

@dataclass(frozen=True)
class SurveyRow:
    """One survey in the due list or the customer window."""

    id: int
    number: str
    occasion: str
    template_version: int
    customer_id: int
    customer_name: str
    mobile_masked: str
    plate: str
    work_order_number: str
    staff_name: str
    event_at: datetime
    due_at: datetime
    status: str
    answered_at: datetime | None
    overall: int | None


@dataclass(frozen=True)
class FormQuestion:
    """A question as the entry dialog and the paper form ask it."""

    code: str
    zh: str
    en: str
    low: int
    high: int


@dataclass(frozen=True)
class SurveyForm:
    """Everything needed to ask the survey: who, about what, and the questions."""

    row: SurveyRow
    store_name: str
    questions: tuple[FormQuestion, ...]
    answers: dict[str, int]
    comment: str


@dataclass(frozen=True)
class RecordedSurvey:
    """The outcome of recording answers: the survey and the complaint a low score opened."""

    survey_id: int
    number: str
    complaint_id: int | None


@dataclass(frozen=True)
class LatestScore:
    """A customer's most recent overall score (for care's friend-referral rule)."""

    survey_id: int
    score: int
    scale_low: int
    scale_high: int
    answered_at: datetime

    @property
    def percent(self) -> float:
        """The score as 0–100 along its scale."""
        return Scale(self.scale_low, self.scale_high).percent(self.score)


@acting.needs(Permission.SURVEY_WORK)
def schedule_due(db: Database, *, now: datetime | None = None,
                 policy: SurveyPolicy = SurveyPolicy(), store_id: int | None = None) -> int:
    """Create the surveys owed for recent deliveries and delivered work orders, and the care
    items of those now due; returns how many surveys were created."""
    with db.session() as session:
        return schedule_in(session, now_utc(now), policy, store_id)[0]


@acting.needs(Permission.SURVEY_WORK)
def due_surveys(db: Database, *, store_id: int | None = None, now: datetime | None = None,
                limit: int = 200, schedule: SurveyPolicy | None = None) -> list[SurveyRow]:
    """The surveys due by today and not yet asked, oldest first: the care desk's `survey`
    items still open (one list, whichever desk shows it). With `schedule`, the surveys
    now owed are scheduled by that policy first, in the same transaction."""
    today = store_today(now)
    with db.session() as session:
        if schedule is not None:
            schedule_in(session, now_utc(now), schedule, store_id)
        query = (select(Survey.id).join(CareItem, (CareItem.survey_id == Survey.id)
                                        & (CareItem.customer_id == Survey.customer_id))
                 .where(CareItem.kind == CareKind.SURVEY, CareItem.status.in_(care_desk.WORKABLE),
                        CareItem.due_date <= today, Survey.status == SurveyStatus.DUE))
        if store_id is not None:
            query = query.where(CareItem.store_id == store_id)
        ids = session.scalars(query.order_by(CareItem.due_date, Survey.due_at, Survey.id)
                              .limit(limit)).all()
        return _rows(session, list(ids))


@acting.needs(Permission.CUSTOMER_VIEW)
def customer_surveys(db: Database, customer_id: int) -> list[SurveyRow]:
    """Every survey of the customer, newest first."""
    with db.session() as session:
        ids = session.scalars(select(Survey.id).where(Survey.customer_id == customer_id)
                              .order_by(Survey.event_at.desc())).all()
        return _rows(session, list(ids))


@acting.needs(Permission.SURVEY_WORK)
def survey_form(db: Database, key: int | str) -> SurveyForm:
    """The survey with id `key` or number `key` ("SV0000123"), ready to ask."""
    with db.session() as session:
        return _form(session, _find(session, key))


@acting.needs(Permission.SURVEY_WORK)
def care_item_form(db: Database, item_id: int) -> SurveyForm:
    """The survey a care item of the `survey` kind asks, ready to ask (the care desk)."""
    with db.session() as session:
        item = get_or_raise(session, CareItem, item_id, "关怀任务", "care item")
        if item.survey_id is None:
            raise NotFound("该关怀任务没有回访问卷。", "This care item has no survey.")
        return _form(session, _find(session, item.survey_id))


def _form(session: Session, survey: Survey) -> SurveyForm:
    row = _rows(session, [survey.id])[0]
    questions = template(survey.occasion, survey.template_version).questions
    answers = {a.question: a.score for a in session.scalars(
        select(SurveyAnswer).where(SurveyAnswer.survey_id == survey.id))}
    store = survey.store_id and session.get(Store, survey.store_id)
    return SurveyForm(row, store.name if store else "",
                      tuple(FormQuestion(q.code, q.zh, q.en, q.scale.low, q.scale.high)
                            for q in questions), answers, survey.comment)


@acting.needs(Permission.SURVEY_WORK)
def record_answers(db: Database, key: int | str, scores: dict[str, int], *, by_id: int | None,
                   comment: str = "", channel: str = SurveyChannel.PHONE,
                   now: datetime | None = None,
                   policy: SurveyPolicy = SurveyPolicy()) -> RecordedSurvey:
    """Store the scores (by question code) and, for a low one, open a complaint."""
    channel = parse_choice(SurveyChannel, channel, "channel", "渠道", "channel")
    at = now_utc(now)
    with db.session() as session:
        survey = _find(session, key)
        if survey.status == SurveyStatus.ANSWERED:
            raise Conflict(f"回访 {survey.number} 已录入。", f"Survey {survey.number} is already recorded.")
        asked = template(survey.occasion, survey.template_version)
        answers = _checked(asked.questions, scores)
        for question, score in answers:
            session.add(SurveyAnswer(survey_id=survey.id, question=question.code, score=score,
                                     scale_low=question.scale.low, scale_high=question.scale.high))
        survey.status, survey.channel, survey.answered_at = SurveyStatus.ANSWERED, channel, at
        survey.answered_by_id, survey.comment = by_id, comment.strip()
        low = [(q, s) for q, s in answers if policy.is_low(q.scale, s)]
        complaint_id = None
        if low:
            complaint_id = _complaint_for(session, survey, low, by_id, at).id
        _close_care_item(session, survey, Outcome.DONE, _CARE_CHANNEL[channel], by_id, at)
        if survey.store_id is not None:
            points.earn_for_survey_in(session, survey.customer_id, survey.id,
                                      store_id=survey.store_id, by_id=by_id, at=at)
        session.flush()
        return RecordedSurvey(survey.id, survey.number, complaint_id)


def _close_care_item(session: Session, survey: Survey, outcome: Outcome, channel: Channel,
                     by_id: int | None, at: datetime, reason: str = "") -> None:
    """Record `outcome` on the survey's care item, if it is still being worked."""
    item = care_item_of(session, survey)
    if item is not None:
        care_desk.record_outcome_in(session, item.id, outcome, reason=reason, channel=channel,
                                    by_id=by_id, now=at)


def _checked(questions, scores: dict[str, int]):
    known = {q.code for q in questions}
    unknown = set(scores) - known
    if unknown:
        raise ValidationError(f"问卷中没有这些题目：{'、'.join(sorted(unknown))}。",
                              f"No such questions in this survey: {', '.join(sorted(unknown))}.",
                              field=sorted(unknown)[0])
    answers = []
    for question in questions:
        score = scores.get(question.code)
        if score is None:
            continue
        if not isinstance(score, int) or not question.scale.contains(score):
            raise ValidationError(
                f"「{question.zh}」的分数须在 {question.scale.low}–{question.scale.high} 之间。",
                f"'{question.en}' takes a score from {question.scale.low} to {question.scale.high}.",
                field=question.code)
        answers.append((question, score))
    if not any(q.code == "overall" for q, _s in answers):
        raise ValidationError("请至少录入总体评分（推荐意愿）。",
                              "Record at least the overall score (would recommend).",
                              field="overall")
    return answers


def _complaint_for(session: Session, survey: Survey, low, by_id, at: datetime):
    lowest_question, _score = min(low, key=lambda pair: pair[0].scale.percent(pair[1]))
    category = lowest_question.category
    if lowest_question.code == "overall" and survey.occasion == Occasion.DELIVERY:
        category = ComplaintCategory.SALES
    words = "；".join(f"{q.zh} {s}/{q.scale.high}" for q, s in low)
    if survey.comment:
        words += f"。{survey.comment}"
    return complaints.receive(
        session, customer_id=survey.customer_id, category=category, words=words,
        grade=ComplaintGrade.ORDINARY, channel=ComplaintChannel.SURVEY, by_id=by_id,
        store_id=survey.store_id, vehicle_id=survey.vehicle_id,
        work_order_id=survey.work_order_id, survey_id=survey.id, now=at)


@acting.needs(Permission.SURVEY_WORK)
def decline(db: Database, key: int | str, *, by_id: int | None,
            now: datetime | None = None) -> None:
    """Mark the survey declined (the customer did not want to answer), and its care item."""
    with db.session() as session:
        survey = _find(session, key)
        if survey.status != SurveyStatus.DUE:
            raise Conflict(f"回访 {survey.number} 已处理。", f"Survey {survey.number} is already done.")
        at = now_utc(now)
        survey.status, survey.answered_at, survey.answered_by_id = SurveyStatus.DECLINED, at, by_id
        _close_care_item(session, survey, Outcome.DECLINED, Channel.PHONE, by_id, at,
                         DECLINED_REASON)


@acting.needs(Permission.CUSTOMER_VIEW)
def latest_score(db: Database, customer_id: int) -> LatestScore | None:
    """The customer's most recent overall score, or None if they never answered one."""
    with db.session() as session:
        row = session.execute(
            select(Survey.id, SurveyAnswer.score, SurveyAnswer.scale_low, SurveyAnswer.scale_high,
                   Survey.answered_at)
            .join(SurveyAnswer, SurveyAnswer.survey_id == Survey.id)
            .where(Survey.customer_id == customer_id, SurveyAnswer.question == "overall",
                   Survey.status == SurveyStatus.ANSWERED)
            .order_by(Survey.answered_at.desc()).limit(1)).first()
    return LatestScore(*row) if row else None


@acting.needs(Permission.SURVEY_WORK)
def paper_form_print_job(db: Database, key: int | str) -> tuple[str, bytes]:
    """The paper survey form with its QR code as the desk prints it: the print job's title
    ("survey-SV0000123") and its PDF."""
    form = survey_form(db, key)
    return f"survey-{form.row.number}", survey_form_pdf(form)


def _find(session: Session, key: int | str) -> Survey:
    if isinstance(key, str) and not key.strip().isdigit():
        number = key.strip().upper()
        survey = session.scalars(select(Survey).where(Survey.number == number)).first()
        if survey is None:
            raise NotFound(f"找不到回访单 {number}。", f"No survey numbered {number}.",
                           field="number")
    else:
        survey = get_or_raise(session, Survey, int(key), "回访", "survey", field="number")
    return survey


def _rows(session: Session, ids: list[int]) -> list[SurveyRow]:
    if not ids:
        return []
    found = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        result = session.execute(
            select(Survey, Customer.name, Customer.mobile, Vehicle.plate, WorkOrder.number,
                   Staff.name, SurveyAnswer.score)
            .join(Customer, Customer.id == Survey.customer_id)
            .outerjoin(Vehicle, Vehicle.id == Survey.vehicle_id)
            .outerjoin(WorkOrder, WorkOrder.id == Survey.work_order_id)
            .outerjoin(Staff, Staff.id == Survey.staff_id)
            .outerjoin(SurveyAnswer, (SurveyAnswer.survey_id == Survey.id)
                       & (SurveyAnswer.question == "overall"))
            .where(Survey.id.in_(part)))
        for s, name, mobile, plate, number, staff, overall in result:
            found[s.id] = SurveyRow(
                s.id, s.number or survey_number(s.id), str(s.occasion), s.template_version,
                s.customer_id, name, mask_mobile(mobile), plate or "", number or "", staff or "",
                s.event_at, s.due_at, str(s.status), s.answered_at, overall)
    return [found[i] for i in ids if i in found]


@acting.needs(Permission.SURVEY_WORK)
def save_paper_form(db: Database, key: int | str, folder: str | Path) -> Path:
    """Save the survey's paper form as `folder/SV0000123.pdf`; returns the path."""
    form = survey_form(db, key)
    return save_pdf(survey_form_pdf(form), Path(folder) / f"{form.row.number}.pdf")
