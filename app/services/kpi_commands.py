"""`main.py report`: every KPI of a month with its numerator and denominator, for a store
(by its code, default the desk's store) or the whole group, as text or JSON; `main.py
kpi-days`: count the materialised daily figures (`app.services.kpi_daily`)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from app import acting
from app.db import Database
from app.domain import kpi as rules
from app.domain.code_names import label
from app.domain.roles import Permission
from app.printing.kpi_pdf import value_text
from app.services import kpi_daily
from app.services.kpi import KpiReport, month_report, store_by_code
from app.services.kpi_export import place_name


@acting.needs(Permission.REPORTS_VIEW)
def report(db: Database, month: str, *, store_code: str | None = None,
           store_id: int | None = None, group: bool = False, as_json: bool = False,
           language: str = "zh") -> int:
    """Print the month's report of the group, the store `store_code`, else `store_id`."""
    if group:
        figures = month_report(db, month, rules.Level.GROUP)
    else:
        place = store_by_code(db, store_code).id if store_code else store_id
        figures = month_report(db, month, rules.Level.STORE, place)
    if as_json:
        print(json.dumps(figures.as_json(), ensure_ascii=False, sort_keys=True))
    else:
        print(report_text(figures, language))
    return 0


@acting.needs(Permission.REPORTS_VIEW)
def count_days(db: Database, first: date | None = None, last: date | None = None, *,
               as_json: bool = False) -> int:
    """Count the daily figures of the closed days first..last (both or neither: the
    nightly count of the last `RECOUNT_DAYS`) and say what was written."""
    if first is None and last is None:
        counted = kpi_daily.count_recent(db)
    else:
        counted = kpi_daily.count_days(db, first or last, last or first)
    if as_json:
        print(json.dumps(asdict(counted), default=str, sort_keys=True))
    else:
        print(f"KPI daily figures {counted.first} – {counted.last}: {counted.days} days, "
              f"{counted.rows} rows")
    return 0


def report_text(report: KpiReport, language: str = "zh") -> str:
    """The report as a table: KPI, value, numerator / denominator and what they count;
    then the places one level below and the consultants' quote conversion."""
    en = language == "en"
    lines = [f"{'KPI report' if en else 'KPI 报表'} {report.period.label} · "
             f"{label(report.place.level, language, 'kpi_level')} {report.place.code} "
             f"{place_name(report.place, language)}"]
    for figure in report.figures:
        definition = rules.definition(figure.code)
        num, den = (definition.numerator, definition.denominator)
        lines.append(f"  {label(figure.code, language, 'kpi'):<24} {value_text(figure):>9}  "
                     f"{figure.numerator} / {figure.denominator}  "
                     f"({num[1] if en else num[0]} / {den[1] if en else den[0]})")
    for child in report.children:
        cells = "  ".join(f"{label(f.code, language, 'kpi')} {value_text(f)}" for f in child.figures)
        lines.append(f"  · {child.place.code} {place_name(child.place, language)}: {cells}")
    if report.consultants:
        lines.append("Quote → order per consultant:" if en else "顾问报价→订单转化：")
        lines += [f"  {c.name:<10} {c.figure.numerator} / {c.figure.denominator}  "
                  f"{value_text(c.figure)}" for c in report.consultants]
    return "\n".join(lines)
