"""Word documents from the GUI: the Preview's and File ▸ Export's "Word document…", and the letterhead
choice in Preferences and the event's details."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from PySide6.QtWidgets import QFileDialog, QLabel

from eventplanner.domain.data import EventData
from eventplanner.services import letterheads
from eventplanner.store.database import Database
from eventplanner.ui.common import workers
from eventplanner.ui.preview.word_export import LetterheadField
from eventplanner.ui.window.main_window import MainWindow
from eventplanner.ui.window.preferences import PreferencesDialog


def _letterhead(path: Path, header: str = "AGENCY LETTERHEAD") -> Path:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = header
    doc.save(str(path))
    return path


def _save_as(monkeypatch: Any, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))


def test_preview_word_document_uses_the_options_shown(qtbot: Any, sample_window: MainWindow, tmp_path: Path,
                                                      monkeypatch: Any) -> None:
    win = sample_window
    win.tabs.setCurrentWidget(win.preview)
    preview = win.preview
    assert preview.word_button.isEnabled()
    preview.form.lang.setCurrentIndex(preview.form.lang.findData("az"))
    target = tmp_path / "programme"  # the suffix is added
    _save_as(monkeypatch, target)
    preview.save_word()
    workers.wait_all(60_000)
    qtbot.waitUntil(lambda: target.with_suffix(".docx").exists(), timeout=60_000)
    texts = [p.text for p in Document(str(target.with_suffix(".docx"))).paragraphs]
    assert "Beynəlxalq Miqrantlar Günü 2021" in texts


def test_file_export_offers_word(qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    win = sample_window
    labels = [a.text() for a in win.menus.export_menu.actions()]
    assert labels[0] == win.menus.word_programme.text()
    assert any("Word" in label and "Speaker" in label for label in labels)
    letterheads.set_letterhead(win.ops.db, _letterhead(tmp_path / "agency.docx"))
    target = tmp_path / "from-menu.docx"
    _save_as(monkeypatch, target)
    win.menus.word_programme.trigger()
    workers.wait_all(60_000)
    qtbot.waitUntil(target.exists, timeout=60_000)
    assert Document(str(target)).sections[0].header.paragraphs[0].text == "AGENCY LETTERHEAD"


def test_preferences_store_the_default_letterhead(qtbot: Any, window: MainWindow, db: Database,
                                                  tmp_path: Path) -> None:
    dialog = PreferencesDialog(window, window.settings, db.display_name, None, db)
    qtbot.addWidget(dialog)
    assert dialog.letterhead is not None
    assert dialog.letterhead.set_file(str(_letterhead(tmp_path / "agency.docx")))
    assert letterheads.default_letterhead(db).file_name == "agency.docx"  # type: ignore[union-attr]
    assert dialog.letterhead.findChild(QLabel, "letterheadName").text() == "agency.docx"
    dialog.letterhead.clear()
    assert letterheads.default_letterhead(db) is None


def test_event_details_letterhead_and_a_bad_file(qtbot: Any, sample_window: MainWindow, sample_event: EventData,
                                                 tmp_path: Path, shown_errors: list[str]) -> None:
    win = sample_window
    win.tabs.setCurrentWidget(win.details)
    field: LetterheadField = win.details.letterhead
    letterheads.set_letterhead(win.ops.db, _letterhead(tmp_path / "agency.docx"))
    field.reload()
    assert "agency.docx" in field.name.text() and not field.remove.isEnabled()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    assert not field.set_file(str(bad))
    assert shown_errors and "bad.docx" in shown_errors[-1]
    assert field.set_file(str(_letterhead(tmp_path / "event.docx", "EVENT")))
    assert field.name.text() == "event.docx" and field.remove.isEnabled()
    assert letterheads.effective_letterhead(win.ops.db, sample_event.id).file_name == "event.docx"  # type: ignore[union-attr]
    # Each change is one undoable step.
    win.ops.stack.undo()
    assert letterheads.letterhead_choice(win.ops.db, sample_event.id).own is None
    assert "agency.docx" in field.name.text()
    win.ops.stack.redo()
    assert field.name.text() == "event.docx"
    field.clear()
    assert "agency.docx" in field.name.text()
    win.ops.stack.undo()
    assert field.name.text() == "event.docx"
