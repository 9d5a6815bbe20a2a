"""Invitation letters: the protocol form of address and a template with {placeholders}, filled per guest.

Three languages have their forms of address here (en, az, ru); others fall back to English forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from eventplanner.domain.guests import Sex

PLACEHOLDERS: dict[str, str] = {
    "address": "Full protocol address: “His Excellency Mr. Name Surname, Ambassador of …”",
    "salutation": "“Your Excellency,” or “Dear Ms. Surname,”",
    "name": "Name with honorific",
    "position": "Position of the guest",
    "organization": "Organization of the guest",
    "event": "Title of the event",
    "date": "Date(s) of the event",
    "venue": "Venue and address",
    "rsvp_deadline": "Date by which to answer",
    "contact": "Whom to answer",
    "host": "Host organization(s)",
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")

#: language -> (his excellency, her excellency, excellency unknown sex, Mr., Ms., "Your Excellency,", "Dear")
_FORMS: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "en": ("His Excellency", "Her Excellency", "H.E.", "Mr.", "Ms.", "Your Excellency,", "Dear"),
    "az": ("Zati-aliləri", "Zati-aliləri", "Zati-aliləri", "cənab", "xanım", "Zati-aliləri,", "Hörmətli"),
    "ru": ("Его Превосходительство", "Её Превосходительство", "Его (Её) Превосходительство", "г-н", "г-жа",
           "Ваше Превосходительство,", "Уважаем"),
}


@dataclass(frozen=True)
class Addressee:
    honorific: str
    given_name: str
    family_name: str
    position: str = ""
    organization: str = ""
    sex: Sex = Sex.UNRECORDED


def _is_excellency(honorific: str) -> bool:
    return honorific.replace(" ", "").casefold() in ("h.e.", "he", "hisexcellency", "herexcellency")


def _courtesy(a: Addressee, lang: str) -> str:
    """Mr./Ms. in the language (from the recorded sex or the honorific); Dr., Prof. and the like are kept."""
    forms = _FORMS.get(lang, _FORMS["en"])
    honorific = a.honorific.strip().casefold()
    if honorific and honorific not in ("mr.", "ms.", "mrs.", "mr", "ms", "mrs") and not _is_excellency(a.honorific):
        return a.honorific.strip()
    if a.sex is Sex.MALE or honorific in ("mr.", "mr"):
        return forms[3]
    if a.sex is Sex.FEMALE or honorific in ("ms.", "mrs.", "ms", "mrs"):
        return forms[4]
    return ""


def protocol_address(a: Addressee, lang: str = "en") -> str:
    """'His Excellency Mr. Name Surname, Ambassador of …' (an excellency), else 'Dr. Name Surname, Director …'."""
    forms = _FORMS.get(lang, _FORMS["en"])
    parts: list[str] = []
    if _is_excellency(a.honorific):
        parts.append({Sex.MALE: forms[0], Sex.FEMALE: forms[1]}.get(a.sex, forms[2]))
    parts += [_courtesy(a, lang), a.given_name, a.family_name]
    name = " ".join(p for p in parts if p)
    tail = ", ".join(p for p in (a.position, a.organization if a.organization not in a.position else "") if p)
    return f"{name}, {tail}" if tail else name


def salutation(a: Addressee, lang: str = "en") -> str:
    forms = _FORMS.get(lang, _FORMS["en"])
    if _is_excellency(a.honorific):
        return forms[5]
    if lang == "ru":
        ending = "ая" if a.sex is Sex.FEMALE or a.honorific.casefold() in ("ms.", "mrs.") else "ый"
        return f"{forms[6]}{ending} {a.given_name} {a.family_name}!".replace("  ", " ")
    courtesy = _courtesy(a, lang)
    if lang == "az":
        return " ".join(x for x in (forms[6], courtesy, a.family_name or a.given_name) if x) + "!"
    return f"{forms[6]} {' '.join(p for p in (courtesy, a.family_name or a.given_name) if p)},"


@dataclass(frozen=True)
class FilledLetter:
    text: str
    unknown: tuple[str, ...] = ()
    """Placeholders in the template that this program does not know; they stay visible in the letter."""


def fill_template(template: str, values: Mapping[str, str]) -> FilledLetter:
    """Replace {name}-style placeholders; unknown ones are left as typed and reported, never an error."""
    unknown: list[str] = []

    def replace(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in values:
            return values[key]
        if key not in unknown:
            unknown.append(key)
        return m.group(0)

    return FilledLetter(_PLACEHOLDER.sub(replace, template), tuple(unknown))


DEFAULT_TEMPLATES: dict[str, tuple[str, str]] = {
    "en": (
        "Invitation: {event}",
        "{address}\n\n{salutation}\n\n{host} has the honour to invite you to {event}, to be held on {date} at "
        "{venue}.\n\nWe would be grateful if you could confirm your participation, or name a representative, "
        "by {rsvp_deadline} to {contact}.\n\nPlease accept the assurances of our highest consideration.",
    ),
    "az": (
        "Dəvət: {event}",
        "{address}\n\n{salutation}\n\n{host} Sizi {date} tarixində {venue} ünvanında keçiriləcək {event} "
        "tədbirinə dəvət etməkdən şərəf duyur.\n\nİştirakınızı və ya nümayəndənizin adını {rsvp_deadline} "
        "tarixinədək {contact} ünvanına təsdiq etməyinizi xahiş edirik.\n\nDərin hörmətlə.",
    ),
    "ru": (
        "Приглашение: {event}",
        "{address}\n\n{salutation}\n\n{host} имеет честь пригласить Вас на мероприятие «{event}», которое "
        "состоится {date} по адресу: {venue}.\n\nПросим подтвердить Ваше участие или сообщить имя Вашего "
        "представителя до {rsvp_deadline} по адресу {contact}.\n\nС глубоким уважением.",
    ),
}


@dataclass(frozen=True)
class TemplateData:
    """An event's invitation letter in one language: subject and body with placeholders, and what fills them."""

    event_id: int
    language: str
    subject: str
    body: str
    rsvp_deadline: date | None = None
    contact: str = ""
    signatory: str = ""
    signatory_title: str = ""
    id: int | None = None
    """None: not saved yet (the built-in default for the language)."""
    version: int = 1

    @classmethod
    def default(cls, event_id: int, language: str) -> TemplateData:
        subject, body = DEFAULT_TEMPLATES.get(language, DEFAULT_TEMPLATES["en"])
        return cls(event_id, language, subject, body)


@dataclass(frozen=True)
class Letter:
    """One filled invitation, ready to print or to draft as an e-mail."""

    guest_id: int
    name: str
    lang: str
    subject: str
    body: str
    email: str = ""
    signatory: str = ""
    signatory_title: str = ""
    place_date: str = ""
    rsvp_deadline: str = ""
    contact: str = ""
    unknown: tuple[str, ...] = ()
