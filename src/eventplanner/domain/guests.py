"""Guests of an event: categories, RSVP and its transitions, protocol precedence and attendance counts.

Pure rules over plain data; the services store guests and the exports print them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from eventplanner.domain.data import EventData, EventOrganizationData, OrganizationData, PersonData
from eventplanner.domain.enums import EventRole, OrganizationKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.text import name_key


class GuestCategory(StrEnum):
    VIP = "vip"
    OFFICIAL = "official"
    DELEGATE = "delegate"
    MEDIA = "media"
    STAFF = "staff"
    OTHER = "other"

    @property
    def is_seated(self) -> bool:
        """Media and staff work during the event; seating charts never place them automatically."""
        return self not in (GuestCategory.MEDIA, GuestCategory.STAFF)


GUEST_CATEGORY_LABELS: dict[GuestCategory, str] = {
    GuestCategory.VIP: "VIP",
    GuestCategory.OFFICIAL: "Official",
    GuestCategory.DELEGATE: "Delegate",
    GuestCategory.MEDIA: "Media",
    GuestCategory.STAFF: "Staff",
    GuestCategory.OTHER: "Other",
}


class RsvpStatus(StrEnum):
    INVITED = "invited"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    REPRESENTATIVE = "representative"
    """Declined in person and sends someone in their place (the representative is linked)."""

    @property
    def attends(self) -> bool:
        """Someone comes for this guest: the guest, or their representative."""
        return self in (RsvpStatus.ACCEPTED, RsvpStatus.REPRESENTATIVE)


RSVP_LABELS: dict[RsvpStatus, str] = {
    RsvpStatus.INVITED: "Invited",
    RsvpStatus.ACCEPTED: "Accepted",
    RsvpStatus.DECLINED: "Declined",
    RsvpStatus.REPRESENTATIVE: "Sends a representative",
}

#: One key per status for quick keyboard entry in the guest list.
RSVP_KEYS: dict[str, RsvpStatus] = {
    "I": RsvpStatus.INVITED,
    "A": RsvpStatus.ACCEPTED,
    "D": RsvpStatus.DECLINED,
    "R": RsvpStatus.REPRESENTATIVE,
}


class Sex(StrEnum):
    UNRECORDED = ""
    FEMALE = "female"
    MALE = "male"


SEX_LABELS: dict[Sex, str] = {Sex.UNRECORDED: "Not recorded", Sex.FEMALE: "Female", Sex.MALE: "Male"}

#: Organization kinds in protocol order when two guests have the same personal precedence.
ORGANIZATION_KIND_ORDER: tuple[OrganizationKind, ...] = (
    OrganizationKind.GOVERNMENT,
    OrganizationKind.INTERGOVERNMENTAL,
    OrganizationKind.UN_AGENCY,
    OrganizationKind.ACADEMIC,
    OrganizationKind.NGO,
    OrganizationKind.PRIVATE,
    OrganizationKind.OTHER,
)


@dataclass(frozen=True)
class RsvpState:
    status: RsvpStatus = RsvpStatus.INVITED
    representative_id: int | None = None


def change_rsvp(
    current: RsvpState, status: RsvpStatus, guest_person_id: int, representative_id: int | None = None
) -> RsvpState:
    """The RSVP after an answer is recorded; raises ValidationError for an answer that cannot stand.

    * "Sends a representative" needs a representative, who is not the guest; another answer drops the link.
    * Any recorded answer may be corrected (letters cross in the post), including back to "invited".
    * Asking for the state it already has changes nothing (a representative can still be replaced).
    """
    if status is RsvpStatus.REPRESENTATIVE:
        rep = representative_id if representative_id is not None else current.representative_id
        if rep is None:
            raise ValidationError("Choose the person who comes as the representative.")
        if rep == guest_person_id:
            raise ValidationError("A guest cannot be their own representative.")
        return RsvpState(status, rep)
    if representative_id is not None:
        raise ValidationError("Only a guest who sends a representative has one.")
    return RsvpState(status, None)


@dataclass(frozen=True)
class DelegationData:
    """An organization's or a country's delegation to one event: a head and members (guests)."""

    id: int
    event_id: int
    name: str
    organization_id: int | None = None
    country: str = ""
    precedence: int = 100
    head_guest_id: int | None = None
    notes: str = ""
    version: int = 1


@dataclass(frozen=True)
class GuestData:
    id: int
    event_id: int
    person: PersonData
    organization: OrganizationData | None = None
    category: GuestCategory = GuestCategory.OTHER
    rsvp: RsvpStatus = RsvpStatus.INVITED
    representative: PersonData | None = None
    delegation_id: int | None = None
    delegation_name: str = ""
    delegation_precedence: int = 100
    is_head: bool = False
    sex: Sex = Sex.UNRECORDED
    representative_sex: Sex = Sex.UNRECORDED
    language: str = ""
    """The guest's language for place cards and the invitation (empty: the event's language)."""
    dietary: str = ""
    access: str = ""
    arrival: datetime | None = None
    departure: datetime | None = None
    notes: str = ""
    is_host: bool = False
    """The guest's organization hosts the event."""
    version: int = 1

    @property
    def name(self) -> str:
        return self.person.display_name

    @property
    def organization_name(self) -> str:
        return self.organization.name if self.organization else self.person.organization_name

    @property
    def group(self) -> str:
        """Delegation, else organization: how lists group guests."""
        return self.delegation_name or self.organization_name

    @property
    def attendee(self) -> PersonData | None:
        """Who actually comes: the guest, their representative, or nobody."""
        if self.rsvp is RsvpStatus.ACCEPTED:
            return self.person
        if self.rsvp is RsvpStatus.REPRESENTATIVE:
            return self.representative
        return None


def organization_rank(org: OrganizationData | None) -> int:
    if org is None:
        return len(ORGANIZATION_KIND_ORDER)
    return ORGANIZATION_KIND_ORDER.index(org.kind)


PrecedenceKey = tuple[int, int, int, int, int, str]
#: The group of guests with neither a delegation nor an organization.
NO_GROUP = "Other participants"


def precedence_key(guest: GuestData) -> PrecedenceKey:
    """Protocol order: host first, then the person's precedence, then their delegation's and organization's.

    Head of delegation before members at equal rank; the name settles the rest so the order is stable.
    """
    return (
        0 if guest.is_host else 1,
        guest.person.precedence,
        guest.delegation_precedence,
        organization_rank(guest.organization),
        0 if guest.is_head else 1,
        name_key(f"{guest.person.family_name} {guest.person.given_name}"),
    )


def person_precedence_key(person: PersonData, host_org_ids: Collection[int],
                          org: OrganizationData | None = None) -> PrecedenceKey:
    """The same order for a speaker who is not on the guest list."""
    is_host = person.organization_id is not None and person.organization_id in host_org_ids
    return (0 if is_host else 1, person.precedence, 100, organization_rank(org), 1,
            name_key(f"{person.family_name} {person.given_name}"))


def in_protocol_order(guests: Iterable[GuestData]) -> list[GuestData]:
    return sorted(guests, key=precedence_key)


@dataclass(frozen=True)
class GuestGroup:
    name: str
    guests: tuple[GuestData, ...]


def grouped_in_protocol_order(guests: Iterable[GuestData]) -> list[GuestGroup]:
    """Delegations (or organizations) ordered by their senior member; members in protocol order within."""
    groups: dict[str, list[GuestData]] = {}
    for g in in_protocol_order(guests):
        groups.setdefault(g.group or NO_GROUP, []).append(g)
    return [GuestGroup(name, tuple(members)) for name, members in groups.items()]


@dataclass(frozen=True)
class AttendanceCounts:
    """Accepted guests (a representative counts for the person who comes) by category, organization and sex."""

    by_status: dict[RsvpStatus, int] = field(default_factory=dict)
    by_category: dict[GuestCategory, int] = field(default_factory=dict)
    by_organization: dict[str, int] = field(default_factory=dict)
    by_sex: dict[Sex, int] = field(default_factory=dict)

    @property
    def attending(self) -> int:
        return sum(self.by_category.values())

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def attendance_counts(guests: Sequence[GuestData]) -> AttendanceCounts:
    """Counts for the donor's report; for a representative, the representative's sex counts."""
    status = Counter(g.rsvp for g in guests)
    coming = [g for g in guests if g.rsvp.attends]
    sexes: Counter[Sex] = Counter()
    for g in coming:
        sexes[g.representative_sex if g.rsvp is RsvpStatus.REPRESENTATIVE else g.sex] += 1
    return AttendanceCounts(
        by_status={s: status.get(s, 0) for s in RsvpStatus},
        by_category={c: n for c in GuestCategory if (n := sum(1 for g in coming if g.category is c))},
        by_organization=dict(Counter(g.group or NO_GROUP for g in coming).most_common()),
        by_sex={s: sexes.get(s, 0) for s in Sex},
    )


@dataclass(frozen=True)
class GuestList:
    """Everything the guest page and the guest documents need, read in one unit of work."""

    event: EventData
    guests: tuple[GuestData, ...]
    delegations: tuple[DelegationData, ...]
    organizations: tuple[EventOrganizationData, ...]
    counts: AttendanceCounts

    @property
    def host_ids(self) -> set[int]:
        return {o.organization.id for o in self.organizations if o.role is EventRole.HOST}

    @property
    def in_protocol_order(self) -> list[GuestData]:
        return in_protocol_order(self.guests)
