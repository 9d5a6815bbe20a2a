"""Fast reads of many slots: three column queries and plain tuples instead of ORM objects.

`slot_data(row)` over ORM rows builds an identity-mapped object per slot, participant, person and
organization; for a 10,000-slot event that is most of the time spent. Here the same `SlotData` (without
photos) comes from column queries, each person built once and shared by every slot they appear in.
The result equals what `convert.slot_data` gives for the same rows (tests check it).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from eventplanner.domain.data import ParticipantData, PersonData, SlotData
from eventplanner.domain.days import day_bounds
from eventplanner.domain.enums import ParticipantRole, SlotKind
from eventplanner.services.convert import translations
from eventplanner.store.models import OrganizationRow, PersonRow, RoomRow, SlotParticipantRow, SlotRow

_SLOT_COLUMNS = (
    SlotRow.id, SlotRow.event_id, SlotRow.start, SlotRow.duration_minutes, SlotRow.kind, SlotRow.title,
    SlotRow.description, SlotRow.room_id, RoomRow.name, SlotRow.language, SlotRow.remote, SlotRow.version,
    SlotRow.translations,
)
_PERSON_COLUMNS = (
    PersonRow.id, PersonRow.given_name, PersonRow.family_name, PersonRow.honorific, PersonRow.position,
    PersonRow.rank, PersonRow.organization_id, OrganizationRow.name, PersonRow.email, PersonRow.phone,
    PersonRow.biography, PersonRow.precedence, PersonRow.notes, PersonRow.has_photo, PersonRow.version,
    PersonRow.translations,
)


def read_slots(
    s: Session, event_id: int, day: date | None = None, after: tuple[datetime, int] | None = None,
    limit: int | None = None, day_change_minutes: int = 0,
) -> list[SlotData]:
    """The event's slots in (start, id) order; optionally one day, after a (start, id) key, at most `limit`.

    `day` is a conference day: with the event's `day_change_minutes` its 00:15 show (next calendar date) is in it.
    """
    query = (
        select(*_SLOT_COLUMNS).outerjoin(RoomRow, RoomRow.id == SlotRow.room_id)
        .where(SlotRow.event_id == event_id).order_by(SlotRow.start, SlotRow.id)
    )
    if day is not None:
        lo, hi = day_bounds(day, day_change_minutes)
        query = query.where(SlotRow.start >= lo, SlotRow.start < hi)
    if after is not None:
        start, slot_id = after
        query = query.where((SlotRow.start > start) | ((SlotRow.start == start) & (SlotRow.id > slot_id)))
    if limit is not None:
        query = query.limit(limit)
    rows = s.execute(query).all()
    if not rows:
        return []
    parts = _participants(s, [r[0] for r in rows], event_id if day is None and after is None and limit is None
                          else None)
    return [
        SlotData(
            id=r[0], event_id=r[1], start=r[2], duration_minutes=r[3], kind=SlotKind(r[4]), title=r[5],
            description=r[6], room_id=r[7], room_name=r[8] or "", language=r[9], remote=r[10],
            participants=parts.get(r[0], ()), version=r[11], translations=translations(r[12]),
        )
        for r in rows
    ]


def read_slots_by_ids(s: Session, slot_ids: list[int]) -> list[SlotData]:
    """Some slots by id, in (start, id) order; ids that no longer exist are left out."""
    rows: list[Any] = []
    base = select(*_SLOT_COLUMNS).outerjoin(RoomRow, RoomRow.id == SlotRow.room_id)
    for i in range(0, len(slot_ids), 500):
        rows += s.execute(base.where(SlotRow.id.in_(slot_ids[i:i + 500]))).all()
    rows.sort(key=lambda r: (r[2], r[0]))
    parts = _participants(s, [r[0] for r in rows], None) if rows else {}
    return [
        SlotData(
            id=r[0], event_id=r[1], start=r[2], duration_minutes=r[3], kind=SlotKind(r[4]), title=r[5],
            description=r[6], room_id=r[7], room_name=r[8] or "", language=r[9], remote=r[10],
            participants=parts.get(r[0], ()), version=r[11], translations=translations(r[12]),
        )
        for r in rows
    ]


@cache
def _one_slot_queries() -> tuple[Any, Any]:
    """The two statements of `read_slot`, built once: building a select costs more than running it."""
    slot = (select(*_SLOT_COLUMNS).outerjoin(RoomRow, RoomRow.id == SlotRow.room_id)
            .where(SlotRow.id == bindparam("slot_id")))
    links = (
        select(SlotParticipantRow.role, SlotParticipantRow.position, *_PERSON_COLUMNS)
        .join(PersonRow, PersonRow.id == SlotParticipantRow.person_id)
        .outerjoin(OrganizationRow, OrganizationRow.id == PersonRow.organization_id)
        .where(SlotParticipantRow.slot_id == bindparam("slot_id"))
        .order_by(SlotParticipantRow.position)
    )
    return slot, links


def read_slot(s: Session, slot_id: int) -> SlotData | None:
    """One slot in two queries (the slot with its room; its participants with their people), or None."""
    slot_query, links_query = _one_slot_queries()
    row = s.execute(slot_query, {"slot_id": slot_id}).first()
    if row is None:
        return None
    links = s.execute(links_query, {"slot_id": slot_id}).all()
    parts = tuple(ParticipantData(person_from_columns(r[2:]), ParticipantRole(r[0]), r[1]) for r in links)
    return SlotData(
        id=row[0], event_id=row[1], start=row[2], duration_minutes=row[3], kind=SlotKind(row[4]), title=row[5],
        description=row[6], room_id=row[7], room_name=row[8] or "", language=row[9], remote=row[10],
        participants=parts, version=row[11], translations=translations(row[12]),
    )


def _participants(s: Session, slot_ids: list[int], whole_event: int | None) -> dict[int, tuple[ParticipantData, ...]]:
    """Participants by slot id; for a whole event one join on the event id, else by slot ids in chunks."""
    base = select(SlotParticipantRow.slot_id, SlotParticipantRow.person_id, SlotParticipantRow.role,
                  SlotParticipantRow.position)
    if whole_event is not None:
        queries = [base.join(SlotRow, SlotRow.id == SlotParticipantRow.slot_id).where(SlotRow.event_id == whole_event)]
    else:
        queries = [base.where(SlotParticipantRow.slot_id.in_(slot_ids[i:i + 500]))
                   for i in range(0, len(slot_ids), 500)]
    links: list[Any] = []
    for query in queries:
        links += s.execute(query.order_by(SlotParticipantRow.slot_id, SlotParticipantRow.position)).all()
    people = _people(s, sorted({link[1] for link in links}))
    roles = {r.value: r for r in ParticipantRole}
    grouped: dict[int, list[ParticipantData]] = defaultdict(list)
    for slot_id, person_id, role, position in links:
        grouped[slot_id].append(ParticipantData(people[person_id], roles[role], position))
    return {slot_id: tuple(found) for slot_id, found in grouped.items()}


def _people(s: Session, ids: list[int]) -> dict[int, PersonData]:
    query = select(*_PERSON_COLUMNS).outerjoin(OrganizationRow, OrganizationRow.id == PersonRow.organization_id)
    rows: list[Any] = []
    for i in range(0, len(ids), 500):
        rows += s.execute(query.where(PersonRow.id.in_(ids[i:i + 500]))).all()
    return {r[0]: person_from_columns(r) for r in rows}


def person_from_columns(r: Any) -> PersonData:
    return PersonData(
        id=r[0], given_name=r[1], family_name=r[2], honorific=r[3], position=r[4], rank=r[5],
        organization_id=r[6], organization_name=r[7] or "", email=r[8], phone=r[9], biography=r[10],
        precedence=r[11], notes=r[12], has_photo=r[13], version=r[14], translations=translations(r[15]),
    )


def count_slots(s: Session, event_id: int) -> int:
    return int(s.scalar(select(func.count()).select_from(SlotRow).where(SlotRow.event_id == event_id)) or 0)

