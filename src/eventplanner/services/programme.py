"""Gather everything a programme or an export needs in one read: `ProgrammeData`, and what it lacks per language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import selectinload, undefer

from eventplanner.domain.data import ParticipantData, PersonData, ProgrammeData, SlotData
from eventplanner.domain.languages import english_name, honorific
from eventplanner.domain.translations import TextEntry, missing_in, printed_texts
from eventplanner.services.common import get_row
from eventplanner.services.convert import event_data, organization_data, room_data, slot_data
from eventplanner.services.organizations import _event_roles
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, OrganizationRow, PersonRow, RoomRow, SlotParticipantRow, SlotRow


def programme_data(db: Database, event_id: int, with_images: bool = True) -> ProgrammeData:
    """Event, rooms, organizations (with logos) and the agenda with participants (with photos).

    Words the application adds (honorifics) come translated into every language the event offers.
    """
    with db.session() as s:
        event = get_row(s, EventRow, event_id)
        person_loader = selectinload(SlotRow.participants).selectinload(SlotParticipantRow.person)
        if with_images:
            person_loader = person_loader.options(undefer(PersonRow.photo))
        slots = s.scalars(
            select(SlotRow)
            .where(SlotRow.event_id == event_id)
            .options(
                person_loader.selectinload(PersonRow.organization),
                selectinload(SlotRow.room),
            )
            .order_by(SlotRow.start, SlotRow.id)
        )
        rooms = s.scalars(select(RoomRow).where(RoomRow.event_id == event_id).order_by(RoomRow.position, RoomRow.id))
        room_order = [room_data(r) for r in rooms]
        roles = tuple(_event_roles(s, event_id, with_images))
        info = event_data(event)
        slot_list = [_with_words(slot_data(r, with_images), info.languages) for r in slots]
        with_role = {eo.organization.id for eo in roles}
        people_org_ids = {p.person.organization_id for sl in slot_list for p in sl.participants} - with_role - {None}
        people_orgs: list[OrganizationRow] = (
            list(s.scalars(select(OrganizationRow).where(OrganizationRow.id.in_(people_org_ids))))
            if people_org_ids else []
        )
        return ProgrammeData(
            event=info,
            rooms=tuple(room_order),
            organizations=roles,
            slots=tuple(slot_list),
            people_organizations=tuple(sorted((organization_data(o) for o in people_orgs), key=lambda o: o.id)),
        )


def _with_words(slot: SlotData, languages: Sequence[str]) -> SlotData:
    if not slot.participants:
        return slot
    return replace(slot, participants=tuple(_participant(p, languages) for p in slot.participants))


def _participant(part: ParticipantData, languages: Sequence[str]) -> ParticipantData:
    return replace(part, person=person_with_honorifics(part.person, languages))


def person_with_honorifics(person: PersonData, languages: Sequence[str]) -> PersonData:
    """The person with their honorific in each language from the label files, unless typed for them."""
    if not person.honorific.strip():
        return person
    merged = {lang: dict(fields) for lang, fields in person.translations.items()}
    for lang in languages:
        if not merged.get(lang, {}).get("honorific", "").strip():
            merged.setdefault(lang, {})["honorific"] = honorific(person.honorific, lang)
    return replace(person, translations=merged)


@dataclass(frozen=True)
class MissingTexts:
    """Texts a programme prints in the primary language because `lang` has no translation of them."""

    lang: str
    primary: str
    entries: tuple[TextEntry, ...]

    @property
    def count(self) -> int:
        return len(self.entries)

    def sentence(self) -> str:
        noun = "text has" if self.count == 1 else "texts have"
        verb = "prints" if self.count == 1 else "print"
        return (f"{self.count} {noun} no {english_name(self.lang)} ({self.lang}) translation and {verb} "
                f"in {english_name(self.primary)} instead")


def missing_texts(
    data: ProgrammeData,
    languages: Sequence[str],
    *,
    descriptions: bool = True,
    biographies: bool = False,
    partners: bool = True,
) -> list[MissingTexts]:
    """Per printed language other than the primary one, the printed texts that fall back to the primary text."""
    primary = data.event.language
    printed = printed_texts(data, descriptions=descriptions, biographies=biographies, partners=partners)
    found = []
    for lang in dict.fromkeys(languages):
        if lang != primary:
            missing = missing_in(printed, lang)
            if missing:
                found.append(MissingTexts(lang, primary, tuple(missing)))
    return found


def missing_warning(found: Sequence[MissingTexts], event_ref: str) -> str | None:
    """One line for the CLI's stderr, or None when every printed text is translated."""
    if not found:
        return None
    parts = "; ".join(m.sentence() for m in found)
    return f"{parts} (`eventplanner translations {event_ref} -o FILE.xlsx` lists every text)"
