"""What the agenda shows after a Change, worked out from the slots in memory and the few it read again.

Plain data in and out (no Qt): `merge(...)` folds the re-read slots into the event's slot list, updates the
conflicts for the touched slots only, and says which slots' conflict marks changed and whether the order of
the slots moved (then the day is re-listed; otherwise its rows are updated in place).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.conflicts import Conflict, conflicts_by_slot, update_conflicts
from eventplanner.domain.data import EventData, SlotData
from eventplanner.domain.enums import SlotKind

#: Fields a change can carry to a shown slot without reading it again (speakers and new slots need a read).
PATCHABLE = frozenset({"title", "description", "start", "duration_minutes", "kind", "language", "remote",
                       "translations", "room_id", "event_id"})


def patched(shown: Mapping[int, SlotData], change: Change, room_names: Mapping[int, str]) -> dict[int, SlotData] | None:
    """The touched slots with the change's new values, when the change alone says all a row shows; else None
    (the caller reads them). An edit of titles, times or rooms then costs no query at all."""
    out: dict[int, SlotData] = {}
    for row in change.rows:
        if row.kind is not EntityKind.SLOT or row.before is None or row.after is None or row.id not in shown:
            return None
        if not row.fields <= PATCHABLE:
            return None
        values: dict[str, Any] = {k: row.after[k] for k in row.fields if k != "event_id"}
        if "kind" in values:
            values["kind"] = SlotKind(values["kind"])
        if "room_id" in values:
            values["room_name"] = room_names.get(values["room_id"], "") if values["room_id"] is not None else ""
        if "translations" in values:
            values["translations"] = {k: dict(v) for k, v in (values["translations"] or {}).items()}
        out[row.id] = replace(shown[row.id], **values, version=row.version_after or shown[row.id].version)
    return out


@dataclass(frozen=True)
class Merged:
    slots: list[SlotData]
    conflicts: list[Conflict]
    problems: dict[int, list[Conflict]]
    marks: frozenset[int]
    """Slots whose conflict marks changed (their rows repaint even if the slot itself did not change)."""
    reordered: bool
    """Slots came, went, changed day or changed places: the day's rows are listed again (re-timed slots that
    keep their order are updated in place)."""
    conflicts_changed: bool


def _shape(slot: SlotData) -> tuple[object, ...]:
    """What conflicts depend on, besides texts: time, room, kind, speakers, whether it has a title."""
    return (slot.start, slot.duration_minutes, slot.room_id, slot.kind, bool(slot.title.strip()),
            tuple(p.person.id for p in slot.participants))


def _in_order(slots: Sequence[SlotData]) -> bool:
    return all((a.start, a.id) <= (b.start, b.id) for a, b in pairwise(slots))


def merge(event: EventData, slots: Sequence[SlotData], fresh: Mapping[int, SlotData], asked: Collection[int],
          conflicts: Sequence[Conflict], problems: dict[int, list[Conflict]]) -> Merged:
    """`slots` after re-reading the `asked` ids, `fresh` being those that still exist in this event."""
    old = {s.id: s for s in slots if s.id in asked}
    gone = set(old) - set(fresh)
    new = set(fresh) - set(old)
    merged = [fresh.get(s.id, s) for s in slots if s.id not in gone]
    moved = any(fresh[i].start != old[i].start for i in fresh if i in old)
    reordered = bool(gone or new) or any(event.day_of(fresh[i].start) != event.day_of(old[i].start)
                                         for i in fresh if i in old)
    if new or (moved and not _in_order(merged)):
        merged += [fresh[i] for i in new]
        merged.sort(key=lambda s: (s.start, s.id))
        reordered = True
    touched = set(fresh) | gone
    if not (gone or new) and all(_shape(fresh[i]) == _shape(old[i]) for i in fresh) \
            and not any(i in problems for i in touched):
        # nothing a conflict depends on moved, and none of these slots had one: none can have come
        return Merged(merged, list(conflicts), problems, frozenset(), reordered, False)
    found = update_conflicts(event, merged, conflicts, touched)
    before = {c for c in conflicts if touched.intersection(c.slot_ids)}
    after = {c for c in found if touched.intersection(c.slot_ids)}
    changed = before != after
    marks = frozenset(sid for c in before ^ after for sid in c.slot_ids)
    return Merged(merged, found, conflicts_by_slot(found) if changed else problems, marks, reordered, changed)
