"""The command line's rules: no database by accident, no output over the database, one line per refusal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hardening_helpers import cli, fingerprint, refused

READERS = [("events",), ("show", "1"), ("check", "1"), ("pdf", "1", "-o", "{out}/p.pdf"),
           ("speakers", "1", "-o", "{out}/s.csv"), ("badges", "1", "-o", "{out}/b.pdf"),
           ("export", "1", "-o", "{out}/e.json"), ("backup", "-o", "{out}/b.sqlite3"),
           ("runsheet", "1", "-o", "{out}/r.pdf"), ("timings", "1", "-o", "{out}/t.csv"),
           ("guests", "1", "-o", "{out}/g.csv"), ("seating", "1", "-o", "{out}/s.pdf")]


@pytest.mark.parametrize("args", READERS, ids=lambda a: a[0])
def test_a_missing_database_is_refused_and_nothing_is_created(tmp_path: Path, args: tuple[str, ...]) -> None:
    missing = tmp_path / "mistyped" / "dir" / "x.sqlite3"
    line = refused(cli("--db", str(missing), *(a.format(out=tmp_path) for a in args)))
    assert "There is no database" in line
    assert not (tmp_path / "mistyped").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_demo_import_and_restore_may_create(tmp_path: Path, demo_db: Path) -> None:
    backup = tmp_path / "copy.sqlite3"
    assert cli("--db", str(demo_db), "backup", "-o", str(backup)).code == 0
    fresh = tmp_path / "new" / "restored.sqlite3"
    assert cli("--db", str(fresh), "restore", str(backup)).code == 0
    assert cli("--db", str(fresh), "events").out.count("migrants-day-2021") == 1


def test_a_failed_creating_command_leaves_no_database(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    target = tmp_path / "new.sqlite3"
    refused(cli("--db", str(target), "import", str(broken)))
    assert not target.exists() and not (tmp_path / "new.sqlite3-wal").exists()
    refused(cli("--db", str(target), "restore", str(tmp_path / "no-such-backup.json")))
    assert not target.exists()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("command", ["pdf", "speakers", "badges", "export", "backup"])
def test_no_writer_replaces_the_open_database(tmp_path: Path, suffix: str, command: str) -> None:
    # The database is named like the output so that the suffix checks pass and only the new guard stops it.
    ext = {"pdf": ".pdf", "speakers": ".csv", "badges": ".pdf", "export": ".json", "backup": ".sqlite3"}[command]
    db = tmp_path / f"plan{ext}"
    assert cli("--db", str(db), "demo").code == 0
    target = db.with_name(db.name + suffix)
    if suffix:
        target = tmp_path / f"plan{ext}{suffix}"
    before = fingerprint(db)
    args = [command, "-o", str(target)] if command == "backup" else [command, "1", "-o", str(target)]
    outcome = cli("--db", str(db), *args)
    if suffix and command != "backup":
        # "plan.pdf-wal" fails the suffix check first: refused all the same
        refused(outcome)
    else:
        assert "open database" in refused(outcome)
    assert fingerprint(db) == before
    assert cli("--db", str(db), "events").code == 0


def test_a_link_or_second_name_of_the_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "plan.pdf"
    assert cli("--db", str(db), "demo").code == 0
    before = fingerprint(db)
    link = tmp_path / "link.pdf"
    link.symlink_to(db)
    hard = tmp_path / "hard.pdf"
    os.link(db, hard)
    for target in (link, hard):
        assert "open database" in refused(cli("--db", str(db), "pdf", "1", "-o", str(target)))
    assert fingerprint(db) == before


@pytest.mark.parametrize("name", ["what?x=1.sqlite3", "100%20percent.sqlite3", "a#b.sqlite3", "semi;colon&.sqlite3"])
def test_a_database_path_means_exactly_that_file(tmp_path: Path, name: str) -> None:
    db = tmp_path / name
    assert cli("--db", str(db), "demo").code == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [name]
    assert "migrants-day-2021" in cli("--db", str(db), "events").out


@pytest.mark.parametrize("value", ["://", "postgresql+nosuchdriver://x/y", "/dev/null", "\x00"])
def test_odd_database_values_get_one_line(value: str) -> None:
    refused(cli("--db", value, "events"))


ODD_REFS = ["99999999999999999999999", str(2**63), "²", "1" * 5000, "\udcff", "a\x00b", "x" * 10000]


@pytest.mark.parametrize("ref", ODD_REFS)
def test_odd_event_references_get_one_line(demo_db: Path, ref: str) -> None:
    assert "No event" in refused(cli("--db", str(demo_db), "show", ref))


def test_an_internal_error_is_one_line_naming_the_log_and_exit_3(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventplanner import cli_commands

    def boom(_args: object) -> int:
        raise RuntimeError("a bug, not the user's fault")

    monkeypatch.setitem(cli_commands.COMMANDS, "events", boom)
    line = refused(cli("--db", str(demo_db), "events"), code=3)
    assert "internal error (RuntimeError)" in line
    log_file = Path(line.rsplit(" in ", 1)[1])
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "a bug, not the user's fault" in text


def test_cli_and_its_commands_import_no_cycle() -> None:
    code = ("import sys, eventplanner.cli_commands; "
            "assert 'eventplanner.cli' not in sys.modules, 'cli_commands imports cli'")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ})


def test_help_states_the_rules() -> None:
    from eventplanner.cli import build_parser

    text = build_parser().format_help()
    assert "Only demo, import and restore create a database" in text
    assert "3 an unexpected internal error" in text


def test_the_gui_writers_refuse_the_database_too(demo_db: Path) -> None:
    from datetime import date

    from eventplanner.domain.errors import ValidationError
    from eventplanner.services import documents
    from eventplanner.store.database import open_database

    db = open_database(demo_db)
    try:
        before = fingerprint(demo_db)
        wal = demo_db.with_name(demo_db.name + "-wal")
        for call in (lambda: documents.save_document(db, demo_db, b"%PDF-1.4"),
                     lambda: documents.write_wallchart_file(db, 1, wal, date(2021, 12, 18)),
                     lambda: documents.write_programme_file(db, 1, demo_db),
                     lambda: documents.write_badges(db, 1, demo_db),
                     lambda: documents.write_speaker_list(db, 1, demo_db, fmt="csv"),
                     lambda: documents.write_schedule(db, 1, demo_db, fmt="json")):
            with pytest.raises(ValidationError, match="open database"):
                call()
        pdf, warnings = documents.render_programme_document(db, 1)
        assert pdf.startswith(b"%PDF") and warnings == []
    finally:
        db.close()
    assert fingerprint(demo_db) == before
