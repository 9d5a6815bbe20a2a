"""Import of schedules, export of schedules, speaker lists and badges: the file formats meet the database here.
(Speaker sheets are imported by services/speaker_import.py.)

Parsing happens before any write; the writing is one unit of work, so a broken file changes nothing.
Exporters are imported inside the functions: start-up never pays for lxml, openpyxl, icalendar or ReportLab.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from eventplanner.domain.availability import default_role
from eventplanner.domain.data import EventData
from eventplanner.domain.days import conference_day
from eventplanner.domain.text import name_key, slugify, unique_key
from eventplanner.exports.schedule_common import DEFAULT_ROOM
from eventplanner.gc_pause import cycle_collector_paused
from eventplanner.imports.schedule import (
    ImportedPerson,
    ImportedSchedule,
    ImportedSlot,
    read_schedule,
    read_schedule_file,
)
from eventplanner.services.bulk import Check, insert_rows
from eventplanner.services.common import get_row, log_activity, retry_duplicates
from eventplanner.services.programme import programme_data
from eventplanner.services.schedule_update import match_exported, update_slot
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, PersonRow, RoomRow, SlotParticipantRow, SlotRow

EventRef = int | EventData | None


@dataclass
class ImportReport:
    source: str
    source_format: str
    event_id: int
    event_title: str
    event_created: bool
    days: int = 0
    rooms_created: int = 0
    rooms_matched: int = 0
    slots_created: int = 0
    slots_matched: int = 0
    slots_updated: int = 0
    people_created: int = 0
    people_matched: int = 0
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as printable lines (CLI prints them; the GUI shows them in a dialog)."""
        verb = "created" if self.event_created else "updated"
        out = [
            f"Imported {self.source} ({self.source_format}).",
            f"Event: {self.event_title} (#{self.event_id}, {verb})",
            f"Days: {self.days}",
            f"Rooms: {self.rooms_created} created, {self.rooms_matched} matched",
            f"Slots: {self.slots_created} created, {self.slots_matched} already present"
            + (f" ({self.slots_updated} updated)" if self.slots_updated else ""),
            f"People: {self.people_created} created, {self.people_matched} matched",
        ]
        if self.notes:
            out.append(f"Notes ({len(self.notes)}):")
            out += [f"  - {n}" for n in self.notes]
        out.append(f"Skipped ({len(self.skipped)}):" if self.skipped else "Skipped: nothing")
        out += [f"  - {s}" for s in self.skipped]
        return out


def _event_id(event: EventRef) -> int | None:
    return event.id if isinstance(event, EventData) else event


def _unique_slug(s: Session, wanted: str) -> str:
    base = slugify(wanted)[:60]
    taken = set(s.scalars(select(EventRow.slug).where(EventRow.slug.like(f"{base}%"))))
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug


def _timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def _new_event(s: Session, sched: ImportedSchedule) -> EventRow:
    from eventplanner.domain.errors import ValidationError

    if sched.start_date is None or sched.end_date is None:
        raise ValidationError("The schedule has no dates and no timed events; there is nothing to import.")
    row = EventRow(
        slug=_unique_slug(s, sched.acronym or sched.title),
        title=sched.title[:2000],
        short_title="",
        start_date=sched.start_date,
        end_date=sched.end_date,
        timezone=_timezone(sched.timezone),
        day_change_minutes=sched.day_change_minutes,
        notes=f"Imported from a {sched.source_format}" + (f" made by {sched.generator}." if sched.generator else "."),
        translations={},
    )
    s.add(row)
    s.flush()
    return row


def _locked_event(s: Session, event_id: int) -> EventRow:
    """The event, its row locked until commit on a server (SQLite's whole-file write lock is already held)."""
    get_row(s, EventRow, event_id)
    locked = s.scalars(select(EventRow).where(EventRow.id == event_id).with_for_update()).one()
    return locked


def _rooms_of(s: Session, event_id: int) -> dict[str, RoomRow]:
    """The event's rooms by the key their unique index holds (store/models.py): the import matches a room by it,
    so it never adds one twice, and a room someone adds meanwhile makes the index refuse the import, which is
    then tried again (`retry_duplicates`)."""
    return {r.name_key: r for r in s.scalars(select(RoomRow).where(RoomRow.event_id == event_id))}


def _table(row: type[PersonRow | SlotRow | SlotParticipantRow]) -> Table:
    return cast(Table, row.__table__)


def _apply(s: Session, sched: ImportedSchedule, event_id: int | None, source: str, check: Check) -> ImportReport:
    created = event_id is None
    event = _new_event(s, sched) if event_id is None else _locked_event(s, event_id)
    report = ImportReport(source, sched.source_format, event.id, event.title, created, days=len(sched.days))
    report.skipped, report.notes = list(sched.skipped), list(sched.notes)

    rooms = _rooms_of(s, event.id)
    # Into an existing event, the room our own export names for slots without one (the venue, or "Main hall")
    # means no room: re-importing never adds a room the event did not have.
    no_room = set() if created else {unique_key(n) for n in (event.venue_name.strip(), DEFAULT_ROOM) if n} - set(rooms)
    next_pos = max((r.position for r in rooms.values()), default=-1) + 1
    for name in sched.rooms:
        key = unique_key(name)
        if key in rooms:
            report.rooms_matched += 1
            continue
        if key in no_room:
            continue
        rooms[key] = RoomRow(event_id=event.id, name=name, position=next_pos, translations={})
        next_pos += 1
        s.add(rooms[key])
        report.rooms_created += 1

    s.flush()  # rooms get their ids
    room_ids: dict[str, int | None] = {key: room.id for key, room in rooms.items()}
    room_ids.update(dict.fromkeys(no_room))

    # People, slots and participants go in as bulk inserts given column by column (services/bulk.py).
    existing_people: dict[str, int] = {}
    for pid, given, family in s.execute(select(PersonRow.id, PersonRow.given_name, PersonRow.family_name)):
        existing_people.setdefault(name_key(f"{given} {family}"), pid)
    to_create: dict[str, ImportedPerson] = {}  # name key -> the person to create
    name_keys: dict[str, str] = {}  # the schedule's person key -> name key
    for person in sched.people:
        key = person.match_key or name_key(f"{person.given_name} {person.family_name}")
        if key in existing_people or key in to_create:
            report.people_matched += 1
        else:
            to_create[key] = person
            report.people_created += 1
        name_keys[person.key] = key
    new_people = list(to_create.values())
    existing_people.update(zip(to_create, insert_rows(s, _table(PersonRow), {
        "honorific": [p.honorific[:32] for p in new_people], "given_name": [p.given_name for p in new_people],
        "family_name": [p.family_name for p in new_people], "biography": [p.biography for p in new_people],
    }, {"translations": {}}, ids=True, check=check), strict=True))
    people = {pkey: existing_people[key] for pkey, key in name_keys.items()}

    matched = {} if created else match_exported(s, event, sched.slots)
    for index, row in matched.items():
        report.slots_updated += update_slot(row, sched.slots[index], room_ids, people)
    report.slots_matched = len(matched)
    present = {(start, (room or "").casefold(), title.casefold()) for start, room, title in s.execute(
        select(SlotRow.start, RoomRow.name, SlotRow.title).outerjoin(RoomRow).where(SlotRow.event_id == event.id))}
    room_names = {key: room.name.casefold() for key, room in rooms.items()}
    room_names.update(dict.fromkeys(no_room, ""))
    room_key = {name: unique_key(name) for name in {x.room for x in sched.slots}}  # once per room, not per slot
    new_slots: list[ImportedSlot] = []
    for index, slot in enumerate(sched.slots):
        if index in matched:
            continue
        slot_key = (slot.start, room_names[room_key[slot.room]], slot.title.casefold())
        if slot_key in present:
            report.slots_matched += 1
            continue
        present.add(slot_key)
        new_slots.append(slot)
    slot_ids = insert_rows(s, _table(SlotRow), {
        "start": [x.start for x in new_slots], "duration_minutes": [x.duration_minutes for x in new_slots],
        "kind": [x.kind.value for x in new_slots], "title": [x.title for x in new_slots],
        "description": [x.description for x in new_slots],
        "room_id": [room_ids[room_key[x.room]] for x in new_slots], "language": [x.language[:8] for x in new_slots],
    }, {"event_id": event.id, "translations": {}}, ids=True, check=check)
    role_of = {kind: default_role(kind).value for kind in {x.kind for x in new_slots}}
    links = [(slot_id, people[k], i, role_of[slot.kind])
             for slot, slot_id in zip(new_slots, slot_ids, strict=True) for i, k in enumerate(slot.person_keys)]
    if links:
        link_slots, link_people, link_positions, link_roles = zip(*links, strict=True)  # rows to columns, in C
        insert_rows(s, _table(SlotParticipantRow), {"slot_id": link_slots, "person_id": link_people,
                                                    "position": link_positions, "role": link_roles}, check=check)
    report.slots_created = len(new_slots)
    if sched.slots and not _within(event, min(x.start for x in sched.slots), max(x.start for x in sched.slots)):
        outside = [x for x in sched.slots if not _within(event, x.start, x.start)]
        report.notes.append(f"{len(outside)} slot(s) start outside the event's dates; the conflict list shows them.")
    s.flush()
    log_activity(s, event.id, "import_schedule", f"Imported {report.slots_created} slots from {source}")
    return report


def _within(event: EventRow, first: datetime, last: datetime) -> bool:
    """Whether the conference days of `first` .. `last` lie in the event's dates (days only grow with time)."""
    change = event.day_change_minutes
    return event.start_date <= conference_day(first, change) and conference_day(last, change) <= event.end_date


def import_schedule(
    db: Database, path_or_bytes: str | os.PathLike[str] | bytes, event: EventRef = None, check: Check | None = None
) -> ImportReport:
    """Import schedule XML or JSON (frab, pretalx, OSEM, c3voc) in one transaction.

    Without `event` a new event is created from the file; with it, rooms, people and slots are added to that
    event, and slots already present are updated, not duplicated: matched by the GUID our own export gives each
    slot, then by title and start (and, as before, by start, room and title); their participants keep their
    roles. People are matched by name across the whole database. Raises ValidationError for files that are not
    schedules. `check` is called between batches of rows; when it raises (domain.errors.Cancelled), nothing is
    written.
    """
    # The read and the write make a few hundred thousand objects and no cycles (gc_pause.py); the schedule read
    # is freed when `_import` returns, before collection resumes, so the collector does not walk it once more.
    with cycle_collector_paused():
        return _import(db, path_or_bytes, _event_id(event), check or _go_on)


def _import(db: Database, path_or_bytes: str | os.PathLike[str] | bytes, event_id: int | None,
            check: Check) -> ImportReport:
    if isinstance(path_or_bytes, bytes | bytearray):
        sched, source = read_schedule(bytes(path_or_bytes)), "data"
    else:
        sched, source = read_schedule_file(path_or_bytes), Path(path_or_bytes).name
    check()

    def attempt() -> ImportReport:
        with db.session(exclusive=True) as s:
            return _apply(s, sched, event_id, source, check)

    return retry_duplicates(attempt)


def _go_on() -> None:
    return None


# --- exports ---------------------------------------------------------------------------------------------------

SCHEDULE_FORMATS = ("xml", "json", "ics")


def export_schedule(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    lang: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the event's schedule as frab/c3voc XML, JSON or iCalendar, chosen by `fmt` or the file suffix."""
    from eventplanner.domain.errors import ValidationError

    target = Path(path)
    kind = (fmt or target.suffix.lstrip(".")).lower()
    kind = "ics" if kind in ("ical", "icalendar") else kind
    if kind not in SCHEDULE_FORMATS:
        raise ValidationError(f"Schedules are exported as XML, JSON or ICS (iCalendar), not “{kind or target.name}”.")
    db.refuse_output(target)
    data = programme_data(db, event_id, with_images=False)
    if kind == "xml":
        from eventplanner.exports.schedule_xml import write_schedule_xml

        return write_schedule_xml(data, target, lang, now)
    if kind == "json":
        from eventplanner.exports.schedule_json import write_schedule_json

        return write_schedule_json(data, target, lang, now)
    from eventplanner.exports.ical import write_schedule_ical

    return write_schedule_ical(data, target, lang, now)


def export_speakers(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    per_slot: bool = False,
    fmt: str | None = None,
    lang: str | None = None,
    warnings: list[str] | None = None,
) -> Path:
    """Write the speaker list as CSV, XLSX, PDF or DOCX (by `fmt` or the file suffix).

    `warnings` receives what the user should know (e.g. characters a Word file cannot hold, removed).
    """
    from eventplanner.exports.speaker_list import write_speaker_list

    db.refuse_output(path)
    return write_speaker_list(programme_data(db, event_id, with_images=False), path, per_slot, lang, fmt, warnings)


def export_badges(
    db: Database, event_id: int, path: str | os.PathLike[str], kind: str = "badges", lang: str | None = None
) -> Path:
    """Name badges (`kind="badges"`) or folded table cards (`kind="cards"`) for the event's speakers, as PDF."""
    from eventplanner.exports.badges import write_badges

    db.refuse_output(path)
    return write_badges(programme_data(db, event_id, with_images=True), path, kind, lang)


def count_events(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(EventRow)) or 0)
