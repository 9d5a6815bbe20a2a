"""Guest commands through a real subprocess: documents written, bad usage exits 2 with one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("EVENTPLANNER_DB", None)
    return subprocess.run([sys.executable, "-m", "eventplanner", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=180)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    db = tmp_path / "cli.sqlite3"
    assert run(db, "demo").returncode == 0
    return db


def test_guest_documents_from_the_command_line(demo: Path, tmp_path: Path) -> None:
    letters = tmp_path / "letters"
    letters.mkdir()
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    commands = [
        ("guests", "migrants-day-2021", "-o", str(tmp_path / "g.xlsx")),
        ("guests", "migrants-day-2021", "-o", str(tmp_path / "g.pdf")),
        ("guests", "migrants-day-2021", "-o", str(tmp_path / "g.docx")),
        ("invitations", "migrants-day-2021", "-o", str(tmp_path / "i.docx"), "--lang", "az"),
        ("invitations", "migrants-day-2021", "-o", str(tmp_path / "i.pdf"), "--lang", "ru",
         "--one-per-guest", str(letters)),
        ("reminders", "migrants-day-2021", "-o", str(drafts)),
        ("seating", "migrants-day-2021", "-o", str(tmp_path / "s.pdf")),
        ("placecards", "migrants-day-2021", "-o", str(tmp_path / "c.pdf"), "--host-lang", "az"),
        ("signin", "migrants-day-2021", "-o", str(tmp_path / "x.pdf"), "--blank-rows", "3"),
        ("certificates", "migrants-day-2021", "-o", str(tmp_path / "z.pdf"), "--second-lang", "ru"),
    ]
    for args in commands:
        done = run(demo, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert done.stdout.startswith("Wrote "), done.stdout
    assert "Приглашение" in (PdfReader(tmp_path / "i.pdf").pages[0].extract_text() or "")
    assert len(list(drafts.glob("*.eml"))) == 4
    assert len(list(letters.glob("*.pdf"))) == len(PdfReader(tmp_path / "i.pdf").pages)


def test_import_guests_dry_run_then_apply(demo: Path, tmp_path: Path) -> None:
    table = tmp_path / "g.csv"
    table.write_text("Name,Organization,RSVP\nH.E. Marco Rossi,Embassy of Italy in Baku,yes\n", encoding="utf-8")
    dry = run(demo, "import", str(table), "--guests", "--event", "migrants-day-2021", "--dry-run")
    assert dry.returncode == 0 and dry.stdout.startswith("Preview of g.csv") and "+ H.E. Marco Rossi" in dry.stdout
    done = run(demo, "import", str(table), "--guests", "--event", "migrants-day-2021")
    assert done.returncode == 0 and done.stdout.startswith("Imported g.csv")
    again = run(demo, "import", str(table), "--guests", "--event", "migrants-day-2021", "--dry-run")
    assert "0 to add, 0 to update, 1 unchanged" in again.stdout


@pytest.mark.parametrize("args, message", [
    (("guests", "migrants-day-2021", "-o", "x.doc"), "use one of .csv, .xlsx, .pdf, .docx"),
    (("invitations", "migrants-day-2021"), "name the output"),
    (("invitations", "migrants-day-2021", "--one-per-guest", "/nonexistent/dir"), "does not exist"),
    (("reminders", "migrants-day-2021", "-o", "/nonexistent/dir"), "does not exist"),
    (("signin", "migrants-day-2021", "-o", "x.pdf", "--blank-rows", "9999"), "0 to 500"),
    (("certificates", "migrants-day-2021", "-o", "x.pdf", "--signature", "/no/such.png"), "no signature image"),
    (("seating", "no-such-event", "-o", "x.pdf"), "no-such-event"),
    (("import", "g.csv", "--guests"), "--guests needs --event"),
])
def test_bad_usage_exits_2_with_one_line(demo: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    (tmp_path / "g.csv").write_text("Name\nA B\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "eventplanner", "--db", str(demo), *args], capture_output=True,
                          text=True, cwd=tmp_path, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
