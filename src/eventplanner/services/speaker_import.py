"""Speakers from a CSV or XLSX sheet, matched with the directory: by email, else by name and organization.

The sheet is read before any write (imports/speakers.py); a preview says what would change, and applying it is
one unit of work that serializes with the other imports and is tried again when a unique name index refuses an
organization someone added meanwhile (services/common.py `retry_duplicates`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.data import EventData
from eventplanner.domain.limits import MAX_TEXT
from eventplanner.domain.text import name_key, unique_key
from eventplanner.imports.speakers import SpeakerTable
from eventplanner.services.common import fit_columns, log_activity, retry_duplicates
from eventplanner.store.database import Database
from eventplanner.store.models import OrganizationRow, PersonRow

EventRef = int | EventData | None


def _event_id(event: EventRef) -> int | None:
    return event.id if isinstance(event, EventData) else event


PERSON_FIELDS = ("honorific", "given_name", "family_name", "position", "rank", "email", "phone", "biography")


@dataclass
class SpeakerChange:
    person_id: int | None
    name: str
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Field -> (old, new); for new people old is empty."""
    organization: str = ""


@dataclass
class SpeakerImportPreview:
    source: str
    columns: dict[str, str]
    create: list[SpeakerChange] = field(default_factory=list)
    update: list[SpeakerChange] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    organizations_created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    applied: bool = False
    notes: list[str] = field(default_factory=list)
    """What was assumed or adjusted while reading (the text encoding, text cut to fit a column)."""

    def lines(self) -> list[str]:
        state = "Imported" if self.applied else "Preview of"
        out = [
            f"{state} {self.source}: columns " + ", ".join(f"{h} → {f}" for f, h in self.columns.items()),
            f"People: {len(self.create)} to create, {len(self.update)} to update, {len(self.unchanged)} unchanged",
        ]
        out += [f"  + {c.name}" + (f" ({c.organization})" if c.organization else "") for c in self.create]
        for c in self.update:
            out.append(f"  ~ {c.name}: " + "; ".join(f"{k}: “{a}” → “{b}”" for k, (a, b) in c.changes.items()))
        if self.organizations_created:
            out.append("Organizations to create: " + ", ".join(self.organizations_created))
        if self.ignored_columns:
            out.append("Columns not used: " + ", ".join(self.ignored_columns))
        if self.notes:
            out.append(f"Notes ({len(self.notes)}):")
            out += [f"  - {n}" for n in self.notes]
        out.append(f"Skipped ({len(self.skipped)}):" if self.skipped else "Skipped: nothing")
        out += [f"  - {x}" for x in self.skipped]
        return out


def _plan_speakers(s: Session, table: SpeakerTable, preview: SpeakerImportPreview, apply: bool) -> None:
    orgs: dict[str, OrganizationRow] = {}  # by name key (the unique index's), else by acronym
    for o in s.scalars(select(OrganizationRow).order_by(OrganizationRow.id)):
        orgs.setdefault(o.name_key, o)
    for o in s.scalars(select(OrganizationRow).where(OrganizationRow.acronym != "").order_by(OrganizationRow.id)):
        orgs.setdefault(unique_key(o.acronym), o)
    by_email: dict[str, PersonRow] = {}
    by_name: dict[str, list[PersonRow]] = {}
    for p in s.scalars(select(PersonRow)):
        if p.email.strip():
            by_email.setdefault(p.email.strip().casefold(), p)
        by_name.setdefault(name_key(f"{p.given_name} {p.family_name}"), []).append(p)
    for rec in table.records:
        org_text = " ".join(rec.organization.split())
        org = orgs.get(unique_key(org_text)) if org_text else None
        if org_text and org is None:
            org = OrganizationRow(name=org_text[:MAX_TEXT], translations={})
            orgs[unique_key(org_text)] = org
            preview.organizations_created.append(org_text)
            if apply:
                s.add(org)
        person = by_email.get(rec.email.strip().casefold()) if rec.email.strip() else None
        if person is None:
            for candidate in by_name.get(name_key(f"{rec.given_name} {rec.family_name}"), []):
                same_org = (candidate.organization.name.casefold() if candidate.organization else "") == (
                    org_text.casefold()
                ) or (org is not None and candidate.organization_id == org.id and org.id is not None)
                if same_org or not org_text or candidate.organization is None:
                    person = candidate
                    break
        values = fit_columns(PersonRow, {
            f: " ".join(str(getattr(rec, f)).split()) if f != "biography" else rec.biography.strip()
            for f in PERSON_FIELDS}, preview.notes, f"Row {rec.row}")
        if person is None:
            change = SpeakerChange(None, rec.display_name, {k: ("", v) for k, v in values.items() if v}, org_text)
            preview.create.append(change)
            if apply:
                row = PersonRow(**{k: v for k, v in values.items()}, organization=org, translations={})
                s.add(row)
                by_name.setdefault(name_key(f"{rec.given_name} {rec.family_name}"), []).append(row)
                if row.email:
                    by_email.setdefault(row.email.casefold(), row)
            continue
        changes = {k: (str(getattr(person, k)), v) for k, v in values.items() if v and v != getattr(person, k)}
        if org is not None and person.organization is not org:
            changes["organization"] = (person.organization.name if person.organization else "", org.name)
        if not changes:
            preview.unchanged.append(rec.display_name)
            continue
        preview.update.append(SpeakerChange(person.id, rec.display_name, changes, org_text))
        if apply:
            for k, (_old, new) in changes.items():
                if k == "organization":
                    person.organization = org
                else:
                    setattr(person, k, new)


def import_speakers(
    db: Database, path: str | os.PathLike[str], event: EventRef = None, apply: bool = True
) -> SpeakerImportPreview:
    """Read speakers from CSV/XLSX and match them with people (by email, else by name and organization).

    With `apply=False` nothing is written: the preview says what would be created and updated (the GUI shows
    it before applying). With `apply=True` everything is written in one transaction.
    """
    from eventplanner.imports.schedule import read_file_limited
    from eventplanner.imports.speakers import read_speaker_table

    table = read_speaker_table(read_file_limited(path), Path(path).name)
    preview = SpeakerImportPreview(
        Path(path).name, table.columns, skipped=list(table.skipped), ignored_columns=table.ignored_columns,
        notes=list(table.notes),
    )

    def attempt() -> SpeakerImportPreview:
        planned = replace(preview, create=[], update=[], unchanged=[], organizations_created=[],
                          notes=list(preview.notes))
        with db.session(exclusive=apply) as s:
            _plan_speakers(s, table, planned, apply)
            if apply:
                s.flush()
                log_activity(s, _event_id(event), "import_speakers", f"Speakers from {planned.source}: "
                             f"{len(planned.create)} new, {len(planned.update)} updated")
            else:
                s.rollback()
        planned.applied = apply
        return planned

    return retry_duplicates(attempt)
