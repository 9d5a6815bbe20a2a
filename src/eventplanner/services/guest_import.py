"""Import a guest list from CSV or XLSX into an event: people matched in the directory, then guests.

Preview first (`apply=False` writes nothing), then apply in one transaction.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.text import name_key, unique_key
from eventplanner.imports.field_parsers import split_name
from eventplanner.imports.guests import GuestRecord, GuestTable
from eventplanner.imports.speakers import SpeakerRecord
from eventplanner.services.common import get_row, log_activity, retry_duplicates
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, OrganizationRow, PersonRow
from eventplanner.store.models_guests import DelegationRow, GuestRow

PERSON_FIELDS = ("honorific", "given_name", "family_name", "position", "rank", "email", "phone", "biography")


@dataclass
class GuestImportPreview:
    source: str
    columns: dict[str, str]
    new_people: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    organizations_created: list[str] = field(default_factory=list)
    delegations_created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    applied: bool = False

    def lines(self) -> list[str]:
        state = "Imported" if self.applied else "Preview of"
        out = [
            f"{state} {self.source}: columns " + ", ".join(f"{h} → {f}" for f, h in self.columns.items()),
            f"Guests: {len(self.added)} to add, {len(self.updated)} to update, {len(self.unchanged)} unchanged; "
            f"{len(self.new_people)} new people in the directory",
        ]
        out += [f"  + {x}" for x in self.added]
        out += [f"  ~ {x}" for x in self.updated]
        if self.organizations_created:
            out.append("Organizations to create: " + ", ".join(self.organizations_created))
        if self.delegations_created:
            out.append("Delegations to create: " + ", ".join(self.delegations_created))
        if self.ignored_columns:
            out.append("Columns not used: " + ", ".join(self.ignored_columns))
        out += [f"Note: {x}" for x in self.notes]
        out.append(f"Skipped ({len(self.skipped)}):" if self.skipped else "Skipped: nothing")
        out += [f"  - {x}" for x in self.skipped]
        return out


class _Directory:
    """People and organizations already known, found by email, or by name and organization."""

    def __init__(self, s: Session, preview: GuestImportPreview, apply: bool) -> None:
        self.s, self.preview, self.apply = s, preview, apply
        self.orgs: dict[str, OrganizationRow] = {}  # by name key (the unique index's), else by acronym
        for o in s.scalars(select(OrganizationRow).order_by(OrganizationRow.id)):
            self.orgs.setdefault(o.name_key, o)
        for o in s.scalars(select(OrganizationRow).where(OrganizationRow.acronym != "").order_by(OrganizationRow.id)):
            self.orgs.setdefault(unique_key(o.acronym), o)
        self.by_email: dict[str, PersonRow] = {}
        self.by_name: dict[str, list[PersonRow]] = {}
        for p in s.scalars(select(PersonRow)):
            self._remember(p)

    def _remember(self, p: PersonRow) -> None:
        if p.email.strip():
            self.by_email.setdefault(p.email.strip().casefold(), p)
        self.by_name.setdefault(name_key(f"{p.given_name} {p.family_name}"), []).append(p)

    def organization(self, text: str) -> OrganizationRow | None:
        text = " ".join(text.split())
        if not text:
            return None
        org = self.orgs.get(unique_key(text))
        if org is None:
            org = OrganizationRow(name=text, translations={})
            self.orgs[unique_key(text)] = org
            self.preview.organizations_created.append(text)
            if self.apply:
                self.s.add(org)
        return org

    def person(self, rec: SpeakerRecord) -> PersonRow:
        org = self.organization(rec.organization)
        found = self.by_email.get(rec.email.strip().casefold()) if rec.email.strip() else None
        if found is None:
            for candidate in self.by_name.get(name_key(f"{rec.given_name} {rec.family_name}"), []):
                if org is None or candidate.organization is None or candidate.organization is org:
                    found = candidate
                    break
        if found is not None:
            return found
        values = {f: " ".join(str(getattr(rec, f)).split()) for f in PERSON_FIELDS}
        values["biography"] = rec.biography.strip()
        values["honorific"] = values["honorific"][:32]
        row = PersonRow(**values, organization=org, translations={})
        self.preview.new_people.append(rec.display_name)
        if self.apply:
            self.s.add(row)
        self._remember(row)
        return row


def _plan(s: Session, event_id: int, table: GuestTable, preview: GuestImportPreview, apply: bool) -> None:
    directory = _Directory(s, preview, apply)
    delegations = {d.name.casefold(): d for d in s.scalars(select(DelegationRow).where(
        DelegationRow.event_id == event_id))}
    existing = {g.person_id: g for g in s.scalars(select(GuestRow).where(GuestRow.event_id == event_id))}
    pending: dict[int, GuestRow] = {}
    for rec in table.records:
        person = directory.person(rec.person)
        if apply:
            s.flush()
        if rec.precedence is not None and person.precedence != rec.precedence:
            person.precedence = rec.precedence
        delegation = None
        if rec.delegation:
            delegation = delegations.get(rec.delegation.casefold())
            if delegation is None:
                delegation = DelegationRow(event_id=event_id, name=rec.delegation[:500],
                                           organization=person.organization)
                delegations[rec.delegation.casefold()] = delegation
                preview.delegations_created.append(rec.delegation)
                if apply:
                    s.add(delegation)
                    s.flush()
        representative = None
        if rec.representative:
            representative = directory.person(_representative_record(rec))
            if apply:
                s.flush()
        key = id(person) if person.id is None else person.id
        row = existing.get(person.id) if person.id is not None else None
        row = row or pending.get(key)
        name = rec.person.display_name
        if row is None:
            row = GuestRow(event_id=event_id)
            pending[key] = row
            preview.added.append(name)
        elif _same(row, rec, delegation, representative):
            preview.unchanged.append(name)
            continue
        else:
            preview.updated.append(name)
        if not apply:
            continue
        row.person_id = person.id
        row.category, row.rsvp, row.sex = rec.category.value, rec.rsvp.value, rec.sex.value
        row.representative_id = representative.id if representative is not None else None
        row.delegation_id = delegation.id if delegation is not None else row.delegation_id
        row.is_head = rec.is_head
        row.language = rec.language
        for f in ("dietary", "access", "notes"):
            if getattr(rec, f):
                setattr(row, f, getattr(rec, f))
        row.arrival = rec.arrival or row.arrival
        row.departure = rec.departure or row.departure
        if row not in s:
            s.add(row)
        s.flush()


def _representative_record(rec: GuestRecord) -> SpeakerRecord:
    honorific, given, family = split_name(rec.representative)
    return SpeakerRecord(rec.row, honorific=honorific, given_name=given, family_name=family,
                         organization=rec.person.organization)


def _same(row: GuestRow, rec: GuestRecord, delegation: DelegationRow | None, rep: PersonRow | None) -> bool:
    return (row.category == rec.category.value and row.rsvp == rec.rsvp.value and row.sex == rec.sex.value
            and row.is_head == rec.is_head and row.language == rec.language
            and (rep is None or row.representative_id == rep.id)
            and (delegation is None or row.delegation_id == delegation.id)
            and all(not getattr(rec, f) or getattr(row, f) == getattr(rec, f) for f in ("dietary", "access", "notes"))
            and (rec.arrival is None or rec.arrival == row.arrival)
            and (rec.departure is None or rec.departure == row.departure))


def import_guests(db: Database, path: str | os.PathLike[str], event_id: int, apply: bool = True) -> GuestImportPreview:
    """Read a guest list and add its guests to the event (people matched by email, else name and organization)."""
    from eventplanner.imports.guests import read_guest_table
    from eventplanner.imports.schedule import read_file_limited

    table = read_guest_table(read_file_limited(path), Path(path).name)

    def attempt() -> GuestImportPreview:
        """One try; an import serializes with the others (organizations are matched, then added)."""
        preview = GuestImportPreview(Path(path).name, table.columns, skipped=list(table.skipped),
                                     notes=list(table.notes), ignored_columns=table.ignored_columns)
        with db.session(exclusive=apply) as s:
            get_row(s, EventRow, event_id)
            if apply:
                _plan(s, event_id, table, preview, apply)
                log_activity(s, event_id, "import_guests", f"Guests from {preview.source}: "
                             f"{len(preview.added)} added, {len(preview.updated)} updated")
            else:
                with s.no_autoflush:
                    _plan(s, event_id, table, preview, apply)
                s.rollback()
        preview.applied = apply
        return preview

    return retry_duplicates(attempt)
