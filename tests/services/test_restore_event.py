"""events.restore_event: a deleted event comes back from its programme snapshot under the same ids."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from eventplanner.domain.data import EventData
from eventplanner.domain.enums import ParticipantRole
from eventplanner.domain.errors import ConflictError
from eventplanner.services import agenda, events, organizations, people, programme
from eventplanner.services.agenda import SlotInput
from eventplanner.store.database import Database


def test_restore_brings_back_rooms_slots_participants_and_roles(db: Database, sample_event: EventData) -> None:
    hall = events.add_room(db, sample_event.id, "Hall A")
    agenda.add_slot(db, sample_event.id, SlotInput(start=datetime(2021, 12, 18, 15, 0), duration_minutes=30,
                                                   title="Side event", room_id=hall.id))
    before = agenda.list_slots(db, sample_event.id)
    roles = organizations.event_organizations(db, sample_event.id)
    snapshot = programme.programme_data(db, sample_event.id, with_images=False)
    events.delete_event(db, sample_event.id)
    assert events.list_events(db) == []

    restored = events.restore_event(db, snapshot)
    assert restored.id == sample_event.id and restored.slug == sample_event.slug
    assert agenda.list_slots(db, sample_event.id) == before
    assert any(s.participants for s in before)
    assert events.list_rooms(db, sample_event.id) == [hall]
    assert organizations.event_organizations(db, sample_event.id) == roles
    with pytest.raises(ConflictError):
        events.restore_event(db, snapshot)


def test_restore_skips_people_deleted_meanwhile(db: Database) -> None:
    ev = events.create_event(db, "Forum", date(2024, 5, 14))
    a = people.create_person(db, "Ann", "Lee")
    b = people.create_person(db, "Bo", "Kim")
    slot = agenda.add_slot(db, ev.id, SlotInput(start=datetime(2024, 5, 14, 10), duration_minutes=10,
                                                participants=((a.id, ParticipantRole.SPEAKER),
                                                              (b.id, ParticipantRole.SPEAKER)))).slot
    assert slot is not None
    snapshot = programme.programme_data(db, ev.id, with_images=False)
    events.delete_event(db, ev.id)
    people.delete_person(db, a.id)
    events.restore_event(db, snapshot)
    assert [p.person.id for p in agenda.get_slot(db, slot.id).participants] == [b.id]
