"""The agenda's merge of a Change: conflicts recomputed only when one can have changed (ui/agenda/refresh.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from eventplanner.domain.conflicts import find_conflicts
from eventplanner.domain.data import EventData, ParticipantData, PersonData, SlotData
from eventplanner.domain.enums import ParticipantRole, SlotKind

EVENT = EventData(id=1, slug="e", title="E", start_date=date(2025, 3, 3), end_date=date(2025, 3, 3))
PEOPLE = [PersonData(id=i, given_name=f"P{i}", family_name="Ə") for i in range(1, 5)]


def slot(i: int, minute: int, length: int, room: int | None, people: list[int], title: str) -> SlotData:
    return SlotData(id=i, event_id=1, start=datetime(2025, 3, 3, 9) + timedelta(minutes=minute),
                    duration_minutes=length, kind=SlotKind.SPEECH, title=title, room_id=room,
                    room_name=f"Room {room}" if room else "",
                    participants=tuple(ParticipantData(PEOPLE[p], ParticipantRole.SPEAKER, n)
                                       for n, p in enumerate(people)))


def test_the_agenda_skips_conflicts_only_when_none_can_change() -> None:
    from eventplanner.ui.agenda.refresh import merge

    slots = [slot(1, 0, 30, 1, [0], "A"), slot(2, 10, 30, 1, [1], "B"), slot(3, 60, 30, 2, [], "C")]
    found = find_conflicts(EVENT, slots)
    problems = {c.slot_ids[0]: [c] for c in found}
    renamed = replace(slots[2], title="C <&> renamed")
    result = merge(EVENT, slots, {3: renamed}, {3}, found, problems)
    assert result.conflicts == found and not result.conflicts_changed
    overlapping = replace(slots[2], start=slots[0].start, room_id=1)
    result = merge(EVENT, slots, {3: overlapping}, {3}, found, problems)
    assert result.conflicts == find_conflicts(EVENT, [slots[0], slots[1], overlapping])
    retitled = replace(slots[0], title="A2")  # in a conflict: its message names the new title
    result = merge(EVENT, slots, {1: retitled}, {1}, found, problems)
    assert result.conflicts == find_conflicts(EVENT, [retitled, slots[1], slots[2]])
