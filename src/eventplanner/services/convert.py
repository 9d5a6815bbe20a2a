"""ORM rows to frozen domain data; the only place that knows both shapes."""

from __future__ import annotations

from typing import Any

from eventplanner.domain.data import (
    EventData,
    EventOrganizationData,
    OrganizationData,
    ParticipantData,
    PersonData,
    RoomData,
    SlotData,
    Translations,
)
from eventplanner.domain.enums import EventRole, EventStatus, OrganizationKind, ParticipantRole, SlotKind
from eventplanner.domain.languages import SHIPPED
from eventplanner.store.models import (
    EventOrganizationRow,
    EventRow,
    OrganizationRow,
    PersonRow,
    RoomRow,
    SlotRow,
)


def translations(raw: dict[str, Any] | None) -> Translations:
    if not raw:
        return {}
    return {lang: dict(fields) for lang, fields in raw.items() if isinstance(fields, dict)}


def clean_translations(raw: Translations | None) -> dict[str, Any]:
    """Drop empty texts so a cleared translation falls back to the primary text."""
    result: dict[str, Any] = {}
    for lang, fields in (raw or {}).items():
        kept = {k: v for k, v in fields.items() if isinstance(v, str) and v.strip()}
        if kept:
            result[lang] = kept
    return result


def event_data(row: EventRow) -> EventData:
    return EventData(
        id=row.id,
        slug=row.slug,
        title=row.title,
        start_date=row.start_date,
        end_date=row.end_date,
        theme=row.theme,
        short_title=row.short_title,
        timezone=row.timezone,
        venue_name=row.venue_name,
        venue_address=row.venue_address,
        status=EventStatus(row.status),
        language=row.language,
        notes=row.notes,
        version=row.version,
        translations=translations(row.translations),
        day_change_minutes=row.day_change_minutes or 0,
        languages=offered_languages(row.language, row.languages),
    )


def offered_languages(primary: str, stored: str) -> tuple[str, ...]:
    """The event's languages, primary first: the stored list, or the primary plus the shipped languages."""
    listed = [c for c in (stored or "").split(",") if c.strip()] or list(SHIPPED)
    return tuple(dict.fromkeys([primary, *(c.strip() for c in listed)]))


def room_data(row: RoomRow) -> RoomData:
    return RoomData(
        id=row.id,
        event_id=row.event_id,
        name=row.name,
        position=row.position,
        version=row.version,
        translations=translations(row.translations),
    )


def organization_data(row: OrganizationRow, with_logo: bool = False) -> OrganizationData:
    return OrganizationData(
        id=row.id,
        name=row.name,
        acronym=row.acronym,
        kind=OrganizationKind(row.kind),
        country=row.country,
        website=row.website,
        notes=row.notes,
        has_logo=row.has_logo,
        logo=row.logo if with_logo and row.has_logo else None,
        version=row.version,
        translations=translations(row.translations),
    )


def event_organization_data(row: EventOrganizationRow, with_logo: bool = False) -> EventOrganizationData:
    return EventOrganizationData(
        event_id=row.event_id,
        organization=organization_data(row.organization, with_logo),
        role=EventRole(row.role),
        position=row.position,
    )


def person_data(row: PersonRow, with_photo: bool = False) -> PersonData:
    org = row.organization
    return PersonData(
        id=row.id,
        given_name=row.given_name,
        family_name=row.family_name,
        honorific=row.honorific,
        position=row.position,
        rank=row.rank,
        organization_id=row.organization_id,
        organization_name=org.name if org else "",
        email=row.email,
        phone=row.phone,
        biography=row.biography,
        precedence=row.precedence,
        notes=row.notes,
        has_photo=row.has_photo,
        photo=row.photo if with_photo and row.has_photo else None,
        version=row.version,
        translations=translations(row.translations),
    )


def slot_data(row: SlotRow, with_photos: bool = False) -> SlotData:
    return SlotData(
        id=row.id,
        event_id=row.event_id,
        start=row.start,
        duration_minutes=row.duration_minutes,
        kind=SlotKind(row.kind),
        title=row.title,
        description=row.description,
        room_id=row.room_id,
        room_name=row.room.name if row.room else "",
        language=row.language,
        remote=row.remote,
        participants=tuple(
            ParticipantData(person_data(p.person, with_photos), ParticipantRole(p.role), p.position)
            for p in row.participants
        ),
        version=row.version,
        translations=translations(row.translations),
    )
