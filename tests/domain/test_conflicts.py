from datetime import date, datetime

from eventplanner.domain.conflicts import ConflictKind, conflicts_by_slot, find_conflicts
from eventplanner.domain.data import EventData, ParticipantData, PersonData, SlotData
from eventplanner.domain.enums import SlotKind

EVENT = EventData(id=1, slug="e", title="E", start_date=date(2021, 12, 18), end_date=date(2021, 12, 18))
ANNA = PersonData(id=1, given_name="Anna", family_name="Ağayeva", honorific="Dr.")
IVAN = PersonData(id=2, given_name="Иван", family_name="Петров")


def slot(id_: int, hhmm: str, minutes: int, *people: PersonData, room: int | None = None, day: int = 18,
         title: str = "Talk", kind: SlotKind = SlotKind.SPEECH) -> SlotData:
    h, m = map(int, hhmm.split(":"))
    return SlotData(id=id_, event_id=1, start=datetime(2021, 12, day, h, m), duration_minutes=minutes, kind=kind,
                    title=title, room_id=room, room_name=f"Room {room}" if room else "",
                    participants=tuple(ParticipantData(p, position=i) for i, p in enumerate(people)))


def kinds(slots: list[SlotData]) -> list[ConflictKind]:
    return [c.kind for c in find_conflicts(EVENT, slots)]


def test_clean_agenda_has_no_conflicts():
    assert find_conflicts(EVENT, [slot(1, "10:00", 30, ANNA), slot(2, "10:30", 30, ANNA)]) == []


def test_person_in_two_overlapping_slots_in_different_rooms():
    found = find_conflicts(EVENT, [slot(1, "10:00", 30, ANNA, room=1), slot(2, "10:15", 30, ANNA, room=2)])
    assert [c.kind for c in found] == [ConflictKind.PERSON_DOUBLE_BOOKED]
    assert "Dr. Anna Ağayeva" in found[0].message
    assert set(found[0].slot_ids) == {1, 2}


def test_two_overlapping_slots_in_one_room():
    found = find_conflicts(EVENT, [slot(1, "10:00", 30, room=1, title="A"), slot(2, "10:29", 5, room=1, title="B")])
    assert [c.kind for c in found] == [ConflictKind.ROOM_OVERLAP]
    assert "“A”" in found[0].message and "“B”" in found[0].message and "Room 1" in found[0].message


def test_parallel_rooms_do_not_clash():
    assert kinds([slot(1, "10:00", 30, room=1), slot(2, "10:00", 30, room=2)]) == []


def test_slot_outside_event_dates():
    found = find_conflicts(EVENT, [slot(1, "10:00", 30, day=19)])
    assert [c.kind for c in found] == [ConflictKind.OUTSIDE_EVENT]
    assert "18 Dec 2021" in found[0].message


def test_midnight_crossing_overlaps_next_day_slot():
    late = slot(1, "23:30", 60, IVAN, room=1)
    early = SlotData(id=2, event_id=1, start=datetime(2021, 12, 19, 0, 15), duration_minutes=30,
                     kind=SlotKind.SPEECH, title="Early", room_id=1, participants=(ParticipantData(IVAN),))
    event = EventData(id=1, slug="e", title="E", start_date=date(2021, 12, 18), end_date=date(2021, 12, 19))
    found = {c.kind for c in find_conflicts(event, [late, early])}
    assert found == {ConflictKind.ROOM_OVERLAP, ConflictKind.PERSON_DOUBLE_BOOKED}


def test_person_listed_twice_in_one_slot():
    found = find_conflicts(EVENT, [slot(1, "10:00", 30, IVAN, IVAN)])
    assert [c.kind for c in found] == [ConflictKind.DUPLICATE_PARTICIPANT]
    assert "Иван Петров" in found[0].message and "2 times" in found[0].message


def test_empty_item_without_title_and_kind():
    found = find_conflicts(EVENT, [slot(1, "10:00", 30, title="  ", kind=SlotKind.OTHER)])
    assert [c.kind for c in found] == [ConflictKind.EMPTY_ITEM]


def test_untitled_slot_with_a_kind_is_fine():
    assert kinds([slot(1, "10:00", 30, title="", kind=SlotKind.BREAK)]) == []


def test_conflicts_by_slot_indexes_both_sides():
    found = find_conflicts(EVENT, [slot(1, "10:00", 30, ANNA), slot(2, "10:10", 30, ANNA)])
    index = conflicts_by_slot(found)
    assert set(index) == {1, 2}
