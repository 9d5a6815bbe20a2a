"""Paging a day of the agenda and the live show read conference days: a show at 00:15 after a day that began at
11:00 belongs to that day when the event's days change at 04:00."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import pytest

from eventplanner.domain.data import EventData, SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.services import agenda, events
from eventplanner.services import show as show_service
from eventplanner.services.agenda import SlotInput
from eventplanner.store.database import Database

FIRST, SECOND = date(2026, 5, 4), date(2026, 5, 5)


@pytest.fixture
def night(db: Database) -> EventData:
    event = events.create_event(db, "Night Forum", FIRST, SECOND, day_change_minutes=240)
    for start, title in ((datetime(2026, 5, 4, 11, 0), "Opening"), (datetime(2026, 5, 5, 0, 15), "Night show"),
                         (datetime(2026, 5, 5, 10, 0), "Day two")):
        agenda.add_slot(db, event.id, SlotInput(start=start, duration_minutes=45, kind=SlotKind.OTHER, title=title))
    return event


def titles(slots: Sequence[SlotData]) -> list[str]:
    return [s.title for s in slots]


def test_a_day_pages_through_its_shows_past_midnight(db: Database, night: EventData) -> None:
    assert titles(agenda.day_slots(db, night.id, FIRST)) == ["Opening", "Night show"]
    assert titles(agenda.day_slots(db, night.id, SECOND)) == ["Day two"]
    first = agenda.day_slots(db, night.id, FIRST, limit=1)
    assert titles(first) == ["Opening"]
    rest = agenda.day_slots(db, night.id, FIRST, after=(first[0].start, first[0].id), limit=10)
    assert titles(rest) == ["Night show"]


def test_calendar_days_without_a_day_change(db: Database, night: EventData) -> None:
    events.update_event(db, night.id, day_change_minutes=0)
    assert titles(agenda.day_slots(db, night.id, FIRST)) == ["Opening"]
    assert titles(agenda.day_slots(db, night.id, SECOND)) == ["Night show", "Day two"]


def test_the_show_of_day_one_runs_on_past_midnight(db: Database, night: EventData) -> None:
    view = show_service.open_show(db, night.id, datetime(2026, 5, 4, 10, 0), FIRST, None)
    assert [view.slots[i.id].title for i in view.state.items] == ["Opening", "Night show"]
    assert view.day == FIRST


def test_at_half_past_midnight_today_is_still_day_one(db: Database, night: EventData) -> None:
    view = show_service.open_show(db, night.id, datetime(2026, 5, 5, 0, 30))
    assert view.day == FIRST
    assert [view.slots[i.id].title for i in view.state.items] == ["Opening", "Night show"]


def starts(db: Database, event_id: int) -> dict[str, datetime]:
    return {s.title: s.start for s in agenda.list_slots(db, event_id)}


def test_ripple_pushes_the_night_show_with_its_evening(db: Database, night: EventData) -> None:
    opening = next(s for s in agenda.list_slots(db, night.id) if s.title == "Opening")
    agenda.add_slot(db, night.id, SlotInput(start=datetime(2026, 5, 4, 23, 45), duration_minutes=30, title="Late"),
                    ripple=True)
    assert starts(db, night.id)["Night show"] == datetime(2026, 5, 5, 0, 15)  # the gap absorbs it
    agenda.add_slot(db, night.id, SlotInput(start=datetime(2026, 5, 4, 23, 50), duration_minutes=30, title="Later"),
                    ripple=True)
    assert starts(db, night.id)["Night show"] == datetime(2026, 5, 5, 0, 20)
    assert starts(db, night.id)["Day two"] == datetime(2026, 5, 5, 10, 0)  # another conference day: untouched
    agenda.update_slot(db, opening.id, ripple=True, duration_minutes=60)
    assert starts(db, night.id)["Night show"] == datetime(2026, 5, 5, 0, 35)


def test_reordering_moves_the_night_show_within_its_day(db: Database, night: EventData) -> None:
    night_show = next(s for s in agenda.list_slots(db, night.id) if s.title == "Night show")
    agenda.reorder_slot(db, night_show.id, 0)  # first of day one, as Ctrl+Up in the agenda table asks
    assert starts(db, night.id)["Night show"] == datetime(2026, 5, 4, 11, 0)
    # each gap keeps its place in the run (`schedule.relayout`): the evening's long gap now comes first
    assert starts(db, night.id)["Opening"] == datetime(2026, 5, 5, 0, 15)
    assert starts(db, night.id)["Day two"] == datetime(2026, 5, 5, 10, 0)
