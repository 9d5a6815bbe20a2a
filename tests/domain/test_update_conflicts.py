"""Conflicts updated for the touched slots only equal the conflicts found from scratch."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from eventplanner.domain.conflicts import find_conflicts, update_conflicts
from eventplanner.domain.data import EventData, ParticipantData, PersonData, SlotData
from eventplanner.domain.enums import ParticipantRole, SlotKind

EVENT = EventData(id=1, slug="e", title="E", start_date=date(2025, 3, 3), end_date=date(2025, 3, 3))
PEOPLE = [PersonData(id=i, given_name=f"P{i}", family_name="Ə") for i in range(1, 5)]


def slot(i: int, minute: int, length: int, room: int | None, people: list[int], title: str) -> SlotData:
    return SlotData(id=i, event_id=1, start=datetime(2025, 3, 3, 9) + timedelta(minutes=minute),
                    duration_minutes=length, kind=SlotKind.OTHER if not title else SlotKind.SPEECH, title=title,
                    room_id=room, room_name=f"Room {room}" if room else "",
                    participants=tuple(ParticipantData(PEOPLE[p], ParticipantRole.SPEAKER, n)
                                       for n, p in enumerate(people)))


slots_strategy = st.lists(
    st.tuples(st.integers(-60, 1500), st.integers(5, 90), st.sampled_from([None, 1, 2]),
              st.lists(st.integers(0, 3), max_size=3), st.sampled_from(["", "Talk", "<&>"])),
    min_size=1, max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(slots_strategy, st.data())
def test_update_equals_find(raw: list, data: st.DataObject) -> None:  # type: ignore[type-arg]
    slots = [slot(i + 1, *r) for i, r in enumerate(raw)]
    before = find_conflicts(EVENT, slots)
    touched = data.draw(st.sets(st.sampled_from([s.id for s in slots]), min_size=1))
    edited = []
    for s in slots:
        if s.id in touched:
            if data.draw(st.booleans()):
                continue  # deleted
            s = replace(s, start=s.start + timedelta(minutes=data.draw(st.integers(-30, 30))),
                        title=data.draw(st.sampled_from(["", "New", s.title])))
        edited.append(s)
    added = [slot(100, data.draw(st.integers(0, 600)), 30, 1, [0], "Added")] if data.draw(st.booleans()) else []
    after = edited + added
    assert update_conflicts(EVENT, after, before, touched | {s.id for s in added}) == find_conflicts(EVENT, after)

