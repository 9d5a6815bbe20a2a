"""Apply protocol order to slots: speakers within a slot, or a run of speech slots among themselves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from eventplanner.domain import protocol, schedule
from eventplanner.domain.enums import EventRole, ParticipantRole
from eventplanner.domain.errors import ValidationError
from eventplanner.services.agenda import _apply_starts, _set_participants, _timed
from eventplanner.services.common import log_activity
from eventplanner.services.convert import slot_data
from eventplanner.store.database import Database
from eventplanner.store.models import EventOrganizationRow, SlotRow


@dataclass(frozen=True)
class ProtocolChange:
    """What changed, for the caller to report: speaker lists per slot before, and slot starts. (Undo uses the
    `Change` services.history records, not this.)"""

    participants_before: dict[int, tuple[tuple[int, ParticipantRole], ...]] = field(default_factory=dict)
    shifted: dict[int, tuple[datetime, datetime]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.shifted) or bool(self.participants_before)


def order_by_protocol(db: Database, slot_ids: Sequence[int]) -> ProtocolChange:
    """One slot: its speakers are sorted. Several: the slots are also put in order of their senior speaker."""
    if not slot_ids:
        raise ValidationError("Select the slots to put in protocol order.")
    with db.session() as s:
        rows = list(s.scalars(select(SlotRow).where(SlotRow.id.in_(list(slot_ids))).order_by(SlotRow.start)))
        if len({r.event_id for r in rows}) != 1:
            raise ValidationError("Protocol order applies to slots of one event.")
        event_id = rows[0].event_id
        hosts = set(
            s.scalars(
                select(EventOrganizationRow.organization_id).where(
                    EventOrganizationRow.event_id == event_id, EventOrganizationRow.role == EventRole.HOST.value
                )
            )
        )
        before: dict[int, tuple[tuple[int, ParticipantRole], ...]] = {}
        for row in rows:
            data = slot_data(row)
            ordered = protocol.order_participants(data.participants, hosts)
            if [p.person.id for p in ordered] != [p.person.id for p in data.participants]:
                before[row.id] = tuple((p.person.id, p.role) for p in data.participants)
                _set_participants(row, [(p.person.id, p.role) for p in ordered])
        s.flush()
        shifted: dict[int, tuple[datetime, datetime]] = {}
        if len(rows) > 1:
            lanes = {(_timed(r).day, r.room_id) for r in rows}  # conference days: 00:15 goes with its evening
            if len(lanes) != 1:
                raise ValidationError("To reorder slots by protocol, select slots of one day and one room.")
            for r in rows:
                s.refresh(r)
            datas = [slot_data(r) for r in rows]
            ordered_slots = protocol.order_slots(datas, hosts)
            by_id = {r.id: r for r in rows}
            starts = schedule.relayout([_timed(by_id[d.id]) for d in ordered_slots], [_timed(r) for r in rows])
            shifted = _apply_starts(rows, starts)
        log_activity(s, event_id, "order_by_protocol", f"Applied protocol order to {len(rows)} slot(s)")
        return ProtocolChange(before, shifted)
