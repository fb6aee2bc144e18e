"""Builds the desk: the Qt application, translations, pages and the main window."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app import acting, store_scope, stores_link
from app.db import Database
from app.domain import desk_views
from app.paths import data_dir
from app.printing.privacy_pdf import gate_notice_pdf
from app.services import accounts, global_search, store_admin
from app.services.global_search import SearchHit
from app.services.retention import PURGE_EVERY_S, purge_expired
from app.services.store_info import desk_place, store_info
from app.settings import Settings, save_settings
from gate.assembly import parse_roi
from ui import messages
from ui.admin.page import AdminPage
from ui.backoffice.accident_page import AccidentPage
from ui.backoffice.cashier_page import CashierPage
from ui.backoffice.purchasing_page import PurchasingPage
from ui.backoffice.stock_page import StockPage
from ui.care.page import CarePage
from ui.complaint_watch import ComplaintWatch
from ui.customers.page import CustomersPage
from ui.demo_gate import ensure_demo_video
from ui.desk_events import LiveEvents
from ui.garbage import GarbageCollector, settle
from ui.gate_bridge import GateBridge, GateConfig
from ui.i18n import LanguageSwitcher
from ui.lounge import menu as lounge_menu
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.reception.chime import Chime
from ui.reception.controller import ReceptionController
from ui.reception.page import ReceptionPage
from ui.reports.page import ReportsPage
from ui.sales.page import SalesPage
from ui.service.booking_dialog import BookingDialog
from ui.service.page import ServicePage
from ui.showroom.page import ShowroomPage
from ui.sign_in import SessionGuard, SignInPanel, SignInWindow
from ui.tasks import TaskRunner
from ui.testdrive.page import TestDrivePage
from ui.voice.page import VoicePage
from ui.voice.survey_dialog import SurveyDialog
from ui.widgets import palette
from ui.widgets.desk_store import DeskStore
from ui.widgets.global_search import GlobalSearch
from ui.widgets.level_text import load_store_levels

log = logging.getLogger(__name__)
#: How often a desk opened without the database asks whether it is back (milliseconds).
PROBE_MS = 5000


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with a font that has Chinese glyphs."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("DealerDesk")
    app.setOrganizationName("DealerDesk")
    font = QFont()
    font.setFamilies(["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"])
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(palette.style_sheet())
    return app


def work_for_store(database: Database, settings: Settings) -> None:
    """Make this desk work for its store (`Settings.store_id`) in its view
    (`Settings.desk_view`): every call the TaskRunner submits from now on sees that
    store's, its division's (`Settings.division_id`) or the group's data and writes new
    rows for its store (`app.store_scope`)."""
    store = stores_link.desk_store(database, settings.store_id)
    store_scope.set_scope(store_scope.desk_scope(settings.desk_view, store,
                                                 settings.division_id or None))


def rescope(database: Database, runner: TaskRunner, window: MainWindow,
            settings: Settings) -> None:
    """The settings changed: work for the store and view they name, and reload the lists
    on screen that show the scope's rows (today's arrivals, the recent customers); the
    pages that work for the desk's store explicitly read it from `window.desk_store` and
    reload themselves when it is another (after the scope, which their calls run in)."""
    work_for_store(database, settings)
    window.pages["reception"].refresh()
    window.pages["customers"].show_recent()
    if window.desk_store is not None and settings.store_id != window.desk_store.id:
        window.desk_store.set(settings.store_id)
        load_store_levels(database, runner, settings.store_id)


def show_place(database: Database, runner: TaskRunner, window: MainWindow,
               settings: Settings) -> None:
    """Name the desk's store, division or 集团总部 in its title and status bar (the names
    read off the UI thread)."""
    view, division = settings.desk_view, settings.division_id or None
    runner.submit(lambda: desk_place(database, settings.store_id, division),
                  lambda place: window.set_place(view, place.store, place.division),
                  messages.show_error, owner=window)


def build_pages(database: Database, runner: TaskRunner, settings: Settings | None = None,
                store: DeskStore | None = None) -> dict[str, QWidget]:
    """The navigation pages, each working on `database` through `runner`; those that work
    for the desk's store explicitly read it from `store` (one for the desk: a change of
    store in the settings reaches them all)."""
    settings = settings or Settings()
    store = store or DeskStore(settings.store_id)
    controller = ReceptionController(
        database, runner, popup_timeout_s=settings.popup_timeout_s,
        chime=Chime(data_dir(), settings.popup_sound), store_id=store)
    return {
        "reception": ReceptionPage(database, runner, controller),
        "showroom": ShowroomPage(database, runner, store, survey_policy=settings.survey_policy()),
        "sales": SalesPage(database, runner, store),
        "testdrive": TestDrivePage(database, runner, store),
        "service": ServicePage(database, runner, store_id=store),
        "customers": CustomersPage(database, runner, store),
        "voice": VoicePage(database, runner, store, policy=settings.survey_policy()),
        "care": CarePage(database, runner, store, booking_dialog=BookingDialog,
                         survey_dialog=SurveyDialog, survey_policy=settings.survey_policy()),
        "stock": StockPage(database, runner, store),
        "purchasing": PurchasingPage(database, runner, store),
        "accidents": AccidentPage(database, runner, store),
        "cashier": CashierPage(database, runner, store),
        "reports": ReportsPage(database, runner, store),
        "admin": AdminPage(database, runner, store),
    }


def build_window(settings: Settings, database: Database, switcher: LanguageSwitcher,
                 runner: TaskRunner) -> MainWindow:
    """The main window on `database`, applying and saving settings the user changes."""
    store = DeskStore(settings.store_id)
    pages = build_pages(database, runner, settings, store)
    search = GlobalSearch(database, runner)
    search.open_requested.connect(lambda hit: open_hit(pages, hit))
    window = MainWindow(pages, settings, database.describe(), search=search)
    store.setParent(window)
    window.desk_store = store      # the one place the desk's store is read (`DeskStore`)
    window.notice_printing = (runner, lambda text: (
        "车牌识别告示", gate_notice_pdf(text, store_info(database, window.settings.store_id))))
    window.place_choices = lambda: store_admin.desk_choices(database)
    show_place(database, runner, window, settings)
    pages["reception"].open_customer.connect(pages["customers"].open_customer)
    pages["reception"].open_work_order.connect(pages["service"].open_work_order)
    pages["reception"].controller.fleet_returned.connect(lambda _card: pages["testdrive"].refresh())
    window.arrivals_wanted.connect(lambda: focus_arrivals(window))
    pages["care"].run_today()   # the daily care run at desk start (idempotent), then its list
    load_store_levels(database, runner, settings.store_id)
    lounge_menu.install(window, database, runner, store)

    def settings_changed(new: Settings) -> None:
        save_settings(new)
        switcher.apply(new.language)
        show_place(database, runner, window, new)
        pages["reception"].controller.popup_timeout_s = new.popup_timeout_s
        pages["voice"].set_policy(new.survey_policy())
        pages["care"].set_survey_policy(new.survey_policy())
        pages["showroom"].set_survey_policy(new.survey_policy())
        purge_gate_data(database, runner, new.snapshot_retention_days)

    window.settings_changed.connect(settings_changed)
    window.set_camera_state("none" if not settings.camera_source else "reconnecting")
    return window


def hold_arrivals_while_locked(guard: SessionGuard, window: MainWindow) -> None:
    """No arrival pop-up over a locked desk: they wait until someone signs in again."""
    controller = window.pages["reception"].controller
    guard.locked.connect(controller.hold)
    guard.unlocked.connect(controller.release)


def follow_live(events: LiveEvents, window: MainWindow, watch: ComplaintWatch) -> None:
    """Every desk live (PostgreSQL): what another desk or the gate changes reaches the pages
    at once, the polls slow to a safety net while the listener is connected."""
    pages = window.pages
    reception, service = pages["reception"], pages["service"]
    events.follow({"arrival"}, reception.controller.arrival_event, reception.controller.poll_timer)
    events.follow({"visit", "booking"}, lambda _event: reception.refresh())
    events.follow({"board"}, service.board.changed, service.board.poll_timer)
    events.follow({"booking"}, lambda _event: service.calendar.reload())
    events.follow({"complaint"}, lambda _event: pages["voice"].complaints.refresh())
    events.follow({"complaint"}, lambda _event: watch.tick())
    events.follow({"lead"}, lambda _event: pages["showroom"].refresh())
    window.lounge_menu.follow_live(events)      # the bar's queue and the lounge's screen
    window.settings_changed.connect(lambda new: events.set_store(events_store(new)))


def events_store(settings: Settings) -> int | None:
    """The store whose desk events this desk follows: its own, or every store's (None) on a
    division's or the group's view, whose lists show other stores' rows too."""
    return settings.store_id if settings.desk_view == desk_views.STORE else None


def purge_gate_data(database: Database, runner: TaskRunner, retention_days: int) -> None:
    """Delete the snapshots and plate reads past retention, off the UI thread."""
    runner.submit(lambda: purge_expired(database, retention_days),
                  failure=lambda exc: log.warning("retention purge failed: %s", exc))


def focus_arrivals(window: MainWindow) -> QWidget | None:
    """Ctrl+J: the newest arrival pop-up takes the keyboard (docked ones: on the reception
    page, which comes forward)."""
    stack = window.pages["reception"].controller.stack
    if stack.docked:
        window.show_page("reception")
    return stack.focus_newest()


def open_hit(pages: dict[str, QWidget], hit: SearchHit) -> QWidget:
    """Open what the global search found: a customer, a work order or a quote."""
    if hit.kind == global_search.WORK_ORDER:
        return pages["service"].open_work_order(hit.id)
    if hit.kind == global_search.QUOTE:
        return pages["sales"].open_quote(hit.id)
    return pages["customers"].open_customer(hit.id)


def build_gate(settings: Settings, demo: bool) -> GateBridge | None:
    """The gate bridge for the configured camera, the demo video, or None (no camera)."""
    config = GateConfig(source=settings.camera_address(), backend=settings.ocr_backend,
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
        return (settings.camera_address(), settings.ocr_backend, settings.paddle_model_dir,
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
    """Open the desk and run the event loop until the window closes: the sign-in first
    (the first manager on a new install), then the pages as the person who signed in. With
    `startup_error` (nobody can sign in) the desk opens with the database's banner and its
    settings button."""
    app = make_application()
    collector = GarbageCollector(app)
    switcher = LanguageSwitcher(app)
    switcher.apply(settings.language)
    messages.bridge()
    runner = TaskRunner(app)
    desk = OpenDesk(settings, database, switcher, runner, demo)
    if startup_error is not None:
        desk.open(None, startup_error)
    else:
        desk.ask_sign_in()
    if screenshot or quit_after_ms:
        QTimer.singleShot(quit_after_ms or 1500, lambda: _finish(desk.top(), screenshot))
    code = app.exec()
    desk.stop()
    runner.wait()
    collector.stop()
    log.info("desk closed (%s)", code)
    return code


class OpenDesk:
    """The desk's windows over one run: the sign-in window, then the main window with its
    gate and its session guard (idle lock, switch user)."""

    def __init__(self, settings: Settings, database: Database, switcher: LanguageSwitcher,
                 runner: TaskRunner, demo: bool) -> None:
        self.settings, self.database, self.switcher = settings, database, switcher
        self.runner, self.demo = runner, demo
        self.panel = SignInPanel(database, runner, desk=settings.desk(),
                                 max_failures=settings.max_failed_sign_ins)
        self.sign_in_window: SignInWindow | None = None
        self.window: MainWindow | None = None
        self.gate: LiveGate | None = None
        self.guard: SessionGuard | None = None
        self.watch: ComplaintWatch | None = None
        self.probe: QTimer | None = None
        self.events: LiveEvents | None = None

    def top(self) -> QWidget:
        """The window on screen now."""
        return self.window or self.sign_in_window

    def ask_sign_in(self) -> None:
        """Show the sign-in window; the desk opens as whoever signs in."""
        self.sign_in_window = SignInWindow(self.panel)
        self.panel.signed_in.connect(self.open, Qt.ConnectionType.SingleShotConnection)
        self.sign_in_window.show()
        self.panel.start()

    def open(self, actor, startup_error: Exception | None = None) -> None:
        """Build and show the main window (as `actor`), start the gate and the clean-up."""
        settings, runner = self.settings, self.runner
        work_for_store(self.database, settings)
        window = self.window = build_window(settings, self.database, self.switcher, runner)
        window.settings_changed.connect(lambda new: rescope(self.database, runner, window, new))
        connect_messages(window, self.database, startup_error)
        self.guard = SessionGuard(window, self.panel, settings.idle_lock_minutes)
        hold_arrivals_while_locked(self.guard, window)
        window.screens.addWidget(self.panel)   # the lock screen, behind the pages
        if actor is not None:
            window.apply_actor(actor)
        else:
            self.offer_sign_in_when_reachable()
        window.show()
        if self.sign_in_window is not None:
            self.sign_in_window.close()
        self.gate = LiveGate(window, self.demo)
        self.gate.apply(settings)
        window.settings_changed.connect(self.gate.apply)
        window.settings_changed.connect(self.apply_sign_in_settings)
        self.watch = ComplaintWatch(self.database, runner, window.desk_store, parent=window)
        self.watch.start()   # overdue complaints escalate whatever page is shown
        self.panel.signed_in.connect(self.watch.refresh)   # flagged for whoever signs in
        if not self.database.is_sqlite:       # SQLite desks keep their cheap poll
            self.events = LiveEvents(self.database.url, events_store(settings), parent=window)
            follow_live(self.events, window, self.watch)
            self.events.start()
        purge_gate_data(self.database, runner, settings.snapshot_retention_days)
        purge_timer = QTimer(window, interval=int(PURGE_EVERY_S * 1000))
        purge_timer.timeout.connect(lambda: purge_gate_data(
            self.database, runner, window.settings.snapshot_retention_days))
        purge_timer.start()
        # the desk is built: later full collections need not walk it again
        QTimer.singleShot(0, window, settle)

    def offer_sign_in_when_reachable(self) -> None:
        """Nobody could sign in (the database was unreachable at start): ask the database
        every few seconds; once it answers (its banner clears) show the lock screen, so
        someone signs in without restarting the desk."""
        db, bridge = self.database, messages.bridge()
        self.probe = QTimer(self.window, interval=PROBE_MS)
        self.probe.timeout.connect(lambda: self.runner.submit(
            lambda: (db.migrate(), accounts.has_accounts(db)),   # opened un-migrated
            failure=lambda exc: log.info("database still unreachable: %s", exc)))

        def cleared(key: str) -> None:
            if key != messages.DATABASE:
                return
            self.probe.stop()
            bridge.condition_cleared.disconnect(cleared)
            self.guard.lock()
            self.panel.start()      # the first manager's form if no account exists yet

        bridge.condition_cleared.connect(cleared)
        self.probe.start()

    def apply_sign_in_settings(self, new: Settings) -> None:
        """The settings changed: the idle lock, the failed sign-ins that lock an account and
        this desk's name (for the next sign-in, and for whoever is signed in now) apply at
        once."""
        self.guard.set_idle_minutes(new.idle_lock_minutes)
        self.panel.max_failures = new.max_failed_sign_ins
        self.panel.desk = new.desk()
        actor = acting.current()
        if actor is not None and not actor.system and actor.desk != self.panel.desk:
            acting.set_actor(replace(actor, desk=self.panel.desk))

    def stop(self) -> None:
        """Stop the gate, the desk events, the complaint watch and the arrival controller
        (the desk is closing)."""
        if self.events is not None:
            self.events.stop()
        if self.watch is not None:
            self.watch.stop()
        if self.probe is not None:
            self.probe.stop()
        if self.gate is not None:
            self.gate.stop()
        if self.window is not None:
            self.window.pages["reception"].controller.stop()


def _finish(window: QWidget, screenshot: str | None) -> None:
    if screenshot:
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else window.grab()
        shot.save(screenshot)
        log.info("screenshot saved to %s", screenshot)
    window.close()


def with_language(settings: Settings, language: str | None) -> Settings:
    """`settings` with the language given on the command line, if any."""
    return replace(settings, language=language) if language else settings
