"""A chart with its numbers in a table beside it (QtCharts): bars for rates and counts, a
line for daily figures. `values()` gives what the chart draws, for the tests."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QTableView, QWidget

from ui.widgets import palette
from ui.widgets.basics import make_table


class ChartWithTable(QWidget):
    """A QtCharts view on the left, the same numbers in a table on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = self._new_chart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(360, 200)
        self.model = QStandardItemModel()
        self.table: QTableView = make_table(self.model)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.table, 2)
        self._values: list[tuple[str, float]] = []

    def values(self) -> list[tuple[str, float]]:
        """(category, value) of each bar or point the chart draws now."""
        return list(self._values)

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.legend().setVisible(False)
        chart.setMargins(chart.margins() * 0)
        return chart

    def _reset(self, headers: list[str], rows: list[list[str]]) -> None:
        # A new chart each time: axes removed from a chart left stray labels behind.
        old, self.chart = self.chart, self._new_chart()
        self.view.setChart(self.chart)
        old.deleteLater()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        for row in rows:
            items = [QStandardItem(text) for text in row]
            for item in items[1:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()

    def show_bars(self, title: str, bars: list[tuple[str, float]], headers: list[str],
                  rows: list[list[str]], *, horizontal: bool = True,
                  maximum: float | None = None) -> None:
        """Bars of (category, value), and `rows` under `headers` in the table."""
        self._reset(headers, rows)
        self._values = [(name, float(value)) for name, value in bars]
        self.chart.setTitle(title)
        self.chart.legend().setVisible(False)
        shown = list(reversed(self._values)) if horizontal else self._values
        bar_set = QBarSet(title)
        bar_set.setColor(QColor(palette.colour("accent")))
        bar_set.append([value for _name, value in shown])
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _value in shown])
        scale = QValueAxis()
        top = maximum if maximum is not None else max([v for _n, v in shown] + [1.0])
        scale.setRange(0, top if maximum is not None else max(top * 1.15, 5.0))
        scale.setLabelFormat("%.0f")
        if maximum is None:
            scale.applyNiceNumbers()
        cat_side, value_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
                                if horizontal else
                                (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        self.chart.addAxis(categories, cat_side)
        self.chart.addAxis(scale, value_side)
        series.attachAxis(categories)
        series.attachAxis(scale)

    def show_lines(self, title: str, days: list[date], series_values: list[tuple[str, list[int]]],
                   headers: list[str], rows: list[list[str]]) -> None:
        """One line per (name, values) over `days`, and the table."""
        self._reset(headers, rows)
        self.chart.setTitle(title)
        self.chart.legend().setVisible(True)
        axis_x, axis_y = QDateTimeAxis(), QValueAxis()
        axis_x.setFormat("MM-dd")
        axis_y.setLabelFormat("%.0f")
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self._values = []
        top = 1
        for name, values in series_values:
            line = QLineSeries()
            line.setName(name)
            for day, value in zip(days, values):
                line.append(datetime.combine(day, time(12)).timestamp() * 1000, value)
                self._values.append((f"{name} {day.isoformat()}", float(value)))
                top = max(top, value)
            self.chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        axis_y.setRange(0, max(top * 1.15, 5.0))
        axis_y.applyNiceNumbers()
        if days:
            axis_x.setRange(datetime.combine(days[0], time(0)),
                            datetime.combine(days[-1], time(23)))
