"""The KPI report exported: a CSV (every KPI with its numerator, denominator and value, then
the places one level below and the consultants) and the printed PDF report."""

from __future__ import annotations

import csv
import io

from app import acting
from app.db import Database
from app.domain import kpi as rules
from app.domain.code_names import label
from app.domain.roles import Permission
from app.printing.kpi_pdf import render_kpi_report, value_text
from app.services.kpi import KpiReport, Place
from app.services.store_info import store_info


def place_name(place: Place, language: str = "zh") -> str:
    """A place's name; the group and the stores in no division by their level's name."""
    if place.name:
        return place.name
    return label("no_division" if place.level == rules.Level.DIVISION else str(place.level),
                 language, "kpi_level")


def report_csv(report: KpiReport, language: str = "zh") -> str:
    """The report as CSV text (UTF-8 with a BOM when written, for Excel): one row per KPI
    and place — level, code, name, KPI, numerator, denominator, value, unit."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    en = language == "en"
    writer.writerow(["period", "level", "place_code", "place", "kpi", "kpi_name", "numerator",
                     "denominator", "value", "unit"] if en else
                    ["期间", "层级", "代码", "范围", "指标代码", "指标", "分子", "分母", "数值", "单位"])
    places = [(report.place, report.figures)] + [(c.place, c.figures) for c in report.children]
    for place, figures in places:
        for figure in figures:
            writer.writerow([report.period.label, label(str(place.level), language, "kpi_level"),
                             place.code, place_name(place, language), figure.code,
                             label(figure.code, language, "kpi"), figure.numerator,
                             figure.denominator, "" if figure.value is None else figure.value,
                             str(rules.definition(figure.code).unit)])
    for c in report.consultants:
        writer.writerow([report.period.label, "consultant" if en else "顾问", c.store_id, c.name,
                         c.figure.code, label(c.figure.code, language, "kpi"), c.figure.numerator,
                         c.figure.denominator, "" if c.figure.value is None else c.figure.value,
                         "percent"])
    return out.getvalue()


@acting.needs(Permission.REPORTS_VIEW)
def report_pdf(db: Database, report: KpiReport, store_id: int) -> tuple[str, bytes]:
    """(title, PDF bytes) of the printed report under store `store_id`'s letterhead."""
    pdf = render_kpi_report(report, place_name(report.place), store_info(db, store_id))
    return f"经营指标报表 {report.period.label}", pdf


__all__ = ["place_name", "report_csv", "report_pdf", "value_text"]
