"""Re-importing a schedule exported from an event into that same event: which of its slots each of the file's
slots came from, and bringing those slots up to the file. Used by services/exchange.py inside its unit of work."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from eventplanner.domain.availability import default_role
from eventplanner.domain.enums import SLOT_KIND_LABELS, SlotKind
from eventplanner.domain.text import unique_key
from eventplanner.exports.schedule_common import slot_guid
from eventplanner.imports.schedule import ImportedSlot
from eventplanner.store.models import EventRow, SlotParticipantRow, SlotRow


def match_exported(s: Session, event: EventRow, slots: list[ImportedSlot]) -> dict[int, SlotRow]:
    """The event's slots the file's slots were exported from: by the GUID our export gives each slot, else by
    title and start. Returns the index in `slots` -> the slot row; each row is matched once."""
    rows = list(s.scalars(select(SlotRow).where(SlotRow.event_id == event.id)
                          .options(selectinload(SlotRow.participants))))
    by_guid = {slot_guid(event.slug, row.id): row for row in rows}
    by_title: dict[tuple[datetime, str], SlotRow] = {}
    for row in rows:
        for title in {row.title, SLOT_KIND_LABELS.get(SlotKind(row.kind), "") if not row.title.strip() else ""}:
            if title:
                by_title.setdefault((row.start, title.strip().casefold()), row)
    matched: dict[int, SlotRow] = {}
    taken: set[int] = set()
    for index, slot in enumerate(slots):
        found = by_guid.get(slot.guid) if slot.guid else None
        if found is None or found.id in taken:
            found = by_title.get((slot.start, slot.title.strip().casefold()))
        if found is not None and found.id not in taken:
            matched[index] = found
            taken.add(found.id)
    return matched


def update_slot(row: SlotRow, slot: ImportedSlot, room_ids: dict[str, int | None], people: dict[str, int]) -> bool:
    """Bring a matched slot up to the file; participants already there keep their roles. True when it changed."""
    kind_label = SLOT_KIND_LABELS.get(SlotKind(row.kind), "")
    values: dict[str, object] = {
        "start": slot.start, "duration_minutes": slot.duration_minutes, "description": slot.description,
        "room_id": room_ids.get(unique_key(slot.room), row.room_id),
    }
    if slot.title.strip() != (row.title.strip() or kind_label):  # an untitled slot was exported under its kind
        values["title"] = slot.title
    if slot.kind != SlotKind.OTHER:
        values["kind"] = slot.kind.value
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    wanted = list(dict.fromkeys(people[k] for k in slot.person_keys))
    if wanted != [p.person_id for p in row.participants]:
        roles = {p.person_id: p.role for p in row.participants}
        fallback = default_role(SlotKind(row.kind)).value
        row.participants = [SlotParticipantRow(person_id=pid, role=roles.get(pid, fallback), position=i)
                            for i, pid in enumerate(wanted)]
        changed = True
    return changed
