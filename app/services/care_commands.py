"""Headless care: `main.py care run [--json]` (the nightly job) and
`main.py care report --month YYYY-MM [--json]`."""

from __future__ import annotations

import json
from datetime import datetime

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.domain.survey_templates import SurveyPolicy
from app.services.care_figures import CareReport, care_report
from app.services.care_run import run_care


@acting.needs(Permission.CARE_RUN)
def run(db: Database, store_id: int, *, as_json: bool = False,
        now: datetime | None = None, survey_policy: SurveyPolicy = SurveyPolicy()) -> int:
    """Run the daily care job (surveys scheduled by `survey_policy`) and print what it
    created."""
    result = run_care(db, store_id, now=now, survey_policy=survey_policy)
    if as_json:
        print(json.dumps(result.as_json(), ensure_ascii=False, sort_keys=True))
        return 0
    print(f"care run: {result.total} items created, {result.lapsed} lapsed, "
          f"{result.tiers_changed} tiers changed")
    for kind, count in sorted(result.created.items()):
        print(f"  {kind:<20} {count}")
    return 0


@acting.needs(Permission.REPORTS_VIEW)
def report(db: Database, store_id: int, month: str, *, as_json: bool = False) -> int:
    """Print the month's invitation success and reminder → booking conversion."""
    figures = care_report(db, store_id, month)
    if as_json:
        print(json.dumps(figures.as_json(), ensure_ascii=False, sort_keys=True))
        return 0
    print(_table(figures))
    return 0


def _pct(value) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _table(figures: CareReport) -> str:
    lines = [f"care report {figures.month}"]
    for title, rows in (("total", (figures.total,)), ("by kind", figures.by_kind),
                        ("by staff", figures.by_staff), ("by week", figures.by_week)):
        lines.append(f"{title}:")
        lines.append(f"  {'':<20} {'invited':>8} {'booked':>7} {'rate':>7} "
                     f"{'due':>5} {'conv.':>7}")
        for r in rows:
            lines.append(f"  {r.key:<20} {r.invited:>8} {r.booked:>7} "
                         f"{_pct(r.invitation_rate):>7} {r.reminders_due:>5} "
                         f"{_pct(r.conversion):>7}")
    return "\n".join(lines)
