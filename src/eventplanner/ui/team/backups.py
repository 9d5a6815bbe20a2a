"""Automatic daily backups (settings, the start-up run in a worker) and File ▸ Restore…."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.errors import DomainError
from eventplanner.paths import data_dir
from eventplanner.store.backup import auto_backup
from eventplanner.store.database import Database
from eventplanner.store.restore import RestoreReport, restore
from eventplanner.ui.common import errors, workers
from eventplanner.ui.common.settings import BACKUP_ENABLED, BACKUP_FOLDER, BACKUP_KEEP, Settings

log = logging.getLogger(__name__)

DEFAULT_KEEP = BACKUP_KEEP.default


def tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def default_folder() -> Path:
    return data_dir() / "backups"


@dataclass(frozen=True)
class BackupOptions:
    enabled: bool = True
    folder: Path | None = None  # None: the default folder
    keep: int = DEFAULT_KEEP

    @property
    def target(self) -> Path:
        return self.folder or default_folder()


def load_options(settings: Settings) -> BackupOptions:
    folder = settings.get(BACKUP_FOLDER).strip()
    keep = max(1, settings.get(BACKUP_KEEP))
    return BackupOptions(settings.get(BACKUP_ENABLED), Path(folder) if folder else None, keep)


def save_options(settings: Settings, options: BackupOptions) -> None:
    settings.set(BACKUP_ENABLED, options.enabled)
    settings.set(BACKUP_FOLDER, str(options.folder) if options.folder else "")
    settings.set(BACKUP_KEEP, options.keep)
    settings.sync()


def start_auto_backup(
    db: Database, options: BackupOptions, on_done: Callable[[Path | None], None],
    on_error: Callable[[BaseException], None],
) -> workers.Worker | None:
    """Today's backup in a worker (once a day, oldest beyond `keep` removed); None when switched off."""
    if not options.enabled:
        return None
    folder, keep = options.target, options.keep
    return workers.start(lambda _report: auto_backup(db, folder, keep), on_done, on_error)


class BackupForm(QWidget):
    """On/off, the folder and how many daily backups to keep; in File ▸ Backup settings… and in Preferences."""

    def __init__(self, options: BackupOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("&Back up the database once a day, when the application starts"))
        self.enabled.setChecked(options.enabled)
        self.folder = QLineEdit(str(options.target))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(options.keep)
        self.keep.setSuffix(self.tr(" days"))
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)  # a row of widgets gets no buddy by itself: the & would show
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Keep the last:"), self.keep)
        hint = QLabel(self.tr("Older automatic backups are deleted; other files in the folder are never touched. "
                              "A folder on another disk or machine survives the loss of this one."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(hint)
        self.enabled.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        for w in (self.folder, self.keep):
            w.setEnabled(self.enabled.isChecked())

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for automatic backups"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def options(self) -> BackupOptions:
        text = self.folder.text().strip()
        folder = Path(text).expanduser() if text and Path(text).expanduser() != default_folder() else None
        return BackupOptions(self.enabled.isChecked(), folder, self.keep.value())


class BackupDialog(QDialog):
    """File ▸ Backup settings…: the backup form with OK and Cancel."""

    def __init__(self, parent: QWidget | None, options: BackupOptions) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic backups"))
        self.form = BackupForm(options, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def options(self) -> BackupOptions:
        return self.form.options()


def ask_restore_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Restore a backup"), str(default_folder()),
        tr("Event Planner backups (*.sqlite3 *.sqlite *.db *.json);;All files (*)"),
    )
    return Path(name) if name else None


def confirm_restore(parent: QWidget, db: Database, src: Path) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Restore a backup"))
    box.setText(tr("<b>Replace everything in this database with the backup?</b>"))
    kept = (tr("The current data is saved beside the database first, so the restore can be undone.")
            if db.is_sqlite else tr("Make a backup of the server first if you may need today's data."))
    box.setInformativeText(tr("Backup: {0}<br>Database: {1}<br><br>Everyone using this database will see "
                                  "the restored data. {2}").format(src, db.display_name, kept))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def run_restore(parent: QWidget, db: Database, src: Path) -> RestoreReport | None:
    """Restore now (the file is fully checked first); a refused file is explained and nothing changes."""
    try:
        return restore(db, src)
    except DomainError as exc:
        errors.show_domain_error(parent, exc)
    except Exception as exc:
        errors.show_unexpected_error(parent, exc, context=tr("restoring a backup"))
    return None
