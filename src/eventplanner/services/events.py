"""Events and their rooms: create, edit, list, duplicate as next year's event, delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from eventplanner.domain.data import EventData, RoomData, Translations
from eventplanner.domain.days import check_day_change
from eventplanner.domain.enums import LANGUAGES, EventStatus
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.limits import check_date, check_text, clean_text, has_unstorable, id_in_range, parse_id
from eventplanner.domain.text import slugify, unique_key
from eventplanner.services.common import check_version, get_row, log_activity
from eventplanner.services.convert import clean_translations, event_data, room_data
from eventplanner.store.database import Database
from eventplanner.store.models import (
    EventOrganizationRow,
    EventRow,
    RoomRow,
    SlotParticipantRow,
    SlotRow,
)

EVENT_TEXT_FIELDS = ("title", "short_title", "theme", "venue_name", "venue_address", "notes")
#: day_change_minutes (update_event(..., day_change_minutes=240)): minutes after midnight at which a conference
#: day ends, so that late-night slots print with the day before (domain.days).
EVENT_FIELDS = (*EVENT_TEXT_FIELDS, "slug", "start_date", "end_date", "timezone", "status", "language", "translations",
                "day_change_minutes")


def _validate_event(values: Mapping[str, Any]) -> None:
    if not str(values.get("title", "")).strip():
        raise ValidationError("An event needs a title.")
    start, end = values["start_date"], values["end_date"]
    if not isinstance(start, date) or not isinstance(end, date):
        raise ValidationError("An event needs a start and an end date.")
    if end < start:
        raise ValidationError(f"The event ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y}).")
    if (end - start).days > 366:
        raise ValidationError("An event can last at most a year.")
    check_date(start, "The start date")
    check_date(end, "The end date")
    for name in ("title", "short_title", "theme", "venue_name", "venue_address", "notes"):
        if isinstance(values.get(name), str):
            check_text(values[name], f"The event's {name.replace('_', ' ')}")
    try:
        ZoneInfo(str(values.get("timezone") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(f"“{values.get('timezone')}” is not a known time zone (e.g. Asia/Baku).") from exc
    if values.get("language", "en") not in LANGUAGES:
        raise ValidationError(f"Unsupported language “{values.get('language')}”; use one of {', '.join(LANGUAGES)}.")
    check_day_change(values.get("day_change_minutes", 0) or 0)
    try:
        EventStatus(values.get("status", EventStatus.DRAFT))
    except ValueError as exc:
        raise ValidationError("The status is either draft or final.") from exc


def _unique_slug(session: Session, wanted: str, exclude_id: int | None = None) -> str:
    base = slugify(wanted)
    taken = set(session.scalars(select(EventRow.slug).where(EventRow.slug.like(f"{base}%"))))
    if exclude_id is not None:
        own = session.get(EventRow, exclude_id)
        if own is not None:
            taken.discard(own.slug)
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def list_events(db: Database) -> list[EventData]:
    with db.session() as s:
        rows = s.scalars(select(EventRow).order_by(EventRow.start_date.desc(), EventRow.id))
        return [event_data(r) for r in rows]


def get_event(db: Database, event_id: int) -> EventData:
    with db.session() as s:
        return event_data(get_row(s, EventRow, event_id))


def resolve_event(db: Database, ref: str | int) -> EventData:
    """An event by id or by slug, as the command line names it."""
    with db.session() as s:
        row: EventRow | None = None
        text = str(ref).strip()
        number = ref if isinstance(ref, int) and id_in_range(ref) else parse_id(text)
        if number is not None:
            row = s.get(EventRow, number)
        if row is None and 0 < len(text) <= 200 and not has_unstorable(text):
            row = s.scalars(select(EventRow).where(EventRow.slug == text)).first()
        if row is None:
            text = clean_text(text)[:80] + ("…" if len(text) > 80 else "")
        if row is None:
            raise NotFoundError(f"No event “{text}”. `eventplanner events` lists the events by id and slug.")
        return event_data(row)


def create_event(
    db: Database,
    title: str,
    start_date: date,
    end_date: date | None = None,
    **fields: Any,
) -> EventData:
    values: dict[str, Any] = {"title": title.strip(), "start_date": start_date, "end_date": end_date or start_date}
    unknown = set(fields) - set(EVENT_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown event fields: {', '.join(sorted(unknown))}.")
    values.update(fields)
    _validate_event(values)
    values["translations"] = clean_translations(values.get("translations"))
    with db.session() as s:
        values["slug"] = _unique_slug(s, values.get("slug") or _slug_source(title, start_date))
        row = EventRow(**values)
        s.add(row)
        s.flush()
        log_activity(s, row.id, "create_event", f"Created event “{row.title}”")
        return event_data(row)


def update_event(db: Database, event_id: int, expected_version: int | None = None, **changes: Any) -> EventData:
    unknown = set(changes) - set(EVENT_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown event fields: {', '.join(sorted(unknown))}.")
    with db.session() as s:
        row = get_row(s, EventRow, event_id)
        check_version(row, expected_version, f"The event “{row.title}”")
        values = {f: getattr(row, f) for f in EVENT_FIELDS}
        values.update(changes)
        _validate_event(values)
        if "slug" in changes:
            wanted = slugify(str(changes["slug"]))
            if wanted != row.slug:
                clash = s.scalars(select(EventRow.id).where(EventRow.slug == wanted)).first()
                if clash is not None:
                    raise ConflictError(f"Another event already uses the short name “{wanted}”.")
            changes["slug"] = wanted
        if "translations" in changes:
            changes["translations"] = clean_translations(changes["translations"])
        for name, value in changes.items():
            setattr(row, name, value.strip() if isinstance(value, str) and name in EVENT_TEXT_FIELDS else value)
        log_activity(s, row.id, "update_event", f"Edited event details ({', '.join(sorted(changes))})")
        s.flush()
        return event_data(row)


def delete_event(db: Database, event_id: int) -> EventData:
    with db.session() as s:
        row = get_row(s, EventRow, event_id)
        data = event_data(row)
        s.delete(row)
        log_activity(s, None, "delete_event", f"Deleted event “{data.title}”")
        return data


def duplicate_event(db: Database, event_id: int, new_start: date | None = None, title: str | None = None) -> EventData:
    """Copy rooms, organizations' roles and the agenda with participants, shifted to new dates.

    Without a date the copy lands on the same day one year later (next year's edition).
    """
    with db.session() as s:
        src = s.scalars(
            select(EventRow)
            .where(EventRow.id == event_id)
            .options(selectinload(EventRow.slots).selectinload(SlotRow.participants))
        ).first()
        if src is None:
            raise NotFoundError(f"The event #{event_id} does not exist.")
        if new_start is None:
            try:
                new_start = src.start_date.replace(year=src.start_date.year + 1)
            except ValueError:  # 29 February
                new_start = src.start_date + timedelta(days=365)
        shift = new_start - src.start_date
        new_title = (title or _next_title(src.title, shift)).strip()
        copy = EventRow(
            title=new_title,
            short_title=_next_title(src.short_title, shift) if src.short_title else "",
            theme=src.theme,
            start_date=new_start,
            end_date=src.end_date + shift,
            timezone=src.timezone,
            venue_name=src.venue_name,
            venue_address=src.venue_address,
            status=EventStatus.DRAFT.value,
            language=src.language,
            notes=src.notes,
            day_change_minutes=src.day_change_minutes,
            translations=_shift_translated_titles(src.translations or {}, shift),
            slug=_unique_slug(s, _slug_source(new_title, new_start)),
        )
        s.add(copy)
        rooms: dict[int, RoomRow] = {}
        for room in src.rooms:
            rooms[room.id] = RoomRow(name=room.name, position=room.position, translations=dict(room.translations))
            copy.rooms.append(rooms[room.id])
        for org in src.organizations:
            copy.organizations.append(
                EventOrganizationRow(organization_id=org.organization_id, role=org.role, position=org.position)
            )
        for slot in src.slots:
            new_slot = SlotRow(
                start=slot.start + shift,
                duration_minutes=slot.duration_minutes,
                kind=slot.kind,
                title=slot.title,
                description=slot.description,
                room=rooms.get(slot.room_id) if slot.room_id else None,
                language=slot.language,
                remote=slot.remote,
                translations=dict(slot.translations or {}),
            )
            new_slot.participants = [
                SlotParticipantRow(person_id=p.person_id, role=p.role, position=p.position) for p in slot.participants
            ]
            copy.slots.append(new_slot)
        s.flush()
        log_activity(s, copy.id, "duplicate_event", f"Created from “{src.title}”")
        return event_data(copy)


def _slug_source(title: str, start: date) -> str:
    return title if str(start.year) in title else f"{title} {start.year}"


def _shift_translated_titles(translations: dict[str, Any], shift: timedelta) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for lang, fields in translations.items():
        result[lang] = {
            k: _next_title(v, shift) if k in ("title", "short_title") else v for k, v in dict(fields).items()
        }
    return result


def _next_title(title: str, shift: timedelta) -> str:
    """'Migrants Day 2021' -> 'Migrants Day 2022' when the copy moves by whole years."""
    years = round(shift.days / 365.25)
    words = title.split()
    if years and words and words[-1].isdigit() and len(words[-1]) == 4:
        words[-1] = str(int(words[-1]) + years)
        return " ".join(words)
    return title


# Rooms ---------------------------------------------------------------------------------------------


def list_rooms(db: Database, event_id: int) -> list[RoomData]:
    with db.session() as s:
        rows = s.scalars(select(RoomRow).where(RoomRow.event_id == event_id).order_by(RoomRow.position, RoomRow.id))
        return [room_data(r) for r in rows]


def add_room(db: Database, event_id: int, name: str, translations: Translations | None = None) -> RoomData:
    name = name.strip()
    if not name:
        raise ValidationError("A room needs a name.")
    with db.session() as s:
        event = get_row(s, EventRow, event_id)
        if any(r.name_key == unique_key(name) for r in event.rooms):
            raise ConflictError(f"The event already has a room called “{name}”.")
        row = RoomRow(name=name, position=len(event.rooms), translations=clean_translations(translations))
        event.rooms.append(row)
        s.flush()
        log_activity(s, event_id, "add_room", f"Added room “{name}”")
        return room_data(row)


def rename_room(db: Database, room_id: int, name: str, expected_version: int | None = None) -> RoomData:
    name = name.strip()
    if not name:
        raise ValidationError("A room needs a name.")
    with db.session() as s:
        row = get_row(s, RoomRow, room_id)
        check_version(row, expected_version, f"The room “{row.name}”")
        if any(r.id != row.id and r.name_key == unique_key(name) for r in row.event.rooms):
            raise ConflictError(f"The event already has a room called “{name}”.")
        old, row.name = row.name, name
        s.flush()
        log_activity(s, row.event_id, "rename_room", f"Renamed room “{old}” to “{name}”")
        return room_data(row)


def reorder_rooms(db: Database, event_id: int, room_ids: Sequence[int]) -> list[RoomData]:
    with db.session() as s:
        event = get_row(s, EventRow, event_id)
        by_id = {r.id: r for r in event.rooms}
        if set(room_ids) != set(by_id):
            raise ValidationError("The new room order must list every room of the event once.")
        for pos, rid in enumerate(room_ids):
            if by_id[rid].position != pos:
                by_id[rid].position = pos
        s.flush()
        return [room_data(by_id[rid]) for rid in room_ids]


def delete_room(db: Database, room_id: int) -> RoomData:
    """Slots in the room stay in the agenda, without a room."""
    with db.session() as s:
        row = get_row(s, RoomRow, room_id)
        data = room_data(row)
        for slot in s.scalars(select(SlotRow).where(SlotRow.room_id == room_id)):
            slot.room_id = None  # what the database would do; done here so that undo puts them back
        s.delete(row)
        log_activity(s, data.event_id, "delete_room", f"Deleted room “{data.name}”")
        return data
