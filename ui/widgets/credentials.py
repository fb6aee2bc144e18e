"""Typing one's own name and password or PIN: the sign-in form, and the dialog an approver
uses on someone else's desk (a manager approving a discount).

The widgets only collect what is typed; the caller checks it through a service
(`accounts.sign_in`, `accounts.grant_approval`) and shows a refusal with `show_error`,
keeping the name typed and clearing the secret.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.basics import Retranslatable, mark_invalid


class CredentialsForm(Retranslatable, QWidget):
    """Name and password (or PIN) fields with an error line; `submitted(name, secret)` on
    Enter in the secret field."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._login_label, self._secret_label = QLabel(), QLabel()
        self._form.addRow(self._login_label, self.login)
        self._form.addRow(self._secret_label, self.secret)
        self._form.addRow(self.error)
        self.login.returnPressed.connect(self.secret.setFocus)
        self.secret.returnPressed.connect(self.submit)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self._login_label.setText(self.tr("用户名"))
        self._secret_label.setText(self.tr("密码或 PIN"))

    def submit(self) -> None:
        """Emit what was typed, unless a field is empty (then say so here)."""
        name, secret = self.login.text().strip(), self.secret.text()
        mark_invalid(self.login, not name)
        mark_invalid(self.secret, not secret)
        if not name or not secret:
            self.error.setText(self.tr("请输入用户名和密码（或 PIN）。"))
            return
        self.error.clear()
        self.submitted.emit(name, secret)

    def show_error(self, text: str) -> None:
        """A refusal: the text under the fields, the secret cleared, the name kept."""
        self.error.setText(text)
        self.secret.clear()
        self.secret.setFocus()

    def reset(self, name: str = "") -> None:
        """Empty the form (the name pre-filled with `name`)."""
        self.login.setText(name)
        self.secret.clear()
        self.error.clear()
        (self.secret if name else self.login).setFocus()


class CredentialsDialog(Retranslatable, QDialog):
    """A small window-modal dialog asking the approver for their own name and secret.

    `submitted(name, secret)` when OK is pressed; the dialog stays open until the caller
    calls `accept()` (the service agreed) or shows the refusal with `show_error`.
    """

    submitted = Signal(str, str)

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.form = CredentialsForm()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.form.submit)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self.submitted)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("身份确认"))

    def show_error(self, text: str) -> None:
        """Show a refusal in the dialog (the typed name stays)."""
        self.form.show_error(text)
