"""A dealer group at scale on PostgreSQL, loaded with COPY: the ground of the group benches.

    from bench.group_seed import seed_group, plate_of, SCALES
    seed_group("postgresql+psycopg://postgres@127.0.0.1:5432/bench", "small")

`seed_group(url, scale)` migrates the (empty) database at `url` to head and loads, with
COPY, 3 divisions, 30 stores (10 per division), each with 8 bays and 4 staff, then the
scale's customers, vehicles and work orders (`SCALES`: "full" = 1,000,000 / 1,500,000 /
5,000,000; "small" = a tenth). Everything is deterministic, so a bench can name rows by
their ids without reading them back:

- customer i (1..N) is registered by store `store_of_customer(i)`; every customer is linked
  to that store, and one in ten of every store's customers to the next store as well
  (served by two stores); a link carries its customer's name, initials and `updated_at`;
- vehicle j (1..V) belongs to customer `owner_of_vehicle(j, N)` and carries `plate_of(j)`;
- work order k belongs to vehicle `((k - 1) % V) + 1`, its owner and the owner's store;
  one in `OPEN_EVERY` of every store's is open (on its board, in every open status), the
  others delivered or cancelled.

It connects as the URL's user; as a superuser it skips the foreign-key triggers while it
loads (`session_replication_role = replica`): the ids it writes are consistent by
construction. Sequences are moved past the loaded ids and the tables analysed at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from app.db import migrate

#: Rows per scale.
SCALES: dict[str, dict[str, int]] = {
    "full": {"customers": 1_000_000, "vehicles": 1_500_000, "work_orders": 5_000_000},
    "small": {"customers": 100_000, "vehicles": 150_000, "work_orders": 500_000},
    #: For a test of the seeding itself.
    "tiny": {"customers": 1_000, "vehicles": 1_500, "work_orders": 5_000},
}
STORES = 30
DIVISIONS = 3
BAYS_PER_STORE = 8
#: One work order in this many is open (on its store's board).
OPEN_EVERY = 50
#: When the loaded history ends (work orders go back about three years from here).
SEEDED_AT = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国红梅鹏飞"
_PROVINCES = "粤京沪浙苏川鄂湘闽鲁"
_LETTERS = "ABCDEFGHJK"
_BRANDS = (("丰田", "凯美瑞"), ("丰田", "卡罗拉"), ("丰田", "RAV4荣放"), ("丰田", "汉兰达"))
_OPEN = ("waiting_check_in", "diagnosing", "awaiting_approval", "in_repair", "quality_check",
         "ready_for_pickup")
_CHUNK = 20_000
#: The tables loaded in bulk.
_BIG = ("customers", "customer_stores", "vehicles", "work_orders")


def store_of_customer(customer_id: int) -> int:
    """The store that registered customer `customer_id`."""
    return (customer_id - 1) % STORES + 1


def owner_of_vehicle(vehicle_id: int, customers: int) -> int:
    """The owner of vehicle `vehicle_id` (every customer one car, the first ones two)."""
    return (vehicle_id - 1) % customers + 1


def plate_of(vehicle_id: int) -> str:
    """The plate of vehicle `vehicle_id` (粤A00000 onwards; unique up to 10,000,000)."""
    n = vehicle_id - 1
    block, serial = divmod(n, 100_000)
    province, letter = divmod(block, len(_LETTERS))
    return f"{_PROVINCES[province % len(_PROVINCES)]}{_LETTERS[letter]}{serial:05d}"


def mobile_of(customer_id: int) -> str:
    """The mobile number of customer `customer_id`."""
    return f"13{customer_id:09d}"


def name_of(customer_id: int) -> tuple[str, str]:
    """The name of customer `customer_id` and its pinyin initials."""
    from pypinyin import Style, lazy_pinyin

    name = (_SURNAMES[customer_id % len(_SURNAMES)]
            + _GIVEN[(customer_id // len(_SURNAMES)) % len(_GIVEN)]
            + ("" if customer_id % 3 else _GIVEN[(customer_id // 7) % len(_GIVEN)]))
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER)).lower()
    return name, initials


def seed_group(url: str, scale: str) -> None:
    """Migrate the empty PostgreSQL database at `url` and load the group of `scale`."""
    sizes = SCALES[scale]
    if make_url(url).get_backend_name() != "postgresql":
        raise ValueError("seed_group loads PostgreSQL (COPY); got " + url)
    migrate(url)
    engine = create_engine(url)
    try:
        raw = engine.raw_connection()
        try:
            _load(raw.driver_connection, sizes)
        finally:
            raw.close()
    finally:
        engine.dispose()


def _load(conn, sizes: dict[str, int]) -> None:
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM customers")
        if cur.fetchone()[0]:
            raise ValueError("seed_group needs an empty database: it holds customers")
    conn.commit()
    _skip_foreign_key_triggers(conn)
    indexes = _drop_secondary_indexes(conn)
    customers, vehicles, orders = sizes["customers"], sizes["vehicles"], sizes["work_orders"]
    at = SEEDED_AT.isoformat()
    _copy(conn, "divisions", "id, code, name, created_at",
          (f"{d}\tD{d:02d}\t第{d}大区\t{at}\n" for d in range(1, DIVISIONS + 1)))
    _copy(conn, "stores", "id, code, name, province, city, address, phone, created_at, division_id",
          (f"{s}\tS{s:03d}\t{s}号店\t粤\t广州\t\t\t{at}\t{(s - 1) % DIVISIONS + 1}\n"
           for s in range(1, STORES + 1)))
    _copy(conn, "bays", "id, store_id, name, kind, active, sort_order",
          (f"{(s - 1) * BAYS_PER_STORE + b}\t{s}\t{b}号工位\tnormal\tt\t{b}\n"
           for s in range(1, STORES + 1) for b in range(1, BAYS_PER_STORE + 1)))
    _copy(conn, "staff", "id, store_id, name, role, active, created_at, failed_sign_ins, locked",
          (f"{(s - 1) * 4 + k + 1}\t{s}\t{s}店员工{k + 1}\t{role}\tt\t{at}\t0\tf\n"
           for s in range(1, STORES + 1)
           for k, role in enumerate(("reception", "service_advisor", "service_advisor",
                                     "manager"))))
    _copy(conn, "customers",
          "id, name, name_initials, salutation, mobile, mobile_tail, birthday_lunar, kind, "
          "source, consent_contact, consent_plate_recognition, tier, notes, store_id, "
          "created_at, updated_at, version_id", _customers(customers, at))
    _copy(conn, "customer_stores",
          "customer_id, store_id, created_at, name, name_initials, updated_at",
          _links(customers, at))
    _copy(conn, "vehicles",
          "id, plate, plate_color, brand, model, trim, colour, new_energy, owner_id, active, "
          "created_at, updated_at, version_id", _vehicles(vehicles, customers, at))
    _copy(conn, "work_orders",
          "id, number, store_id, vehicle_id, customer_id, status, concerns, valuables, "
          "opened_at, closed_at, version_id", _work_orders(orders, vehicles, customers))
    with conn.cursor() as cur:
        for definition in indexes:   # built once over the loaded rows: faster than kept up
            cur.execute(definition)
        for table in ("divisions", "stores", "bays", "staff", "customers", "vehicles",
                      "work_orders"):
            cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))")
    conn.commit()
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("ANALYZE")
    conn.autocommit = False


def _drop_secondary_indexes(conn) -> list[str]:
    """Drop the big tables' non-unique indexes for the load; their definitions."""
    with conn.cursor() as cur:
        cur.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                    "current_schema() AND tablename = ANY(%s) AND indexdef NOT LIKE "
                    "'CREATE UNIQUE%%'", (list(_BIG),))
        found = cur.fetchall()
        for name, _definition in found:
            cur.execute(f'DROP INDEX "{name}"')
    conn.commit()
    return [definition for _name, definition in found]


def _skip_foreign_key_triggers(conn) -> None:
    try:
        with conn.cursor() as cur:
            cur.execute("SET session_replication_role = replica")
        conn.commit()
    except Exception:  # noqa: BLE001 - not a superuser: load with the checks on
        conn.rollback()


def _copy(conn, table: str, columns: str, lines: Iterator[str]) -> None:
    with conn.cursor() as cur, cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for chunk in _chunks(lines):
            copy.write(chunk)
    conn.commit()


def _chunks(lines: Iterator[str]) -> Iterator[str]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= _CHUNK:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def _cached(fn: Callable[[int], tuple[str, str]], period: int) -> Callable[[int], tuple[str, str]]:
    """`fn` memoised on `i % period` (names repeat with that period; pinyin is slow)."""
    memo: dict[int, tuple[str, str]] = {}

    def get(i: int) -> tuple[str, str]:
        key = i % period
        if key not in memo:
            memo[key] = fn(i)
        return memo[key]

    return get


def _customers(count: int, at: str) -> Iterator[str]:
    names = _cached(name_of, len(_SURNAMES) * len(_GIVEN) * 21)
    tiers = ("standard", "standard", "bronze", "silver", "gold")
    for i in range(1, count + 1):
        name, initials = names(i)
        mobile = mobile_of(i)
        yield (f"{i}\t{name}\t{initials}\t{'先生' if i % 2 else '女士'}\t{mobile}\t{mobile[-4:]}"
               f"\tf\tcustomer\twalk_in\tt\tt\t{tiers[i % 5]}\t\t{store_of_customer(i)}"
               f"\t{at}\t{at}\t1\n")


def _links(count: int, at: str) -> Iterator[str]:
    names = _cached(name_of, len(_SURNAMES) * len(_GIVEN) * 21)
    for i in range(1, count + 1):
        store = store_of_customer(i)
        name, initials = names(i)
        yield f"{i}\t{store}\t{at}\t{name}\t{initials}\t{at}\n"
        if ((i - 1) // STORES) % 10 == 0:   # one in ten of each store's customers
            yield f"{i}\t{store % STORES + 1}\t{at}\t{name}\t{initials}\t{at}\n"


def _vehicles(count: int, customers: int, at: str) -> Iterator[str]:
    for j in range(1, count + 1):
        brand, model = _BRANDS[j % len(_BRANDS)]
        yield (f"{j}\t{plate_of(j)}\tblue\t{brand}\t{model}\t\t白\tf"
               f"\t{owner_of_vehicle(j, customers)}\tt\t{at}\t{at}\t1\n")


def _work_orders(count: int, vehicles: int, customers: int) -> Iterator[str]:
    span = timedelta(days=3 * 365).total_seconds()
    for k in range(1, count + 1):
        vehicle = (k - 1) % vehicles + 1
        customer = owner_of_vehicle(vehicle, customers)
        store = store_of_customer(customer)
        block = (k - 1) // STORES   # k runs through the stores: every store gets its share
        if block % OPEN_EVERY == 0:
            opened = SEEDED_AT - timedelta(minutes=k % (5 * 24 * 60))
            status, closed = _OPEN[(block // OPEN_EVERY) % len(_OPEN)], "\\N"
        else:
            opened = SEEDED_AT - timedelta(seconds=span * (count - k) / count + 86_400)
            status = "cancelled" if k % 97 == 0 else "delivered"
            closed = (opened + timedelta(hours=6)).isoformat()
        yield (f"{k}\tWO{k:09d}\t{store}\t{vehicle}\t{customer}\t{status}\t保养\t"
               f"\t{opened.isoformat()}\t{closed}\t1\n")
