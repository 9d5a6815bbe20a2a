"""The day grid of a timetable, without Qt: columns per room, lanes for overlaps, minutes to pixels.

Both the interactive timetable (ui/timetable) and the wall chart PDF (exports/wallchart) draw from one
`DayLayout`, so what the planner sees on screen is what the venue pins by the door.

    layout = layout_day(day, slots, rooms, conflicts)
    grid = Grid(columns=len(layout.columns), first_minute=layout.first_minute, px_per_minute=2.0, ...)
    x, y, w, h = grid.block_rect(layout.blocks[0])
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from eventplanner.domain.conflicts import Conflict, ConflictKind
from eventplanner.domain.data import RoomData, SlotData
from eventplanner.domain.days import conference_day
from eventplanner.domain.enums import SlotKind

DAY_MINUTES = 24 * 60
SNAP_MINUTES = 5
DEFAULT_HOURS = (9, 18)
"""The range shown for a day without slots."""


@dataclass(frozen=True)
class Column:
    """One room of the grid; `room_id` None is the event's only room, or the slots without a room."""

    room_id: int | None
    name: str


@dataclass(frozen=True)
class Block:
    """A slot placed in the grid. Overlapping blocks of one column share it in `lanes` lanes side by side."""

    slot: SlotData
    column: int
    lane: int = 0
    lanes: int = 1
    start_minute: int = 0
    end_minute: int = 0
    room_overlap: bool = False
    double_booked: bool = False
    problems: tuple[str, ...] = ()

    @property
    def slot_id(self) -> int:
        return self.slot.id

    @property
    def flagged(self) -> bool:
        """Whether the block carries a warning outline (any conflict names it)."""
        return bool(self.problems)


@dataclass(frozen=True)
class DayLayout:
    day: date
    columns: tuple[Column, ...]
    blocks: tuple[Block, ...]
    first_minute: int
    last_minute: int
    _index: dict[int, Block] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({b.slot_id: b for b in self.blocks})

    def block(self, slot_id: int) -> Block | None:
        return self._index.get(slot_id)

    def column_of_room(self, room_id: int | None) -> int | None:
        for i, col in enumerate(self.columns):
            if col.room_id == room_id:
                return i
        return None

    @property
    def hours(self) -> list[int]:
        """Minutes since midnight of every full hour in the shown range, ends included."""
        first = math.ceil(self.first_minute / 60) * 60
        return list(range(first, self.last_minute + 1, 60))


def minute_of_day(moment: datetime, day: date, limit: int = DAY_MINUTES) -> int:
    """Minutes from the day's midnight, clipped to the day (a slot running past midnight ends at 24:00).

    A conference day that changes after midnight runs on: `limit` is then 24:00 plus the day-change time.
    """
    delta = moment - datetime.combine(day, time.min)
    return max(0, min(limit, int(delta.total_seconds() // 60)))


def clock_text(minute: int) -> str:
    """'HH:MM' of a minute of a (conference) day: 24:00 is the midnight that ends it, 25:30 reads 01:30."""
    hours, minutes = divmod(max(0, minute), 60)
    return f"{hours - 24 if hours > 24 or (hours == 24 and minutes) else hours:02d}:{minutes:02d}"


def at_minute(day: date, minute: int) -> datetime:
    return datetime.combine(day, time.min) + timedelta(minutes=minute)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """The nearest multiple of `step` (halves round up, so a drag of 2.5 minutes already moves)."""
    return math.floor(minutes / step + 0.5) * step


def _columns(day_slots: Sequence[SlotData], rooms: Sequence[RoomData], unassigned: str) -> list[Column]:
    if not rooms:
        names = {s.room_name for s in day_slots if s.room_name}
        return [Column(None, names.pop() if len(names) == 1 else unassigned)]
    columns = [Column(r.id, r.name) for r in sorted(rooms, key=lambda r: (r.position, r.id))]
    known = {r.id for r in rooms}
    for s in day_slots:
        if s.room_id is not None and s.room_id not in known:
            known.add(s.room_id)
            columns.append(Column(s.room_id, s.room_name))
    if any(s.room_id is None for s in day_slots):
        columns.append(Column(None, unassigned))
    return columns


def _assign_lanes(blocks: list[Block]) -> list[Block]:
    """Greedy interval colouring per cluster of overlapping blocks (half-open: 10:00-10:30 and 10:30 share a lane)."""
    ordered = sorted(blocks, key=lambda b: (b.start_minute, -b.end_minute, b.slot_id))
    result: list[Block] = []
    cluster: list[tuple[Block, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def close() -> None:
        for block, lane in cluster:
            result.append(replace(block, lane=lane, lanes=len(lane_ends)))

    for b in ordered:
        if cluster and b.start_minute >= cluster_end:
            close()
            cluster, lane_ends, cluster_end = [], [], -1
        end = max(b.end_minute, b.start_minute + 1)
        lane = next((i for i, e in enumerate(lane_ends) if e <= b.start_minute), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((b, lane))
        cluster_end = max(cluster_end, end)
    close()
    return result


def layout_day(
    day: date,
    slots: Iterable[SlotData],
    rooms: Sequence[RoomData] = (),
    conflicts: Iterable[Conflict] = (),
    unassigned_label: str = "",
    margin_minutes: int = 0,
    day_change_minutes: int = 0,
) -> DayLayout:
    """Place the slots starting on `day` in room columns, lanes and minutes.

    The shown range runs from the full hour before the first slot to the full hour after the last one
    (widened by `margin_minutes` on both sides, within the day), or DEFAULT_HOURS for an empty day.
    """
    limit = DAY_MINUTES + max(0, day_change_minutes)
    day_slots = sorted((s for s in slots if conference_day(s.start, day_change_minutes) == day),
                       key=lambda s: (s.start, s.id))
    columns = _columns(day_slots, rooms, unassigned_label)
    col_of = {c.room_id: i for i, c in enumerate(columns)}
    problems: dict[int, list[str]] = defaultdict(list)
    overlap: set[int] = set()
    booked: set[int] = set()
    for c in conflicts:
        for sid in c.slot_ids:
            problems[sid].append(c.message)
            if c.kind is ConflictKind.ROOM_OVERLAP:
                overlap.add(sid)
            elif c.kind is ConflictKind.PERSON_DOUBLE_BOOKED:
                booked.add(sid)
    per_column: dict[int, list[Block]] = defaultdict(list)
    for s in day_slots:
        col = col_of.get(s.room_id, col_of.get(None, 0))
        start = minute_of_day(s.start, day, limit)
        per_column[col].append(
            Block(
                slot=s,
                column=col,
                start_minute=start,
                end_minute=max(start, minute_of_day(s.end, day, limit)),
                room_overlap=s.id in overlap,
                double_booked=s.id in booked,
                problems=tuple(problems.get(s.id, ())),
            )
        )
    blocks = [b for col in sorted(per_column) for b in _assign_lanes(per_column[col])]
    blocks.sort(key=lambda b: (b.start_minute, b.column, b.lane, b.slot_id))
    if blocks:
        first = min(b.start_minute for b in blocks) // 60 * 60
        last = math.ceil(max(b.end_minute for b in blocks) / 60) * 60
    else:
        first, last = DEFAULT_HOURS[0] * 60, DEFAULT_HOURS[1] * 60
    first = max(0, first - margin_minutes)
    last = min(limit, max(last + margin_minutes, first + 60))
    return DayLayout(day, tuple(columns), tuple(blocks), first, last)


def neighbour(layout: DayLayout, slot_id: int | None, direction: str) -> int | None:
    """The block the arrow key `direction` ("up", "down", "left", "right") leads to from `slot_id`.

    Up/down: the previous/next block of the same column in time. Left/right: in the nearest column that
    has blocks, the one closest in time. With nothing selected, the first block of the day.
    """
    current = layout.block(slot_id) if slot_id is not None else None
    if current is None:
        return layout.blocks[0].slot_id if layout.blocks else None
    if direction in ("up", "down"):
        same = [b for b in layout.blocks if b.column == current.column]
        same.sort(key=lambda b: (b.start_minute, b.lane, b.slot_id))
        i = same.index(current) + (1 if direction == "down" else -1)
        return same[i].slot_id if 0 <= i < len(same) else None
    step = 1 if direction == "right" else -1
    col = current.column + step
    while 0 <= col < len(layout.columns):
        candidates = [b for b in layout.blocks if b.column == col]
        if candidates:
            best = min(candidates, key=lambda b: (abs(b.start_minute - current.start_minute), b.start_minute))
            return best.slot_id
        col += step
    return None


@dataclass(frozen=True)
class Grid:
    """Pixel (or point) geometry of a day grid: a time gutter on the left, a header band on top.

    y grows downwards; `first_minute` sits at `top`.
    """

    columns: int
    first_minute: int
    px_per_minute: float = 1.5
    column_width: float = 200.0
    left: float = 56.0
    top: float = 32.0
    gap: float = 2.0

    def y_of(self, minute: float) -> float:
        return self.top + (minute - self.first_minute) * self.px_per_minute

    def minute_at(self, y: float) -> float:
        return self.first_minute + (y - self.top) / self.px_per_minute

    def x_of(self, column: int) -> float:
        return self.left + column * self.column_width

    def column_at(self, x: float) -> int:
        """The column under x, clamped to the existing columns."""
        col = math.floor((x - self.left) / self.column_width)
        return max(0, min(self.columns - 1, col))

    @property
    def width(self) -> float:
        return self.left + self.columns * self.column_width

    def block_rect(self, block: Block) -> tuple[float, float, float, float]:
        """(x, y, width, height) of a block, its lane's share of the column, inset by `gap`."""
        lane_w = self.column_width / max(1, block.lanes)
        x = self.x_of(block.column) + block.lane * lane_w + self.gap
        y = self.y_of(block.start_minute) + self.gap / 2
        h = max(1.0, (block.end_minute - block.start_minute) * self.px_per_minute - self.gap)
        return x, y, max(1.0, lane_w - 2 * self.gap), h


# Colours shared by the screen and the wall chart: (fill, accent) by kind, as #rrggbb. Breaks and meals are muted.
_CEREMONIAL = ("#e4e7f7", "#3949ab")
_SPEECH = ("#dcebfa", "#1e6fb8")
_TALK = ("#d9f1ec", "#12806a")
_DEBATE = ("#f0e4f6", "#7b3fa0")
_PAUSE = ("#eeeeec", "#a3a3a0")
KIND_COLOURS: dict[SlotKind, tuple[str, str]] = {
    SlotKind.WELCOME: _CEREMONIAL,
    SlotKind.OPENING: _CEREMONIAL,
    SlotKind.CEREMONY: _CEREMONIAL,
    SlotKind.CLOSING: _CEREMONIAL,
    SlotKind.KEYNOTE: _SPEECH,
    SlotKind.SPEECH: _SPEECH,
    SlotKind.VIDEO: _SPEECH,
    SlotKind.PRESENTATION: _TALK,
    SlotKind.PANEL: _DEBATE,
    SlotKind.DISCUSSION: _DEBATE,
    SlotKind.QA: _DEBATE,
    SlotKind.BREAK: _PAUSE,
    SlotKind.MEAL: _PAUSE,
    SlotKind.DINNER: _PAUSE,
    SlotKind.REGISTRATION: _PAUSE,
    SlotKind.NETWORKING: _PAUSE,
    SlotKind.PHOTO: _PAUSE,
    SlotKind.RECEPTION: _CEREMONIAL,
    SlotKind.SIGNING: _CEREMONIAL,
    SlotKind.PRESS: _TALK,
    SlotKind.OTHER: ("#e9eef0", "#546e7a"),
}
TEXT_COLOUR = "#1d2327"
MUTED_TEXT_COLOUR = "#6b6b68"
WARNING_COLOUR = "#d84315"
