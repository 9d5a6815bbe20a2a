"""Gather everything a programme or an export needs in one read: `ProgrammeData`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload, undefer

from eventplanner.domain.data import ProgrammeData
from eventplanner.services.common import get_row
from eventplanner.services.convert import event_data, room_data, slot_data
from eventplanner.services.organizations import _event_roles
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, PersonRow, RoomRow, SlotParticipantRow, SlotRow


def programme_data(db: Database, event_id: int, with_images: bool = True) -> ProgrammeData:
    """Event, rooms, organizations (with logos) and the agenda with participants (with photos)."""
    with db.session() as s:
        event = get_row(s, EventRow, event_id)
        person_loader = selectinload(SlotRow.participants).selectinload(SlotParticipantRow.person)
        if with_images:
            person_loader = person_loader.options(undefer(PersonRow.photo))
        slots = s.scalars(
            select(SlotRow)
            .where(SlotRow.event_id == event_id)
            .options(
                person_loader.selectinload(PersonRow.organization),
                selectinload(SlotRow.room),
            )
            .order_by(SlotRow.start, SlotRow.id)
        )
        rooms = s.scalars(select(RoomRow).where(RoomRow.event_id == event_id).order_by(RoomRow.position, RoomRow.id))
        room_order = [room_data(r) for r in rooms]
        return ProgrammeData(
            event=event_data(event),
            rooms=tuple(room_order),
            organizations=tuple(_event_roles(s, event_id, with_images)),
            slots=tuple(slot_data(r, with_images) for r in slots),
        )
