"""Surveys and complaints against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.complaint_sla import ComplaintStatus, ComplaintStep, SlaState
from app.domain.store_time import STORE_TZ
from app.domain.survey_templates import (
    TEMPLATES,
    TEN,
    Occasion,
    Question,
    Template,
    current_template,
)
from app.errors import Conflict, ValidationError
from app.models import Complaint, SurveyAnswer, WorkOrder, WorkOrderStatus
from app.services import complaints, surveys
from app.services.voice_figures import month_figures
from tests.voice_seed import DELIVERED_AT, seed_voice

NOW = DELIVERED_AT + timedelta(days=3)
GOOD = {"overall": 10, "advisor": 5, "waiting": 4, "quality": 5, "cleanliness": 5, "price": 4}


@pytest.fixture
def voice(db):
    return seed_voice(db)


def _survey(db, voice) -> str:
    assert surveys.schedule_due(db, now=NOW) == 1
    assert surveys.schedule_due(db, now=NOW) == 0          # one survey per work order
    (due,) = surveys.due_surveys(db, now=NOW)
    assert due.work_order_number == "WO-20261102-001" and due.staff_name == "陈静"
    return due.number


def test_good_answers_open_no_complaint_and_give_latest_score(db, voice):
    number = _survey(db, voice)
    result = surveys.record_answers(db, number, GOOD, by_id=voice.care_id, now=NOW)
    assert result.complaint_id is None
    assert surveys.due_surveys(db, now=NOW) == []
    latest = surveys.latest_score(db, voice.customer_id)
    assert (latest.score, latest.percent) == (10, 100.0)
    with pytest.raises(Conflict):
        surveys.record_answers(db, number, GOOD, by_id=voice.care_id, now=NOW)


def test_low_score_opens_a_complaint_linked_to_survey_and_work_order(db, voice):
    number = _survey(db, voice)
    result = surveys.record_answers(db, number, {**GOOD, "waiting": 1}, by_id=voice.care_id,
                                    comment="等了三个小时", now=NOW)
    assert result.complaint_id is not None
    with db.session() as s:
        complaint = s.get(Complaint, result.complaint_id)
        assert (complaint.survey_id, complaint.work_order_id) == (result.survey_id,
                                                                    voice.work_order_id)
        assert (complaint.category, complaint.channel) == ("waiting", "survey")
        assert "等了三个小时" in complaint.summary and complaint.store_id == voice.store_id
    (row,) = complaints.customer_complaints(db, voice.customer_id, now=NOW)
    assert row.work_order_number == "WO-20261102-001"


def test_scores_outside_the_scale_are_refused_and_nothing_is_stored(db, voice):
    number = _survey(db, voice)
    with pytest.raises(ValidationError) as error:
        surveys.record_answers(db, number, {**GOOD, "advisor": 7}, by_id=voice.care_id, now=NOW)
    assert error.value.field == "advisor"
    with db.session() as s:
        assert s.scalar(select(SurveyAnswer).limit(1)) is None


def test_second_template_version_leaves_old_answers_intact(db, voice, monkeypatch):
    number = _survey(db, voice)
    first = current_template(Occasion.SERVICE)
    surveys.record_answers(db, number, GOOD, by_id=voice.care_id, now=NOW)
    # The next version asks the waiting time on the 0–10 scale instead of 1–5.
    waiting = Question("waiting", "等待时间（0-10 分）", "Waiting time (0–10)", TEN)
    second = Template(Occasion.SERVICE, first.version + 1,
                      tuple(waiting if q.code == "waiting" else q for q in first.questions))
    monkeypatch.setattr("app.domain.survey_templates.TEMPLATES", TEMPLATES + (second,))
    with db.session() as s:
        s.add(WorkOrder(number="WO-2", store_id=voice.store_id, vehicle_id=voice.vehicle_id,
                        customer_id=voice.customer_id, advisor_id=voice.advisor_id,
                        status=WorkOrderStatus.DELIVERED, opened_at=NOW, closed_at=NOW))
    assert surveys.schedule_due(db, now=NOW) == 1
    (new,) = surveys.due_surveys(db, now=NOW + timedelta(days=3))
    assert new.template_version == second.version
    surveys.record_answers(db, new.number, {**GOOD, "waiting": 9}, by_id=voice.care_id, now=NOW)
    old = surveys.survey_form(db, number)
    assert old.row.template_version == first.version
    assert {q.code: (q.low, q.high) for q in old.questions}["waiting"] == (1, 5)
    assert old.answers["waiting"] == 4
    figures = month_figures(db, "2026-11", now=NOW)
    by_scale = {f.scale: f for f in figures.per_question if f.question == "waiting"}
    assert by_scale["1-5"].mean_percent == 75.0 and by_scale["0-10"].mean_percent == 90.0


def test_complaint_steps_escalation_and_reopening(db, voice):
    received = datetime(2026, 11, 10, 9, 0, tzinfo=STORE_TZ)
    ident = complaints.open_complaint(db, customer_id=voice.customer_id, category="attitude",
                                      words="顾问态度差", by_id=voice.care_id,
                                      store_id=voice.store_id, now=received)
    page = complaints.complaints_page(db, store_id=voice.store_id, now=received + timedelta(minutes=59))
    assert page.rows[0].sla_state == SlaState.DUE_SOON and page.escalated_now == 0
    page = complaints.complaints_page(db, store_id=voice.store_id, now=received + timedelta(minutes=61))
    row = page.rows[0]
    assert (row.sla_state, row.escalation_level, row.owner_id) == (SlaState.OVERDUE, 1,
                                                                     voice.manager_id)
    assert page.escalated_now == 1
    again = complaints.complaints_page(db, store_id=voice.store_id,
                                       now=received + timedelta(minutes=62))
    assert again.escalated_now == 0                        # escalates once per missed deadline
    at = received + timedelta(minutes=70)
    complaints.take_step(db, ident, "contacted", by_id=voice.care_id, now=at)
    complaints.take_step(db, ident, "proposed", by_id=voice.manager_id, note="免费重做",
                         now=at + timedelta(hours=1))
    complaints.take_step(db, ident, "accepted", by_id=voice.care_id, now=at + timedelta(hours=2))
    closed = complaints.take_step(db, ident, "closed", by_id=voice.care_id,
                                  now=at + timedelta(hours=2))
    assert closed.status == ComplaintStatus.CLOSED
    with pytest.raises(Conflict):
        complaints.take_step(db, ident, "contacted", by_id=voice.care_id, now=at)
    reopen_at = received + timedelta(days=2)
    reopened = complaints.take_step(db, ident, "reopened", by_id=voice.care_id, now=reopen_at)
    assert (reopened.status, reopened.reopen_count, reopened.escalation_level) == ("open", 1, 0)
    assert reopened.clock.due_at == reopen_at + timedelta(hours=1)
    detail = complaints.complaint_detail(db, ident, now=reopen_at)
    assert [s.step for s in detail.steps] == [
        ComplaintStep.RECEIVED, ComplaintStep.ESCALATED, ComplaintStep.CONTACTED,
        ComplaintStep.PROPOSED, ComplaintStep.ACCEPTED, ComplaintStep.CLOSED,
        ComplaintStep.REOPENED]
    assert detail.steps[1].by_name == "" and detail.steps[3].by_name == "周敏"
    figures = month_figures(db, "2026-11", now=reopen_at)
    assert figures.complaints == 1 and figures.sla_met_percent == 0.0
    assert figures.median_minutes_to_contact == 70.0
    assert figures.median_minutes_to_solution == 130.0


def test_major_complaint_is_contacted_by_a_manager(db, voice):
    at = datetime(2026, 11, 10, 9, 0, tzinfo=STORE_TZ)
    ident = complaints.open_complaint(db, customer_id=voice.customer_id, category="quality",
                                      words="修了三次没修好", grade="major", store_id=voice.store_id,
                                      by_id=voice.care_id, now=at)
    with pytest.raises(Conflict):
        complaints.take_step(db, ident, "contacted", by_id=voice.care_id, now=at)
    row = complaints.take_step(db, ident, "contacted", by_id=voice.manager_id, now=at)
    assert row.status == "contacted"


def test_complaint_at_2350_counts_in_its_store_month_and_is_due_after_midnight(db, voice):
    late = datetime(2026, 11, 30, 23, 50, tzinfo=STORE_TZ)
    complaints.open_complaint(db, customer_id=voice.customer_id, category="waiting",
                              words="等太久", store_id=voice.store_id, now=late)
    page = complaints.complaints_page(db, now=late + timedelta(minutes=30))
    assert page.rows[0].clock.due_at.astimezone(STORE_TZ) == datetime(2026, 12, 1, 0, 50,
                                                                         tzinfo=STORE_TZ)
    assert month_figures(db, "2026-11", now=late).complaints == 1
    assert month_figures(db, "2026-12", now=late).complaints == 0


def test_month_figures_nps_and_per_advisor(db, voice):
    number = _survey(db, voice)
    surveys.record_answers(db, number, GOOD, by_id=voice.care_id, now=NOW)
    figures = month_figures(db, "2026-11", now=NOW).as_json()
    assert figures["nps"] == 100.0 and figures["surveys_answered"] == 1
    assert figures["per_staff"][0]["name"] == "陈静"
    assert figures["per_staff"][0]["satisfied_percent"] == 100.0
    assert figures["work_orders"] == 1 and figures["complaints_per_100_work_orders"] == 0.0
    with pytest.raises(ValidationError):
        month_figures(db, "2026-13")


def test_the_settings_choose_the_delay_and_what_counts_as_low(db, voice):
    from app.settings import Settings

    policy = Settings(survey_delay_days=1, survey_low_stars=3).survey_policy()
    assert surveys.schedule_due(db, now=NOW, policy=policy) == 1
    (due,) = surveys.due_surveys(db, now=NOW)
    assert due.due_at == DELIVERED_AT + timedelta(days=1)
    result = surveys.record_answers(db, due.number, {**GOOD, "price": 3}, by_id=voice.care_id,
                                    now=NOW, policy=policy)
    assert result.complaint_id is not None
    (row,) = complaints.customer_complaints(db, voice.customer_id, now=NOW)
    assert row.category == "price"


def _care_survey_item(db, voice):
    """The care run makes the due survey a care item of the `survey` kind: its only list."""
    from app.services import care_desk
    from app.services.care_run import run_care

    assert run_care(db, voice.store_id, now=NOW).created.get("survey") == 1
    assert run_care(db, voice.store_id, now=NOW).total == 0
    (item,) = care_desk.list_items(db, voice.store_id, kind="survey", now=NOW)
    (due,) = surveys.due_surveys(db, store_id=voice.store_id, now=NOW)
    assert item.detail == due.number and item.assignee_id is None
    assert item.customer_id == voice.customer_id and item.vehicle_id == voice.vehicle_id
    return item, due


def test_a_due_survey_is_a_care_item_and_its_answer_closes_the_item(db, voice):
    from app.models import CareItem, CareOutcome
    from app.services import care_desk

    item, due = _care_survey_item(db, voice)
    surveys.record_answers(db, due.number, GOOD, by_id=voice.care_id, now=NOW)
    with db.session() as s:
        stored = s.get(CareItem, item.id)
        assert stored.status == "done" and stored.closed_at is not None
        (outcome,) = s.scalars(select(CareOutcome).where(CareOutcome.item_id == item.id))
        assert (outcome.outcome, outcome.by_id) == ("done", voice.care_id)
    assert care_desk.list_items(db, voice.store_id, kind="survey", now=NOW) == ()
    assert surveys.due_surveys(db, now=NOW) == []


def test_a_survey_declined_on_either_desk_is_declined_on_both(db, voice):
    from app.models import CareItem, Survey
    from app.services import care_desk

    item, due = _care_survey_item(db, voice)
    care_desk.record_outcome(db, item.id, "declined", reason="不想打分", by_id=voice.care_id,
                             now=NOW)
    with db.session() as s:
        assert s.get(Survey, due.id).status == "declined"
    # and from the survey's side: the next survey declined closes its care item
    with db.session() as s:
        s.add(WorkOrder(number="WO-2", store_id=voice.store_id, vehicle_id=voice.vehicle_id,
                        customer_id=voice.customer_id, advisor_id=voice.advisor_id,
                        status=WorkOrderStatus.DELIVERED, opened_at=NOW, closed_at=NOW))
    later = NOW + timedelta(days=2)
    assert surveys.schedule_due(db, now=later, store_id=voice.store_id) == 1
    (second,) = surveys.due_surveys(db, now=later)
    surveys.decline(db, second.number, by_id=voice.care_id, now=later)
    with db.session() as s:
        (linked,) = s.scalars(select(CareItem).where(CareItem.survey_id == second.id))
        assert linked.status == "declined"
    assert care_desk.list_items(db, voice.store_id, kind="survey", now=later) == ()


def test_overdue_complaints_escalate_headless_by_the_clock(db, voice, database_url, capsys,
                                                         monkeypatch, tmp_path):
    """`main.py voice escalate`: no desk, no complaints page; the 59th minute escalates
    nothing, the 61st hands the complaint to the manager, once."""
    import json

    import main
    from app.services import voice_commands

    received = datetime(2026, 11, 10, 9, 0, tzinfo=STORE_TZ)
    ident = complaints.open_complaint(db, customer_id=voice.customer_id, category="waiting",
                                      words="等了两个小时", by_id=voice.care_id,
                                      store_id=voice.store_id, now=received)
    clock = {"now": received + timedelta(minutes=59)}
    assert voice_commands.escalate(db, voice.store_id, as_json=True,
                                   now=lambda: clock["now"]) == 0
    assert json.loads(capsys.readouterr().out) == {"escalated": 0, "overdue": []}
    clock["now"] = received + timedelta(minutes=61)
    voice_commands.escalate(db, as_json=True, every_s=0, ticks=2, now=lambda: clock["now"])
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["escalated"] == 1 and second["escalated"] == 0
    assert [(o["id"], o["owner"], o["step"], o["escalation_level"])
            for o in second["overdue"]] == [(ident, "周敏", "contacted", 1)]
    with db.session() as s:
        complaint = s.get(Complaint, ident)
        assert (complaint.owner_id, complaint.escalation_level) == (voice.manager_id, 1)
    # From the command line, on the real clock (received long ago): the solution is overdue too.
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    assert main.main(["--db", database_url, "voice", "escalate", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["escalated"] == 1 and out["overdue"][0]["escalation_level"] == 2
    with pytest.raises(SystemExit) as refused:
        main.main(["--db", database_url, "voice", "escalate", "--every", "-1"])
    assert refused.value.code == 2


def test_overdue_complaints_are_flagged_for_their_owner_and_the_manager(db, voice):
    """The tick escalates from any desk (here an advisor's); its overdue list is flagged for
    the manager (every one) and for the owner of each, never for anyone else or headless."""
    from app.acting import Actor, acting_as
    from app.models import Staff

    received = datetime(2026, 11, 10, 9, 0, tzinfo=STORE_TZ)
    escalated = complaints.open_complaint(db, customer_id=voice.customer_id, category="waiting",
                                          words="等了两个小时", by_id=voice.care_id,
                                          store_id=voice.store_id, now=received)
    advisor = Actor("陈静", "service_advisor", staff_id=voice.advisor_id)
    care = Actor("林娜", "customer_care", staff_id=voice.care_id)
    manager = Actor("周敏", "manager", staff_id=voice.manager_id)
    with acting_as(advisor):
        tick = complaints.sla_tick(db, store_id=voice.store_id,
                                   now=received + timedelta(minutes=61))
    assert tick.escalated_now == 1 and [r.id for r in tick.overdue] == [escalated]
    assert [r.id for r in tick.flagged_for(manager)] == [escalated]     # now the manager's
    assert tick.flagged_for(care) == tick.flagged_for(advisor) == ()
    assert tick.flagged_for(None) == ()
    assert tick.flagged_for(Actor("gate", system=True)) == ()
    # A store with no manager on duty: the complaint stays with its owner, flagged for her.
    with db.session() as s:
        s.get(Staff, voice.manager_id).active = False
    kept = complaints.open_complaint(db, customer_id=voice.customer_id, category="price",
                                     words="收费不透明", by_id=voice.care_id,
                                     store_id=voice.store_id, now=received)
    tick = complaints.sla_tick(db, store_id=voice.store_id, now=received + timedelta(minutes=61))
    assert [(r.id, r.owner_id) for r in tick.flagged_for(care)] == [(kept, voice.care_id)]
    assert {r.id for r in tick.flagged_for(manager)} == {escalated, kept}
    assert tick.flagged_for(advisor) == ()


def test_a_hand_entered_complaint_names_its_vehicle_work_order_or_sale(db, voice):
    from app.models import Customer, Quote, QuoteStatus
    from tests.app.services.conftest import assert_user_error

    with db.session() as s:
        quote = Quote(store_id=voice.store_id, number="Q-20261101-007", customer_id=voice.customer_id,
                      brand="丰田", model="凯美瑞", status=QuoteStatus.ACCEPTED)
        other = Customer(name="王芳")
        s.add_all([quote, other])
        s.flush()
        quote_id, other_id = quote.id, other.id
    subjects = complaints.complaint_subjects(db, voice.customer_id)
    assert [(v.id, v.label) for v in subjects.vehicles] == [(voice.vehicle_id, "粤A12345")]
    assert [(w.id, w.label, w.status, w.vehicle_id) for w in subjects.work_orders] == [
        (voice.work_order_id, "WO-20261102-001", "delivered", voice.vehicle_id)]
    assert [(q.id, q.label, q.status) for q in subjects.sales] == [
        (quote_id, "Q-20261101-007", "accepted")]
    assert complaints.complaint_subjects(db, other_id).work_orders == ()
    with pytest.raises(ValidationError) as refused:
        complaints.open_complaint(db, customer_id=other_id, category="quality", words="没修好",
                                  work_order_id=voice.work_order_id, now=NOW)
    assert_user_error(refused, ValidationError, "work_order")
    ident = complaints.open_complaint(db, customer_id=voice.customer_id, category="quality",
                                      words="没修好", work_order_id=voice.work_order_id,
                                      quote_id=quote_id, now=NOW)
    with db.session() as s:
        stored = s.get(Complaint, ident)
        assert (stored.work_order_id, stored.vehicle_id, stored.quote_id) == (
            voice.work_order_id, voice.vehicle_id, quote_id)    # the work order's vehicle
    (row,) = complaints.customer_complaints(db, voice.customer_id, now=NOW)
    assert (row.plate, row.work_order_number, row.quote_number) == (
        "粤A12345", "WO-20261102-001", "Q-20261101-007")
