"""Headless customer's voice: `main.py voice escalate [--store ID] [--json] [--every S]`, the
SLA clock's tick for a server or gate PC where no desk may be open."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime

from app import acting
from app.db import Database
from app.services.complaints import SlaTick, sla_tick


@acting.open_to_signed_in
def escalate(db: Database, store_id: int | None = None, *, as_json: bool = False,
             every_s: float | None = None, now: Callable[[], datetime | None] = lambda: None,
             ticks: int | None = None) -> int:
    """Escalate overdue complaints and print the overdue ones; with `every_s`, again every
    so many seconds until interrupted (or `ticks` times)."""
    done = 0
    while True:
        _print(sla_tick(db, store_id=store_id, now=now()), as_json)
        done += 1
        if every_s is None or (ticks is not None and done >= ticks):
            return 0
        time.sleep(every_s)


def _print(tick: SlaTick, as_json: bool) -> None:
    if as_json:
        print(json.dumps(tick.as_json(), ensure_ascii=False, sort_keys=True), flush=True)
        return
    print(f"escalated now: {tick.escalated_now}; overdue: {len(tick.overdue)}", flush=True)
    for row in tick.overdue:
        print(f"  #{row.id} {row.customer_name} {row.category} {row.clock.step} due "
              f"{row.clock.due_at:%Y-%m-%d %H:%M} UTC, owner {row.owner_name or '-'}, "
              f"level {row.escalation_level}", flush=True)
