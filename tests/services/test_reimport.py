"""Re-importing an exported schedule into the same event updates it: matched by the exported GUIDs, then by
title and start; no new room, no copies, no conflicts; participants keep their roles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventplanner.domain.conflicts import find_conflicts
from eventplanner.domain.data import EventData
from eventplanner.domain.enums import ParticipantRole
from eventplanner.services import agenda, events, exchange
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database


def _snapshot(db: Database, event_id: int) -> list[tuple[str, str, int, tuple[tuple[str, str], ...]]]:
    return [(s.title, f"{s.start:%H:%M}", s.duration_minutes,
             tuple((p.person.family_name, p.role.value) for p in s.participants))
            for s in agenda.list_slots(db, event_id)]


@pytest.mark.parametrize("suffix", ["json", "xml"])
def test_reimport_of_an_export_changes_nothing(db: Database, sample_event: EventData, tmp_path: Path,
                                               suffix: str) -> None:
    slot = next(s for s in agenda.list_slots(db, sample_event.id) if s.participants)
    moderated = tuple((p.person.id, ParticipantRole.MODERATOR) for p in slot.participants)
    agenda.update_slot(db, slot.id, participants=moderated)
    before = _snapshot(db, sample_event.id)
    path = tmp_path / f"s.{suffix}"
    exchange.export_schedule(db, sample_event.id, path, fmt=suffix)
    report = exchange.import_schedule(db, path, event=sample_event.id)
    assert (report.slots_created, report.rooms_created, report.slots_updated) == (0, 0, 0)
    assert report.slots_matched == len(before)
    assert _snapshot(db, sample_event.id) == before
    data = programme_data(db, sample_event.id, with_images=False)
    assert not data.rooms and not find_conflicts(data.event, data.slots)


def test_reimport_updates_the_matched_slots_and_keeps_roles(db: Database, sample_event: EventData,
                                                            tmp_path: Path) -> None:
    slots = agenda.list_slots(db, sample_event.id)
    talk = next(s for s in slots if s.participants)
    agenda.update_slot(db, talk.id, participants=tuple((p.person.id, ParticipantRole.CHAIR) for p in talk.participants))
    path = tmp_path / "s.json"
    exchange.export_schedule(db, sample_event.id, path, fmt="json")
    data = json.loads(path.read_text(encoding="utf-8"))
    events_in_file = [ev for day in data["schedule"]["conference"]["days"] for room in day["rooms"].values()
                      for ev in room]
    changed = next(ev for ev in events_in_file if ev["title"] == talk.title)
    changed["duration"] = "00:40"
    untitled = events_in_file[0]
    untitled["guid"] = ""  # no GUID: matched by title and start
    untitled["abstract"] = "New words"
    untitled["description"] = "New words"
    path.write_text(json.dumps(data), encoding="utf-8")
    report = exchange.import_schedule(db, path, event=sample_event.id)
    assert report.slots_created == 0 and report.slots_matched == len(slots) and report.slots_updated >= 1
    after = {s.id: s for s in agenda.list_slots(db, sample_event.id)}
    assert len(after) == len(slots)
    assert after[talk.id].duration_minutes == 40
    assert {p.role for p in after[talk.id].participants} == {ParticipantRole.CHAIR}
    assert "Slots: 0 created" in "\n".join(report.lines())


def test_a_schedule_for_another_event_still_adds_slots(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    exchange.export_schedule(db, sample_event.id, path, fmt="json")
    other = events.create_event(db, "Other", sample_event.start_date, sample_event.end_date)
    report = exchange.import_schedule(db, path, event=other.id)
    assert report.slots_created == len(agenda.list_slots(db, sample_event.id))
