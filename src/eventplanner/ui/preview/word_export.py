"""Word documents from the GUI: "Word document…" in the Preview and File ▸ Export, and the letterhead choice
(Preferences for the default, the event's details for its own). The work runs in a worker; warnings (a logo
skipped, characters a Word file cannot hold) are shown once the file is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import DomainError
from eventplanner.store.database import Database
from eventplanner.ui.common import errors
from eventplanner.ui.common.operations import Action, Operations
from eventplanner.ui.common.saved import announce_saved, ask_save_path, default_name
from eventplanner.ui.common.settings import Settings
from eventplanner.ui.window.file_ops import run_long

if TYPE_CHECKING:
    from eventplanner.exports.programme.options import ProgrammeOptions
    from eventplanner.ui.window.main_window import MainWindow

LANGS = ("en", "az", "ru")


def tr(text: str) -> str:
    return QCoreApplication.translate("word_export", text)


def default_options(window: MainWindow, event: EventData) -> ProgrammeOptions:
    """File ▸ Export without the Preview: the Preview's options when it is open, else Preferences' defaults."""
    from eventplanner.exports.programme.options import ProgrammeOptions

    preview = window.built("preview")
    if preview is not None:
        return preview.options()  # type: ignore[no-any-return]
    lang = window.settings.programme_language() or event.language
    return ProgrammeOptions(paper=window.settings.default_paper(), lang=lang if lang in LANGS else "en")  # type: ignore[arg-type]


def ask_path(parent: QWidget, event: EventData, langs: str = "") -> str:
    """Where to save: in the last folder (the window's settings), named after the event and the language(s)."""
    name = default_name(event.slug, "programme", langs, "docx")
    window = parent.window()
    settings = getattr(window, "settings", None)
    if isinstance(settings, Settings):
        path, _ = ask_save_path(parent, settings, tr("Save the programme as a Word document"), name,
                                tr("Word documents (*.docx)"))
    else:
        path, _ = QFileDialog.getSaveFileName(parent, tr("Save the programme as a Word document"),
                                              str(Path.home() / name), tr("Word documents (*.docx)"))
    if path and Path(path).suffix.lower() != ".docx":
        path += ".docx"
    return path


def export_programme(parent: QWidget, db: Database, event: EventData, options: ProgrammeOptions,
                     path: str | None = None, status: Callable[[str], None] | None = None) -> None:
    """Write the programme as .docx (asking where, unless `path`), in the stored letterhead if there is one."""
    langs = "-".join(code for code in (options.lang, options.second_lang) if code)
    path = path or ask_path(parent, event, langs)
    if not path:
        return
    event_id = event.id

    def work(report: Callable[[int, str], None]) -> Any:
        from eventplanner.services.documents import write_programme_docx

        report(20, tr("Writing the Word document…"))
        return write_programme_docx(db, event_id, path, options)

    def done(warnings: list[str]) -> None:
        window = parent.window()
        if isinstance(window, QMainWindow):
            announce_saved(window, path)  # with Open and Show in folder
        elif status is not None:
            status(tr("Programme saved to {0}").format(path))
        if warnings:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Word document"),
                              tr("The Word document was saved, with remarks:"), QMessageBox.StandardButton.Ok,
                              parent)
            box.setInformativeText("\n".join(warnings[:4]))
            if len(warnings) > 4:
                box.setDetailedText("\n".join(warnings))
            box.exec()

    run_long(parent, tr("Writing the Word document…"), work, done)


def export_from_window(window: MainWindow) -> None:
    """File ▸ Export ▸ Programme (Word document)…"""
    event = window.current_event
    if event is None:
        QMessageBox.information(window, tr("Word document"), tr("Select an event first."))
        return
    try:
        options = default_options(window, event)
    except DomainError as exc:
        errors.show_domain_error(window, exc)
        return
    export_programme(window, window.ops.db, event, options,
                     status=lambda text: window.statusBar().showMessage(text, 8000))


class SetLetterhead(Action):
    """The event's letterhead replaced or removed (`after` None), as one undoable step through the runner."""

    def __init__(self, ops: Operations, event_id: int, after: tuple[bytes, str] | None) -> None:
        text = tr("Set the letterhead to {0}").format(after[1]) if after else tr("Remove the event's letterhead")
        super().__init__(ops, text)
        self.event_id, self.after = event_id, after

    def forward(self) -> None:
        from eventplanner.services import letterheads

        if self.after is None:
            letterheads.clear_letterhead(self.db, self.event_id)
        else:
            letterheads.store_letterhead(self.db, self.after[0], self.after[1], self.event_id)


class LetterheadField(QWidget):
    """The letterhead Word documents are written into: its file name, Choose… and Remove.

    With `event_id` None it is the default for every event (Preferences); otherwise the event's own, which
    wins over the default (event details). Changes are stored in the database at once; with `ops` (the event's
    details) each is one undoable step.
    """

    changed = Signal()

    def __init__(self, db: Database, event_id: int | None = None, per_event: bool = False,
                 ops: Operations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ops = ops  # with it, an event's letterhead changes through the undo stack
        self.event_id = event_id
        self.per_event = per_event or event_id is not None
        self.name = QLabel()
        self.name.setObjectName("letterheadName")
        self.name.setWordWrap(True)
        self.choose = QPushButton(tr("Ch&oose…"))
        self.choose.setToolTip(tr("A Word document (.docx or .dotx) with your letterhead, margins and styles"))
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(tr("Use the de&fault") if self.per_event else tr("Re&move"))
        self.remove.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        self.reload()

    def set_target(self, db: Database, event_id: int | None) -> None:
        self.db, self.event_id = db, event_id
        self.reload()

    def reload(self) -> None:
        from eventplanner.services import letterheads

        if self.per_event and self.event_id is None:
            self.name.setText("")
            self.choose.setEnabled(False)
            self.remove.setEnabled(False)
            return
        try:
            if self.event_id is None:
                own, default = letterheads.default_letterhead(self.db), None
            else:
                choice = letterheads.letterhead_choice(self.db, self.event_id)
                own, default = choice.own, choice.default
        except DomainError:
            own = default = None
        if own is not None:
            self.name.setText(own.file_name)
        elif default is not None:
            self.name.setText(tr("The default: {0}").format(default.file_name))
        else:
            self.name.setText(tr("None (a plain page)"))
        self.remove.setEnabled(own is not None and not self.db.read_only)
        self.choose.setEnabled(not self.db.read_only)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a letterhead"), str(Path.home()),
                                              tr("Word documents (*.docx *.dotx)"))
        if path:
            self.set_file(path)

    def _own(self) -> tuple[bytes, str] | None:
        from eventplanner.services import letterheads

        if self.event_id is None:
            return None
        own = letterheads.letterhead_choice(self.db, self.event_id).own
        return (own.content, own.file_name) if own else None

    def set_file(self, path: str) -> bool:
        from eventplanner.services.letterheads import read_letterhead_file, set_letterhead

        try:
            if self.ops is not None and self.event_id is not None:
                blob, name = read_letterhead_file(path)
                if not self.ops.run(SetLetterhead(self.ops, self.event_id, (blob, name))):
                    return False
            else:
                set_letterhead(self.db, path, self.event_id)
        except DomainError as exc:
            errors.show_domain_error(self, exc, tr("Letterhead"))
            return False
        except Exception as exc:
            errors.show_unexpected_error(self, exc, context=tr("storing the letterhead"))
            return False
        self.reload()
        self.changed.emit()
        return True

    def clear(self) -> None:
        from eventplanner.services.letterheads import clear_letterhead

        try:
            if self.ops is not None and self.event_id is not None:
                before = self._own()
                if before is None or not self.ops.run(SetLetterhead(self.ops, self.event_id, None)):
                    return
            else:
                clear_letterhead(self.db, self.event_id)
        except DomainError as exc:
            errors.show_domain_error(self, exc, tr("Letterhead"))
            return
        self.reload()
        self.changed.emit()
