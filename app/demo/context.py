"""What every part of the seeder shares: the seeded random source, today, ids and pools."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from app.demo.names import MobilePool
from app.demo.vehicles import Model, PlatePool, VinPool
from app.demo.writer import Writer
from app.domain.stock import Balance
from app.models import StaffRole


@dataclass
class VehiclePlan:
    """A seeded vehicle, kept for the history and today's bookings built after it."""

    id: int
    owner_id: int
    owner_name: str
    plate: str
    color: str
    model: Model
    trim: str
    msrp: Decimal
    purchase: date
    daily_km: int
    advisor_id: int | None


@dataclass
class Context:
    """The state one seeding run threads through its builders."""

    rng: random.Random
    today: date
    writer: Writer
    blue: PlatePool
    green: PlatePool
    vins: VinPool
    mobiles: MobilePool
    store_id: int = 0
    #: The real time the store is seeded at: today's bookings already begun are arrived.
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    #: Whether one of today's bookings already stays late (one is enough to show the state).
    late_shown: bool = False
    staff: dict[StaffRole, list[int]] = field(default_factory=lambda: defaultdict(list))
    items: dict[str, int] = field(default_factory=dict)
    parts: dict[str, dict] = field(default_factory=dict)
    #: Each part's balance in the demo store as the seeder posts its ledger rows.
    stock: dict[str, Balance] = field(default_factory=dict)
    bays: list[tuple[int, str]] = field(default_factory=list)
    serviced: list[VehiclePlan] = field(default_factory=list)
    showcase: dict[str, VehiclePlan] = field(default_factory=dict)
    prospects: list[tuple[int, str]] = field(default_factory=list)
    customers: dict[int, dict] = field(default_factory=dict)
    fixed_tiers: set[int] = field(default_factory=set)
    catalogue: dict[tuple[str, str], int] = field(default_factory=dict)
    finance: list[tuple] = field(default_factory=list)
    wo_numbers: dict[date, int] = field(default_factory=lambda: defaultdict(int))
    bay_busy: dict[tuple[int, date], list[tuple[int, int]]] = field(default_factory=dict)
    #: Delivered work orders (id, customer, vehicle, advisor, delivered at): they owe surveys.
    delivered: list[tuple] = field(default_factory=list)

    def one(self, role: StaffRole) -> int:
        """A random member of staff with `role`."""
        return self.rng.choice(self.staff[role])

    def work_order_number(self, day: date) -> str:
        """The next work-order number of `day` (WO20261123007)."""
        self.wo_numbers[day] += 1
        return f"WO{day:%Y%m%d}{self.wo_numbers[day]:03d}"

    def place_in_bay(self, day: date, minute: int, duration: int, kind: str,
                     latest: int = 18 * 60) -> tuple[int, int] | None:
        """The (bay id, start minute) of the earliest free slot of `kind` from `minute`.

        Slots never overlap in a bay; None when the day is full.
        """
        best: tuple[int, int] | None = None
        for bay_id, bay_kind in self.bays:
            if bay_kind != kind:
                continue
            start = _first_gap(self.bay_busy.get((bay_id, day), []), minute, duration)
            if start + duration <= latest and (best is None or start < best[1]):
                best = (bay_id, start)
        if best is not None:
            busy = self.bay_busy.setdefault((best[0], day), [])
            busy.append((best[1], best[1] + duration))
            busy.sort()
        return best


def _first_gap(busy: list[tuple[int, int]], start: int, duration: int) -> int:
    """The earliest start from `start` where `duration` minutes fit between busy spans."""
    for begin, end in busy:
        if start + duration <= begin:
            break
        start = max(start, end)
    return start
