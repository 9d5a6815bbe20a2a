"""Reader for schedule JSON (frab, pretalx, c3voc): strings where numbers belong and extra fields tolerated."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from typing import Any

from eventplanner import APP_NAME
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.limits import clean_text
from eventplanner.imports.field_parsers import parse_date
from eventplanner.imports.schedule_model import (
    ImportedSchedule,
    RawEvent,
    RawPerson,
    ScheduleBuilder,
)

Text = Callable[[Any], str]
"""How a reader turns a JSON value into text: `_s`, or `_plain` when the whole document is known clean."""

#: A NUL or a surrogate written as a JSON escape (a valid pair such as an emoji's matches too: the document is
#: then cleaned value by value, which keeps the pair). A literal prefix: one quick scan of the text.
_UNSTORABLE_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


def _s(value: Any) -> str:
    """Any scalar as text (no NUL, no lone surrogate); None, lists and objects as empty text."""
    if value.__class__ is str:  # nearly always: the quick way
        return clean_text(value.strip())
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


def _plain(value: Any) -> str:
    """`_s` for a document whose text holds no NUL and no surrogate at all: no value needs cleaning."""
    if value.__class__ is str:
        return value.strip()
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


def _decode(data: bytes) -> str:
    """The file's text. It holds no lone surrogate: strict UTF-8 refuses them and UTF-16 replaces them."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError("The file is neither UTF-8 JSON nor XML; it cannot be a schedule.") from exc


def parse_json(data: bytes) -> Any:
    return _loads(_decode(data))


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"The JSON file is damaged or incomplete (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    except RecursionError as exc:
        raise ValidationError("The JSON file is nested too deeply to be a schedule.") from exc
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise ValidationError(f"The JSON file holds a value that cannot be read ({exc}).") from exc


def _persons(raw: Any, text_of: Text = _s) -> list[RawPerson]:
    found = []
    for p in raw if isinstance(raw, list) else []:
        if isinstance(p, str):
            found.append(RawPerson(text_of(p), joined=True))
        elif isinstance(p, dict):
            found.append(RawPerson(*_person_texts(p, text_of)))
    return found


def _person_texts(p: dict[str, Any], text_of: Text) -> tuple[str, str, str]:
    """(name, identifier, biography) of a person object, the first non-empty of each field's spellings.

    About 7,500 of them in a 5,000-slot schedule: a missing field costs no call, nor does text in a clean
    document (`text_of` is `_plain`)."""
    plain = text_of is _plain
    get = p.get
    found = ["", "", ""]
    for n, keys in enumerate(_PERSON_FIELDS):
        for key in keys:
            value = get(key)
            if value is None:
                continue
            text = value.strip() if plain and value.__class__ is str else text_of(value)
            if text:
                found[n] = text
                break
    return found[0], found[1], found[2]


_PERSON_FIELDS = (("public_name", "name", "full_public_name"), ("guid", "code", "id"), ("biography",))


_EVENT_FIELDS = ("title", "room", "date", "start", "duration", "end", "type", "track", "abstract", "description",
                 "language", "guid", "id", "code")


def _event_texts(ev: dict[str, Any], clean: bool) -> list[str]:
    """The texts of an event's `_EVENT_FIELDS`, in that order, in one pass (no call per string when `clean`)."""
    values = map(ev.get, _EVENT_FIELDS)
    if clean:  # most fields are text, several are missing (None): neither costs a call
        return [v.strip() if v.__class__ is str else "" if v is None else _plain(v) for v in values]
    return [_s(v) for v in values]


def read_schedule_json(data: bytes) -> ImportedSchedule:
    text = _decode(data)
    doc = _loads(text)
    # Two scans of the whole text instead of one per value (about 50,000 in a 5,000-slot schedule).
    clean = "\x00" not in text and _UNSTORABLE_ESCAPE.search(text) is None
    text_of: Text = _plain if clean else _s
    sched = doc.get("schedule") if isinstance(doc, dict) else None
    if not isinstance(sched, dict) and isinstance(doc, dict) and "conference" in doc:
        sched = doc
    conf = sched.get("conference") if isinstance(sched, dict) else None
    if not isinstance(conf, dict):
        raise ValidationError("This JSON file does not contain a conference schedule (no schedule.conference).")
    days = conf.get("days")
    if not isinstance(days, list):
        raise ValidationError("This JSON schedule has no list of days; nothing to import.")
    gen = doc.get("generator") if isinstance(doc, dict) else None
    generator = text_of(gen.get("name")) if isinstance(gen, dict) else ""
    tz_name = text_of(conf.get("time_zone_name"))
    schedule = ImportedSchedule(
        title=text_of(conf.get("title")) or "Imported schedule",
        acronym=text_of(conf.get("acronym")),
        timezone=tz_name or "UTC",
        start_date=parse_date(text_of(conf.get("start"))),
        end_date=parse_date(text_of(conf.get("end"))),
        source_format="schedule JSON",
        generator=generator,
    )
    builder = ScheduleBuilder(schedule, tz_name, own_format=generator == APP_NAME)
    day_dates = []
    boundaries: list[tuple[str, str]] = []
    for n, day in enumerate(days, start=1):
        day_text = text_of(day.get("date")) if isinstance(day, dict) else ""
        parsed = parse_date(day_text)
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if parsed is None or not isinstance(rooms, dict):
            schedule.skipped.append(f"Day {n}: no usable date or rooms; its events were not read.")
            continue
        day_dates.append(parsed)
        boundaries.append((text_of(day.get("day_start")), text_of(day.get("day_end"))))
        for room_name, events in rooms.items():
            for ev in events if isinstance(events, list) else []:
                if not isinstance(ev, dict):
                    schedule.skipped.append(
                        f"An entry in room {text_of(str(room_name))} on {day_text} is not an event.")
                    continue
                (title, room, when, start, duration, end, kind, track, abstract, description, language, guid, ident,
                 code) = _event_texts(ev, clean)
                # RawEvent's fields in their order (positional: 5,000 keyword calls cost more than the rest).
                builder.add_event(RawEvent(
                    title, room or text_of(str(room_name)), when, start, day_text, duration, end, kind, track,
                    abstract, description, language, guid, ident or code, _persons(ev.get("persons"), text_of),
                ))
    return builder.finish(day_dates, boundaries)
