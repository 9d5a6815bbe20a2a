"""Opening a database: create and migrate, back up before upgrading, refuse what is not ours, read-only files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from eventplanner.domain.errors import StoreError
from eventplanner.services import events
from eventplanner.services.sample import ensure_sample_event
from eventplanner.store import database as database_mod
from eventplanner.store import migrate
from eventplanner.store.database import Database, open_database
from eventplanner.store.models import Base

Content = Callable[[Database], dict[str, list[tuple[Any, ...]]]]
Hash = Callable[[Path], str]


def _filled(path: Path) -> Path:
    """A real Event Planner database with the sample event, closed (WAL checkpointed into the file)."""
    db = open_database(path)
    ensure_sample_event(db)
    db.close()
    return path


def test_fresh_database_is_created_and_migrated(backend_url: str) -> None:
    db = open_database(backend_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.head_revision()
            assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
            if db.is_sqlite:
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert db.backup_path is None and not db.read_only
        created = events.create_event(db, "Opening day", date(2030, 1, 1))
    finally:
        db.close()
    again = open_database(backend_url)  # a second open finds it up to date and keeps the data
    try:
        assert [e.id for e in events.list_events(again)] == [created.id]
    finally:
        again.close()


def test_server_database_with_foreign_tables_is_refused(backend_url: str) -> None:
    engine = create_engine(backend_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"))
    engine.dispose()
    if backend_url.startswith("sqlite"):
        with pytest.raises(StoreError, match="another program"):
            open_database(backend_url)
    else:
        with pytest.raises(StoreError, match="tables of another program"):
            open_database(backend_url)


def test_newer_server_schema_is_refused(backend_url: str) -> None:
    open_database(backend_url).close()
    engine = create_engine(backend_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"newer version of Event Planner \(schema 9999\)"):
        open_database(backend_url)


def test_old_revision_is_backed_up_before_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snapshot: Content
) -> None:
    path = _filled(tmp_path / "events.sqlite3")
    current = migrate.head_revision()
    # There is one migration so far: pretend a newer one exists, so the file's revision counts as old.
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {current, "9999"})
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "upgrade", lambda engine, target="head": upgraded.append(target))

    db = open_database(path)
    try:
        assert upgraded == ["head"]
        assert db.backup_path is not None and db.backup_path.parent == tmp_path
        assert db.backup_path.name.startswith(f"events.before-upgrade-{current}-")
        assert db.backup_path.suffix == ".sqlite3"
        copy = Database(url=f"sqlite:///{db.backup_path}", engine=create_engine(f"sqlite:///{db.backup_path}"))
        try:
            assert snapshot(copy) == snapshot(db)  # the backup holds everything the upgrade started from
        finally:
            copy.close()
        assert [e.title for e in events.list_events(db)] == ["International Migrants Day 2021"]
    finally:
        db.close()


def _refused(path: Path, words: str, sha256: Hash) -> None:
    before = sha256(path)
    neighbours = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StoreError) as info:
        open_database(path)
    assert words in info.value.message
    assert "left as it is" in info.value.message
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == neighbours


def test_newer_revision_is_refused_unchanged(tmp_path: Path, sha256: Hash) -> None:
    path = _filled(tmp_path / "events.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    _refused(path, "newer version of Event Planner (schema 9999)", sha256)


def test_non_sqlite_file_is_refused_unchanged(tmp_path: Path, sha256: Hash) -> None:
    path = tmp_path / "letter.sqlite3"
    path.write_bytes(b"Dear colleagues,\n" * 200)
    _refused(path, "not an SQLite file", sha256)


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path, sha256: Hash) -> None:
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.executemany("INSERT INTO moz_places (url) VALUES (?)", [(f"https://e.org/{i}",) for i in range(500)])
    conn.close()
    _refused(path, "another program", sha256)


def test_corrupt_database_is_refused_unchanged(tmp_path: Path, sha256: Hash) -> None:
    path = _filled(tmp_path / "events.sqlite3")
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    pages = len(data) // page_size
    assert pages >= 6
    for page in range(2, pages - 1):  # damage the middle pages, keep the header page intact
        start = page * page_size
        data[start : start + page_size] = bytes(b ^ 0xA5 for b in data[start : start + page_size])
    path.write_bytes(bytes(data))
    _refused(path, "damaged", sha256)


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_database(tmp_path)
    with pytest.raises(StoreError, match="There is no database"):
        open_database(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def _check_read_only(path: Path, sha256: Hash) -> None:
    before = sha256(path)
    db = open_database(path)
    try:
        assert db.read_only
        event = events.list_events(db)[0]
        assert event.title == "International Migrants Day 2021"
        with pytest.raises(StoreError, match="read-only, so the change was not saved"):
            events.update_event(db, event.id, title="Changed")
        with pytest.raises(StoreError, match="read-only"):
            events.delete_event(db, event.id)  # no flush inside: must not be silently dropped either
        with pytest.raises(StoreError, match="read-only"):
            events.create_event(db, "New", date(2030, 1, 1))
        assert [e.title for e in events.list_events(db)] == ["International Migrants Day 2021"]
    finally:
        db.close()
    assert sha256(path) == before


def test_read_only_database_opens_and_refuses_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sha256: Hash
) -> None:
    path = _filled(tmp_path / "events.sqlite3")
    monkeypatch.setattr(database_mod, "_writable", lambda p: False)
    _check_read_only(path, sha256)


NOBODY = 65534


def _as_nobody(check: Callable[[], None]) -> None:
    """Run `check` in a forked child that has dropped root (CI runs as root, which ignores file permissions)."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            check()
            code = 0
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the read-only check failed in the unprivileged child"


@pytest.mark.skipif(os.name != "posix", reason="file permissions as POSIX has them")
def test_read_only_file_permissions(tmp_path: Path, sha256: Hash) -> None:
    """A file the user may read but not write (nor create its -wal/-shm beside): opens read-only, refuses writes."""
    if os.geteuid() != 0:
        path = _filled(tmp_path / "events.sqlite3")
        path.chmod(0o444)
        try:
            _check_read_only(path, sha256)
        finally:
            path.chmod(0o644)
        return
    folder = Path(tempfile.mkdtemp(prefix="eventplanner-ro-"))  # pytest's own folder is closed to others
    try:
        folder.chmod(0o755)  # others may enter and read, not create files
        path = _filled(folder / "events.sqlite3")
        path.chmod(0o444)
        _as_nobody(lambda: _check_read_only(path, sha256))
        assert sorted(p.name for p in folder.iterdir()) == ["events.sqlite3"]  # no -wal/-shm left behind
    finally:
        shutil.rmtree(folder)


def test_read_only_database_needing_an_upgrade_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sha256: Hash
) -> None:
    path = _filled(tmp_path / "events.sqlite3")
    monkeypatch.setattr(database_mod, "_writable", lambda p: False)
    known = set(migrate.known_revisions())  # the file is at today's head, whichever that is
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {*known, "9999"})
    before = sha256(path)
    with pytest.raises(StoreError, match="read-only and needs to be set up or upgraded"):
        open_database(path)
    assert sha256(path) == before
