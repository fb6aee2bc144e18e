"""The stock rules (配件库存): what a ledger movement may do to a store's balance of a part.

Pure arithmetic on counts: the services sum a store's ledger rows into a `Balance` and ask
`apply` whether the next row is allowed before they add it.
"""

from __future__ import annotations

from dataclasses import dataclass


class StockRefused(ValueError):
    """A movement the rules forbid, with its Chinese and English explanation."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en


@dataclass(frozen=True)
class Balance:
    """A store's count of one part: on the shelf, reserved for approved work, free."""

    on_hand: int = 0
    reserved: int = 0

    @property
    def available(self) -> int:
        """What is free to reserve or issue: on hand minus reserved."""
        return self.on_hand - self.reserved

    def low(self, threshold: int) -> bool:
        """True when the free stock is at or below `threshold`."""
        return self.available <= threshold


def apply(balance: Balance, on_hand: int, reserved: int, *, counted: bool = False) -> Balance:
    """The balance after a movement of `on_hand` and `reserved` (signed changes).

    Never below zero on the shelf or in reservations. A movement that takes stock or
    reserves it may not use more than is free (taking reserved parts off the shelf uses
    nothing free); a shelf count (`counted`) records what is
    really there, so it may leave less on hand than is reserved (a shortage to resolve).
    """
    after = Balance(balance.on_hand + on_hand, balance.reserved + reserved)
    if after.on_hand < 0:
        raise StockRefused(f"库存仅 {balance.on_hand}，不足 {-on_hand}。",
                           f"Only {balance.on_hand} on hand; {-on_hand} needed.")
    if after.reserved < 0:
        raise StockRefused(f"预留仅 {balance.reserved}，不能释放 {-reserved}。",
                           f"Only {balance.reserved} reserved; cannot release {-reserved}.")
    if not counted and after.available < 0 and after.available < balance.available:
        need = balance.available - after.available
        raise StockRefused(f"可用库存仅 {balance.available}，不足 {need}。",
                           f"Only {balance.available} free; {need} needed.")
    return after
