"""The day-change time: kept from an imported frab schedule's day boundaries, editable for events made by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ValidationError
from eventplanner.services import events, exchange
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "schedule-format" / "samples"


def test_camp_import_keeps_its_day_boundaries(db: Database) -> None:
    report = exchange.import_schedule(db, SAMPLES / "camp2019-frab.json")
    assert report.event_id is not None
    event = events.get_event(db, report.event_id)
    assert event.day_change_minutes == 240  # days declared 09:00 to 04:00 the next morning
    data = programme_data(db, event.id, with_images=False)
    last = data.slots_on(event.end_date)[-1]
    show = replace(last, id=-1, start=datetime.combine(event.end_date + timedelta(days=1), time(0, 15)))
    with_show = replace(data, slots=(*data.slots, show))
    assert with_show.day_of(show) == event.end_date  # the last night's show belongs to the last day
    assert with_show.days == event.days  # no extra calendar day
    assert not any("outside the event's dates" in n for n in report.notes)


def test_a_schedule_without_late_days_keeps_calendar_days(db: Database) -> None:
    report = exchange.import_schedule(db, SAMPLES / "lswt2019.xml")
    assert report.event_id is not None
    assert events.get_event(db, report.event_id).day_change_minutes == 0


def test_day_change_is_edited_like_any_event_detail(db: Database, sample_event: EventData) -> None:
    changed = events.update_event(db, sample_event.id, sample_event.version, day_change_minutes=180)
    assert changed.day_change_minutes == 180
    assert events.get_event(db, sample_event.id).day_change_minutes == 180
    copy = events.duplicate_event(db, sample_event.id, new_start=date(2030, 1, 1))
    assert copy.day_change_minutes == 180
    with pytest.raises(ValidationError, match="between 00:00 and 12:00"):
        events.update_event(db, sample_event.id, changed.version, day_change_minutes=13 * 60)
    assert events.get_event(db, sample_event.id).day_change_minutes == 180


def test_new_events_change_days_at_midnight(db: Database) -> None:
    event = events.create_event(db, "Workshop", date(2025, 1, 1))
    assert event.day_change_minutes == 0
    assert event.day_of(datetime(2025, 1, 2, 0, 30)) == date(2025, 1, 2)


@pytest.mark.parametrize("suffix", [".xml", ".json"])
def test_camp_export_and_reimport_keep_every_night_in_its_day(db: Database, tmp_path: Path, suffix: str) -> None:
    from eventplanner.domain.enums import SlotKind
    from eventplanner.services.agenda import SlotInput, add_slot
    from eventplanner.store.database import open_database

    report = exchange.import_schedule(db, SAMPLES / "camp2019-frab.json")
    assert report.event_id is not None
    event = events.get_event(db, report.event_id)
    show = datetime.combine(event.start_date + timedelta(days=1), time(0, 15))  # after the first day
    add_slot(db, event.id, SlotInput(show, 45, SlotKind.OTHER, "Night show"))
    before = programme_data(db, report.event_id, with_images=False)
    assert next(s for s in before.slots if s.title == "Night show").start == show
    exported = exchange.export_schedule(db, report.event_id, tmp_path / f"camp{suffix}")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        again = exchange.import_schedule(other, exported)
        assert again.event_id is not None
        after = programme_data(other, again.event_id, with_images=False)
        assert after.event.day_change_minutes == 240
        assert after.days == before.days
        assert sorted((s.start, s.title, after.day_of(s)) for s in after.slots) == sorted(
            (s.start, s.title, before.day_of(s)) for s in before.slots)
        assert after.day_of(next(s for s in after.slots if s.title == "Night show")) == event.start_date
    finally:
        other.close()
