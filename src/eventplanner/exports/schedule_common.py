"""The mapping shared by the schedule exports (frab/c3voc XML and JSON, iCalendar).

One `ScheduleView` is computed from `ProgrammeData`: days with their rooms and slots, time-zone aware times,
stable ids (UUID 5 from the event slug and the slot id, so re-exports keep them) and the strings the formats
want ("01:30" durations, voc slugs, acronyms that satisfy both schemas).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from eventplanner import APP_NAME, __version__
from eventplanner.domain.data import PersonData, ProgrammeData, SlotData
from eventplanner.domain.days import day_bounds
from eventplanner.domain.enums import SLOT_KIND_LABELS
from eventplanner.domain.text import slugify

#: Namespace of every UUID this application derives (uuid5 of a URL we own by convention).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://eventplanner.invalid/")
GENERATOR_NAME = APP_NAME
GENERATOR_VERSION = __version__
DEFAULT_ROOM = "Main hall"

_JSON_TZ = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
_ACRONYM = re.compile(r"^[a-z0-9_-][a-z0-9_]{3,}$")


def event_timezone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def aware(naive: datetime, tz: tzinfo) -> datetime:
    """A naive wall-clock time of the event, tagged with the event's zone (DST resolved by zoneinfo)."""
    return naive.replace(tzinfo=tz)


def iso(dt: datetime) -> str:
    """ISO 8601 with a numeric offset (never 'Z'), as the schemas' dateTimeTZ pattern requires."""
    text = dt.isoformat(timespec="seconds")
    return text[:-6] + "+00:00" if text.endswith("Z") else text


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def acronym_for(slug: str) -> str:
    """'migrants-day-2021' -> 'migrants_day_2021': valid for the XML and the JSON schema patterns."""
    text = re.sub(r"[^a-z0-9_]", "_", slugify(slug, "event")).strip("_") or "event"
    text = text if len(text) >= 4 else text.ljust(4, "_")
    return text if _ACRONYM.match(text) else "event_" + text


def json_timezone_name(name: str) -> str | None:
    """The zone name when the JSON schema's (narrow) pattern accepts it, else None (the field is optional)."""
    return name if name and _JSON_TZ.search(name) else None


def slot_guid(slug: str, slot_id: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{slug}/slot/{slot_id}"))


def person_guid(slug: str, person: PersonData) -> str:
    if person.email.strip():
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "acct:" + person.email.strip().lower()))
    return str(uuid.uuid5(NAMESPACE, f"{slug}/person/{person.id}"))


def room_guid(slug: str, name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{slug}/room/{name}"))


def slot_title(slot: SlotData, lang: str | None) -> str:
    return slot.tr("title", lang).strip() or SLOT_KIND_LABELS.get(slot.kind, "Untitled")


@dataclass(frozen=True)
class SlotView:
    slot: SlotData
    index: int
    guid: str
    room: str
    start: datetime
    end: datetime
    title: str
    description: str
    slug: str

    @property
    def duration(self) -> str:
        return hhmm(self.slot.duration_minutes)

    @property
    def kind_label(self) -> str:
        return SLOT_KIND_LABELS.get(self.slot.kind, "Other")


@dataclass(frozen=True)
class DayView:
    """One conference day. `start` and `end` are its boundaries (the event's day-change time on this day and on
    the next), not its first and last slot: they tell an importer which day a show after midnight belongs to."""

    index: int
    date: date
    start: datetime
    end: datetime
    rooms: tuple[tuple[str, tuple[SlotView, ...]], ...]


@dataclass(frozen=True)
class ScheduleView:
    data: ProgrammeData
    lang: str | None
    tz: tzinfo
    title: str
    acronym: str
    rooms: tuple[str, ...]
    days: tuple[DayView, ...]

    @property
    def slots(self) -> list[SlotView]:
        return [s for d in self.days for _, slots in d.rooms for s in slots]


def participants_text(slot: SlotData, lang: str | None) -> str:
    from eventplanner.domain.enums import PARTICIPANT_ROLE_LABELS

    lines = []
    for p in sorted(slot.participants, key=lambda p: p.position):
        who = p.person.display_name
        extra = ", ".join(x for x in (p.person.title_line(lang), p.person.organization_name) if x)
        role = PARTICIPANT_ROLE_LABELS.get(p.role, "")
        lines.append(f"{role}: {who}" + (f" ({extra})" if extra else ""))
    return "\n".join(lines)


def schedule_view(data: ProgrammeData, lang: str | None = None) -> ScheduleView:
    event = data.event
    tz = event_timezone(event.timezone)
    ordered_rooms = [r.name for r in sorted(data.rooms, key=lambda r: (r.position, r.id))]
    default_room = event.tr("venue_name", lang).strip() or DEFAULT_ROOM
    acronym = acronym_for(event.slug or event.title)
    used_slugs: set[str] = set()
    days = []
    for index, day in enumerate(data.days, start=1):
        by_room: dict[str, list[SlotView]] = {}
        for slot in sorted(data.slots_on(day), key=lambda s: (s.start, s.id)):
            room = slot.room_name.strip() or default_room
            title = slot_title(slot, lang)
            slug = f"{acronym}-{slot.id}-{slugify(title, 'slot')}"[:120].rstrip("-_")
            while slug in used_slugs:
                slug += "_x"
            used_slugs.add(slug)
            start = aware(slot.start, tz)
            view = SlotView(
                slot=slot,
                index=slot.id,
                guid=slot_guid(event.slug, slot.id),
                room=room,
                start=start,
                end=aware(slot.end, tz),
                title=title,
                description=slot.tr("description", lang),
                slug=slug,
            )
            by_room.setdefault(room, []).append(view)
        for room in by_room:
            if room not in ordered_rooms:
                ordered_rooms.append(room)
        day_start, day_end = day_bounds(day, event.day_change_minutes)
        rooms = tuple((r, tuple(by_room[r])) for r in ordered_rooms if r in by_room)
        days.append(DayView(index, day, aware(day_start, tz), aware(day_end, tz), rooms))
    return ScheduleView(
        data=data,
        lang=lang,
        tz=tz,
        title=event.tr("title", lang),
        acronym=acronym,
        rooms=tuple(ordered_rooms),
        days=tuple(days),
    )


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can carry: control characters (other than tab and newlines) and lone surrogates dropped."""
    return _XML_ILLEGAL.sub("", text)
