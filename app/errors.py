"""Errors the user must be told about, each with its message in Chinese and English.

The one convention, in `app.domain` as in the services: what the user must be told is a
`UserError` (one of the kinds below, or a subclass such as `workflow.MoveRefused`), raised
with its zh and en text and, for a form, the `field` at fault. A `ValueError` (e.g.
`money.MoneyError`) is a programming error. Anything else that escapes is a bug: the desk
logs it with its traceback and shows it as an internal error (`ui.messages`).
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on.

    `field` names the input at fault (for forms), `zh` and `en` are the messages.
    """

    def __init__(self, zh: str, en: str, *, field: str | None = None) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en
        self.field = field

    def text(self, language: str = "zh") -> str:
        """The message in `language` ('zh' or 'en')."""
        return self.en if language.startswith("en") else self.zh


class ValidationError(UserError):
    """An input value is wrong; `field` says which."""


class NotFound(UserError):
    """A record the user asked for does not exist (any more)."""


class Conflict(UserError):
    """The request clashes with what is stored (a double booking, a taken plate)."""


class StaleEdit(UserError):
    """Another desk saved the same record first; the user's edit was not saved."""

    def __init__(self, what_zh: str = "记录", what_en: str = "record") -> None:
        super().__init__(
            f"此{what_zh}已被其他工位修改，您的修改未保存。请刷新后重新应用您的修改。",
            f"This {what_en} was changed at another desk; your edit was not saved. "
            "Reload it and apply your edit again.",
        )


class DatabaseUnavailable(UserError):
    """The database cannot be reached or refused the connection (`zh`/`en` replace the
    general message when the cause is known, e.g. a wrong password)."""

    def __init__(self, detail: str = "", *, zh: str | None = None, en: str | None = None) -> None:
        super().__init__(
            zh or f"无法连接数据库：{detail}".rstrip("："),
            en or f"The database cannot be reached: {detail}".rstrip(": "),
        )
        self.detail = detail


class DatabaseSetupError(UserError):
    """The database URL is wrong, or the schema is one this program does not know."""


class PrinterUnavailable(UserError):
    """No printer, or the printer refused the job."""
