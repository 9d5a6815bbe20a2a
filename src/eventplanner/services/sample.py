"""The built-in sample event (International Migrants Day 2021), loaded from resources/sample as data."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventplanner.domain.data import EventData
from eventplanner.domain.enums import EventRole, ParticipantRole, SlotKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.text import unique_key
from eventplanner.paths import resource
from eventplanner.services import events as event_service
from eventplanner.services.convert import clean_translations, event_data
from eventplanner.services.guest_sample import load_sample_guests
from eventplanner.services.scenario_sample import SCENARIO_FILE, add_sample_scenario
from eventplanner.store.database import Database
from eventplanner.store.models import (
    EventOrganizationRow,
    EventRow,
    OrganizationRow,
    PersonRow,
    RoomRow,
    SlotParticipantRow,
    SlotRow,
)

SAMPLE_FILE = "migrants-day-2021.json"


def sample_path() -> Path:
    return resource("sample", SAMPLE_FILE)


def load_sample_document(path: Path | None = None) -> dict[str, Any]:
    path = path or sample_path()
    try:
        doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(f"The sample event file {path} cannot be read: {exc}") from exc
    if doc.get("format") != "eventplanner-sample/1":
        raise ValidationError(f"{path} is not an Event Planner sample file.")
    return doc


def ensure_sample_event(db: Database, path: Path | None = None) -> tuple[EventData, bool]:
    """Add the sample event unless an event with its slug exists. Returns (event, created)."""
    doc = load_sample_document(path)
    base = (path or sample_path()).parent
    ev = doc["event"]
    with db.session() as s:
        existing = s.scalars(select(EventRow).where(EventRow.slug == ev["slug"])).first()
        if existing is not None:
            return event_data(existing), False
        orgs: dict[str, OrganizationRow] = {}
        for o in doc.get("organizations", []):
            row = s.scalars(select(OrganizationRow).where(OrganizationRow.name_key == unique_key(o["name"]))
                            .order_by(OrganizationRow.id)).first()
            if row is None:
                logo = (base / o["logo"]).read_bytes() if o.get("logo") else None
                row = OrganizationRow(
                    name=o["name"],
                    acronym=o.get("acronym", ""),
                    kind=o.get("kind", "other"),
                    country=o.get("country", ""),
                    website=o.get("website", ""),
                    notes=o.get("notes", ""),
                    logo=logo,
                    has_logo=bool(logo),
                    translations=clean_translations(o.get("translations")),
                )
                s.add(row)
            orgs[o["key"]] = row
        people: dict[str, PersonRow] = {}
        for p in doc.get("people", []):
            org = orgs.get(p.get("organization", ""))
            person = s.scalars(
                select(PersonRow).where(
                    PersonRow.given_name == p["given_name"], PersonRow.family_name == p["family_name"]
                )
            ).first()
            if person is None:
                person = PersonRow(
                    honorific=p.get("honorific", ""),
                    given_name=p["given_name"],
                    family_name=p["family_name"],
                    position=p.get("position", ""),
                    rank=p.get("rank", ""),
                    organization=org,
                    email=p.get("email", ""),
                    phone=p.get("phone", ""),
                    biography=p.get("biography", ""),
                    precedence=int(p.get("precedence", 100)),
                    notes=p.get("notes", ""),
                    translations=clean_translations(p.get("translations")),
                )
                s.add(person)
            people[p["key"]] = person
        event = EventRow(
            slug=ev["slug"],
            title=ev["title"],
            short_title=ev.get("short_title", ""),
            theme=ev.get("theme", ""),
            start_date=date.fromisoformat(ev["start_date"]),
            end_date=date.fromisoformat(ev["end_date"]),
            timezone=ev.get("timezone", "UTC"),
            venue_name=ev.get("venue_name", ""),
            venue_address=ev.get("venue_address", ""),
            status=ev.get("status", "draft"),
            language=ev.get("language", "en"),
            notes=ev.get("notes", ""),
            translations=clean_translations(ev.get("translations")),
        )
        s.add(event)
        rooms: dict[str, RoomRow] = {}
        for pos, name in enumerate(ev.get("rooms", [])):
            rooms[name] = RoomRow(name=name, position=pos)
            event.rooms.append(rooms[name])
        for pos, role in enumerate(ev.get("organizations", [])):
            event.organizations.append(
                EventOrganizationRow(
                    organization=orgs[role["organization"]], role=EventRole(role["role"]).value, position=pos
                )
            )
        for sl in ev.get("slots", []):
            slot = SlotRow(
                start=datetime.fromisoformat(sl["start"]),
                duration_minutes=int(sl["duration"]),
                kind=SlotKind(sl["kind"]).value,
                title=sl.get("title", ""),
                description=sl.get("description", ""),
                room=rooms.get(sl.get("room", "")),
                remote=bool(sl.get("remote", False)),
                translations=clean_translations(sl.get("translations")),
            )
            slot.participants = [
                SlotParticipantRow(
                    person=people[p["person"]], role=ParticipantRole(p.get("role", "speaker")).value, position=i
                )
                for i, p in enumerate(sl.get("participants", []))
            ]
            event.slots.append(slot)
        s.flush()
        add_sample_scenario(s, event, base / SCENARIO_FILE)
        event_service.log_activity(s, event.id, "create_event", "Added the sample event")
        created = event_data(event)
    load_sample_guests(db, created.id, doc)
    return created, True
