"""Names of care kinds and outcomes in the desk's language (the care desk and the customer
window's timeline share them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.care_rules import default_rules
from ui.i18n import current_language

_RULES = default_rules()

#: Outcome codes with their Chinese names (English in the .ts file), in keystroke order.
OUTCOMES: tuple[tuple[str, str], ...] = (
    ("invited", QT_TRANSLATE_NOOP("CareText", "已邀约")),
    ("booked", QT_TRANSLATE_NOOP("CareText", "已预约")),
    ("declined", QT_TRANSLATE_NOOP("CareText", "拒绝")),
    ("unreachable", QT_TRANSLATE_NOOP("CareText", "无法联系")),
    ("not_applicable", QT_TRANSLATE_NOOP("CareText", "不适用")),
    ("done", QT_TRANSLATE_NOOP("CareText", "已完成")),
)
_STATUS = dict(OUTCOMES) | {"open": QT_TRANSLATE_NOOP("CareText", "待处理"),
                            "lapsed": QT_TRANSLATE_NOOP("CareText", "已过期")}


def kind_text(kind: str) -> str:
    """The care kind's name (from the rule that declares it)."""
    rule = _RULES.get(kind)
    if rule is None:
        return kind
    return rule.en if current_language() == "en" else rule.zh


def status_text(code: str) -> str:
    """An item status or outcome in the current language."""
    name = _STATUS.get(code)
    return QCoreApplication.translate("CareText", name) if name else code
