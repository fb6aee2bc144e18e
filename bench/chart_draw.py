"""Which chart library draws a year of daily points faster: QtCharts or pyqtgraph.

`python -m bench.chart_draw [--runs N] [--json PATH]` builds a line chart of 365 daily
points (and a second series, as the dashboard's daily work orders and booked ones) and
draws it offscreen into a 640×360 image, N times per library: median and p95 in ms of
build + draw. pyqtgraph is measured only when it is installed (it is not a dependency).
"""

from __future__ import annotations

import argparse
import os
import random
import time
from datetime import date, datetime, timedelta
from datetime import time as clock

from bench._common import machine, median, p95, print_figures, write_json

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (640, 360)


def _year() -> tuple[list[date], list[int], list[int]]:
    rng = random.Random(20261205)
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(365)]
    orders = [rng.randint(20, 60) for _ in days]
    booked = [rng.randint(0, n) for n in orders]
    return days, orders, booked


def draw_qtcharts(days, orders, booked) -> None:
    """Build and draw the chart with QtCharts."""
    from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
    from PySide6.QtCore import Qt

    chart = QChart()
    axis_x, axis_y = QDateTimeAxis(), QValueAxis()
    axis_x.setFormat("MM-dd")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for values in (orders, booked):
        series = QLineSeries()
        for day, value in zip(days, values):
            ms = datetime.combine(day, clock(0)).timestamp() * 1000
            series.append(ms, value)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    axis_y.setRange(0, max(orders))
    view = QChartView(chart)
    view.resize(*SIZE)
    view.grab()
    view.deleteLater()


def draw_pyqtgraph(days, orders, booked) -> None:
    """Build and draw the chart with pyqtgraph."""
    import pyqtgraph as pg

    xs = [datetime.combine(d, clock(0)).timestamp() for d in days]
    plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
    plot.setBackground("w")
    plot.plot(xs, orders, pen=pg.mkPen("#1f6feb", width=2))
    plot.plot(xs, booked, pen=pg.mkPen("#2da44e", width=2))
    plot.resize(*SIZE)
    plot.grab()
    plot.deleteLater()


def measure(draw, runs: int) -> dict:
    """Median and p95 (ms) of `runs` draws after one warm-up."""
    app = QApplication.instance()
    year = _year()
    draw(*year)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        draw(*year)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return {"median_ms": round(median(times), 2), "p95_ms": round(p95(times), 2), "runs": runs}


def main(argv: list[str] | None = None) -> int:
    """Measure both libraries and print (and write) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication([])
    figures: dict = {"points": 365 * 2, "size": list(SIZE), "machine": machine(),
                     "qtcharts": measure(draw_qtcharts, args.runs)}
    try:
        import pyqtgraph  # noqa: F401
    except ImportError:
        figures["pyqtgraph"] = "not installed"
    else:
        figures["pyqtgraph"] = measure(draw_pyqtgraph, args.runs)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
