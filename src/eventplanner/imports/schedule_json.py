"""Reader for schedule JSON (frab, pretalx, c3voc): strings where numbers belong and extra fields tolerated."""

from __future__ import annotations

import codecs
import json
from typing import Any

from eventplanner import APP_NAME
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.limits import clean_text
from eventplanner.imports.schedule_model import (
    ImportedSchedule,
    RawEvent,
    RawPerson,
    ScheduleBuilder,
    parse_date,
)


def _s(value: Any) -> str:
    """Any scalar as text (no NUL, no lone surrogate); None, lists and objects as empty text."""
    if value.__class__ is str:  # nearly always: the quick way
        return clean_text(value.strip())
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


def parse_json(data: bytes) -> Any:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError("The file is neither UTF-8 JSON nor XML; it cannot be a schedule.") from exc
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


def _persons(raw: Any) -> list[RawPerson]:
    found = []
    for p in raw if isinstance(raw, list) else []:
        if isinstance(p, str):
            found.append(RawPerson(_s(p), joined=True))
        elif isinstance(p, dict):
            name = _s(p.get("public_name")) or _s(p.get("name")) or _s(p.get("full_public_name"))
            ident = _s(p.get("guid")) or _s(p.get("code")) or _s(p.get("id"))
            found.append(RawPerson(name, ident, _s(p.get("biography"))))
    return found


def read_schedule_json(data: bytes) -> ImportedSchedule:
    doc = parse_json(data)
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
    generator = _s(gen.get("name")) if isinstance(gen, dict) else ""
    tz_name = _s(conf.get("time_zone_name"))
    schedule = ImportedSchedule(
        title=_s(conf.get("title")) or "Imported schedule",
        acronym=_s(conf.get("acronym")),
        timezone=tz_name or "UTC",
        start_date=parse_date(_s(conf.get("start"))),
        end_date=parse_date(_s(conf.get("end"))),
        source_format="schedule JSON",
        generator=generator,
    )
    builder = ScheduleBuilder(schedule, tz_name, own_format=generator == APP_NAME)
    day_dates = []
    boundaries: list[tuple[str, str]] = []
    for n, day in enumerate(days, start=1):
        day_text = _s(day.get("date")) if isinstance(day, dict) else ""
        parsed = parse_date(day_text)
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if parsed is None or not isinstance(rooms, dict):
            schedule.skipped.append(f"Day {n}: no usable date or rooms; its events were not read.")
            continue
        day_dates.append(parsed)
        boundaries.append((_s(day.get("day_start")), _s(day.get("day_end"))))
        for room_name, events in rooms.items():
            for ev in events if isinstance(events, list) else []:
                if not isinstance(ev, dict):
                    schedule.skipped.append(f"An entry in room {_s(str(room_name))} on {day_text} is not an event.")
                    continue
                builder.add_event(
                    RawEvent(
                        title=_s(ev.get("title")),
                        room=_s(ev.get("room")) or _s(str(room_name)),
                        date=_s(ev.get("date")),
                        start=_s(ev.get("start")),
                        day=day_text,
                        duration=_s(ev.get("duration")),
                        end=_s(ev.get("end")),
                        type=_s(ev.get("type")),
                        track=_s(ev.get("track")),
                        abstract=_s(ev.get("abstract")),
                        description=_s(ev.get("description")),
                        language=_s(ev.get("language")),
                        guid=_s(ev.get("guid")),
                        ident=_s(ev.get("id")) or _s(ev.get("code")),
                        persons=_persons(ev.get("persons")),
                    )
                )
    return builder.finish(day_dates, boundaries)
