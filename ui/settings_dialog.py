"""The settings dialog: language, this desk's store and view, this desk's name, the idle lock and the sign-in lock-out,
camera, database, gate and survey options, the gate's privacy notice (printable). Passwords have their own masked fields: an address is never
shown with its password."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import secret_store
from app.domain.redact import split_password
from app.services.store_admin import DeskChoices
from app.settings import SURVEY_LIMITS, Settings
from ui.settings_place import PlaceFields
from ui.tasks import TaskRunner
from ui.widgets.fit import SMALL_SCREEN, scrolling
from ui.widgets.print_actions import PrintActions

# Builds the notice's printable document from its text: (title, PDF bytes).
NoticeDocument = Callable[[str], tuple[str, bytes]]


class SettingsDialog(QDialog):
    """Edits a `Settings`; `result_settings()` gives the edited copy after `accepted`.

    Every setting but the database address applies on saving (the desk rebuilds its gate);
    the dialog says so."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None,
                 notice_document: NoticeDocument | None = None,
                 place: tuple[str, str] = ("", ""),
                 choices: Callable[[], DeskChoices] | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        # The store, view and division: editable with `choices` (who may administer).
        self.place = PlaceFields(settings, place, runner=runner, choices=choices, parent=self)
        self.camera = QLineEdit(settings.camera_source)
        self.camera.setPlaceholderText(self.tr("视频文件、rtsp:// 或 http:// 地址、USB 摄像头编号"))
        self.camera_password = _password(settings.camera_password)
        self.database = QLineEdit(settings.database_url)
        self.database.setPlaceholderText(self.tr("留空：本机 SQLite 数据库"))
        self.database_password = _password(settings.database_password)
        self.backend = QComboBox()
        self.backend.addItem(self.tr("ONNX（默认）"), "onnx")
        self.backend.addItem("PaddleOCR", "paddle")
        self.backend.setCurrentIndex(max(0, self.backend.findData(settings.ocr_backend)))
        self.popup_timeout = self._spin(5, 3600, settings.popup_timeout_s, self.tr(" 秒"))
        self.cooldown = self._spin(0, 86400, settings.gate_cooldown_s, self.tr(" 秒"))
        self.retention = self._spin(1, 3650, settings.snapshot_retention_days, self.tr(" 天"))
        self.survey_delay = self._spin(*SURVEY_LIMITS["survey_delay_days"],
                                       settings.survey_delay_days, self.tr(" 天"))
        self.survey_low_stars = self._spin(*SURVEY_LIMITS["survey_low_stars"],
                                           settings.survey_low_stars, self.tr(" 星及以下"))
        self.survey_low_ten = self._spin(*SURVEY_LIMITS["survey_low_ten"],
                                         settings.survey_low_ten, self.tr(" 分及以下"))
        self.desk_name = QLineEdit(settings.desk_name)
        self.desk_name.setMaxLength(50)
        self.desk_name.setPlaceholderText(self.tr("留空：本机计算机名"))
        self.idle_lock = self._spin(1, 240, settings.idle_lock_minutes, self.tr(" 分钟"))
        self.max_failures = self._spin(1, 20, settings.max_failed_sign_ins, self.tr(" 次"))
        # The rows scroll on a small screen (1366×768); the buttons stay in view.
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("门店"), self.place.store)
        form.addRow(self.tr("视图"), self.place.view)
        form.addRow(self.tr("大区"), self.place.division)
        form.addRow(self.place.message)
        form.addRow(self.tr("本台名称（审计记录）"), self.desk_name)
        form.addRow(self.tr("无操作自动锁定"), self.idle_lock)
        form.addRow(self.tr("连续登录失败锁定账户"), self.max_failures)
        form.addRow(self.tr("道闸摄像头"), self.camera)
        form.addRow(self.tr("摄像头密码"), self.camera_password)
        form.addRow(self.tr("数据库地址（重启后生效）"), self.database)
        form.addRow(self.tr("数据库密码"), self.database_password)
        self.secrets_note = QLabel(
            self.tr("密码保存在系统钥匙串中，不写入设置文件。") if secret_store.usable() else
            self.tr("本机没有系统钥匙串：密码保存在设置文件中，该文件仅本用户可读。"))
        self.secrets_note.setWordWrap(True)
        self.secrets_note.setStyleSheet("color: #555;")
        form.addRow(self.secrets_note)
        form.addRow(self.tr("识别引擎"), self.backend)
        form.addRow(self.tr("到店弹窗自动关闭"), self.popup_timeout)
        form.addRow(self.tr("同一车牌冷却时间"), self.cooldown)
        form.addRow(self.tr("车牌抓拍保留"), self.retention)
        form.addRow(self.tr("交车/工单交车后回访"), self.survey_delay)
        form.addRow(self.tr("低分自动投诉（1–5 星题）"), self.survey_low_stars)
        form.addRow(self.tr("低分自动投诉（0–10 分题）"), self.survey_low_ten)
        self.notice = QPlainTextEdit(settings.gate_notice)
        self.notice.setFixedHeight(72)
        form.addRow(self.tr("道闸车牌识别告示"), self._notice_row(runner, notice_document))
        self.note = QLabel(self.tr("除数据库地址（重启后生效）外，设置保存后立即生效；"
                                   "更换摄像头、识别引擎或冷却时间会重新启动道闸。"
                                   "视图立即生效；更换门店后，报价、库存等按门店的页面"
                                   "在重启后改用新门店。"))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        _tab_in_row_order(form, buttons)
        self.rows = scrolling(self.body)
        self.rows.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes to the fields
        outer = QVBoxLayout(self)
        outer.addWidget(self.rows, 1)
        outer.addWidget(buttons)

    def _notice_row(self, runner: TaskRunner | None,
                    notice_document: NoticeDocument | None) -> QWidget:
        """The notice's text with its print / save-as-PDF buttons beside it (through the
        one printing path) when the desk can print."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.notice, 1)
        self.printing: PrintActions | None = None
        if runner is None or notice_document is None:
            return box
        self.printing = PrintActions(runner, self)
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        self.print_status.setMaximumWidth(150)
        self.printing.done.connect(self.print_status.setText)
        self.printing.failed.connect(self.print_status.setText)
        document = lambda: notice_document(self.notice.toPlainText())  # noqa: E731
        self.print_notice = QPushButton(self.tr("打印告示"))
        self.print_notice.clicked.connect(lambda: self.printing.print_document(document))
        self.save_notice = QPushButton(self.tr("告示另存为 PDF…"))
        self.save_notice.clicked.connect(lambda: self.printing.choose_path_and_save(
            document, self.tr("车牌识别告示.pdf"), self))
        column = QVBoxLayout()
        for widget in (self.print_notice, self.save_notice, self.print_status):
            column.addWidget(widget)
        column.addStretch(1)
        row.addLayout(column)
        return box

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Open wide enough for the rows and tall enough for the wrapped notes at that width
        (Qt sizes a window with word-wrapped labels for a narrower width), never taller than
        the screen: the rows scroll there."""
        super().showEvent(event)
        outer = self.layout()
        margins = outer.contentsMargins()
        scrollbar = self.rows.verticalScrollBar().sizeHint().width()
        width = max(self.width(), self.body.sizeHint().width() + scrollbar
                    + margins.left() + margins.right())
        needed = (self.body.layout().totalHeightForWidth(width - scrollbar - margins.left()
                                                         - margins.right())
                  + outer.spacing() + self.buttons.sizeHint().height()
                  + margins.top() + margins.bottom())
        screen = self.screen()
        room = screen.availableGeometry().height() if screen else SMALL_SCREEN[1]
        self.resize(width, max(self.height(), min(needed, room)))

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def accept(self) -> None:
        """Close and save, unless the store's view is one the desk cannot take (the dialog
        stays open with its message, everything typed kept)."""
        if self.place.check():
            super().accept()

    def result_settings(self) -> Settings:
        """The settings as edited in the dialog."""
        return replace(
            self._settings,
            language=self.language.currentData(),
            **_address("camera_source", self.camera, "camera_password", self.camera_password),
            **_address("database_url", self.database, "database_password",
                       self.database_password),
            gate_notice=self.notice.toPlainText().strip() or self._settings.gate_notice,
            ocr_backend=self.backend.currentData(),
            popup_timeout_s=self.popup_timeout.value(),
            gate_cooldown_s=self.cooldown.value(),
            snapshot_retention_days=self.retention.value(),
            survey_delay_days=self.survey_delay.value(),
            survey_low_stars=self.survey_low_stars.value(),
            survey_low_ten=self.survey_low_ten.value(),
            desk_name=self.desk_name.text().strip(),
            idle_lock_minutes=self.idle_lock.value(),
            max_failed_sign_ins=self.max_failures.value(),
            **self.place.values(),
        )


def _tab_in_row_order(form: QFormLayout, last: QWidget) -> None:
    """Tab goes down the rows as they are shown (the fields were made in another order),
    then to `last`."""
    fields = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole) \
            or form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
        widget = item.widget() if item is not None else None
        if widget is not None:
            fields += [widget, *widget.findChildren(QWidget)] if widget.layout() else [widget]
    focusable = [w for w in fields if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for before, after in zip([*focusable, last], [*focusable, last][1:]):
        QWidget.setTabOrder(before, after)


def _password(value: str) -> QLineEdit:
    """A masked password field."""
    field = QLineEdit(value)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _address(url_key: str, url: QLineEdit, password_key: str, password: QLineEdit) -> dict:
    """The address and its password as settings: a password typed into the address moves
    to its own field (unless that one was filled in)."""
    bare, typed = split_password(url.text().strip())
    return {url_key: bare, password_key: password.text() or typed}
