"""Backups while the app runs, restores that round-trip exactly, and refusals that change nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import StoreError, ValidationError
from eventplanner.services import agenda, events, people
from eventplanner.services.sample import ensure_sample_event
from eventplanner.store.backup import FORMAT, auto_backup, backup
from eventplanner.store.database import Database, open_database
from eventplanner.store.models import PersonRow
from eventplanner.store.restore import restore

Content = Callable[[Database], dict[str, list[tuple[Any, ...]]]]
Hash = Callable[[Path], str]


def _change_everything(db: Database, event: EventData) -> None:
    events.create_event(db, "Another event", date(2030, 5, 1))
    events.update_event(db, event.id, title="Renamed after the backup")
    slot = agenda.list_slots(db, event.id)[0]
    agenda.delete_slot(db, slot.id)
    person = people.list_people(db)[0]
    people.update_person(db, person.id, notes="changed", photo=None)


def test_backup_while_another_connection_holds_a_write_transaction(
    db: Database, sample_event: EventData, tmp_path: Path, snapshot: Content
) -> None:
    committed = snapshot(db)
    assert db.path is not None
    writer = sqlite3.connect(db.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE events SET title = 'uncommitted' WHERE id = ?", (sample_event.id,))
    try:
        written = backup(db, tmp_path / "copy.sqlite3")
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert written == tmp_path / "copy.sqlite3"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no partial file left
    with sqlite3.connect(written) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    copy = open_database(written)
    try:
        assert snapshot(copy) == committed  # the snapshot, not the transaction in flight
    finally:
        copy.close()
    assert events.get_event(db, sample_event.id).title == "uncommitted"


@pytest.mark.parametrize("name", ["backup.sqlite3", "backup.json"])
def test_restore_round_trip(
    db: Database, sample_event: EventData, tmp_path: Path, name: str, snapshot: Content
) -> None:
    before = snapshot(db)
    written = backup(db, tmp_path / name)
    if name.endswith(".json"):
        header = json.loads(written.read_text(encoding="utf-8"))
        assert header["format"] == FORMAT and header["revision"] and header["app_version"]
    _change_everything(db, sample_event)
    changed = snapshot(db)
    assert changed != before

    report = restore(db, written)

    assert snapshot(db) == before
    assert report.kind == ("json" if name.endswith(".json") else "sqlite")
    assert report.rows["events"] == 1 and report.total_rows == sum(len(rows) for rows in before.values())
    assert report.safety_copy is not None and report.safety_copy.exists()
    saved = open_database(report.safety_copy)
    try:
        assert snapshot(saved) == changed  # what the restore replaced can be got back
    finally:
        saved.close()
    # The app keeps working on the restored data, and new ids do not collide.
    assert events.create_event(db, "After restore", date(2031, 1, 1)).id == 2


def test_json_backup_keeps_bytes_and_dates(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    person = people.list_people(db)[0]
    people.update_person(db, person.id, notes="x")
    with db.session() as s:  # raw bytes, no image check: the point is the round trip of any byte
        row = s.get(PersonRow, person.id)
        assert row is not None
        row.photo, row.has_photo = photo, True
    dump = backup(db, tmp_path / "b.json")
    events.update_event(db, sample_event.id, start_date=date(2021, 12, 1))
    restore(db, dump)
    with db.session() as s:
        row = s.get(PersonRow, person.id)
        assert row is not None and row.photo == photo
    assert events.get_event(db, sample_event.id).start_date == sample_event.start_date


def _assert_refused(db: Database, src: Path, words: str, snapshot: Content, sha256: Hash) -> StoreError:
    before, src_hash = snapshot(db), sha256(src)
    assert db.path is not None
    neighbours = sorted(p.name for p in db.path.parent.iterdir())
    with pytest.raises(StoreError) as info:
        restore(db, src)
    assert words in info.value.message
    assert "Nothing was restored" in info.value.message
    assert snapshot(db) == before
    assert sha256(src) == src_hash
    assert sorted(p.name for p in db.path.parent.iterdir()) == neighbours  # not even a safety copy
    return info.value


def test_refuses_a_file_that_is_not_a_database(
    db: Database, sample_event: EventData, tmp_path: Path, snapshot: Content, sha256: Hash
) -> None:
    src = tmp_path / "other" / "notes.txt"
    src.parent.mkdir()
    src.write_text("just some notes\n", encoding="utf-8")
    _assert_refused(db, src, "is not an Event Planner backup", snapshot, sha256)


def test_refuses_a_foreign_sqlite_database(
    db: Database, sample_event: EventData, tmp_path: Path, snapshot: Content, sha256: Hash
) -> None:
    src = tmp_path / "other" / "firefox.sqlite"
    src.parent.mkdir()
    with sqlite3.connect(src) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.close()
    _assert_refused(db, src, "of another program", snapshot, sha256)


def test_refuses_a_truncated_sqlite_backup(
    db: Database, sample_event: EventData, tmp_path: Path, snapshot: Content, sha256: Hash
) -> None:
    good = backup(db, tmp_path / "other" / "good.sqlite3")
    src = good.with_name("cut.sqlite3")
    data = good.read_bytes()
    src.write_bytes(data[: len(data) // 2])
    events.update_event(db, sample_event.id, title="Edited after the backup")
    _assert_refused(db, src, "damaged", snapshot, sha256)


def test_refuses_a_truncated_json_backup(
    db: Database, sample_event: EventData, tmp_path: Path, snapshot: Content, sha256: Hash
) -> None:
    good = backup(db, tmp_path / "other" / "good.json")
    src = good.with_name("cut.json")
    data = good.read_bytes()
    src.write_bytes(data[: len(data) // 2])
    _assert_refused(db, src, "cut-short JSON", snapshot, sha256)


def test_refuses_json_of_another_kind_and_altered_tables(
    db: Database, sample_event: EventData, tmp_path: Path, snapshot: Content, sha256: Hash
) -> None:
    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "package.json"
    other.write_text('{"name": "left-pad", "version": "1.3.0"}', encoding="utf-8")
    _assert_refused(db, other, "not an Event Planner backup", snapshot, sha256)

    doc = json.loads(backup(db, tmp_path / "other" / "good.json").read_text(encoding="utf-8"))
    del doc["tables"]["slots"]
    altered = tmp_path / "other" / "altered.json"
    altered.write_text(json.dumps(doc), encoding="utf-8")
    _assert_refused(db, altered, "missing tables: slots", snapshot, sha256)

    doc = json.loads((tmp_path / "other" / "good.json").read_text(encoding="utf-8"))
    doc["tables"]["slot_participants"]["rows"][0][2] = 999_999  # a participant who does not exist
    broken = tmp_path / "other" / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    _assert_refused(db, broken, "inconsistent data", snapshot, sha256)


def test_refuses_backups_of_a_newer_version(
    db: Database, sample_event: EventData, tmp_path: Path, snapshot: Content, sha256: Hash
) -> None:
    newer = backup(db, tmp_path / "other" / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    _assert_refused(db, newer, "newer version of Event Planner (schema 9999)", snapshot, sha256)

    doc = json.loads(backup(db, tmp_path / "other" / "newer.json").read_text(encoding="utf-8"))
    doc["revision"] = "9999"
    newer_json = tmp_path / "other" / "newer2.json"
    newer_json.write_text(json.dumps(doc), encoding="utf-8")
    _assert_refused(db, newer_json, "newer version of Event Planner (schema 9999)", snapshot, sha256)


def test_backup_refuses_to_overwrite_the_database(db: Database, sample_event: EventData) -> None:
    assert db.path is not None
    with pytest.raises(StoreError, match="is the open database"):
        backup(db, db.path)


def test_backup_into_a_folder_and_failure_leaves_no_file(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    written = backup(db, folder)
    assert written.parent == folder and written.suffix == ".sqlite3" and written.exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="Cannot write the backup"):
        backup(db, blocker / "inside.sqlite3")


def test_restore_refused_when_read_only(
    db: Database, sample_event: EventData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = backup(db, tmp_path / "b.sqlite3")
    monkeypatch.setattr(db, "read_only", True)
    with pytest.raises(StoreError, match="read-only"):
        restore(db, written)


def test_auto_backup_daily_with_retention(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    (folder / "keep-me.sqlite3").write_bytes(b"not ours")
    made = [auto_backup(db, folder, keep=2, today=date(2026, 3, day)) for day in (1, 2, 3)]
    assert all(p is not None for p in made)
    assert auto_backup(db, folder, keep=2, today=date(2026, 3, 3)) is None  # today's exists
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["eventplanner-auto-2026-03-02.sqlite3", "eventplanner-auto-2026-03-03.sqlite3", "keep-me.sqlite3"]
    with pytest.raises(ValidationError):
        auto_backup(db, folder, keep=0)



def test_round_trip_on_each_backend_and_across(
    backend_db: Database, tmp_path: Path, snapshot: Content, sha256: Hash
) -> None:
    """PostgreSQL dumps JSON; a dump restores into either backend, and an SQLite backup into a server."""
    event, _ = ensure_sample_event(backend_db)
    before = snapshot(backend_db)
    dump = backup(backend_db, tmp_path / "dump.json")
    _change_everything(backend_db, event)
    report = restore(backend_db, dump)
    assert snapshot(backend_db) == before and report.kind == "json"
    assert events.create_event(backend_db, "Next", date(2031, 1, 1)).id == 2  # sequences continue after restore

    other = open_database(tmp_path / "other.sqlite3")  # the dump into a fresh SQLite database
    try:
        restore(other, dump)
        assert snapshot(other) == before
        sqlite_copy = backup(other, tmp_path / "other-backup.sqlite3")
    finally:
        other.close()
    restore(backend_db, sqlite_copy)  # and an SQLite backup into this backend
    assert snapshot(backend_db) == before

    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup", encoding="utf-8")
    with pytest.raises(StoreError, match="not an Event Planner backup"):
        restore(backend_db, notes)
    assert snapshot(backend_db) == before
