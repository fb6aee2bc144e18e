"""The desk's one message bridge: how anything that goes wrong reaches the person at the desk.

- A `UserError` carries its own zh/en text: `error_text(exc)` gives it in the desk's language
  and the widget where the user works shows it (a form's label, a pop-up's error line).
- Any other exception is a bug: `error_text(exc)` writes it once, at ERROR with its
  traceback, to the log file in the data directory, has the desk show the internal-error box
  (whose details can be copied), and returns "内部错误，已记录到日志（path）" — never the
  exception's own text.
- `show_status(text)` puts a passing message in the status bar.
- `show_condition(key, text)` raises a banner over the pages that stays until
  `clear_condition(key)`: for what must not be missed (the database unreachable, an arrival
  that could not be recorded). Showing the same key again replaces its text.

`ui.desk` connects the bridge once to the main window (status bar, banner, error box). The
functions may be called from the UI thread only, except `database_health`, which the
database calls from the worker thread (its signal is queued to the UI thread).
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app.errors import UserError
from app.log_file import log_file_path
from ui.i18n import current_language

log = logging.getLogger(__name__)

# Banner keys of the conditions the desk itself raises.
DATABASE = "database"
ARRIVAL_UNRECORDED = "arrival_unrecorded"
COMPLAINTS_OVERDUE = "complaints_overdue"

_REPORTED = "_dealerdesk_reported"


class MessageBridge(QObject):
    """Carries messages to whatever shows them; `conditions` holds the banners up now."""

    status = Signal(str)                 # text for the status bar
    condition_shown = Signal(str, str)   # key, text
    condition_cleared = Signal(str)      # key
    bug = Signal(str, str)               # the internal-error text, the details to copy
    _health = Signal(bool, str)          # reachable, detail (from any thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conditions: dict[str, str] = {}
        self._health.connect(self._database_health)

    def show_condition(self, key: str, text: str) -> None:
        """Raise (or update) the banner `key`."""
        self.conditions[key] = text
        self.condition_shown.emit(key, text)

    def clear_condition(self, key: str) -> None:
        """Take the banner `key` down (nothing happens when it is not up)."""
        if self.conditions.pop(key, None) is not None:
            self.condition_cleared.emit(key)

    @Slot(bool, str)
    def _database_health(self, reachable: bool, detail: str) -> None:
        if reachable:
            self.clear_condition(DATABASE)
        else:
            self.show_condition(DATABASE, database_text(detail))


_bridge: list[MessageBridge] = []


def bridge() -> MessageBridge:
    """The application's bridge (made on first use, owned by the QApplication)."""
    if not _bridge:
        _bridge.append(MessageBridge(QCoreApplication.instance()))
    return _bridge[0]


def internal_error_text() -> str:
    """The text a bug is shown with: it names the log file that holds its traceback."""
    return QCoreApplication.translate("messages", "内部错误，已记录到日志（%1）").replace("%1", str(log_file_path()))


def database_text(detail: str = "") -> str:
    """The banner text while the database cannot be reached."""
    text = QCoreApplication.translate("messages", "无法连接数据库，正在重试。在此期间的操作不会保存。")
    return f"{text}（{detail.strip().splitlines()[0]}）" if detail.strip() else text


def error_text(exc: BaseException) -> str:
    """What to tell the user about `exc`: a `UserError`'s own text, or, for a bug, the
    internal-error text (the bug is logged and reported to the bridge once)."""
    if isinstance(exc, UserError):
        return exc.text(current_language())
    report_bug(exc)
    return internal_error_text()


def report_bug(exc: BaseException, context: str = "background call") -> None:
    """Log `exc` at ERROR with its traceback and show the internal-error box, once per exception."""
    if getattr(exc, _REPORTED, False):
        return
    try:
        setattr(exc, _REPORTED, True)
    except AttributeError:  # an exception type with __slots__: report it every time
        pass
    log.error("internal error in a %s", context, exc_info=(type(exc), exc, exc.__traceback__))
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    bridge().bug.emit(internal_error_text(), details)


def show_status(text: str) -> None:
    """A passing message in the status bar."""
    bridge().status.emit(text)


def show_error(exc: BaseException) -> str:
    """Tell the user about `exc` in the status bar (see `error_text`); returns the text."""
    text = error_text(exc)
    show_status(text)
    return text


def show_condition(key: str, text: str) -> None:
    """Raise the banner `key` with `text`; it stays until `clear_condition(key)`."""
    bridge().show_condition(key, text)


def clear_condition(key: str) -> None:
    """Take the banner `key` down."""
    bridge().clear_condition(key)


def database_health(reachable: bool, detail: str = "") -> None:
    """The database became reachable or unreachable (any thread): raise or clear its banner."""
    bridge()._health.emit(reachable, detail)
