"""ProgrammeData fixtures for the speaker-list, badge and schedule exports, built without a database."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from eventplanner.domain.data import (
    EventData,
    EventOrganizationData,
    OrganizationData,
    ParticipantData,
    PersonData,
    ProgrammeData,
    RoomData,
    SlotData,
)
from eventplanner.domain.enums import EventRole, EventStatus, OrganizationKind, ParticipantRole, SlotKind

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "src" / "eventplanner" / "resources" / "sample" / "migrants-day-2021.json"
SCHEDULE_FORMAT = ROOT / "tests" / "data" / "schedule-format"
XSD = SCHEDULE_FORMAT / "schema" / "schedule.xml.xsd"
JSON_SCHEMA = SCHEDULE_FORMAT / "schema" / "schedule.schema.json"
SAMPLES = SCHEDULE_FORMAT / "samples"

HOSTILE = [
    "<b>bold</b> & <script>alert(1)</script>",
    "=HYPERLINK(\"http://evil\",\"x\")",
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTabbed",
    "\rReturn",
    "Ramil Məmmədov Şükürov",
    "Анна-Мария Щербакова",
    "محمد عبد الله",
    "]]><!-- -->&amp;\x00\x07",
]


def load_sample(path: Path = SAMPLE, with_logos: bool = True) -> ProgrammeData:
    """The sample JSON as ProgrammeData, ids numbered in file order (what the services will return); the export
    tests' `sample` fixture and sample_programme()."""
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    orgs: dict[str, OrganizationData] = {}
    for i, o in enumerate(raw["organizations"], start=1):
        logo = (path.parent / o["logo"]).read_bytes() if with_logos and o.get("logo") else None
        orgs[o["key"]] = OrganizationData(
            id=i, name=o["name"], acronym=o.get("acronym", ""), kind=OrganizationKind(o["kind"]),
            country=o.get("country", ""), website=o.get("website", ""), notes=o.get("notes", ""),
            has_logo=logo is not None, logo=logo, translations=o.get("translations", {}),
        )
    people: dict[str, PersonData] = {}
    for i, p in enumerate(raw["people"], start=1):
        org = orgs.get(p.get("organization", ""))
        translations = {lang: dict(t) for lang, t in p.get("translations", {}).items()}
        if org:
            for lang, t in org.translations.items():
                translations.setdefault(lang, {})["organization_name"] = t.get("name", "")
        people[p["key"]] = PersonData(
            id=i, given_name=p["given_name"], family_name=p["family_name"], honorific=p.get("honorific", ""),
            position=p.get("position", ""), rank=p.get("rank", ""), organization_id=org.id if org else None,
            organization_name=org.name if org else "", email=p.get("email", ""), phone=p.get("phone", ""),
            biography=p.get("biography", ""), precedence=p.get("precedence", 100), translations=translations,
        )
    ev = raw["event"]
    event = EventData(
        id=1, slug=ev["slug"], title=ev["title"], short_title=ev.get("short_title", ""), theme=ev.get("theme", ""),
        start_date=date.fromisoformat(ev["start_date"]), end_date=date.fromisoformat(ev["end_date"]),
        timezone=ev.get("timezone", "UTC"), venue_name=ev.get("venue_name", ""),
        venue_address=ev.get("venue_address", ""), status=EventStatus(ev.get("status", "draft")),
        language=ev.get("language", "en"), notes=ev.get("notes", ""), translations=ev.get("translations", {}),
    )
    rooms = tuple(
        RoomData(id=i, event_id=1, name=r["name"] if isinstance(r, dict) else str(r), position=i)
        for i, r in enumerate(ev.get("rooms", []), start=1)
    )
    event_orgs = tuple(
        EventOrganizationData(event_id=1, organization=orgs[eo["organization"]], role=EventRole(eo["role"]),
                              position=i)
        for i, eo in enumerate(ev.get("organizations", []))
    )
    slots = tuple(
        SlotData(
            id=i, event_id=1, start=datetime.fromisoformat(s["start"]), duration_minutes=s["duration"],
            kind=SlotKind(s["kind"]), title=s.get("title", ""), description=s.get("description", ""),
            remote=s.get("remote", False), translations=s.get("translations", {}),
            participants=tuple(
                ParticipantData(people[p["person"]], ParticipantRole(p.get("role", "speaker")), j)
                for j, p in enumerate(s.get("participants", []))
            ),
        )
        for i, s in enumerate(ev["slots"], start=1)
    )
    return ProgrammeData(event=event, rooms=rooms, organizations=event_orgs, slots=slots)


def sample_programme() -> ProgrammeData:
    """The real sample event (International Migrants Day 2021), with ids assigned in file order."""
    return load_sample()


def person(pid: int, given: str, family: str, **kw: object) -> PersonData:
    return PersonData(id=pid, given_name=given, family_name=family, **kw)  # type: ignore[arg-type]


def hostile_programme(long_len: int = 10_000) -> ProgrammeData:
    """Three days, two rooms, a slot crossing midnight, markup, formulas, AZ/RU/AR names, huge fields."""
    host = OrganizationData(1, "Dövlət <Miqrasiya> & Xidməti", acronym="DMX", kind=OrganizationKind.GOVERNMENT)
    event = EventData(
        id=7,
        slug="hostile-summit-2024",
        title="Summit <i>&</i> \"Forum\" = 2024",
        start_date=date(2024, 3, 30),
        end_date=date(2024, 4, 1),
        timezone="Europe/Berlin",  # DST starts on 31 March 2024
        venue_name="Palace & Hall",
    )
    rooms = (RoomData(1, 7, "Hall <A>", 0), RoomData(2, 7, "Зал Б", 1))
    people = [
        person(1, "Ramil", "Məmmədov", honorific="H.E.", position="=cmd|' /C calc'!A0", rank="+rank",
               organization_id=1, organization_name=host.name, email="ramil@example.az", phone="+994 12 555 55 55"),
        person(2, "Анна-Мария", "Щербакова", honorific="Dr.", position="@Director", organization_name="Институт"),
        person(3, "محمد", "عبد الله", position="-Adviser", organization_name="الأمم المتحدة", email="m@example.org"),
        person(4, "<script>alert(1)</script>", "O'Brien & Sons", position="X" * long_len,
               organization_name="\tTabs Ltd", phone="\r0123"),
    ]
    start = datetime(2024, 3, 30, 9, 0)
    slots = [
        SlotData(1, 7, start, 30, SlotKind.OPENING, "Opening <b>remarks</b> & welcome", "=1+1", 1, "Hall <A>",
                 participants=(ParticipantData(people[0], ParticipantRole.SPEAKER, 0),
                               ParticipantData(people[1], ParticipantRole.SPEAKER, 1))),
        SlotData(2, 7, start, 45, SlotKind.PANEL, "Параллельная панель", "L" * long_len, 2, "Зал Б",
                 participants=(ParticipantData(people[1], ParticipantRole.MODERATOR, 0),
                               ParticipantData(people[2], ParticipantRole.PANELIST, 1),
                               ParticipantData(people[3], ParticipantRole.PANELIST, 2))),
        SlotData(3, 7, start + timedelta(hours=14, minutes=30), 120, SlotKind.CEREMONY,
                 "Night ceremony across midnight", "", 1, "Hall <A>",
                 participants=(ParticipantData(people[0], ParticipantRole.CHAIR, 0),)),
        SlotData(4, 7, datetime(2024, 3, 31, 1, 30), 90, SlotKind.OTHER, "", "Across the DST switch", 2, "Зал Б"),
        SlotData(5, 7, datetime(2024, 3, 31, 12, 0), 60, SlotKind.MEAL, "Lunch", "", 1, "Hall <A>"),
        SlotData(6, 7, datetime(2024, 4, 1, 10, 0), 40, SlotKind.SPEECH, "T" * long_len, "", None, "",
                 participants=(ParticipantData(people[2], ParticipantRole.SPEAKER, 0),
                               ParticipantData(people[3], ParticipantRole.SPEAKER, 1))),
        SlotData(7, 7, datetime(2024, 4, 1, 11, 0), 20, SlotKind.CLOSING, "محمد عبد الله — خاتمة", "", 1,
                 "Hall <A>", participants=(ParticipantData(people[0], ParticipantRole.SPEAKER, 0),)),
    ]
    return ProgrammeData(
        event=event,
        rooms=rooms,
        organizations=(EventOrganizationData(7, host, EventRole.HOST, 0),),
        slots=tuple(slots),
    )
