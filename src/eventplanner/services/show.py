"""The live show, stored as it runs: every operator action is one committed transaction.

The clock itself is `domain.show` (pure, fed the time by the caller). This module loads the run of an event
(its day and room, current slot, pause, message) with the actual times recorded so far, applies one
transition and writes the result before returning. A crash or power cut loses nothing that was committed;
`open_show` after a restart finds the run where it was and the clock, computed from the stored actual start,
keeps counting as if the program had never stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain import show as clock
from eventplanner.domain.data import EventData, SlotData
from eventplanner.domain.days import conference_day
from eventplanner.domain.enums import SLOT_KIND_LABELS
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.scenario import CueData, SlotProductionData, sort_cues
from eventplanner.domain.show import ShowItem, ShowState, ShowStatus, Timing, TimingRecord
from eventplanner.services import slot_reader
from eventplanner.services.common import get_row, log_activity
from eventplanner.services.convert import event_data
from eventplanner.services.scenario import cue_data, production_data
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, RoomRow, SlotRow
from eventplanner.store.models_show import CueRow, ShowRunRow, SlotProductionRow, SlotTimingRow

ACTIONS = ("start", "next", "pause", "back", "add_minute", "shorten_break", "message")


@dataclass(frozen=True)
class ShowView:
    """A run of the show as the operator and the stage timer see it, with the slots' content."""

    event: EventData
    day: date
    room_id: int | None
    state: ShowState
    slots: Mapping[int, SlotData]
    cues: Mapping[int, tuple[CueData, ...]]
    production: Mapping[int, SlotProductionData]

    def slot(self, item: ShowItem | None) -> SlotData | None:
        return None if item is None else self.slots.get(item.id)


def _lane(s: Session, event: EventRow, day: date, room_id: int | None) -> list[SlotData]:
    """One room's slots of conference `day`: its shows past midnight run in the same show as its evening."""
    slots = slot_reader.read_slots(s, event.id, day=day, day_change_minutes=event.day_change_minutes)
    return [x for x in slots if x.room_id == room_id]


def _first_day(s: Session, event: EventRow, now: datetime) -> date:
    """Today's conference day if it has slots (at 00:30 that is still yesterday's when days change later)."""
    change = event.day_change_minutes
    days = sorted({conference_day(x.start, change) for x in slot_reader.read_slots(s, event.id)})
    today = conference_day(now, change)
    if today in days:
        return today
    return days[0] if days else event.start_date


def _view(s: Session, run: ShowRunRow) -> ShowView:
    event = get_row(s, EventRow, run.event_id)
    slots = _lane(s, event, run.day, run.room_id)
    ids = [x.id for x in slots]
    timing_rows = {r.slot_id: r for r in s.scalars(select(SlotTimingRow).where(SlotTimingRow.slot_id.in_(ids)))}
    timings = {
        sid: Timing(r.actual_start, r.actual_end, r.paused_seconds, r.extra_minutes) for sid, r in timing_rows.items()
    }
    items = [ShowItem(x.id, x.start, x.duration_minutes, x.kind.is_pause) for x in slots]
    state = clock.new_show(items, timings)
    current = next((i for i, item in enumerate(state.items) if item.id == run.current_slot_id), None)
    status = ShowStatus(run.status)
    if current is None and status is not ShowStatus.READY:  # its slot was deleted meanwhile
        status = ShowStatus.READY
    state = ShowState(state.items, state.timings, current, status, run.paused_since, run.message)
    cues: dict[int, list[CueData]] = {}
    for row in s.scalars(select(CueRow).where(CueRow.slot_id.in_(ids))):
        cues.setdefault(row.slot_id, []).append(cue_data(row))
    production = {r.slot_id: production_data(r)
                  for r in s.scalars(select(SlotProductionRow).where(SlotProductionRow.slot_id.in_(ids)))}
    return ShowView(
        event=event_data(event), day=run.day, room_id=run.room_id, state=state, slots={x.id: x for x in slots},
        cues={k: sort_cues(v) for k, v in cues.items()}, production=production,
    )


def _store(s: Session, run: ShowRunRow, before: ShowState, after: ShowState, now: datetime) -> None:
    item = after.current_item
    run.current_slot_id = item.id if item is not None else None
    run.status, run.paused_since = after.status.value, after.paused_since
    run.message, run.updated_at = after.message, now
    for slot_id, timing in after.timings.items():
        if before.timings.get(slot_id) == timing:
            continue
        row = s.get(SlotTimingRow, slot_id)
        if row is None:
            row = SlotTimingRow(slot_id=slot_id)
            s.add(row)
        row.actual_start, row.actual_end = timing.actual_start, timing.actual_end
        row.paused_seconds, row.extra_minutes = timing.paused_seconds, timing.extra_minutes


def load_show(db: Database, event_id: int) -> ShowView | None:
    """The event's run as stored (None when no show was opened): what a restart or a follower reads."""
    with db.session() as s:
        run = s.get(ShowRunRow, event_id)
        return _view(s, run) if run is not None else None


def open_show(
    db: Database, event_id: int, now: datetime, day: date | None = None, room_id: int | None = None
) -> ShowView:
    """Resume the event's show where it was, or prepare a new run of `day` and room (default: today or day 1)."""
    with db.session() as s:
        event = get_row(s, EventRow, event_id)
        run = s.get(ShowRunRow, event_id)
        wanted_day = day or (run.day if run else _first_day(s, event, now))
        if room_id is not None:
            room = get_row(s, RoomRow, room_id)
            if room.event_id != event_id:
                raise ValidationError("That room belongs to another event.")
        if run is not None and (day is None or (run.day, run.room_id) == (wanted_day, room_id)):
            return _view(s, run)
        if run is not None and run.status in (ShowStatus.RUNNING.value, ShowStatus.PAUSED.value):
            raise ValidationError("A show is running. Finish it (Next after the last item) before another starts.")
        if run is None:
            run = ShowRunRow(event_id=event_id, day=wanted_day, room_id=room_id, updated_at=now)
            s.add(run)
        run.day, run.room_id, run.status, run.current_slot_id = wanted_day, room_id, ShowStatus.READY.value, None
        run.paused_since, run.message, run.updated_at = None, "", now
        s.flush()
        view = _view(s, run)
        if not view.state.items:
            raise ValidationError(f"{wanted_day:%d %b %Y} has no agenda items in this room; there is nothing to run.")
        return view


def _apply(state: ShowState, action: str, now: datetime, minutes: int, slot_id: int | None, message: str) -> ShowState:
    transitions: dict[str, Callable[[], ShowState]] = {
        "start": lambda: clock.start(state, now),
        "next": lambda: clock.next_item(state, now),
        "pause": lambda: clock.pause(state, now),
        "back": lambda: clock.back(state, now),
        "add_minute": lambda: clock.add_minutes(state, now, minutes),
        "shorten_break": lambda: clock.shorten_break(state, slot_id if slot_id is not None else -1, minutes),
        "message": lambda: clock.set_message(state, message),
    }
    if action not in transitions:
        raise ValidationError(f"Unknown show action “{action}”.")
    return transitions[action]()


def show_action(
    db: Database, event_id: int, action: str, now: datetime, *, minutes: int = 1, slot_id: int | None = None,
    message: str = "",
) -> ShowView:
    """Apply one operator action at `now` and commit it at once (see ACTIONS)."""
    with db.session() as s:
        run = s.get(ShowRunRow, event_id)
        if run is None:
            raise ValidationError("Open the show first (Show ▸ Start show).")
        before = _view(s, run)
        after = _apply(before.state, action, now, minutes, slot_id, message)
        _store(s, run, before.state, after, now)
        if action == "start" and before.state.status is ShowStatus.READY:
            log_activity(s, event_id, "show_start", f"Started the show of {run.day:%d %b %Y}")
        elif after.status is ShowStatus.FINISHED and before.state.status is not ShowStatus.FINISHED:
            log_activity(s, event_id, "show_finish", f"Finished the show of {run.day:%d %b %Y}")
        s.flush()
        return _view(s, run)


def close_show(db: Database, event_id: int) -> None:
    """Forget the run (recorded actual times stay, for the timings report)."""
    with db.session() as s:
        run = s.get(ShowRunRow, event_id)
        if run is not None:
            s.delete(run)


def timing_records(db: Database, event_id: int, lang: str | None = None) -> tuple[EventData, list[TimingRecord]]:
    """Every slot of the event, planned and as recorded (actual times None where it did not run)."""
    with db.session() as s:
        event = event_data(get_row(s, EventRow, event_id))
        slots = slot_reader.read_slots(s, event_id)
        query = select(SlotTimingRow).join(SlotRow, SlotRow.id == SlotTimingRow.slot_id)
        rows = {r.slot_id: r for r in s.scalars(query.where(SlotRow.event_id == event_id))}
        records = []
        for x in slots:
            row = rows.get(x.id)
            title = x.tr("title", lang).strip() or SLOT_KIND_LABELS[x.kind]
            records.append(TimingRecord(title, x.start, x.duration_minutes, row.actual_start if row else None,
                                        row.actual_end if row else None))
        return event, records
