"""The sales pipeline: every stage move allowed or refused, lost reasons, a quote attached,
an order delivered (the car, its care items, the delivery survey), on both backends."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain.care_rules import CareKind
from app.domain.leads import OPEN_STAGES, PIPELINE, DeliveryCheck, Stage, StageRefused
from app.errors import Conflict, NotFound, StaleEdit, ValidationError
from app.models import (
    CareItem,
    Customer,
    CustomerKind,
    Opportunity,
    OpportunityStageChange,
    Survey,
    Vehicle,
)
from app.services import leads, quotes, sales_orders
from app.services import sales_catalogue as catalogue
from app.services.common import store_today
from app.services.leads import LeadForm
from app.services.quotes import QuoteForm

pytestmark = pytest.mark.db
VIN = "LVGBE40K08G000017"       # a valid check digit


@dataclass(frozen=True)
class Floor:
    store_id: int
    consultant_id: int
    vehicle_id: int


@pytest.fixture
def floor(db, shop) -> Floor:
    camry = catalogue.create_vehicle(db, brand="丰田", model="凯美瑞", trim="2.0E 精英版",
                                     model_year=2026, msrp="179800", energy="petrol")
    return Floor(shop.store_id, shop.consultant_id, camry.id)


def new_lead(db, floor: Floor, mobile: str = "13812345678", **changes) -> leads.LeadCard:
    form = replace(LeadForm(name="张伟", mobile=mobile, source="walk_in",
                            consultant_id=floor.consultant_id,
                            catalogue_vehicle_id=floor.vehicle_id, budget="180000",
                            timing="within_month"), **changes)
    return leads.register_lead(db, form, store_id=floor.store_id)


def put_at(db, lead_id: int, stage: Stage, quote_id: int | None = None) -> None:
    """Set a lead's stage directly (the starting point of a move under test)."""
    with db.session() as s:
        row = s.get(Opportunity, lead_id)
        row.stage, row.quote_id = stage, quote_id


def make_quote(db, floor: Floor, customer_id: int) -> int:
    return quotes.create_quote(db, QuoteForm(
        vehicle_id=floor.vehicle_id, consultant_id=floor.consultant_id,
        customer_id=customer_id, colour="铂金珍珠白"), store_id=floor.store_id).id


def test_register_lead_makes_a_prospect_and_a_new_lead(db, floor):
    card = new_lead(db, floor)
    assert (card.stage, card.source, card.budget) == ("new", "walk_in", Decimal("180000.00"))
    assert card.interest == "丰田 凯美瑞 2.0E 精英版" and card.timing == "within_month"
    with db.session() as s:
        assert s.get(Customer, card.customer_id).kind == CustomerKind.PROSPECT
    with pytest.raises(Conflict):           # one open lead per customer and store
        new_lead(db, floor)
    for field, value in (("referrer_id", 999), ("catalogue_vehicle_id", 999)):
        with pytest.raises(NotFound) as caught:
            new_lead(db, floor, mobile="13812340000", **{field: value})
        assert caught.value.field == field


@pytest.mark.parametrize("budget", ["abc", "-5", "NaN"])
def test_bad_budget_stores_nothing(db, floor, budget):
    with pytest.raises(ValidationError) as caught:
        leads.register_lead(db, LeadForm(name="张伟", mobile="13812345678", budget=budget),
                            store_id=floor.store_id)
    assert caught.value.field == "budget"
    with db.session() as s:
        assert s.scalar(select(func.count(Customer.id))) == 0


HAND = {Stage.CONTACTED, Stage.VISITED, Stage.TEST_DRIVE, Stage.NEGOTIATING}


def expected_by_hand(frm: Stage, to: Stage, has_quote: bool) -> bool:
    """The rule written out once more, stage by stage, for the table below."""
    if frm == Stage.LOST:
        return to == Stage.CONTACTED
    if frm == Stage.DELIVERED or to not in HAND:
        return False
    if PIPELINE.index(to) <= PIPELINE.index(frm):
        return False
    return to != Stage.NEGOTIATING or has_quote


@pytest.mark.parametrize("frm", list(Stage))
def test_every_move_by_hand_allowed_or_refused(db, floor, frm):
    card = new_lead(db, floor)
    quote_id = make_quote(db, floor, card.customer_id)
    for has_quote in (False, True):
        for to in Stage:
            if to == Stage.LOST:
                continue
            put_at(db, card.id, frm, quote_id if has_quote else None)
            if expected_by_hand(frm, to, has_quote):
                moved = leads.move_stage(db, card.id, None, to.value)
                assert moved.stage == to.value
            else:
                with pytest.raises(StageRefused) as caught:
                    leads.move_stage(db, card.id, None, to.value)
                assert caught.value.zh and caught.value.en and caught.value.field == "stage"
                with db.session() as s:
                    assert s.get(Opportunity, card.id).stage == frm


def test_lost_needs_a_reason_and_other_needs_a_note(db, floor):
    card = new_lead(db, floor)
    for reason, note, field in (("", "", "lost_reason"), ("bored", "", "lost_reason"),
                                ("other", "  ", "lost_note")):
        with pytest.raises(ValidationError) as caught:
            leads.mark_lost(db, card.id, None, reason, note)
        assert caught.value.field == field
    lost = leads.mark_lost(db, card.id, None, "competitor", "选了雅阁")
    assert lost.stage == "lost"
    with db.session() as s:
        row = s.get(Opportunity, card.id)
        assert (row.lost_reason, row.lost_note) == ("competitor", "选了雅阁")
    with pytest.raises(StageRefused):              # a lost lead cannot be lost again
        leads.mark_lost(db, card.id, None, "price")
    reopened = leads.move_stage(db, card.id, None, "contacted")
    assert reopened.stage == "contacted"
    with db.session() as s:
        assert s.get(Opportunity, card.id).lost_reason is None


def test_delivered_lead_cannot_be_lost(db, floor):
    card = new_lead(db, floor)
    put_at(db, card.id, Stage.DELIVERED)
    with pytest.raises(StageRefused):
        leads.mark_lost(db, card.id, None, "price")


def test_attaching_a_quote_moves_to_quoted_and_test_drive_keeps_later_stages(db, floor):
    card = new_lead(db, floor)
    assert leads.open_lead_of(db, floor.store_id, card.customer_id).id == card.id
    assert leads.record_test_drive(db, card.id).stage == "test_drive"
    quote_id = make_quote(db, floor, card.customer_id)
    quoted = leads.attach_quote(db, card.id, quote_id)
    assert (quoted.stage, quoted.quote_id) == ("quoted", quote_id)
    assert leads.record_test_drive(db, card.id).stage == "quoted"   # never backwards
    leads.move_stage(db, card.id, None, "negotiating")
    assert leads.attach_quote(db, card.id, quote_id).stage == "negotiating"
    leads.mark_lost(db, card.id, None, "price")
    with pytest.raises(StageRefused):
        leads.record_test_drive(db, card.id)
    assert leads.open_lead_of(db, floor.store_id, card.customer_id) is None
    with db.session() as s:
        moves = s.scalars(select(OpportunityStageChange.to_stage)
                          .where(OpportunityStageChange.opportunity_id == card.id)
                          .order_by(OpportunityStageChange.id)).all()
    assert moves == ["new", "test_drive", "quoted", "negotiating", "lost"]


def test_a_quote_of_another_customer_is_refused(db, floor):
    card = new_lead(db, floor)
    other = new_lead(db, floor, mobile="13812340000")
    quote_id = make_quote(db, floor, other.customer_id)
    with pytest.raises(ValidationError) as caught:
        leads.attach_quote(db, card.id, quote_id)
    assert caught.value.field == "quote_id"


def test_follow_ups_overdue_and_on_the_card(db, floor):
    card = new_lead(db, floor)
    now = datetime.now(UTC)
    with pytest.raises(ValidationError):
        leads.add_task(db, card.id, "回电", now - timedelta(hours=2), now=now)
    task = leads.add_task(db, card.id, "回电话确认试驾", now + timedelta(hours=1), now=now)
    later = now + timedelta(hours=3)
    (shown,) = leads.pipeline(db, floor.store_id, now=later)
    assert shown.overdue and shown.next_due == task.due_at
    assert leads.open_tasks(db, floor.store_id, now=later)[0].overdue
    leads.complete_task(db, task.id)
    (shown,) = leads.pipeline(db, floor.store_id, now=later)
    assert not shown.overdue and shown.next_due is None


def test_board_filters_by_consultant(db, floor, shop):
    new_lead(db, floor)
    leads.register_lead(db, LeadForm(name="王芳", mobile="13812340000"),
                        store_id=floor.store_id)
    assert len(leads.pipeline(db, floor.store_id)) == 2
    mine = leads.pipeline(db, floor.store_id, consultant_id=floor.consultant_id)
    assert [c.customer_name for c in mine] == ["张伟"]
    assert all(c.stage in {s.value for s in OPEN_STAGES} for c in mine)


def ordered(db, floor: Floor, **changes) -> tuple[leads.LeadCard, sales_orders.OrderRecord]:
    card = new_lead(db, floor, **changes)
    leads.attach_quote(db, card.id, make_quote(db, floor, card.customer_id))
    today = store_today()
    order = sales_orders.create_order(db, card.id, deposit="5000",
                                      expected_delivery=today + timedelta(days=10))
    return card, order


def test_order_refuses_bad_deposit_and_past_date_and_keeps_the_lead(db, floor):
    card = new_lead(db, floor)
    today = store_today()
    with pytest.raises(ValidationError) as caught:       # no quote yet
        sales_orders.create_order(db, card.id, deposit="5000", expected_delivery=today)
    assert caught.value.field == "quote_id"
    leads.attach_quote(db, card.id, make_quote(db, floor, card.customer_id))
    for deposit, day, field in (("五千", today, "deposit"), ("0", today, "deposit"),
                                ("5000", today - timedelta(days=2), "expected_delivery"),
                                ("99999999", today, "deposit")):
        with pytest.raises(ValidationError) as caught:
            sales_orders.create_order(db, card.id, deposit=deposit, expected_delivery=day)
        assert caught.value.field == field
    assert leads.get_lead(db, card.id).card.stage == "quoted"


def test_delivery_creates_vehicle_care_items_and_survey(db, floor):
    card, order = ordered(db, floor)
    assert leads.get_lead(db, card.id).card.stage == "ordered"
    assert order.deposit == Decimal("5000.00") and order.configuration.startswith("丰田 凯美瑞")
    with pytest.raises(ValidationError) as caught:       # checklist not done
        sales_orders.deliver_order(db, order.id, None, vin=VIN, plate="粤A12345")
    assert caught.value.field == "checks"
    for item in DeliveryCheck:
        order = sales_orders.tick_check(db, order.id, item.value, by_id=floor.consultant_id)
    assert all(c.done_at is not None and c.done_by == "李强" for c in order.checks)
    with pytest.raises(ValidationError) as caught:       # a VIN with a wrong check digit
        sales_orders.deliver_order(db, order.id, None, vin="LVGBE40K18G000017",
                                   plate="粤A12345")
    assert caught.value.field == "vin"
    with db.session() as s:
        assert s.scalar(select(func.count(Vehicle.id))) == 0
    done = sales_orders.deliver_order(db, order.id, None, vin=VIN, plate="粤A12345")
    assert done.order.status == "delivered" and leads.get_lead(db, card.id).card.stage \
        == "delivered"
    with db.session() as s:
        car = s.get(Vehicle, done.vehicle_id)
        assert (car.vin, car.owner_id, car.model) == (VIN, card.customer_id, "凯美瑞")
        assert car.purchase_date is not None
        assert s.get(Customer, card.customer_id).kind == CustomerKind.CUSTOMER
        kinds = set(s.scalars(select(CareItem.kind).where(CareItem.vehicle_id == car.id)))
        survey = s.scalar(select(Survey).where(Survey.source_key == f"car:{car.id}"))
    assert CareKind.THANK_YOU in kinds and done.care_created.get("thank_you") == 1
    assert survey is not None and survey.occasion == "delivery"
    assert survey.customer_id == card.customer_id and done.surveys_created >= 1
    with pytest.raises(Conflict):                        # delivered once only
        sales_orders.deliver_order(db, order.id, None, vin=VIN, plate="粤A12345")


def test_a_cancelled_order_takes_its_lead_back_to_negotiating(db, floor):
    card, order = ordered(db, floor)
    with pytest.raises(ValidationError) as caught:       # no reason: nothing changes
        sales_orders.cancel_order(db, order.id, order.version, reason=" ")
    assert caught.value.field == "cancel_reason"
    assert sales_orders.orders_of(db, card.id)[0].status == "open"
    assert leads.get_lead(db, card.id).card.stage == "ordered"
    done = sales_orders.cancel_order(db, order.id, order.version, reason="客户资金未到位")
    assert (done.status, done.cancel_reason) == ("cancelled", "客户资金未到位")
    assert done.cancelled_at is not None
    assert leads.get_lead(db, card.id).card.stage == "negotiating"
    with db.session() as s:
        moves = [(m.from_stage, m.to_stage) for m in s.scalars(
            select(OpportunityStageChange).where(
                OpportunityStageChange.opportunity_id == card.id)
            .order_by(OpportunityStageChange.id))]
    assert moves[-1] == ("ordered", "negotiating")
    with pytest.raises(Conflict):                        # once only
        sales_orders.cancel_order(db, order.id, None, reason="再取消一次")
    with pytest.raises(StaleEdit):                       # a stale version is refused
        sales_orders.cancel_order(db, order.id, order.version, reason="旧页面")
    again = sales_orders.create_order(db, card.id, deposit="3000",      # a new order may follow
                                      expected_delivery=store_today() + timedelta(days=20))
    assert [o.status for o in sales_orders.orders_of(db, card.id)] == ["open", "cancelled"]
    for item in DeliveryCheck:
        again = sales_orders.tick_check(db, again.id, item.value)
    sales_orders.deliver_order(db, again.id, None, vin=VIN, plate="粤A12345")
    with pytest.raises(Conflict):                        # delivered: not cancelled any more
        sales_orders.cancel_order(db, again.id, None, reason="客户后悔")
    assert leads.get_lead(db, card.id).card.stage == "delivered"


def test_a_prospect_registered_at_the_gate_opens_a_gate_lead(db, floor):
    from app.domain.reads import PlateRead
    from app.services import reception

    card = reception.arrive(db, PlateRead(plate="粤A99999", confidence=0.97))
    reception.register_visitor(db, card.visit_id, "王小明", "13612345678",
                               store_id=floor.store_id)
    (lead,) = leads.pipeline(db, floor.store_id)
    assert (lead.customer_name, lead.source, lead.stage) == ("王小明", "gate", "new")
    with db.session() as s:
        assert s.get(Opportunity, lead.id).visit_id == card.visit_id
    service = reception.arrive(db, PlateRead(plate="粤A88888", confidence=0.97))
    reception.register_visitor(db, service.visit_id, "李雷", "13612340000", kind="service",
                               store_id=floor.store_id)
    assert len(leads.pipeline(db, floor.store_id)) == 1     # a service customer is no lead


def test_a_referral_lead_names_its_referrer_at_delivery(db, floor):
    from app.services import customers

    friend = customers.create_customer(db, name="老客户", mobile="13900009999")
    with pytest.raises(NotFound) as caught:
        new_lead(db, floor, source="referral", referrer_mobile="13900001111")
    assert caught.value.field == "referrer_mobile"
    card, order = ordered(db, floor, source="referral", referrer_mobile="13900009999")
    for item in DeliveryCheck:
        sales_orders.tick_check(db, order.id, item.value)
    done = sales_orders.deliver_order(db, order.id, order.version, vin=VIN, plate="粤A12345")
    assert done.referrer_id == friend.id


def test_delivery_gives_the_referrer_their_points_once(db, floor):
    from app.services import customers, points

    friend = customers.create_customer(db, name="老客户", mobile="13900009999")
    card, order = ordered(db, floor, source="referral", referrer_mobile="13900009999")
    for item in DeliveryCheck:
        sales_orders.tick_check(db, order.id, item.value)
    done = sales_orders.deliver_order(db, order.id, order.version, vin=VIN, plate="粤A12345")
    referral = points.store_points_rules(db, floor.store_id).referral
    assert (done.referrer_id, done.referral_points) == (friend.id, referral)
    assert points.points_balance(db, friend.id) == referral
    (row,) = points.ledger(db, friend.id).entries
    assert (row.kind, row.source, row.against_id) == ("earn", "referral", card.customer_id)
    # the same customer buys a second car, referred by the same friend: no points again
    again, second = ordered(db, floor, source="referral", referrer_mobile="13900009999")
    assert again.customer_id == card.customer_id
    for item in DeliveryCheck:
        sales_orders.tick_check(db, second.id, item.value)
    more = sales_orders.deliver_order(db, second.id, None, vin="LVGBE40K28G000018",
                                      plate="粤A12346")
    assert (more.referrer_id, more.referral_points) == (friend.id, 0)
    assert points.points_balance(db, friend.id) == referral
    assert len(points.ledger(db, friend.id).entries) == 1


def test_a_delivery_without_a_referrer_earns_nobody_points(db, floor):
    from app.models import PointsEntry

    _card, order = ordered(db, floor)
    for item in DeliveryCheck:
        sales_orders.tick_check(db, order.id, item.value)
    done = sales_orders.deliver_order(db, order.id, None, vin=VIN, plate="粤A12345")
    assert (done.referrer_id, done.referral_points) == (None, 0)
    with db.session() as s:
        assert s.scalar(select(func.count(PointsEntry.id))) == 0


def _deposit_paid(db, order, amount: str, method: str = "wechat_pay", no: str = "WX-1"):
    """The customer pays a deposit at the cashier's on the order's quote (given to them)."""
    from app.services import cashier

    quotes.give_quote(db, order.quote_id)
    return cashier.take_deposit(db, order.quote_id, method, amount, transaction_no=no)[-1]


def test_a_cancelled_orders_paid_deposit_is_refunded_as_money_after_the_choice(db, floor):
    from app.services import cashier, day_close

    card, order = ordered(db, floor)
    paid = _deposit_paid(db, order, "5000.00")
    cashier.refund(db, paid.id, "1000", reason="客户少付")       # the cashier gave 1,000 back
    assert sales_orders.orders_of(db, card.id)[0].deposit_paid == Decimal("4000.00")
    with pytest.raises(ValidationError) as caught:       # refunded or forfeited? ask first
        sales_orders.cancel_order(db, order.id, order.version, reason="客户资金未到位")
    assert caught.value.field == "deposit_outcome" and "4,000.00" in caught.value.zh
    assert sales_orders.orders_of(db, card.id)[0].status == "open"
    done = sales_orders.cancel_order(db, order.id, order.version, reason="客户资金未到位",
                                     deposit_outcome="refunded")
    assert (done.status, done.deposit_outcome, done.deposit_paid) == (
        "cancelled", "refunded", Decimal("0.00"))
    deposit, first, back = cashier.deposits(db, order.quote_id)
    assert (back.kind, back.method, back.amount, back.refund_of_id) == (
        "refund", "wechat_pay", Decimal("-4000.00"), deposit.id)
    assert isinstance(back.amount, Decimal) and "客户资金未到位" in back.note
    takings = day_close.day_takings(db, floor.store_id, store_today())
    wechat = {x.method: x.recorded for x in takings.lines}["wechat_pay"]
    assert wechat == Decimal("0.00") and takings.recorded_total == Decimal("0.00")


def test_a_forfeited_deposit_stays_with_the_store(db, floor):
    from app.services import cashier, day_close

    card, order = ordered(db, floor)
    _deposit_paid(db, order, "5000.00", method="card", no="POS-9")
    with pytest.raises(ValidationError):                 # no such choice
        sales_orders.cancel_order(db, order.id, order.version, reason="客户违约",
                                  deposit_outcome="kept")
    done = sales_orders.cancel_order(db, order.id, order.version, reason="客户违约",
                                     deposit_outcome="forfeited")
    assert (done.deposit_outcome, done.deposit_paid) == ("forfeited", Decimal("5000.00"))
    assert [p.kind for p in cashier.deposits(db, order.quote_id)] == ["deposit"]
    assert day_close.day_takings(db, floor.store_id, store_today()).recorded_total \
        == Decimal("5000.00")


def test_an_order_without_a_paid_deposit_cancels_without_the_question(db, floor):
    card, order = ordered(db, floor)
    done = sales_orders.cancel_order(db, order.id, order.version, reason="客户改主意",
                                     deposit_outcome="refunded")
    assert (done.status, done.deposit_outcome, done.deposit_paid) == (
        "cancelled", "", Decimal("0.00"))
