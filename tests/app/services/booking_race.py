"""The body of one racing desk process for test_booking_race (importable by `spawn`)."""

from __future__ import annotations

from datetime import datetime, timedelta


def race(url: str, attempts: list[dict], barrier, results) -> None:
    """Wait for the other desks, then try every booking in `attempts`; report the counts."""
    from app.acting import Actor, set_actor
    from app.db import Database
    from app.errors import Conflict, ValidationError
    from app.services import bookings

    set_actor(Actor(name="服务顾问", role="service_advisor", desk="racing desk"))  # signed in
    db = Database(url)
    created = refused = 0
    barrier.wait(60)
    for attempt in attempts:
        start = datetime.fromisoformat(attempt.pop("slot_start"))
        try:
            bookings.create_booking(db, slot_start=start, now=start - timedelta(days=1),
                                    **attempt)
            created += 1
        except (Conflict, ValidationError):
            refused += 1
    db.dispose()
    results.put((created, refused))
