"""The Guests page's Documents menu: each document asks for a file or a folder, then is written by a service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from eventplanner.domain.data import EventData
from eventplanner.ui.common.icons import icon
from eventplanner.ui.common.operations import Operations


def _docs() -> ModuleType:
    """The guest documents service, loaded when a document is first written (not with the main window's menus)."""
    from eventplanner.services import guest_documents

    return guest_documents


def tr(text: str) -> str:
    return QCoreApplication.translate("GuestDocuments", text)


def _file(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, file_filter)
    return Path(chosen) if chosen else None


def _folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title)
    return Path(chosen) if chosen else None


def _run(ops: Operations, parent: QWidget, work: Callable[[], object], done: str) -> None:
    QGuiApplication.setOverrideCursor(QGuiApplication.overrideCursor() or parent.cursor())
    try:
        result = ops.call(work)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if result is not None:
        QMessageBox.information(parent, tr("Guest documents"), done)


def documents_menu(ops: Operations, parent: QWidget, event: Callable[[], EventData | None]) -> QMenu:
    """The menu of guest documents for the event `event()` returns when an entry is chosen."""
    menu = QMenu(tr("Documents"), parent)
    pdf, xlsx, csv = tr("PDF files (*.pdf)"), tr("Excel workbooks (*.xlsx)"), tr("CSV files (*.csv)")
    word = tr("Word documents (*.docx)")

    def entry(text: str, action: Callable[[EventData], None], icon_name: str = "pdf") -> None:
        def run() -> None:
            current = event()
            if current is not None:
                action(current)
        menu.addAction(icon(icon_name), text, run)

    def to_file(title: str, suffix: str, file_filter: str,
                write: Callable[[EventData, Path], object]) -> Callable[[EventData], None]:
        def action(ev: EventData) -> None:
            path = _file(parent, title, f"{ev.slug}-{suffix}", file_filter)
            if path is not None:
                _run(ops, parent, lambda: write(ev, path), tr("Wrote {0}").format(path))
        return action

    entry(tr("List of participants (PDF)…"), to_file(tr("List of participants"), "participants.pdf", pdf,
                                                     lambda ev, p: _docs().export_guest_list(ops.db, ev.id, p)))
    entry(tr("List of participants (Excel)…"), to_file(tr("List of participants"), "participants.xlsx", xlsx,
                                                       lambda ev, p: _docs().export_guest_list(ops.db, ev.id, p)),
          "export")
    entry(tr("List of participants (Word)…"), to_file(tr("List of participants"), "participants.docx", word,
                                                      lambda ev, p: _docs().export_guest_list(ops.db, ev.id, p)),
          "export")
    entry(tr("Guest list (CSV)…"), to_file(tr("Guest list"), "guests.csv", csv,
                                           lambda ev, p: _docs().export_guest_list(ops.db, ev.id, p)), "export")
    entry(tr("Sign-in sheet (PDF)…"), to_file(tr("Sign-in sheet"), "sign-in.pdf", pdf,
                                              lambda ev, p: _docs().export_signin(ops.db, ev.id, p)))
    menu.addSeparator()
    entry(tr("Seating charts (PDF)…"), to_file(tr("Seating charts"), "seating.pdf", pdf,
                                               lambda ev, p: _docs().export_seating(ops.db, ev.id, p)))
    entry(tr("Place cards (PDF)…"), to_file(tr("Place cards"), "place-cards.pdf", pdf,
                                            lambda ev, p: _docs().export_place_cards(ops.db, ev.id, p)))
    menu.addSeparator()
    entry(tr("Invitation letters, merged (PDF)…"), to_file(
        tr("Invitation letters"), "invitations.pdf", pdf, lambda ev, p: _docs().export_invitations(ops.db, ev.id, p)))

    entry(tr("Invitation letters, merged (Word)…"), to_file(
        tr("Invitation letters"), "invitations.docx", word, lambda ev, p: _docs().export_invitations(ops.db, ev.id, p)),
        "export")

    def per_guest(ev: EventData) -> None:
        folder = _folder(parent, tr("Folder for one letter per guest"))
        if folder is not None:
            _run(ops, parent, lambda: _docs().export_invitations(ops.db, ev.id, None, one_per_guest=folder),
                 tr("Wrote the letters into {0}").format(folder))

    entry(tr("Invitation letters, one PDF per guest…"), per_guest)

    def reminders(ev: EventData) -> None:
        folder = _folder(parent, tr("Folder for the reminder drafts"))
        if folder is not None:
            _run(ops, parent, lambda: _docs().write_reminders(ops.db, ev.id, folder),
                 tr("Wrote reminder drafts (.eml) into {0}. Open them in your mail program to send them.").format(
                     folder))

    entry(tr("Reminders to guests without an answer (.eml)…"), reminders, "export")
    menu.addSeparator()
    entry(tr("Certificates of participation (PDF)…"), to_file(
        tr("Certificates"), "certificates.pdf", pdf, lambda ev, p: _docs().export_certificates(ops.db, ev.id, p)))
    return menu
