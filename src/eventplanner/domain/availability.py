"""Who is already busy at a given time: the participant picker warns while the planner is still choosing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from eventplanner.domain.data import SlotData
from eventplanner.domain.enums import ParticipantRole, SlotKind


def busy_slots(
    slots: Iterable[SlotData], person_id: int, start: datetime, end: datetime, exclude_slot_id: int | None = None
) -> list[SlotData]:
    """The slots (other than `exclude_slot_id`) where the person takes part and that overlap [start, end)."""
    return sorted(
        (s for s in slots
         if s.id != exclude_slot_id and s.start < end and start < s.end
         and any(p.person.id == person_id for p in s.participants)),
        key=lambda s: (s.start, s.id),
    )


def default_role(kind: SlotKind) -> ParticipantRole:
    """The role a new participant gets: panelists on a panel, a moderator for a discussion or Q&A."""
    if kind == SlotKind.PANEL:
        return ParticipantRole.PANELIST
    if kind in (SlotKind.DISCUSSION, SlotKind.QA):
        return ParticipantRole.MODERATOR
    if kind == SlotKind.PRESENTATION:
        return ParticipantRole.PRESENTER
    return ParticipantRole.SPEAKER
