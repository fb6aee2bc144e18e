"""Migration 0006_reliab upgrades a PostgreSQL store that already holds double bookings."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from app.db import alembic_config, make_engine

pytestmark = pytest.mark.postgres_only

T = "2026-11-01 00:00:00+00"


def _upgrade(url: str, revision: str) -> None:
    config = alembic_config(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _vehicle(conn, vehicle_id: int, plate: str) -> None:
    conn.execute(text(
        "INSERT INTO vehicles (id, plate, plate_color, brand, model, trim, colour, new_energy, "
        "active, created_at, updated_at, version_id) VALUES (:id, :plate, 'blue', '广汽丰田', "
        "'凯美瑞', '', '', false, true, :t, :t, 1)"), {"id": vehicle_id, "plate": plate, "t": T})


def _booking(conn, booking_id: int, vehicle_id: int, bay_id: int, start: str, end: str,
             technician_id: int | None = None) -> None:
    conn.execute(text(
        "INSERT INTO bookings (id, vehicle_id, slot_start, slot_end, bay_id, technician_id, "
        "channel, status, notes, created_by, created_at, version_id) VALUES (:id, :v, :s, :e, "
        ":bay, :tech, 'phone', 'booked', '', '', :t, 1)"),
        {"id": booking_id, "v": vehicle_id, "s": start, "e": end, "bay": bay_id,
         "tech": technician_id, "t": T})


def test_existing_clashes_are_settled_and_audited_before_the_constraints(empty_database_url):
    url = empty_database_url
    _upgrade(url, "0004_backoffice")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO stores (id, code, name, province, city, address, phone, "
                          "created_at) VALUES (1, 'S1', '店', '粤', '', '', '', :t)"), {"t": T})
        conn.execute(text("INSERT INTO staff (id, store_id, name, role, active, created_at) "
                          "VALUES (7, 1, '李工', 'technician', true, :t)"), {"t": T})
        for bay in (1, 2, 3):
            conn.execute(text("INSERT INTO bays (id, store_id, name, kind, active, sort_order) "
                              "VALUES (:id, 1, :name, 'normal', true, :id)"),
                         {"id": bay, "name": f"{bay}号工位"})
        for vehicle_id, plate in ((1, "粤A11111"), (2, "粤A22222"), (3, "粤A33333"), (4, "粤A44444")):
            _vehicle(conn, vehicle_id, plate)
        # 10 and 11 share bay 1; 12 and 13 share technician 7 in different bays;
        # 14 is the same car as 10 at the same time in bay 3; 15 follows 10 without overlap.
        _booking(conn, 10, 1, 1, "2026-11-05 01:00+00", "2026-11-05 02:00+00")
        _booking(conn, 11, 2, 1, "2026-11-05 01:30+00", "2026-11-05 02:30+00")
        _booking(conn, 12, 3, 2, "2026-11-05 03:00+00", "2026-11-05 04:00+00", technician_id=7)
        _booking(conn, 13, 4, 3, "2026-11-05 03:30+00", "2026-11-05 04:30+00", technician_id=7)
        _booking(conn, 14, 1, 3, "2026-11-05 01:00+00", "2026-11-05 02:00+00")
        _booking(conn, 15, 3, 1, "2026-11-05 02:30+00", "2026-11-05 03:00+00")
    engine.dispose()

    _upgrade(url, "head")

    engine = make_engine(url)
    with engine.connect() as conn:
        bookings = {row.id: (row.status, row.technician_id) for row in conn.execute(
            text("SELECT id, status, technician_id FROM bookings"))}
        audited = sorted(row[0] for row in conn.execute(text(
            "SELECT entity_id FROM audit_log WHERE entity = 'booking' "
            "AND who = 'migration 0006_reliab'")))
    engine.dispose()
    assert bookings == {10: ("booked", None), 11: ("cancelled", None), 12: ("booked", 7),
                        13: ("booked", None), 14: ("cancelled", None), 15: ("booked", None)}
    assert audited == [11, 13, 14]
