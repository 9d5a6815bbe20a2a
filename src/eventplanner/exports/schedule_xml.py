"""Schedule XML in the frab / c3voc format (schema: voc/schedule validator/xsd/schedule.xml.xsd)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from lxml import etree

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.schedule_common import (
    GENERATOR_NAME,
    GENERATOR_VERSION,
    ScheduleView,
    iso,
    participants_text,
    person_guid,
    room_guid,
    schedule_view,
    xml_text,
)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def _version(now: datetime | None) -> str:
    return (now or datetime.now()).strftime("%Y-%m-%d %H:%M")


def schedule_xml(data: ProgrammeData, lang: str | None = None, now: datetime | None = None) -> bytes:
    """The whole schedule as UTF-8 XML bytes; `now` fixes the version stamp (tests, reproducible builds)."""
    view: ScheduleView = schedule_view(data, lang)
    event = data.event
    root = etree.Element("schedule")
    _sub(root, "generator", name=GENERATOR_NAME, version=GENERATOR_VERSION)
    _sub(root, "version", _version(now))
    conf = _sub(root, "conference")
    _sub(conf, "acronym", view.acronym)
    _sub(conf, "title", view.title)
    first, last = data.days[0], data.days[-1]
    _sub(conf, "start", first.isoformat())
    _sub(conf, "end", last.isoformat())
    _sub(conf, "days", str(len(view.days)))
    _sub(conf, "timeslot_duration", "00:05")
    _sub(conf, "time_zone_name", event.timezone or "UTC")
    for day in view.days:
        day_el = _sub(
            root, "day", date=day.date.isoformat(), start=iso(day.start), end=iso(day.end), index=str(day.index)
        )
        for room_name, slots in day.rooms:
            room_el = _sub(day_el, "room", name=room_name, guid=room_guid(event.slug, room_name))
            for s in slots:
                ev = _sub(room_el, "event", id=str(s.index), guid=s.guid)
                _sub(ev, "room", room_name)
                _sub(ev, "title", s.title)
                _sub(ev, "subtitle", "")
                _sub(ev, "type", s.slot.kind.value)
                _sub(ev, "date", iso(s.start))
                _sub(ev, "start", f"{s.start:%H:%M}")
                _sub(ev, "duration", s.duration)
                _sub(ev, "abstract", s.description)
                _sub(ev, "slug", s.slug)
                _sub(ev, "track", s.kind_label)
                if s.slot.language:
                    _sub(ev, "language", s.slot.language)
                _sub(ev, "description", participants_text(s.slot, lang))
                persons = _sub(ev, "persons")
                for p in sorted(s.slot.participants, key=lambda p: p.position):
                    _sub(
                        persons,
                        "person",
                        p.person.display_name,
                        id=str(p.person.id),
                        guid=person_guid(event.slug, p.person),
                    )
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_schedule_xml(
    data: ProgrammeData, path: str | os.PathLike[str], lang: str | None = None, now: datetime | None = None
) -> Path:
    atomic_write_bytes(path, schedule_xml(data, lang, now))
    return Path(path)
