"""Refreshments (点餐): the store's menu, orders taken for waiting customers, and the bar's
queue that moves them new → preparing → served."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain import points as points_rules
from app.domain import refreshments as rules
from app.domain.plates import format_plate
from app.domain.refreshments import MenuCategory, OrderState, PaidWith
from app.domain.roles import Permission
from app.errors import Conflict, NotFound, ValidationError
from app.models import Customer, MenuItem, RefreshmentOrder, RefreshmentOrderLine, Vehicle, Visit
from app.services import points
from app.services.common import (
    check_version,
    day_bounds,
    get_or_raise,
    now_utc,
    parse_choice,
    stale_guard,
    store_today,
)
from app.services.scoping import in_scope

#: How long a served order stays on the bar's queue (so a mistaken tap can be seen).
SERVED_SHOWN = timedelta(minutes=30)
#: The most orders the queue shows, and the most visits the order dialog offers.
QUEUE_LIMIT = 60
WAITING_LIMIT = 100


@dataclass(frozen=True)
class MenuEntry:
    """One item of the store's menu."""

    id: int
    name: str
    category: str
    price: Decimal
    free_tiers: frozenset[str]
    active: bool
    version: int


@dataclass(frozen=True)
class WaitingCustomer:
    """A visit of today with a known customer, whom an order may be taken for."""

    visit_id: int
    customer_id: int
    name: str
    tier: str
    plate: str
    arrived_at: datetime


@dataclass(frozen=True)
class OrderLineView:
    """One item of an order as the bar reads it."""

    name: str
    quantity: int
    unit_price: Decimal
    free: bool


@dataclass(frozen=True)
class QueueOrder:
    """An order on the bar's queue: the seat, the items and where it stands (the bar sees
    no customer name: only the seat or table)."""

    id: int
    seat: str
    state: str
    ordered_at: datetime
    lines: tuple[OrderLineView, ...]
    note: str
    paid_with: str
    worth: Decimal
    charged: Decimal
    version: int


@dataclass(frozen=True)
class PointsPayment:
    """Paying an order with loyalty points: the order, what was on its bill, the fewest
    points that cover it and what they are worth, and the customer's points (before paying
    when asked for the price, after paying once paid)."""

    order: QueueOrder
    amount: Decimal
    points: int
    value: Decimal
    balance: int


# --- the menu -------------------------------------------------------------------------
@acting.open_to_signed_in
def menu(db: Database, store_id: int, *, include_inactive: bool = False) -> tuple[MenuEntry, ...]:
    """The store's menu by category and order (the items on offer, or all of them)."""
    with db.session() as s:
        query = select(MenuItem).where(MenuItem.store_id == store_id)
        if not include_inactive:
            query = query.where(MenuItem.active.is_(True))
        rows = s.scalars(query.order_by(MenuItem.category, MenuItem.sort_order, MenuItem.id)
                         .limit(500))
        return tuple(_entry(r) for r in rows)


@acting.needs(Permission.REFRESHMENT)
def save_menu_item(db: Database, store_id: int, *, item_id: int | None = None,
                   expected_version: int | None = None, name: str, category: str,
                   price: Decimal | str, free_tiers: Sequence[str] = (), active: bool = True,
                   sort_order: int = 0) -> MenuEntry:
    """Add an item to the store's menu (`item_id` None) or change one."""
    name = (name or "").strip()
    if not name or len(name) > 60:
        raise ValidationError("请填写名称（最多 60 个字）。",
                              "Enter a name (at most 60 characters).", field="name")
    kind = parse_choice(MenuCategory, category, "category", "类别", "category")
    amount = _price(price)
    with db.session() as s, stale_guard("菜单项", "menu item"):
        if item_id is None:
            item = MenuItem(store_id=store_id)
            s.add(item)
        else:
            item = _store_row(s, MenuItem, item_id, store_id, "菜单项", "menu item")
            check_version(item, expected_version, "菜单项", "menu item")
        item.name, item.category, item.price = name, kind, amount
        item.free_tiers = ",".join(sorted(rules.free_tiers(free_tiers)))
        item.active, item.sort_order = bool(active), int(sort_order)
        s.flush()
        return _entry(item)


def _price(price: Decimal | str) -> Decimal:
    try:
        amount = Decimal(str(price).strip() or "0").quantize(Decimal("0.01"))
    except InvalidOperation:
        amount = Decimal("-1")
    if amount < 0 or amount > Decimal("9999"):
        raise ValidationError("价格须是 0 到 9999 元之间的金额。",
                              "A price is an amount from ¥0 to ¥9,999.", field="price")
    return amount


def _entry(item: MenuItem) -> MenuEntry:
    return MenuEntry(item.id, item.name, str(item.category), item.price,
                     rules.free_tiers(item.free_tiers), item.active, item.version_id)


# --- taking an order ------------------------------------------------------------------
@acting.needs(Permission.REFRESHMENT)
def waiting_customers(db: Database, store_id: int | None = None, *,
                      now: datetime | None = None,
                      limit: int = WAITING_LIMIT) -> tuple[WaitingCustomer, ...]:
    """Today's visits with a known customer at `store_id` (the desk's scope when None),
    newest first: whom an order may be for. Read from the store's `(store_id, arrived_at)`
    index, never the group's visits of the day."""
    start, end = day_bounds(store_today(now))
    here = Visit.store_id == store_id if store_id is not None else in_scope(Visit.store_id)
    with db.session() as s:
        rows = s.execute(
            select(Visit.id, Customer.id, Customer.name, Customer.tier, Vehicle.plate,
                   Visit.arrived_at)
            .join(Customer, Customer.id == Visit.customer_id)
            .outerjoin(Vehicle, Vehicle.id == Visit.vehicle_id)
            .where(here, Visit.arrived_at >= start, Visit.arrived_at < end)
            .order_by(Visit.arrived_at.desc(), Visit.id.desc()).limit(limit)).all()
        return tuple(WaitingCustomer(r[0], r[1], r[2], str(r[3] or ""), format_plate(r[4]),
                                     r[5]) for r in rows)


@acting.needs(Permission.REFRESHMENT)
def place_order(db: Database, store_id: int, *, visit_id: int, seat: str,
                items: Sequence[tuple[int, int]], note: str = "",
                by_id: int | None = None, now: datetime | None = None) -> QueueOrder:
    """Take an order for the customer of `visit_id`, to `seat`: (menu item id, quantity)
    pairs. Items free for the customer's level cost nothing; the rest go on the bill.

    Loyalty points redeem an order afterwards with `pay_with_points_in`."""
    seat = (seat or "").strip()
    if not seat or len(seat) > 20:
        raise ValidationError("请填写座位或桌号（最多 20 个字）。",
                              "Enter the seat or table (at most 20 characters).", field="seat")
    if not items:
        raise ValidationError("请至少选择一项。", "Choose at least one item.", field="items")
    at = now_utc(now)
    with db.session() as s:
        visit = get_or_raise(s, Visit, visit_id, "到店记录", "visit", field="visit_id")
        if visit.customer_id is None:
            raise ValidationError("该到店记录没有对应的客户。",
                                  "This visit has no known customer.", field="visit_id")
        tier = str(s.get(Customer, visit.customer_id).tier or "")
        order = RefreshmentOrder(store_id=store_id, visit_id=visit.id,
                                 customer_id=visit.customer_id, seat=seat,
                                 note=(note or "").strip()[:120], ordered_at=at,
                                 state_changed_at=at, ordered_by_id=by_id)
        lines = [_line(s, store_id, item_id, qty, tier) for item_id, qty in items]
        priced = [(ln.unit_price, ln.quantity, ln.free) for ln in lines]
        order.worth, order.charged = rules.worth(priced), rules.charged(priced)
        order.paid_with = PaidWith.FREE if order.charged == 0 else PaidWith.BILL
        s.add(order)
        s.flush()
        for ln in lines:
            ln.order_id, ln.store_id = order.id, store_id
        s.add_all(lines)
        s.flush()
        return _queue_order(order, lines)


def _line(s: Session, store_id: int, item_id: int, quantity: int,
          tier: str) -> RefreshmentOrderLine:
    item = s.get(MenuItem, item_id)
    if item is None or item.store_id != store_id or not item.active:
        raise NotFound("菜单上没有该项。", "That item is not on the menu.", field="items")
    return RefreshmentOrderLine(menu_item_id=item.id, name=item.name,
                                quantity=rules.check_quantity(quantity),
                                unit_price=item.price, free=rules.is_free(item.free_tiers, tier))


# --- the bar's queue ------------------------------------------------------------------
@acting.open_to_signed_in
def queue(db: Database, store_id: int, *, now: datetime | None = None,
          limit: int = QUEUE_LIMIT) -> tuple[QueueOrder, ...]:
    """The bar's queue: new and preparing orders (oldest first), then those served in the
    last half hour."""
    at = now_utc(now)
    with db.session() as s:
        active = s.scalars(
            select(RefreshmentOrder)
            .where(RefreshmentOrder.store_id == store_id,
                   RefreshmentOrder.state.in_(list(rules.ACTIVE_STATES)))
            .order_by(RefreshmentOrder.ordered_at, RefreshmentOrder.id).limit(limit)).all()
        served = s.scalars(
            select(RefreshmentOrder)
            .where(RefreshmentOrder.store_id == store_id,
                   RefreshmentOrder.state == OrderState.SERVED,
                   RefreshmentOrder.state_changed_at >= at - SERVED_SHOWN)
            .order_by(RefreshmentOrder.state_changed_at.desc()).limit(limit)).all()
        orders = list(active) + list(served)
        lines = _lines_of(s, [o.id for o in orders])
        return tuple(_queue_order(o, lines.get(o.id, [])) for o in orders)


@acting.open_to_signed_in
def advance_order(db: Database, store_id: int, order_id: int, expected_version: int, *,
                  now: datetime | None = None) -> QueueOrder:
    """One tap on the bar's queue: new → preparing, preparing → served."""
    return _move(db, store_id, order_id, expected_version, None, now)


@acting.needs(Permission.REFRESHMENT)
def cancel_order(db: Database, store_id: int, order_id: int, expected_version: int, *,
                 now: datetime | None = None) -> QueueOrder:
    """Cancel an order not served yet (it then costs nothing)."""
    return _move(db, store_id, order_id, expected_version, OrderState.CANCELLED, now)


def _move(db: Database, store_id: int, order_id: int, expected_version: int,
          to: OrderState | None, now: datetime | None) -> QueueOrder:
    with db.session() as s, stale_guard("点餐", "refreshment order"):
        order = _store_row(s, RefreshmentOrder, order_id, store_id, "点餐", "refreshment order")
        check_version(order, expected_version, "点餐", "refreshment order")
        if to is None:
            to = rules.next_state(order.state)
        else:
            rules.check_cancel(order.state)
        order.state, order.state_changed_at = to, now_utc(now)
        s.flush()
        return _queue_order(order, _lines_of(s, [order.id]).get(order.id, []))


@acting.needs(Permission.POINTS_REDEEM)
def points_price(db: Database, store_id: int, order_id: int) -> PointsPayment:
    """What paying the order with points would take (for the question asked first):
    refused for an order that cannot be paid so."""
    with db.session() as s:
        order = _payable(s, store_id, order_id)
        return _points_payment(s, store_id, order, order.charged,
                               points.balance_in(s, order.customer_id))


@acting.needs(Permission.POINTS_REDEEM)
def pay_with_points(db: Database, store_id: int, order_id: int, *, who: str = "",
                    by_id: int | None = None, now: datetime | None = None) -> PointsPayment:
    """Pay an order with the customer's loyalty points, in one transaction: the fewest
    points whose value covers what it charged are redeemed (a ledger row against the
    order), and the order charges nothing on the bill. Refused, nothing stored, when the
    customer holds too few points or the order is paid or cancelled already."""
    with db.session(immediate=True) as s, stale_guard("点餐", "refreshment order"):
        order = _payable(s, store_id, order_id)
        points.lock_customer(s, order.customer_id)     # two desks cannot spend them twice
        held = points.balance_in(s, order.customer_id)
        price = _points_payment(s, store_id, order, order.charged, held)
        if price.points > held:
            raise ValidationError(
                f"积分不足：需要 {price.points} 分（¥{price.value}），当前可用 {held} 分。",
                f"Not enough points: {price.points} needed (¥{price.value}), {held} held.",
                field="points")
        amount = pay_with_points_in(s, store_id, order.id)
        # no `due` cap: the fewest covering points may be worth a fraction of a point more
        points.redeem_in(s, order.customer_id, price.points, store_id=store_id,
                         against_kind="refreshment", against_id=order.id, who=who,
                         by_id=by_id, at=now)
        return _points_payment(s, store_id, order, amount, held - price.points)


def _payable(s: Session, store_id: int, order_id: int) -> RefreshmentOrder:
    order = _store_row(s, RefreshmentOrder, order_id, store_id, "点餐", "refreshment order")
    if order.paid_with == PaidWith.POINTS:
        raise Conflict("该点餐已用积分支付。", "This order is already paid with points.",
                       field="paid_with")
    _check_payable(order)
    if order.customer_id is None:
        raise ValidationError("该点餐没有对应的客户，不能用积分支付。",
                              "This order has no customer: points cannot pay for it.",
                              field="paid_with")
    return order


def _points_payment(s: Session, store_id: int, order: RefreshmentOrder, amount: Decimal,
                    balance: int) -> PointsPayment:
    store_rules = points.rules_in(s, store_id)
    needed = points_rules.points_to_cover(amount, store_rules)
    return PointsPayment(_queue_order(order, _lines_of(s, [order.id]).get(order.id, [])),
                         amount, needed, points_rules.value_of(needed, store_rules), balance)


def pay_with_points_in(s: Session, store_id: int, order_id: int) -> Decimal:
    """Settle an order with loyalty points inside the caller's session (the points ledger
    writes its redemption row in the same transaction): the order is then paid with
    points and charges nothing on the bill. Returns the amount the points must cover
    (what the order charged); refused for a cancelled order or one already settled so."""
    order = _store_row(s, RefreshmentOrder, order_id, store_id, "点餐", "refreshment order")
    _check_payable(order)
    amount = order.charged
    order.paid_with, order.charged = PaidWith.POINTS, Decimal("0.00")
    s.flush()
    return amount


def _check_payable(order: RefreshmentOrder) -> None:
    if order.state == OrderState.CANCELLED or order.paid_with == PaidWith.POINTS \
            or order.charged == 0:
        raise ValidationError("该点餐无需或不能用积分支付。",
                              "This order needs no payment or cannot be paid with points.",
                              field="paid_with")


def _store_row(s: Session, model, ident: int, store_id: int, what_zh: str, what_en: str):
    row = get_or_raise(s, model, ident, what_zh, what_en)
    if row.store_id != store_id:
        raise NotFound(f"本店没有该{what_zh}。", f"This store has no such {what_en}.")
    return row


def _lines_of(s: Session, order_ids: list[int]) -> dict[int, list[RefreshmentOrderLine]]:
    if not order_ids:
        return {}
    out: dict[int, list[RefreshmentOrderLine]] = {}
    for line in s.scalars(select(RefreshmentOrderLine)
                          .where(RefreshmentOrderLine.order_id.in_(order_ids))
                          .order_by(RefreshmentOrderLine.id)):
        out.setdefault(line.order_id, []).append(line)
    return out


def _queue_order(order: RefreshmentOrder, lines) -> QueueOrder:
    return QueueOrder(order.id, order.seat, str(order.state), order.ordered_at,
                      tuple(OrderLineView(ln.name, ln.quantity, ln.unit_price, ln.free)
                            for ln in lines),
                      order.note, str(order.paid_with), order.worth, order.charged,
                      order.version_id)
