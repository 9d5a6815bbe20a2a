"""The speaker directory, shared across events: search, edit, merge duplicates, delete with consequences."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from eventplanner.domain.data import PersonData, SlotData
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.text import name_key
from eventplanner.services.common import check_version, get_row, log_activity
from eventplanner.services.convert import clean_translations, person_data, slot_data
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, OrganizationRow, PersonRow, SlotParticipantRow, SlotRow

PERSON_FIELDS = (
    "honorific",
    "given_name",
    "family_name",
    "position",
    "rank",
    "organization_id",
    "email",
    "phone",
    "biography",
    "precedence",
    "notes",
    "translations",
    "photo",
)
_TEXT = ("honorific", "given_name", "family_name", "position", "rank", "email", "phone", "biography", "notes")


@dataclass(frozen=True)
class PersonAppearance:
    """One slot a person appears in, with its event, for the speaker's detail view."""

    event_id: int
    event_title: str
    slot: SlotData


def _validate(s: Session, values: dict[str, Any]) -> None:
    if not (str(values.get("given_name") or "").strip() or str(values.get("family_name") or "").strip()):
        raise ValidationError("A person needs a given name or a family name.")
    email = str(values.get("email") or "").strip()
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"“{email}” is not an e-mail address.")
    try:
        values["precedence"] = int(values.get("precedence", 100))
    except (TypeError, ValueError) as exc:
        raise ValidationError("The protocol precedence is a whole number (lower speaks first).") from exc
    org_id = values.get("organization_id")
    if org_id is not None and s.get(OrganizationRow, org_id) is None:
        raise ValidationError("The chosen organization no longer exists.")
    photo = values.get("photo")
    if photo is not None:
        from eventplanner.services.images import check_image

        check_image(photo, "photo")


def _assign(row: PersonRow, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "translations":
            row.translations = clean_translations(value)
        elif name == "photo":
            row.photo = value or None
            row.has_photo = bool(value)
        elif name in _TEXT:
            setattr(row, name, str(value or "").strip())
        else:
            setattr(row, name, value)


def _query() -> Any:
    return select(PersonRow).options(selectinload(PersonRow.organization))


def list_people(db: Database, text: str = "") -> list[PersonData]:
    """Everyone, or those whose name, position or organization contains `text` (case-insensitive)."""
    with db.session() as s:
        query = (
            _query()
            .outerjoin(PersonRow.organization)
            .order_by(func.lower(PersonRow.family_name), func.lower(PersonRow.given_name), PersonRow.id)
        )
        for word in text.split():
            like = f"%{word}%"
            query = query.where(
                or_(
                    PersonRow.given_name.ilike(like),
                    PersonRow.family_name.ilike(like),
                    PersonRow.position.ilike(like),
                    OrganizationRow.name.ilike(like),
                    OrganizationRow.acronym.ilike(like),
                )
            )
        return [person_data(r) for r in s.scalars(query)]


def people_by_ids(db: Database, person_ids: Iterable[int]) -> list[PersonData]:
    """These people as they are now, without photos (those deleted meanwhile are left out)."""
    ids = sorted(set(person_ids))
    with db.session() as s:
        found: list[PersonData] = []
        for i in range(0, len(ids), 500):
            found += [person_data(r) for r in s.scalars(_query().where(PersonRow.id.in_(ids[i:i + 500])))]
        return found


def get_person(db: Database, person_id: int, with_photo: bool = True) -> PersonData:
    with db.session() as s:
        row = get_row(s, PersonRow, person_id)
        return person_data(row, with_photo)


def create_person(db: Database, given_name: str, family_name: str, **fields: Any) -> PersonData:
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown person fields: {', '.join(sorted(unknown))}.")
    values: dict[str, Any] = {"given_name": given_name, "family_name": family_name, **fields}
    with db.session() as s:
        _validate(s, values)
        row = PersonRow()
        _assign(row, values)
        s.add(row)
        s.flush()
        log_activity(s, None, "create_person", f"Added {row.given_name} {row.family_name} to the directory")
        return person_data(row)


def update_person(db: Database, person_id: int, expected_version: int | None = None, **changes: Any) -> PersonData:
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown person fields: {', '.join(sorted(unknown))}.")
    with db.session() as s:
        row = get_row(s, PersonRow, person_id)
        check_version(row, expected_version, f"{row.given_name} {row.family_name}".strip())
        values = {f: getattr(row, f) for f in PERSON_FIELDS if f != "photo"}
        values.update(changes)
        _validate(s, values)
        _assign(row, changes)
        s.flush()
        log_activity(s, None, "update_person", f"Edited {row.given_name} {row.family_name}")
        return person_data(row, with_photo=True)


def person_slots(db: Database, person_id: int) -> list[PersonAppearance]:
    """Every slot the person appears in, across events, in time order."""
    with db.session() as s:
        get_row(s, PersonRow, person_id)
        rows = s.scalars(
            select(SlotRow)
            .join(SlotRow.participants)
            .where(SlotParticipantRow.person_id == person_id)
            .options(
                selectinload(SlotRow.participants).selectinload(SlotParticipantRow.person),
                selectinload(SlotRow.room),
                selectinload(SlotRow.event),
            )
            .order_by(SlotRow.start)
            .distinct()
        )
        return [PersonAppearance(r.event_id, r.event.title, slot_data(r)) for r in rows]


def delete_person(db: Database, person_id: int) -> tuple[PersonData, list[PersonAppearance]]:
    """Remove someone from the directory; returns them and the slots that lost them."""
    affected = person_slots(db, person_id)
    with db.session() as s:
        row = get_row(s, PersonRow, person_id)
        data = person_data(row, with_photo=True)
        for part in s.scalars(select(SlotParticipantRow).where(SlotParticipantRow.person_id == person_id)):
            s.delete(part)  # the database would cascade; done here so that undo brings them back
        s.delete(row)
        log_activity(s, None, "delete_person", f"Deleted {data.full_name} ({len(affected)} slot(s) affected)")
        return data, affected


def merge_people(db: Database, keep_id: int, duplicate_ids: list[int]) -> PersonData:
    """Fold duplicates into one record: their slots point to the kept person, empty fields are filled."""
    if keep_id in duplicate_ids:
        raise ValidationError("A person cannot be merged into themselves.")
    with db.session() as s:
        keep = get_row(s, PersonRow, keep_id)
        for dup_id in duplicate_ids:
            dup = get_row(s, PersonRow, dup_id)
            for name in _TEXT:
                if not getattr(keep, name) and getattr(dup, name):
                    setattr(keep, name, getattr(dup, name))
            if keep.organization_id is None:
                keep.organization_id = dup.organization_id
            if not keep.has_photo and dup.has_photo:
                keep.photo, keep.has_photo = dup.photo, True
            merged = dict(dup.translations or {})
            for lang, fields in (keep.translations or {}).items():
                merged[lang] = {**merged.get(lang, {}), **fields}
            keep.translations = merged
            for part in s.scalars(select(SlotParticipantRow).where(SlotParticipantRow.person_id == dup_id)):
                part.person_id = keep_id
            s.flush()
            s.delete(dup)
        s.flush()
        log_activity(
            s,
            None,
            "merge_people",
            f"Merged {len(duplicate_ids)} duplicate(s) into {keep.given_name} {keep.family_name}",
        )
        return person_data(keep)


def find_duplicates(db: Database) -> list[list[PersonData]]:
    """Groups of people whose names match ignoring case, accents and spacing."""
    groups: dict[str, list[PersonData]] = {}
    for person in list_people(db):
        groups.setdefault(name_key(person.full_name), []).append(person)
    return [g for g in groups.values() if len(g) > 1]


def events_of_person(db: Database, person_id: int) -> list[int]:
    with db.session() as s:
        return list(
            s.scalars(
                select(EventRow.id)
                .join(SlotRow)
                .join(SlotParticipantRow)
                .where(SlotParticipantRow.person_id == person_id)
                .distinct()
            )
        )
