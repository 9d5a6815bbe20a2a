"""`programme` (alias `pdf`) and `speakers` write Word documents; `letterhead` stores the template."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("EVENTPLANNER_DB", None)
    return subprocess.run([sys.executable, "-m", "eventplanner", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    db = tmp_path / "cli.sqlite3"
    assert run(db, "demo").returncode == 0
    return db


def _letterhead(path: Path) -> Path:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "AGENCY LETTERHEAD"
    doc.save(str(path))
    return path


def test_programme_and_pdf_alias_write_docx(db_file: Path, tmp_path: Path) -> None:
    for command in ("programme", "pdf"):
        out = tmp_path / f"{command}.docx"
        result = run(db_file, command, "migrants-day-2021", "-o", str(out), "--lang", "az", "--second-lang", "ru",
                     "--layout", "side_by_side", "--biographies")
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        doc = Document(str(out))
        assert "Beynəlxalq Miqrantlar Günü 2021" in [p.text for p in doc.paragraphs]
    pdf = tmp_path / "p.pdf"
    assert run(db_file, "programme", "1", "-o", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_letterhead_stored_used_and_overridden(db_file: Path, tmp_path: Path) -> None:
    stored = run(db_file, "letterhead", str(_letterhead(tmp_path / "agency.docx")))
    assert stored.returncode == 0 and "agency.docx" in stored.stdout
    out = tmp_path / "with.docx"
    assert run(db_file, "programme", "1", "-o", str(out)).returncode == 0
    assert Document(str(out)).sections[0].header.paragraphs[0].text == "AGENCY LETTERHEAD"
    assert run(db_file, "programme", "1", "-o", str(out), "--no-letterhead").returncode == 0
    assert Document(str(out)).sections[0].header.paragraphs[0].text != "AGENCY LETTERHEAD"
    shown = run(db_file, "letterhead", "--event", "migrants-day-2021")
    assert "Default letterhead: agency.docx" in shown.stdout and "uses the default" in shown.stdout
    assert "Removed" in run(db_file, "letterhead", "--clear").stdout
    assert "Default letterhead: none" in run(db_file, "letterhead").stdout


def test_bad_input_is_one_line_and_exit_2(db_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    for args in (
        ("programme", "1", "-o", str(tmp_path / "x.docx"), "--letterhead", str(bad)),
        ("programme", "1", "-o", str(tmp_path / "x.pdf"), "--letterhead", str(bad)),
        ("programme", "1", "-o", str(tmp_path / "x.odt")),
        ("programme", "1", "-o", str(tmp_path / "x.docx"), "--description-lines", "4"),
        ("letterhead", str(bad)),
    ):
        result = run(db_file, *args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_removed_characters_are_a_warning(db_file: Path, tmp_path: Path) -> None:
    from eventplanner.services.events import resolve_event, update_event
    from eventplanner.store.database import open_database

    db = open_database(db_file)
    event = resolve_event(db, "1")
    update_event(db, event.id, title="Bad\x01title\x02", expected_version=event.version)
    db.close()
    out = tmp_path / "p.docx"
    result = run(db_file, "programme", "1", "-o", str(out))
    assert result.returncode == 0
    assert "warning: Removed control characters that a Word document cannot hold: U+0001, U+0002" in result.stderr
    assert "Badtitle" in [p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs]
    speakers = run(db_file, "speakers", "1", "-o", str(tmp_path / "s.docx"))
    assert speakers.returncode == 0 and "warning: Removed" in speakers.stderr
