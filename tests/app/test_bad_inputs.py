"""The probe's bad inputs, each refused with a clear message (zh and en) and nothing stored,
through the services and the command line, on SQLite and on PostgreSQL.

One database serves the whole table: every case must leave it as it was (every table's row
count, the vehicle's mileage and the work order's version), which a stored value would
break for all the cases after it.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.domain.reads import PlateRead
from app.domain.vin import with_check_digit
from app.errors import UserError
from app.models import Base, Customer, Vehicle, WorkOrder
from app.services import bookings, customers, reception, vehicles, work_orders
from app.services.common import STORE_TZ
from tests.conftest import _pg_admin, _pg_url

NOW = datetime(2030, 3, 4, 8, 0, tzinfo=STORE_TZ)
GOOD_VIN = with_check_digit("LSVAU2180N2100001")
CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\x7f"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202e", "\u00ad"]


@dataclass(frozen=True)
class World:
    """The rows the cases work against."""

    db: Database
    url: str
    customer_id: int
    vehicle_id: int
    work_order_id: int
    item_id: int
    data: str


@pytest.fixture(scope="module")
def world(db_kind, migrated_template, tmp_path_factory, request):
    folder = tmp_path_factory.mktemp("bad-inputs")
    if db_kind == "sqlite":
        shutil.copyfile(migrated_template, folder / "store.sqlite3")
        url = f"sqlite:///{folder / 'store.sqlite3'}"
    else:
        server = request.getfixturevalue("pg_server_url")
        name = f"bad_{uuid.uuid4().hex[:10]}"
        _pg_admin(server, f'CREATE DATABASE "{name}" TEMPLATE "{migrated_template}"')
        url = _pg_url(server, name)
    db = Database(url)
    from app.models import Bay, BayKind, ServiceItem

    with db.session() as s:
        s.add(Bay(name="1号工位", kind=BayKind.NORMAL))
        item = ServiceItem(code="OIL", name="更换机油", labour_hours=Decimal("0.5"),
                           price=Decimal("380.00"), quick=True)
        s.add(item)
        s.flush()
        item_id = item.id
    owner = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678")
    car = vehicles.add_vehicle(db, plate="粤B12345", owner_id=owner.id, vin=GOOD_VIN,
                               mileage_km=50_000)
    order = work_orders.open_work_order(db, vehicle_id=car.id)
    order = work_orders.check_in(db, order.id, order.version, mileage_km=50_000, fuel_level=50)
    yield World(db, url, owner.id, car.id, order.id, item_id, str(folder / "data"))
    db.dispose()
    if db_kind == "postgres":
        _pg_admin(request.getfixturevalue("pg_server_url"),
                  f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def _state(w: World):
    with w.db.session() as s:
        counts = {t.name: s.scalar(select(func.count()).select_from(t))
                  for t in Base.metadata.sorted_tables}
        return counts, s.get(Vehicle, w.vehicle_id).mileage_km, \
            s.get(WorkOrder, w.work_order_id).version_id


def _customer_version(w: World) -> int:
    with w.db.session() as s:
        return s.get(Customer, w.customer_id).version_id


def _version(w: World) -> int:
    return work_orders.get_work_order(w.db, w.work_order_id).version


def _vehicle_version(w: World) -> int:
    return vehicles.get_vehicle(w.db, w.vehicle_id).version


def _read(**kw) -> PlateRead:
    return PlateRead(**{"plate": "粤B99999", "confidence": 0.9, "first_seen": NOW, **kw})


def _at(hour: int, minute: int = 0, day: date = NOW.date()) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STORE_TZ)


def _main(w: World, *args: str) -> int:
    import main

    return main.main(["--db", w.url, *args])


CASES: dict[str, object] = {}


def case(name: str, call) -> None:
    assert name not in CASES, name
    CASES[name] = call


# --- names ------------------------------------------------------------------------------
for ch in CONTROLS + INVISIBLE:
    case(f"name-U+{ord(ch):04X}", lambda w, ch=ch: customers.create_customer(
        w.db, name=f"王{ch}芳", mobile="13900000001"))
    case(f"brand-U+{ord(ch):04X}", lambda w, ch=ch: vehicles.add_vehicle(
        w.db, plate="粤B67890", brand=f"丰{ch}田"))
case("name-empty", lambda w: customers.create_customer(w.db, name="", mobile="13900000001"))
case("name-blank", lambda w: customers.create_customer(w.db, name="   "))
case("name-51", lambda w: customers.create_customer(w.db, name="张" * 51))
case("name-1000", lambda w: customers.create_customer(w.db, name="x" * 1000))
case("salutation-9", lambda w: customers.create_customer(w.db, name="王芳", salutation="女士" * 5))
case("rename-NUL", lambda w: customers.update_customer(   # (viewing the profile is audited)
    w.db, w.customer_id, _customer_version(w), name="张\x00伟"))

# --- mobiles ----------------------------------------------------------------------------
for n, mobile in enumerate(["1234", "123456789012", "02012345678", "1381234567a", "12812345678",
                            "10000000000", "abcdefghijk", "13812345678\u200b", "+1 2025550123",
                            "1381234567", "138123456789", "11111111111"]):
    case(f"mobile-{n}", lambda w, m=mobile: customers.create_customer(w.db, name="王芳", mobile=m))

# --- plates -----------------------------------------------------------------------------
for n, plate in enumerate(["", "粤", "京A", "123456", "粤B1234", "粤B12345678", "粤B-12#45",
                           "X粤B12345", "粤B1234\x00", "粤B12345\u200b", "粤" + "B" * 20,
                           "ABCDEFG"]):
    case(f"plate-{n}", lambda w, p=plate: vehicles.add_vehicle(w.db, plate=p))
case("plate-taken", lambda w: vehicles.add_vehicle(w.db, plate="粤B12345"))

# --- VINs -------------------------------------------------------------------------------
bad_digit = GOOD_VIN[:8] + ("0" if GOOD_VIN[8] != "0" else "1") + GOOD_VIN[9:]
for n, vin in enumerate([GOOD_VIN[:16], GOOD_VIN + "1", GOOD_VIN[:8] + "I" + GOOD_VIN[9:],
                         GOOD_VIN[:3] + "O" + GOOD_VIN[4:], GOOD_VIN[:3] + "Q" + GOOD_VIN[4:],
                         bad_digit, GOOD_VIN[:16] + "\x00", "车架号" + GOOD_VIN[3:], GOOD_VIN]):
    case(f"vin-{n}", lambda w, v=vin: vehicles.add_vehicle(w.db, plate="粤B67890", vin=v))

# --- vehicle texts: the column's own limits ----------------------------------------------
for field, limit in (("brand", 40), ("model", 60), ("trim", 60), ("colour", 30)):
    case(f"{field}-too-long", lambda w, f=field, n=limit: vehicles.add_vehicle(
        w.db, plate="粤B67890", **{f: "长" * (n + 1)}))

# --- dates ------------------------------------------------------------------------------
for field in ("insurance_expiry", "warranty_end", "purchase_date"):
    for n, value in enumerate([date(1, 1, 1), date(9999, 12, 31), datetime(2031, 1, 1)]):
        case(f"{field}-{n}", lambda w, f=field, v=value: vehicles.add_vehicle(
            w.db, plate="粤B67890", **{f: v}))
case("purchase-future", lambda w: vehicles.add_vehicle(
    w.db, plate="粤B67890", purchase_date=date.today() + timedelta(days=30)))
case("birthday-future", lambda w: customers.create_customer(
    w.db, name="王芳", birthday=date.today() + timedelta(days=2)))
case("birthday-1800", lambda w: customers.create_customer(w.db, name="王芳", birthday=date(1800, 1, 1)))
case("birthday-datetime", lambda w: customers.create_customer(
    w.db, name="王芳", birthday=datetime(1990, 1, 1)))

# --- mileage ----------------------------------------------------------------------------
for n, km in enumerate([-1, 2_000_001, "abc", 1.5, True, 10**30]):
    case(f"mileage-{n}", lambda w, km=km: vehicles.add_vehicle(w.db, plate="粤B67890", mileage_km=km))
case("mileage-backwards-vehicle", lambda w: vehicles.update_vehicle(
    w.db, w.vehicle_id, _vehicle_version(w), mileage_km=49_000))
case("mileage-backwards-blank-reason", lambda w: vehicles.update_vehicle(
    w.db, w.vehicle_id, _vehicle_version(w), mileage_km=49_000, mileage_reason="  "))
case("mileage-backwards-work-order", lambda w: work_orders.update_reception(
    w.db, w.work_order_id, _version(w), mileage_km=40_000))

# --- money and hours ----------------------------------------------------------------------
for n, (hours, rate) in enumerate([("1000", "100"), ("1e26", "100"), ("NaN", "100"), ("-1", "100"),
                                   ("0", "100"), ("1", "1e10"), ("1", "1e26"), ("1", "inf"),
                                   ("1", "abc"), ("abc", "100"), ("999.999", "100")]):
    case(f"labour-{n}", lambda w, h=hours, r=rate: work_orders.add_labour_line(
        w.db, w.work_order_id, _version(w), description="检查", hours=h, rate=r))
case("labour-NUL", lambda w: work_orders.add_labour_line(
    w.db, w.work_order_id, _version(w), description="检\x00查", hours="1", rate="100"))

# --- gate reads -------------------------------------------------------------------------
for n, confidence in enumerate([float("nan"), -5.0, 1e300, 1.5, float("inf"), -0.01]):
    case(f"confidence-{n}", lambda w, c=confidence: reception.arrive(w.db, _read(confidence=c)))

# --- bookings ---------------------------------------------------------------------------
for n, start in enumerate([_at(10, day=date(9999, 3, 4)), _at(10, day=NOW.date() + timedelta(days=400)),
                           _at(17, 45), datetime(2030, 3, 4, 10, 0), _at(7), _at(10) - timedelta(days=1)]):
    case(f"booking-{n}", lambda w, t=start: bookings.create_booking(
        w.db, vehicle_id=w.vehicle_id, item_ids=[w.item_id], slot_start=t, now=NOW))
case("booking-notes-NUL", lambda w: bookings.create_booking(
    w.db, vehicle_id=w.vehicle_id, item_ids=[w.item_id], slot_start=_at(10), now=NOW,
    notes="\x00"))

# --- search -----------------------------------------------------------------------------
for n, query in enumerate(["张" * 51, "粤B1" * 125, "张\x00伟", "\u200b张伟"]):
    case(f"search-{n}", lambda w, q=query: customers.search_customers(w.db, q))

# --- the command line -----------------------------------------------------------------------
case("cli-seed-negative", lambda w: _main(w, "seed", "--customers", "-5"))
case("cli-seed-word", lambda w: _main(w, "seed", "--customers", "many"))
case("cli-quote-negative", lambda w: _main(w, "quote", "--id", "-1"))
case("cli-quote-missing", lambda w: _main(w, "quote", "--id", "9999"))
case("cli-quote-pdf-folder", lambda w: _main(w, "quote", "--id", "1", "--pdf", w.data))
case("cli-quote-pdf-missing-folder", lambda w: _main(
    w, "quote", "--id", "1", "--pdf", w.data + "/no/such/folder/q.pdf"))


def test_the_table_holds_every_category_of_the_probe():
    assert len(CASES) >= 151
    for prefix in ("name", "mobile", "plate", "vin", "insurance_expiry", "mileage", "labour",
                   "confidence", "booking", "search", "cli"):
        assert any(name.startswith(prefix) for name in CASES), prefix


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_refused_and_nothing_stored(world, name, capsys, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", world.data)
    before = _state(world)
    if name.startswith("cli-"):
        try:
            code = CASES[name](world)
        except SystemExit as exc:          # argparse refused the value
            code = exc.code
        err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
        assert code == 2 and len(err) == 1 and "Traceback" not in err[0], err
    else:
        with pytest.raises(UserError) as exc_info:
            CASES[name](world)
        error = exc_info.value
        assert error.zh.strip() and error.en.strip() and error.zh != error.en
    assert _state(world) == before
