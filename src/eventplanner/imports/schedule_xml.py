"""Reader for schedule XML (frab, pretalx, OSEM, c3voc), parsed with entities and network access off."""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from eventplanner import APP_NAME
from eventplanner.domain.errors import ValidationError
from eventplanner.imports.field_parsers import parse_date
from eventplanner.imports.schedule_model import (
    ImportedSchedule,
    RawEvent,
    RawPerson,
    ScheduleBuilder,
)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el: Element, name: str) -> Element | None:
    return next((c for c in el if _local(c.tag) == name), None)


def _text(el: Element | None, name: str | None = None) -> str:
    if el is not None and name is not None:
        el = _child(el, name)
    if el is None:
        return ""
    return "".join(el.itertext()).strip()


def parse_xml(data: bytes) -> Element:
    """Parse untrusted XML: DTD entities (XXE, billion laughs) and external references are refused."""
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ValidationError(
            "The XML file declares entities or external references, which schedule files never need; "
            "it was refused for safety."
        ) from exc
    except ParseError as exc:
        raise ValidationError(f"The file is not well-formed XML ({exc}).") from exc


def _persons(event: Element) -> list[RawPerson]:
    found: list[RawPerson] = []
    persons = _child(event, "persons")
    if persons is not None:
        for p in persons:
            if _local(p.tag) == "person":
                found.append(RawPerson(_text(p), p.get("id") or p.get("guid") or ""))
    for p in event:
        if _local(p.tag) == "person":  # bare <person> straight under <event>: names may be joined
            found.append(RawPerson(_text(p), p.get("id") or "", joined=not p.get("id")))
    return found


def read_schedule_xml(data: bytes) -> ImportedSchedule:
    root = parse_xml(data)
    if _local(root.tag) != "schedule":
        raise ValidationError(f"This XML file is not a conference schedule (its root is <{_local(root.tag)}>).")
    conf = _child(root, "conference")
    days = [d for d in root if _local(d.tag) == "day"]
    if conf is None and not days:
        raise ValidationError("This XML schedule has neither a <conference> nor any <day>; nothing to import.")
    conf = conf if conf is not None else Element("conference")
    gen_el = _child(root, "generator")
    if gen_el is None:
        gen_el = _child(conf, "generator")
    generator = (gen_el.get("name") or _text(gen_el)) if gen_el is not None else ""
    tz_name = _text(conf, "time_zone_name")
    schedule = ImportedSchedule(
        title=_text(conf, "title") or "Imported schedule",
        acronym=_text(conf, "acronym"),
        timezone=tz_name or "UTC",
        start_date=parse_date(_text(conf, "start")),
        end_date=parse_date(_text(conf, "end")),
        source_format="schedule XML",
        generator=generator,
    )
    builder = ScheduleBuilder(schedule, tz_name, own_format=generator == APP_NAME)
    day_dates = []
    boundaries: list[tuple[str, str]] = []
    for day in days:
        day_date = day.get("date") or (day.get("start") or "")[:10]
        parsed = parse_date(day_date)
        if parsed is None:
            schedule.skipped.append(f"A <day> without a usable date ({day_date or 'empty'}) and its events.")
            continue
        day_dates.append(parsed)
        boundaries.append((day.get("start") or "", day.get("end") or ""))
        for room in day:
            if _local(room.tag) != "room":
                continue
            for ev in room:
                if _local(ev.tag) != "event":
                    continue
                builder.add_event(
                    RawEvent(
                        title=_text(ev, "title"),
                        room=room.get("name") or _text(ev, "room"),
                        date=_text(ev, "date"),
                        start=_text(ev, "start"),
                        day=day_date,
                        duration=_text(ev, "duration"),
                        type=_text(ev, "type"),
                        track=_text(ev, "track"),
                        abstract=_text(ev, "abstract"),
                        description=_text(ev, "description"),
                        language=_text(ev, "language"),
                        guid=ev.get("guid") or "",
                        ident=ev.get("id") or "",
                        persons=_persons(ev),
                    )
                )
    return builder.finish(day_dates, boundaries)
