"""Agenda slots: add, edit, move, reorder, delete, with the ripple rule and conflict checks.

Every mutating call returns an `AgendaChange`: the slot acted on and the other slots it re-timed, for the
caller to show. Undo does not need it: `services.history.record` records every row the call wrote as a
`Change`, which `history.revert` puts back in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from eventplanner.domain import schedule
from eventplanner.domain.conflicts import Conflict, find_conflicts
from eventplanner.domain.data import SlotData, Translations
from eventplanner.domain.days import day_bounds
from eventplanner.domain.enums import SLOT_KIND_LABELS, ParticipantRole, SlotKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.languages import added_title
from eventplanner.domain.limits import check_date, check_text
from eventplanner.services import slot_reader
from eventplanner.services.common import check_version, get_row, log_activity
from eventplanner.services.convert import clean_translations, event_data, slot_data
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, PersonRow, RoomRow, SlotParticipantRow, SlotRow


@dataclass(frozen=True)
class SlotInput:
    """What a user fills in for a slot; participants are (person id, role) in speaking order."""

    start: datetime
    duration_minutes: int
    kind: SlotKind = SlotKind.OTHER
    title: str = ""
    description: str = ""
    room_id: int | None = None
    language: str = ""
    remote: bool = False
    participants: tuple[tuple[int, ParticipantRole], ...] = ()
    translations: Translations = field(default_factory=dict)

    @classmethod
    def from_slot(cls, slot: SlotData) -> SlotInput:
        return cls(
            start=slot.start,
            duration_minutes=slot.duration_minutes,
            kind=slot.kind,
            title=slot.title,
            description=slot.description,
            room_id=slot.room_id,
            language=slot.language,
            remote=slot.remote,
            participants=tuple((p.person.id, p.role) for p in slot.participants),
            translations=slot.translations,
        )


@dataclass(frozen=True)
class AgendaChange:
    """The slot acted on (None when deleted) and every other slot re-timed: id -> (old start, new start)."""

    slot: SlotData | None
    shifted: Mapping[int, tuple[datetime, datetime]] = field(default_factory=dict)


_SLOT_FIELDS = {f for f in SlotInput.__dataclass_fields__}


def _load(s: Session, slot_id: int) -> SlotRow:
    return get_row(s, SlotRow, slot_id)


def _slot_query() -> Any:
    return select(SlotRow).options(
        selectinload(SlotRow.participants).selectinload(SlotParticipantRow.person).selectinload(PersonRow.organization),
        selectinload(SlotRow.room),
    )


def _day_change(s: Session, event_id: int) -> int:
    return int(s.scalar(select(EventRow.day_change_minutes).where(EventRow.id == event_id)) or 0)


def _day_rows(s: Session, event_id: int, day: date) -> list[SlotRow]:
    """Slots of one conference day (its shows past midnight included): the ripple rule never reaches beyond it."""
    lo, hi = day_bounds(day, _day_change(s, event_id))
    return list(s.scalars(select(SlotRow).where(SlotRow.event_id == event_id, SlotRow.start >= lo, SlotRow.start < hi)))


def _timed(row: SlotRow) -> schedule.Timed:
    return schedule.Timed(row.id, row.start, row.duration_minutes, row.room_id, row.event.day_change_minutes)


def _apply_starts(
    rows: Iterable[SlotRow], starts: Mapping[int, datetime], skip: int | None = None
) -> dict[int, tuple[datetime, datetime]]:
    shifted = {}
    for row in rows:
        new = starts.get(row.id)
        if new is not None and new != row.start and row.id != skip:
            shifted[row.id] = (row.start, new)
            row.start = new
    return shifted


def _validate(s: Session, event_id: int, values: Mapping[str, Any], changed: Iterable[str] | None = None) -> None:
    """Check the slot's values; with `changed`, only what those fields can break (no query for the rest)."""
    check = set(_SLOT_FIELDS if changed is None else changed)
    schedule.check_duration(int(values["duration_minutes"]))
    if not isinstance(values["start"], datetime):
        raise ValidationError("A slot needs a start time.")
    check_date(values["start"], "The slot's start")
    for name in ("title", "description"):
        if isinstance(values.get(name), str):
            check_text(values[name], f"The slot's {name}")
    try:
        kind = SlotKind(values["kind"])
    except ValueError as exc:
        raise ValidationError(f"Unknown slot kind “{values['kind']}”.") from exc
    if kind.is_pause and values.get("participants") and check & {"kind", "participants"}:
        raise ValidationError("Breaks and meals have no speakers; remove the participants or change the kind.")
    room_id = values.get("room_id")
    if room_id is not None and "room_id" in check:
        room = s.get(RoomRow, room_id)
        if room is None or room.event_id != event_id:
            raise ValidationError("The chosen room does not belong to this event.")
    if "participants" in check:
        for person_id, role in values.get("participants", ()):
            if s.get(PersonRow, person_id) is None:
                raise ValidationError(f"The person #{person_id} no longer exists.")
            ParticipantRole(role)


def _set_participants(row: SlotRow, participants: Sequence[tuple[int, ParticipantRole]]) -> None:
    """Make the slot's speaker list this one, reusing its rows in place (undo then sees each row's change).

    The slot's own version moves on too, so a colleague's later edit of the list is noticed."""
    wanted = [(pid, ParticipantRole(role).value) for pid, role in participants]
    rows = list(row.participants)
    for position, (person_id, role) in enumerate(wanted):
        if position < len(rows):
            part = rows[position]
            if (part.person_id, part.role, part.position) != (person_id, role, position):
                part.person_id, part.role, part.position = person_id, role, position
        else:
            row.participants.append(SlotParticipantRow(person_id=person_id, role=role, position=position))
    del row.participants[len(wanted):]
    if inspect(row).persistent:
        flag_modified(row, "kind")


def _row_values(row: SlotRow, with_participants: bool) -> dict[str, Any]:
    """The slot's fields as SlotInput names them, from the loaded row (participants only when asked)."""
    values: dict[str, Any] = {name: getattr(row, name) for name in _SLOT_FIELDS if name != "participants"}
    values["kind"] = SlotKind(row.kind)
    values["translations"] = dict(row.translations or {})
    if with_participants:
        values["participants"] = tuple((p.person_id, ParticipantRole(p.role)) for p in row.participants)
    return values


def _fresh(s: Session, slot_id: int) -> SlotData:
    s.flush()
    found = slot_reader.read_slot(s, slot_id)
    if found is None:
        raise ValidationError(f"The agenda slot #{slot_id} does not exist (it may have been deleted).")
    return found


def describe(slot: SlotData | SlotInput) -> str:
    return slot.title.strip() or slot.kind.value.replace("_", " ").capitalize()


# Queries -------------------------------------------------------------------------------------------


def list_slots(db: Database, event_id: int, with_photos: bool = False) -> list[SlotData]:
    with db.session() as s:
        get_row(s, EventRow, event_id)
        if not with_photos:
            return slot_reader.read_slots(s, event_id)
        query = _slot_query().where(SlotRow.event_id == event_id).order_by(SlotRow.start, SlotRow.id)
        query = query.options(
            selectinload(SlotRow.participants).selectinload(SlotParticipantRow.person).undefer(PersonRow.photo)
        )
        return [slot_data(r, with_photos) for r in s.scalars(query)]


def day_slots(
    db: Database, event_id: int, day: date, after: tuple[datetime, int] | None = None, limit: int | None = None
) -> list[SlotData]:
    """One conference day's slots in (start, id) order (its shows past midnight included), optionally only those
    after a (start, id) key, at most `limit`."""
    with db.session() as s:
        change = s.scalar(select(EventRow.day_change_minutes).where(EventRow.id == event_id)) or 0
        return slot_reader.read_slots(s, event_id, day=day, after=after, limit=limit, day_change_minutes=change)


def count_slots(db: Database, event_id: int) -> int:
    with db.session() as s:
        return slot_reader.count_slots(s, event_id)


def load_agenda(db: Database, event_id: int) -> tuple[list[SlotData], list[Conflict]]:
    """Every slot of the event and its conflicts, from one read (the agenda view's background load)."""
    with db.session() as s:
        event = event_data(get_row(s, EventRow, event_id))
        slots = slot_reader.read_slots(s, event_id)
    return slots, find_conflicts(event, slots)


def slots_by_ids(db: Database, slot_ids: Iterable[int]) -> list[SlotData]:
    """These slots as they are now (those deleted meanwhile are left out): what a view reloads after a change."""
    with db.session() as s:
        return slot_reader.read_slots_by_ids(s, sorted(set(slot_ids)))


def get_slot(db: Database, slot_id: int) -> SlotData:
    with db.session() as s:
        return _fresh(s, _load(s, slot_id).id)


def conflicts(db: Database, event_id: int) -> list[Conflict]:
    with db.session() as s:
        event = event_data(get_row(s, EventRow, event_id))
        return find_conflicts(event, slot_reader.read_slots(s, event_id))


# Changes -------------------------------------------------------------------------------------------


def add_slot(
    db: Database, event_id: int, draft: SlotInput, ripple: bool = False, parallel: bool = False,
) -> AgendaChange:
    """Add a slot; with ripple, later slots of its day and room (`parallel`: every room) make room for it."""
    values = {name: getattr(draft, name) for name in _SLOT_FIELDS}
    with db.session() as s:
        get_row(s, EventRow, event_id)
        _validate(s, event_id, values)
        shifted: dict[int, tuple[datetime, datetime]] = {}
        if ripple:
            new = schedule.Timed(-1, draft.start, draft.duration_minutes, draft.room_id, _day_change(s, event_id))
            day = _day_rows(s, event_id, new.day)
            shifted = _apply_starts(day, schedule.ripple_insert([_timed(r) for r in day], new, parallel))
        row = SlotRow(
            event_id=event_id,
            start=draft.start,
            duration_minutes=draft.duration_minutes,
            kind=SlotKind(draft.kind).value,
            title=draft.title.strip(),
            description=draft.description.strip(),
            room_id=draft.room_id,
            language=draft.language,
            remote=draft.remote,
            translations=clean_translations(draft.translations),
        )
        _set_participants(row, draft.participants)
        s.add(row)
        s.flush()
        log_activity(s, event_id, "add_slot", f"Added “{describe(draft)}” at {draft.start:%d %b %H:%M}")
        return AgendaChange(_fresh(s, row.id), shifted)


def update_slot(
    db: Database, slot_id: int, expected_version: int | None = None, ripple: bool = False, parallel: bool = False,
    **changes: Any,
) -> AgendaChange:
    """Change any fields of a slot. With ripple, a new length or place re-times the slots after it in its room
    (`parallel`: in every room of the day, so parallel sessions move together). Returns the slot as saved."""
    with db.session() as s:
        row, shifted = _update(s, slot_id, expected_version, ripple, parallel, changes)
        return AgendaChange(_fresh(s, row.id), shifted)


def save_slot_changes(
    db: Database, slot_id: int, expected_version: int | None = None, ripple: bool = False, parallel: bool = False,
    **changes: Any,
) -> None:
    """`update_slot` without reading the saved slot back (two queries fewer): for the agenda's edits, which
    take the new values from the recorded Change."""
    with db.session() as s:
        _update(s, slot_id, expected_version, ripple, parallel, changes)


def _update(s: Session, slot_id: int, expected_version: int | None, ripple: bool, parallel: bool,
            changes: Mapping[str, Any]) -> tuple[SlotRow, dict[int, tuple[datetime, datetime]]]:
    unknown = set(changes) - _SLOT_FIELDS
    if unknown:
        raise ValidationError(f"Unknown slot fields: {', '.join(sorted(unknown))}.")
    row = _load(s, slot_id)
    check_version(row, expected_version, f"The slot “{row.title or row.kind}”")
    values = _row_values(row, with_participants=bool({"kind", "participants"} & set(changes)))
    values.update(changes)
    _validate(s, row.event_id, values, changes)
    shifted: dict[int, tuple[datetime, datetime]] = {}
    moved = values["start"] != row.start or values["room_id"] != row.room_id
    resized = values["duration_minutes"] != row.duration_minutes
    if ripple and (moved or resized):
        before = _timed(row)  # reads the event's day change: only a ripple needs it (a title edit stays 3 statements)
        rows = _day_rows(s, row.event_id, before.day)
        if moved:
            moved_to = replace(before, duration=int(values["duration_minutes"]))
            if replace(before, start=values["start"]).day != before.day:
                rows += _day_rows(s, row.event_id, replace(before, start=values["start"]).day)
            timed = [moved_to if r.id == row.id else _timed(r) for r in rows]
            starts = schedule.ripple_move(timed, moved_to, values["start"], values["room_id"], parallel)
        else:
            starts = schedule.ripple_resize([_timed(r) for r in rows], before, int(values["duration_minutes"]),
                                            parallel)
        shifted = _apply_starts(rows, starts, skip=row.id)
    for name in ("start", "duration_minutes", "room_id", "language", "remote"):
        if name in changes:
            setattr(row, name, values[name])
    if "kind" in changes:
        row.kind = SlotKind(values["kind"]).value
    for name in ("title", "description"):
        if name in changes:
            setattr(row, name, str(values[name]).strip())
    if "translations" in changes:
        row.translations = clean_translations(values["translations"])
    if "participants" in changes:
        _set_participants(row, values["participants"])
    s.flush()
    log_activity(s, row.event_id, "update_slot", f"Edited “{row.title or row.kind}” ({', '.join(sorted(changes))})")
    return row, shifted


def delete_slot(db: Database, slot_id: int, ripple: bool = False, parallel: bool = False) -> AgendaChange:
    """Delete a slot; the returned change holds what it was (undo goes through the recorded Change)."""
    with db.session() as s:
        row = _load(s, slot_id)
        snapshot = _fresh(s, slot_id)
        shifted: dict[int, tuple[datetime, datetime]] = {}
        if ripple:
            rows = _day_rows(s, row.event_id, _timed(row).day)
            found = schedule.ripple_delete([_timed(r) for r in rows], _timed(row), parallel)
            shifted = _apply_starts(rows, found, skip=row.id)
        s.delete(row)
        log_activity(s, snapshot.event_id, "delete_slot", f"Deleted “{describe(snapshot)}”")
        return AgendaChange(snapshot, shifted)


def reorder_slot(db: Database, slot_id: int, new_index: int) -> AgendaChange:
    """Move a slot to another place among the slots of its day and room; all of them are re-timed."""
    with db.session() as s:
        row = _load(s, slot_id)
        rows = _day_rows(s, row.event_id, _timed(row).day)
        starts = schedule.reorder([_timed(r) for r in rows], slot_id, new_index)
        shifted = _apply_starts(rows, starts)
        own = shifted.pop(slot_id, None)
        if own:
            shifted[slot_id] = own
        s.flush()
        log_activity(s, row.event_id, "reorder_slot", f"Moved “{row.title or row.kind}” to {row.start:%H:%M}")
        return AgendaChange(_fresh(s, slot_id), shifted)


def duplicate_slot(db: Database, slot_id: int, ripple: bool = True) -> AgendaChange:
    """A copy right after the original, with the same participants."""
    original = get_slot(db, slot_id)
    draft = replace(SlotInput.from_slot(original), start=original.end)
    return add_slot(db, original.event_id, draft, ripple=ripple)


def insert_break_after(
    db: Database,
    slot_id: int,
    minutes: int = 15,
    kind: SlotKind = SlotKind.BREAK,
    title: str | None = None,
    ripple: bool = True,
) -> AgendaChange:
    """A break or meal right after the slot; without a title, it is named in every language the event offers."""
    draft = break_draft(db, slot_id, minutes, kind)
    original = get_slot(db, slot_id)
    if title is not None:
        draft = replace(draft, title=title, translations={})
    return add_slot(db, original.event_id, draft, ripple=ripple)


def break_draft(db: Database, slot_id: int, minutes: int = 15, kind: SlotKind = SlotKind.BREAK) -> SlotInput:
    """The slot the Break button adds after `slot_id`: titled from the content languages' label files."""
    original = get_slot(db, slot_id)
    with db.session() as s:
        event = event_data(get_row(s, EventRow, original.event_id))
    title = added_title(kind.value, event.language) or SLOT_KIND_LABELS[kind]
    translations = {
        lang: {"title": text}
        for lang in event.languages
        if lang != event.language and (text := added_title(kind.value, lang))
    }
    return SlotInput(start=original.end, duration_minutes=minutes, kind=kind, title=title, room_id=original.room_id,
                     translations=translations)
