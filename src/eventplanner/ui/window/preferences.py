"""Edit ▸ Preferences… (Ctrl+,; the application menu on macOS): language, programme defaults, ripple, backups,
database. Everything is stored through ui/settings.py under the keys the rest of the app already reads: the
Agenda ▸ Ripple toggle's, and File ▸ Backup settings…' (whose form is embedded here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.enums import LANGUAGES
from eventplanner.store.database import Database
from eventplanner.ui.common.i18n import UI_LANGUAGES
from eventplanner.ui.common.settings import Settings
from eventplanner.ui.preview.word_export import LetterheadField
from eventplanner.ui.team.backups import BackupForm, load_options, save_options

if TYPE_CHECKING:
    from eventplanner.ui.window.main_window import MainWindow

PAPERS = ("a4", "a5", "letter")


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class PreferencesDialog(QDialog):
    """Loads from `settings` when built; `save()` writes back. `change_database` runs File ▸ Open database… and
    returns the database now open (shown in the dialog)."""

    def __init__(self, parent: QWidget | None, settings: Settings, database: str,
                 change_database: Callable[[], str] | None = None, db: Database | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self._change_database = change_database

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        language_note = QLabel(self.tr("The new language is used from the next start."))
        language_note.setEnabled(False)
        general = QFormLayout()
        general.addRow(self.tr("&Language:"), self.language)
        general.addRow("", language_note)

        self.paper = QComboBox()
        for code, label in zip(PAPERS, ("A4", "A5", self.tr("US Letter")), strict=True):
            self.paper.addItem(label, code)
        self.programme_language = QComboBox()
        self.programme_language.addItem(self.tr("The event's language"), "")
        for code, name in LANGUAGES.items():
            self.programme_language.addItem(name, code)
        programme = QFormLayout()
        programme.addRow(self.tr("&Paper:"), self.paper)
        programme.addRow(self.tr("Programme lan&guage:"), self.programme_language)

        self.ripple = QCheckBox(self.tr("&Ripple: changing a slot's length or start moves the later slots in its "
                                        "room"))

        self.backups = BackupForm(load_options(settings))

        self.database = QLineEdit(database)
        self.database.setReadOnly(True)
        self.database.setCursorPosition(0)
        change = QPushButton(self.tr("C&hange…"))
        change.setToolTip(self.tr("Open another database (File ▸ Open database…)"))
        change.clicked.connect(self.change_database)
        change.setEnabled(change_database is not None)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(change)

        documents = QFormLayout()
        self.letterhead: LetterheadField | None = None
        if db is not None:
            self.letterhead = LetterheadField(db)
            self.letterhead.setToolTip(
                self.tr("Saved in the database at once, for every event without a letterhead of its own."))
            documents.addRow(self.tr("Default lett&erhead:"), self.letterhead)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        editing = QVBoxLayout()
        editing.addWidget(self.ripple)
        backups = QVBoxLayout()
        backups.addWidget(self.backups)
        layout = QVBoxLayout(self)
        for title, inner in ((self.tr("Interface"), general), (self.tr("Programme defaults"), programme),
                             (self.tr("Word documents"), documents),
                             (self.tr("Editing"), editing), (self.tr("Automatic backups"), backups),
                             (self.tr("Database"), database_row)):
            if inner is documents and self.letterhead is None:
                continue
            box = QGroupBox(title)
            box.setLayout(inner)
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.load()

    def load(self) -> None:
        _select(self.language, self.settings.language())
        _select(self.paper, self.settings.default_paper())
        _select(self.programme_language, self.settings.programme_language())
        self.ripple.setChecked(self.settings.ripple())

    def save(self) -> None:
        self.settings.set_language(self.language.currentData())
        self.settings.set_default_paper(self.paper.currentData())
        self.settings.set_programme_language(self.programme_language.currentData())
        self.settings.set_ripple(self.ripple.isChecked())
        save_options(self.settings, self.backups.options())  # also syncs

    def change_database(self) -> None:
        if self._change_database is not None:
            self.database.setText(self._change_database())
            self.database.setCursorPosition(0)


def _select(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))


def show_preferences(window: MainWindow) -> bool:
    """Edit ▸ Preferences…: apply what changed at once; a new language asks to restart. True when saved."""
    from eventplanner.ui.window import file_ops

    def change_database() -> str:
        file_ops.open_database_dialog(window)
        return window.ops.db.display_name

    settings = window.settings
    before = settings.language()
    dialog = PreferencesDialog(window, settings, window.ops.db.display_name, change_database, window.ops.db)
    if not dialog.exec():
        return False
    dialog.save()
    window.menus.ripple.setChecked(settings.ripple())
    if (preview := window.built("preview")) is not None:
        preview.default_lang = settings.programme_language()  # for events shown later; current options stay
    if settings.language() != before:
        ask_restart(window)
    return True


def ask_restart(window: MainWindow) -> None:
    """The texts are set when widgets are built: offer to rebuild the window now in the new language."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Language"),
                      tr("The new language is used after a restart. Restart now?"),
                      QMessageBox.StandardButton.NoButton, window)
    restart = box.addButton(tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restart:
        window.restart_requested = True
        window.close()
