"""Closed vocabularies of the domain, stored by value so the database stays readable."""

from __future__ import annotations

from enum import StrEnum

from eventplanner.domain.languages import language_names


class EventStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class SlotKind(StrEnum):
    WELCOME = "welcome"
    OPENING = "opening"
    KEYNOTE = "keynote"
    SPEECH = "speech"
    VIDEO = "video"
    PRESENTATION = "presentation"
    PANEL = "panel"
    DISCUSSION = "discussion"
    QA = "qa"
    BREAK = "break"
    MEAL = "meal"
    CEREMONY = "ceremony"
    CLOSING = "closing"
    REGISTRATION = "registration"
    DINNER = "dinner"
    RECEPTION = "reception"
    PHOTO = "photo"
    SIGNING = "signing"
    PRESS = "press"
    NETWORKING = "networking"
    OTHER = "other"

    @property
    def is_pause(self) -> bool:
        """Breaks, meals and the like: printed muted and never carry speakers."""
        return self in PAUSE_KINDS

    @property
    def is_speech(self) -> bool:
        """Kinds that protocol order may rearrange as a run of consecutive speeches."""
        return self in (SlotKind.WELCOME, SlotKind.OPENING, SlotKind.KEYNOTE, SlotKind.SPEECH, SlotKind.VIDEO)


PAUSE_KINDS: frozenset[SlotKind] = frozenset({
    SlotKind.BREAK, SlotKind.MEAL, SlotKind.DINNER, SlotKind.REGISTRATION, SlotKind.PHOTO, SlotKind.NETWORKING})
"""Kinds with no speakers (MEAL is lunch; its stored value stays "meal")."""

#: English labels; the programme and the GUI translate them per language.
SLOT_KIND_LABELS: dict[SlotKind, str] = {
    SlotKind.WELCOME: "Welcome speech",
    SlotKind.OPENING: "Opening remarks",
    SlotKind.KEYNOTE: "Keynote",
    SlotKind.SPEECH: "Speech",
    SlotKind.VIDEO: "Video message",
    SlotKind.PRESENTATION: "Presentation",
    SlotKind.PANEL: "Panel",
    SlotKind.DISCUSSION: "Discussion",
    SlotKind.QA: "Questions and answers",
    SlotKind.BREAK: "Coffee break",
    SlotKind.MEAL: "Lunch",
    SlotKind.CEREMONY: "Ceremony",
    SlotKind.CLOSING: "Closing remarks",
    SlotKind.REGISTRATION: "Registration",
    SlotKind.DINNER: "Dinner",
    SlotKind.RECEPTION: "Reception",
    SlotKind.PHOTO: "Photo session",
    SlotKind.SIGNING: "Signing ceremony",
    SlotKind.PRESS: "Press conference",
    SlotKind.NETWORKING: "Networking",
    SlotKind.OTHER: "Other",
}


class ParticipantRole(StrEnum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    CHAIR = "chair"
    PRESENTER = "presenter"
    PANELIST = "panelist"


PARTICIPANT_ROLE_LABELS: dict[ParticipantRole, str] = {
    ParticipantRole.SPEAKER: "Speaker",
    ParticipantRole.MODERATOR: "Moderator",
    ParticipantRole.CHAIR: "Chair",
    ParticipantRole.PRESENTER: "Presenter",
    ParticipantRole.PANELIST: "Panelist",
}


class OrganizationKind(StrEnum):
    GOVERNMENT = "government"
    INTERGOVERNMENTAL = "intergovernmental"
    UN_AGENCY = "un_agency"
    NGO = "ngo"
    ACADEMIC = "academic"
    PRIVATE = "private"
    OTHER = "other"


ORGANIZATION_KIND_LABELS: dict[OrganizationKind, str] = {
    OrganizationKind.GOVERNMENT: "Government",
    OrganizationKind.INTERGOVERNMENTAL: "Intergovernmental",
    OrganizationKind.UN_AGENCY: "UN agency",
    OrganizationKind.NGO: "NGO",
    OrganizationKind.ACADEMIC: "Academic",
    OrganizationKind.PRIVATE: "Private sector",
    OrganizationKind.OTHER: "Other",
}


class EventRole(StrEnum):
    """What an organization is to one event; the programme header follows this order."""

    HOST = "host"
    CO_ORGANIZER = "co_organizer"
    PARTNER = "partner"
    SPONSOR = "sponsor"
    SUPPORTER = "supporter"

    @property
    def rank(self) -> int:
        return list(EventRole).index(self)


EVENT_ROLE_LABELS: dict[EventRole, str] = {
    EventRole.HOST: "Host",
    EventRole.CO_ORGANIZER: "Co-organizer",
    EventRole.PARTNER: "Partner",
    EventRole.SPONSOR: "Sponsor",
    EventRole.SUPPORTER: "Supporter",
}

HONORIFICS: tuple[str, ...] = ("H.E.", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.")

#: Languages the content can be translated into and the programme printed in: one label file each
#: (resources/languages/<code>.json), code -> the language's own name.
LANGUAGES: dict[str, str] = language_names()
