"""Bulk inserts (services/bulk.py): SQLite's driver executemany stores exactly what a Core insert stores, ids
come back in the order of the rows, and a schedule import writes the same rows and report either way."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Table

from eventplanner.domain.errors import StoreError
from eventplanner.services import bulk, exchange
from eventplanner.store.database import Database, open_database
from eventplanner.store.models import PersonRow, SlotRow

PEOPLE = cast(Table, PersonRow.__table__)
SLOTS = cast(Table, SlotRow.__table__)


def _core_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Take the path other databases take (Core insert with RETURNING), here on SQLite."""
    def never(_conn: Connection) -> bool:
        return False

    monkeypatch.setattr(bulk, "_use_driver", never)


def _dump(path: Path) -> dict[str, list[Any]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                for t in ("events", "rooms", "people", "slots", "slot_participants")}
    finally:
        con.close()


def _write(db: Database) -> tuple[list[int], list[int]]:
    with db.session() as s:
        people = bulk.insert_rows(s, PEOPLE, {"given_name": ["Ələsgər", "Anna"], "family_name": ["Müller", ""]},
                                  {"translations": {}}, ids=True)
        event = s.connection().exec_driver_sql(
            "INSERT INTO events (slug, title, short_title, theme, start_date, end_date, timezone, venue_name, "
            "venue_address, status, language, notes, translations, version) VALUES ('e', 'E', '', '', "
            "'2025-01-01', '2025-01-02', 'UTC', '', '', 'draft', 'en', '', '{}', 1)").lastrowid
        slots = bulk.insert_rows(s, SLOTS, {
            "start": [datetime(2025, 1, 1, 9, 30), datetime(2025, 1, 2, 14, 0, 5)], "duration_minutes": [30, 45],
            "title": ["Opening", "Panel"], "kind": ["opening", "panel"],
        }, {"event_id": event, "translations": {"az": {"title": "Açılış"}}}, ids=True)
    return people, slots


def test_driver_rows_equal_core_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, core = open_database(tmp_path / "fast.sqlite3"), open_database(tmp_path / "core.sqlite3")
    try:
        assert _write(fast) == ([1, 2], [1, 2])
        with monkeypatch.context() as m:
            _core_only(m)
            assert _write(core) == ([1, 2], [1, 2])
    finally:
        fast.close()
        core.close()
    rows = _dump(tmp_path / "fast.sqlite3")
    assert rows == _dump(tmp_path / "core.sqlite3")
    assert rows["slots"][0][2] == "2025-01-01 09:30:00.000000"  # SQLAlchemy's own DateTime text on SQLite
    assert rows["people"][0][-1] == 1  # the version default filled in


def test_ids_follow_existing_rows_and_row_order(db: Database) -> None:
    first, _ = _write(db)
    with db.session() as s:
        again = bulk.insert_rows(s, PEOPLE, {"given_name": ["C", "D", "E"]}, {"translations": {}}, ids=True)
        assert again == [first[-1] + 1, first[-1] + 2, first[-1] + 3]
        assert bulk.insert_rows(s, PEOPLE, {"given_name": []}, ids=True) == []
    with db.session() as s:
        names = dict(s.connection().exec_driver_sql("SELECT id, given_name FROM people").all())
    assert [names[i] for i in again] == ["C", "D", "E"]


def test_ids_that_cannot_be_told_refuse_the_insert(db: Database) -> None:
    with db.session() as s:
        s.connection().exec_driver_sql("INSERT INTO people (id, given_name, translations, version, honorific, "
                                       "family_name, position, rank, email, phone, biography, has_photo, precedence,"
                                       " notes) VALUES (9223372036854775807, 'Max', '{}', 1, '', '', '', '', '', '',"
                                       " '', 0, 100, '')")
    with pytest.raises(StoreError), db.session() as s:  # SQLite then picks random ids: not a contiguous range
        bulk.insert_rows(s, PEOPLE, {"given_name": ["A", "B"]}, {"translations": {}}, ids=True)
    with db.session() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM people").scalar() == 1  # rolled back


def test_computed_default_must_be_given(db: Database) -> None:
    with pytest.raises(ValueError, match="translations"), db.session() as s:
        bulk.insert_rows(s, PEOPLE, {"given_name": ["A"]})


def _schedule() -> bytes:
    def ev(n: int, persons: list[dict[str, object]]) -> dict[str, object]:
        return {"guid": f"g{n}", "id": n, "date": f"2025-03-03T{8 + n:02d}:00:00+01:00", "duration": "00:45",
                "room": "Hall" if n % 2 else "Annex", "title": f"Talk {n}", "type": "keynote" if n == 1 else "talk",
                "language": "az", "abstract": f"<p>About <b>{n}</b></p>", "persons": persons}

    anna, bob = {"id": 1, "public_name": "Prof. Dr. Anna Müller"}, {"id": 2, "public_name": "Bob Stone"}
    return json.dumps({"schedule": {"conference": {
        "title": "Same rows", "acronym": "same", "start": "2025-03-03", "end": "2025-03-03",
        "time_zone_name": "Europe/Berlin",
        "days": [{"date": "2025-03-03", "rooms": {"Hall": [ev(1, [anna, bob]), ev(3, [])],
                                                  "Annex": [ev(2, [bob, {"id": 3, "public_name": "anna  muller"}])]}}],
    }}}).encode()


def test_import_writes_the_same_rows_and_report_on_either_path(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    reports = []
    for name in ("fast", "core"):
        with monkeypatch.context() as m:
            if name == "core":
                _core_only(m)
            db = open_database(tmp_path / f"{name}.sqlite3")
            try:
                first = exchange.import_schedule(db, _schedule())
                again = exchange.import_schedule(db, _schedule(), event=first.event_id)
                other = exchange.import_schedule(db, _schedule())
                reports.append([r.lines() for r in (first, again, other)])
            finally:
                db.close()
    assert reports[0] == reports[1]
    fast, core = _dump(tmp_path / "fast.sqlite3"), _dump(tmp_path / "core.sqlite3")
    assert fast == core
    assert len(fast["slots"]) == 6 and len(fast["people"]) == 2 and len(fast["slot_participants"]) == 8


CONSTANTS = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),  # quotes, NUL, any script
    st.sampled_from(["", "'", "''", "it's", "'); DROP TABLE people; --", "Ələsgər\n«Müller»", "\x00a"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=CONSTANTS, precedence=st.one_of(st.integers(-(2**63), 2**63 - 1), st.sampled_from([0, -1, 2**62])))
def test_constants_written_into_the_statement_are_stored_as_core_stores_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: str, precedence: int,
) -> None:
    """A value the same for every row goes into the driver's statement as text (or stays a parameter when it
    cannot: NUL); SQLite must keep exactly what a Core insert keeps: same text, same type, same rows."""
    dumps = []
    for name in ("fast", "core"):
        path = tmp_path / f"{name}-{len(list(tmp_path.iterdir()))}.sqlite3"
        db = open_database(path)
        try:
            with monkeypatch.context() as m:
                if name == "core":
                    _core_only(m)
                with db.session() as s:
                    bulk.insert_rows(s, PEOPLE, {"given_name": ["A", "B", "C"]},
                                     {"translations": {"az": {"notes": notes}}, "notes": notes,
                                      "precedence": precedence}, ids=True)
            with db.session() as s:
                dumps.append(s.connection().exec_driver_sql(
                    "SELECT id, given_name, notes, typeof(notes), precedence, typeof(precedence), translations "
                    "FROM people ORDER BY id").all())
        finally:
            db.close()
    assert dumps[0] == dumps[1]
    assert [row[2] for row in dumps[0]] == [notes] * 3


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(st.datetimes(), st.datetimes(timezones=st.timezones()), st.dates(), st.none()))
def test_datetimes_are_written_as_the_columns_own_processor_writes_them(value: object) -> None:
    """The driver path formats naive datetimes itself (`_iso_datetime`); any datetime, aware one, date or None
    must come out exactly as SQLAlchemy's DateTime processor for SQLite writes it."""
    from sqlalchemy.dialects import sqlite

    process = SLOTS.c.start.type._cached_bind_processor(sqlite.dialect())
    assert process is not None and bulk._writes_iso_text(process)
    assert bulk._iso_datetime(process, value) == process(value)


def test_a_datetime_column_stored_in_another_format_keeps_its_processor() -> None:
    from sqlalchemy.dialects import sqlite

    other = sqlite.DATETIME(storage_format="%(year)04d/%(month)02d/%(day)02d %(hour)02d:%(minute)02d")
    assert not bulk._writes_iso_text(other._cached_bind_processor(sqlite.dialect()))
