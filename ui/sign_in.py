"""Signing in at the desk: the first manager on a new install, the sign-in form, the lock
after idle minutes, and switching user without closing the desk.

`SignInPanel` is the form (first-manager mode when no account exists yet). At start it sits
in `SignInWindow`; once the desk is open, `SessionGuard` shows it over the desk's pages when
the desk locks (idle, or "switch user"), so nothing of the last person's work stays on
screen. A successful sign-in makes the person the acting one (`app.acting.set_actor`): every
service call from this desk then runs as them (the TaskRunner carries it to its thread).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import acting
from app.db import Database
from app.services import accounts
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, mark_invalid
from ui.widgets.credentials import CredentialsForm

#: Input that counts as someone working at the desk (restarts the idle timer).
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class FirstManagerForm(Retranslatable, QWidget):
    """The first account of a new install: the store manager's name, password and PIN."""

    submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.password, self.confirm, self.pin = (QLineEdit() for _ in range(4))
        for field in (self.password, self.confirm, self.pin):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.create = QPushButton()
        self.create.clicked.connect(self.submit)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, field in zip(self._labels, (self.name, self.password, self.confirm,
                                               self.pin), strict=True):
            form.addRow(label, field)
        form.addRow(self.error)
        form.addRow(self.create)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        for label, text in zip(self._labels, (self.tr("店长姓名"), self.tr("密码"),
                                              self.tr("确认密码"), self.tr("PIN（可选）")),
                               strict=True):
            label.setText(text)
        self.create.setText(self.tr("创建店长账户"))

    def submit(self) -> None:
        """Emit name, password and PIN unless the two passwords differ (said here)."""
        same = self.password.text() == self.confirm.text()
        mark_invalid(self.confirm, not same)
        if not same:
            self.error.setText(self.tr("两次输入的密码不一致。"))
            return
        self.error.clear()
        self.submitted.emit(self.name.text(), self.password.text(), self.pin.text())


class SignInPanel(Retranslatable, QWidget):
    """The sign-in screen: `signed_in(Actor)` once a name and its password or PIN agree.

    With no account in the database it asks for the first manager instead. `lock(name)`
    puts it in lock mode: the last person's name pre-filled, anyone may sign in.
    """

    signed_in = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, *, desk: str = "",
                 max_failures: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.desk, self.max_failures = desk, max_failures
        self._locked_name = ""
        self.title = QLabel()
        self.title.setObjectName("signInTitle")
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form = CredentialsForm()
        self.sign_in_button = QPushButton()
        self.sign_in_button.clicked.connect(self.form.submit)
        self.first_manager = FirstManagerForm()
        self.first_manager.hide()
        sign_in = self._sign_in_page = QWidget()
        column = QVBoxLayout(sign_in)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addWidget(self.sign_in_button)
        box = QWidget()
        box.setObjectName("signInBox")
        box.setFixedWidth(420)   # the wrapped hint keeps one height whatever the window
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addWidget(sign_in)
        inner.addWidget(self.first_manager)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.form.submitted.connect(self._sign_in)
        self.first_manager.submitted.connect(self._create_first)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        if self.first_start:
            self.title.setText(self.tr("首次使用：创建店长账户"))
            self.hint.setText(self.tr("此数据库还没有任何账户。请先创建店长账户，"
                                      "之后由店长为员工添加账户。"))
        elif self._locked_name:
            self.title.setText(self.tr("工位已锁定"))
            self.hint.setText(self.tr("%1 的工作已锁定。本人输入密码继续，"
                                      "或其他员工登录切换用户。").replace("%1", self._locked_name))
        else:
            self.title.setText(self.tr("登录 DealerDesk"))
            self.hint.setText(self.tr("请输入您本人的用户名和密码（前台共用电脑可用 PIN）。"))
        self.sign_in_button.setText(self.tr("登录"))

    @property
    def first_start(self) -> bool:
        """True while the panel asks for the first manager (no account exists yet)."""
        return not self.first_manager.isHidden()

    def start(self) -> None:
        """Ask the database whether any account exists, then show the matching form."""
        db = self._db
        self._runner.submit(lambda: accounts.has_accounts(db), self._show_mode,
                            lambda exc: self.form.show_error(error_text(exc)))

    def lock(self, name: str, login: str = "") -> None:
        """Lock mode: `name` (signed in as `login`) was working here; they or anyone else
        may sign in."""
        self._locked_name = name
        self._show_mode(True)
        self.form.reset(login or name)
        self.retranslate()

    def _show_mode(self, has_accounts: bool) -> None:
        self._sign_in_page.setVisible(has_accounts)
        self.first_manager.setVisible(not has_accounts)
        self.form.reset()
        self.retranslate()

    def _sign_in(self, name: str, secret: str) -> None:
        db, desk, tries = self._db, self.desk, self.max_failures
        self.sign_in_button.setEnabled(False)
        self._runner.submit(lambda: accounts.sign_in(db, name, secret, desk=desk,
                                                     max_failures=tries),
                            self._done, self._refused)

    def _create_first(self, name: str, password: str, pin: str) -> None:
        db, desk = self._db, self.desk

        def create():
            accounts.create_first_manager(db, name=name, password=password, pin=pin, desk=desk)
            return accounts.sign_in(db, name, password or pin, desk=desk)

        self._runner.submit(create, self._done,
                            lambda exc: self.first_manager.error.setText(error_text(exc)))

    def _done(self, actor: acting.Actor) -> None:
        self.sign_in_button.setEnabled(True)
        self._locked_name = ""
        self.form.reset()
        self.retranslate()
        acting.set_actor(actor)
        self.signed_in.emit(actor)

    def _refused(self, exc: Exception) -> None:
        self.sign_in_button.setEnabled(True)
        self.form.show_error(error_text(exc))


class SignInWindow(Retranslatable, QWidget):
    """The window the desk opens with: the sign-in panel alone, before any page exists."""

    def __init__(self, panel: SignInPanel) -> None:
        super().__init__()
        self.panel = panel
        QVBoxLayout(self).addWidget(panel)
        self.resize(1280, 800)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("DealerDesk 智慧门店 · 登录"))


class SessionGuard(QObject):
    """Locks the desk after `idle_minutes` without input, and on request (switch user).

    While locked the window shows the sign-in panel instead of its pages; whoever signs in
    becomes the acting person and the pages come back, filtered to their role
    (`unlocked` then).
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window, panel: SignInPanel, idle_minutes: int) -> None:
        super().__init__(window)
        self._window, self.panel = window, panel
        self.is_locked = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(idle_minutes, 1) * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        panel.signed_in.connect(self._signed_in)
        window.lock_requested.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle_timer.start()

    def set_idle_minutes(self, minutes: int) -> None:
        """Change the idle time (the settings changed)."""
        self.idle_timer.setInterval(max(minutes, 1) * 60_000)
        if not self.is_locked:
            self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Restart the idle timer on any input while the desk is open."""
        if not self.is_locked and event.type() in ACTIVITY:
            self.idle_timer.start()
        return False

    def lock(self) -> None:
        """Hide the pages behind the sign-in panel (the acting person stays for the
        background work already submitted, e.g. the gate's arrivals)."""
        if self.is_locked:
            return
        self.is_locked = True
        self.idle_timer.stop()
        actor = acting.current()
        self.panel.lock(actor.name if actor else "", actor.login if actor else "")
        self._window.show_locked(self.panel)
        self.locked.emit()

    def _signed_in(self, actor: acting.Actor) -> None:
        self.is_locked = False
        self._window.apply_actor(actor)
        self._window.show_desk()
        self.idle_timer.start()
        self.unlocked.emit()
