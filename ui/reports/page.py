"""The manager's KPI dashboard (经营看板): today's figures of a store, and the week's or
month's KPIs of a store, a division or the group, each chart with its numbers beside it;
drill-down from the group to a division to a store; export to CSV and to a printed PDF."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import kpi as rules
from app.printing.kpi_pdf import value_text
from app.services import kpi, kpi_export
from app.services.common import store_today
from ui.i18n import current_language
from ui.messages import error_text
from ui.reports.charts import ChartWithTable
from ui.widgets.basics import Retranslatable
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.print_actions import PrintActions


class ReportsPage(Retranslatable, QWidget):
    """The dashboard; `show_place(level, id)` opens a place, `drill_into(row)` the place of
    a row of the drill-down table, `up()` the level above."""

    @property
    def store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db, runner, store_id: int | DeskStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self._desk_store = db, runner, DeskStore.of(store_id)
        #: The time the figures are of (None: now); tests fix it.
        self.now: datetime | None = None
        self.board: kpi.Dashboard | None = None
        self.level, self.place_id = rules.Level.STORE, self.store_id
        self._desk_store.changed.connect(self._store_changed)
        self._parents: dict[tuple[str, int | None], tuple[str, int | None]] = {}
        self._names: dict[tuple[str, int | None], tuple[str, str]] = {}
        self.printing = PrintActions(runner, self)
        self._build()
        self.retranslate()
        self.runner.submit(lambda: kpi.place_choices(self.db), self._choices_loaded,
                           self._failed, owner=self)
        self.refresh()

    def _build(self) -> None:
        self.place_label, self.period_label, self.status = QLabel(), QLabel(), QLabel()
        self.places, self.period = QComboBox(), QComboBox()
        self.places.setMinimumContentsLength(14)
        for kind in ("month", "week"):
            self.period.addItem("", kind)
        self.up_button, self.refresh_button = QPushButton(), QPushButton()
        self.csv_button, self.pdf_button = QPushButton(), QPushButton()
        self.places.activated.connect(self._place_chosen)
        self.period.activated.connect(lambda _i: self.refresh())
        self.up_button.clicked.connect(self.up)
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self._ask_path("csv", self.export_csv))
        self.pdf_button.clicked.connect(lambda: self._ask_path("pdf", self.export_pdf))
        self.printing.done.connect(self.status.setText)
        self.printing.failed.connect(self.status.setText)
        bar = QHBoxLayout()
        for widget in (self.place_label, self.places, self.period_label, self.period,
                       self.up_button, self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        self.today_chart, self.in_shop_chart = ChartWithTable(), ChartWithTable()
        self.kpi_chart, self.children_chart = ChartWithTable(), ChartWithTable()
        self.daily_chart, self.consultant_chart = ChartWithTable(), ChartWithTable()
        self.children_kpi = QComboBox()
        for definition in rules.PERIOD_KPIS:
            self.children_kpi.addItem("", definition.code)
        self.children_kpi.activated.connect(lambda _i: self._show_children())
        self.children_chart.table.doubleClicked.connect(lambda index: self.drill_into(index.row()))
        today = QWidget()
        today_layout = QVBoxLayout(today)
        today_layout.addWidget(self.today_chart, 3)
        today_layout.addWidget(self.in_shop_chart, 2)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        self.children_hint = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.children_hint)
        row.addWidget(self.children_kpi)
        row.addStretch(1)
        below_layout.addLayout(row)
        below_layout.addWidget(self.children_chart, 1)
        self.tabs = QTabWidget()
        self.tab_pages = {"kpis": self.kpi_chart, "today": today, "below": below,
                          "daily": self.daily_chart, "consultants": self.consultant_chart}
        for page in self.tab_pages.values():
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.place_label.setText(self.tr("范围"))
        self.period_label.setText(self.tr("期间"))
        for index in range(self.period.count()):
            self.period.setItemText(index, code_text(self.period.itemData(index), "kpi_period"))
        for index in range(self.children_kpi.count()):
            self.children_kpi.setItemText(index, code_text(self.children_kpi.itemData(index),
                                                           "kpi"))
        self.up_button.setText(self.tr("返回上级"))
        self.refresh_button.setText(self.tr("刷新"))
        self.csv_button.setText(self.tr("导出 CSV…"))
        self.pdf_button.setText(self.tr("导出 PDF…"))
        self.children_hint.setText(self.tr("双击一行查看下级；指标："))
        titles = {"kpis": self.tr("指标"), "today": self.tr("今日"), "below": self.tr("下级明细"),
                  "daily": self.tr("每日工单"), "consultants": self.tr("顾问转化")}
        for index, key in enumerate(self.tab_pages):
            self.tabs.setTabText(index, titles[key])
        self._fill_places_texts()
        if self.board is not None:
            self._show(self.board)

    # --- places ---------------------------------------------------------------------------

    def _choices_loaded(self, choices) -> None:
        self.places.clear()
        self.places.addItem("", _key(rules.Level.GROUP.value, None))
        for choice in choices:
            division = (rules.Level.DIVISION.value, choice.division.id)
            self.places.addItem("", _key(*division))
            self._parents[division] = (rules.Level.GROUP.value, None)
            self._names[division] = (choice.division.code, choice.division.name)
            for store in choice.stores:
                key = (rules.Level.STORE.value, store.id)
                self.places.addItem("", _key(*key))
                self._parents[key] = division
                self._names[key] = (store.code, store.name)
        self._fill_places_texts()
        self._select_current()

    def _fill_places_texts(self) -> None:
        names = self._names
        for index in range(self.places.count()):
            level, place_id = _unkey(self.places.itemData(index))
            code, name = names.get((level, place_id), ("", ""))
            if level == rules.Level.GROUP:
                text = code_text("group", "kpi_level")
            elif level == rules.Level.DIVISION:
                text = f"· {name or code_text('no_division', 'kpi_level')}"
            else:
                text = f"    {code} {name}"
            self.places.setItemText(index, text)

    def _select_current(self) -> None:
        index = self.places.findData(_key(str(self.level), self.place_id))
        if index >= 0:
            self.places.setCurrentIndex(index)

    def _place_chosen(self, index: int) -> None:
        self.show_place(*_unkey(self.places.itemData(index)))

    def show_place(self, level: str, place_id: int | None) -> None:
        """Open the figures of a store, a division or the group."""
        self.level, self.place_id = rules.Level(level), place_id
        self._select_current()
        self.refresh()

    def _store_changed(self) -> None:
        """The desk works for another store: its figures."""
        self.show_place(rules.Level.STORE.value, self.store_id)

    def drill_into(self, row: int) -> None:
        """Open the place of row `row` of the drill-down table."""
        if self.board is None or not 0 <= row < len(self.board.report.children):
            return
        place = self.board.report.children[row].place
        self._parents.setdefault((str(place.level), place.id), (str(self.level), self.place_id))
        self.show_place(place.level, place.id)

    def up(self) -> None:
        """Open the place one level above (a store's division, a division's group)."""
        parent = self._parents.get((str(self.level), self.place_id))
        if parent is None and self.level is not rules.Level.GROUP:
            parent = (rules.Level.GROUP.value, None)
        if parent is not None:
            self.show_place(*parent)

    # --- figures ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the figures of the chosen place and period in the background."""
        level, place_id = str(self.level), self.place_id
        kind, now = self.period.currentData() or "month", self.now
        self.status.setText(self.tr("正在读取…"))
        self.runner.submit(lambda: kpi.dashboard(self.db, level, place_id, kind, now),
                           self._loaded, self._failed, owner=self)

    def _loaded(self, board: kpi.Dashboard) -> None:
        self.board = board
        self._show(board)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    @staticmethod
    def _place_name(place) -> str:
        """"GZ01 广州天河店", "华南大区", or the group's / no division's level name."""
        if place.name:
            return f"{place.code} {place.name}".strip()
        return code_text("no_division" if place.level == rules.Level.DIVISION
                         else str(place.level), "kpi_level")

    def _place_text(self, place) -> str:
        if place.level == rules.Level.GROUP:
            return self._place_name(place)
        return f"{code_text(str(place.level), 'kpi_level')} {self._place_name(place)}"

    def _show(self, board: kpi.Dashboard) -> None:
        report = board.report
        self._show_kpis(report)
        self._show_today(board.today)
        self._show_children()
        self._show_daily(report)
        self._show_consultants(report)
        self.up_button.setEnabled(self.level is not rules.Level.GROUP)
        self.tabs.setTabEnabled(1, board.today is not None)
        self.tabs.setTabEnabled(2, bool(report.children))
        self.status.setText(self.tr("%1 · %2").replace("%1", report.period.label)
                            .replace("%2", self._place_text(report.place)))

    def _figure_headers(self, first: str) -> list[str]:
        return [first, self.tr("数值"), self.tr("分子"), self.tr("分母")]

    def _show_kpis(self, report) -> None:
        rates = [f for f in report.figures
                 if rules.definition(f.code).unit is rules.Unit.PERCENT]
        self.kpi_chart.show_bars(
            self.tr("各项指标（%）"), [(code_text(f.code, "kpi"), float(f.value or 0))
                                       for f in rates],
            self._figure_headers(self.tr("指标")),
            [[code_text(f.code, "kpi"), value_text(f), str(f.numerator), str(f.denominator)]
             for f in report.figures], maximum=100.0)

    def _show_today(self, today) -> None:
        if today is None:
            self.today_chart.show_bars(self.tr("今日"), [], [self.tr("项目"), self.tr("数量")], [])
            self.in_shop_chart.show_bars(self.tr("在厂车辆（按状态）"), [],
                                         [self.tr("状态"), self.tr("车辆")], [])
            return
        counts = [(code_text(name, "kpi_today"), value) for name, value in today.counts]
        self.today_chart.show_bars(self.tr("今日 %1").replace("%1", today.day.isoformat()),
                                   counts, [self.tr("项目"), self.tr("数量")],
                                   [[name, str(value)] for name, value in counts])
        statuses = [(code_text(status), n) for status, n in today.in_shop]
        self.in_shop_chart.show_bars(self.tr("在厂车辆（按状态）"), statuses,
                                     [self.tr("状态"), self.tr("车辆")],
                                     [[name, str(n)] for name, n in statuses])

    def _show_children(self) -> None:
        if self.board is None:
            return
        code = self.children_kpi.currentData() or rules.PERIOD_KPIS[0].code
        children = self.board.report.children
        names = [self._place_name(c.place) for c in children]
        figures = [c.figure(code) for c in children]
        self.children_chart.show_bars(
            code_text(code, "kpi"), [(n, float(f.value or 0)) for n, f in zip(names, figures)],
            self._figure_headers(self.tr("范围")),
            [[n, value_text(f), str(f.numerator), str(f.denominator)]
             for n, f in zip(names, figures)])

    def _show_daily(self, report) -> None:
        found = {p.day: p for p in report.daily}
        # The period's days up to today (a day without work orders is a zero, not a gap).
        last = min(report.period.after - timedelta(days=1),
                   max([store_today(self.now), *found]))
        days = [report.period.first + timedelta(days=i)
                for i in range((last - report.period.first).days + 1)]
        opened = [found[d].work_orders if d in found else 0 for d in days]
        booked = [found[d].booked if d in found else 0 for d in days]
        self.daily_chart.show_lines(
            self.tr("每日开单与预约进厂"), days,
            [(self.tr("开单"), opened), (self.tr("预约进厂"), booked)],
            [self.tr("日期"), self.tr("开单"), self.tr("预约进厂")],
            [[d.isoformat(), str(o), str(b)] for d, o, b in zip(days, opened, booked)])

    def _show_consultants(self, report) -> None:
        rows = report.consultants
        self.consultant_chart.show_bars(
            code_text("quote_conversion", "kpi"),
            [(c.name, float(c.figure.value or 0)) for c in rows],
            [self.tr("顾问"), self.tr("转化率"), self.tr("成交"), self.tr("报价")],
            [[c.name, value_text(c.figure), str(c.figure.numerator), str(c.figure.denominator)]
             for c in rows], maximum=100.0)

    # --- export -----------------------------------------------------------------------------

    def _ask_path(self, suffix: str, save) -> QFileDialog | None:
        if self.board is None:
            return None
        name = f"kpi-{self.board.report.period.label}.{suffix}"
        dialog = QFileDialog(self, self.tr("导出"), name, f"{suffix.upper()} (*.{suffix})")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(save)
        dialog.open()
        return dialog

    def export_csv(self, path: str) -> None:
        """Write the shown report as CSV (UTF-8 with BOM, for Excel) at `path`."""
        if self.board is None:
            return
        language = "en" if current_language() == "en" else "zh"
        text = kpi_export.report_csv(self.board.report, language)
        self.runner.submit(lambda: Path(path).write_text(text, encoding="utf-8-sig"),
                           lambda _n: self.status.setText(
                               self.tr("已导出 CSV：%1").replace("%1", path)),
                           self._failed, owner=self)

    def export_pdf(self, path: str) -> None:
        """Save the shown report as the printed PDF at `path`."""
        if self.board is None:
            return
        report, store = self.board.report, self.store_id
        self.printing.save_pdf(lambda: kpi_export.report_pdf(self.db, report, store), path)


def _key(level: str, place_id: int | None) -> str:
    """A place as the combo's item data: "store:3", "division:", "group:"."""
    return f"{level}:{'' if place_id is None else place_id}"


def _unkey(key: str) -> tuple[str, int | None]:
    level, _sep, place_id = key.partition(":")
    return level, int(place_id) if place_id else None
