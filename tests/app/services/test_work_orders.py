"""Work orders: draft from a booking, check-in, lines and approval, moves, declined work."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.workflow import CHECKLIST
from app.errors import Conflict, NotFound, StaleEdit, ValidationError
from app.models import InspectionItem
from app.services import (
    bookings,
    customers,
    parts,
    stock,
    vehicles,
    work_order_board,
    work_orders,
)
from app.services.common import STORE_TZ
from tests.app.services.conftest import assert_user_error

DAY = date(2030, 3, 4)
NOW = datetime(2030, 3, 4, 9, 0, tzinfo=STORE_TZ)


@pytest.fixture
def car(db):
    owner = customers.create_customer(db, name="刘洋", salutation="先生", mobile="13800138000")
    return vehicles.add_vehicle(db, plate="粤B12345", owner_id=owner.id, brand="丰田",
                                model="凯美瑞", mileage_km=20000).id


@pytest.fixture
def pad(db, shop):
    """A brake-pad part: 10 on the shop's shelf, threshold 4."""
    part = parts.create_part(db, code="04465-06200", name="前刹车片", price="680.00",
                             threshold=4)
    stock.receive(db, shop.store_id, part.id, 10)
    return part.id


def booked_order(db, shop, car):
    booking = bookings.create_booking(
        db, vehicle_id=car, item_ids=[shop.brakes_id, shop.oil_id],
        slot_start=NOW + timedelta(minutes=30), advisor_id=shop.advisor_id,
        technician_id=shop.technician_id, notes="刹车异响", now=NOW)
    return booking, work_orders.open_work_order(db, booking_id=booking.id, now=NOW)


def checked_in(db, shop, car, **kw):
    _booking, draft = booked_order(db, shop, car)
    return work_orders.check_in(db, draft.id, draft.version, mileage_km=kw.get("km", 25000),
                                fuel_level=60, concerns="刹车异响", valuables="行车记录仪",
                                by_id=shop.advisor_id, now=NOW + timedelta(minutes=35))


def test_draft_from_a_booking_is_prefilled(db, shop, car):
    booking, draft = booked_order(db, shop, car)
    assert draft.status == "waiting_check_in" and draft.number == "WO20300304001"
    assert (draft.plate, draft.customer_name, draft.advisor_name) == ("粤B12345", "刘洋", "陈静")
    assert draft.technician_name == "赵磊" and draft.bay_id == booking.bay_id
    assert draft.concerns == "刹车异响"
    assert [(x.description, x.hours, x.rate, x.amount, x.approval) for x in draft.lines] == [
        ("更换机油", Decimal("0.50"), Decimal("760.00"), Decimal("380.00"), "pending"),
        ("更换刹车片", Decimal("1.50"), Decimal("600.00"), Decimal("900.00"), "pending")]
    assert draft.estimate_total == Decimal("1280.00") and draft.approved_total == 0
    again = work_orders.open_work_order(db, booking_id=booking.id, now=NOW)
    assert again.id == draft.id
    second = work_orders.open_work_order(db, vehicle_id=car, now=NOW)
    assert second.number == "WO20300304002" and second.lines == ()


def test_check_in_records_reception_and_moves_to_diagnosing(db, shop, car):
    order = checked_in(db, shop, car)
    assert order.status == "diagnosing"
    assert (order.mileage_km, order.fuel_level, order.valuables) == (25000, 60, "行车记录仪")
    assert [(c.from_status, c.to_status, c.by_name) for c in order.changes] == [
        (None, "waiting_check_in", "陈静"), ("waiting_check_in", "diagnosing", "陈静")]
    assert order.changes[-1].at == NOW + timedelta(minutes=35)
    assert bookings.get_booking(db, order.booking_id).status == "checked_in"
    assert vehicles.get_vehicle(db, car).mileage_km == 25000


@pytest.mark.parametrize(("kw", "field"), [
    ({"mileage_km": 19999, "fuel_level": 50}, "mileage_km"),
    ({"mileage_km": -1, "fuel_level": 50}, "mileage_km"),
    ({"mileage_km": 30000, "fuel_level": 101}, "fuel_level"),
])
def test_check_in_refuses_bad_readings(db, shop, car, kw, field):
    _booking, draft = booked_order(db, shop, car)
    with pytest.raises(ValidationError) as exc:
        work_orders.check_in(db, draft.id, draft.version, **kw, now=NOW)
    assert_user_error(exc, ValidationError, field)


def test_labour_is_hours_times_rate_and_totals_are_decimal(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_labour_line(db, order.id, order.version, description="异响诊断",
                                        hours="0.7", rate="320")
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=2)
    labour, part = order.lines[-2:]
    assert labour.amount == Decimal("224.00") and labour.kind == "labour"
    assert part.amount == Decimal("1360.00") and part.part_code == "04465-06200"
    assert order.estimate_total == Decimal("2864.00")
    assert isinstance(order.estimate_total, Decimal)


def test_approval_per_line_with_who_and_when_reserves_parts(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=2)
    oil, brakes, pads = order.lines
    when = NOW + timedelta(hours=1)
    order = work_orders.answer_lines(db, order.id, order.version,
                                     {oil.id: True, brakes.id: True, pads.id: True},
                                     by="刘洋", now=when)
    assert all(x.approval == "approved" and x.approved_by == "刘洋" and x.approved_at == when
               for x in order.lines)
    assert order.approved_total == Decimal("2640.00")
    record = parts.get_part(db, pad)
    assert (record.on_hand, record.reserved) == (10, 2)
    order = work_orders.answer_line(db, order.id, order.version, pads.id, False, by="刘洋",
                                    now=when)
    record = parts.get_part(db, pad)
    assert (record.on_hand, record.reserved) == (10, 0)
    assert order.approved_total == Decimal("1280.00")


def test_the_whole_flow_takes_parts_when_the_repair_is_done(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=2)
    order = work_orders.move(db, order.id, order.version, "awaiting_approval",
                             by_id=shop.advisor_id, now=NOW + timedelta(minutes=40))
    order = work_orders.answer_lines(db, order.id, order.version,
                                     {x.id: True for x in order.lines}, by="刘洋", now=NOW)
    for status, who in (("in_repair", shop.advisor_id), ("quality_check", shop.technician_id)):
        order = work_orders.move(db, order.id, order.version, status, by_id=who, now=NOW)
    record = parts.get_part(db, pad)
    assert (record.on_hand, record.reserved) == (8, 0)
    assert order.lines[-1].stock_taken_at is not None
    # rework and back to quality check takes nothing twice
    order = work_orders.move(db, order.id, order.version, "in_repair", by_id=shop.technician_id)
    order = work_orders.move(db, order.id, order.version, "quality_check",
                             by_id=shop.technician_id)
    assert parts.get_part(db, pad).on_hand == 8
    order = work_orders.move(db, order.id, order.version, "ready_for_pickup",
                             by_id=shop.technician_id)
    order = work_orders.move(db, order.id, order.version, "delivered", by_id=shop.advisor_id)
    assert order.status == "delivered" and order.closed_at is not None
    assert [c.to_status for c in order.changes] == [
        "waiting_check_in", "diagnosing", "awaiting_approval", "in_repair", "quality_check",
        "in_repair", "quality_check", "ready_for_pickup", "delivered"]
    assert bookings.get_booking(db, order.booking_id).status == "completed"
    with pytest.raises(ValidationError):
        work_orders.move(db, order.id, order.version, "in_repair")


def test_illegal_moves_are_refused_with_the_reason(db, shop, car):
    order = checked_in(db, shop, car)
    with pytest.raises(Conflict) as exc:
        work_orders.move(db, order.id, order.version, "delivered", by_id=shop.advisor_id)
    assert_user_error(exc, Conflict, "status")
    assert "诊断中" in exc.value.zh and "已交车" in exc.value.zh
    with pytest.raises(Conflict, match="await"):
        work_orders.move(db, order.id, order.version, "in_repair", by_id=shop.advisor_id)
    with pytest.raises(Conflict, match="role"):
        work_orders.move(db, order.id, order.version, "cancelled", by_id=shop.technician_id)
    assert work_orders.get_work_order(db, order.id).status == "diagnosing"


def test_a_draft_is_checked_in_before_diagnosis(db, shop, car):
    _booking, draft = booked_order(db, shop, car)
    with pytest.raises(ValidationError) as exc:
        work_orders.move(db, draft.id, draft.version, "diagnosing")
    assert_user_error(exc, ValidationError, "mileage_km")


def test_cancel_releases_reserved_parts(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=3)
    order = work_orders.answer_line(db, order.id, order.version, order.lines[-1].id, True,
                                    by="刘洋")
    assert parts.get_part(db, pad).reserved == 3
    work_orders.move(db, order.id, order.version, "cancelled", by_id=shop.advisor_id)
    assert parts.get_part(db, pad).reserved == 0


def test_stale_edit_is_refused(db, shop, car):
    order = checked_in(db, shop, car)
    work_orders.add_labour_line(db, order.id, order.version, description="洗车", hours=1)
    with pytest.raises(StaleEdit):
        work_orders.add_labour_line(db, order.id, order.version, description="打蜡", hours=1)


def test_progress_clears_the_thirty_minute_flag(db, shop, car):
    order = checked_in(db, shop, car)
    later = NOW + timedelta(hours=2)
    card = next(c for c in work_order_board.board(db, now=later) if c.id == order.id)
    assert card.flags(later).no_progress
    work_orders.record_progress(db, order.id, "已拆检刹车", by_id=shop.technician_id, now=later)
    card = next(c for c in work_order_board.board(db, now=later) if c.id == order.id)
    assert not card.flags(later + timedelta(minutes=29)).no_progress
    assert card.flags(later + timedelta(minutes=30)).no_progress
    detail = work_orders.get_work_order(db, order.id)
    assert detail.changes[-1].note == "已拆检刹车" and detail.changes[-1].by_name == "赵磊"


def test_inspection_checklist(db, shop, car):
    order = checked_in(db, shop, car)
    order = work_orders.set_inspection(db, order.id, order.version, [
        ("机油", "ok", ""), ("刹车", "urgent", "前片剩 2mm"), ("雨刮", "attention", "胶条老化")])
    recorded = {i.item: (i.result, i.note) for i in order.inspection}
    assert (recorded["机油"], recorded["刹车"], recorded["雨刮"]) == (
        ("ok", ""), ("urgent", "前片剩 2mm"), ("attention", "胶条老化"))
    order = work_orders.set_inspection(db, order.id, order.version, [("机油", "ok", "")])
    assert [i.item for i in order.inspection] == list(CHECKLIST)
    assert [i.result for i in order.inspection if i.item != "机油"] == ["unchecked"] * 10
    with pytest.raises(ValidationError) as exc:
        work_orders.set_inspection(db, order.id, order.version, [("机油", "bad", "")])
    assert_user_error(exc, ValidationError, "result")


def test_every_checklist_item_is_stored_and_an_unseen_one_is_never_ok(db, shop, car):
    order = checked_in(db, shop, car)
    work_orders.set_inspection(db, order.id, order.version,
                               [("刹车", "urgent", "前片剩 2mm"), ("灯光", "ok", "")])
    with db.session() as s:
        stored = dict(s.execute(select(InspectionItem.item, InspectionItem.result).where(
            InspectionItem.work_order_id == order.id)).all())
    assert sorted(stored) == sorted(CHECKLIST)                     # all 11, not 8
    assert {item for item, result in stored.items() if result == "ok"} == {"灯光"}
    assert stored["冷却液"] == "unchecked"


def test_declined_work_is_offered_again_at_the_next_visit(db, shop, car):
    order = checked_in(db, shop, car)
    oil, brakes = order.lines
    order = work_orders.answer_lines(db, order.id, order.version,
                                     {oil.id: True, brakes.id: False}, by="刘洋", now=NOW)
    assert order.declined_before == ()
    nxt = work_orders.open_work_order(db, vehicle_id=car, now=NOW + timedelta(days=90))
    assert [(d.description, d.amount, d.work_order_number) for d in nxt.declined_before] == [
        ("更换刹车片", Decimal("900.00"), order.number)]
    assert work_orders.declined_work(db, car)[0].line_id == brakes.id
    nxt = work_orders.offer_again(db, nxt.id, nxt.version, [brakes.id])
    assert [(x.description, x.approval, x.amount) for x in nxt.lines] == [
        ("更换刹车片", "pending", Decimal("900.00"))]
    assert nxt.declined_before == ()          # on this order now
    nxt = work_orders.answer_line(db, nxt.id, nxt.version, nxt.lines[0].id, True, by="刘洋")
    third = work_orders.open_work_order(db, vehicle_id=car, now=NOW + timedelta(days=200))
    assert third.declined_before == ()         # done since: no longer offered
    with pytest.raises(ValidationError):
        work_orders.offer_again(db, third.id, third.version, [oil.id])


def test_answered_lines_cannot_be_removed(db, shop, car):
    order = checked_in(db, shop, car)
    order = work_orders.answer_line(db, order.id, order.version, order.lines[0].id, True,
                                    by="刘洋")
    with pytest.raises(ValidationError):
        work_orders.remove_line(db, order.id, order.version, order.lines[0].id)
    order = work_orders.remove_line(db, order.id, order.version, order.lines[1].id)
    assert len(order.lines) == 1


def test_board_cards_and_signature(db, shop, car):
    before = work_order_board.board_signature(db, now=NOW)
    order = checked_in(db, shop, car)
    after = work_order_board.board_signature(db, now=NOW)
    assert after != before
    cards = work_order_board.board(db, now=NOW)
    assert [(c.number, c.status, c.plate, c.customer_name, c.advisor_name) for c in cards] == [
        (order.number, "diagnosing", "粤B12345", "刘洋", "陈静")]
    work_orders.add_labour_line(db, order.id, order.version, description="洗车", hours=1)
    assert work_order_board.board_signature(db, now=NOW) != after


def test_approving_parts_down_to_the_threshold_raises_a_replenishment_request(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=6)
    assert parts.open_requests(db) == ()
    work_orders.answer_line(db, order.id, order.version, order.lines[-1].id, True, by="刘洋")
    [request] = parts.open_requests(db)                 # 4 free = threshold 4
    assert (request.part_id, request.qty) == (pad, 4)


def test_not_enough_stock_refuses_the_approval(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=11)
    with pytest.raises(Conflict) as exc:
        work_orders.answer_line(db, order.id, order.version, order.lines[-1].id, True,
                                by="刘洋")
    assert_user_error(exc, Conflict, "part_id")
    assert work_orders.get_work_order(db, order.id).lines[-1].approval == "pending"


def test_parts_approved_during_quality_check_are_taken_on_the_way_out(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.answer_lines(db, order.id, order.version,
                                     {x.id: True for x in order.lines}, by="刘洋")
    for status in ("in_repair", "quality_check"):
        order = work_orders.move(db, order.id, order.version, status)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=1)
    order = work_orders.answer_line(db, order.id, order.version, order.lines[-1].id, True,
                                    by="刘洋")
    order = work_orders.move(db, order.id, order.version, "ready_for_pickup")
    record = parts.get_part(db, pad)
    assert (record.on_hand, record.reserved) == (9, 0)


def test_unknown_bay_or_staff_is_refused(db, shop, car):
    order = work_orders.open_work_order(db, vehicle_id=car)
    with pytest.raises(NotFound) as exc:
        work_orders.update_reception(db, order.id, order.version, bay_id=999)
    assert_user_error(exc, NotFound, "bay_id")


def test_repair_history_lists_every_work_order_with_lines_and_findings(db, shop, car):
    from app.services import repair_history
    first = checked_in(db, shop, car)
    first = work_orders.answer_lines(db, first.id, first.version,
                                     {first.lines[0].id: True, first.lines[1].id: False},
                                     by="刘洋")
    first = work_orders.set_inspection(db, first.id, first.version,
                                       [("刹车", "urgent", "前片剩 2mm"), ("机油", "ok", "")])
    second = work_orders.open_work_order(db, vehicle_id=car, now=NOW + timedelta(days=30))
    history = repair_history.vehicle_history(db, car)
    assert history.plate == "粤B12345" and history.vehicle_text == "丰田 凯美瑞"
    assert [e.number for e in history.entries] == [second.number, first.number]
    old = history.entries[1]
    assert old.mileage_km == 25000 and old.advisor_name == "陈静"
    assert [(x.description, x.approval) for x in old.lines] == [
        ("更换机油", "approved"), ("更换刹车片", "declined")]
    assert old.total == Decimal("380.00")
    assert [(f.item, f.result, f.note) for f in old.findings] == [("刹车", "urgent", "前片剩 2mm")]


def test_an_arrival_opens_todays_booking_or_a_walk_in(db, shop, car):
    booking = bookings.create_booking(db, vehicle_id=car, item_ids=[shop.oil_id],
                                      slot_start=NOW + timedelta(hours=1), now=NOW)
    order = work_orders.open_for_arrival(db, car, advisor_id=shop.advisor_id, now=NOW)
    assert order.booking_id == booking.id and [x.description for x in order.lines] == ["更换机油"]
    assert work_orders.open_for_arrival(db, car, now=NOW).id == order.id      # still open
    work_orders.move(db, order.id, order.version, "cancelled")
    walk_in = work_orders.open_for_arrival(db, car, now=NOW + timedelta(days=1))
    assert walk_in.booking_id is None and walk_in.lines == ()


def test_removed_lines_are_restored_as_they_were(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=2)
    removed = order.lines[1:]
    order = work_orders.remove_lines(db, order.id, order.version, [x.id for x in removed])
    order = work_orders.restore_lines(db, order.id, order.version, removed)
    back = order.lines[1:]
    assert [(x.kind, x.description, x.part_id, x.qty, x.unit_price, x.approval)
            for x in back] == [(x.kind, x.description, x.part_id, x.qty, x.unit_price,
                                x.approval) for x in removed]
    assert order.estimate_total == work_orders.get_work_order(db, order.id).estimate_total
    with pytest.raises(Conflict):       # the same lines twice: they are back already
        work_orders.restore_lines(db, order.id, order.version, order.lines[1:])


def test_a_restored_approved_part_line_reserves_again(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=3)
    line = order.lines[-1]
    order = work_orders.remove_lines(db, order.id, order.version, [line.id])
    approved = dataclasses.replace(line, approval="approved", approved_by="刘洋")
    work_orders.restore_lines(db, order.id, order.version, [approved])
    assert parts.get_part(db, pad).reserved == 3


def test_a_cancelled_work_order_goes_back_to_its_status_with_its_parts(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=3)
    order = work_orders.answer_line(db, order.id, order.version, order.lines[-1].id, True,
                                    by="刘洋")
    order = work_orders.move(db, order.id, order.version, "cancelled", by_id=shop.advisor_id)
    assert parts.get_part(db, pad).reserved == 0
    order = work_orders.reopen_cancelled(db, order.id, order.version, by_id=shop.advisor_id)
    assert (order.status, order.closed_at) == ("diagnosing", None)
    assert parts.get_part(db, pad).reserved == 3
    assert order.changes[-1].from_status == "cancelled"
    with pytest.raises(Conflict):
        work_orders.reopen_cancelled(db, order.id, order.version)


def test_a_cancelled_work_order_is_not_restored_once_another_is_open(db, shop, car):
    order = checked_in(db, shop, car)
    order = work_orders.move(db, order.id, order.version, "cancelled", by_id=shop.advisor_id)
    other = work_orders.open_work_order(db, vehicle_id=car, now=NOW + timedelta(hours=1))
    with pytest.raises(Conflict) as refused:
        work_orders.reopen_cancelled(db, order.id, order.version)
    assert other.number in refused.value.zh and other.number in refused.value.en
    assert work_orders.get_work_order(db, order.id).status == "cancelled"


def test_a_cancelled_work_order_is_not_restored_when_its_parts_are_gone(db, shop, car, pad):
    order = checked_in(db, shop, car)
    order = work_orders.add_part_line(db, order.id, order.version, part_id=pad, qty=3)
    order = work_orders.answer_line(db, order.id, order.version, order.lines[-1].id, True,
                                    by="刘洋")
    order = work_orders.move(db, order.id, order.version, "cancelled", by_id=shop.advisor_id)
    stock.issue(db, shop.store_id, pad, 9)                  # sold over the counter meanwhile
    with pytest.raises(Conflict) as refused:
        work_orders.reopen_cancelled(db, order.id, order.version)
    assert "前刹车片" in refused.value.zh
    assert work_orders.get_work_order(db, order.id).status == "cancelled"
    assert parts.get_part(db, pad).reserved == 0
