"""iCalendar (RFC 5545) export: one VEVENT per slot, in the event's time zone with its VTIMEZONE."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar, Event

from eventplanner import APP_NAME, __version__
from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.schedule_common import participants_text, schedule_view, xml_text

UID_DOMAIN = "eventplanner.invalid"


def schedule_ical(data: ProgrammeData, lang: str | None = None, now: datetime | None = None) -> bytes:
    """The schedule as an .ics file. UIDs derive from the event slug and slot id, so they survive re-exports."""
    view = schedule_view(data, lang)
    event = data.event
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", xml_text(view.title))
    cal.add("x-wr-timezone", event.timezone or "UTC")
    venue = ", ".join(x for x in (event.tr("venue_name", lang), event.tr("venue_address", lang)) if x.strip())
    for s in view.slots:
        ve = Event()
        ve.add("uid", f"{s.guid}@{UID_DOMAIN}")
        ve.add("dtstamp", stamp)
        ve.add("dtstart", s.start)
        ve.add("dtend", s.end)
        ve.add("summary", xml_text(s.title))
        location = s.room if not venue or s.room == event.tr("venue_name", lang) else f"{s.room}, {venue}"
        ve.add("location", xml_text(location))
        body = "\n\n".join(x for x in (participants_text(s.slot, lang), s.description) if x.strip())
        if body:
            ve.add("description", xml_text(body))
        ve.add("categories", [s.kind_label])
        ve.add("sequence", max(0, s.slot.version - 1))
        cal.add_component(ve)
    cal.add_missing_timezones()
    return cal.to_ical()


def write_schedule_ical(
    data: ProgrammeData, path: str | os.PathLike[str], lang: str | None = None, now: datetime | None = None
) -> Path:
    atomic_write_bytes(path, schedule_ical(data, lang, now))
    return Path(path)
