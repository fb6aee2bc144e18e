"""Migration 0004_voice keeps the complaints the demo wrote before it."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from app.db import alembic_config, make_engine


def _upgrade(url: str, revision: str) -> None:
    config = alembic_config(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_existing_complaints_survive_with_status_store_and_steps(empty_database_url):
    url = empty_database_url
    _upgrade(url, "0003")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO stores (id, code, name, province, city, address, phone, "
                          "created_at) VALUES (1, 'S1', '店', '粤', '', '', '', :t)"),
                     {"t": "2026-11-01 00:00:00"})
        conn.execute(text("INSERT INTO staff (id, store_id, name, role, active, created_at) "
                          "VALUES (1, 1, '周敏', 'manager', true, :t)"), {"t": "2026-11-01 00:00:00"})
        conn.execute(text("INSERT INTO customers (id, name, name_initials, salutation, kind, "
                          "source, consent_contact, consent_plate_recognition, tier, notes, "
                          "created_at, updated_at, version_id) VALUES (1, '张伟', 'zw', '', "
                          "'customer', 'walk_in', false, false, 'silver', '', :t, :t, 1)"),
                     {"t": "2026-11-01 00:00:00"})
        conn.execute(text("INSERT INTO complaints (customer_id, grade, status, summary, owner_id, "
                          "created_at, resolved_at) VALUES (1, 'major', 'resolved', '洗车不干净', 1, "
                          ":t, :r), (1, 'ordinary', 'open', '等太久', NULL, :t, NULL)"),
                     {"t": "2026-11-02 01:00:00", "r": "2026-11-02 05:00:00"})
    engine.dispose()
    _upgrade(url, "head")
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT summary, status, store_id, category, channel, "
                                 "closed_at IS NOT NULL, proposed_at IS NOT NULL, "
                                 "round_started_at IS NOT NULL FROM complaints ORDER BY id")).all()
        steps = conn.execute(text("SELECT complaint_id, step FROM complaint_steps "
                                  "ORDER BY complaint_id, step")).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("洗车不干净", "closed", 1, "attitude", "phone", True, True, True),
        ("等太久", "open", None, "attitude", "phone", False, False, True)]
    assert [tuple(s) for s in steps] == [(1, "closed"), (1, "received"), (2, "received")]
