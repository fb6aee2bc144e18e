"""The service page (售后服务): booking calendar, work-order board and parts, with the
work-order windows they open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.services import parts
from ui.messages import error_text
from ui.service.board import BoardWidget
from ui.service.calendar import BookingCalendar
from ui.service.work_order import WorkOrderWindow
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time
from ui.widgets.desk_store import DeskStore
from ui.widgets.fit import fit_columns
from ui.widgets.record_table_model import Column, RecordTableModel


class ServicePage(Retranslatable, QWidget):
    """The service desk. `work_order_opened(window)` after a work-order window opened."""

    work_order_opened = Signal(object)

    @property
    def store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None, *,
                 start: bool = True, store_id: int | DeskStore = 1) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self._desk_store = DeskStore.of(store_id)
        self.windows: list[WorkOrderWindow] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.acting_label = QLabel()   # who acts: the person signed in, never picked here
        self.calendar = BookingCalendar(db, runner, store_id=store_id)
        self.board = BoardWidget(db, runner)
        self.parts_model = RecordTableModel([
            Column("", lambda r: r.part_code), Column("", lambda r: r.part_name),
            Column("", lambda r: str(r.qty), True), Column("", lambda r: local_time(r.created_at))])
        self.parts_view = QTableView()
        self.parts_view.setModel(self.parts_model)
        fit_columns(self.parts_view)
        self.parts_view.verticalHeader().hide()
        self.parts_view.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.calendar, "")
        self.tabs.addTab(self.board, "")
        self.tabs.addTab(self.parts_view, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.calendar.work_order_opened.connect(self.open_work_order)
        self.board.open_requested.connect(self.open_work_order)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.acting_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        if start:
            self.start()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("售后服务"))
        actor = acting.current()
        self.acting_label.setText(self.tr("当前操作人：%1").replace("%1", actor.name)
                                  if actor is not None else "")
        for index, text in enumerate((self.tr("预约日历"), self.tr("工单看板"), self.tr("配件补货"))):
            self.tabs.setTabText(index, text)
        self.parts_model.set_headers([self.tr("配件号"), self.tr("名称"), self.tr("补货数量"),
                                      self.tr("申请时间")])


    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Show who acts now (the desk may have switched user)."""
        super().showEvent(event)
        self.retranslate()

    def start(self) -> None:
        """Load the calendar and the board (which then polls)."""
        self.calendar.reload()
        self.board.start()

    def stop(self) -> None:
        """Stop polling and close the work-order windows."""
        self.board.stop()
        for window in self.windows:
            window.close()
        self.windows.clear()

    def _tab_changed(self, index: int) -> None:
        if index == 2:
            db = self._db
            self._runner.submit(lambda: parts.open_requests(db), self.parts_model.set_records,
                                lambda exc: self.board.status.setText(error_text(exc)),
                                owner=self)

    def open_work_order(self, work_order_id: int) -> WorkOrderWindow:
        """Open (or raise) the window of one work order."""
        for window in self.windows:
            if window.work_order_id == work_order_id:
                window.show()
                window.raise_()
                return window
        window = WorkOrderWindow(self._db, self._runner, work_order_id, store_id=self.store_id)
        window.saved.connect(self.board.reload)
        self.windows.append(window)
        window.show()
        self.work_order_opened.emit(window)
        return window
