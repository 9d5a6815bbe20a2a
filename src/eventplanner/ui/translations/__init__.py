"""Content translations in the GUI: the Translations page, its actions, the dialogs' language switch."""

from PySide6.QtCore import QLocale


def interface_language() -> str:
    """The interface's language code (ui/common/i18n installs it as the default QLocale): 'az', 'ru', 'en'..."""
    return QLocale().name().split("_")[0]
