"""Data is never lost or silently misplaced: set-up, leftovers, restores, concurrent imports, read-only media."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hardening_helpers import cli, fingerprint, integrity_ok, refused
from sqlalchemy import func, select

from eventplanner.domain.errors import StoreError
from eventplanner.store import database as database_mod
from eventplanner.store import migrate
from eventplanner.store.backup import backup
from eventplanner.store.database import open_database
from eventplanner.store.models import EventRow, OrganizationRow, PersonRow, RoomRow, SlotRow

# --- first set-up ------------------------------------------------------------------------------------------


def _fail_after_the_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let Alembic create every table, then fail before the version row is written (a full disk)."""
    from alembic.runtime.migration import MigrationContext

    def no_space(*_args: Any, **_kwargs: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(MigrationContext, "_ensure_version_table", lambda self, purge=False: None)
    monkeypatch.setattr(MigrationContext, "stamp", no_space, raising=False)
    from alembic.runtime import migration

    monkeypatch.setattr(migration.HeadMaintainer, "update_to_step", no_space)


def test_an_interrupted_first_set_up_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_after_the_tables(monkeypatch)
    target = tmp_path / "new" / "plan.sqlite3"
    with pytest.raises(StoreError, match="nothing was set up"):
        open_database(target)
    assert not (tmp_path / "new").exists()


def test_an_interrupted_set_up_of_an_empty_file_leaves_it_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.sqlite3"
    target.touch()
    _fail_after_the_tables(monkeypatch)
    with pytest.raises(StoreError):
        open_database(target)
    monkeypatch.undo()
    conn = sqlite3.connect(target)
    tables = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    conn.close()
    assert tables == []  # the tables were rolled back with the version: never a half-set-up file
    db = open_database(target)  # and the next open sets it up completely
    db.close()


def test_a_refused_file_keeps_its_journal_mode(tmp_path: Path, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    src = sqlite3.connect(demo_db)
    dst = sqlite3.connect(path)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")
    dst.execute("UPDATE alembic_version SET version_num='0000'")  # an old revision that cannot be upgraded
    dst.commit()
    dst.close()
    src.close()
    before = fingerprint(path)
    monkeypatch.setattr(migrate, "known_revisions", lambda: {"0000", migrate.head_revision()})
    with pytest.raises(StoreError):
        open_database(path)
    for old in tmp_path.glob("old.before-upgrade-*"):
        old.unlink()
    assert fingerprint(path) == before
    assert not (tmp_path / "old.sqlite3-wal").exists()


def test_a_foreign_database_with_a_version_table_is_called_foreign(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE alembic_version (version_num TEXT); INSERT INTO alembic_version VALUES "
                       "('3f2a9c1b7d4e'); CREATE TABLE events (id INTEGER);")
    conn.close()
    before = fingerprint(path)
    line = refused(cli("--db", str(path), "events"))
    assert "another program" in line and "newer version" not in line
    assert fingerprint(path) == before


# --- leftovers -----------------------------------------------------------------------------------------------


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftovers_of_killed_backups_and_restores_are_cleaned_at_the_next_open(demo_db: Path) -> None:
    dead = _dead_pid()
    partial = demo_db.parent / f".copy.sqlite3.{dead}.partial"
    partial.write_bytes(b"half a backup")
    mine = demo_db.parent / f".copy.sqlite3.{os.getpid()}.partial"
    mine.write_bytes(b"a backup being written right now")
    scratch = Path(tempfile.mkdtemp(prefix=f"eventplanner-restore-{dead}-"))
    (scratch / "restore.sqlite3").write_bytes(b"x")
    db = open_database(demo_db)
    db.close()
    assert not partial.exists() and not scratch.exists()
    assert mine.exists()


# --- restore validates every row -----------------------------------------------------------------------------


def _dump(db_path: Path, tmp_path: Path) -> dict[str, Any]:
    db = open_database(db_path)
    target = backup(db, tmp_path / "dump.json")
    db.close()
    return json.loads(target.read_text(encoding="utf-8"))


def _set(doc: dict[str, Any], table: str, column: str, value: Any) -> dict[str, Any]:
    entry = doc["tables"][table]
    entry["rows"][0][entry["columns"].index(column)] = value
    return doc


HOSTILE_ROWS = [
    ("slots", "kind", "juggling"),
    ("slot_participants", "role", "puppeteer"),
    ("event_organizations", "role", "overlord"),
    ("organizations", "kind", "cartel"),
    ("slots", "start", "9999-12-31T23:00:00"),
    ("events", "start_date", "0001-01-01"),
    ("slots", "duration_minutes", "ninety"),
    ("slots", "duration_minutes", -30),
    ("slots", "duration_minutes", 10**30),
    ("events", "translations", {"az": "not a mapping"}),
    ("events", "translations", {"xx": {"title": "?"}}),
    ("events", "translations", [1, 2]),
    ("events", "title", "nul\x00inside"),
    ("events", "title", "lone \ud800 surrogate"),
    ("events", "timezone", "Mars/Olympus_Mons"),
    ("events", "status", "published"),
    ("people", "honorific", "H" * 200),
    ("slots", "title", {"nested": True}),
    ("organizations", "name_key", "not the key of its name"),
    ("organizations", "name", "Renamed by hand, its key left behind"),
]


@pytest.mark.parametrize("table, column, value", HOSTILE_ROWS, ids=lambda v: str(v)[:20])
def test_restore_refuses_rows_the_application_cannot_read(
    demo_db: Path, tmp_path: Path, table: str, column: str, value: Any
) -> None:
    dump = tmp_path / "edited.json"
    dump.write_text(json.dumps(_set(_dump(demo_db, tmp_path), table, column, value)), encoding="utf-8")
    before = fingerprint(demo_db)
    line = refused(cli("--db", str(demo_db), "restore", str(dump)))
    assert "Nothing was restored" in line
    assert fingerprint(demo_db) == before
    assert cli("--db", str(demo_db), "show", "1").code == 0


def test_restore_refuses_a_bad_row_in_an_sqlite_backup_too(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert cli("--db", str(demo_db), "backup", "-o", str(copy)).code == 0
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE slots SET kind = 'juggling', duration_minutes = 'long' WHERE id = 1")
    conn.commit()
    conn.close()
    before = fingerprint(demo_db)
    assert "slot_kind" not in refused(cli("--db", str(demo_db), "restore", str(copy)))
    assert fingerprint(demo_db) == before


def test_restore_refuses_a_deeply_nested_file_in_one_line(demo_db: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "eventplanner-backup/1", "tables": ' + "[" * 100_000 + "]" * 100_000 + "}")
    before = fingerprint(demo_db)
    refused(cli("--db", str(demo_db), "restore", str(deep)))
    assert fingerprint(demo_db) == before and integrity_ok(demo_db)


# --- concurrent imports ----------------------------------------------------------------------------------------

RACER = textwrap.dedent("""
    import sys, time, pathlib
    from eventplanner.store.database import Database, open_database
    from eventplanner.services.exchange import import_schedule
    from eventplanner.services.speaker_import import import_speakers
    url, path, go, event, what, lock = sys.argv[1:7]
    if lock == "nolock":  # only the unique name indexes stand between the two imports
        Database._lock = lambda self, s: None
    db = open_database(url)
    data = pathlib.Path(path).read_bytes()
    while not pathlib.Path(go).exists():
        time.sleep(0.002)
    if what == "speakers":
        preview = import_speakers(db, path)
        print(len(preview.create), len(preview.organizations_created))
    else:
        report = import_schedule(db, data, None if event == "new" else int(event))
        print(report.event_id, report.rooms_created, report.people_created)
""")


def _schedule(rooms: int = 3, slots: int = 120) -> bytes:
    by_room: dict[str, list[dict[str, Any]]] = {f"Room {r}": [] for r in range(rooms)}
    for n in range(slots):
        by_room[f"Room {n % rooms}"].append({
            "title": f"Talk {n}", "start": f"{9 + n // rooms % 10:02d}:{(n * 7) % 60:02d}", "duration": "00:05",
            "persons": [{"public_name": f"Speaker Number{n}"}, {"public_name": f"Second Person{n}"}]})
    doc = {"schedule": {"conference": {"title": "Race", "acronym": "race", "start": "2030-05-01",
                                       "end": "2030-05-01", "time_zone_name": "Europe/Berlin",
                                       "days": [{"date": "2030-05-01", "rooms": by_room}]}}}
    return json.dumps(doc).encode()


def _speakers(rows: int = 200, organizations: int = 7) -> bytes:
    lines = ["Given name,Family name,Organization"]
    lines += [f"Person{n},Family{n},Organization {n % organizations}" for n in range(rows)]
    return "\n".join(lines).encode()


def _race(url: str, tmp_path: Path, event: str, what: str = "schedule", lock: str = "lock") -> list[str]:
    tmp_path.mkdir(exist_ok=True)
    schedule = tmp_path / ("race.csv" if what == "speakers" else "race.json")
    schedule.write_bytes(_speakers() if what == "speakers" else _schedule())
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [subprocess.Popen([sys.executable, "-c", RACER, url, str(schedule), str(go), event, what, lock],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    import time

    time.sleep(1.5)  # both have opened the database and are waiting
    go.touch()
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs.append(out.strip())
    return outputs


def _count(db: Any, model: Any, *where: Any) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_two_imports_into_one_event_at_once_create_no_duplicates(backend_url: str, tmp_path: Path) -> None:
    db = open_database(backend_url)
    from datetime import date

    from eventplanner.services.events import create_event

    event = create_event(db, "Race target", date(2030, 5, 1))
    _race(backend_url, tmp_path, str(event.id))
    assert _count(db, RoomRow, RoomRow.event_id == event.id) == 3
    assert _count(db, SlotRow, SlotRow.event_id == event.id) == 120
    assert _count(db, PersonRow) == 240
    db.close()


def test_two_speaker_imports_at_once_create_each_organization_once(backend_url: str, tmp_path: Path) -> None:
    db = open_database(backend_url)
    created = [line.split() for line in _race(backend_url, tmp_path, "none", "speakers")]
    assert sorted(int(orgs) for _people, orgs in created) == [0, 7]  # the second import matched them all
    assert _count(db, OrganizationRow) == 7
    assert _count(db, PersonRow) == 200
    db.close()


def test_without_the_import_lock_the_name_indexes_still_keep_rooms_and_organizations_single(
    backend_url: str, tmp_path: Path
) -> None:
    """Only on a server can two transactions both read before either writes (SQLite's write lock is the whole
    file). The loser of the race is refused by the unique index, tries again and matches the winner's rows."""
    if not backend_url.startswith("postgresql"):
        pytest.skip("two SQLite writers cannot interleave: the file's write lock serializes them anyway")
    db = open_database(backend_url)
    from datetime import date

    from eventplanner.services.events import create_event

    event = create_event(db, "Race target", date(2030, 5, 1))
    _race(backend_url, tmp_path / "rooms", str(event.id), lock="nolock")
    assert _count(db, RoomRow, RoomRow.event_id == event.id) == 3
    _race(backend_url, tmp_path / "orgs", "none", "speakers", lock="nolock")
    with db.session() as s:
        names = list(s.scalars(select(OrganizationRow.name)))
    assert sorted(names) == [f"Organization {n}" for n in range(7)]
    db.close()


def test_two_new_event_imports_racing_for_one_slug_both_succeed(backend_url: str, tmp_path: Path) -> None:
    db = open_database(backend_url)
    ids = {line.split()[0] for line in _race(backend_url, tmp_path, "new")}
    assert len(ids) == 2
    with db.session() as s:
        assert sorted(s.scalars(select(EventRow.slug))) == ["race", "race-2"]
    db.close()


# --- read-only media -------------------------------------------------------------------------------------------


def _chattr(path: Path, flag: str) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0
    except OSError:
        return False


def test_a_database_on_read_only_media_can_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    db_path = folder / "plan.sqlite3"
    assert cli("--db", str(db_path), "demo").code == 0
    before = fingerprint(db_path)
    if not _chattr(folder, "+i"):
        pytest.skip("chattr +i is not available here (needed to make a folder read-only even for root)")
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("the folder still reports itself writable")
        assert "migrants-day-2021" in cli("--db", str(db_path), "events").out
        assert "COFFEE BREAK" in cli("--db", str(db_path), "show", "1").out
        assert cli("--db", str(db_path), "pdf", "1", "-o", str(tmp_path / "p.pdf")).code == 0
        assert cli("--db", str(db_path), "export", "1", "-o", str(tmp_path / "e.xml")).code == 0
        assert "read-only" in refused(cli("--db", str(db_path), "import", str(tmp_path / "e.xml")))
    finally:
        _chattr(folder, "-i")
    assert fingerprint(db_path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["plan.sqlite3"]


NOBODY = 65534  # the conventional unprivileged user and group (Debian's nobody / nogroup)
READ_COMMANDS = (("events",), ("show", "1"), ("pdf", "1", "-o", "{out}/p.pdf"), ("export", "1", "-o", "{out}/e.xml"))


def _unprivileged_runner(base: Path) -> tuple[Any, str]:
    """How to run the CLI as a user the file permissions bind, or (None, why not).

    Not root: this very process, in-process. Root (CI runs as root in a container): `setpriv` to uid/gid 65534
    with no groups and no capabilities, in a subprocess whose Python and source that user can read.
    """
    if os.geteuid() != 0:
        return (lambda *args: cli(*args)), ""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None, "root without setpriv (util-linux) cannot drop to an unprivileged user"
    home = base / "home"
    home.mkdir(mode=0o777)
    home.chmod(0o777)
    src = str(Path(database_mod.__file__).resolve().parents[2])
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": src, "HOME": str(home),
           "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_CACHE_HOME": str(home),
           "XDG_STATE_HOME": str(home), "LANG": "C.UTF-8"}
    command = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--inh-caps=-all",
               sys.executable, "-m", "eventplanner"]
    probe = subprocess.run([*command[:-2], "-c", "import os, eventplanner; print(os.geteuid())"],
                           capture_output=True, text=True, env=env, cwd=base)
    if probe.returncode != 0 or probe.stdout.strip() != str(NOBODY):
        return None, f"uid {NOBODY} cannot run this Python and source: {(probe.stderr or probe.stdout).strip()[-200:]}"

    def run(*args: str) -> Any:
        done = subprocess.run([*command, *args], capture_output=True, text=True, env=env, cwd=base)
        from hardening_helpers import Outcome

        return Outcome(done.returncode, done.stdout, done.stderr)

    return run, ""


def test_a_database_an_unprivileged_user_cannot_write_can_be_read(tmp_path: Path) -> None:
    """The same promise without chattr: a folder and a file the user may only read, as permissions say it (as
    on a CD or a colleague's share). Runs as uid 65534 when the tests run as root."""
    base = Path(tempfile.mkdtemp(prefix="ep-readonly-"))  # not under tmp_path: pytest keeps that root-only
    try:
        base.chmod(0o755)
        folder, out = base / "media", base / "out"
        folder.mkdir()
        out.mkdir()
        out.chmod(0o777)
        db_path = folder / "plan.sqlite3"
        assert cli("--db", str(db_path), "demo").code == 0
        run, why_not = _unprivileged_runner(base)
        if run is None:
            pytest.skip(why_not)
        db_path.chmod(0o444)
        folder.chmod(0o555)
        before, listing = fingerprint(db_path), sorted(p.name for p in folder.iterdir())
        events = run("--db", str(db_path), "events")
        assert events.code == 0 and "migrants-day-2021" in events.out, events.err
        shown = run("--db", str(db_path), "show", "1")
        assert shown.code == 0 and "COFFEE BREAK" in shown.out, shown.err
        for args in READ_COMMANDS[2:]:
            done = run("--db", str(db_path), *(a.format(out=out) for a in args))
            assert done.code == 0, done.err
        assert (out / "p.pdf").read_bytes().startswith(b"%PDF") and b"<schedule" in (out / "e.xml").read_bytes()
        assert "read-only" in refused(run("--db", str(db_path), "import", str(out / "e.xml")))
        assert fingerprint(db_path) == before
        assert sorted(p.name for p in folder.iterdir()) == listing  # no -wal, -shm or -journal left beside it
    finally:
        for path in (base / "media", base / "media" / "plan.sqlite3"):
            if path.exists():
                path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def test_a_wal_database_that_cannot_open_its_journal_is_read_immutable(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_mod, "_writable", lambda _p: False)
    monkeypatch.setattr(database_mod, "_can_read", lambda _url: False)
    db = open_database(demo_db)
    try:
        assert db.read_only and "immutable=1" in str(db.engine.url)
        from eventplanner.services.events import list_events

        assert [e.slug for e in list_events(db)] == ["migrants-day-2021"]
    finally:
        db.close()


# --- outputs --------------------------------------------------------------------------------------------------


def test_an_output_through_a_symlink_respects_the_umask(demo_db: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    old = os.umask(0o027)
    try:
        assert cli("--db", str(demo_db), "pdf", "1", "-o", str(link)).code == 0
    finally:
        os.umask(old)
    assert link.is_symlink() and real.is_file()
    assert real.stat().st_mode & 0o777 == 0o640


def test_an_output_linked_to_a_device_is_refused(demo_db: Path, tmp_path: Path) -> None:
    link = tmp_path / "null.pdf"
    link.symlink_to("/dev/null")
    refused(cli("--db", str(demo_db), "pdf", "1", "-o", str(link)))
    assert Path("/dev/null").is_char_device()


def test_a_server_backup_to_an_sqlite_name_suggests_json(backend_url: str, tmp_path: Path) -> None:
    if backend_url.startswith("sqlite"):
        pytest.skip("only a server database is backed up as JSON")
    db = open_database(backend_url)
    try:
        with pytest.raises(StoreError, match=r"ending in \.json \(for example copy\.json\)"):
            backup(db, tmp_path / "copy.sqlite3")
    finally:
        db.close()
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_damaged_page_and_a_half_set_up_file_are_one_line(demo_db: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(demo_db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3: page * 3 + 200] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    before = fingerprint(damaged)
    refused(cli("--db", str(damaged), "events"))
    assert fingerprint(damaged) == before
    half = tmp_path / "half.sqlite3"
    conn = sqlite3.connect(half)
    conn.executescript("CREATE TABLE events (id INTEGER); CREATE TABLE rooms (id INTEGER); "
                       "CREATE TABLE slots (id INTEGER); CREATE TABLE people (id INTEGER); "
                       "CREATE TABLE organizations (id INTEGER);")
    conn.close()
    before = fingerprint(half)
    refused(cli("--db", str(half), "show", "1"))
    assert fingerprint(half) == before
