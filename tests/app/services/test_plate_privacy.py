"""Plate privacy: a customer without plate-recognition consent is not identified at the
gate and no snapshot of their car is kept; consents are dated when given and withdrawn."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from app.domain.reads import PlateRead
from app.models import Visit
from app.services import customers, reception, vehicles
from app.services.common import STORE_TZ, store_today
from app.services.outbox import ArrivalOutbox
from app.services.snapshots import store_snapshot

NOW = datetime(2030, 3, 4, 9, 15, tzinfo=STORE_TZ)


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    """A private data folder (snapshots land in it)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("DEALERDESK_DATA", str(folder))
    return folder


def owner(db, plate: str, consent: bool, name: str = "张伟"):
    c = customers.create_customer(db, name=name, salutation="先生", mobile="13800138000",
                                  consent_plate_recognition=consent)
    return c, vehicles.add_vehicle(db, plate=plate, owner_id=c.id, brand="丰田", model="凯美瑞")


def picture() -> np.ndarray:
    return np.full((40, 120, 3), 200, np.uint8)


def jpgs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.jpg"))


def only_visit(db) -> Visit:
    with db.session() as s:
        (visit,) = s.query(Visit).all()
        s.expunge(visit)
        return visit


def test_a_non_consenting_customer_is_not_greeted_and_their_snapshot_is_deleted(db, data):
    owner(db, "粤B12345", consent=False)
    path = store_snapshot(picture(), now=NOW)
    assert Path(path).exists()
    card = reception.arrive(db, PlateRead(plate="粤B12345", confidence=0.98,
                                          snapshot_path=path, camera="gate"), now=NOW)
    assert card.match == "withheld" and not card.greets
    assert card.customer is None and card.vehicle is None and card.candidate is None
    assert card.plate == "" and card.snapshot_path is None
    assert not Path(path).exists() and jpgs(data) == []
    visit = only_visit(db)
    assert (visit.match, visit.customer_id, visit.vehicle_id) == ("withheld", None, None)
    assert visit.plate_read == "" and visit.snapshot_path is None
    again = reception.arrival_card(db, card.visit_id)     # another desk's poll: the same
    assert again.match == "withheld" and again.customer is None


def test_through_the_outbox_no_snapshot_survives(db, data, tmp_path):
    owner(db, "粤B12345", consent=False)
    outbox = ArrivalOutbox(tmp_path / "outbox.sqlite3")
    outbox.put(PlateRead(plate="粤B12345", confidence=0.98, crop=picture()), now=NOW)
    assert len(jpgs(data)) == 1                         # written first, for durability …
    delivery = outbox.deliver(lambda read, read_id: reception.arrive(db, read, read_id=read_id))
    ((_entry, card),) = delivery.recorded
    assert card.match == "withheld"
    assert jpgs(data) == []                             # … and gone once the match is known


def test_a_consenting_customer_is_still_greeted_with_the_snapshot(db, data):
    c, _ = owner(db, "粤B12345", consent=True)
    path = store_snapshot(picture(), now=NOW)
    card = reception.arrive(db, PlateRead(plate="粤B12345", confidence=0.98,
                                          snapshot_path=path), now=NOW)
    assert card.greets and card.customer.id == c.id and card.snapshot_path == path
    assert Path(path).exists()


def test_a_near_read_of_a_non_consenting_customer_offers_no_candidate(db, data):
    owner(db, "粤B12345", consent=False)
    card = reception.arrive(db, PlateRead(plate="粤B1234S", confidence=0.9), now=NOW)
    assert card.match == "unknown" and card.candidate is None and card.customer is None


def test_withdrawing_consent_stops_the_greeting_and_dates_the_withdrawal(db, data):
    c, _ = owner(db, "粤B12345", consent=True)
    assert reception.arrive(db, PlateRead("粤B12345", 0.98), now=NOW).greets
    withdrawn = customers.update_customer(db, c.id, c.version, consent_plate_recognition=False)
    assert withdrawn.consent_plate_recognition_withdrawn_at == store_today()
    card = reception.arrive(db, PlateRead("粤B12345", 0.98), now=NOW + timedelta(hours=2))
    assert card.match == "withheld" and card.customer is None
    given = customers.update_customer(db, c.id, withdrawn.version,
                                      consent_plate_recognition=True)
    assert given.consent_plate_recognition_at == store_today()
    assert given.consent_plate_recognition_withdrawn_at is None


def test_saving_an_unchanged_consent_keeps_its_date(db):
    c = customers.create_customer(db, name="李娜", consent_plate_recognition=True,
                                  consent_plate_recognition_at=date(2025, 1, 2))
    again = customers.update_customer(db, c.id, c.version, consent_plate_recognition=True,
                                      notes="喜欢靠窗")
    assert again.consent_plate_recognition_at == date(2025, 1, 2)


@pytest.mark.parametrize("consent", [True, False])
def test_registration_records_the_answer_to_the_consent_question(db, data, consent):
    card = reception.arrive(db, PlateRead("粤A99999", 0.97), now=NOW)
    reception.register_visitor(db, card.visit_id, "王小明", "13612345678",
                               consent_plate_recognition=consent)
    record = customers.search_customers(db, "王小明")[0]
    stored = customers.get_customer(db, record.customer_id).customer
    assert stored.consent_plate_recognition is consent
    assert (stored.consent_plate_recognition_at is not None) is consent
    later = reception.arrive(db, PlateRead("粤A99999", 0.97), now=NOW + timedelta(days=1))
    assert later.greets is consent
    assert later.match == ("exact" if consent else "withheld")
