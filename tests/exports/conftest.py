"""Fixtures for the export tests: the sample event as ProgrammeData (fake ids), and generated events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from interop_fixtures import load_sample

from eventplanner.domain.data import (
    EventData,
    EventOrganizationData,
    OrganizationData,
    ParticipantData,
    PersonData,
    ProgrammeData,
    RoomData,
    SlotData,
)
from eventplanner.domain.enums import EventRole, EventStatus, ParticipantRole, SlotKind

_GIVEN = ["Aysel", "Rashad", "Olga", "Dmitri", "Leyla", "Farid", "Maria", "John", "Nigar", "Elvin", "Anna", "Orkhan"]
_FAMILY = ["Mammadova", "Aliyev", "Petrova", "Ivanov", "Hasanova", "Quliyev", "Smith", "Garcia", "Karimova"]
_KINDS = [SlotKind.KEYNOTE, SlotKind.PRESENTATION, SlotKind.PANEL, SlotKind.SPEECH, SlotKind.DISCUSSION]


def generate_event(days: int = 3, rooms: int = 3, slots_per_room: int = 6, *, total_slots: int | None = None,
                   status: EventStatus = EventStatus.FINAL) -> ProgrammeData:
    """A synthetic multi-day, multi-room event. With total_slots, sessions are spread until that many exist."""
    start = date(2024, 5, 14)
    n_rooms = max(rooms, 1)
    room_data = tuple(RoomData(id=r + 1, event_id=1, name=f"Room {chr(65 + r)}", position=r) for r in range(rooms))
    orgs = [
        OrganizationData(id=i + 1, name=f"Organization {i + 1} for Regional Cooperation", acronym=f"O{i + 1}")
        for i in range(6)
    ]
    event_orgs = (
        EventOrganizationData(1, orgs[0], EventRole.HOST, 0),
        EventOrganizationData(1, orgs[1], EventRole.CO_ORGANIZER, 1),
        EventOrganizationData(1, orgs[2], EventRole.PARTNER, 2),
    )
    people = [
        PersonData(
            id=i + 1, honorific=["H.E.", "Mr.", "Ms.", "Dr.", "Prof."][i % 5], given_name=_GIVEN[i % len(_GIVEN)],
            family_name=f"{_FAMILY[i % len(_FAMILY)]}{i}", position=f"Director of Department {i % 17}",
            organization_id=orgs[i % 6].id, organization_name=orgs[i % 6].name,
        )
        for i in range(60)
    ]
    per_day = slots_per_room if total_slots is None else -(-total_slots // (days * n_rooms))
    slots: list[SlotData] = []
    for d in range(days):
        for r in range(n_rooms):
            t = datetime.combine(start + timedelta(days=d), datetime.min.time()) + timedelta(hours=9)
            for k in range(per_day):
                if total_slots is not None and len(slots) >= total_slots:
                    break
                n = len(slots) + 1
                kind = SlotKind.BREAK if k % 4 == 3 else _KINDS[n % len(_KINDS)]
                parts = () if kind.is_pause else tuple(
                    ParticipantData(people[(n * 7 + j) % len(people)],
                                    ParticipantRole.MODERATOR if j == 0 and kind is SlotKind.PANEL
                                    else ParticipantRole.SPEAKER, j)
                    for j in range(1 + n % 3)
                )
                slots.append(SlotData(
                    id=n, event_id=1, start=t, duration_minutes=15 if kind.is_pause else 30, kind=kind,
                    title="Coffee break" if kind.is_pause else f"Session {n}: regional cooperation on topic {n % 23}",
                    description="" if kind.is_pause else f"Discussion of item {n} of the work plan.",
                    room_id=room_data[r].id if rooms else None, room_name=room_data[r].name if rooms else "",
                    participants=parts,
                ))
                t += timedelta(minutes=15 if kind.is_pause else 30)
    event = EventData(
        id=1, slug="regional-forum-2024", title="Regional Forum on Migration and Development 2024",
        short_title="Regional Forum 2024", theme="Working together across borders",
        start_date=start, end_date=start + timedelta(days=days - 1), venue_name="Conference Centre",
        venue_address="Baku, Azerbaijan", status=status,
    )
    return ProgrammeData(event=event, rooms=room_data, organizations=event_orgs, slots=tuple(slots))


@pytest.fixture
def sample() -> ProgrammeData:
    return load_sample()


@pytest.fixture
def make_event() -> Callable[..., ProgrammeData]:
    return generate_event


def with_status(data: ProgrammeData, status: EventStatus) -> ProgrammeData:
    return replace(data, event=replace(data.event, status=status))
