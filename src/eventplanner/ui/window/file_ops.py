"""File menu work for the main window: databases, backup, import, export, about. Long work runs in workers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from eventplanner import APP_NAME, __version__
from eventplanner.domain.errors import DomainError
from eventplanner.paths import log_dir
from eventplanner.store.database import open_database
from eventplanner.ui.common import errors, workers
from eventplanner.ui.common.operations import Action, Operations
from eventplanner.ui.common.saved import announce_saved, ask_save_path, default_name, last_folder, remember_folder
from eventplanner.ui.window.actions import LATER, make_action

if TYPE_CHECKING:
    from eventplanner.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)
DB_FILTER = "Event Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("file_ops", text)


# Databases -----------------------------------------------------------------------------------------------------


def switch_database(window: MainWindow, path: str, create: bool = False) -> bool:
    try:
        db = open_database(path, create=create)
    except DomainError as exc:
        errors.show_domain_error(window, exc, tr("Cannot open the database"))
        return False
    except Exception as exc:
        errors.show_unexpected_error(window, exc, context=tr("opening the database"))
        return False
    window.set_database(db)
    return True


def open_database_dialog(window: MainWindow) -> None:
    start = str(Path(window.ops.db.path).parent) if window.ops.db.path else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(window, tr("Open database"), start, tr(DB_FILTER))
    if path:
        switch_database(window, path, create=False)


def new_database_dialog(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(window, tr("New database"), str(Path.home() / "events.sqlite3"),
                                          tr(DB_FILTER))
    if path:
        if Path(path).exists():
            QMessageBox.warning(window, tr("New database"), tr("{0} already exists; use Open database… to open it.")
                                .format(path))
            return
        switch_database(window, path, create=True)


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    recent = [r for r in window.settings.recent_databases() if r != window.ops.db.display_name]
    for name in recent:
        menu.addAction(name, partial(switch_database, window, name, False))
    if not recent:
        empty = menu.addAction(tr("No other recent databases"))
        empty.setEnabled(False)


def backup_dialog(window: MainWindow) -> None:
    try:
        from eventplanner.store.backup import backup
    except ImportError:
        QMessageBox.information(window, tr("Backup"), tr(LATER))
        return
    path, _ = ask_save_path(window, window.settings, tr("Back up the database"), "eventplanner-backup.sqlite3",
                            tr("SQLite copy (*.sqlite3);;JSON dump (*.json)"))
    if path:
        db = window.ops.db
        run_long(window, tr("Backing up…"), lambda _r: backup(db, Path(path)),
                 lambda result: announce_saved(window, result))


class AddSample(Action):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.ops, tr("Add the sample event"))

    def forward(self) -> None:
        from eventplanner.services import sample  # the sample's guests, seating and scenario: not at start-up

        self.result = sample.ensure_sample_event(self.db)


def open_sample(window: MainWindow) -> None:
    """Add the sample event (undoable) or show it when it is there already."""
    action = AddSample(window)
    if window.ops.run(action) and action.result is not None:
        event, _created = action.result
        window.select_event(event.id)


class ImportSchedule(Action):
    """A schedule import as one undoable step; Cancel rolls it back between batches of rows."""

    def __init__(self, ops: Operations, path: str) -> None:
        super().__init__(ops, tr("Import “{0}”").format(Path(path).name))
        self.path = path

    def forward(self) -> None:
        from eventplanner.services.exchange import import_schedule as run

        self.report(-1, tr("Reading {0}…").format(Path(self.path).name))
        self.result = run(self.db, self.path, check=self.check)
        self.setText(tr("Import “{0}”").format(self.result.event_title))


class ImportSpeakers(Action):
    def __init__(self, ops: Operations, path: str) -> None:
        super().__init__(ops, tr("Import speakers from “{0}”").format(Path(path).name))
        self.path = path

    def forward(self) -> None:
        from eventplanner.services.speaker_import import import_speakers as run

        self.check()
        self.result = run(self.db, self.path, apply=True)


# Long work -------------------------------------------------------------------------------------------------------


def run_long(window: QWidget, label: str, fn: Callable[[Callable[[int, str], None]], Any],
             on_done: Callable[[Any], None]) -> None:
    """Run `fn` in a worker with a progress dialog; the window stays responsive."""
    progress = QProgressDialog(label, "", 0, 100, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(1)

    def done(result: Any) -> None:
        progress.close()
        on_done(result)

    def failed(exc: BaseException) -> None:
        progress.close()
        errors.show_error(window, exc, context=label.rstrip("…").lower())

    def step(pct: int, text: str) -> None:
        progress.setValue(pct)
        if text:
            progress.setLabelText(text)

    workers.start(fn, done, failed, step)


def _available(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def import_schedule(window: MainWindow) -> None:
    if not _available("eventplanner.services.exchange"):
        QMessageBox.information(window, tr("Import"), tr(LATER))
        return
    path, _ = QFileDialog.getOpenFileName(window, tr("Import a schedule"), str(last_folder(window.settings)),
                                          tr("Schedules (*.xml *.json);;All files (*)"))
    if not path:
        return
    remember_folder(window.settings, path)

    def done(action: Action) -> None:
        result = action.result
        window.select_event(result.event_id)
        show_report(window, tr("Import finished"), result.lines())

    window.ops.run_long(ImportSchedule(window.ops, path), tr("Importing…"), done)


def import_speakers(window: MainWindow) -> None:
    if not _available("eventplanner.services.speaker_import"):
        QMessageBox.information(window, tr("Import"), tr(LATER))
        return
    path, _ = QFileDialog.getOpenFileName(window, tr("Import speakers"), str(last_folder(window.settings)),
                                          tr("Speaker lists (*.csv *.xlsx);;All files (*)"))
    if not path:
        return
    remember_folder(window.settings, path)
    db = window.ops.db

    def preview(_r: Callable[[int, str], None]) -> Any:
        from eventplanner.services.speaker_import import import_speakers as run

        return run(db, path, apply=False)

    def confirm(result: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Import speakers"), tr("Apply these changes?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
        box.setDetailedText("\n".join(result.lines()))
        box.setInformativeText("\n".join(result.lines()[:2]))
        if box.exec() == QMessageBox.StandardButton.Yes:
            window.ops.run_long(ImportSpeakers(window.ops, path), tr("Importing…"))

    run_long(window, tr("Reading the speaker list…"), preview, confirm)


def show_report(window: QWidget, title: str, lines: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, "\n".join(lines[:6]), QMessageBox.StandardButton.Ok, window)
    if len(lines) > 6:
        box.setDetailedText("\n".join(lines))
    box.exec()


EXPORTS = (
    ("Speaker list (CSV)…", "speakers", "csv"),
    ("Speaker list (Excel)…", "speakers", "xlsx"),
    ("Speaker list (PDF)…", "speakers", "pdf"),
    ("Speaker list (Word)…", "speakers", "docx"),
    ("Schedule (iCalendar)…", "schedule", "ics"),
    ("Schedule (XML)…", "schedule", "xml"),
    ("Schedule (JSON)…", "schedule", "json"),
    None,
    ("Name badges (PDF)…", "badges", "pdf"),
    ("Table cards (PDF)…", "cards", "pdf"),
)
FILE_WORDS = {"speakers": "speakers", "schedule": "schedule", "badges": "badges", "cards": "table-cards"}


def export_menu(window: MainWindow) -> QMenu:
    menu = QMenu(tr("&Export"), window)
    ready = _available("eventplanner.services.exchange")
    for entry in EXPORTS:
        if entry is None:
            menu.addSeparator()
            continue
        label, what, fmt = entry
        action = make_action(window, tr(label), partial(export, window, what, fmt))
        if not ready:
            action.setEnabled(False)
            action.setToolTip(tr(LATER))
        menu.addAction(action)
    menu.setToolTipsVisible(True)
    return menu


def export(window: MainWindow, what: str, fmt: str) -> None:
    event = window.current_event
    if event is None:
        QMessageBox.information(window, tr("Export"), tr("Select an event first."))
        return
    if what == "schedule" and not confirm_despite_conflicts(window, tr("Export")):
        return
    lang = window.settings.programme_language() or None  # Preferences; None: the event's own language
    name = default_name(event.slug, FILE_WORDS[what], lang or event.language, fmt)
    path, _ = ask_save_path(window, window.settings, tr("Export"), name, f"{fmt.upper()} (*.{fmt})")
    if not path:
        return
    db, event_id = window.ops.db, event.id

    remarks: list[str] = []  # e.g. characters a Word file cannot hold, removed

    def work(_r: Callable[[int, str], None]) -> Any:
        from eventplanner.services import exchange

        if what == "speakers":
            return exchange.export_speakers(db, event_id, path, fmt=fmt, lang=lang, warnings=remarks)
        if what in ("badges", "cards"):
            return exchange.export_badges(db, event_id, path, kind=what, lang=lang)
        return exchange.export_schedule(db, event_id, path, fmt=fmt, lang=lang)

    def done(result: Any) -> None:
        announce_saved(window, result)
        if remarks:
            show_report(window, tr("Export"), remarks)

    run_long(window, tr("Exporting…"), work, done)


def confirm_despite_conflicts(window: MainWindow, title: str) -> bool:
    """With conflicts in the agenda, ask before a document goes out; True to go on."""
    found = window.conflicts()
    if not found:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, title,
                      tr("The agenda has {0} conflict(s), for example:\n{1}").format(len(found), found[0].message),
                      QMessageBox.StandardButton.Cancel, window)
    box.setInformativeText(tr("The Problems panel lists them all. Go on anyway?"))
    go_on = box.addButton(tr("Go on"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    return box.clickedButton() is go_on or answer == QMessageBox.StandardButton.Yes


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        tr("About {0}").format(APP_NAME),
        f"<h3>{APP_NAME} {__version__}</h3>"
        + tr("<p>Plan official events and print their programme.</p>")
        + tr("<p><b>Data:</b> {0}<br><b>Logs:</b> {1}</p>").format(window.ops.db.display_name, log_dir())
        + tr("<p>Licensed under the GNU GPL, version 3 or later.</p>"),
    )
