"""Customer care on a real database: the daily run, consent, outcomes, figures and tiers."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

import main
from app.domain.reads import PlateRead
from app.domain.store_time import STORE_TZ
from app.domain.workflow import WorkOrderStatus
from app.errors import Conflict, NotFound, ValidationError
from app.models import CareItem, CareOutcome, Vehicle, WorkOrder, WorkOrderLine
from app.services import (
    bookings,
    care_desk,
    care_settings,
    customer_tier,
    customers,
    reception,
    vehicles,
)
from app.services.care_figures import care_report
from app.services.care_run import run_care
from tests.app.services.conftest import assert_user_error

#: The store's clock in these tests: 9:00 on the day of the test's choosing.
DELIVERED = date(2026, 3, 2)


def at(day: date, hour: int = 9) -> datetime:
    """`day` at `hour` in the store's time zone."""
    return datetime.combine(day, datetime.min.time(), STORE_TZ).replace(hour=hour)


def owner(db, shop, plate="粤B12345", *, consent=True, consultant=True, advisor=True, **vehicle):
    """A customer (with consent unless told) who took delivery of a car on DELIVERED."""
    c = customers.create_customer(db, name="张伟", salutation="先生", mobile="13800138000",
                                  consent_contact=consent, consent_plate_recognition=True,
                                  birthday=date(1985, 3, 20))
    c = customers.update_customer(
        db, c.id, c.version, consultant_id=shop.consultant_id if consultant else None,
        advisor_id=shop.advisor_id if advisor else None)
    v = vehicles.add_vehicle(db, plate=plate, owner_id=c.id, brand="丰田", model="凯美瑞",
                             **vehicle)
    with db.session() as s:
        s.get(Vehicle, v.id).purchase_date = DELIVERED
    return c, v


def items(db, **filters):
    with db.session() as s:
        query = s.query(CareItem)
        for name, value in filters.items():
            query = query.filter(getattr(CareItem, name) == value)
        return {i.kind: i for i in query}


def test_the_run_stores_items_once_with_assignees(db, shop):
    c, v = owner(db, shop)
    first = run_care(db, shop.store_id, now=at(DELIVERED))
    assert first.created == {"thank_you": 1, "survey": 1}
    found = items(db)
    assert found["thank_you"].assignee_id == shop.consultant_id
    assert found["thank_you"].due_date == DELIVERED + timedelta(days=1)
    # The delivery's survey (due after the survey delay) is linked, and in the care pool: it
    # judges the consultant, who does not ask it.
    assert found["survey"].survey_id is not None and found["survey"].vehicle_id == v.id
    assert found["survey"].assignee_id is None
    assert found["survey"].due_date == DELIVERED + timedelta(days=2)
    assert run_care(db, shop.store_id, now=at(DELIVERED, 18)).total == 0
    later = run_care(db, shop.store_id, now=at(date(2026, 6, 2)))
    assert later.created == {"first_service": 1, "follow_up_3m": 1, "summer_check": 1}
    assert items(db)["first_service"].assignee_id == shop.advisor_id
    assert run_care(db, shop.store_id, now=at(date(2026, 6, 2))).total == 0
    with db.session() as s:
        assert s.query(CareItem).count() == 5


def test_without_a_consultant_or_advisor_the_item_goes_to_the_pool(db, shop):
    owner(db, shop, consultant=False, advisor=False)
    run_care(db, shop.store_id, now=at(DELIVERED))
    assert {i.assignee_id for i in items(db).values()} == {None}
    pool = care_desk.list_items(db, shop.store_id, assignee=care_desk.POOL,
                                now=at(DELIVERED + timedelta(days=2)))
    assert {r.kind for r in pool} == {"thank_you", "survey"}


def test_consent_withdrawn_means_service_and_safety_only(db, shop):
    c, v = owner(db, shop, consent=False)
    run_care(db, shop.store_id, now=at(date(2026, 3, 15)))   # birthday on 20 March
    assert "birthday" not in items(db)
    run_care(db, shop.store_id, now=at(date(2026, 6, 2)))
    (row,) = [r for r in care_desk.list_items(db, shop.store_id, due="all",
                                              now=at(date(2026, 6, 2)))
              if r.kind == "first_service"]
    assert row.service_only and not row.marketing
    # Consent given: the birthday is created; withdrawn again: it is no longer listed.
    c2, _ = owner(db, shop, "粤B54321")
    run_care(db, shop.store_id, now=at(date(2027, 3, 15)))
    assert any(r.kind == "birthday" for r in care_desk.list_items(
        db, shop.store_id, due="all", now=at(date(2027, 3, 15))))
    fresh = customers.get_customer(db, c2.id).customer
    customers.update_customer(db, c2.id, fresh.version, consent_contact=False)
    assert not any(r.kind == "birthday" for r in care_desk.list_items(
        db, shop.store_id, due="all", now=at(date(2027, 3, 15))))


def test_outcomes_move_the_rate_and_a_booking_is_linked(db, shop):
    now = at(date(2026, 6, 2))
    rows = []
    for plate in ("粤B10001", "粤B10002", "粤B10003"):
        owner(db, shop, plate)
    run_care(db, shop.store_id, now=now)
    rows = [r for r in care_desk.list_items(db, shop.store_id, due="all", now=now)
            if r.kind == "first_service"]
    assert len(rows) == 3
    month = "2026-06"
    assert care_report(db, shop.store_id, month).total.invitation_rate is None
    care_desk.record_outcome(db, rows[0].id, "invited", by_id=shop.advisor_id, now=now)
    care_desk.record_outcome(db, rows[1].id, "invited", by_id=shop.advisor_id, now=now)
    assert care_report(db, shop.store_id, month).total.invitation_rate == Decimal("0")
    booking = bookings.create_booking(db, vehicle_id=rows[2].vehicle_id, item_ids=[shop.oil_id],
                                      slot_start=at(date(2026, 6, 4), 10), now=now)
    with pytest.raises(ValidationError) as exc:
        care_desk.record_outcome(db, rows[2].id, "booked", now=now)
    assert_user_error(exc, ValidationError, "booking_id")
    with pytest.raises(ValidationError) as exc:
        care_desk.record_outcome(db, rows[0].id, "booked", booking_id=booking.id, now=now)
    care_desk.record_outcome(db, rows[2].id, "booked", booking_id=booking.id,
                             by_id=shop.advisor_id, now=now)
    report = care_report(db, shop.store_id, month)
    assert (report.total.invited, report.total.booked) == (3, 1)
    assert report.total.invitation_rate == Decimal("0.333")
    (kind,) = [r for r in report.by_kind if r.key == "first_service"]
    assert kind.reminders_due == 3 and kind.conversion == Decimal("0.333")
    assert [r.key for r in report.by_staff] == ["陈静"]
    with db.session() as s:
        item = s.get(CareItem, rows[2].id)
        assert item.status == "booked" and item.booking_id == booking.id
        assert s.query(CareOutcome).filter_by(item_id=item.id).one().booking_id == booking.id
    with pytest.raises(Conflict):
        care_desk.record_outcome(db, rows[2].id, "declined", reason="太贵", now=now)
    assert care_report(db, shop.store_id, "2026-07").total.invited == 0


def test_declined_needs_a_reason_and_unreachable_retries(db, shop):
    now = at(date(2026, 6, 2))
    owner(db, shop)
    run_care(db, shop.store_id, now=now)
    item = items(db)["first_service"]
    with pytest.raises(ValidationError) as exc:
        care_desk.record_outcome(db, item.id, "declined", now=now)
    assert_user_error(exc, ValidationError, "reason")
    for attempt in (1, 2, 3):
        row = care_desk.record_outcome(db, item.id, "unreachable", now=now)
        assert row.attempts == attempt
    assert row.status == "unreachable"
    assert items(db)["follow_up_3m"].status == "open"


def test_told_in_person_at_the_arrival_card(db, shop):
    now = at(date(2026, 6, 2))
    c, v = owner(db, shop)
    run_care(db, shop.store_id, now=now)
    with db.session() as s:
        notices = care_desk.customer_notices(s, c.id, date(2026, 6, 2), v.id)
    assert {n.kind for n in notices} == {"first_service", "follow_up_3m", "summer_check"}
    first = next(n for n in notices if n.kind == "first_service")
    care_desk.tell_in_person(db, first.item_id, by_id=shop.reception_id, now=now)
    with db.session() as s:
        assert {n.kind for n in care_desk.customer_notices(s, c.id, date(2026, 6, 2))} == {
            "follow_up_3m", "summer_check"}
        outcome = s.query(CareOutcome).one()
        assert (outcome.outcome, outcome.channel) == ("invited", "in_person")


def test_told_in_person_from_the_pop_up_is_one_use_case_returning_the_new_card(db, shop):
    now = at(date(2026, 6, 2))
    c, v = owner(db, shop)
    run_care(db, shop.store_id, now=now)
    card = reception.arrive(db, PlateRead(plate=v.plate, confidence=0.99), now=now)
    first = next(item for item in card.care_due if item.kind == "first_service")
    new = reception.tell_care_in_person(db, card.visit_id, first.item_id,
                                        by_id=shop.reception_id, now=now)
    assert new.visit_id == card.visit_id
    assert "first_service" not in {item.kind for item in new.care_due}
    assert {item.kind for item in new.care_due} == {"follow_up_3m", "summer_check"}
    with pytest.raises(NotFound):    # an unknown visit: the outcome is not recorded either
        reception.tell_care_in_person(db, 999_999, next(
            item.item_id for item in new.care_due if item.kind == "summer_check"), now=now)
    with db.session() as s:
        assert [(o.outcome, o.channel) for o in s.query(CareOutcome)] == [("invited", "in_person")]


def test_the_call_script_carries_the_customers_context(db, shop):
    now = at(date(2026, 6, 2))
    owner(db, shop)
    run_care(db, shop.store_id, now=now)
    context = care_desk.item_context(db, items(db)["first_service"].id, now=now)
    assert "张先生" in context.script_zh and "丰田 凯美瑞" in context.script_zh
    assert "2026-06-02" in context.script_en and context.consent
    assert context.level_zh and context.history == ()


def test_a_store_edits_its_rules(db, shop):
    owner(db, shop)
    care_settings.set_rule(db, shop.store_id, "thank_you", {"enabled": False}, who="店长")
    assert run_care(db, shop.store_id, now=at(DELIVERED)).created == {"survey": 1}
    with pytest.raises(ValidationError):
        care_settings.set_rule(db, shop.store_id, "survey", {"colour": 3})
    with pytest.raises(ValidationError):
        care_settings.set_rule(db, shop.store_id, "survey", {"window_days": -1})
    level = care_settings.set_level(db, shop.store_id, "gold", {"zh": "钻石"})
    assert level.zh == "钻石" and care_settings.store_levels(db, shop.store_id)["gold"].zh == "钻石"


def _delivered_order(db, customer_id, vehicle_id, day: date, amount: str, n: int) -> None:
    with db.session() as s:
        wo = WorkOrder(number=f"WO-{n}", vehicle_id=vehicle_id, customer_id=customer_id,
                       status=WorkOrderStatus.DELIVERED, opened_at=at(day), closed_at=at(day, 17),
                       mileage_km=1000 * n)
        wo.lines.append(WorkOrderLine(kind="labour", description="保养",
                                      unit_price=Decimal(amount)))
        s.add(wo)


def test_tiers_change_over_time_and_an_override_holds(db, shop):
    c, v = owner(db, shop)
    for n, day in enumerate((date(2026, 4, 1), date(2026, 4, 20), date(2026, 5, 10)), 1):
        _delivered_order(db, c.id, v.id, day, "20000.00", n)
    run_care(db, shop.store_id, now=at(date(2026, 5, 20)))
    assert customers.get_customer(db, c.id).customer.tier == "gold"
    run_care(db, shop.store_id, now=at(date(2026, 7, 1)))
    assert customers.get_customer(db, c.id).customer.tier == "bronze"
    run_care(db, shop.store_id, now=at(date(2026, 11, 10)))
    assert customers.get_customer(db, c.id).customer.tier == "standard"   # sleeping
    with pytest.raises(ValidationError) as exc:
        customer_tier.set_tier_override(db, c.id, "gold", who="店长")
    assert_user_error(exc, ValidationError, "reason")
    customer_tier.set_tier_override(db, c.id, "gold", reason="集团大客户", who="店长")
    run_care(db, shop.store_id, now=at(date(2026, 11, 11)))
    assert customers.get_customer(db, c.id).customer.tier == "gold"
    customer_tier.set_tier_override(db, c.id, None, who="店长")
    assert customers.get_customer(db, c.id).customer.tier == "standard"


def test_care_run_and_report_from_the_command_line(db, shop, database_url, capsys,
                                                   monkeypatch, tmp_path):
    owner(db, shop)
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    code = main.main(["--db", database_url, "care", "--store", str(shop.store_id), "run",
                      "--json"])
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 0 and set(out) >= {"created", "total"}
    assert out["total"] == sum(out["created"].values())
    code = main.main(["--db", database_url, "care", "--store", str(shop.store_id), "report",
                      "--month", "2026-06", "--json"])
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 0 and report["month"] == "2026-06" and report["total"]["invited"] == 0
    assert main.main(["--db", database_url, "care", "report", "--month", "5/2026"]) == 2


def test_a_high_satisfaction_score_earns_a_referral_invitation(db, shop):
    from app.domain.survey_templates import Occasion, SurveyStatus
    from app.models.survey import Survey, SurveyAnswer

    c, v = owner(db, shop)
    c2, v2 = owner(db, shop, "粤B54321")
    answered = at(date(2026, 3, 10))
    with db.session() as s:
        for cid, vid, score in ((c.id, v.id, 9), (c2.id, v2.id, 7)):
            survey = Survey(source_key=f"car:{vid}", occasion=Occasion.DELIVERY,
                            template_version=1, customer_id=cid, vehicle_id=vid,
                            event_at=at(DELIVERED), due_at=answered, answered_at=answered,
                            status=SurveyStatus.ANSWERED, store_id=shop.store_id)
            s.add(survey)
            s.flush()
            s.add(SurveyAnswer(survey_id=survey.id, question="overall", score=score,
                               scale_low=0, scale_high=10))
    run_care(db, shop.store_id, now=at(date(2026, 3, 13)))
    with db.session() as s:
        referrals = s.query(CareItem).filter_by(kind="referral").all()
        assert [(i.vehicle_id, i.due_date) for i in referrals] == [(v.id, date(2026, 3, 13))]
