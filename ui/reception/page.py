"""The reception page: the live gate, today's arrivals, today's expected visitors, search."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.plates import format_plate
from app.services.today import Today, today_at_reception
from ui.messages import error_text
from ui.reception.controller import ReceptionController
from ui.reception.popup_panel import PopupPanel
from ui.reception.today_list import WorkOrderListDialog
from ui.reception.today_strip import TodayStrip
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, camera_text, local_time, make_table
from ui.widgets.code_text import code_text
from ui.widgets.images import load_image
from ui.widgets.palette import colour
from ui.widgets.record_table_model import Column, RecordTableModel
from ui.widgets.search_box import SearchBox

PREVIEW_MS = 100
REFRESH_MS = 30_000
class ReceptionPage(Retranslatable, QWidget):
    """Reception's working page. The gate feeds it through `show_frame` and `set_camera`.

    `open_customer(id)` and `open_work_order(id)` ask the desk to open that window.
    """

    open_customer = Signal(int)
    open_work_order = Signal(int)

    def __init__(self, db: Database, runner: TaskRunner, controller: ReceptionController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self.controller = db, runner, controller
        controller.setParent(self)      # the controller and its poll timer go with the page
        self._frame: QImage | None = None
        self._frame_new = False
        self._camera = ("none", "")
        self._thumbs: dict[str, QPixmap] = {}
        self.today: Today | None = None
        self.expected_filter = "expected"       # or 'arrived', 'late': the strip's choice
        self._build()
        controller.arrivals_changed.connect(self.refresh)
        controller.open_customer.connect(self.open_customer)
        self._preview_timer = QTimer(self, interval=PREVIEW_MS)
        self._preview_timer.timeout.connect(self._repaint_preview)
        self._preview_timer.start()
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()
        self.retranslate()
        self.refresh()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.strip = TodayStrip()
        self.strip.open_list.connect(self.open_list)
        self.search = SearchBox(self._db, self._runner)
        self.search_model = RecordTableModel([
            Column("", lambda h: h.name), Column("", lambda h: h.greeting),
            Column("", lambda h: h.mobile_masked), Column("", lambda h: "、".join(h.plates))])
        self.search_view = make_table(self.search_model)
        self.search_view.setMaximumHeight(150)
        self.search_view.hide()
        self.search_view.activated.connect(
            lambda i: self.open_customer.emit(self.search_model.record(i.row()).customer_id))
        self.search_view.doubleClicked.connect(
            lambda i: self.open_customer.emit(self.search_model.record(i.row()).customer_id))
        self.search.results.connect(self._show_search)
        self.preview = QLabel()
        # 16:9, from 320×180 up to 480×270: it gives way to the pop-up panel on a small screen
        self.preview.setMinimumSize(320, 180)
        self.preview.setMaximumSize(480, 270)
        self.preview.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet(f"background: {colour('navigation')}; "
                                   f"color: {colour('navigation_text')}; border-radius: 6px;")
        self.camera_label = QLabel()
        self.arrivals_model = RecordTableModel([
            Column("", lambda v: local_time(v.arrived_at, "%H:%M:%S")),
            Column("", lambda v: v.plate_display), Column("", lambda v: "", icon=self._thumbnail),
            Column("", self._visitor_text), Column("", lambda v: code_text(v.purpose)),
            Column("", lambda v: v.handled_by_name or "")])
        self.arrivals_view = make_table(self.arrivals_model)
        self.arrivals_view.setIconSize(QSize(80, 22))
        self.arrivals_view.activated.connect(self._open_visit)
        self.arrivals_view.doubleClicked.connect(self._open_visit)
        self.expected_model = RecordTableModel([
            Column("", lambda e: local_time(e.booking.slot_start, "%H:%M")),
            Column("", lambda e: format_plate(e.booking.plate)),
            Column("", lambda e: e.booking.customer_name or ""),
            Column("", lambda e: "、".join(i.name for i in e.booking.items)),
            Column("", lambda e: e.booking.bay_name), Column("", lambda e: e.booking.advisor_name or ""),
            Column("", lambda e: code_text(e.state))])
        self.expected_view = make_table(self.expected_model)
        self.expected_view.horizontalHeader().setStretchLastSection(False)
        self.expected_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.arrivals_heading, self.expected_heading = QLabel(), QLabel()
        for heading in (self.arrivals_heading, self.expected_heading):
            heading.setObjectName("sectionHeading")
        self.error = QLabel()
        self.error.setObjectName("error")
        grid = QGridLayout()
        left = QVBoxLayout()
        left.addWidget(self.preview)
        left.addWidget(self.camera_label)
        left.addStretch(1)
        grid.addLayout(left, 0, 0)
        right = QVBoxLayout()
        right.addWidget(self.arrivals_heading)
        right.addWidget(self.arrivals_view, 1)
        grid.addLayout(right, 0, 1)
        bottom = QVBoxLayout()
        bottom.addWidget(self.expected_heading)
        bottom.addWidget(self.expected_view, 1)
        grid.addLayout(bottom, 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        self.popup_panel = PopupPanel()
        self.controller.stack.attach(self.popup_panel)
        outer = QHBoxLayout(self)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        outer.addWidget(self.popup_panel)
        layout.addWidget(self.title)
        layout.addWidget(self.strip)
        layout.addWidget(self.search)
        layout.addWidget(self.search_view)
        layout.addWidget(self.error)
        layout.addLayout(grid, 1)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.title.setText(self.tr("前台接待"))
        self.arrivals_heading.setText(self.tr("今日到店"))
        self._show_expected_heading()
        self.search_model.set_headers([self.tr("姓名"), self.tr("称呼"), self.tr("手机号"), self.tr("车牌")])
        self.arrivals_model.set_headers([self.tr("时间"), self.tr("车牌"), self.tr("抓拍"), self.tr("客户"),
                                         self.tr("来访目的"), self.tr("接待人")])
        self.expected_model.set_headers([self.tr("时间"), self.tr("车牌"), self.tr("客户"), self.tr("项目"),
                                         self.tr("工位"), self.tr("服务顾问"), self.tr("到店")])
        if self._frame is None:
            self.preview.setText(self.tr("道闸画面"))
        self._show_camera()


    # --- the gate ------------------------------------------------------------------------
    @Slot(object)
    def show_frame(self, image: QImage) -> None:
        """Keep the newest preview frame; the timer paints it (never more often)."""
        self._frame, self._frame_new = image, True

    def _repaint_preview(self) -> None:
        if not self._frame_new or self._frame is None:
            return
        self._frame_new = False
        self.preview.setPixmap(QPixmap.fromImage(self._frame).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))

    @Slot(str, str)
    def set_camera(self, state: str, reason: str = "") -> None:
        """Show the camera's state: online, reconnecting or offline (with the reason)."""
        self._camera = (state, reason)
        self._show_camera()

    def _show_camera(self) -> None:
        state, reason = self._camera
        self.camera_label.setText(camera_text(state, reason))
        meaning = {"online": "done", "reconnecting": "due_soon", "offline": "overdue"}.get(state, "camera_off")
        self.camera_label.setStyleSheet(f"color: {colour(meaning)}; font-weight: bold;")

    # --- lists ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload today's figures and lists in the background."""
        db, known = self._db, set(self._thumbs)
        self._runner.submit(lambda: _lists(db, known), self._show_lists,
                            lambda exc: self.error.setText(error_text(exc)))

    def _show_lists(self, lists) -> None:
        today, thumbs = lists
        for path, image in thumbs.items():
            self._thumbs[path] = QPixmap.fromImage(image)
        self.today = today
        self.strip.show_today(today)
        self.arrivals_model.set_records(today.arrivals)
        self._show_expected()
        self.error.clear()

    # --- the today strip -----------------------------------------------------------------
    def open_list(self, key: str) -> QWidget | None:
        """Open the list behind a figure of the strip: the arrivals table, the bookings
        (all, arrived or late) in place, or the cars in the shop in a window."""
        if key == "arrivals":
            self.arrivals_view.setFocus()
            if self.arrivals_model.rowCount():
                self.arrivals_view.selectRow(0)
            return self.arrivals_view
        if key in ("expected", "arrived", "late"):
            self.expected_filter = key
            self._show_expected()
            self.expected_view.setFocus()
            return self.expected_view
        cards = getattr(self.today, key, ()) if self.today is not None else ()
        dialog = WorkOrderListDialog(key, cards, self)
        dialog.open_work_order.connect(self.open_work_order)
        dialog.open()
        self.list_dialog = dialog
        return dialog

    def _show_expected(self) -> None:
        today = self.today
        rows = getattr(today, self.expected_filter) if today is not None else ()
        self.expected_model.set_records(rows)
        self._show_expected_heading()

    def _show_expected_heading(self) -> None:
        names = {"expected": self.tr("今日预约客户"), "arrived": self.tr("今日预约客户：已到店"),
                 "late": self.tr("今日预约客户：迟到")}
        self.expected_heading.setText(names[self.expected_filter])

    def _visitor_text(self, visit) -> str:
        if visit.customer_name:
            return visit.greeting or visit.customer_name
        if visit.match == "candidate":
            return self.tr("待确认")
        return self.tr("新访客")

    def _thumbnail(self, visit) -> QPixmap | None:
        return self._thumbs.get(visit.snapshot_path) if visit.snapshot_path else None

    def _open_visit(self, index) -> None:
        visit = self.arrivals_model.record(index.row())
        if visit.customer_id is not None:
            self.open_customer.emit(visit.customer_id)

    def _show_search(self, hits) -> None:
        self.search_model.set_records(hits)
        self.search_view.setVisible(bool(hits))


def _lists(db: Database, known_thumbnails: set[str]):
    """Today's figures and lists (one service call) and the snapshot thumbnails not loaded
    yet (read and shrunk here, off the UI thread)."""
    today = today_at_reception(db)
    thumbs = {}
    for visit in today.arrivals:
        path = visit.snapshot_path
        if path and path not in known_thumbnails and path not in thumbs:
            image = load_image(path)
            if image is not None:
                thumbs[path] = image.scaledToHeight(22, Qt.TransformationMode.SmoothTransformation)
    return today, thumbs
