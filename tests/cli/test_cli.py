"""The command line through a real subprocess on a temporary database."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("EVENTPLANNER_DB", None)
    return subprocess.run([sys.executable, "-m", "eventplanner", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def test_demo_events_show_check(db_file: Path):
    first = run(db_file, "demo")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "migrants-day-2021"
    assert run(db_file, "demo").stdout.strip() == "migrants-day-2021"  # idempotent
    listing = run(db_file, "events")
    assert "migrants-day-2021" in listing.stdout and "2021-12-18" in listing.stdout
    shown = run(db_file, "show", "migrants-day-2021")
    assert shown.returncode == 0
    for text in ("10:00–10:10", "WELCOME SPEECH", "Vusal Huseynov", "II rank state migration service counselor",
                 "Antonio Vitorino", "COFFEE BREAK"):
        assert text in shown.stdout
    check = run(db_file, "check", "1")
    assert check.returncode == 0 and "No conflicts" in check.stdout


def test_check_exits_1_on_conflicts(db_file: Path):
    assert run(db_file, "demo").returncode == 0
    from eventplanner.services import agenda
    from eventplanner.store.database import open_database

    db = open_database(db_file)
    first = agenda.list_slots(db, 1)[0]
    agenda.update_slot(db, first.id, duration_minutes=30)
    db.close()
    check = run(db_file, "check", "migrants-day-2021")
    assert check.returncode == 1
    assert "overlap" in check.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (("show", "no-such-event"), "No event"),
        (("frobnicate",), "invalid choice"),
        (("pdf", "1"), "required"),
    ],
)
def test_bad_usage_exits_2_with_one_line(db_file: Path, args: tuple[str, ...], message: str):
    assert run(db_file, "demo").returncode == 0
    result = run(db_file, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_foreign_file_is_refused_and_untouched(tmp_path: Path):
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"these are my notes, not a database\n" * 10)
    before = foreign.read_bytes()
    result = run(foreign, "events")
    assert result.returncode == 2
    assert "not an Event Planner database" in result.stderr
    assert foreign.read_bytes() == before


def test_help_lists_the_commands(db_file: Path):
    result = run(db_file, "--help")
    assert result.returncode == 0
    for command in ("demo", "events", "show", "check", "pdf", "speakers", "export", "import", "backup", "restore"):
        assert command in result.stdout
