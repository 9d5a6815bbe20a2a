"""Scheduling arithmetic: durations, days, and the ripple rule that keeps an agenda contiguous.

The functions work on `Timed` items (anything with id, start, duration and lane) and return new start
times by id, so the service layer can apply them to rows and the GUI can preview them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from eventplanner.domain.days import conference_day
from eventplanner.domain.errors import ValidationError

MIN_DURATION = 1
MAX_DURATION = 24 * 60


@dataclass(frozen=True)
class Timed:
    """The part of a slot the ripple rule needs. `lane` is the room id (None: the event's only room)."""

    id: int
    start: datetime
    duration: int
    lane: int | None = None
    day_change: int = 0
    """The event's day-change time (minutes): a slot at 00:15 ripples with the evening before when days change
    later (`domain.days`)."""

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration)

    @property
    def day(self) -> date:
        """The conference day (the calendar day unless the event's days change after midnight)."""
        return conference_day(self.start, self.day_change)


def check_duration(minutes: int) -> int:
    if not MIN_DURATION <= minutes <= MAX_DURATION:
        raise ValidationError(f"A slot lasts from 1 minute to 24 hours; {minutes} minutes is out of range.")
    return minutes


def end_of(start: datetime, minutes: int) -> datetime:
    return start + timedelta(minutes=check_duration(minutes))


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: a slot ending at 10:00 does not clash with one starting at 10:00."""
    return a_start < b_end and b_start < a_end


def lane_of(items: Iterable[Timed], day: date, lane: int | None, exclude: int | None = None) -> list[Timed]:
    """The items of one day and room, in time order."""
    return sorted(
        (t for t in items if t.day == day and t.lane == lane and t.id != exclude),
        key=lambda t: (t.start, t.id),
    )


def day_of(items: Iterable[Timed], day: date, exclude: int | None = None) -> list[Timed]:
    """The items of one day in every room, in time order: parallel sessions share the day's running order."""
    return sorted((t for t in items if t.day == day and t.id != exclude), key=lambda t: (t.start, t.id))


def _shift_from(lane: Sequence[Timed], pivot: datetime, delta: timedelta) -> dict[int, datetime]:
    if not delta:
        return {}
    return {t.id: t.start + delta for t in lane if t.start >= pivot}


def ripple_resize(
    items: Iterable[Timed], slot: Timed, new_duration: int, parallel: bool = False
) -> dict[int, datetime]:
    """Lengthening or shortening a slot moves every later slot of its day and room by the same amount;
    with `parallel`, the later slots of the other rooms too (a side session stays beside its panel)."""
    check_duration(new_duration)
    items = list(items)
    lane = day_of(items, slot.day, exclude=slot.id) if parallel else lane_of(items, slot.day, slot.lane, slot.id)
    return _shift_from(lane, slot.end, timedelta(minutes=new_duration - slot.duration))


def ripple_delete(items: Iterable[Timed], slot: Timed, parallel: bool = False) -> dict[int, datetime]:
    """Removing a slot pulls the later slots of its day and room (`parallel`: of every room) forward by its
    length; gaps stay."""
    items = list(items)
    lane = day_of(items, slot.day, exclude=slot.id) if parallel else lane_of(items, slot.day, slot.lane, slot.id)
    return _shift_from(lane, slot.end, -timedelta(minutes=slot.duration))


def ripple_insert(items: Iterable[Timed], slot: Timed, parallel: bool = False) -> dict[int, datetime]:
    """Placing a new slot pushes the later slots only as far as needed: a gap large enough absorbs it.
    With `parallel`, the other rooms' slots from the first pushed one on move by as much."""
    items = list(items)
    lane = lane_of(items, slot.day, slot.lane, exclude=slot.id)
    following = [t for t in lane if t.start >= slot.start]
    if not following:
        return {}
    push = slot.end - following[0].start
    if push <= timedelta(0):
        return {}
    if parallel:
        following = [t for t in day_of(items, slot.day, exclude=slot.id) if t.start >= following[0].start]
    return {t.id: t.start + push for t in following}


def ripple_move(
    items: Iterable[Timed], slot: Timed, new_start: datetime, new_lane: int | None, parallel: bool = False
) -> dict[int, datetime]:
    """Moving a slot = deleting it where it was and inserting it where it goes."""
    items = list(items)
    changes = ripple_delete(items, slot, parallel)
    after_delete = [replace(t, start=changes.get(t.id, t.start)) for t in items if t.id != slot.id]
    moved = replace(slot, start=new_start, lane=new_lane)
    changes.update(ripple_insert(after_delete, moved, parallel))
    changes[slot.id] = new_start
    return changes


def relayout(ordered: Sequence[Timed], original: Sequence[Timed]) -> dict[int, datetime]:
    """Re-time a reordered run of slots: same first start, each gap stays at its position in the run.

    `original` is the run in its old time order; `ordered` the same items in their new order.
    """
    if not original:
        return {}
    gaps = [timedelta(0)]
    for prev, cur in itertools.pairwise(original):
        gaps.append(max(timedelta(0), cur.start - prev.end))
    cursor = original[0].start
    result: dict[int, datetime] = {}
    for gap, item in zip(gaps, ordered, strict=True):
        cursor += gap
        result[item.id] = cursor
        cursor += timedelta(minutes=item.duration)
    return result


def reorder(items: Iterable[Timed], slot_id: int, new_index: int) -> dict[int, datetime]:
    """Move one slot to `new_index` among the slots of its day and room, and re-time them all."""
    items = list(items)
    slot = next((t for t in items if t.id == slot_id), None)
    if slot is None:
        raise ValidationError("The slot to move is not in this agenda.")
    lane = lane_of(items, slot.day, slot.lane)
    order = [t for t in lane if t.id != slot_id]
    new_index = max(0, min(new_index, len(order)))
    order.insert(new_index, slot)
    return relayout(order, lane)


def shift_to_dates(start: datetime, old_first_day: date, new_first_day: date) -> datetime:
    """Keep the wall-clock time and the day offset when an event is copied to new dates."""
    return start + (new_first_day - old_first_day)
