"""The store itself: its row, its staff, bays, service catalogue and parts."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import Connection, text

from app.demo.clock import at
from app.demo.context import Context
from app.demo.names import random_person
from app.demo.workshop import BAYS, ITEMS, PARTS
from app.domain.stock import Balance
from app.models import MovementKind, StaffRole
from app.services.accounts import hash_secret
from app.services.customers import name_initials
from app.stores_link import STORE_TABLES

STORE_CODE = "GZTH01"
STORE_NAME = "广汽丰田广州天河骏达 4S 店"
PROVINCE = "粤"
HOME_CITY = "A"

#: How many of each role the demo store employs.
STAFF_COUNTS = {
    StaffRole.MANAGER: 1,
    StaffRole.RECEPTION: 2,
    StaffRole.SALES_CONSULTANT: 6,
    StaffRole.SERVICE_ADVISOR: 4,
    StaffRole.TECHNICIAN: 8,
    StaffRole.CUSTOMER_CARE: 2,
}
#: Staff of the roles the demo's random staff leave out (no random draw: the demo's
#: customers stay the same).
EXTRA_STAFF = {StaffRole.PARTS: "配件专员", StaffRole.ADMINISTRATOR: "系统管理员"}
#: The demo accounts (the README lists them): these logins, this password, and this PIN
#: for reception's shared PC.
DEMO_LOGINS = {StaffRole.MANAGER: "manager1", StaffRole.RECEPTION: "reception1",
               StaffRole.SALES_CONSULTANT: "sales1", StaffRole.SERVICE_ADVISOR: "advisor1",
               StaffRole.TECHNICIAN: "tech1", StaffRole.CUSTOMER_CARE: "care1",
               StaffRole.PARTS: "parts1", StaffRole.ADMINISTRATOR: "admin1"}
DEMO_PASSWORD = "demo1234"
DEMO_PIN = "1234"
DISCOUNT_LIMITS = {StaffRole.MANAGER: Decimal("30000.00"),
                   StaffRole.SALES_CONSULTANT: Decimal("5000.00")}


def build_store(ctx: Context) -> None:
    """Insert the store, its staff, bays, service items and parts into the context."""
    opened = at(ctx.today - timedelta(days=6 * 365 + 30), 9 * 60)
    ctx.store_id = ctx.writer.add("stores", {
        "code": STORE_CODE, "name": STORE_NAME, "province": PROVINCE, "city": "广州",
        "address": "广州市天河区黄埔大道中 888 号", "phone": "020-38880000", "created_at": opened,
    })
    _staff(ctx, opened)
    _workshop(ctx)


def _staff(ctx: Context, opened) -> None:
    for role, count in STAFF_COUNTS.items():
        for index in range(count):
            person = random_person(ctx.rng)
            ident = ctx.writer.add("staff", {
                "store_id": ctx.store_id, "name": person.name, "role": role,
                "mobile": ctx.mobiles.take(), "active": True,
                "discount_limit": DISCOUNT_LIMITS.get(role), "created_at": opened,
                **_demo_account(role if index == 0 else None),
            })
            ctx.staff[role].append(ident)
    for role, name in EXTRA_STAFF.items():
        ctx.staff[role].append(ctx.writer.add("staff", {
            "store_id": ctx.store_id, "name": name, "role": role, "mobile": None,
            "active": True, "discount_limit": None, "created_at": opened,
            **_demo_account(role)}))


def _demo_account(role: StaffRole | None) -> dict:
    """The sign-in columns of a staff row: the demo account of `role` (README), or none."""
    if role is None:
        return {"login": None, "password_hash": None, "pin_hash": None}
    pin = DEMO_PIN if role == StaffRole.RECEPTION else ""
    return {"login": DEMO_LOGINS[role], "password_hash": hash_secret(DEMO_PASSWORD),
            "pin_hash": hash_secret(pin) if pin else None}


def _workshop(ctx: Context) -> None:
    for order, (name, kind) in enumerate(BAYS):
        ident = ctx.writer.add("bays", {"store_id": ctx.store_id, "name": name, "kind": kind,
                                        "active": True, "sort_order": order})
        ctx.bays.append((ident, kind))
    for item in ITEMS:
        ctx.items[item.code] = ctx.writer.add("service_items", {
            "code": item.code, "name": item.name, "labour_hours": item.hours,
            "price": item.price, "quick": item.quick, "active": True})
    for code, name, price, stock, threshold in PARTS:
        row = {"code": code, "name": name, "name_initials": name_initials(name),
               "brand": "丰田", "unit": "个", "bin": f"A-{len(ctx.parts) + 1:02d}",
               "price": Decimal(price), "cost": (Decimal(price) * Decimal("0.7")).quantize(
                   Decimal("0.01")), "low_stock_threshold": threshold, "version_id": 1}
        ctx.writer.add("parts", row)
        ctx.parts[code] = row
        ctx.stock[code] = Balance(stock, 0)
        ctx.writer.add("stock_movements", {
            "store_id": ctx.store_id, "part_id": row["id"], "kind": MovementKind.RECEIVED,
            "on_hand": stock, "reserved": 0, "work_order_id": None, "reason": "期初库存",
            "at": at(ctx.today - timedelta(days=730), 7 * 60)})


def bring_into_store(connection: Connection, store_id: int) -> None:
    """The rows the writer inserted without a store (customers, visits, bookings: raw
    inserts pass no session listener) are the demo store's, and it serves every customer:
    without the link a desk working for the store would find none of them."""
    for table in sorted(STORE_TABLES):
        connection.execute(text(f"UPDATE {table} SET store_id = :s WHERE store_id IS NULL"),
                           {"s": store_id})
    connection.execute(text(
        "INSERT INTO customer_stores (customer_id, store_id, created_at, name, name_initials) "
        "SELECT c.id, :s, CURRENT_TIMESTAMP, c.name, c.name_initials FROM customers c "
        "WHERE NOT EXISTS (SELECT 1 FROM customer_stores l "
        "WHERE l.customer_id = c.id AND l.store_id = :s)"), {"s": store_id})
