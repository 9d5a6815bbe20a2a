"""The show clock: a pure state machine over the items of one day and room, driven by an injected `now`.

Every transition takes the current time as an argument and returns a new `ShowState`; nothing here reads a
clock or sleeps, so tests drive it minute by minute and the service stores each state as it comes.

* Elapsed time of the running item excludes pauses; remaining = allowed - elapsed (negative: overtime).
* The allowed length of an item is its planned duration plus the operator's extra minutes (+1 min, or a
  shortened break as negative minutes).
* Expected times of the items still to come follow the planner's ripple rule (`schedule.ripple_resize` for
  changed lengths, `schedule.ripple_insert` for the delay of the running item: a gap large enough absorbs it).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from eventplanner.domain import schedule
from eventplanner.domain.errors import ValidationError

WARNING_SECONDS = 120


class ShowStatus(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class ShowItem:
    """The part of a slot the clock needs: its planned start and length, and whether it is a break."""

    id: int
    start: datetime
    duration: int
    is_break: bool = False

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration)


@dataclass(frozen=True)
class Timing:
    """What happened to one item: actual start and end, seconds paused, minutes added or taken away."""

    actual_start: datetime | None = None
    actual_end: datetime | None = None
    paused_seconds: int = 0
    extra_minutes: int = 0

    @property
    def actual_minutes(self) -> float | None:
        if self.actual_start is None or self.actual_end is None:
            return None
        return (self.actual_end - self.actual_start).total_seconds() / 60


@dataclass(frozen=True)
class ShowState:
    items: tuple[ShowItem, ...]
    timings: Mapping[int, Timing] = field(default_factory=dict)
    current: int | None = None
    """Index of the item on stage (or next to start when READY); None before the first start."""
    status: ShowStatus = ShowStatus.READY
    paused_since: datetime | None = None
    message: str = ""

    def timing(self, item_id: int) -> Timing:
        return self.timings.get(item_id, Timing())

    @property
    def current_item(self) -> ShowItem | None:
        return self.items[self.current] if self.current is not None and self.items else None

    @property
    def next_item(self) -> ShowItem | None:
        index = 0 if self.current is None else self.current + 1
        if self.status is ShowStatus.READY and self.current is not None:
            index = self.current
        return self.items[index] if index < len(self.items) else None

    def allowed_seconds(self, item: ShowItem) -> int:
        return max(0, item.duration + self.timing(item.id).extra_minutes) * 60

    def elapsed_seconds(self, now: datetime) -> float:
        """Time on stage of the current item, pauses excluded."""
        item = self.current_item
        if item is None or self.status in (ShowStatus.READY, ShowStatus.FINISHED):
            return 0.0
        t = self.timing(item.id)
        if t.actual_start is None:
            return 0.0
        until = self.paused_since if self.status is ShowStatus.PAUSED and self.paused_since else now
        return max(0.0, (until - t.actual_start).total_seconds() - t.paused_seconds)

    def remaining_seconds(self, now: datetime) -> float:
        item = self.current_item
        if item is None or self.status in (ShowStatus.READY, ShowStatus.FINISHED):
            return 0.0
        return self.allowed_seconds(item) - self.elapsed_seconds(now)

    def phase(self, now: datetime) -> str:
        """'normal', 'warning' (2 minutes or less left) or 'overtime', as the stage timer colours it."""
        if self.status not in (ShowStatus.RUNNING, ShowStatus.PAUSED):
            return "normal"
        left = self.remaining_seconds(now)
        if left < 0:
            return "overtime"
        return "warning" if left <= WARNING_SECONDS else "normal"


def new_show(items: list[ShowItem] | tuple[ShowItem, ...], timings: Mapping[int, Timing] | None = None) -> ShowState:
    ordered = tuple(sorted(items, key=lambda i: (i.start, i.id)))
    return ShowState(items=ordered, timings=dict(timings or {}))


def _set(state: ShowState, item_id: int, **changes: object) -> dict[int, Timing]:
    timings = dict(state.timings)
    timings[item_id] = replace(state.timing(item_id), **changes)  # type: ignore[arg-type]
    return timings


def _close_pause(state: ShowState, now: datetime) -> ShowState:
    """Fold a running pause into the current item's paused seconds."""
    item = state.current_item
    if state.status is not ShowStatus.PAUSED or state.paused_since is None or item is None:
        return state
    paused = state.timing(item.id).paused_seconds + int((now - state.paused_since).total_seconds())
    return replace(state, timings=_set(state, item.id, paused_seconds=paused), status=ShowStatus.RUNNING,
                   paused_since=None)


def start(state: ShowState, now: datetime) -> ShowState:
    """Start the show (the first item, or the item it stopped before); resumes when paused."""
    if not state.items:
        raise ValidationError("There is nothing to run: this day and room have no agenda items.")
    if state.status is ShowStatus.PAUSED:
        return _close_pause(state, now)
    if state.status is ShowStatus.RUNNING:
        return state
    if state.status is ShowStatus.FINISHED:
        raise ValidationError("The show is over. Go back to an item to run it again.")
    index = state.current or 0
    item = state.items[index]
    timings = _set(state, item.id, actual_start=now, actual_end=None, paused_seconds=0)
    return replace(state, timings=timings, current=index, status=ShowStatus.RUNNING, paused_since=None)


def next_item(state: ShowState, now: datetime) -> ShowState:
    """End the current item now and start the next; after the last one the show is finished."""
    if state.status is ShowStatus.READY:
        return start(state, now)
    if state.status is ShowStatus.FINISHED or state.current is None:
        raise ValidationError("The show is over; there is no next item.")
    index = state.current
    state = _close_pause(state, now)
    ended = state.items[index]
    timings = _set(state, ended.id, actual_end=now)
    following = index + 1
    if following >= len(state.items):
        return replace(state, timings=timings, status=ShowStatus.FINISHED, paused_since=None, message="")
    state = replace(state, timings=timings)
    upcoming = state.items[following]
    timings = _set(state, upcoming.id, actual_start=now, actual_end=None, paused_seconds=0)
    return replace(state, timings=timings, current=following, status=ShowStatus.RUNNING, message="")


def pause(state: ShowState, now: datetime) -> ShowState:
    """Pause the running item, or resume it when paused."""
    if state.status is ShowStatus.PAUSED:
        return _close_pause(state, now)
    if state.status is not ShowStatus.RUNNING:
        raise ValidationError("Only a running item can be paused.")
    return replace(state, status=ShowStatus.PAUSED, paused_since=now)


def back(state: ShowState, now: datetime) -> ShowState:
    """Undo the last Next: the previous item runs again from its recorded start, the current one is unstarted."""
    if state.current is None:
        raise ValidationError("The show has not started.")
    if state.status is ShowStatus.FINISHED:
        last = state.items[state.current]
        return replace(state, timings=_set(state, last.id, actual_end=None), status=ShowStatus.RUNNING)
    index = state.current
    current = state.items[index]
    if index == 0:
        timings = _set(state, current.id, actual_start=None, actual_end=None, paused_seconds=0)
        return replace(state, timings=timings, current=None, status=ShowStatus.READY, paused_since=None)
    timings = _set(state, current.id, actual_start=None, actual_end=None, paused_seconds=0)
    state = replace(state, timings=timings)
    previous = state.items[index - 1]
    timings = _set(state, previous.id, actual_end=None)
    return replace(state, timings=timings, current=index - 1, status=ShowStatus.RUNNING, paused_since=None)


def add_minutes(state: ShowState, now: datetime, minutes: int = 1) -> ShowState:
    """Give the current item more (or less) time: "+1 min"."""
    item = state.current_item
    if item is None or state.status not in (ShowStatus.RUNNING, ShowStatus.PAUSED):
        raise ValidationError("Start the show first: extra time goes to the item on stage.")
    extra = state.timing(item.id).extra_minutes + minutes
    if item.duration + extra < 1:
        raise ValidationError("An item cannot be shortened below one minute.")
    return replace(state, timings=_set(state, item.id, extra_minutes=extra))


def shorten_break(state: ShowState, break_id: int, minutes: int) -> ShowState:
    """Absorb a delay in a coming break: it lasts `minutes` less (at least one minute remains)."""
    item = next((i for i in state.items if i.id == break_id), None)
    if item is None or not item.is_break:
        raise ValidationError("Only a coming break can be shortened.")
    if state.timing(break_id).actual_start is not None:
        raise ValidationError("This break has already started; use +1 min or Next instead.")
    extra = state.timing(break_id).extra_minutes - minutes
    if minutes < 1 or item.duration + extra < 1:
        raise ValidationError(f"The break lasts {item.duration + state.timing(break_id).extra_minutes} minutes; "
                              "it can be shortened by at most all but one of them.")
    return replace(state, timings=_set(state, break_id, extra_minutes=extra))


def set_message(state: ShowState, message: str) -> ShowState:
    return replace(state, message=message.strip()[:500])


def _projected_minutes(state: ShowState, item: ShowItem, now: datetime) -> int:
    """How long the running item will have taken, from its planned start: its start delay, length and overrun."""
    t = state.timing(item.id)
    assert t.actual_start is not None
    end = t.actual_start + timedelta(seconds=state.allowed_seconds(item)) + timedelta(seconds=t.paused_seconds)
    if state.status is ShowStatus.PAUSED and state.paused_since is not None:
        end += now - state.paused_since
    end = max(end, now)
    return max(1, math.ceil((end - item.start).total_seconds() / 60 - 1e-9))


def expected_starts(state: ShowState, now: datetime) -> dict[int, datetime]:
    """When each item not yet started is now expected to start (planned times stay as they are)."""
    pending_from = 0 if state.current is None else state.current + (0 if state.status is ShowStatus.READY else 1)
    if state.status is ShowStatus.FINISHED:
        return {}
    lane = [schedule.Timed(i.id, i.start, i.duration) for i in state.items]
    starts = {t.id: t.start for t in lane}
    for item in state.items[pending_from:]:
        extra = state.timing(item.id).extra_minutes
        if extra:
            timed = [schedule.Timed(t.id, starts[t.id], t.duration) for t in lane]
            me = next(t for t in timed if t.id == item.id)
            starts.update(schedule.ripple_resize(timed, me, item.duration + extra))
    current = state.current_item
    if current is not None and state.status in (ShowStatus.RUNNING, ShowStatus.PAUSED):
        others = [schedule.Timed(t.id, starts[t.id], t.duration + state.timing(t.id).extra_minutes)
                  for t in lane if t.id != current.id]
        running = schedule.Timed(current.id, current.start, _projected_minutes(state, current, now))
        starts.update(schedule.ripple_insert(others, running))
    elif state.status is ShowStatus.READY and pending_from < len(state.items):
        first = state.items[pending_from]
        late = now - starts[first.id]
        if late > timedelta(0):  # the show has not started and should have: everything waits
            shift = timedelta(minutes=math.ceil(late.total_seconds() / 60))
            starts = {k: v + shift for k, v in starts.items()}
    return {i.id: starts[i.id] for i in state.items[pending_from:]}


def delay_minutes(state: ShowState, now: datetime) -> int:
    """How late the next item will start against its planned time (0 when on time or early)."""
    upcoming = state.next_item
    if upcoming is None:
        return 0
    expected = expected_starts(state, now).get(upcoming.id, upcoming.start)
    return max(0, math.ceil((expected - upcoming.start).total_seconds() / 60))


def expected_end(state: ShowState, item: ShowItem, now: datetime) -> datetime:
    starts = expected_starts(state, now)
    start_at = starts.get(item.id, item.start)
    return start_at + timedelta(minutes=item.duration + state.timing(item.id).extra_minutes)


@dataclass(frozen=True)
class TimingRecord:
    """One slot: what was planned and what happened (None where it did not run, or has not ended)."""

    title: str
    planned_start: datetime
    planned_minutes: int
    actual_start: datetime | None
    actual_end: datetime | None

    @property
    def planned_end(self) -> datetime:
        return self.planned_start + timedelta(minutes=self.planned_minutes)

    @property
    def actual_minutes(self) -> float | None:
        if self.actual_start is None or self.actual_end is None:
            return None
        return round((self.actual_end - self.actual_start).total_seconds() / 60, 1)

    @property
    def overrun_minutes(self) -> float | None:
        minutes = self.actual_minutes
        return None if minutes is None else round(minutes - self.planned_minutes, 1)

    def values(self) -> tuple[object, ...]:
        return (
            self.planned_start.date(), self.title, self.planned_start, self.planned_end, self.planned_minutes,
            self.actual_start, self.actual_end, self.actual_minutes, self.overrun_minutes,
        )
