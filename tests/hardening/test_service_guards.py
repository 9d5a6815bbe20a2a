"""What a dialog can send the services: bounded dates and text a column can hold, refused with one message."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.services import agenda, events, organizations, people
from eventplanner.services.sample import ensure_sample_event
from eventplanner.store.database import Database


@pytest.mark.parametrize("start", [date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31)])
def test_event_dates_outside_the_range_are_refused(backend_db: Database, start: date) -> None:
    with pytest.raises(ValidationError, match="outside the years 1900–2199"):
        events.create_event(backend_db, "Ancient", start)
    assert events.list_events(backend_db) == []


@pytest.mark.parametrize("text", ["nul\x00byte", "lone \ud800 surrogate"])
def test_unstorable_text_is_refused_on_every_backend(backend_db: Database, text: str) -> None:
    with pytest.raises(ValidationError, match="NUL character or a broken"):
        events.create_event(backend_db, text, date(2030, 1, 1))
    with pytest.raises(ValidationError, match="NUL character or a broken"):
        people.create_person(backend_db, "Ann", text)
    with pytest.raises(ValidationError, match="NUL character or a broken"):
        organizations.create_organization(backend_db, text)
    assert events.list_events(backend_db) == [] and people.list_people(backend_db) == []


def test_text_longer_than_its_column_is_refused_on_every_backend(backend_db: Database) -> None:
    with pytest.raises(ValidationError, match="at most 32"):
        people.create_person(backend_db, "Ann", "Lee", honorific="H" * 33)
    with pytest.raises(ValidationError, match="at most 40"):
        organizations.create_organization(backend_db, "Org", acronym="A" * 41)
    assert people.list_people(backend_db) == []


def test_a_slot_in_year_9999_is_refused_and_the_agenda_still_prints(backend_db: Database) -> None:
    event, _ = ensure_sample_event(backend_db)
    slot = agenda.list_slots(backend_db, event.id)[0]
    with pytest.raises(ValidationError, match="outside the years"):
        agenda.update_slot(backend_db, slot.id, start=datetime(9999, 12, 31, 23, 0))
    assert agenda.get_slot(backend_db, slot.id).start == slot.start
