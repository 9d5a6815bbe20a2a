"""Migration 0009: rooms and organizations get their name keys; duplicates already there are kept, never lost."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from eventplanner.domain.errors import ConflictError
from eventplanner.domain.text import KEY_SEPARATOR, UNIQUE_KEY_LENGTH, unique_key
from eventplanner.services.events import add_room, list_rooms
from eventplanner.services.exchange import import_schedule
from eventplanner.store import migrate
from eventplanner.store.database import open_database

LONG = "Зал " * 2500  # 10,000 characters
ROOMS = ["Hall A", "hall   a", "HALL A", "Hall B", LONG + "1", LONG + "2", "Şəki zalı"]
ORGS = [("UNDP", ""), ("undp", ""), ("UNDP", "AZ"), ("Ministry of Health", "AZ"), ("Ministry of Health", "GE")]


def _old_database(url: str) -> None:
    """A database at revision 0004 (before the keys) holding rooms and organizations with duplicate names."""
    engine = sa.create_engine(url)
    try:
        migrate.upgrade(engine, "0004")
        meta = sa.MetaData()
        meta.reflect(engine)
        assert "name_key" not in meta.tables["rooms"].c
        with engine.begin() as conn:
            conn.execute(meta.tables["events"].insert(), [{
                "id": 1, "slug": "old", "title": "Old", "short_title": "", "theme": "", "start_date": date(2030, 5, 1),
                "end_date": date(2030, 5, 1), "timezone": "UTC", "venue_name": "", "venue_address": "",
                "status": "draft", "language": "en", "notes": "", "translations": {}, "version": 1,
                "day_change_minutes": 0, "languages": ""}])
            conn.execute(meta.tables["rooms"].insert(), [
                {"id": i, "event_id": 1, "name": name, "position": i, "translations": {}, "version": 1}
                for i, name in enumerate(ROOMS, start=1)])
            conn.execute(meta.tables["organizations"].insert(), [
                {"id": i, "name": name, "acronym": "", "kind": "other", "country": country, "website": "",
                 "has_logo": False, "notes": "", "translations": {}, "version": 1}
                for i, (name, country) in enumerate(ORGS, start=1)])
    finally:
        engine.dispose()


def _rows(url: str, table: str) -> list[Any]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.text(f"SELECT id, name, name_key FROM {table} ORDER BY id")))
    finally:
        engine.dispose()


def test_the_upgrade_keys_every_row_and_keeps_duplicates(backend_url: str) -> None:
    _old_database(backend_url)
    db = open_database(backend_url)
    try:
        rooms = _rows(backend_url, "rooms")
        assert [r.name for r in rooms] == ROOMS  # nothing merged, nothing lost
        keys = [r.name_key for r in rooms]
        assert keys[0] == "hall a"  # the oldest keeps the plain key; the later duplicates their own
        assert keys[1:3] == [f"hall a{KEY_SEPARATOR}2", f"hall a{KEY_SEPARATOR}3"]
        assert keys[3] == "hall b" and keys[6] == unique_key("Şəki zalı")
        assert keys[4] != keys[5] and all(len(k) <= UNIQUE_KEY_LENGTH for k in keys)
        orgs = _rows(backend_url, "organizations")
        assert [o.name_key for o in orgs] == [
            "undp", f"undp{KEY_SEPARATOR}2", "undp", "ministry of health", "ministry of health"]

        # the index now holds: no new "hall a", and an import matches the oldest Hall A
        with pytest.raises(ConflictError, match="already has a room"):
            add_room(db, 1, "Hall  A")
        schedule = (b'{"schedule": {"conference": {"title": "Old", "acronym": "old", "start": "2030-05-01", '
                    b'"end": "2030-05-01", "days": [{"date": "2030-05-01", "rooms": {"HALL a": [{"title": "T", '
                    b'"start": "10:00", "duration": "00:30", "persons": []}]}}]}}}')
        report = import_schedule(db, schedule, 1)
        assert (report.rooms_created, report.rooms_matched) == (0, 1)
        assert len(list_rooms(db, 1)) == len(ROOMS)
    finally:
        db.close()
