"""Plain data an imported schedule turns into, and the builder with the lenient rules the XML and JSON readers share.

Readers hand every event they find to `ScheduleBuilder.add_event` as a `RawEvent` of strings; the builder
parses times and durations, guesses the slot kind, splits names (with the field parsers of field_parsers.py),
merges people, drops duplicates and writes down every item it skips or has to guess, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from eventplanner.domain.days import conference_day, day_change_from_boundaries
from eventplanner.domain.enums import SlotKind
from eventplanner.domain.limits import MAX_DATE, MIN_DATE, date_in_range
from eventplanner.domain.schedule import MAX_DURATION
from eventplanner.domain.text import name_key
from eventplanner.imports.field_parsers import (
    guess_kind,
    html_to_text,
    parse_date,
    parse_datetime,
    parse_duration,
    split_name,
)
from eventplanner.imports.timezones import offset_text, zone, zone_for_offset, zone_matching

DEFAULT_DURATION = 60
DEFAULT_ROOM = "Main room"


@dataclass(slots=True)
class ImportedPerson:
    key: str
    name: str
    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    biography: str = ""
    match_key: str = ""
    """`name_key` of the given and family name, by which the import matches people ("" when not worked out)."""


@dataclass(slots=True)
class ImportedSlot:
    start: datetime
    """Naive wall-clock time in the schedule's time zone."""
    duration_minutes: int
    title: str
    room: str
    kind: SlotKind = SlotKind.OTHER
    description: str = ""
    language: str = ""
    person_keys: tuple[str, ...] = ()
    guid: str = ""
    external_id: str = ""


@dataclass
class ImportedSchedule:
    title: str
    acronym: str = ""
    timezone: str = "UTC"
    start_date: date | None = None
    end_date: date | None = None
    source_format: str = ""
    generator: str = ""
    days: list[date] = field(default_factory=list)
    #: When a conference day ends, from the declared day boundaries (frab <day start end>); 0: at midnight.
    day_change_minutes: int = 0
    rooms: list[str] = field(default_factory=list)
    people: list[ImportedPerson] = field(default_factory=list)
    slots: list[ImportedSlot] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def person(self, key: str) -> ImportedPerson:
        return next(p for p in self.people if p.key == key)


@dataclass(slots=True)
class RawPerson:
    name: str
    ident: str = ""
    biography: str = ""
    joined: bool = False
    """True when the file may join several names with commas in one entry (a bare `<person>`)."""


@dataclass(slots=True)
class RawEvent:
    title: str = ""
    room: str = ""
    date: str = ""
    start: str = ""
    day: str = ""
    duration: str = ""
    end: str = ""
    type: str = ""
    track: str = ""
    abstract: str = ""
    description: str = ""
    language: str = ""
    guid: str = ""
    ident: str = ""
    persons: list[RawPerson] = field(default_factory=list)


_CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*")
_JOINED = re.compile(r"\s*[,;]\s*")


def _shown(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return (text[:limit] + "…" if len(text) > limit else text) or "empty"


# --- the builder -------------------------------------------------------------------------------------------


class ScheduleBuilder:
    def __init__(self, schedule: ImportedSchedule, tz_name: str, own_format: bool) -> None:
        self.schedule = schedule
        self.tz = zone(tz_name)
        self.own_format = own_format
        self.tz_name = tz_name
        self._offsets: list[tuple[ImportedSlot, timedelta]] = []
        self._offset: timedelta | None = None
        self._people: dict[str, ImportedPerson] = {}
        self._by_name: dict[str, str] = {}
        self._seen_guids: dict[str, RawEvent] = {}  # the first event of each guid, named in messages
        self._seen_keys: set[tuple[str, datetime, str]] = set()

    def _label(self, raw: RawEvent) -> str:
        """How the report names an event (made only for a message: most events never need one)."""
        ident = f" (id {raw.ident})" if raw.ident else ""
        return f"“{raw.title.strip() or '(untitled)'}”{ident}"

    def _skip(self, raw: RawEvent, why: str) -> None:
        self.schedule.skipped.append(f"{self._label(raw)}: {why}")

    def _note(self, raw: RawEvent, what: str) -> None:
        self.schedule.notes.append(f"{self._label(raw)}: {what}")

    def _start(self, raw: RawEvent) -> datetime | None:
        self._offset = None
        when = parse_datetime(raw.date)
        if when is not None and when.tzinfo is not None:
            if self.tz is not None:
                try:
                    return when.astimezone(self.tz).replace(tzinfo=None)
                except (OverflowError, ValueError):
                    return None
            self._offset = when.utcoffset()  # kept per slot: the offsets may change at a DST boundary
            return when.replace(tzinfo=None)
        if when is not None and raw.date.strip()[10:11] == "T":
            return when
        day = parse_date(raw.day) or (when.date() if when else None)
        match = _CLOCK.fullmatch(raw.start)
        if day is None or match is None:
            return None
        hour, minute = int(match[1]), int(match[2])
        if hour > 23 or minute > 59:
            return None
        return datetime(day.year, day.month, day.day, hour, minute)

    def _person_key(self, p: RawPerson) -> str | None:
        if p.ident and ("id:" + p.ident) in self._people and not p.name.isspace() and p.name:
            return "id:" + p.ident  # seen before under its id (a speaker of several events): nothing to work out
        name = " ".join(p.name.split())
        if not name:
            return None
        nkey = name_key(name)
        key = f"id:{p.ident}" if p.ident else self._by_name.get(nkey, f"name:{nkey}")
        if key not in self._people:
            honorific, given, family = split_name(name)
            # Without an honorific, given and family name join back into `name`: its key is the one just made.
            match = nkey if not honorific else name_key(f"{given} {family}")
            person = ImportedPerson(key, name, honorific, given, family, html_to_text(p.biography), match)
            self._people[key] = person
            self.schedule.people.append(person)
            self._by_name.setdefault(nkey, key)
        return key

    def add_event(self, raw: RawEvent) -> None:
        start = self._start(raw)
        if start is None:
            self._skip(raw, f"no usable start time ({_shown(raw.date or raw.start)}).")
            return
        if not date_in_range(start):
            self._skip(raw, f"starts in the year {start.year}, outside {MIN_DATE.year}–{MAX_DATE.year}.")
            return
        minutes = parse_duration(raw.duration)
        if minutes is None and raw.duration.strip():
            self._skip(raw, f"the duration “{_shown(raw.duration)}” is not a duration.")
            return
        if minutes is None and raw.end:
            end = parse_datetime(raw.end)
            start_aware = parse_datetime(raw.date)
            if end is not None and start_aware is not None and (end.tzinfo is None) == (start_aware.tzinfo is None):
                minutes = int((end - start_aware).total_seconds() // 60)
        if minutes is None:
            minutes = DEFAULT_DURATION
            self._note(raw, f"no duration; {DEFAULT_DURATION} minutes assumed.")
        if not 1 <= minutes <= MAX_DURATION:
            self._skip(raw, f"duration of {minutes} minutes is outside 1 minute – 24 hours.")
            return
        room = " ".join(raw.room.split()) or DEFAULT_ROOM
        title = " ".join(raw.title.split())
        if raw.guid and raw.guid in self._seen_guids:
            self._skip(raw, f"repeats the event {self._label(self._seen_guids[raw.guid])} (same guid).")
            return
        dedupe = (room.casefold(), start, title.casefold())
        if dedupe in self._seen_keys:
            self._skip(raw, f"listed twice in {room} at {start:%d %b %H:%M}.")
            return
        self._seen_keys.add(dedupe)
        if raw.guid:
            self._seen_guids[raw.guid] = raw
        keys: list[str] = []
        for p in raw.persons:
            if not p.joined:  # one person (nearly always): no entry to split
                key = self._person_key(p)
                if key and key not in keys:
                    keys.append(key)
                continue
            for name in _JOINED.split(p.name):
                key = self._person_key(RawPerson(name, "", p.biography))
                if key and key not in keys:
                    keys.append(key)
        abstract, description = html_to_text(raw.abstract), html_to_text(raw.description)
        parts = [abstract] if abstract else []
        if description and description != abstract and not self.own_format:
            parts.append(description)
        text = "\n\n".join(parts)
        if room not in self.schedule.rooms:
            self.schedule.rooms.append(room)
        # ImportedSlot's fields in their order (positional: keyword calls cost ~3% of a 5,000-slot import).
        slot = ImportedSlot(start, minutes, title, room, guess_kind(raw.type, raw.track, title), text,
                            raw.language.strip()[:16], tuple(keys), raw.guid, raw.ident)
        self.schedule.slots.append(slot)
        if self._offset is not None:
            self._offsets.append((slot, self._offset))

    def _zone_from_offsets(self) -> str:
        """The zone for times written with UTC offsets: a fixed one when they agree, else a real zone whose
        daylight-saving rules give every offset seen (named in the report); failing that, all times are
        moved to the first offset so that none is an hour off."""
        offsets = {offset for _slot, offset in self._offsets}
        if len(offsets) <= 1:
            return zone_for_offset(next(iter(offsets), None))
        samples = {(slot.start, offset) for slot, offset in self._offsets}
        found = zone_matching(samples)
        shown = ", ".join(offset_text(o) for o in sorted(offsets))
        if found:
            self.schedule.notes.append(
                f"The times carry the UTC offsets {shown} (a daylight-saving change); the time zone {found}, "
                "which gives exactly these offsets on these dates, was assumed.")
            return found
        first = self._offsets[0][1]
        for slot, offset in self._offsets:
            slot.start = slot.start - offset + first
        self.schedule.notes.append(
            f"The times carry the UTC offsets {shown} and no time zone matches them all; every time was converted "
            f"to {offset_text(first)}.")
        return zone_for_offset(first)

    def finish(self, day_dates: list[date], boundaries: Sequence[tuple[str, str]] = ()) -> ImportedSchedule:
        """Sort and date the schedule; `boundaries` are the days' declared (start, end) texts, if any."""
        s = self.schedule
        if self.tz_name and self.tz is None:
            s.notes.append(f"The time zone “{_shown(self.tz_name)}” is unknown; "
                           "the times were read as written, in the zone their offsets give (else UTC).")
        if self.tz is None:
            s.timezone = self._zone_from_offsets()
        outside = [d for d in day_dates if not date_in_range(d)]
        if outside:
            s.skipped.append(f"{len(outside)} day(s) outside the years {MIN_DATE.year}–{MAX_DATE.year} were left out.")
            day_dates = [d for d in day_dates if date_in_range(d)]
        for attr in ("start_date", "end_date"):
            value = getattr(s, attr)
            if value is not None and not date_in_range(value):
                setattr(s, attr, None)
        room_order = {room: n for n, room in enumerate(s.rooms)}
        s.slots.sort(key=lambda x: (x.start, room_order[x.room]))
        declared = [(a, b) for a, b in ((parse_datetime(x), parse_datetime(y)) for x, y in boundaries) if a and b]
        s.day_change_minutes = day_change_from_boundaries(declared)
        s.days = sorted(set(day_dates) | {conference_day(x.start, s.day_change_minutes) for x in s.slots})
        if day_dates:
            s.start_date, s.end_date = min(day_dates), max(day_dates)
        elif s.days:
            s.start_date, s.end_date = s.start_date or s.days[0], s.end_date or s.days[-1]
        if s.start_date and s.end_date and s.end_date < s.start_date:
            s.end_date = s.start_date
        return s
