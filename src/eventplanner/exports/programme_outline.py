"""The programme's reading order and wording, free of any output format.

Which heading comes where (days, parallel sessions, rooms), which slot prints its room, a break shared by
every room printed once, and how a participant's name and title line read: the rules of the PDF programme
(exports/programme/agenda.py), here without ReportLab so that other formats (Word) print the same
programme. A test checks that both agree on the sample event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from eventplanner.domain.data import OrganizationData, PersonData, ProgrammeData, RoomData, SlotData
from eventplanner.domain.languages import capitalized
from eventplanner.domain.text import name_key

RoomKey = tuple[int, str] | None

#: Joins the words of a name, so that a name never breaks across lines or pages.
NBSP = "\u00a0"
_WORD = re.compile(r"\w{4,}")


@dataclass(frozen=True)
class DayHeading:
    day: date
    index: int
    """Conference day of the event, from 1: a day without slots keeps its number."""


@dataclass(frozen=True)
class ParallelHeading:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class RoomHeading:
    slot: SlotData
    """The room's first slot (its room names the heading)."""


@dataclass(frozen=True)
class SlotEntry:
    slot: SlotData
    show_room: bool
    first: bool
    """First slot after a heading (no rule above it)."""


OutlineItem = DayHeading | ParallelHeading | RoomHeading | SlotEntry


@dataclass(frozen=True)
class Stretch:
    """Slots of one day that print together: parallel sessions in several rooms (printed room by room), a break
    every room takes at once (printed once, across rooms), or slots in one room (each with its room)."""

    kind: Literal["parallel", "shared_pause", "slots"]
    slots: tuple[SlotData, ...]


def room_key(slot: SlotData, rooms: Mapping[int, RoomData]) -> RoomKey:
    """Sorts rooms in their order in the event; a room named only on the slot (imported) after them."""
    if slot.room_id is not None:
        room = rooms.get(slot.room_id)
        return ((room.position if room else 10_000), str(slot.room_id))
    if slot.room_name.strip():
        return (20_000, slot.room_name.strip())
    return None


def shared_pause(cluster: Sequence[SlotData]) -> bool:
    """A break every room takes at the same time: printed once, across rooms."""
    head = cluster[0]
    return all(
        s.kind.is_pause and s.start == head.start and s.end == head.end and s.title == head.title
        for s in cluster
    )


def stretches(slots: Sequence[SlotData], key: Callable[[SlotData], RoomKey]) -> list[Stretch]:
    """A day's slots (in time order) as clusters of slots overlapping in time; a cluster spanning several rooms
    is a parallel session, and consecutive parallel clusters make one stretch of parallel sessions.

    The one rule of the PDF and the Word programme alike.
    """
    clusters: list[list[SlotData]] = []
    end: datetime | None = None
    for slot in slots:
        if end is None or slot.start >= end:
            clusters.append([slot])
            end = slot.end
        else:
            clusters[-1].append(slot)
            end = max(end, slot.end)
    out: list[Stretch] = []
    parallel: list[SlotData] = []
    for cluster in clusters:
        pause = shared_pause(cluster)
        if len({key(s) for s in cluster}) >= 2 and not pause:
            parallel.extend(cluster)
            continue
        if parallel:
            out.append(Stretch("parallel", tuple(parallel)))
            parallel = []
        out.append(Stretch("shared_pause", (cluster[0],)) if pause else Stretch("slots", tuple(cluster)))
    if parallel:
        out.append(Stretch("parallel", tuple(parallel)))
    return out


def by_room(slots: Sequence[SlotData], key: Callable[[SlotData], RoomKey]) -> list[tuple[RoomKey, list[SlotData]]]:
    """Parallel sessions room by room (in the rooms' order), each room's slots in time order."""
    groups: list[tuple[RoomKey, list[SlotData]]] = []
    for slot in sorted(slots, key=lambda s: (key(s) or (-1, ""), s.start)):
        k = key(slot)
        if groups and groups[-1][0] == k:
            groups[-1][1].append(slot)
        else:
            groups.append((k, [slot]))
    return groups


def _same_stem(a: str, b: str) -> bool:
    """Two word forms of one stem, as inflection makes them: 'служба'/'службы', 'xidməti'/'xidmətinin'."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 3 and n >= 0.75 * min(len(a), len(b))


def initials(name: str) -> str:
    """'Международная организация по миграции' -> 'МОМ': the initials of its longer words."""
    return "".join(w[0] for w in re.findall(r"\w{3,}", name) if not w.isdigit()).upper()


def names_organization(position: str, org_name: str, acronyms: Sequence[str]) -> bool:
    """Whether a position such as 'Chief of the State Migration Service' already says where the person works."""
    pos = name_key(position)
    org = name_key(org_name)
    if org and org in pos:
        return True
    for acronym in acronyms:
        key = name_key(acronym)
        if len(key) >= 2 and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", pos):
            return True
    org_words = set(_WORD.findall(org))
    if len(org_words) < 2:
        return False
    pos_words = set(_WORD.findall(pos))
    found = sum(1 for w in org_words if any(_same_stem(w, p) for p in pos_words))
    return found / len(org_words) >= 0.6


class ProgrammeOutline:
    """The agenda of `data` as an ordered list of headings and slots, plus the texts around people."""

    def __init__(self, data: ProgrammeData) -> None:
        self.data = data
        self.orgs: dict[int, OrganizationData] = {o.id: o for o in data.people_organizations}
        self.orgs.update({o.organization.id: o.organization for o in data.organizations})
        self.rooms = {r.id: r for r in data.rooms}

    # -- people ---------------------------------------------------------------------------------------
    @staticmethod
    def person_name(person: PersonData, lang: str, line_start: bool = False) -> str:
        """'Mr.\u00a0Vusal\u00a0Huseynov': joined with no-break spaces, so a name never breaks across lines.

        Honorifics are running text ('г-н'), so one starting a line takes a capital.
        """
        honorific = person.tr("honorific", lang)
        if line_start:
            honorific = capitalized(honorific, lang)
        parts = (honorific, person.tr("given_name", lang), person.tr("family_name", lang))
        return NBSP.join(w for p in parts for w in p.split())

    def person_title(self, person: PersonData, lang: str) -> str:
        """'Position, rank, Organization': the organization is left out when the position already names it."""
        line = person.title_line(lang)
        org = self.orgs.get(person.organization_id) if person.organization_id is not None else None
        org_name = org.tr("name", lang) if org else person.tr("organization_name", lang)
        if not org_name.strip():
            return line
        acronyms: list[str] = []
        if org:
            acronyms = [org.tr("acronym", lang), org.acronym]
            if len(initials(org_name)) >= 3:
                acronyms.append(initials(org_name))
        if line and names_organization(line, org_name, acronyms):
            return line
        return f"{line}, {org_name}" if line else org_name

    # -- rooms ----------------------------------------------------------------------------------------
    def room_label(self, slot: SlotData, lang: str) -> str:
        room = self.rooms.get(slot.room_id) if slot.room_id is not None else None
        return room.tr("name", lang) if room else slot.room_name

    def room_key(self, slot: SlotData) -> RoomKey:
        return room_key(slot, self.rooms)

    # -- the order ------------------------------------------------------------------------------------
    @property
    def multi_day(self) -> bool:
        return len(self.data.days) > 1

    def items(self) -> list[OutlineItem]:
        data = self.data
        out: list[OutlineItem] = []
        days = data.days
        multi_room = len({k for k in map(self.room_key, data.slots) if k is not None}) > 1
        by_day: dict[date, list[SlotData]] = {}
        for slot in data.slots:
            by_day.setdefault(data.day_of(slot), []).append(slot)
        for day in days:
            slots = sorted(by_day.get(day, ()), key=lambda s: (s.start, self.room_key(s) or (-1, "")))
            if not slots:
                continue
            if self.multi_day:
                out.append(DayHeading(day, (day - days[0]).days + 1))
            out.extend(self._day(slots, multi_room))
        return out

    def _day(self, slots: list[SlotData], multi_room: bool) -> list[OutlineItem]:
        if not multi_room:
            return [SlotEntry(slot, False, i == 0) for i, slot in enumerate(slots)]
        out: list[OutlineItem] = []
        first = True
        for stretch in stretches(slots, self.room_key):
            if stretch.kind == "parallel":
                out.extend(self._parallel(stretch.slots))
                first = True
                continue
            for slot in stretch.slots:
                out.append(SlotEntry(slot, stretch.kind == "slots", first))
                first = False
        return out

    def _parallel(self, slots: Sequence[SlotData]) -> list[OutlineItem]:
        out: list[OutlineItem] = [ParallelHeading(min(s.start for s in slots), max(s.end for s in slots))]
        for key, room_slots in by_room(slots, self.room_key):
            if key is not None:
                out.append(RoomHeading(room_slots[0]))
            out.extend(SlotEntry(slot, False, i == 0) for i, slot in enumerate(room_slots))
        return out
