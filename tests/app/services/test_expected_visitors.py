"""Expected visitors: arrived, not yet, late, no-show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.reads import PlateRead
from app.services import bookings, customers, reception, vehicles
from app.services.expected_visitors import expected_today

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)   # 11:00 in the store


def book(db, shop, plate, hour_utc, minute=0):
    owner = customers.create_customer(db, name="李雷", salutation="先生",
                                      mobile=f"139{plate[-5:]}000",
                                      consent_plate_recognition=True)
    vehicle = vehicles.add_vehicle(db, plate=plate, owner_id=owner.id)
    start = datetime(2026, 11, 23, hour_utc, minute, tzinfo=UTC)
    return bookings.create_booking(db, vehicle_id=vehicle.id, item_ids=[shop.brakes_id],
                                   slot_start=start, now=start - timedelta(days=1))


def test_states(db, shop):
    book(db, shop, "粤B10001", 2)         # 10:00, and the car came
    book(db, shop, "粤B10002", 2, 30)     # 10:30, not seen: late at 11:00
    book(db, shop, "粤B10003", 5)         # 13:00: not yet
    no_show = book(db, shop, "粤B10004", 1)
    bookings.mark_no_show(db, no_show.id, now=NOW)
    reception.arrive(db, PlateRead(plate="粤B10001", confidence=0.99), now=NOW - timedelta(minutes=55))
    states = {e.booking.plate: e.state for e in expected_today(db, now=NOW)}
    assert states == {"粤B10001": "arrived", "粤B10002": "late", "粤B10003": "not_yet",
                      "粤B10004": "no_show"}
