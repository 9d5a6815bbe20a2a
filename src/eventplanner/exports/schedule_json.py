"""Schedule JSON in the frab / c3voc format (schema: voc/schedule validator/json/schema.json, draft-06)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.schedule_common import (
    GENERATOR_NAME,
    GENERATOR_VERSION,
    SlotView,
    iso,
    json_timezone_name,
    participants_text,
    person_guid,
    room_guid,
    schedule_view,
    xml_text,
)

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"


def _event(slug: str, s: SlotView, lang: str | None) -> dict[str, Any]:
    slot = s.slot
    return {
        "guid": s.guid,
        "id": s.index,
        "date": iso(s.start),
        "start": f"{s.start:%H:%M}",
        "end": iso(s.end),
        "duration": s.duration,
        "room": s.room,
        "slug": s.slug,
        "url": f"urn:uuid:{s.guid}",
        "title": xml_text(s.title),
        "subtitle": "",
        "track": s.kind_label,
        "type": slot.kind.value,
        "language": slot.language or None,
        "abstract": xml_text(s.description),
        "description": xml_text(participants_text(slot, lang)),
        "persons": [
            {"id": p.person.id, "guid": person_guid(slug, p.person), "public_name": xml_text(p.person.display_name)}
            for p in sorted(slot.participants, key=lambda p: p.position)
        ],
        "links": [],
    }


def schedule_dict(data: ProgrammeData, lang: str | None = None, now: datetime | None = None) -> dict[str, Any]:
    view = schedule_view(data, lang)
    event = data.event
    conference: dict[str, Any] = {
        "acronym": view.acronym,
        "title": xml_text(view.title),
        "start": data.days[0].isoformat(),
        "end": data.days[-1].isoformat(),
        "daysCount": len(view.days),
        "timeslot_duration": "00:05",
    }
    tz_name = json_timezone_name(event.timezone)
    if tz_name:
        conference["time_zone_name"] = tz_name
    conference["rooms"] = [{"name": r, "guid": room_guid(event.slug, r)} for r in view.rooms]
    conference["days"] = [
        {
            "index": day.index,
            "date": day.date.isoformat(),
            "day_start": iso(day.start),
            "day_end": iso(day.end),
            "rooms": {room: [_event(event.slug, s, lang) for s in slots] for room, slots in day.rooms},
        }
        for day in view.days
    ]
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": GENERATOR_NAME, "version": GENERATOR_VERSION},
        "schedule": {"version": (now or datetime.now()).strftime("%Y-%m-%d %H:%M"), "conference": conference},
    }


def schedule_json(data: ProgrammeData, lang: str | None = None, now: datetime | None = None) -> bytes:
    return json.dumps(schedule_dict(data, lang, now), ensure_ascii=False, indent=2).encode("utf-8")


def write_schedule_json(
    data: ProgrammeData, path: str | os.PathLike[str], lang: str | None = None, now: datetime | None = None
) -> Path:
    atomic_write_bytes(path, schedule_json(data, lang, now))
    return Path(path)
