"""The customer's voice in the demo: surveys after delivered work orders, complaints with steps.

Work orders delivered in the last six weeks owe a survey: most older than the delay are
answered (a few low ones opened a complaint), the rest are due on the desk today. Complaints
come in every SLA state: the showcase customer's open major one, one due soon, one overdue
and escalated, and solved and closed ones for the monthly figures.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.demo.clock import at
from app.demo.context import Context
from app.demo.showcase import SHOWCASE
from app.domain.complaint_sla import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintGrade,
    ComplaintStatus,
    ComplaintStep,
)
from app.domain.survey_templates import (
    Occasion,
    SurveyChannel,
    SurveyPolicy,
    SurveyStatus,
    current_template,
)
from app.models import StaffRole

SURVEY_WINDOW = timedelta(days=42)
_WORDS = {
    ComplaintCategory.WAITING: "交车时间比承诺晚了两小时，休息区也没人招呼",
    ComplaintCategory.QUALITY: "刚保养完发动机灯又亮了",
    ComplaintCategory.PRICE: "工时费与报价不一致",
    ComplaintCategory.ATTITUDE: "服务顾问电话里态度不耐烦",
    ComplaintCategory.PARTS: "配件等了一周还没到",
    ComplaintCategory.SALES: "交车时承诺的脚垫没有给",
}


def build_voice(ctx: Context) -> None:
    """Surveys for the work orders delivered recently (`ctx.delivered`), then complaints."""
    # The desk opens on these right away: their clocks run from now (or 10:00 of a past day).
    now = min(at(ctx.today, 10 * 60), datetime.now(UTC).replace(second=0, microsecond=0))
    policy = SurveyPolicy()
    version = current_template(Occasion.SERVICE).version
    questions = current_template(Occasion.SERVICE).questions
    for wo_id, customer_id, vehicle_id, advisor_id, closed in ctx.delivered:
        if closed is None or closed < now - SURVEY_WINDOW:
            continue
        due = closed + timedelta(days=policy.delay_days)
        survey_id = ctx.writer.new_id("surveys")
        answered = due <= now - timedelta(days=1) and ctx.rng.random() < 0.85
        row = {"id": survey_id, "number": f"SV{survey_id:07d}", "source_key": f"wo:{wo_id}",
               "store_id": ctx.store_id, "occasion": Occasion.SERVICE,
               "template_version": version, "customer_id": customer_id,
               "vehicle_id": vehicle_id, "work_order_id": wo_id, "staff_id": advisor_id,
               "event_at": closed, "due_at": due, "status": SurveyStatus.DUE, "channel": None,
               "answered_at": None, "answered_by_id": None, "comment": "", "created_at": closed}
        if answered:
            row.update(status=SurveyStatus.ANSWERED, channel=ctx.rng.choice(
                (SurveyChannel.PHONE, SurveyChannel.PHONE, SurveyChannel.PAPER)),
                answered_at=due + timedelta(hours=ctx.rng.randint(1, 20)),
                answered_by_id=ctx.one(StaffRole.CUSTOMER_CARE))
        ctx.writer.add("surveys", row)
        if not answered:
            continue
        unhappy = ctx.rng.random() < 0.06
        low_question = ctx.rng.choice(questions[1:]) if unhappy else None
        for question in questions:
            scale = question.scale
            score = ctx.rng.choices(range(scale.high - 2, scale.high + 1), (1, 3, 6))[0] \
                if question is not low_question else scale.low + 1
            ctx.writer.add("survey_answers", {"survey_id": survey_id, "question": question.code,
                                              "score": score, "scale_low": scale.low,
                                              "scale_high": scale.high})
        if low_question is not None:
            received = row["answered_at"]
            _complaint(ctx, customer_id, vehicle_id, wo_id, survey_id, low_question.category,
                       ComplaintGrade.ORDINARY, ComplaintChannel.SURVEY, received, now,
                       solved=received < now - timedelta(days=2))
    _desk_complaints(ctx, now)


def _desk_complaints(ctx: Context, now: datetime) -> None:
    """The showcase customer's open major complaint and one in each SLA state."""
    for plan in (ctx.showcase[s.plate] for s in SHOWCASE if s.complaint and s.plate in ctx.showcase):
        complaint = next(s.complaint for s in SHOWCASE if s.plate == plan.plate)
        _complaint(ctx, plan.owner_id, plan.id, None, None, ComplaintCategory.QUALITY,
                   ComplaintGrade.MAJOR, ComplaintChannel.PHONE, now - timedelta(minutes=100),
                   now, solved=False, words=complaint)
    others = ctx.rng.sample(ctx.serviced, min(8, len(ctx.serviced)))
    ages = (timedelta(minutes=50), timedelta(minutes=20), timedelta(hours=3), timedelta(hours=30),
            timedelta(days=4), timedelta(days=9), timedelta(days=17), timedelta(days=26))
    categories = list(ComplaintCategory)
    for index, (plan, age) in enumerate(zip(others, ages)):
        _complaint(ctx, plan.owner_id, plan.id, None, None, categories[index % len(categories)],
                   ComplaintGrade.ORDINARY, ComplaintChannel.PHONE if index % 2 else
                   ComplaintChannel.STORE, now - age, now, solved=age > timedelta(days=1))


def _complaint(ctx: Context, customer_id: int, vehicle_id: int, wo_id: int | None,
               survey_id: int | None, category: ComplaintCategory, grade: ComplaintGrade,
               channel: ComplaintChannel, received: datetime, now: datetime, *, solved: bool,
               words: str | None = None) -> None:
    care, manager = ctx.one(StaffRole.CUSTOMER_CARE), ctx.one(StaffRole.MANAGER)
    owner = manager if grade == ComplaintGrade.MAJOR else care
    complaint_id = ctx.writer.new_id("complaints")
    steps = [(ComplaintStep.RECEIVED, received, care)]
    row = {"id": complaint_id, "store_id": ctx.store_id, "customer_id": customer_id,
           "vehicle_id": vehicle_id, "work_order_id": wo_id, "quote_id": None,
           "survey_id": survey_id, "channel": channel, "category": category, "grade": grade,
           "status": ComplaintStatus.OPEN, "summary": words or _WORDS[category],
           "owner_id": owner, "created_at": received, "round_started_at": received,
           "contacted_at": None, "proposed_at": None, "accepted_at": None, "closed_at": None,
           "first_contacted_at": None, "first_proposed_at": None, "escalation_level": 0,
           "escalated_at": None, "reopen_count": 0, "version_id": 1}
    if solved:
        contacted = received + timedelta(minutes=ctx.rng.randint(10, 80))
        proposed = contacted + timedelta(hours=ctx.rng.randint(2, 30))
        closed = proposed + timedelta(hours=ctx.rng.randint(1, 24))
        row.update(status=ComplaintStatus.CLOSED, contacted_at=contacted, proposed_at=proposed,
                   accepted_at=closed, closed_at=closed, first_contacted_at=contacted,
                   first_proposed_at=proposed)
        steps += [(ComplaintStep.CONTACTED, contacted, owner),
                  (ComplaintStep.PROPOSED, proposed, manager),
                  (ComplaintStep.ACCEPTED, closed, care), (ComplaintStep.CLOSED, closed, care)]
    elif now - received > timedelta(hours=2):
        contacted = received + timedelta(minutes=40)
        row.update(status=ComplaintStatus.CONTACTED, contacted_at=contacted,
                   first_contacted_at=contacted)
        steps.append((ComplaintStep.CONTACTED, contacted, owner))
    ctx.writer.add("complaints", row)
    for step, when, by in steps:
        ctx.writer.add("complaint_steps", {"complaint_id": complaint_id, "step": step, "at": when,
                                           "by_id": by, "note": ""})
