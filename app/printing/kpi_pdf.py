"""The printed KPI report: every KPI of a place and period with its numerator and
denominator, a bar chart of the rates, the places one level below and the consultants'
quote conversion (pure reportlab, in memory, the store's letterhead and CJK font)."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain import kpi as rules
from app.domain.code_names import label
from app.printing.cashier_pdf import heading
from app.printing.layout import (
    ACCENT,
    CONTENT_WIDTH,
    Label,
    StoreInfo,
    Styles,
    bilingual,
    build_pdf,
    escape,
    grid_style,
    make_styles,
    para,
    table,
)


def value_text(figure: rules.Figure) -> str:
    """A figure's value as printed: "66.7%", "3.00 h", "¥25.00", or "—" with nothing to
    divide by."""
    value = figure.value
    if value is None:
        return "—"
    unit = rules.definition(figure.code).unit
    if unit is rules.Unit.PERCENT:
        return f"{value}%"
    return f"¥{value}" if unit is rules.Unit.YUAN else f"{value} h"


def render_kpi_report(report: Any, place_name: str, store: StoreInfo) -> bytes:
    """The report `report` (`app.services.kpi.KpiReport`) of the place named `place_name`."""
    s = make_styles()
    level = report.place.level
    reference = f"KPI-{report.period.label}-{report.place.code or level}"
    story: list[Flowable] = [
        heading(s, "经营指标报表", "KPI report", reference, [
            (("期间", "Period"), report.period.label),
            (("层级", "Level"), f"{label(level, 'zh', 'kpi_level')} "
                                f"{label(level, 'en', 'kpi_level')}"),
            (("范围", "Place"), f"{report.place.code} {place_name}".strip())]),
        para(bilingual("指标（分子 / 分母）", "KPIs (numerator / denominator)"), s.section),
        _kpi_table(s, report.figures),
        Spacer(1, 3 * mm),
        _chart(report.figures),
    ]
    if report.children:
        story += [para(bilingual("下级明细", "One level below"), s.section),
                  *_children(s, report.children)]
    if report.consultants:
        story += [para(bilingual("顾问报价→订单转化", "Quote → order per consultant"), s.section),
                  _consultants(s, report.consultants)]
    return build_pdf(story, store, reference, f"经营指标报表 {report.period.label}", s)


def _kpi_table(s: Styles, figures) -> Flowable:
    rows: list[list[object]] = [[Label("指标", "KPI", s.font), Label("数值", "Value", s.font),
                                 Label("分子", "Numerator", s.font),
                                 Label("分母", "Denominator", s.font),
                                 Label("口径", "Definition", s.font)]]
    for figure in figures:
        d = rules.definition(figure.code)
        rows.append([para(bilingual(label(figure.code, "zh", "kpi"), label(figure.code, "en", "kpi")),
                          s.body), value_text(figure), str(figure.numerator),
                     str(figure.denominator),
                     para(escape(f"{d.numerator[0]} ÷ {d.denominator[0]}"), s.small)])
    style = grid_style(1, s.font)
    style.add("ALIGN", (1, 0), (3, -1), "RIGHT")
    widths = [46 * mm, 18 * mm, 24 * mm, 24 * mm]
    return table(rows, [*widths, CONTENT_WIDTH - sum(widths)], style)


def _chart(figures) -> Drawing:
    """The rates (percent KPIs) as horizontal bars, 0–100 %."""
    rates = [f for f in figures if rules.definition(f.code).unit is rules.Unit.PERCENT]
    height = 8 * mm + 6 * mm * len(rates)
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 60 * mm, 4 * mm
    chart.width, chart.height = CONTENT_WIDTH - 70 * mm, height - 8 * mm
    chart.data = [[float(f.value or 0) for f in reversed(rates)]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.categoryAxis.categoryNames = [label(f.code, "en", "kpi") for f in reversed(rates)]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = ACCENT
    drawing.add(chart)
    return drawing


#: KPI columns of one table of the places below (more would wrap "100.0%" on A4).
_COLUMNS = 7


def _children(s: Styles, children) -> list[Flowable]:
    codes = [k.code for k in rules.PERIOD_KPIS]
    out: list[Flowable] = []
    for i in range(0, len(codes), _COLUMNS):
        out += [_children_table(s, children, codes[i:i + _COLUMNS]), Spacer(1, 2 * mm)]
    return out


def _children_table(s: Styles, children, codes: list[str]) -> Flowable:
    rows: list[list[object]] = [[Label("范围", "Place", s.font)] + [
        para(escape(label(c, "zh", "kpi")), s.small) for c in codes]]
    for child in children:
        name = child.place.name or label("no_division", "zh", "kpi_level")
        rows.append([para(escape(f"{child.place.code} {name}".strip()), s.small)]
                    + [para(escape(value_text(child.figure(c))), s.small) for c in codes])
    first = 30 * mm
    rest = (CONTENT_WIDTH - first) / _COLUMNS
    drawn = table(rows, [first] + [rest] * len(codes), grid_style(1, s.font, 7))
    drawn.hAlign = "LEFT"
    return drawn


def _consultants(s: Styles, consultants) -> Flowable:
    rows: list[list[object]] = [[Label("顾问", "Consultant", s.font),
                                 Label("成交订单", "Ordered", s.font),
                                 Label("报价", "Given", s.font), Label("转化率", "Rate", s.font)]]
    rows += [[c.name, str(c.figure.numerator), str(c.figure.denominator),
              value_text(c.figure)] for c in consultants]
    style = grid_style(1, s.font)
    style.add("ALIGN", (1, 0), (3, -1), "RIGHT")
    return table(rows, [60 * mm, 30 * mm, 30 * mm, CONTENT_WIDTH - 120 * mm], style)
