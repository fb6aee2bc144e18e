"""Translations: Chinese is the source language, English comes from a Qt Linguist .ts file.

The .ts file is read directly (no compiled .qm to keep in step with it). Qt's own dialogs
are translated to Chinese with the `qtbase_zh_CN.qm` that ships in the PySide6 wheel.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox

log = logging.getLogger(__name__)

_current = {"language": "zh_CN"}


def current_language() -> str:
    """'zh_CN' or 'en': the language the desk shows now (for UserError texts)."""
    return _current["language"]


def ts_path(language: str) -> Path:
    """The .ts file holding the translations into `language` ('en')."""
    return Path(str(resources.files("resources") / "i18n" / f"dealerdesk_{language}.ts"))


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """{(context, source): translation} for every finished message of a .ts file."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                table[(name, message.findtext("source", ""))] = translation.text
    return table


class TsTranslator(QTranslator):
    """A QTranslator answering from a table read from a .ts file."""

    def __init__(self, table: dict[tuple[str, str], str], parent=None) -> None:
        super().__init__(parent)
        self._table = table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt API
        """The translation of `source` in `context`, or None (a null string: Qt then asks
        the next translator, or shows the source)."""
        return self._table.get((context, source))

    def isEmpty(self) -> bool:
        """False: this translator has messages."""
        return not self._table


class LanguageSwitcher:
    """Installs the translators for one language at a time on the running application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "zh_CN"

    def apply(self, language: str) -> None:
        """Switch to `language` ('zh_CN' or 'en'); widgets get a LanguageChange event."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if language == "en":
            from ui.widgets.code_text import CodeNamesTranslator

            self._install(TsTranslator(read_ts(ts_path("en")), self._app))
            self._install(CodeNamesTranslator(self._app))
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        else:
            qt = QTranslator(self._app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load("qtbase_zh_CN", folder):
                self._install(qt)
            else:
                log.warning("qtbase_zh_CN.qm not found in %s: Qt's dialogs stay English", folder)
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self.language = language
        _current["language"] = language
        # Deliver the LanguageChange events now, so every widget shows the new language
        # before this call returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        _measure_combo_boxes_again()

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def _measure_combo_boxes_again() -> None:
    """A combo box measures its items once, when first shown (Qt's default policy), and
    keeps that width: after a language change its items have other widths ("全部状态" →
    "All statuses"), so each one measures them again (setting the policy anew forgets
    the width it kept)."""
    first_show = QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow
    for widget in QApplication.allWidgets():
        if isinstance(widget, QComboBox) and widget.sizeAdjustPolicy() == first_show:
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.setSizeAdjustPolicy(first_show)
