"""`eventplanner translations` and the warning line about untranslated texts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from eventplanner.services import translations as tr
from eventplanner.store.database import open_database


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("EVENTPLANNER_DB", None)
    return subprocess.run([sys.executable, "-m", "eventplanner", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    assert run(path, "demo").returncode == 0
    return path


def _clear(db_file: Path, primary: str, lang: str) -> None:
    db = open_database(db_file)
    try:
        key = next(e.key for e in tr.text_table(db, 1).entries if e.primary == primary)
        tr.set_texts(db, 1, [tr.TextEdit(key, lang, "")])
    finally:
        db.close()


def test_counts_export_and_import(db_file: Path, tmp_path: Path) -> None:
    counts = run(db_file, "translations", "migrants-day-2021")
    assert counts.returncode == 0 and "az  Azerbaijani" in counts.stdout and "0 missing" in counts.stdout
    out = tmp_path / "texts.xlsx"
    written = run(db_file, "translations", "migrants-day-2021", "-o", str(out))
    assert written.returncode == 0, written.stderr
    book = load_workbook(out)
    ws = book["Translations"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 4).value == "Coffee break")
    ws.cell(row, 5).value = "Çay fasiləsi"
    book.save(out)
    dry = run(db_file, "translations", "migrants-day-2021", "--from", str(out), "--dry-run")
    assert dry.returncode == 0 and "Kofe fasiləsi -> Çay fasiləsi" in dry.stdout and "Applied" not in dry.stdout
    done = run(db_file, "translations", "migrants-day-2021", "--from", str(out))
    assert done.returncode == 0 and "Applied 1 change(s)" in done.stdout
    shown = run(db_file, "translations", "migrants-day-2021", "--from", str(out))
    assert "nothing differs" in shown.stdout


def test_a_bad_workbook_exits_2_and_changes_nothing(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "texts.xlsx"
    run(db_file, "translations", "1", "-o", str(out))
    book = load_workbook(out)
    book["Translations"]["A3"] = "slot:424242:title"
    book["Translations"]["E2"] = "Yeni ad"
    book.save(out)
    bad = run(db_file, "translations", "1", "--from", str(out))
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "row 3" in bad.stderr and "Nothing was changed" in bad.stderr
    assert "Yeni ad" not in run(db_file, "show", "1").stdout
    junk = tmp_path / "junk.xlsx"
    junk.write_text("hello")
    assert run(db_file, "translations", "1", "--from", str(junk)).returncode == 2
    assert run(db_file, "translations", "1", "-o", str(tmp_path / "x.csv")).returncode == 2
    assert run(db_file, "translations", "1", "--dry-run").returncode == 2


def test_pdf_warns_about_untranslated_texts_on_one_line(db_file: Path, tmp_path: Path) -> None:
    complete = run(db_file, "pdf", "1", "--lang", "az", "-o", str(tmp_path / "az.pdf"))
    assert complete.returncode == 0 and "translation" not in complete.stderr
    _clear(db_file, "Opening speeches", "ru")
    _clear(db_file, "Harnessing the potential of human mobility", "ru")
    warned = run(db_file, "pdf", "1", "--lang", "ru", "-o", str(tmp_path / "ru.pdf"))
    assert warned.returncode == 0
    lines = [line for line in warned.stderr.splitlines() if "translation" in line]
    assert lines == [
        "warning: 2 texts have no Russian (ru) translation and print in English instead "
        "(`eventplanner translations migrants-day-2021 -o FILE.xlsx` lists every text)"
    ]
    both = run(db_file, "pdf", "1", "--lang", "en", "--second-lang", "ru", "--layout", "side_by_side",
               "-o", str(tmp_path / "enru.pdf"))
    assert both.returncode == 0 and "2 texts have no Russian" in both.stderr
