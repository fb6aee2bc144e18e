"""Reception's today strip: arrivals, expected / arrived / late, cars in the shop, and the
ones owed a progress update, at a fixed time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.reads import PlateRead
from app.services import reception, work_orders
from app.services.today import today_at_reception
from tests.app.services.test_expected_visitors import NOW, book


def _in_shop(db, shop, plate, hour_utc, minute, *, checked_in_at):
    booking = book(db, shop, plate, hour_utc, minute)
    order = work_orders.open_work_order(db, booking_id=booking.id, now=checked_in_at)
    return work_orders.check_in(db, order.id, order.version, mileage_km=1000, fuel_level=50,
                                now=checked_in_at)


def test_the_figures_and_their_lists(db, shop):
    book(db, shop, "粤B10002", 2, 30)                  # 10:30, not seen at 11:00: late
    book(db, shop, "粤B10003", 5)                      # 13:00: expected later
    stale = _in_shop(db, shop, "粤B10004", 1, 0, checked_in_at=NOW - timedelta(minutes=45))
    fresh = _in_shop(db, shop, "粤B10005", 1, 30, checked_in_at=NOW - timedelta(minutes=10))
    waiting = work_orders.open_work_order(db, booking_id=book(db, shop, "粤B10006", 6).id,
                                          now=NOW)    # not checked in: not in the shop
    reception.arrive(db, PlateRead(plate="粤B10004", confidence=0.99), now=NOW - timedelta(minutes=50))
    reception.arrive(db, PlateRead(plate="粤B99999", confidence=0.99), now=NOW - timedelta(minutes=5))
    today = today_at_reception(db, now=NOW)
    assert [v.plate for v in today.arrivals] == ["粤B99999", "粤B10004"]
    assert len(today.expected) == 5
    assert {e.booking.plate for e in today.arrived} == {"粤B10004", "粤B10005"}
    assert [e.booking.plate for e in today.late] == ["粤B10002"]
    assert {c.id for c in today.in_shop} == {stale.id, fresh.id}
    assert waiting.id not in {c.id for c in today.in_shop}
    assert [c.id for c in today.overdue_updates] == [stale.id]


def test_an_empty_day(db, shop):
    today = today_at_reception(db, now=datetime(2026, 11, 23, 3, 0, tzinfo=UTC))
    assert (today.arrivals, today.expected, today.in_shop, today.overdue_updates) == ((), (), (), ())
    assert today.arrived == () and today.late == ()
