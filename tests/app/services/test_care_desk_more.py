"""The customer's care timeline, the level override, the store's care settings used by the
next run, the desk's figures by week and month, and the paged list, on a real database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app import acting
from app.errors import ValidationError
from app.models import CareItem, Complaint, Quote, Visit, WorkOrder
from app.models.survey import Survey, SurveyAnswer
from app.services import bookings, care_desk, care_settings, care_timeline, customer_tier
from app.services.care_figures import period_bounds, period_report
from app.services.care_run import run_care
from tests.app.services.conftest import assert_user_error
from tests.app.services.test_care import DELIVERED, at, owner


def _first_service_rows(db, shop, now):
    return [r for r in care_desk.list_items(db, shop.store_id, due="all", now=now)
            if r.kind == "first_service"]


def test_the_timeline_lists_every_touchpoint_newest_first(db, shop):
    c, v = owner(db, shop)
    other, _ = owner(db, shop, "粤B99999")
    with db.session() as s:
        s.add(Visit(arrived_at=at(date(2026, 5, 1), 10), plate_read="粤B12345", match="exact",
                    vehicle_id=v.id, customer_id=c.id, purpose="service",
                    handled_by_id=shop.reception_id))
        s.add(WorkOrder(number="WO-T1", store_id=shop.store_id, vehicle_id=v.id,
                        customer_id=c.id, status="delivered", concerns="异响",
                        advisor_id=shop.advisor_id, opened_at=at(date(2026, 5, 1), 11)))
        s.add(Quote(store_id=shop.store_id, number="Q-T1", customer_id=c.id, brand="丰田",
                    model="凯美瑞", consultant_id=shop.consultant_id,
                    created_at=at(date(2026, 2, 20))))
        survey = Survey(source_key="t-1", number="S-T1", store_id=shop.store_id,
                        occasion="delivery", template_version=1, customer_id=c.id,
                        vehicle_id=v.id, event_at=at(DELIVERED), due_at=at(DELIVERED),
                        status="answered", answered_at=at(date(2026, 3, 5)), comment="很满意")
        survey.answers.append(SurveyAnswer(question="overall", score=9, scale_low=0,
                                           scale_high=10))
        s.add(survey)
        s.add(Complaint(store_id=shop.store_id, customer_id=c.id, channel="phone",
                        category="waiting", grade="ordinary", summary="等待太久",
                        created_at=at(date(2026, 5, 2)), round_started_at=at(date(2026, 5, 2))))
        s.add(Visit(arrived_at=at(date(2026, 5, 3)), plate_read="粤B99999", match="exact",
                    customer_id=other.id, purpose="service"))
    booking = bookings.create_booking(db, vehicle_id=v.id, item_ids=[shop.oil_id],
                                      slot_start=at(date(2026, 6, 4), 10),
                                      now=at(date(2026, 6, 2)))
    run_care(db, shop.store_id, now=at(date(2026, 6, 2)))
    (item,) = [r for r in care_desk.list_items(db, shop.store_id, due="all",
                                               now=at(date(2026, 6, 2)))
               if r.customer_id == c.id and r.kind == "follow_up_3m"]
    care_desk.record_outcome(db, item.id, "unreachable", by_id=shop.advisor_id,
                             now=at(date(2026, 6, 2), 10))
    care_desk.record_outcome(db, item.id, "booked", booking_id=booking.id,
                             by_id=shop.advisor_id, now=at(date(2026, 6, 2), 11))

    timeline = care_timeline.customer_timeline(db, c.id)

    assert [(e.source, e.status) for e in timeline] == [
        ("booking", "booked"), ("care", "booked"), ("care", "unreachable"),
        ("complaint", "open"), ("work_order", "delivered"), ("visit", ""),
        ("survey", "answered"), ("quote", "draft")]
    assert [e.at for e in timeline] == sorted((e.at for e in timeline), reverse=True)
    care = timeline[1]
    assert (care.subject, care.by_name, care.reference) == ("follow_up_3m", "陈静", "粤B·12345")
    visit = next(e for e in timeline if e.source == "visit")
    assert (visit.subject, visit.by_name) == ("service", "王芳")
    assert next(e for e in timeline if e.source == "survey").note == "9/10 · 很满意"
    assert next(e for e in timeline if e.source == "complaint").note == "等待太久"
    assert next(e for e in timeline if e.source == "work_order").reference.startswith("WO-T1")
    assert all(e.reference != "粤B·99999" for e in timeline)   # another customer's visit


def test_a_level_set_by_hand_keeps_who_and_why_until_cleared(db, shop):
    c, _ = owner(db, shop)
    run_care(db, shop.store_id, now=at(DELIVERED))
    before = customer_tier.tier_status(db, c.id)
    assert before.override_tier is None and before.segment == "sleeping"
    with pytest.raises(ValidationError) as exc:                # a level by hand needs a why
        customer_tier.set_tier_override(db, c.id, "gold", reason=" ", who="周敏")
    assert_user_error(exc, ValidationError, "reason")
    unnamed = customer_tier.set_tier_override(db, c.id, "gold", reason="集团大客户")
    assert unnamed.override_by == acting.current().name      # who: the person signed in
    with pytest.raises(ValidationError) as exc:
        customer_tier.set_tier_override(db, c.id, "platinum", reason="x", who="周敏")
    assert_user_error(exc, ValidationError, "tier")
    status = customer_tier.set_tier_override(db, c.id, "gold", reason=" 集团大客户 ",
                                             who="周敏", now=at(DELIVERED, 15))
    assert (status.tier, status.override_by, status.override_reason) == ("gold", "周敏", "集团大客户")
    assert status.override_at == at(DELIVERED, 15) and status.version > before.version
    run_care(db, shop.store_id, now=at(DELIVERED + timedelta(days=1)))
    kept = customer_tier.tier_status(db, c.id)
    assert (kept.tier, kept.computed_tier, kept.override_by) == ("gold", "standard", "周敏")
    cleared = customer_tier.set_tier_override(db, c.id, None, who="周敏")
    assert (cleared.tier, cleared.override_tier, cleared.override_reason) == ("standard", None, "")


def test_settings_saved_are_used_by_the_next_run(db, shop):
    owner(db, shop)
    saved = care_settings.save_settings(
        db, shop.store_id, who="周敏",
        rules={"first_service": {"months": 2, "lead_days": 7},
               "periodic_service": {"model_intervals": [["凯美瑞", 4, 8000]]},
               "thank_you": {"enabled": False},
               "follow_up_1w": {"max_attempts": 1}},
        levels={"gold": {"zh": "钻石", "benefits_zh": "代步车、专属通道"}},
        thresholds={"high_spend": "80000", "sleeping_days": 120})
    first = next(r for r in saved.rules if r.kind == "first_service")
    assert (first.months, first.lead_days) == (2, 7)
    assert next(level for level in saved.levels if level.code == "gold").zh == "钻石"
    assert saved.thresholds.high_spend == Decimal("80000.00")
    assert saved.thresholds.sleeping_days == 120
    # Retries: the one-week follow-up closes at its first unreachable attempt.
    week_day = DELIVERED + timedelta(days=7)
    created = run_care(db, shop.store_id, now=at(week_day)).created
    assert "thank_you" not in created and created.get("follow_up_1w") == 1
    (week,) = [r for r in care_desk.list_items(db, shop.store_id, due="all", now=at(week_day))
               if r.kind == "follow_up_1w"]
    row = care_desk.record_outcome(db, week.id, "unreachable", now=at(week_day))
    assert (row.status, row.attempts) == ("unreachable", 1)
    # The first service falls due at two months now: 7 days ahead it is created.
    created = run_care(db, shop.store_id, now=at(date(2026, 4, 25))).created
    assert created.get("first_service") == 1
    with db.session() as s:
        item = s.query(CareItem).filter_by(kind="first_service").one()
        # Two months after delivery is 2 May, inside the Labour Day holiday (1–5 May): the
        # due date moves to the next working day (app.domain.working_calendar).
        assert item.due_date == date(2026, 5, 6)
        assert s.query(CareItem).filter_by(kind="thank_you").count() == 0


def test_bad_settings_are_refused_and_nothing_is_stored(db, shop):
    for rules, field in (({"first_service": {"months": -1}}, "months"),
                         ({"periodic_service": {"model_intervals": [["", 6, 10000]]}},
                          "model_intervals"),
                         ({"periodic_service": {"model_intervals": [["凯美瑞", 0, 0]]}},
                          "model_intervals"),
                         ({"first_service": {"max_attempts": 0}}, "max_attempts")):
        with pytest.raises(ValidationError) as exc:
            care_settings.save_settings(db, shop.store_id, rules=rules,
                                        levels={"gold": {"zh": "钻石"}})
        assert_user_error(exc, ValidationError, field)
    with pytest.raises(ValidationError) as exc:
        care_settings.save_settings(db, shop.store_id, levels={"gold": {"zh": " "}})
    assert_user_error(exc, ValidationError, "zh")
    with pytest.raises(ValidationError) as exc:
        care_settings.save_settings(db, shop.store_id, thresholds={"high_spend": "lots"})
    assert_user_error(exc, ValidationError, "high_spend")
    assert care_settings.store_levels(db, shop.store_id)["gold"].zh == "金卡"


def test_figures_by_week_and_month_move_with_the_outcomes(db, shop):
    now = at(date(2026, 6, 2))
    for plate in ("粤B10001", "粤B10002"):
        owner(db, shop, plate)
    run_care(db, shop.store_id, now=now)
    rows = _first_service_rows(db, shop, now)
    week = period_report(db, shop.store_id, "week", date(2026, 6, 3))
    assert week.month == "2026-W23" and week.total.invited == 0
    assert week.total.invitation_rate is None
    care_desk.record_outcome(db, rows[0].id, "invited", by_id=shop.advisor_id, now=now)
    week = period_report(db, shop.store_id, "week", date(2026, 6, 3))
    assert (week.total.invited, week.total.booked) == (1, 0)
    assert week.total.invitation_rate == Decimal("0")
    booking = bookings.create_booking(db, vehicle_id=rows[0].vehicle_id,
                                      item_ids=[shop.oil_id],
                                      slot_start=at(date(2026, 6, 9), 10), now=now)
    care_desk.record_outcome(db, rows[0].id, "booked", booking_id=booking.id,
                             by_id=shop.consultant_id, now=at(date(2026, 6, 8)))
    week = period_report(db, shop.store_id, "week", date(2026, 6, 3))
    assert (week.total.invited, week.total.booked) == (1, 0)       # booked the next week
    month = period_report(db, shop.store_id, "month", date(2026, 6, 30))
    assert month.month == "2026-06" and month.total.invitation_rate == Decimal("1.000")
    staff = {r.key: r for r in month.by_staff}
    assert staff["陈静"].invited == 1 and staff["李强"].booked == 1
    # 陈静's service reminders due in June: two first services, two summer checks.
    assert staff["陈静"].reminders_due == 4 and staff["陈静"].conversion == Decimal("0.250")
    (kind,) = [r for r in month.by_kind if r.key == "first_service"]
    assert kind.conversion == Decimal("0.500")
    assert [r.key for r in month.by_week] == ["2026-W23", "2026-W24"]
    assert period_bounds("week", date(2026, 6, 7))[:2] == (date(2026, 6, 1), date(2026, 6, 8))
    with pytest.raises(ValidationError):
        period_report(db, shop.store_id, "year", date(2026, 6, 3))


def test_the_desk_opens_on_a_page_and_the_count(db, shop, monkeypatch):
    for n in range(5):
        owner(db, shop, f"粤B1000{n}")
    now = at(date(2026, 6, 2))
    run_care(db, shop.store_id, now=now)
    everything = care_desk.list_items(db, shop.store_id, due="all", now=now)
    page = care_desk.list_page(db, shop.store_id, due="all", now=now, page_size=4)
    assert page.total == len(everything) > 4
    assert page.rows == everything[:4]
    rest = care_desk.list_items(db, shop.store_id, due="all", now=now, offset=4, limit=4)
    assert rest == everything[4:8]
    small = care_desk.list_page(db, shop.store_id, due="all", now=now, kind="first_service")
    assert small.total == len(small.rows) == 5 and not small.capped
    monkeypatch.setattr(care_desk, "LIST_LIMIT", 6)
    capped = care_desk.list_page(db, shop.store_id, due="all", now=now, page_size=4)
    assert (capped.total, capped.capped) == (6, True)
