"""The fast slot reader gives exactly what the ORM conversion gives, and pages through a day in order."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from eventplanner.domain.data import EventData
from eventplanner.services import agenda
from eventplanner.services.agenda import SlotInput
from eventplanner.services.convert import slot_data
from eventplanner.store.database import Database
from eventplanner.store.models import PersonRow, SlotParticipantRow, SlotRow


def _orm_slots(db: Database, event_id: int) -> list:  # type: ignore[type-arg]
    with db.session() as s:
        rows = s.scalars(
            select(SlotRow).where(SlotRow.event_id == event_id).order_by(SlotRow.start, SlotRow.id).options(
                selectinload(SlotRow.participants).selectinload(SlotParticipantRow.person)
                .selectinload(PersonRow.organization), selectinload(SlotRow.room))
        )
        return [slot_data(r) for r in rows]


def test_reader_equals_the_orm_conversion(db: Database, sample_event: EventData) -> None:
    fast = agenda.list_slots(db, sample_event.id)
    slow = _orm_slots(db, sample_event.id)
    assert fast == slow
    assert [s.translations for s in fast] == [s.translations for s in slow]
    people = [p.person for s in fast for p in s.participants]
    assert [p.translations for p in people] == [p.translations for s in slow for p in (x.person for x in
                                                                                         s.participants)]
    assert any(p.organization_name for p in people)


def test_day_pages_follow_start_then_id(db: Database, sample_event: EventData) -> None:
    day = sample_event.start_date
    first = agenda.list_slots(db, sample_event.id)[0]
    # A twin at the same start: the (start, id) key must not skip or repeat it.
    agenda.add_slot(db, sample_event.id, SlotInput(start=first.start, duration_minutes=5, title="Twin"))
    everything = agenda.day_slots(db, sample_event.id, day)
    paged, after = [], None
    while True:
        page = agenda.day_slots(db, sample_event.id, day, after, 2)
        if not page:
            break
        paged += page
        after = (page[-1].start, page[-1].id)
    assert paged == everything
    assert [s.id for s in everything] == [s.id for s in agenda.list_slots(db, sample_event.id) if s.day == day]
    assert agenda.day_slots(db, sample_event.id, day + timedelta(days=1)) == []
    assert agenda.count_slots(db, sample_event.id) == len(everything)


def test_load_agenda_is_slots_and_conflicts_in_one_read(db: Database, sample_event: EventData) -> None:
    first = agenda.list_slots(db, sample_event.id)[0]
    agenda.add_slot(db, sample_event.id, SlotInput(start=first.start, duration_minutes=10, title="Clash",
                                                   room_id=first.room_id))
    slots, found = agenda.load_agenda(db, sample_event.id)
    assert slots == agenda.list_slots(db, sample_event.id)
    assert found == agenda.conflicts(db, sample_event.id) and found
