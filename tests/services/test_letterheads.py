"""Letterheads: a default and one per event, stored in the database, carried by backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ValidationError
from eventplanner.services import letterheads
from eventplanner.services.documents import write_programme_docx
from eventplanner.services.events import delete_event
from eventplanner.store.database import Database, open_database


def _template(path: Path, header: str) -> Path:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = header
    doc.save(str(path))
    return path


def _header_of(path: Path) -> str:
    return str(Document(str(path)).sections[0].header.paragraphs[0].text)


def test_event_letterhead_wins_over_the_default(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    from eventplanner.exports.programme import ProgrammeOptions

    assert letterheads.effective_letterhead(db, sample_event.id) is None
    letterheads.set_letterhead(db, _template(tmp_path / "agency.docx", "AGENCY"))
    assert letterheads.effective_letterhead(db, sample_event.id).file_name == "agency.docx"  # type: ignore[union-attr]
    letterheads.set_letterhead(db, _template(tmp_path / "event.docx", "EVENT"), sample_event.id)
    choice = letterheads.letterhead_choice(db, sample_event.id)
    assert choice.own is not None and choice.default is not None and choice.effective is choice.own
    out = tmp_path / "p.docx"
    write_programme_docx(db, sample_event.id, out, ProgrammeOptions())
    assert _header_of(out) == "EVENT"
    assert letterheads.clear_letterhead(db, sample_event.id)
    write_programme_docx(db, sample_event.id, out, ProgrammeOptions())
    assert _header_of(out) == "AGENCY"
    write_programme_docx(db, sample_event.id, out, ProgrammeOptions(), use_letterhead=False)
    assert _header_of(out) != "AGENCY"
    # Setting the default again replaces it (one default row).
    letterheads.set_letterhead(db, _template(tmp_path / "agency2.docx", "AGENCY 2"))
    assert letterheads.default_letterhead(db).file_name == "agency2.docx"  # type: ignore[union-attr]


def test_bad_files_are_refused_and_nothing_changes(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ValidationError, match=r"bad\.docx"):
        letterheads.set_letterhead(db, bad, sample_event.id)
    with pytest.raises(ValidationError, match="Word document"):
        letterheads.set_letterhead(db, tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="cannot be read"):
        letterheads.set_letterhead(db, tmp_path / "missing.docx")
    assert letterheads.letterhead_choice(db, sample_event.id).effective is None


def test_deleting_the_event_deletes_its_letterhead(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    letterheads.set_letterhead(db, _template(tmp_path / "e.docx", "E"), sample_event.id)
    delete_event(db, sample_event.id)
    from sqlalchemy import func, select

    from eventplanner.store.models_letterhead import LetterheadRow

    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(LetterheadRow)) == 0


def test_backup_and_restore_carry_letterheads(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    from eventplanner.store.backup import backup
    from eventplanner.store.restore import restore

    letterheads.set_letterhead(db, _template(tmp_path / "agency.docx", "AGENCY"))
    for name in ("copy.sqlite3", "copy.json"):
        target = backup(db, tmp_path / name)
        other = open_database(tmp_path / f"other-{name}.sqlite3")
        try:
            restore(other, target)
            stored = letterheads.default_letterhead(other)
            assert stored is not None and stored.file_name == "agency.docx"
            assert stored.content == (tmp_path / "agency.docx").read_bytes()
        finally:
            other.close()
