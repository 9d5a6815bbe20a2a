"""The unique name indexes behind the imports' matching: rooms per event, organizations per country.

They refuse a duplicate written behind the services' back, an import refused by one tries again and matches,
and they forbid nothing the dialogs allow (two people of one name, one ministry's name in two countries).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from eventplanner.domain.errors import ConflictError, DuplicateNameError
from eventplanner.domain.text import KEY_SEPARATOR, UNIQUE_KEY_LENGTH, unique_key
from eventplanner.services import exchange
from eventplanner.services.events import add_room, create_event, list_rooms, rename_room
from eventplanner.services.organizations import create_organization, update_organization
from eventplanner.services.people import create_person
from eventplanner.store.database import Database
from eventplanner.store.models import OrganizationRow, PersonRow, RoomRow


def _schedule(rooms: list[str]) -> bytes:
    import json

    by_room = {name: [{"title": f"Talk in {name}", "start": "10:00", "duration": "00:30", "persons": []}]
               for name in rooms}
    doc = {"schedule": {"conference": {"title": "Keys", "acronym": "keys", "start": "2030-05-01",
                                       "end": "2030-05-01", "time_zone_name": "UTC",
                                       "days": [{"date": "2030-05-01", "rooms": by_room}]}}}
    return json.dumps(doc).encode()


# --- the key ---------------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_a_key_is_short_stable_and_blind_to_case_and_spaces(name: str) -> None:
    key = unique_key(name)
    assert len(key) <= UNIQUE_KEY_LENGTH - 20  # room left for a kept duplicate's id (migration 0009)
    assert len(key.encode("utf-8", "surrogatepass")) < 2700 // 4  # far within a PostgreSQL index row
    assert unique_key(f"  {name.upper()}  ") == unique_key(f"  {name.upper()}") or not name.isascii()
    assert unique_key(name.swapcase()) == key or not name.isascii()
    if len(key) < 100:
        assert KEY_SEPARATOR not in key


def test_long_names_that_share_their_start_keep_distinct_keys() -> None:
    a, b = "Конференц-зал " * 800 + "A", "Конференц-зал " * 800 + "B"
    assert unique_key(a) != unique_key(b)
    assert unique_key(a) == unique_key(a.upper())
    assert unique_key("Zal") != unique_key("Zál")  # accents make different rooms
    assert unique_key("Hall   A") == unique_key("hall a") == unique_key("ＨＡＬＬ A")


# --- the indexes refuse what the services would never write ------------------------------------------------------


def test_the_index_refuses_a_duplicate_room_inserted_behind_the_service(backend_db: Database) -> None:
    event = create_event(backend_db, "Keys", date(2030, 5, 1))
    add_room(backend_db, event.id, "Hall A")
    with pytest.raises(IntegrityError), backend_db.engine.begin() as conn:  # around the ORM: the column default
        conn.execute(insert(RoomRow.__table__), [{"event_id": event.id, "name": "hall  a", "position": 5,
                                                  "translations": {}, "version": 1}])
    with pytest.raises(DuplicateNameError) as refused, backend_db.session() as s:  # through the ORM
        s.add(RoomRow(event_id=event.id, name="HALL A", position=6, translations={}))
    assert "\n" not in refused.value.message and "room of that name" in refused.value.message
    other = create_event(backend_db, "Other", date(2030, 6, 1))
    add_room(backend_db, other.id, "Hall A")  # another event may have its own Hall A
    assert [r.name for r in list_rooms(backend_db, event.id)] == ["Hall A"]


def test_the_index_refuses_a_duplicate_organization_in_one_country(backend_db: Database) -> None:
    create_organization(backend_db, "Ministry of Foreign Affairs", country="AZ")
    create_organization(backend_db, "Ministry of Foreign Affairs", country="TR")  # the GUI allows this
    with pytest.raises(IntegrityError), backend_db.engine.begin() as conn:
        conn.execute(insert(OrganizationRow.__table__), [{
            "name": "ministry of foreign  affairs", "country": "AZ", "acronym": "", "kind": "other",
            "website": "", "has_logo": False, "notes": "", "translations": {}, "version": 1}])
    with pytest.raises(ConflictError, match="name and country is already in the directory"):
        create_organization(backend_db, "MINISTRY of Foreign Affairs", country="AZ")


def test_the_dialogs_refuse_duplicates_in_words_and_allow_what_is_legitimate(backend_db: Database) -> None:
    event = create_event(backend_db, "Keys", date(2030, 5, 1))
    add_room(backend_db, event.id, "Hall A")
    b = add_room(backend_db, event.id, "Hall B")
    with pytest.raises(ConflictError, match="already has a room"):
        add_room(backend_db, event.id, "hall   a")
    with pytest.raises(ConflictError, match="already has a room"):
        rename_room(backend_db, b.id, "HALL A")
    assert rename_room(backend_db, b.id, "hall b").name == "hall b"  # its own name in other letters
    unhcr = create_organization(backend_db, "UNHCR")
    assert update_organization(backend_db, unhcr.id, name="UNHCR", notes="kept").notes == "kept"
    assert update_organization(backend_db, unhcr.id, name="unhcr").name == "unhcr"
    create_person(backend_db, given_name="Ali", family_name="Aliyev")
    create_person(backend_db, given_name="Ali", family_name="Aliyev")  # two people may share a name
    with backend_db.session() as s:
        assert len(list(s.scalars(select(PersonRow.id)))) == 2


# --- an import refused by the index tries again ----------------------------------------------------------------


def test_an_import_refused_by_the_index_tries_again_and_matches(
    backend_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = create_event(backend_db, "Keys", date(2030, 5, 1))
    add_room(backend_db, event.id, "Room 0")
    real, calls = exchange._rooms_of, []

    def missed_once(s: Any, event_id: int) -> dict[str, RoomRow]:
        """The first read misses Room 0, as if someone added it between the read and the commit."""
        calls.append(event_id)
        return {} if len(calls) == 1 else real(s, event_id)

    monkeypatch.setattr(exchange, "_rooms_of", missed_once)
    report = exchange.import_schedule(backend_db, _schedule(["Room 0", "Room 1"]), event.id)
    assert len(calls) == 2
    assert (report.rooms_matched, report.rooms_created, report.slots_created) == (1, 1, 2)
    assert [r.name for r in list_rooms(backend_db, event.id)] == ["Room 0", "Room 1"]


def test_an_import_refused_every_time_says_so_in_one_line(
    backend_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = create_event(backend_db, "Keys", date(2030, 5, 1))
    add_room(backend_db, event.id, "Room 0")
    monkeypatch.setattr(exchange, "_rooms_of", lambda _s, _event_id: {})
    with pytest.raises(DuplicateNameError) as refused:
        exchange.import_schedule(backend_db, _schedule(["Room 0"]), event.id)
    assert "\n" not in refused.value.message
    with backend_db.session() as s:
        assert len(list(s.scalars(select(RoomRow.id)))) == 1
