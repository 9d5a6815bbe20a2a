"""The translatable texts of an event, each with a stable key, its primary text and one value per language.

Keys look like ``slot:12:title``: the owner (event, room, slot, person, org), its id and the field. They stay
the same across sessions, so a workbook sent to a translator comes back to the same texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from eventplanner.domain.data import (
    EventData,
    OrganizationData,
    PersonData,
    ProgrammeData,
    RoomData,
    SlotData,
)
from eventplanner.domain.errors import ValidationError


class TextKind(StrEnum):
    """What a text is, for the Translations page's filter and the workbook's second column."""

    EVENT = "event"
    ROOM = "room"
    SLOT_TITLE = "slot_title"
    DESCRIPTION = "description"
    NAME = "name"
    POSITION = "position"
    BIOGRAPHY = "biography"
    ORGANIZATION = "organization"


TEXT_KIND_LABELS: dict[TextKind, str] = {
    TextKind.EVENT: "Event",
    TextKind.ROOM: "Room",
    TextKind.SLOT_TITLE: "Slot title",
    TextKind.DESCRIPTION: "Description",
    TextKind.NAME: "Name",
    TextKind.POSITION: "Position or rank",
    TextKind.BIOGRAPHY: "Biography",
    TextKind.ORGANIZATION: "Organization",
}

#: owner -> field -> kind, in the order the Translations page lists an owner's texts.
FIELDS: dict[str, dict[str, TextKind]] = {
    "event": {
        "title": TextKind.EVENT,
        "short_title": TextKind.EVENT,
        "theme": TextKind.EVENT,
        "venue_name": TextKind.EVENT,
        "venue_address": TextKind.EVENT,
    },
    "room": {"name": TextKind.ROOM},
    "slot": {"title": TextKind.SLOT_TITLE, "description": TextKind.DESCRIPTION},
    "person": {
        "given_name": TextKind.NAME,
        "family_name": TextKind.NAME,
        "position": TextKind.POSITION,
        "rank": TextKind.POSITION,
        "biography": TextKind.BIOGRAPHY,
    },
    "org": {"name": TextKind.ORGANIZATION, "acronym": TextKind.ORGANIZATION},
}

#: Primary texts that may not be emptied, and the longest primary text a column holds.
REQUIRED: frozenset[tuple[str, str]] = frozenset({("event", "title"), ("room", "name"), ("org", "name")})
MAX_LENGTH: dict[tuple[str, str], int] = {("org", "acronym"): 40}
MAX_TEXT = 20_000

_KEY = re.compile(r"^(event|room|slot|person|org):([1-9][0-9]{0,17}):([a-z_]{1,32})$")


@dataclass(frozen=True, order=True)
class TextKey:
    owner: str
    owner_id: int
    field: str

    def __str__(self) -> str:
        return f"{self.owner}:{self.owner_id}:{self.field}"

    @property
    def kind(self) -> TextKind:
        return FIELDS[self.owner][self.field]

    @classmethod
    def parse(cls, text: str) -> TextKey:
        """A key from its text; ValidationError when it is not one this application writes."""
        match = _KEY.match(text.strip())
        if not match or match.group(3) not in FIELDS[match.group(1)]:
            raise ValidationError(f"“{text[:60]}” is not a text key (they look like slot:12:title).")
        return cls(match.group(1), int(match.group(2)), match.group(3))


@dataclass(frozen=True)
class TextEntry:
    key: TextKey
    context: str
    """Where the text appears, in English, for the translator: 'Slot 10:00 · title'."""
    primary: str
    values: Mapping[str, str] = field(default_factory=dict)
    """language -> translation; a language without one is missing."""
    subject: str = ""
    """What the text belongs to, without words to translate: '18.12 10:00', 'Vusal Huseynov', 'IOM'."""

    @property
    def kind(self) -> TextKind:
        return self.key.kind

    def value(self, lang: str) -> str:
        return self.values.get(lang, "")

    def missing(self, lang: str) -> bool:
        """True when the text has a primary version but none in `lang`."""
        return bool(self.primary.strip()) and not self.values.get(lang, "").strip()


@dataclass(frozen=True)
class TextTable:
    """Every translatable text of one event, for the Translations page and the translators' workbook."""

    event_id: int
    event_slug: str
    event_title: str
    primary: str
    """The event's primary language: the texts stored in the fields themselves."""
    languages: tuple[str, ...]
    """Every language the event offers, the primary first."""
    entries: tuple[TextEntry, ...] = ()

    @property
    def translated_languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if lang != self.primary)

    def cell(self, entry: TextEntry, lang: str) -> str:
        return entry.primary if lang == self.primary else entry.value(lang)

    def missing_counts(self) -> dict[str, int]:
        return {lang: sum(e.missing(lang) for e in self.entries) for lang in self.translated_languages}

    def by_key(self) -> dict[TextKey, TextEntry]:
        return {e.key: e for e in self.entries}


@dataclass(frozen=True)
class TextEdit:
    """Set the text `key` in `lang` to `value` ('' clears a translation)."""

    key: TextKey
    lang: str
    value: str


@dataclass(frozen=True)
class TextChange:
    """What one edit changed; `undo()` gives the edit that puts it back."""

    key: TextKey
    lang: str
    old: str
    new: str

    def undo(self) -> TextEdit:
        return TextEdit(self.key, self.lang, self.old)

    def redo(self) -> TextEdit:
        return TextEdit(self.key, self.lang, self.new)


def clean_text(value: str, key: TextKey) -> str:
    """A cell's text as stored: trimmed, control characters but tab and newline dropped; too long refused."""
    text = "".join(ch for ch in value if ch in "\t\n" or (ch >= " " and ch != "\x7f"))
    text = text.replace("\r", "").strip()
    limit = MAX_LENGTH.get((key.owner, key.field), MAX_TEXT)
    if len(text) > limit:
        raise ValidationError(f"The text for {key} is {len(text):,} characters long; at most {limit:,} fit.")
    return text


# -- gathering texts from programme data ------------------------------------------------------------------
def _entry(key: TextKey, context: str, primary: str, translations: Mapping[str, Mapping[str, str]],
           languages: Sequence[str], subject: str) -> TextEntry:
    values = {lang: text for lang in languages if (text := translations.get(lang, {}).get(key.field, "").strip())}
    return TextEntry(key, context, primary, values, subject)


def _owner_entries(owner: str, obj: EventData | RoomData | SlotData | PersonData | OrganizationData, context: str,
                   languages: Sequence[str], subject: str = "") -> Iterable[TextEntry]:
    for name in FIELDS[owner]:
        primary = str(getattr(obj, name))
        has_translation = any(obj.translations.get(lang, {}).get(name, "").strip() for lang in languages)
        if primary.strip() or has_translation or (owner, name) in REQUIRED:
            yield _entry(TextKey(owner, obj.id, name), f"{context} · {name.replace('_', ' ')}", primary,
                         obj.translations, languages, subject)


def event_texts(data: ProgrammeData, languages: Sequence[str],
                extra_organizations: Sequence[OrganizationData] = ()) -> list[TextEntry]:
    """The texts of the event, its rooms, slots, the people in them and its organizations, in reading order.

    Empty primary texts are left out (nothing to translate) unless a translation exists or the field is required.
    """
    out: list[TextEntry] = list(_owner_entries("event", data.event, "Event", languages))
    for room in data.rooms:
        out.extend(_owner_entries("room", room, f"Room {room.name}", languages, room.name))
    for slot in data.slots:
        out.extend(_owner_entries("slot", slot, f"Slot {slot.start:%d %b %H:%M}", languages,
                                  f"{slot.start:%d.%m %H:%M}"))
    for person in data.people:
        out.extend(_owner_entries("person", person, f"Person {person.full_name}", languages, person.full_name))
    seen: set[int] = set()
    orgs = [eo.organization for eo in data.organizations] + list(data.people_organizations) + list(extra_organizations)
    for org in orgs:
        if org.id not in seen:
            seen.add(org.id)
            label = org.acronym or org.name
            out.extend(_owner_entries("org", org, f"Organization {label}", languages, label))
    return out


def printed_texts(data: ProgrammeData, *, descriptions: bool = True, biographies: bool = False,
                  partners: bool = True) -> list[TextEntry]:
    """The texts a programme prints, in every language the data carries."""
    languages = sorted({lang for obj in _all_objects(data) for lang in obj.translations})
    used_rooms = {s.room_id for s in data.slots}
    entries = event_texts(data, languages)
    keep: list[TextEntry] = []
    for e in entries:
        k = e.key
        if (k.owner == "room" and k.owner_id not in used_rooms) or (k.field == "description" and not descriptions):
            continue
        if (k.field == "biography" and not biographies) or (k.owner == "org" and k.field == "acronym"):
            continue
        if k.owner == "org" and not partners and not _org_of_person(data, k.owner_id):
            continue
        if e.primary.strip():
            keep.append(e)
    return keep


def _org_of_person(data: ProgrammeData, org_id: int) -> bool:
    return any(p.organization_id == org_id for p in data.people)


def _all_objects(data: ProgrammeData) -> list[EventData | RoomData | SlotData | PersonData | OrganizationData]:
    orgs = [eo.organization for eo in data.organizations] + list(data.people_organizations)
    return [data.event, *data.rooms, *data.slots, *data.people, *orgs]


def missing_in(entries: Iterable[TextEntry], lang: str) -> list[TextEntry]:
    return [e for e in entries if e.missing(lang)]
