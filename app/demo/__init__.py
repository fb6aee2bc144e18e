"""The demo store: a realistic 4S store, deterministic from a seed, for the desk and benches.

`seed_demo_store(database, customers=320, seed=20261123)` fills an empty database: the store,
staff, bays, service items, parts, customers with vehicles, service history, today's
bookings, open work orders in every status, quotes and complaints. The first `DETAIL`
customers get the full history; beyond them (benchmark stores of up to millions) each
customer gets light rows only: the customer and their vehicles. Everything comes from
`random.Random(seed)` and today's date at the store, so the same seed on the same day
gives the same store.
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime

from sqlalchemy import Connection, func, select

from app import acting
from app.db import Database
from app.demo.back_office import build_back_office
from app.demo.care import build_care
from app.demo.catalogue import build_catalogue
from app.demo.clock import store_today
from app.demo.context import Context
from app.demo.history import build_history
from app.demo.lounge import build_lounge
from app.demo.names import MobilePool
from app.demo.people import add_customer
from app.demo.sales import build_sales
from app.demo.showcase import DEMO_READS, SHOWCASE, showcase_plates
from app.demo.store import HOME_CITY, PROVINCE, STORE_NAME, bring_into_store, build_store
from app.demo.test_drives import build_test_drives
from app.demo.today import build_today
from app.demo.vehicles import PlatePool, VinPool, blue_space, green_space, neighbourhood
from app.demo.voice import build_voice
from app.demo.writer import Writer
from app.errors import Conflict
from app.models import Customer, StaffRole

__all__ = ["DEFAULT_CUSTOMERS", "DEFAULT_SEED", "DEMO_READS", "DETAIL", "SHOWCASE",
           "seed_demo_store", "seed_if_empty", "showcase_plates"]

#: Who acts while the demo store is written (its care run, its audit rows).
DEMO_ACTOR = acting.Actor(name="演示数据", role=StaffRole.MANAGER.value, desk="demo")
DEFAULT_CUSTOMERS = 320
DEFAULT_SEED = 20261123
#: Customers seeded with full history; the rest get light rows.
DETAIL = 400
#: Light customers per transaction in a large store.
BULK_BATCH = 50_000


def seed_demo_store(database: Database, customers: int = DEFAULT_CUSTOMERS,
                    seed: int = DEFAULT_SEED, *, today: date | None = None,
                    now: datetime | None = None) -> str:
    """Fill an empty database with the demo store; return a one-line summary.

    Today's bookings follow the store's real clock (`now`, default the current time): those
    whose slot has begun are arrived, the rest expected, so a demo started in the evening
    does not show every booking late.

    Refuses (Conflict) a database that already holds customers.
    """
    with acting.acting_as(DEMO_ACTOR):
        return _seed(database, customers, seed, today, now)


def _seed(database: Database, customers: int, seed: int, today: date | None,
          now: datetime | None) -> str:
    started = time.perf_counter()
    with database.engine.connect() as connection:
        if _has_customers(connection):
            raise Conflict("数据库中已有客户，演示门店只能写入空数据库。",
                           "The database already holds customers; the demo store needs an "
                           "empty one.")
        _tune(connection)
        ctx = _context(connection, seed, today or store_today())
        ctx.now = now or ctx.now
        connection.commit()
        with connection.begin():
            _detail(ctx, min(customers, DETAIL))
        for start in range(DETAIL, customers, BULK_BATCH):
            with connection.begin():
                _bulk(ctx, min(BULK_BATCH, customers - start))
        with connection.begin():
            ctx.writer.finish()
            bring_into_store(connection, ctx.store_id)
    care = build_care(database, ctx.store_id, ctx.today, ctx.fixed_tiers, seed)
    build_back_office(database, ctx.store_id)
    build_test_drives(database, ctx.store_id, ctx.now)
    build_lounge(database, ctx.store_id)
    return _summary(ctx.writer.counts, time.perf_counter() - started, care)


def seed_if_empty(database: Database) -> bool:
    """Seed the default demo store when the database has no customers; True if it did."""
    with database.engine.connect() as connection:
        if _has_customers(connection):
            return False
    seed_demo_store(database)
    return True


def _has_customers(connection: Connection) -> bool:
    return connection.execute(select(func.count()).select_from(
        select(Customer.id).limit(1).subquery())).scalar_one() > 0


def _tune(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA cache_size=-200000")
        connection.exec_driver_sql("PRAGMA temp_store=MEMORY")
    connection.commit()


def _context(connection: Connection, seed: int, today: date) -> Context:
    rng = random.Random(seed)
    reserved = neighbourhood(showcase_plates())
    blue = blue_space(PROVINCE, HOME_CITY, "BESE")
    green = green_space(PROVINCE, "AB")
    return Context(rng=rng, today=today, writer=Writer(connection, chunk=10**9),
                   blue=PlatePool(blue, rng, reserved), green=PlatePool(green, rng, reserved),
                   vins=VinPool(rng), mobiles=MobilePool(rng))


def _detail(ctx: Context, customers: int) -> None:
    build_store(ctx)
    build_catalogue(ctx)
    for n in range(customers):
        showcase = SHOWCASE[n] if n < len(SHOWCASE) else None
        row = add_customer(ctx, detail=True, showcase=showcase)
        ctx.customers[row["id"]] = row
        if showcase:
            ctx.fixed_tiers.add(row["id"])
    build_history(ctx)
    build_today(ctx)
    build_sales(ctx)
    build_voice(ctx)
    ctx.writer.flush()
    ctx.writer.chunk = 10_000


def _bulk(ctx: Context, customers: int) -> None:
    for _ in range(customers):
        add_customer(ctx, detail=False)
    ctx.writer.flush()


def _summary(counts: dict[str, int], seconds: float, care_items: int = 0) -> str:
    parts = ", ".join(f"{counts.get(t, 0)} {label}" for t, label in (
        ("customers", "customers"), ("vehicles", "vehicles"), ("visits", "visits"),
        ("work_orders", "work orders"), ("bookings", "bookings"), ("parts", "parts"),
        ("quotes", "quotes")))
    return f"demo store {STORE_NAME}: {parts}, {care_items} care items in {seconds:.1f} s"


