"""Refreshments (点餐) for waiting customers: the menu's categories, an order's states and
moves, and what an order costs the customer (pure: no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum

from app.errors import Conflict, ValidationError


class MenuCategory(StrEnum):
    """What kind of refreshment a menu item is."""

    DRINK = "drink"
    SNACK = "snack"
    LUNCH = "lunch"


class OrderState(StrEnum):
    """Where a refreshment order stands on the bar's queue."""

    NEW = "new"
    PREPARING = "preparing"
    SERVED = "served"
    CANCELLED = "cancelled"


class PaidWith(StrEnum):
    """How an order is paid: free by the customer's level, on the visit's bill, or with
    loyalty points (the points ledger settles those)."""

    FREE = "free"
    BILL = "bill"
    POINTS = "points"


#: The one move a tap on the bar's queue makes from each state.
NEXT_STATE: dict[OrderState, OrderState] = {
    OrderState.NEW: OrderState.PREPARING,
    OrderState.PREPARING: OrderState.SERVED,
}
#: States the bar still has to act on (shown first on the queue, and on the lounge screen).
ACTIVE_STATES: frozenset[OrderState] = frozenset(NEXT_STATE)
#: The most of one item a single order may ask for.
MAX_QUANTITY = 20


class OrderMoveRefused(Conflict):
    """A move of a refreshment order the rules do not allow."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh, en, field="state")


def next_state(state: OrderState | str) -> OrderState:
    """The state one tap on the queue moves an order in `state` to; refused when it is
    served or cancelled already."""
    following = NEXT_STATE.get(OrderState(state))
    if following is None:
        raise OrderMoveRefused("该点餐已完成或已取消，不能再推进。",
                               "This order is served or cancelled already; it cannot move on.")
    return following


def check_cancel(state: OrderState | str) -> None:
    """Refuse cancelling an order that was served or cancelled already."""
    if OrderState(state) not in ACTIVE_STATES:
        raise OrderMoveRefused("已送达或已取消的点餐不能取消。",
                               "A served or cancelled order cannot be cancelled.")


def free_tiers(text: str | Iterable[str]) -> frozenset[str]:
    """The customer levels an item is free for, from its stored text ("gold,silver")."""
    parts = text.split(",") if isinstance(text, str) else text
    return frozenset(p.strip() for p in parts if p and p.strip())


def is_free(item_free_tiers: str | Iterable[str], tier: str | None) -> bool:
    """True when a customer of level `tier` gets the item free."""
    return bool(tier) and tier in free_tiers(item_free_tiers)


def check_quantity(quantity: int) -> int:
    """`quantity` when it is between 1 and `MAX_QUANTITY`, else a ValidationError."""
    if not 1 <= int(quantity) <= MAX_QUANTITY:
        raise ValidationError(f"数量须在 1 到 {MAX_QUANTITY} 之间。",
                              f"A quantity is between 1 and {MAX_QUANTITY}.", field="quantity")
    return int(quantity)


def charged(lines: Iterable[tuple[Decimal, int, bool]]) -> Decimal:
    """What the customer is charged for lines of (unit price, quantity, free by level)."""
    return sum((price * qty for price, qty, free in lines if not free), Decimal("0.00"))


def worth(lines: Iterable[tuple[Decimal, int, bool]]) -> Decimal:
    """What the lines are worth at menu prices (the store's cost of hospitality)."""
    return sum((price * qty for price, qty, _free in lines), Decimal("0.00"))
