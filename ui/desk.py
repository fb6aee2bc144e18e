"""Builds the desk: the Qt application, translations, pages and the main window."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from importlib import resources

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.db import Database
from app.paths import data_dir
from app.services.snapshots import purge_snapshots
from app.settings import Settings, save_settings
from gate.assembly import parse_roi
from ui import messages
from ui.backoffice.accident_page import AccidentPage
from ui.backoffice.cashier_page import CashierPage
from ui.backoffice.purchasing_page import PurchasingPage
from ui.backoffice.stock_page import StockPage
from ui.care.page import CarePage
from ui.customers.page import CustomersPage
from ui.demo_gate import ensure_demo_video
from ui.garbage import GarbageCollector
from ui.gate_bridge import GateBridge, GateConfig
from ui.i18n import LanguageSwitcher
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.reception.chime import Chime
from ui.reception.controller import ReceptionController
from ui.reception.page import ReceptionPage
from ui.sales.page import SalesPage
from ui.service.booking_dialog import BookingDialog
from ui.service.page import ServicePage
from ui.tasks import TaskRunner
from ui.voice.page import VoicePage

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with a font that has Chinese glyphs."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("DealerDesk")
    app.setOrganizationName("DealerDesk")
    font = QFont()
    font.setFamilies(["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"])
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet((resources.files("resources") / "style.qss").read_text(encoding="utf-8"))
    return app


def build_pages(database: Database, runner: TaskRunner,
                settings: Settings | None = None) -> dict[str, QWidget]:
    """The navigation pages, each working on `database` through `runner`."""
    settings = settings or Settings()
    controller = ReceptionController(
        database, runner, popup_timeout_s=settings.popup_timeout_s,
        chime=Chime(data_dir(), settings.popup_sound))
    return {
        "reception": ReceptionPage(database, runner, controller),
        "sales": SalesPage(database, runner, settings.store_id),
        "service": ServicePage(database, runner, store_id=settings.store_id),
        "customers": CustomersPage(database, runner),
        "voice": VoicePage(database, runner, settings.store_id, policy=settings.survey_policy()),
        "care": CarePage(database, runner, settings.store_id, booking_dialog=BookingDialog),
        "stock": StockPage(database, runner, settings.store_id),
        "purchasing": PurchasingPage(database, runner, settings.store_id),
        "accidents": AccidentPage(database, runner, settings.store_id),
        "cashier": CashierPage(database, runner, settings.store_id),
    }


def build_window(settings: Settings, database: Database, switcher: LanguageSwitcher,
                 runner: TaskRunner) -> MainWindow:
    """The main window on `database`, applying and saving settings the user changes."""
    pages = build_pages(database, runner, settings)
    window = MainWindow(pages, settings, database.describe())
    pages["reception"].open_customer.connect(pages["customers"].open_customer)
    pages["care"].run_today()   # the daily care run at desk start (idempotent), then its list

    def settings_changed(new: Settings) -> None:
        save_settings(new)
        switcher.apply(new.language)
        pages["reception"].controller.popup_timeout_s = new.popup_timeout_s
        runner.submit(lambda: purge_snapshots(new.snapshot_retention_days),
                      failure=lambda exc: log.warning("snapshot clean-up failed: %s", exc))

    window.settings_changed.connect(settings_changed)
    window.set_camera_state("none" if not settings.camera_source else "reconnecting")
    return window


def build_gate(settings: Settings, demo: bool) -> GateBridge | None:
    """The gate bridge for the configured camera, the demo video, or None (no camera)."""
    config = GateConfig(source=settings.camera_source, backend=settings.ocr_backend,
                        model_dir=settings.paddle_model_dir or None,
                        cooldown_s=float(settings.gate_cooldown_s), roi=_roi(settings.gate_roi),
                        min_plate_width=settings.gate_min_plate_width, max_fps=settings.gate_max_fps,
                        save_snapshots=False)   # the arrival outbox writes it with its entry
    if settings.camera_source:
        return GateBridge(config)
    if demo:
        return GateBridge(replace(config, source="demo", loop=True),
                          prepare=lambda: str(ensure_demo_video(data_dir() / "demo")))
    return None


def _roi(text: str):
    """The configured region of interest; the whole frame when it is malformed (logged)."""
    try:
        return parse_roi(text)
    except ValueError as exc:
        log.warning("gate region of interest ignored: %s", exc)
        return None


def connect_messages(window: MainWindow, database: Database,
                     startup_error: Exception | None = None) -> None:
    """Connect the message bridge, once, to the window's status bar, banner and error box,
    and the database's health to the banner; `startup_error` (the database could not be
    reached at start) raises the database's banner, whose button opens the settings."""
    bridge = messages.bridge()
    if startup_error is not None:
        messages.show_condition(messages.DATABASE, error_text(startup_error))
    bridge.status.connect(window.show_status)
    bridge.condition_shown.connect(window.banner.show_condition)
    bridge.condition_cleared.connect(window.banner.clear_condition)
    bridge.bug.connect(window.show_internal_error)
    for key, text in bridge.conditions.items():
        window.banner.show_condition(key, text)
    database.add_health_listener(messages.database_health)


def connect_gate(bridge: GateBridge, window: MainWindow) -> None:
    """Feed the gate's reads, frames and states to the reception page and the status bar."""
    page = window.pages["reception"]
    bridge.read.connect(page.controller.handle_read)
    bridge.frame.connect(page.show_frame)
    bridge.status.connect(page.set_camera)
    bridge.status.connect(window.set_camera_state)
    bridge.error.connect(messages.show_status)


class LiveGate:
    """The desk's gate, rebuilt (the old bridge stopped, a new one started) whenever the
    settings that shape it change: camera, OCR backend, cooldown, region, plate width, fps."""

    def __init__(self, window: MainWindow, demo: bool) -> None:
        self._window, self._demo = window, demo
        self.bridge: GateBridge | None = None
        self._shape: tuple | None = None

    @staticmethod
    def shape(settings: Settings) -> tuple:
        """The settings the gate is built from: a change in any of them rebuilds it."""
        return (settings.camera_source, settings.ocr_backend, settings.paddle_model_dir,
                settings.gate_cooldown_s, settings.gate_roi, settings.gate_min_plate_width,
                settings.gate_max_fps)

    def apply(self, settings: Settings) -> None:
        """Start the gate for `settings`, or rebuild it if they changed what it reads."""
        shape = self.shape(settings)
        if shape == self._shape:
            return
        self._shape = shape
        self.stop()
        self.bridge = build_gate(settings, self._demo)
        if self.bridge is None:
            self._window.set_camera_state("none")
            self._window.pages["reception"].set_camera("none", "")
            return
        connect_gate(self.bridge, self._window)
        self.bridge.start()

    def stop(self) -> None:
        """Stop the running gate, if any."""
        if self.bridge is not None:
            self.bridge.stop()
            self.bridge.deleteLater()
            self.bridge = None


def run_desk(settings: Settings, database: Database, *, demo: bool = False,
             screenshot: str | None = None, quit_after_ms: int | None = None,
             startup_error: Exception | None = None) -> int:
    """Open the desk and run the event loop until the window closes; with
    `startup_error` the database's banner (with its settings button) shows from the start."""
    app = make_application()
    collector = GarbageCollector(app)
    switcher = LanguageSwitcher(app)
    switcher.apply(settings.language)
    messages.bridge()
    runner = TaskRunner(app)
    window = build_window(settings, database, switcher, runner)
    connect_messages(window, database, startup_error)
    window.show()
    gate = LiveGate(window, demo)
    gate.apply(settings)
    window.settings_changed.connect(gate.apply)
    runner.submit(lambda: purge_snapshots(settings.snapshot_retention_days),
                  failure=lambda exc: log.warning("snapshot clean-up failed: %s", exc))
    if screenshot or quit_after_ms:
        QTimer.singleShot(quit_after_ms or 1500, lambda: _finish(window, screenshot))
    code = app.exec()
    gate.stop()
    window.pages["reception"].controller.stop()
    runner.wait()
    collector.stop()
    log.info("desk closed (%s)", code)
    return code


def _finish(window: MainWindow, screenshot: str | None) -> None:
    if screenshot:
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else window.grab()
        shot.save(screenshot)
        log.info("screenshot saved to %s", screenshot)
    window.close()


def with_language(settings: Settings, language: str | None) -> Settings:
    """`settings` with the language given on the command line, if any."""
    return replace(settings, language=language) if language else settings
