"""Conflict detection: each finding names what clashes, in words a planner understands."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from eventplanner.domain.conflict_messages import DateRef, DayRef, Param, PersonRef, SlotRef, render_message
from eventplanner.domain.data import EventData, SlotData
from eventplanner.domain.enums import SlotKind


class ConflictKind(StrEnum):
    PERSON_DOUBLE_BOOKED = "person_double_booked"
    ROOM_OVERLAP = "room_overlap"
    OUTSIDE_EVENT = "outside_event"
    DUPLICATE_PARTICIPANT = "duplicate_participant"
    EMPTY_ITEM = "empty_item"


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    slot_ids: tuple[int, ...]
    message: str
    """The message in English; `text(lang)` renders it in a content language."""
    person_id: int | None = None
    key: str = ""
    params: Mapping[str, Param] = field(default_factory=dict, compare=False)

    def text(self, lang: str | None) -> str:
        return render_message(self.key, self.params, lang) if self.key else self.message


def _conflict(kind: ConflictKind, slot_ids: tuple[int, ...], key: str, person_id: int | None = None,
              **params: Param) -> Conflict:
    return Conflict(kind, slot_ids, render_message(key, params, "en"), person_id, key, params)


def slot_label(slot: SlotData) -> str:
    """'Opening speeches' (10:10–10:35), falling back to the kind label for untitled slots."""
    return SlotRef.of(slot).render("en")


def _overlapping_pairs(slots: Sequence[SlotData]) -> Iterable[tuple[SlotData, SlotData]]:
    """Sweep over slots sorted by start: O(n log n + pairs) instead of comparing every pair."""
    ordered = sorted(slots, key=lambda s: (s.start, s.id))
    active: list[SlotData] = []
    for slot in ordered:
        active = [a for a in active if a.end > slot.start]
        for other in active:
            yield other, slot
        active.append(slot)


def room_overlaps(slots: Iterable[SlotData]) -> list[Conflict]:
    by_room: dict[int | None, list[SlotData]] = defaultdict(list)
    for s in slots:
        by_room[s.room_id].append(s)
    found = []
    for room_slots in by_room.values():
        for a, b in _overlapping_pairs(room_slots):
            key = "room_overlap_in" if a.room_name else "room_overlap"
            found.append(_conflict(ConflictKind.ROOM_OVERLAP, (a.id, b.id), key,
                                   a=SlotRef.of(a), b=SlotRef.of(b), room=a.room_name))
    return found


def person_double_bookings(slots: Iterable[SlotData]) -> list[Conflict]:
    by_person: dict[int, list[SlotData]] = defaultdict(list)
    names: dict[int, PersonRef] = {}
    for s in slots:
        for pid in {p.person.id for p in s.participants}:
            by_person[pid].append(s)
        for p in s.participants:
            names[p.person.id] = PersonRef.of(p.person)
    found = []
    for pid, person_slots in by_person.items():
        for a, b in _overlapping_pairs(person_slots):
            found.append(_conflict(ConflictKind.PERSON_DOUBLE_BOOKED, (a.id, b.id), "person_double_booked", pid,
                                   person=names[pid], a=SlotRef.of(a), b=SlotRef.of(b)))
    return found


def outside_event(event: EventData, slots: Iterable[SlotData]) -> list[Conflict]:
    span = DateRef(event.start_date, event.end_date)
    return [
        _conflict(ConflictKind.OUTSIDE_EVENT, (s.id,), "outside_event", slot=SlotRef.of(s), span=span)
        for s in slots
        if not event.start_date <= event.day_of(s.start) <= event.end_date
    ]


def duplicate_participants(slots: Iterable[SlotData]) -> list[Conflict]:
    found = []
    for s in slots:
        counts: dict[int, int] = defaultdict(int)
        for p in s.participants:
            counts[p.person.id] += 1
        for p in s.participants:
            if counts.get(p.person.id, 0) > 1:
                found.append(_conflict(ConflictKind.DUPLICATE_PARTICIPANT, (s.id,), "duplicate_participant",
                                       p.person.id, person=PersonRef.of(p.person), count=counts[p.person.id],
                                       slot=SlotRef.of(s)))
                counts.pop(p.person.id)
    return found


def empty_items(slots: Iterable[SlotData]) -> list[Conflict]:
    return [
        _conflict(ConflictKind.EMPTY_ITEM, (s.id,), "empty_item", date=DayRef(s.day), time=s.time_range)
        for s in slots
        if not s.title.strip() and s.kind is SlotKind.OTHER
    ]


def find_conflicts(event: EventData, slots: Sequence[SlotData]) -> list[Conflict]:
    """Every conflict of an agenda, ordered by the time of the first slot involved."""
    start_of = {s.id: s.start for s in slots}
    found = [
        *person_double_bookings(slots),
        *room_overlaps(slots),
        *outside_event(event, slots),
        *duplicate_participants(slots),
        *empty_items(slots),
    ]
    return sorted(found, key=lambda c: _order(c, start_of))


def update_conflicts(
    event: EventData, slots: Sequence[SlotData], previous: Sequence[Conflict], touched: Iterable[int]
) -> list[Conflict]:
    """`find_conflicts(event, slots)`, given the conflicts before some slots changed (or came or went).

    Conflicts not involving a touched slot stay as they were; those of touched slots are found again by
    comparing each touched slot with the slots of its room and of its speakers only. After an edit of one
    slot among thousands this costs a scan, not a sweep of every room and every speaker."""
    touched_ids = set(touched)
    kept = [c for c in previous if not touched_ids.intersection(c.slot_ids)]
    by_id = {s.id: s for s in slots}
    changed = sorted((by_id[i] for i in touched_ids if i in by_id), key=lambda s: (s.start, s.id))
    if not changed:
        found = kept
    else:
        found = [*kept, *outside_event(event, changed), *duplicate_participants(changed), *empty_items(changed)]
        by_room: dict[int | None, list[SlotData]] = defaultdict(list)
        by_person: dict[int, list[SlotData]] = defaultdict(list)
        rooms = {t.room_id for t in changed}
        persons = {p.person.id for t in changed for p in t.participants}
        for s in slots:
            if s.room_id in rooms:
                by_room[s.room_id].append(s)
            for p in s.participants:
                if p.person.id in persons and s not in by_person[p.person.id]:
                    by_person[p.person.id].append(s)
        for t in changed:
            for a, b in _pairs_with(t, by_room[t.room_id], touched_ids):
                key = "room_overlap_in" if a.room_name else "room_overlap"
                found.append(_conflict(ConflictKind.ROOM_OVERLAP, (a.id, b.id), key,
                                       a=SlotRef.of(a), b=SlotRef.of(b), room=a.room_name))
            names = {p.person.id: PersonRef.of(p.person) for p in t.participants}
            for pid in sorted(names):
                for a, b in _pairs_with(t, by_person[pid], touched_ids):
                    found.append(_conflict(ConflictKind.PERSON_DOUBLE_BOOKED, (a.id, b.id), "person_double_booked",
                                           pid, person=names[pid], a=SlotRef.of(a), b=SlotRef.of(b)))
    return sorted(found, key=lambda c: _order(c, by_id))


def _pairs_with(
    slot: SlotData, others: Iterable[SlotData], touched: set[int]
) -> Iterable[tuple[SlotData, SlotData]]:
    """Overlapping pairs (earlier, later) of `slot` with `others`, each pair of two touched slots once."""
    key = (slot.start, slot.id)
    for other in others:
        if other.id == slot.id:
            continue
        other_key = (other.start, other.id)
        if other.id in touched and other_key < key:
            continue  # found when that slot's turn comes
        a, b = (other, slot) if other_key < key else (slot, other)
        if a.end > b.start:
            yield a, b


def _order(conflict: Conflict, slots: Mapping[int, SlotData] | Mapping[int, datetime]
           ) -> tuple[datetime, str, tuple[int, ...], int, str]:
    """By the time of the first slot involved, then kind, slots and person: the same order however found."""
    first = min(_start(slots[i]) for i in conflict.slot_ids)
    return first, conflict.kind.value, conflict.slot_ids, conflict.person_id or 0, conflict.message


def _start(value: SlotData | datetime) -> datetime:
    return value if isinstance(value, datetime) else value.start


def conflicts_by_slot(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    result: dict[int, list[Conflict]] = defaultdict(list)
    for c in conflicts:
        for sid in c.slot_ids:
            result[sid].append(c)
    return dict(result)
