"""The sample event's guest list (fictitious guests in Baku), delegations, seating charts and letter templates.

Read from resources/sample/migrants-day-2021-guests.json after the sample event itself has been created.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.guests import GuestCategory, RsvpStatus, Sex
from eventplanner.domain.invitations import DEFAULT_TEMPLATES
from eventplanner.domain.seating import ChartKind, ChartLayout
from eventplanner.domain.text import unique_key
from eventplanner.paths import resource
from eventplanner.services import seating
from eventplanner.services.convert import clean_translations
from eventplanner.store.database import Database
from eventplanner.store.models import OrganizationRow, PersonRow
from eventplanner.store.models_guests import DelegationRow, GuestRow, InvitationTemplateRow

GUESTS_FILE = "migrants-day-2021-guests.json"


def guests_sample_path() -> Path:
    return resource("sample", GUESTS_FILE)


def _organization(s: Session, known: dict[str, dict[str, Any]], key: str,
                  cache: dict[str, OrganizationRow]) -> OrganizationRow | None:
    if not key:
        return None
    if key in cache:
        return cache[key]
    spec = known.get(key)
    if spec is None:
        raise ValidationError(f"The guest sample names an unknown organization “{key}”.")
    row = s.scalars(select(OrganizationRow).where(OrganizationRow.name_key == unique_key(spec["name"]))
                    .order_by(OrganizationRow.id)).first()
    if row is None:
        row = OrganizationRow(name=spec["name"], acronym=spec.get("acronym", ""), kind=spec.get("kind", "other"),
                              country=spec.get("country", ""),
                              translations=clean_translations(spec.get("translations")))
        s.add(row)
    cache[key] = row
    return row


def load_sample_guests(db: Database, event_id: int, main_doc: dict[str, Any], path: Path | None = None) -> int:
    """Add the sample guests to the sample event; returns how many. `main_doc`: the sample event's document."""
    path = path or guests_sample_path()
    if not path.is_file():
        return 0
    try:
        doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(f"The sample guest file {path} cannot be read: {exc}") from exc
    if doc.get("format") != "eventplanner-guests-sample/1":
        raise ValidationError(f"{path} is not an Event Planner guest sample file.")
    known_orgs = {o["key"]: o for o in main_doc.get("organizations", [])} | {o["key"]: o for o in doc["organizations"]}
    main_people = {p["key"]: p for p in main_doc.get("people", [])}
    with db.session() as s:
        orgs: dict[str, OrganizationRow] = {}
        people: dict[str, PersonRow] = {}
        for key, p in main_people.items():
            row = s.scalars(select(PersonRow).where(PersonRow.given_name == p["given_name"],
                                                    PersonRow.family_name == p["family_name"])).first()
            if row is not None:
                people[key] = row
        for p in doc["people"]:
            row = s.scalars(select(PersonRow).where(PersonRow.given_name == p["given_name"],
                                                    PersonRow.family_name == p["family_name"])).first()
            if row is None:
                row = PersonRow(honorific=p.get("honorific", ""), given_name=p["given_name"],
                                family_name=p["family_name"], position=p.get("position", ""),
                                organization=_organization(s, known_orgs, p.get("organization", ""), orgs),
                                email=p.get("email", ""), precedence=int(p.get("precedence", 100)),
                                translations=clean_translations(p.get("translations")))
                s.add(row)
            people[p["key"]] = row
        delegations: dict[str, DelegationRow] = {}
        for d in doc.get("delegations", []):
            delegations[d["key"]] = DelegationRow(
                event_id=event_id, name=d["name"], country=d.get("country", ""),
                organization=_organization(s, known_orgs, d.get("organization", ""), orgs),
                precedence=int(d.get("precedence", 100)))
            s.add(delegations[d["key"]])
        s.flush()
        for g in doc["guests"]:
            rep = people[g["representative"]] if g.get("representative") else None
            s.add(GuestRow(
                event_id=event_id, person_id=people[g["person"]].id, category=GuestCategory(g["category"]).value,
                rsvp=RsvpStatus(g["rsvp"]).value, representative_id=rep.id if rep else None,
                delegation_id=delegations[g["delegation"]].id if g.get("delegation") else None,
                is_head=bool(g.get("head")), sex=Sex(g.get("sex", "")).value,
                representative_sex=Sex(g.get("representative_sex", "")).value, language=g.get("language", ""),
                dietary=g.get("dietary", ""), access=g.get("access", ""), notes=g.get("notes", ""),
                arrival=datetime.fromisoformat(g["arrival"]) if g.get("arrival") else None,
                departure=datetime.fromisoformat(g["departure"]) if g.get("departure") else None,
            ))
        for t in doc.get("invitation_templates", []):
            subject, body = DEFAULT_TEMPLATES.get(t["language"], DEFAULT_TEMPLATES["en"])
            s.add(InvitationTemplateRow(
                event_id=event_id, language=t["language"], subject=t.get("subject", subject), body=t.get("body", body),
                rsvp_deadline=date.fromisoformat(t["rsvp_deadline"]) if t.get("rsvp_deadline") else None,
                contact=t.get("contact", ""), signatory=t.get("signatory", ""),
                signatory_title=t.get("signatory_title", "")))
        count = len(doc["guests"])
    for c in doc.get("charts", []):
        chart = seating.add_chart(db, event_id, c["name"], ChartLayout(ChartKind(c["kind"]), int(c["seats"]),
                                                                      int(c.get("rows", 1))), c.get("room", ""))
        if c.get("fill"):
            seating.fill_chart(db, chart.id)
    return count
