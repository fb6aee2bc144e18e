"""The screen names of the desk's codes (statuses, results, channels, tiers, roles …).

The names come from `app.domain.code_names` (the one table, which print uses too) and are
translated through Qt: the English ones by `CodeNamesTranslator`, which the language
switcher installs. Checklist items are free text from the store's list, kept here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from app.domain.code_names import CODE_NAMES, qualified

_CONTEXT = "CodeNames"


#: Inspection checklist item names as sources, so the checklist reads in English too.
CHECKLIST_TEXTS: dict[str, str] = {
    "机油": QT_TRANSLATE_NOOP("ServiceText", "机油"),
    "机滤": QT_TRANSLATE_NOOP("ServiceText", "机滤"),
    "空气滤芯": QT_TRANSLATE_NOOP("ServiceText", "空气滤芯"),
    "空调滤芯": QT_TRANSLATE_NOOP("ServiceText", "空调滤芯"),
    "轮胎及胎压": QT_TRANSLATE_NOOP("ServiceText", "轮胎及胎压"),
    "刹车": QT_TRANSLATE_NOOP("ServiceText", "刹车"),
    "蓄电池": QT_TRANSLATE_NOOP("ServiceText", "蓄电池"),
    "灯光": QT_TRANSLATE_NOOP("ServiceText", "灯光"),
    "雨刮": QT_TRANSLATE_NOOP("ServiceText", "雨刮"),
    "底盘": QT_TRANSLATE_NOOP("ServiceText", "底盘"),
    "冷却液": QT_TRANSLATE_NOOP("ServiceText", "冷却液"),
}


def code_text(code: str, kind: str | None = None) -> str:
    """The name of a code (status, tier, role, channel …) in the desk's language, through
    Qt's translator (`CodeNamesTranslator`); `kind` qualifies a code whose bare name means
    something else ("survey_status", "declined"). The code itself when it has no name."""
    key = qualified(code, kind)
    names = CODE_NAMES.get(key)
    return QCoreApplication.translate(_CONTEXT, names[0], key) if names else str(code)


class CodeNamesTranslator(QTranslator):
    """Answers the 'CodeNames' context in English from `app.domain.code_names`, so the
    names are declared once for the screen and for print."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt API
        """The English name of the code given as disambiguation, or None."""
        if context != _CONTEXT or not disambiguation:
            return None     # a null string: Qt asks the next translator
        names = CODE_NAMES.get(disambiguation)
        return names[1] if names and names[0] == source else None

    def isEmpty(self) -> bool:
        """False: it has the names."""
        return False


def checklist_text(item: str) -> str:
    """A checklist item's name in the current language."""
    return QCoreApplication.translate("ServiceText", item) if item in CHECKLIST_TEXTS else item
