"""Guest lists from CSV or XLSX: the speaker import's reader and person columns, plus the guest's own columns.

Returns plain records; `services.guest_import` matches them with people and writes the guests. Cells that
look like formulas are only ever text here: nothing is evaluated, and exports neutralize them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from eventplanner.domain.guests import GuestCategory, RsvpStatus, Sex
from eventplanner.imports.field_parsers import split_name
from eventplanner.imports.speakers import ALIASES, SpeakerRecord, find_header, read_rows

GUEST_ALIASES: dict[str, tuple[str, ...]] = {
    **ALIASES,
    "name": (*ALIASES["name"], "guest", "guest name", "invitee"),
    "category": ("category", "type", "guest category", "group"),
    "rsvp": ("rsvp", "status", "answer", "reply", "response", "rsvp status"),
    "delegation": ("delegation", "country", "mission", "delegation of"),
    "head": ("head", "head of delegation", "hod"),
    "sex": ("sex", "gender"),
    "language": ("language", "lang", "preferred language"),
    "precedence": ("precedence", "order", "protocol order", "seniority"),
    "dietary": ("dietary", "dietary needs", "diet", "dietary requirements", "food"),
    "access": ("access", "access needs", "accessibility", "special needs"),
    "arrival": ("arrival", "arrives", "arrival date", "arrival time"),
    "departure": ("departure", "departs", "departure date", "departure time"),
    "notes": ("notes", "note", "remarks", "comments"),
    "representative": ("representative", "represented by", "sends"),
}
_LOOKUP = {alias: f for f, aliases in GUEST_ALIASES.items() for alias in aliases}

_CATEGORY_WORDS: dict[str, GuestCategory] = {
    **{c.value: c for c in GuestCategory},
    "v.i.p.": GuestCategory.VIP, "dignitary": GuestCategory.VIP, "press": GuestCategory.MEDIA,
    "journalist": GuestCategory.MEDIA, "participant": GuestCategory.DELEGATE, "organizer": GuestCategory.STAFF,
    "government": GuestCategory.OFFICIAL,
}
_RSVP_WORDS: dict[str, RsvpStatus] = {
    **{s.value: s for s in RsvpStatus},
    "yes": RsvpStatus.ACCEPTED, "y": RsvpStatus.ACCEPTED, "confirmed": RsvpStatus.ACCEPTED,
    "attending": RsvpStatus.ACCEPTED, "no": RsvpStatus.DECLINED, "n": RsvpStatus.DECLINED,
    "regrets": RsvpStatus.DECLINED, "pending": RsvpStatus.INVITED, "": RsvpStatus.INVITED,
    "no answer": RsvpStatus.INVITED, "represented": RsvpStatus.REPRESENTATIVE,
}
_SEX_WORDS: dict[str, Sex] = {
    "f": Sex.FEMALE, "female": Sex.FEMALE, "woman": Sex.FEMALE, "w": Sex.FEMALE, "m": Sex.MALE, "male": Sex.MALE,
    "man": Sex.MALE, "": Sex.UNRECORDED,
}
_TRUE = ("yes", "y", "x", "true", "1", "head", "hod")


@dataclass
class GuestRecord:
    person: SpeakerRecord
    category: GuestCategory = GuestCategory.OTHER
    rsvp: RsvpStatus = RsvpStatus.INVITED
    delegation: str = ""
    is_head: bool = False
    sex: Sex = Sex.UNRECORDED
    language: str = ""
    precedence: int | None = None
    dietary: str = ""
    access: str = ""
    arrival: datetime | None = None
    departure: datetime | None = None
    notes: str = ""
    representative: str = ""
    """The representative's name, as written; the service finds or creates the person."""

    @property
    def row(self) -> int:
        return self.person.row


@dataclass
class GuestTable:
    columns: dict[str, str]
    records: list[GuestRecord] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Values that were read differently than written (an unknown category, a date that is not one...)."""


def _when(text: str) -> datetime | None:
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d", "%d.%m.%Y %H:%M", "%d.%m.%Y",
                "%d/%m/%Y %H:%M", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _word(text: str) -> str:
    return " ".join(text.casefold().split())


def read_guest_table(data: bytes, name: str = "") -> GuestTable:
    """Parse a CSV or XLSX guest list; the first row with a name column is the header."""
    rows, note = read_rows(data, name)
    header_at, columns = find_header(rows, _LOOKUP)
    header = rows[header_at]
    table = GuestTable(columns={}, notes=[note] if note else [])
    seen: set[str] = set()
    for i, f in list(columns.items()):
        if f in seen:
            del columns[i]
            table.ignored_columns.append(header[i])
            continue
        seen.add(f)
        table.columns[f] = header[i]
    table.ignored_columns += [h for i, h in enumerate(header) if i not in columns and h]
    person_fields = {"honorific", "given_name", "family_name", "position", "rank", "organization", "email", "phone",
                     "biography"}
    for number, values in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if not any(values):
            continue
        got = {f: values[i] if i < len(values) else "" for i, f in columns.items()}
        person = SpeakerRecord(number, **{k: v for k, v in got.items() if k in person_fields})
        if got.get("name") and not (person.given_name or person.family_name):
            honorific, person.given_name, person.family_name = split_name(got["name"])
            person.honorific = person.honorific or honorific
        if not (person.given_name or person.family_name):
            table.skipped.append(f"Row {number}: no name; skipped.")
            continue
        table.records.append(_record(person, got, table.notes))
    return table


def _record(person: SpeakerRecord, got: dict[str, str], notes: list[str]) -> GuestRecord:
    rec = GuestRecord(person, delegation=" ".join(got.get("delegation", "").split()),
                      language=_word(got.get("language", ""))[:8], dietary=got.get("dietary", ""),
                      access=got.get("access", ""), notes=got.get("notes", ""),
                      representative=" ".join(got.get("representative", "").split()))
    where = f"Row {person.row}"
    category = _word(got.get("category", ""))
    if category:
        found = _CATEGORY_WORDS.get(category)
        if found is None:
            notes.append(f"{where}: category “{got['category'][:60]}” is not known; read as “other”.")
        rec.category = found or GuestCategory.OTHER
    rsvp = _word(got.get("rsvp", ""))
    rec.rsvp = _RSVP_WORDS.get(rsvp, RsvpStatus.INVITED)
    if rsvp not in _RSVP_WORDS:
        notes.append(f"{where}: RSVP “{got['rsvp'][:60]}” is not known; read as “invited”.")
    if rec.rsvp is RsvpStatus.REPRESENTATIVE and not rec.representative:
        notes.append(f"{where}: sends a representative, but none is named; read as “declined”.")
        rec.rsvp = RsvpStatus.DECLINED
    sex = _word(got.get("sex", ""))
    rec.sex = _SEX_WORDS.get(sex, Sex.UNRECORDED)
    if sex not in _SEX_WORDS:
        notes.append(f"{where}: sex “{got['sex'][:60]}” is not known; left unrecorded.")
    rec.is_head = _word(got.get("head", "")) in _TRUE
    precedence = got.get("precedence", "").strip()
    if precedence:
        try:
            rec.precedence = max(0, min(10_000, int(float(precedence))))
        except (ValueError, OverflowError):
            notes.append(f"{where}: precedence “{precedence[:60]}” is not a number; ignored.")
    for key in ("arrival", "departure"):
        text = got.get(key, "").strip()
        if text:
            when = _when(text)
            if when is None:
                notes.append(f"{where}: {key} “{text[:60]}” is not a date (use 2021-12-18 09:30); kept in notes.")
                rec.notes = "\n".join(p for p in (rec.notes, f"{key.capitalize()}: {text}") if p)
            setattr(rec, key, when)
    return rec
