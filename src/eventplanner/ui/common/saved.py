"""Saving documents from the window: the last folder remembered, file names that say what they hold, and a
notice in the status bar after each save with "Open" and "Show in folder".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from eventplanner.ui.common.settings import LAST_FOLDER, Settings

NOTICE_MS = 30_000


def tr(text: str) -> str:
    return QCoreApplication.translate("saved", text)


def default_name(slug: str, what: str, lang: str = "", suffix: str = "pdf") -> str:
    """"migrants-day-2021-programme-az.pdf": the event, what the file holds and, when it has one, the language."""
    parts = [slug or "event", what] + ([lang] if lang else [])
    return "-".join(parts) + "." + suffix.lstrip(".")


def last_folder(settings: Settings) -> Path:
    """The folder of the last file saved or opened, while it still exists; else the home folder."""
    saved = settings.get(LAST_FOLDER)
    folder = Path(saved) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(settings: Settings, path: str | Path) -> None:
    settings.set(LAST_FOLDER, str(Path(path).parent))


def ask_save_path(parent: QWidget, settings: Settings, title: str, name: str, filters: str,
                  selected: str = "") -> tuple[str, str]:
    """A save dialog opened in the last folder with `name` proposed; remembers the folder chosen."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(last_folder(settings) / name), filters, selected)
    if path:
        remember_folder(settings, path)
    return path, chosen


def open_file(path: str | Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: str | Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class SavedNotice(QWidget):
    """“Saved migrants-day-2021-programme-az.pdf in /home/… [Open] [Show in folder]” in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.path: Path | None = None
        self.label = QLabel()
        self.open_button = QPushButton(tr("Open"))
        self.folder_button = QPushButton(tr("Show in folder"))
        self.open_button.clicked.connect(lambda: self.path is not None and open_file(self.path))
        self.folder_button.clicked.connect(lambda: self.path is not None and show_in_folder(self.path))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_path(self, path: str | Path) -> None:
        self.path = Path(path)
        self.label.setText(tr("Saved {0} in {1}").format(self.path.name, self.path.parent))
        self.label.setToolTip(str(self.path))
        self.show()
        self.timer.start(NOTICE_MS)


def announce_saved(window: QMainWindow, path: str | Path) -> None:
    """Say where a document went, with buttons to open it or its folder (one notice per window, reused)."""
    notice = window.findChild(SavedNotice, "savedNotice")
    if notice is None:
        notice = SavedNotice(window)
        window.statusBar().addPermanentWidget(notice)
    notice.show_path(path)
