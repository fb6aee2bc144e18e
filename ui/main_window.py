"""The main window: navigation between the desk's pages, a status bar, the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import desk_views
from app.domain.roles import Permission
from app.settings import Settings
from ui import messages
from ui.settings_dialog import SettingsDialog
from ui.widgets.banner import ConditionBanner
from ui.widgets.basics import Retranslatable, camera_text
from ui.widgets.code_text import code_text
from ui.widgets.error_box import InternalErrorBox
from ui.widgets.fit import fit_to_screen

#: The pages' keys, in navigation order (a page not built is left out).
NAVIGATION = ("reception", "sales", "service", "customers", "voice", "care", "stock",
              "purchasing", "accidents", "cashier", "showroom", "testdrive", "reports", "admin")
#: What a role needs for each page to show in the navigation (the services refuse anyway).
PAGE_NEEDS = {"reception": Permission.ARRIVAL, "sales": Permission.QUOTE_VIEW,
              "showroom": Permission.LEAD_WORK,
              "testdrive": Permission.TEST_DRIVE,
              "service": Permission.WORK_ORDER_VIEW, "customers": Permission.CUSTOMER_VIEW,
              "voice": Permission.COMPLAINT_WORK, "care": Permission.CARE_WORK,
              "stock": Permission.PARTS_VIEW, "purchasing": Permission.PARTS_EDIT,
              "accidents": Permission.WORK_ORDER_EDIT, "cashier": Permission.CASHIER,
              "reports": Permission.REPORTS_VIEW, "admin": Permission.AUDIT_VIEW}


class MainWindow(Retranslatable, QMainWindow):
    """Pages on the right, navigation on the left, database and camera in the status bar.

    `settings_changed` is emitted with the new `Settings` after the user saved the dialog;
    the composition root stores them and applies the language.
    """

    settings_changed = Signal(object)
    arrivals_wanted = Signal()      # Ctrl+J: the keyboard to the newest arrival pop-up
    #: "Switch user" or "lock" chosen in the menu (the SessionGuard locks the desk).
    lock_requested = Signal()

    def __init__(
        self,
        pages: dict[str, QWidget],
        settings: Settings,
        database: str,
        parent: QWidget | None = None,
        search: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search: QWidget | None = None
        if search is not None:          # placed first: first in the Tab order too
            self.set_search(search)
        self.settings = settings
        # (runner, notice document) for printing the gate notice from the settings.
        self.notice_printing = None
        #: The desk's store its pages read (`ui.widgets.desk_store.DeskStore`, set by
        #: `ui.desk.build_window`); the settings dialog's store reaches them through it.
        self.desk_store = None
        self.pages = dict(pages)
        self.keys = [key for key in NAVIGATION if key in pages]
        self._database = database
        self._camera = ("none", "")
        self._actor_text = ""
        # (view, store name, division name): where the desk works, for its title and status.
        self._place = (settings.desk_view, "", "")
        #: Reads the stores and divisions the settings offer (a service call, run through
        #: the notice's runner); None: the dialog offers only the desk's own.
        self.place_choices = None
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.stack = QStackedWidget()
        for key in self.keys:
            self.navigation.addItem("")
            self.stack.addWidget(pages[key])
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        self.banner = ConditionBanner()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.desk = central
        self.screens = QStackedWidget()
        self.screens.addWidget(central)
        self.setCentralWidget(self.screens)
        self.actor_label = QLabel()
        self.actor_label.setObjectName("actor")
        self.place_label = QLabel()
        self.place_label.setObjectName("place")
        self.database_label = QLabel()
        self.camera_label = QLabel()
        self.statusBar().addPermanentWidget(self.place_label)
        self.statusBar().addPermanentWidget(self.actor_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.camera_label)
        self._build_menu()
        self.retranslate()
        self.navigation.setCurrentRow(0)
        fit_to_screen(self, 1366, 768)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self._build_go_menu()
        self.account_menu = self.menuBar().addMenu("")
        self.switch_action = QAction(self)
        self.switch_action.triggered.connect(self.lock_requested)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.account_menu.addAction(self.switch_action)
        self.account_menu.addAction(self.lock_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_go_menu(self) -> None:
        """前往: a page per Ctrl+1…7, and Ctrl+F for the global search from any window."""
        self.go_menu = self.menuBar().addMenu("")
        self.page_actions: list[QAction] = []
        for number, key in enumerate(self.keys, 1):
            action = QAction(self)
            if number <= 9:        # Ctrl+1…9; the pages after the ninth have none
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
            self.go_menu.addAction(action)
            self.page_actions.append(action)
        self.go_menu.addSeparator()
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.go_menu.addAction(self.find_action)
        self.arrivals_action = QAction(self)
        self.arrivals_action.setShortcut(QKeySequence("Ctrl+J"))
        self.arrivals_action.triggered.connect(self.arrivals_wanted)
        self.go_menu.addAction(self.arrivals_action)

    def set_search(self, search: QWidget) -> None:
        """Put the global search field (`ui.widgets.global_search`) at the menu bar's right."""
        self.search = search
        self.menuBar().setCornerWidget(search, Qt.Corner.TopRightCorner)

    def focus_search(self) -> None:
        """Ctrl+F from any window: bring the desk forward and give the search the keyboard."""
        if self.search is None:
            return
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.focus_search()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self._show_place()
        titles = {"reception": self.tr("前台接待"), "sales": self.tr("销售"),
                  "showroom": self.tr("展厅"), "testdrive": self.tr("试乘试驾"),
                  "service": self.tr("售后服务"), "customers": self.tr("客户"),
                  "voice": self.tr("客户之声"), "care": self.tr("客服关怀"),
                  "stock": self.tr("配件库存"), "purchasing": self.tr("采购与到货"),
                  "accidents": self.tr("事故车"), "cashier": self.tr("收银结算"),
                  "reports": self.tr("经营看板"), "admin": self.tr("门店管理")}
        for row, (key, action) in enumerate(zip(self.keys, self.page_actions)):
            title = titles[key]
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.navigation.item(row).setText(title)
            self.navigation.item(row).setToolTip(f"{title} ({shortcut})" if shortcut else title)
            action.setText(title)
        self.go_menu.setTitle(self.tr("前往(&G)"))
        self.find_action.setText(self.tr("查找…"))
        self.arrivals_action.setText(self.tr("转到最新到店提醒"))
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.settings_action.setText(self.tr("设置…"))
        self.quit_action.setText(self.tr("退出"))
        self.account_menu.setTitle(self.tr("账户(&A)"))
        self.switch_action.setText(self.tr("切换用户…"))
        self.lock_action.setText(self.tr("锁定工位"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.about_action.setText(self.tr("关于 DealerDesk"))
        self.database_label.setText(self.tr("数据库：%1").replace("%1", self._database))
        self._show_actor()
        self.banner.set_action(messages.DATABASE, self.tr("数据库设置…"), self.open_settings)
        self.banner.set_action(messages.COMPLAINTS_OVERDUE, self.tr("查看投诉"),
                               lambda: self.show_page("voice"))
        self._show_camera()


    def show_page(self, key: str) -> None:
        """Switch to the page named `key` ('reception', 'sales', 'service', 'customers', 'care')."""
        self.navigation.setCurrentRow(self.keys.index(key))

    def apply_actor(self, actor) -> None:
        """Show only the pages `actor`'s role may use (the first of them), and who is in."""
        self._actor = actor
        allowed = [row for row, key in enumerate(self.keys) if actor.may(PAGE_NEEDS[key])]
        for row in range(len(self.keys)):
            self.navigation.item(row).setHidden(row not in allowed)
            self.page_actions[row].setEnabled(row in allowed)
        if allowed and self.navigation.currentRow() not in allowed:
            self.navigation.setCurrentRow(allowed[0])
        self._show_actor()

    def _show_actor(self) -> None:
        actor = getattr(self, "_actor", None)
        self.actor_label.setText("" if actor is None else self.tr("当前用户：%1（%2）")
                                 .replace("%1", actor.name)
                                 .replace("%2", code_text(actor.role or "")))

    def set_place(self, view: str, store: str, division: str) -> None:
        """Show where the desk works: `view` (`app.domain.desk_views`) of its store `store`
        or of the division `division`, in the title and the status bar."""
        self._place = (view, store, division)
        self._show_place()

    def _show_place(self) -> None:
        view, store, division = self._place
        where = {desk_views.DIVISION: division or code_text(view, "desk_view"),
                 desk_views.GROUP: code_text(view, "desk_view")}.get(view, store)
        title = self.tr("DealerDesk 智慧门店")
        self.setWindowTitle(f"{title} — {where}" if where else title)
        own = self.tr("本店：%1").replace("%1", store) if store else ""
        self.place_label.setText(own if view == desk_views.STORE else
                                 self.tr("视图：%1 · %2").replace("%1", where).replace("%2", own))

    def may_change_place(self) -> bool:
        """Only whoever may administer the store changes the desk's store and view."""
        actor = getattr(self, "_actor", None)
        return actor is not None and actor.may(Permission.STORE_ADMIN)

    def show_locked(self, panel: QWidget) -> None:
        """Hide the pages behind `panel` (the sign-in panel of a locked desk)."""
        if self.screens.indexOf(panel) < 0:
            self.screens.addWidget(panel)
        self.screens.setCurrentWidget(panel)
        self.navigation.setEnabled(False)
        self.menuBar().setEnabled(False)

    def show_desk(self) -> None:
        """Show the pages again (someone signed in)."""
        self.screens.setCurrentWidget(self.desk)
        self.navigation.setEnabled(True)
        self.menuBar().setEnabled(True)

    @Slot(str, str)
    def set_camera_state(self, state: str, reason: str = "") -> None:
        """Show the gate camera's state ('online', 'reconnecting', 'offline', 'none')."""
        self._camera = (state, reason)
        self._show_camera()

    def _show_camera(self) -> None:
        self.camera_label.setText(camera_text(*self._camera))

    def open_settings(self) -> SettingsDialog:
        """Open the settings dialog (window-modal, without blocking the event loop)."""
        runner, notice = self.notice_printing or (None, None)
        dialog = SettingsDialog(self.settings, self, runner=runner, notice_document=notice,
                                place=self._place[1:], choices=self.place_choices
                                if self.may_change_place() else None)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.result_settings()))
        dialog.open()
        return dialog

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)

    @Slot(str)
    def show_status(self, text: str) -> None:
        """A passing message in the status bar (ten seconds)."""
        self.statusBar().showMessage(text, 10_000)

    @Slot(str, str)
    def show_internal_error(self, text: str, details: str) -> InternalErrorBox:
        """The internal-error box for a bug (non-blocking), with its details to copy."""
        self.show_status(text)
        box = InternalErrorBox(text, details, self)
        box.open()
        self.error_box = box
        return box

    def show_about(self) -> QMessageBox:
        """Show the about box (non-blocking)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("关于 DealerDesk"),
                          self.tr("DealerDesk：汽车 4S 店前台与售后服务台。"), parent=self)
        box.open()
        return box
