"""Formats through the command line: programme, speaker lists, schedules, imports, refusals."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "schedule-format" / "samples"


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventplanner", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=180)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "cli.sqlite3"
    assert run(db, "demo").returncode == 0
    return db


def test_pdf_command_writes_the_programme(demo_db: Path, tmp_path: Path):
    out = tmp_path / "programme.pdf"
    result = run(demo_db, "pdf", "migrants-day-2021", "-o", str(out), "--lang", "ru")
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "18 декабря 2021" in text.casefold()
    assert "Г-н Вусал Гусейнов" in text and "Vusal" not in text


def test_pdf_refuses_unknown_suffix_and_leaves_nothing(demo_db: Path, tmp_path: Path):
    out = tmp_path / "programme.odt"  # .pdf and .docx are written; anything else is refused
    result = run(demo_db, "pdf", "1", "-o", str(out))
    assert result.returncode == 2 and ".pdf" in result.stderr and ".docx" in result.stderr
    assert not out.exists()


def test_speakers_csv_has_bom_and_all_speakers(demo_db: Path, tmp_path: Path):
    out = tmp_path / "speakers.csv"
    assert run(demo_db, "speakers", "1", "-o", str(out)).returncode == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    for name in ("Huseynov", "Aliyeva", "Gjorgjiev", "Andreeva", "Vitorino", "Prentice", "Pinjo"):
        assert name in text


def test_export_json_and_reimport_into_empty_database(demo_db: Path, tmp_path: Path):
    out = tmp_path / "schedule.json"
    assert run(demo_db, "export", "migrants-day-2021", "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schedule"]["conference"]["title"] == "International Migrants Day 2021"
    fresh = tmp_path / "fresh.sqlite3"
    result = run(fresh, "import", str(out))
    assert result.returncode == 0, result.stderr
    assert "Slots: 6 created" in result.stdout
    shown = run(fresh, "show", "1").stdout
    assert "Vusal Huseynov" in shown and "10:45–11:00" in shown


def test_import_real_sample(tmp_path: Path):
    db = tmp_path / "import.sqlite3"
    result = run(db, "import", str(SAMPLES / "lswt2019.xml"))
    assert result.returncode == 0, result.stderr
    assert "Slots: 31 created" in result.stdout
    assert "People: 22 created" in result.stdout


@pytest.mark.parametrize("name, content", [
    ("truncated.json", b'{"schedule": {"conference": {"title": "X", "days": ['),
    ("image.xml", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ("other.json", b'{"hello": "world"}'),
])
def test_import_refuses_non_schedules_and_changes_nothing(tmp_path: Path, name: str, content: bytes):
    db = tmp_path / "import.sqlite3"
    assert run(db, "demo").returncode == 0
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run(db, "import", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert run(db, "events").stdout.count("\n") == 1
