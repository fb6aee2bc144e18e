"""The main window: navigation between the desk's pages, a status bar, the settings."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
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

from app.settings import Settings
from ui import messages
from ui.settings_dialog import SettingsDialog
from ui.widgets.banner import ConditionBanner
from ui.widgets.basics import Retranslatable, camera_text
from ui.widgets.error_box import InternalErrorBox

#: The pages' keys, in navigation order.
NAVIGATION = ("reception", "sales", "service", "customers", "voice", "care", "stock",
              "purchasing", "accidents", "cashier")


class MainWindow(Retranslatable, QMainWindow):
    """Pages on the right, navigation on the left, database and camera in the status bar.

    `settings_changed` is emitted with the new `Settings` after the user saved the dialog;
    the composition root stores them and applies the language.
    """

    settings_changed = Signal(object)

    def __init__(
        self,
        pages: dict[str, QWidget],
        settings: Settings,
        database: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.pages = dict(pages)
        self._database = database
        self._camera = ("none", "")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.stack = QStackedWidget()
        for key in NAVIGATION:
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
        self.setCentralWidget(central)
        self.database_label = QLabel()
        self.camera_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.camera_label)
        self._build_menu()
        self.retranslate()
        self.navigation.setCurrentRow(0)
        self.resize(1280, 800)

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
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("DealerDesk 智慧门店"))
        titles = [self.tr("前台接待"), self.tr("销售"), self.tr("售后服务"), self.tr("客户"),
                  self.tr("客户之声"),
                  self.tr("客服关怀"),
                  self.tr("配件库存"), self.tr("采购与到货"), self.tr("事故车"),
                  self.tr("收银结算")]
        for row, title in enumerate(titles):
            self.navigation.item(row).setText(title)
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.settings_action.setText(self.tr("设置…"))
        self.quit_action.setText(self.tr("退出"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.about_action.setText(self.tr("关于 DealerDesk"))
        self.database_label.setText(self.tr("数据库：%1").replace("%1", self._database))
        self.banner.set_action(messages.DATABASE, self.tr("数据库设置…"), self.open_settings)
        self._show_camera()


    def show_page(self, key: str) -> None:
        """Switch to the page named `key` ('reception', 'sales', 'service', 'customers', 'care')."""
        self.navigation.setCurrentRow(NAVIGATION.index(key))

    @Slot(str, str)
    def set_camera_state(self, state: str, reason: str = "") -> None:
        """Show the gate camera's state ('online', 'reconnecting', 'offline', 'none')."""
        self._camera = (state, reason)
        self._show_camera()

    def _show_camera(self) -> None:
        self.camera_label.setText(camera_text(*self._camera))

    def open_settings(self) -> SettingsDialog:
        """Open the settings dialog (window-modal, without blocking the event loop)."""
        dialog = SettingsDialog(self.settings, self)
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
