"""A small dealer group whose KPI facts are set by hand, for the KPI tests and the test-size
bench: two divisions, three stores; store GZ01 (division 华南) has the facts below in
November 2026, GZ02 (华南) and SH01 (华东) a few more, and every fact has a twin outside
the month or in another store that must not be counted.

`EXPECTED` is what GZ01's November report must say, KPI by KPI: (numerator, denominator).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from app.domain.care_rules import CareKind, Outcome, Side
from app.domain.complaint_sla import ComplaintCategory, ComplaintChannel, ComplaintGrade
from app.domain.leads import OrderStatus
from app.domain.refreshments import OrderState
from app.domain.survey_templates import Occasion, SurveyStatus
from app.domain.test_drives import DriveStatus
from app.domain.workflow import WorkOrderStatus as S
from app.models import (
    Bay,
    Booking,
    BookingStatus,
    CareItem,
    CareOutcome,
    Complaint,
    Customer,
    Division,
    MatchKind,
    Opportunity,
    Part,
    QuoteStatus,
    RefreshmentOrder,
    ReplenishmentRequest,
    SalesOrder,
    Staff,
    StaffRole,
    Store,
    Survey,
    SurveyAnswer,
    TestDrive,
    TestDriveCar,
    Vehicle,
    Visit,
    WorkOrder,
    WorkOrderLine,
    WorkOrderStatusChange,
)
from app.models.customer import CustomerSource
from app.models.quote import Quote
from app.models.work_order import Approval, LineKind

MONTH = "2026-11"
#: "Now" for today's figures: 5 Dec 2026 11:00 store time.
NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


def at(day: int, hour: int = 2, month: int = 11) -> datetime:
    """A UTC instant in November 2026 (10:00 store time by default)."""
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


#: GZ01's November report: KPI code → (numerator, denominator).
EXPECTED: dict[str, tuple[Decimal, int]] = {
    "invitation_success": (Decimal(2), 3),
    "reminder_conversion": (Decimal(1), 2),
    "booking_share": (Decimal(2), 5),
    "approval_turnaround": (Decimal("6.00"), 2),
    "work_order_accuracy": (Decimal(1), 3),
    "lines_changed_after_approval": (Decimal(1), 3),
    "comebacks": (Decimal(1), 3),
    "satisfaction": (Decimal(3), 4),
    "data_completeness": (Decimal(1), 2),
    "quote_conversion": (Decimal(1), 3),
    "parts_fill_rate": (Decimal(2), 3),
    "refreshment_cost": (Decimal("60.00"), 2),
    "test_drive_conversion": (Decimal(1), 3),
}

#: The other stores' November facts: store code → KPI code → (numerator, denominator).
OTHERS: dict[str, dict[str, tuple[Decimal, int]]] = {
    "GZ02": {"booking_share": (Decimal(1), 1), "quote_conversion": (Decimal(1), 1)},
    "SH01": {"booking_share": (Decimal(0), 2), "quote_conversion": (Decimal(0), 1)},
}

#: GZ01's figures of today at NOW (November's `comeback` work order is still in repair).
TODAY = {"arrivals": 2, "expected": 2, "expected_arrived": 1, "in_shop": 4, "waiting": 1,
         "longest_wait_min": 30, "overdue_updates": 2, "open_complaints": 2,
         "complaints_overdue": 1}


@dataclass(frozen=True)
class Group:
    """Ids of the seeded group."""

    south_id: int
    east_id: int
    gz01: int
    gz02: int
    sh01: int
    consultant_id: int


class _Seeder:
    def __init__(self, session):
        self.s = session
        self.n = 0

    def add(self, obj):
        self.s.add(obj)
        self.s.flush()
        return obj

    def number(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n:05d}"

    def customer(self, name="张伟", mobile="13800000000", birthday=date(1990, 1, 1)):
        return self.add(Customer(name=name, mobile=mobile, birthday=birthday))

    def vehicle(self, customer):
        self.n += 1
        return self.add(Vehicle(plate=f"粤A{self.n + 10000:05d}", owner_id=customer.id))

    def work_order(self, store, vehicle, customer, opened, *, booking=None, status=S.IN_REPAIR,
                   closed=None, last_progress=None):
        return self.add(WorkOrder(number=self.number("WO"), store_id=store, vehicle_id=vehicle.id,
                                  customer_id=customer.id,
                                  booking_id=booking.id if booking else None, status=status,
                                  opened_at=opened, closed_at=closed,
                                  last_progress_at=last_progress))

    def move(self, order, frm, to, when):
        self.add(WorkOrderStatusChange(work_order_id=order.id, from_status=frm, to_status=to,
                                       at=when))

    def booking(self, vehicle, bay, slot, status=BookingStatus.COMPLETED):
        return self.add(Booking(vehicle_id=vehicle.id, slot_start=slot,
                                slot_end=slot + timedelta(hours=1), bay_id=bay.id, status=status))

    def line(self, order, approved_at=None, part=None):
        return self.add(WorkOrderLine(
            work_order_id=order.id, kind=LineKind.PART if part else LineKind.LABOUR,
            description="项目", part_id=part.id if part else None, unit_price=Decimal("100"),
            approval=Approval.APPROVED if approved_at else Approval.PENDING,
            approved_at=approved_at))


def seed_group(db) -> Group:
    """Seed the group and GZ01's facts (see `EXPECTED`, `OTHERS`, `TODAY`)."""
    with db.session() as session:
        x = _Seeder(session)
        south = x.add(Division(code="S", name="华南大区"))
        east = x.add(Division(code="E", name="华东大区"))
        gz01 = x.add(Store(code="GZ01", name="广州天河店", division_id=south.id)).id
        gz02 = x.add(Store(code="GZ02", name="广州番禺店", division_id=south.id)).id
        sh01 = x.add(Store(code="SH01", name="上海浦东店", division_id=east.id)).id
        consultant = x.add(Staff(store_id=gz01, name="李强", role=StaffRole.SALES_CONSULTANT))
        other = x.add(Staff(store_id=gz01, name="王敏", role=StaffRole.SALES_CONSULTANT))
        bay = x.add(Bay(store_id=gz01, name="1号工位"))
        bay_sh = x.add(Bay(store_id=sh01, name="1号工位"))
        _care(x, gz01, sh01)
        _workshop(x, gz01, bay)
        _surveys(x, gz01, sh01)
        buyer = _quotes(x, gz01, gz02, sh01, consultant, other)
        _test_drives(x, gz01, buyer)
        _other_stores(x, gz02, sh01, bay_sh)
        _refreshments(x, gz01, sh01)
        _today(x, gz01, sh01, bay, bay_sh)
        return Group(south.id, east.id, gz01, gz02, sh01, consultant.id)


def _care(x: _Seeder, gz01: int, sh01: int) -> None:
    customer = x.customer()

    def item(kind, due, status="open", store=gz01):
        key = x.number("K")
        return x.add(CareItem(store_id=store, kind=kind, customer_id=customer.id, occurrence=key,
                              dedupe_key=key, due_date=due, window_end=due + timedelta(days=14),
                              side=Side.SERVICE, status=status))

    # invitation: 3 items invited in November, 2 of them booked (one was invited first)
    a, b, c = (item(CareKind.THANK_YOU, date(2026, 11, 1)) for _ in range(3))
    for it, outcomes in ((a, [Outcome.INVITED, Outcome.BOOKED]), (b, [Outcome.BOOKED]),
                         (c, [Outcome.INVITED])):
        for o in outcomes:
            x.add(CareOutcome(item_id=it.id, outcome=o, at=at(10)))
    late = item(CareKind.THANK_YOU, date(2026, 12, 1))
    x.add(CareOutcome(item_id=late.id, outcome=Outcome.BOOKED, at=at(2, month=12)))
    x.add(CareOutcome(item_id=item(CareKind.THANK_YOU, date(2026, 11, 1), store=sh01).id,
                      outcome=Outcome.INVITED, at=at(10)))
    # reminders: 2 service reminders due in November, one booked; a thank-you due too (not one)
    item(CareKind.PERIODIC_SERVICE, date(2026, 11, 5), status="booked")
    item(CareKind.FIRST_SERVICE, date(2026, 11, 20), status="declined")
    item(CareKind.PERIODIC_SERVICE, date(2026, 10, 30), status="booked")


def _workshop(x: _Seeder, gz01: int, bay) -> None:
    complete = x.customer()
    no_birthday = x.customer(name="王芳", mobile="13900000000", birthday=None)
    car, car2, car3 = x.vehicle(complete), x.vehicle(no_birthday), x.vehicle(complete)
    part = x.add(Part(code="P1", name="机油滤芯", price=Decimal("50")))
    booked1 = x.booking(car, bay, at(3))
    booked2 = x.booking(car2, bay, at(4))
    # five work orders opened in November, two from bookings
    one = x.work_order(gz01, car, complete, at(3), booking=booked1, status=S.DELIVERED,
                       closed=at(4))
    two = x.work_order(gz01, car2, no_birthday, at(4), booking=booked2, status=S.DELIVERED,
                       closed=at(6))
    three = x.work_order(gz01, car3, complete, at(8), status=S.DELIVERED, closed=at(9))
    comeback = x.work_order(gz01, car, complete, at(20), status=S.IN_REPAIR)  # car back in 16 d
    x.work_order(gz01, car3, complete, at(25, 1), status=S.CANCELLED, closed=at(25, 3))
    x.work_order(gz01, car2, no_birthday, at(28, month=10), status=S.DELIVERED,
                 closed=at(29, month=10))                                      # October
    # approval: estimates of `one` (answered after 2 h) and `two` (4 h); `comeback` unanswered
    for order, hours in ((one, 2), (two, 4)):
        x.move(order, S.DIAGNOSING, S.AWAITING_APPROVAL, order.opened_at)
        x.move(order, S.AWAITING_APPROVAL, S.IN_REPAIR, order.opened_at + timedelta(hours=hours))
    x.move(comeback, S.DIAGNOSING, S.AWAITING_APPROVAL, at(20, 3))
    x.move(three, S.DIAGNOSING, S.IN_REPAIR, at(8, 3))
    # `one` is clean; `two` gets a line approved after repair began; `three` is clean too
    x.line(one, approved_at=at(3, 3))
    x.line(two, approved_at=at(4, 3))
    x.line(two, approved_at=at(4, 9))                   # repair began at 06:00
    # parts: three part lines this month, one needed a replenishment (not from stock)
    x.line(one, approved_at=at(3, 3), part=part)
    x.line(three, approved_at=at(8, 3), part=part)
    x.line(comeback, part=part)
    x.add(ReplenishmentRequest(part_id=part.id, store_id=gz01, qty=1,
                               work_order_id=comeback.id))


def _surveys(x: _Seeder, gz01: int, sh01: int) -> None:
    customer = x.customer()

    def survey(store, answered, scores):
        s = x.add(Survey(source_key=x.number("wo:"), store_id=store, occasion=Occasion.SERVICE,
                         template_version=1, customer_id=customer.id, event_at=answered,
                         due_at=answered, status=SurveyStatus.ANSWERED, answered_at=answered))
        for question, (score, high) in scores.items():
            x.add(SurveyAnswer(survey_id=s.id, question=question, score=score, scale_low=0
                               if high == 10 else 1, scale_high=high))

    survey(gz01, at(12), {"overall": (10, 10), "advisor": (5, 5), "waiting": (3, 5)})
    survey(gz01, at(13), {"overall": (9, 10)})
    survey(gz01, at(3, month=12), {"overall": (2, 10)})
    survey(sh01, at(12), {"overall": (1, 10)})


def _quotes(x: _Seeder, gz01, gz02, sh01, consultant, other) -> Customer:
    buyer = x.customer(name="陈静", mobile="13600000000")

    def quote(store, number, status, staff, revision=1, when=None):
        return x.add(Quote(store_id=store, number=number, revision=revision, status=status,
                           consultant_id=staff.id if staff else None,
                           created_at=when or at(15)))

    def order(quote, status=OrderStatus.OPEN, when=None):
        lead = x.add(Opportunity(store_id=quote.store_id, customer_id=buyer.id,
                                 source=CustomerSource.WALK_IN, quote_id=quote.id))
        x.add(SalesOrder(store_id=quote.store_id, number=x.number("DD"), opportunity_id=lead.id,
                         quote_id=quote.id, customer_id=buyer.id, total=Decimal("150000"),
                         deposit=Decimal("5000"), expected_delivery=date(2026, 12, 20),
                         status=status, created_at=when or at(16)))

    quote(gz01, "Q1", QuoteStatus.EXPIRED, consultant)
    order(quote(gz01, "Q1", QuoteStatus.ACCEPTED, consultant, revision=2))  # one number, ordered
    quote(gz01, "Q2", QuoteStatus.ACCEPTED, consultant)               # accepted, never ordered
    order(quote(gz01, "Q3", QuoteStatus.ACCEPTED, other), OrderStatus.CANCELLED)  # not a sale
    quote(gz01, "Q4", QuoteStatus.DRAFT, other)                      # a draft: not given
    order(quote(gz01, "Q5", QuoteStatus.ACCEPTED, other, when=at(1, month=12)))  # December
    order(quote(gz02, "Q1", QuoteStatus.ACCEPTED, None), when=at(3, month=12))  # ordered later
    quote(sh01, "Q1", QuoteStatus.GIVEN, None)
    return buyer


def _test_drives(x: _Seeder, gz01: int, buyer: Customer) -> None:
    """November at GZ01: the buyer drove on the 14th and ordered on the 16th (counts), drove
    again on the 20th (no order since); another customer drove and did not order; a
    cancelled drive and December's do not count."""
    car = x.add(TestDriveCar(store_id=gz01, plate="粤A试001", model="凯美瑞"))
    browser = x.customer(name="周杰", mobile="13300000000")
    for who, day, month, status in ((buyer, 14, 11, DriveStatus.RETURNED),
                                    (buyer, 20, 11, DriveStatus.RETURNED),
                                    (browser, 21, 11, DriveStatus.RETURNED),
                                    (browser, 22, 11, DriveStatus.CANCELLED),
                                    (buyer, 2, 12, DriveStatus.RETURNED)):
        x.add(TestDrive(number=x.number("TD"), store_id=gz01, car_id=car.id, customer_id=who.id,
                        start_at=at(day, month=month), end_at=at(day, 3, month=month),
                        status=status, licence_number="440101199001011234"))


def _other_stores(x: _Seeder, gz02: int, sh01: int, bay_sh) -> None:
    customer = x.customer(name="赵六", mobile="13700000000")
    car = x.vehicle(customer)
    x.work_order(gz02, car, customer, at(5), booking=x.booking(car, bay_sh, at(5)),
                 status=S.DELIVERED, closed=at(5, 5))
    for day in (6, 7):
        x.work_order(sh01, car, customer, at(day), status=S.DELIVERED, closed=at(day, 5))


def _refreshments(x: _Seeder, gz01: int, sh01: int) -> None:
    """Two November visits at GZ01 ordered ¥30 + ¥20 and ¥10 (¥60 ÷ 2 visits); a cancelled
    order, an order without a visit, December's and SH01's do not count."""
    first, second, december = (x.add(Visit(arrived_at=when, match=MatchKind.EXACT))
                               for when in (at(11), at(12), at(2, month=12)))
    for store, visit, worth, state, when in (
            (gz01, first, "30", OrderState.SERVED, at(11, 3)),
            (gz01, first, "20", OrderState.NEW, at(11, 4)),
            (gz01, first, "15", OrderState.CANCELLED, at(11, 4)),
            (gz01, second, "10", OrderState.SERVED, at(12, 3)),
            (gz01, None, "8", OrderState.SERVED, at(12, 3)),
            (gz01, december, "40", OrderState.SERVED, at(2, 3, month=12)),
            (sh01, second, "99", OrderState.SERVED, at(12, 3))):
        x.add(RefreshmentOrder(store_id=store, visit_id=visit.id if visit else None,
                               worth=Decimal(worth), state=state, ordered_at=when))


def _today(x: _Seeder, gz01: int, sh01: int, bay, bay_sh) -> None:
    customer = x.customer()
    car = x.vehicle(customer)
    # visits today: one handed over, one waiting since 10:30; one yesterday
    x.add(Visit(arrived_at=NOW - timedelta(minutes=45), match=MatchKind.EXACT,
                handed_over_at=NOW - timedelta(minutes=40)))
    x.add(Visit(arrived_at=NOW - timedelta(minutes=30), match=MatchKind.UNKNOWN))
    x.add(Visit(arrived_at=NOW - timedelta(days=1), match=MatchKind.UNKNOWN))
    # bookings today: one checked in, one still expected, one cancelled; one in another store
    x.booking(car, bay, NOW - timedelta(hours=1), status=BookingStatus.CHECKED_IN)
    x.booking(car, bay, NOW + timedelta(hours=2), status=BookingStatus.BOOKED)
    x.booking(car, bay, NOW + timedelta(hours=3), status=BookingStatus.CANCELLED)
    x.booking(car, bay_sh, NOW, status=BookingStatus.BOOKED)
    # cars on site: two in repair (one without an update for 45 min), one ready for pick-up
    x.work_order(gz01, car, customer, NOW - timedelta(hours=2), status=S.IN_REPAIR,
                 last_progress=NOW - timedelta(minutes=45))
    x.work_order(gz01, car, customer, NOW - timedelta(hours=2), status=S.IN_REPAIR,
                 last_progress=NOW - timedelta(minutes=5))
    x.work_order(gz01, car, customer, NOW - timedelta(hours=3), status=S.READY_FOR_PICKUP,
                 last_progress=NOW - timedelta(hours=2))
    x.work_order(sh01, car, customer, NOW - timedelta(hours=3), status=S.IN_REPAIR)
    # complaints: one overdue for contact, one contacted in time, one closed
    for started, contacted, status in ((NOW - timedelta(hours=2), None, "open"),
                                       (NOW - timedelta(hours=2), NOW - timedelta(hours=1),
                                        "contacted"),
                                       (NOW - timedelta(days=3), None, "closed")):
        x.add(Complaint(store_id=gz01, customer_id=customer.id, channel=ComplaintChannel.PHONE,
                        category=ComplaintCategory.QUALITY, grade=ComplaintGrade.ORDINARY,
                        status=status, summary="等太久", created_at=started,
                        round_started_at=started, contacted_at=contacted))
