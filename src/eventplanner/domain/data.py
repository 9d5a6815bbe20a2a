"""Frozen data objects handed across layers. ORM objects never leave the store and services."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from eventplanner.domain.days import conference_day
from eventplanner.domain.enums import (
    EventRole,
    EventStatus,
    OrganizationKind,
    ParticipantRole,
    SlotKind,
)

#: language code -> field name -> translated text. Missing entries fall back to the primary text.
Translations = Mapping[str, Mapping[str, str]]


def localized(primary: str, translations: Translations, field_name: str, lang: str | None) -> str:
    """The text of `field_name` in `lang`, or the primary text when no translation exists."""
    if lang:
        text = translations.get(lang, {}).get(field_name, "")
        if text.strip():
            return text
    return primary


class _Translatable:
    """Mixin: `obj.tr("title", "az")` resolves a translated field with fallback."""

    translations: Translations

    def tr(self, field_name: str, lang: str | None) -> str:
        return localized(str(getattr(self, field_name)), self.translations, field_name, lang)

    def has_tr(self, field_name: str, lang: str | None) -> bool:
        """True when `lang` has its own text for the field (no fallback to the primary text)."""
        return bool(lang) and bool(self.translations.get(lang or "", {}).get(field_name, "").strip())


@dataclass(frozen=True)
class EventData(_Translatable):
    id: int
    slug: str
    title: str
    start_date: date
    end_date: date
    theme: str = ""
    short_title: str = ""
    timezone: str = "UTC"
    venue_name: str = ""
    venue_address: str = ""
    status: EventStatus = EventStatus.DRAFT
    language: str = "en"
    notes: str = ""
    version: int = 1
    translations: Translations = field(default_factory=dict, compare=False)
    languages: tuple[str, ...] = ()
    """The content languages the event offers, its primary language first."""
    #: Minutes after midnight at which one conference day ends: earlier slots belong to the day before.
    day_change_minutes: int = 0

    def day_of(self, moment: datetime) -> date:
        """The conference day of `moment` (a show at 00:15 belongs to the evening before when days change later)."""
        return conference_day(moment, self.day_change_minutes)

    @property
    def days(self) -> list[date]:
        n = (self.end_date - self.start_date).days
        return [self.start_date + timedelta(days=i) for i in range(n + 1)]

    @property
    def running_title(self) -> str:
        return self.short_title or self.title


@dataclass(frozen=True)
class RoomData(_Translatable):
    id: int
    event_id: int
    name: str
    position: int = 0
    version: int = 1
    translations: Translations = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class OrganizationData(_Translatable):
    id: int
    name: str
    acronym: str = ""
    kind: OrganizationKind = OrganizationKind.OTHER
    country: str = ""
    website: str = ""
    notes: str = ""
    has_logo: bool = False
    #: Image bytes (PNG/JPEG); filled only where a caller asked for logos (programme, detail view).
    logo: bytes | None = field(default=None, repr=False, compare=False)
    version: int = 1
    translations: Translations = field(default_factory=dict, compare=False)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


@dataclass(frozen=True)
class EventOrganizationData:
    """An organization's role in one event (host, co-organizer...), in the programme's order."""

    event_id: int
    organization: OrganizationData
    role: EventRole
    position: int = 0


@dataclass(frozen=True)
class PersonData(_Translatable):
    id: int
    given_name: str
    family_name: str
    honorific: str = ""
    position: str = ""
    rank: str = ""
    organization_id: int | None = None
    organization_name: str = ""
    email: str = ""
    phone: str = ""
    biography: str = ""
    precedence: int = 100
    notes: str = ""
    has_photo: bool = False
    photo: bytes | None = field(default=None, repr=False, compare=False)
    version: int = 1
    translations: Translations = field(default_factory=dict, compare=False)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def display_name(self) -> str:
        """'H.E. Name Surname', as programmes and badges print it."""
        return " ".join(p for p in (self.honorific, self.given_name, self.family_name) if p)

    def title_line(self, lang: str | None = None) -> str:
        """'Position, rank' for the line under the name (organization added by callers)."""
        return ", ".join(p for p in (self.tr("position", lang), self.tr("rank", lang)) if p)


@dataclass(frozen=True)
class ParticipantData:
    person: PersonData
    role: ParticipantRole = ParticipantRole.SPEAKER
    position: int = 0


@dataclass(frozen=True)
class SlotData(_Translatable):
    id: int
    event_id: int
    start: datetime
    """Naive wall-clock time in the event's time zone."""
    duration_minutes: int
    kind: SlotKind
    title: str = ""
    description: str = ""
    room_id: int | None = None
    room_name: str = ""
    language: str = ""
    remote: bool = False
    participants: tuple[ParticipantData, ...] = ()
    version: int = 1
    translations: Translations = field(default_factory=dict, compare=False)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def time_range(self) -> str:
        """'10:00–10:30'; a slot ending at midnight ends at '24:00', as printed programmes write it."""
        end = self.end
        end_text = "24:00" if end.hour == end.minute == 0 and end.date() > self.start.date() else f"{end:%H:%M}"
        return f"{self.start:%H:%M}–{end_text}"


@dataclass(frozen=True)
class ProgrammeData:
    """Everything a programme, speaker list or schedule export needs, gathered in one read."""

    event: EventData
    rooms: tuple[RoomData, ...] = ()
    organizations: tuple[EventOrganizationData, ...] = ()
    slots: tuple[SlotData, ...] = ()
    people_organizations: tuple[OrganizationData, ...] = ()
    """Organizations of the people in the agenda that have no role in the event (their names print in titles)."""

    @property
    def hosts(self) -> tuple[EventOrganizationData, ...]:
        return tuple(o for o in self.organizations if o.role is EventRole.HOST)

    def day_of(self, slot: SlotData) -> date:
        """The conference day `slot` belongs to (its start's calendar day unless the event's days change later)."""
        return self.event.day_of(slot.start)

    def slots_on(self, day: date) -> tuple[SlotData, ...]:
        """The slots of conference day `day`, late-night slots of that day included."""
        change = self.event.day_change_minutes
        return tuple(s for s in self.slots if conference_day(s.start, change) == day)

    @property
    def days(self) -> list[date]:
        """The event's days plus any conference day a slot belongs to outside them, in order."""
        change = self.event.day_change_minutes
        return sorted(set(self.event.days) | {conference_day(s.start, change) for s in self.slots})

    @property
    def people(self) -> tuple[PersonData, ...]:
        """Every person appearing in the agenda, in order of first appearance."""
        seen: dict[int, PersonData] = {}
        for slot in self.slots:
            for p in slot.participants:
                seen.setdefault(p.person.id, p.person)
        return tuple(seen.values())
