"""Staff accounts (账户): who may sign in, with which role; unlocking a locked account and
adding an account (a password, or a PIN for the shared reception PC)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import StaffRole
from app.services import accounts
from ui.messages import error_text
from ui.widgets.basics import Retranslatable, make_table
from ui.widgets.code_text import code_text
from ui.widgets.desk_store import DeskStore
from ui.widgets.record_table_model import Column, RecordTableModel


class AccountsPanel(Retranslatable, QWidget):
    """The accounts in a table, an unlock button, and a line to add one."""

    def __init__(self, db, runner, store_id: int | DeskStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self._desk_store = DeskStore.of(store_id)   # a new member of staff joins it
        self.model = RecordTableModel([
            Column("", lambda a: a.login), Column("", lambda a: code_text(a.role)),
            Column("", lambda a: self._secrets(a)),
            Column("", lambda a: str(a.failed_sign_ins), True),
            Column("", lambda a: self._state(a))])
        self.table = make_table(self.model)
        self.unlock = QPushButton()
        self.unlock.clicked.connect(self.unlock_selected)
        # The selected account: another role, stopped (cannot sign in) or restored.
        self.new_role_label, self.new_role = QLabel(), QComboBox()
        self.change_role, self.stop, self.restore = QPushButton(), QPushButton(), QPushButton()
        self.change_role.clicked.connect(
            lambda: self.update_selected(role=self.new_role.currentData()))
        self.stop.clicked.connect(lambda: self.update_selected(active=False))
        self.restore.clicked.connect(lambda: self.update_selected(active=True))
        self.name, self.password, self.pin = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.password, self.pin):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.add = QPushButton()
        self.add.clicked.connect(self.add_account)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._labels = [QLabel() for _ in range(4)]
        adding = QHBoxLayout()
        for label, field in zip(self._labels, (self.name, self.role, self.password, self.pin),
                                strict=True):
            adding.addWidget(label)
            adding.addWidget(field)
        adding.addWidget(self.add)
        buttons = QHBoxLayout()
        for widget in (self.unlock, self.new_role_label, self.new_role, self.change_role,
                       self.stop, self.restore):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.model.set_headers([self.tr("用户名"), self.tr("角色"), self.tr("登录方式"),
                                self.tr("连续失败"), self.tr("状态")])
        self.unlock.setText(self.tr("解锁所选账户"))
        for label, text in zip(self._labels, (self.tr("姓名"), self.tr("角色"), self.tr("密码"),
                                              self.tr("PIN")), strict=True):
            label.setText(text)
        for combo in (self.role, self.new_role):
            chosen = combo.currentData()
            combo.clear()
            for role in StaffRole:
                combo.addItem(code_text(role.value), role.value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.new_role_label.setText(self.tr("角色改为"))
        self.change_role.setText(self.tr("修改角色"))
        self.stop.setText(self.tr("停用所选账户"))
        self.restore.setText(self.tr("恢复所选账户"))
        self.add.setText(self.tr("添加账户"))

    def _secrets(self, account: accounts.AccountRecord) -> str:
        ways = [self.tr("密码")] if account.has_password else []
        return " + ".join(ways + (["PIN"] if account.has_pin else []))

    def _state(self, account: accounts.AccountRecord) -> str:
        if account.locked:
            return self.tr("已锁定")
        return self.tr("正常") if account.active else self.tr("停用")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Load the accounts whenever the panel is shown."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload the accounts."""
        db = self._db
        self._runner.submit(lambda: accounts.list_accounts(db), self.model.set_records,
                            self._failed, owner=self)

    def unlock_selected(self) -> None:
        """Unlock the selected account."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("请先选择一个账户。"))
            return
        db, ident = self._db, self.model.record(rows[0].row()).id
        self._runner.submit(lambda: accounts.unlock_account(db, ident), self._done,
                            self._failed, owner=self)

    def update_selected(self, *, role: str | None = None, active: bool | None = None) -> None:
        """Give the selected account `role`, or stop or restore it (`active`)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("请先选择一个账户。"))
            return
        db, ident = self._db, self.model.record(rows[0].row()).id
        self._runner.submit(
            lambda: accounts.update_account(db, ident, role=role, active=active),
            self._done, self._failed, owner=self)

    def add_account(self) -> None:
        """Add the account typed in the line below the table."""
        db = self._db
        fields = {"name": self.name.text(), "role": self.role.currentData(),
                  "password": self.password.text(), "pin": self.pin.text(),
                  "store_id": self._desk_store.id}
        self._runner.submit(lambda: accounts.create_account(db, **fields), self._added,
                            self._failed, owner=self)

    def _added(self, account: accounts.AccountRecord) -> None:
        for field in (self.name, self.password, self.pin):
            field.clear()
        self._done(account)

    def _done(self, account: accounts.AccountRecord) -> None:
        self.message.setText(self.tr("已保存：%1").replace("%1", account.login))
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
