"""The rows of a speaker list, one per speaker (or per speaker and slot), shared by every format.

Kept apart from the writers so that the PDF writer and the CSV/XLSX writers both import the rows and
neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventplanner.domain.data import ProgrammeData, SlotData
from eventplanner.domain.enums import PARTICIPANT_ROLE_LABELS
from eventplanner.exports.schedule_common import slot_title

HEADERS: tuple[str, ...] = (
    "Order",
    "Honorific",
    "Given name",
    "Family name",
    "Position",
    "Rank",
    "Organization",
    "Role",
    "Slot",
    "Date and time",
    "Room",
    "Email",
    "Phone",
)
_SEP = "; "


@dataclass(frozen=True)
class SpeakerRow:
    order: int
    honorific: str
    given_name: str
    family_name: str
    position: str
    rank: str
    organization: str
    roles: str
    slots: str
    start: datetime | None
    """First (or only) slot's start, naive wall-clock in the event's zone."""
    times: str
    """'18 Dec 2021 10:00–10:10', several joined with '; ' in one-row-per-speaker mode."""
    room: str
    email: str
    phone: str

    def values(self) -> tuple[object, ...]:
        """Cell values in HEADERS order; 'Date and time' as the start datetime (None when unknown)."""
        return (
            self.order, self.honorific, self.given_name, self.family_name, self.position, self.rank,
            self.organization, self.roles, self.slots, self.start, self.room, self.email, self.phone,
        )

    def texts(self) -> tuple[str, ...]:
        """Cell values as text, the way CSV and PDF show them."""
        return tuple(self.times if i == 9 else ("" if v is None else str(v)) for i, v in enumerate(self.values()))


def _unique(items: list[str]) -> str:
    return _SEP.join(dict.fromkeys(i for i in items if i))


def _when(slot: SlotData) -> str:
    return f"{slot.start:%d %b %Y} {slot.time_range}"


def speaker_rows(data: ProgrammeData, per_slot: bool = False, lang: str | None = None) -> list[SpeakerRow]:
    """Everyone appearing in the agenda, in order of appearance (slot time, then place in the slot).

    `per_slot`: one row per speaker and slot instead of one row per speaker.
    """
    org_names = {o.organization.id: o.organization for o in data.organizations}
    default_room = data.event.tr("venue_name", lang)
    appearances: list[tuple[SlotData, int]] = []
    for slot in sorted(data.slots, key=lambda s: (s.start, s.id)):
        for p in sorted(slot.participants, key=lambda p: p.position):
            appearances.append((slot, p.person.id))
    order: dict[int, int] = {}
    for _slot, pid in appearances:
        order.setdefault(pid, len(order) + 1)
    rows: list[SpeakerRow] = []
    grouped: dict[int, list[tuple[SlotData, str]]] = {}
    people = {p.id: p for p in data.people}
    for slot in sorted(data.slots, key=lambda s: (s.start, s.id)):
        for p in sorted(slot.participants, key=lambda p: p.position):
            grouped.setdefault(p.person.id, []).append((slot, PARTICIPANT_ROLE_LABELS.get(p.role, p.role.value)))
    for pid, items in sorted(grouped.items(), key=lambda kv: order[kv[0]]):
        person = people[pid]
        org = org_names.get(person.organization_id or -1)
        organization = org.tr("name", lang) if org else person.organization_name
        chunks = [[item] for item in items] if per_slot else [items]
        for chunk in chunks:
            rows.append(
                SpeakerRow(
                    order=order[pid],
                    honorific=person.honorific,
                    given_name=person.tr("given_name", lang),
                    family_name=person.tr("family_name", lang),
                    position=person.tr("position", lang),
                    rank=person.tr("rank", lang),
                    organization=organization,
                    roles=_unique([role for _, role in chunk]),
                    slots=_unique([slot_title(s, lang) for s, _ in chunk]),
                    start=chunk[0][0].start,
                    times=_unique([_when(s) for s, _ in chunk]),
                    room=_unique([s.room_name or default_room for s, _ in chunk]),
                    email=person.email,
                    phone=person.phone,
                )
            )
    return rows
