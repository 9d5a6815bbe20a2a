"""The interface language: which one to use, its QLocale, and the translators installed before any widget.

    install(app, settings.language())   # in app.main, before the first widget; returns "en", "az" or "ru"

The choice is "" (follow the system) or a code of UI_LANGUAGES. The application's own translations are
resources/translations/eventplanner_<code>.qm (tools/update_translations.py builds them from the .ts files);
Qt's standard dialogs and buttons use Qt's qtbase_<code>.qm when Qt ships one (Russian yes, Azerbaijani no: those
stay in English). QLocale.setDefault makes dates (ui/dates.py), numbers and date editors follow the language.

Contexts: lupdate files the strings of `self.tr(...)` under the class name, and those of the module-level
`tr(...)` helpers (whatever context they pass at run time) and of the QT_TR_NOOP catalog (ui/l10n_catalog.py)
under the empty context. `AppTranslator` therefore looks a message up in its own context first, then in the
empty one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

UI_LANGUAGES: dict[str, str] = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}
"""Interface languages by code, each named in itself (the Preferences list does not translate them)."""
DEFAULT = "en"
SOURCE_LANGUAGE = "en"

_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Script.LatinScript, QLocale.Country.UnitedStates),
    "az": (QLocale.Language.Azerbaijani, QLocale.Script.LatinScript, QLocale.Country.Azerbaijan),
    "ru": (QLocale.Language.Russian, QLocale.Script.CyrillicScript, QLocale.Country.Russia),
}
_installed: list[QTranslator] = []


class AppTranslator(QTranslator):
    """The application's .qm: a message missing in its context is looked up in the shared empty context."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # type: ignore[return-value]  # None is a null QString: Qt asks the next translator


def ui_language(choice: str, system: QLocale | None = None) -> str:
    """The interface language for a Preferences choice: that code, or the system's first supported language."""
    if choice in UI_LANGUAGES:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return DEFAULT


def ui_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The QLocale for dates and numbers: the system's, unless another language was chosen explicitly."""
    system = system or QLocale.system()
    if choice not in UI_LANGUAGES:
        return system
    language, script, country = _LOCALES[choice]
    if system.language() == language:
        return system  # the user's own territory and formats in that language
    return QLocale(language, script, country)


def translations_dir() -> Path:
    from eventplanner.paths import resource

    return resource("translations")


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own qtbase_*.qm may be: Qt's configured folder, then the PySide6 package's (also in a bundle)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is always importable here
        pass
    return dirs


def _load_qt(code: str) -> QTranslator | None:
    translator = QTranslator()
    for folder in qt_translations_dirs():
        if translator.load(f"qtbase_{code}", str(folder)):
            return translator
    log.info("Qt has no '%s' translation of its standard dialogs; they stay in English", code)
    return None


def _load_app(code: str) -> QTranslator | None:
    translator = AppTranslator()
    folder = translations_dir()
    if translator.load(f"eventplanner_{code}", str(folder)):
        return translator
    log.warning("No '%s' translation in %s; the interface stays in English", code, folder)
    return None


def install(app: QCoreApplication, choice: str = "") -> str:
    """Install the translators and the default QLocale for `choice`; returns the interface language in use.

    Calling it again replaces the earlier translators (widgets made before keep their texts)."""
    remove()
    QLocale.setDefault(ui_locale(choice))
    code = ui_language(choice)
    if code == SOURCE_LANGUAGE:
        return code
    for translator in (_load_qt(code), _load_app(code)):
        if translator is not None:
            translator.setParent(app)
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def remove() -> None:
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
        translator.setParent(None)  # type: ignore[call-overload]
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def installed() -> list[QTranslator]:
    return list(_installed)
