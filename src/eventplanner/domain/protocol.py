"""Protocol order: the host speaks first, then guests by precedence number (lower first)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from eventplanner.domain.data import ParticipantData, PersonData, SlotData


def precedence_key(person: PersonData, host_org_ids: Collection[int]) -> tuple[int, int]:
    is_host = person.organization_id is not None and person.organization_id in host_org_ids
    return (0 if is_host else 1, person.precedence)


def order_participants(participants: Sequence[ParticipantData], host_org_ids: Collection[int]) -> list[ParticipantData]:
    """Speakers of one slot in protocol order; equal ranks keep their current order (stable sort)."""
    return sorted(participants, key=lambda p: precedence_key(p.person, host_org_ids))


def order_slots(slots: Sequence[SlotData], host_org_ids: Collection[int]) -> list[SlotData]:
    """A run of consecutive speech slots ordered by their most senior speaker.

    Slots without speakers keep their place relative to each other, after those with speakers.
    """

    def key(slot: SlotData) -> tuple[int, int]:
        if not slot.participants:
            return (2, 0)
        return min(precedence_key(p.person, host_org_ids) for p in slot.participants)

    return sorted(slots, key=key)
