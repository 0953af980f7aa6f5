"""The user's language: choose it, install our catalogue and Qt's own, set the default locale."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console import paths

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# The language each catalogue is written in, and the locale used when the system's differs.
LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "it": QLocale(QLocale.Language.Italian, QLocale.Country.Italy),
}

# Texts of Qt's own widget file dialog that Qt's Italian catalogue (qtbase_it.qm of
# PySide6-Essentials 6.11) lacks: it has "Look in:" but the dialog shows "&Look in:". Listed here,
# in Qt's own context, lupdate puts them in our catalogue, which Qt asks when its own has nothing.
QT_TEXTS_MISSING_FROM_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def choose_language(cli_value: str | None, setting: str) -> str:
    """``--lang``, then the setting, then the system locale; English when nothing matches."""
    for candidate in (cli_value, setting):
        if candidate in LOCALES:
            return candidate
    system = QLocale.system().name().split("_")[0]
    return system if system in LOCALES else SOURCE_LANGUAGE


def catalogue(language: str) -> Path:
    """Our compiled translation for ``language`` (built from the .ts at install time)."""
    return Path(str(paths.resource("translations", f"console_{language}.qm")))


@dataclass
class Translation:
    """The translators installed for one language; ``uninstall()`` puts everything back."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)

    def uninstall(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (keeps its country), else our default."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return LOCALES[language]


def interface_language() -> str:
    """ "it" when the interface speaks Italian, else "en" (from the default locale install()
    set): the language holidays and other names from libraries are given in."""
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


def install(language: str) -> Translation:
    """Install the translators for ``language`` on the running application."""
    translation = Translation(language)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    if language == SOURCE_LANGUAGE:
        return translation
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for file in (catalogue(language), qt_folder / f"qtbase_{language}.qm"):
        translator = QTranslator()
        if translator.load(str(file)) and QCoreApplication.installTranslator(translator):
            translation.translators.append(translator)
        else:
            # Not fatal: the interface stays in English, and the log says which file is missing.
            log.warning("translation %s not found", file)
    return translation
