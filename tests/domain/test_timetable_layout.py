from datetime import date, datetime

import pytest

from eventplanner.domain.conflicts import find_conflicts
from eventplanner.domain.data import EventData, ParticipantData, PersonData, RoomData, SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.domain.timetable_layout import (
    DEFAULT_HOURS,
    Grid,
    at_minute,
    layout_day,
    minute_of_day,
    neighbour,
    snap,
)

DAY = date(2025, 5, 14)
ROOMS = (RoomData(1, 1, "Hall", 0), RoomData(2, 1, "Room B", 1), RoomData(3, 1, "Room C", 2))
EVENT = EventData(1, "e", "Event", DAY, DAY)


def slot(id_: int, hhmm: str, minutes: int, room: int | None = None, people: tuple[int, ...] = (), day: date = DAY):
    h, m = map(int, hhmm.split(":"))
    parts = tuple(ParticipantData(PersonData(p, f"P{p}", "X")) for p in people)
    return SlotData(id_, 1, datetime(day.year, day.month, day.day, h, m), minutes, SlotKind.SPEECH,
                    title=f"S{id_}", room_id=room, participants=parts)


def test_rooms_become_columns_in_their_order_and_blocks_land_in_their_room():
    rooms = (RoomData(2, 1, "Second", 1), RoomData(1, 1, "First", 0))
    layout = layout_day(DAY, [slot(1, "10:00", 30, 2), slot(2, "10:00", 30, 1)], rooms)
    assert [c.name for c in layout.columns] == ["First", "Second"]
    assert layout.block(1).column == 1
    assert layout.block(2).column == 0


def test_event_without_rooms_has_one_column():
    layout = layout_day(DAY, [slot(1, "10:00", 30), slot(2, "11:00", 30)], (), unassigned_label="Agenda")
    assert [c.room_id for c in layout.columns] == [None]
    assert {b.column for b in layout.blocks} == {0}


def test_slots_without_room_get_an_extra_column_when_rooms_exist():
    layout = layout_day(DAY, [slot(1, "10:00", 30, 1), slot(2, "10:00", 30, None)], ROOMS, unassigned_label="No room")
    assert layout.columns[-1].room_id is None and layout.columns[-1].name == "No room"
    assert layout.block(2).column == 3


def test_only_slots_of_the_day_are_placed():
    other = date(2025, 5, 15)
    layout = layout_day(DAY, [slot(1, "10:00", 30), slot(2, "10:00", 30, day=other)], ())
    assert [b.slot_id for b in layout.blocks] == [1]


def test_overlapping_blocks_share_the_column_side_by_side():
    slots = [slot(1, "10:00", 60, 1), slot(2, "10:30", 60, 1), slot(3, "11:00", 30, 1), slot(4, "12:00", 30, 1)]
    layout = layout_day(DAY, slots, ROOMS)
    b1, b2, b3, b4 = (layout.block(i) for i in (1, 2, 3, 4))
    assert (b1.lane, b2.lane, b3.lane) == (0, 1, 0)  # 3 starts when 1 ends: reuses lane 0
    assert b1.lanes == b2.lanes == b3.lanes == 2
    assert (b4.lane, b4.lanes) == (0, 1)  # a new cluster after the overlap
    grid = Grid(columns=3, first_minute=layout.first_minute, column_width=200, gap=0)
    x1, _, w1, _ = grid.block_rect(b1)
    x2, _, w2, _ = grid.block_rect(b2)
    assert w1 == w2 == 100 and x2 == x1 + 100


def test_touching_blocks_do_not_overlap():
    layout = layout_day(DAY, [slot(1, "10:00", 30, 1), slot(2, "10:30", 30, 1)], ROOMS)
    assert all(b.lanes == 1 for b in layout.blocks)


def test_range_is_hour_aligned_around_the_slots_and_default_when_empty():
    layout = layout_day(DAY, [slot(1, "09:20", 30, 1), slot(2, "16:10", 5, 2)], ROOMS)
    assert (layout.first_minute, layout.last_minute) == (9 * 60, 17 * 60)
    assert layout.hours == [h * 60 for h in range(9, 18)]
    empty = layout_day(DAY, [], ROOMS)
    assert (empty.first_minute, empty.last_minute) == (DEFAULT_HOURS[0] * 60, DEFAULT_HOURS[1] * 60)
    wide = layout_day(DAY, [slot(1, "00:20", 30, 1)], ROOMS, margin_minutes=60)
    assert wide.first_minute == 0 and wide.last_minute == 120


def test_slot_past_midnight_is_clipped_to_the_day():
    layout = layout_day(DAY, [slot(1, "23:30", 90, 1)], ROOMS)
    assert layout.block(1).end_minute == 24 * 60
    assert layout.last_minute == 24 * 60


def test_conflicts_flag_the_blocks_they_name():
    slots = [slot(1, "10:00", 60, 1), slot(2, "10:30", 30, 1), slot(3, "14:00", 30, 2, people=(7,)),
             slot(4, "14:15", 30, 3, people=(7,)), slot(5, "16:00", 30, 3)]
    layout = layout_day(DAY, slots, ROOMS, find_conflicts(EVENT, slots))
    assert layout.block(1).room_overlap and layout.block(2).room_overlap
    assert not layout.block(1).double_booked
    assert layout.block(3).double_booked and layout.block(4).double_booked
    assert not layout.block(3).room_overlap
    assert layout.block(3).problems and "P7 X" in layout.block(3).problems[0]
    assert not layout.block(5).flagged


@pytest.mark.parametrize(("minutes", "expected"), [(0, 0), (2, 0), (2.5, 5), (3, 5), (7.4, 5), (-3, -5), (62, 60)])
def test_snap_to_five_minutes(minutes: float, expected: int):
    assert snap(minutes) == expected


def test_minutes_and_datetimes_round_trip():
    assert minute_of_day(datetime(2025, 5, 14, 10, 20), DAY) == 620
    assert at_minute(DAY, 620) == datetime(2025, 5, 14, 10, 20)
    assert minute_of_day(datetime(2025, 5, 13, 23, 0), DAY) == 0


def test_grid_maps_pixels_and_minutes_both_ways():
    grid = Grid(columns=3, first_minute=540, px_per_minute=2, column_width=150, left=50, top=30)
    assert grid.y_of(600) == 30 + 120
    assert grid.minute_at(grid.y_of(637)) == 637
    assert grid.column_at(50 + 150 * 1.5) == 1
    assert grid.column_at(-100) == 0 and grid.column_at(10_000) == 2
    assert grid.width == 50 + 450


def test_arrow_navigation():
    slots = [slot(1, "10:00", 30, 1), slot(2, "10:30", 30, 1), slot(3, "10:35", 30, 3), slot(4, "12:00", 30, 3)]
    layout = layout_day(DAY, slots, ROOMS)
    assert neighbour(layout, None, "down") == 1
    assert neighbour(layout, 1, "down") == 2
    assert neighbour(layout, 2, "down") is None
    assert neighbour(layout, 2, "up") == 1
    assert neighbour(layout, 2, "right") == 3  # skips the empty column, nearest in time
    assert neighbour(layout, 4, "left") == 2
    assert neighbour(layout, 1, "left") is None


def test_clock_text_of_a_day_that_runs_past_midnight():
    from eventplanner.domain.timetable_layout import clock_text

    assert [clock_text(m) for m in (0, 9 * 60 + 5, 24 * 60, 24 * 60 + 15, 25 * 60, 28 * 60)] == [
        "00:00", "09:05", "24:00", "00:15", "01:00", "04:00"]
