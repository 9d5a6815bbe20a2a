"""The main service flows give the same results on SQLite and on a PostgreSQL server."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from eventplanner.domain.conflicts import ConflictKind
from eventplanner.domain.enums import ParticipantRole, SlotKind
from eventplanner.domain.errors import ConflictError, NotFoundError, StaleEditError
from eventplanner.services import agenda, events, history, people
from eventplanner.services.agenda import SlotInput
from eventplanner.services.sample import ensure_sample_event
from eventplanner.store.database import Database


def test_sample_event_loads_once(backend_db: Database) -> None:
    event, created = ensure_sample_event(backend_db)
    again, created_again = ensure_sample_event(backend_db)
    assert created and not created_again and again.id == event.id
    slots = agenda.list_slots(backend_db, event.id)
    assert len(slots) >= 5
    assert [s.start for s in slots] == sorted(s.start for s in slots)
    assert any(s.participants for s in slots)
    assert events.resolve_event(backend_db, event.slug).id == event.id


def test_slot_add_update_reorder_delete_with_ripple(backend_db: Database) -> None:
    event = events.create_event(backend_db, "Ripple day", date(2030, 3, 1))
    room = events.add_room(backend_db, event.id, "Hall A")
    nine = datetime(2030, 3, 1, 9, 0)
    ids = [
        agenda.add_slot(
            backend_db, event.id, SlotInput(nine + timedelta(minutes=30 * i), 30, title=f"S{i}", room_id=room.id)
        ).slot
        for i in range(3)
    ]
    assert all(s is not None for s in ids)
    first, second, third = (s.id for s in ids if s is not None)

    change = agenda.update_slot(backend_db, first, expected_version=1, ripple=True, duration_minutes=45)
    assert change.slot is not None and change.slot.version == 2
    assert {sid: new for sid, (_old, new) in change.shifted.items()} == {
        second: datetime(2030, 3, 1, 9, 45),
        third: datetime(2030, 3, 1, 10, 15),
    }
    with pytest.raises(StaleEditError):
        agenda.update_slot(backend_db, first, expected_version=1, title="late edit")

    agenda.reorder_slot(backend_db, third, 0)
    order = [s.title for s in agenda.list_slots(backend_db, event.id)]
    assert order == ["S2", "S0", "S1"]
    assert agenda.list_slots(backend_db, event.id)[0].start == nine

    deleted = history.record(backend_db, lambda: agenda.delete_slot(backend_db, first, ripple=True))
    assert [s.title for s in agenda.list_slots(backend_db, event.id)] == ["S2", "S1"]
    history.revert(backend_db, deleted.change)  # back under its old id (PostgreSQL: despite the sequence)
    assert [(s.title, s.id) for s in agenda.list_slots(backend_db, event.id)] == [
        ("S2", third),
        ("S0", first),
        ("S1", second),
    ]


def test_people_merge_moves_participants(backend_db: Database) -> None:
    event = events.create_event(backend_db, "Merge day", date(2030, 4, 1))
    keep = people.create_person(backend_db, "Leyla", "Aliyeva")
    dup = people.create_person(backend_db, "Leyla", "ALIYEVA", email="leyla@example.org", position="Director")
    slot = agenda.add_slot(
        backend_db,
        event.id,
        SlotInput(
            datetime(2030, 4, 1, 10), 20, SlotKind.SPEECH, "Welcome", participants=((dup.id, ParticipantRole.SPEAKER),)
        ),
    ).slot
    assert slot is not None
    assert [g[0].family_name.casefold() for g in people.find_duplicates(backend_db)] == ["aliyeva"]

    merged = people.merge_people(backend_db, keep.id, [dup.id])

    assert merged.email == "leyla@example.org" and merged.position == "Director"
    assert [p.person.id for p in agenda.get_slot(backend_db, slot.id).participants] == [keep.id]
    with pytest.raises(NotFoundError):
        people.get_person(backend_db, dup.id)
    assert people.find_duplicates(backend_db) == []


def test_duplicate_event_copies_agenda_to_next_year(backend_db: Database) -> None:
    event, _ = ensure_sample_event(backend_db)
    source_slots = agenda.list_slots(backend_db, event.id)

    copy = events.duplicate_event(backend_db, event.id)

    assert copy.id != event.id and copy.slug != event.slug
    assert copy.start_date == event.start_date.replace(year=event.start_date.year + 1)
    copied = agenda.list_slots(backend_db, copy.id)
    assert [s.title for s in copied] == [s.title for s in source_slots]
    assert [s.start.year for s in copied] == [s.start.year + 1 for s in source_slots]
    assert [[p.person.id for p in s.participants] for s in copied] == [
        [p.person.id for p in s.participants] for s in source_slots
    ]
    assert {s.room_id for s in copied if s.room_id}.isdisjoint({s.room_id for s in source_slots if s.room_id})
    with pytest.raises(ConflictError):
        events.update_event(backend_db, copy.id, slug=event.slug)


def test_conflicts_found_the_same_way(backend_db: Database) -> None:
    event = events.create_event(backend_db, "Clash day", date(2030, 5, 1))
    room = events.add_room(backend_db, event.id, "Main hall")
    speaker = people.create_person(backend_db, "Anar", "Mammadov")
    ten = datetime(2030, 5, 1, 10)
    for title, start in (("Opening", ten), ("Keynote", ten + timedelta(minutes=15))):
        agenda.add_slot(
            backend_db,
            event.id,
            SlotInput(
                start,
                30,
                SlotKind.SPEECH,
                title,
                room_id=room.id,
                participants=((speaker.id, ParticipantRole.SPEAKER),),
            ),
        )
    agenda.add_slot(backend_db, event.id, SlotInput(datetime(2030, 5, 3, 9), 30, SlotKind.SPEECH, "Too late"))

    kinds = sorted(c.kind for c in agenda.conflicts(backend_db, event.id))

    assert ConflictKind.ROOM_OVERLAP in kinds
    assert ConflictKind.PERSON_DOUBLE_BOOKED in kinds
    assert ConflictKind.OUTSIDE_EVENT in kinds
