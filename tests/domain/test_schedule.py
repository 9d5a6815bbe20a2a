from datetime import datetime, timedelta

import pytest

from eventplanner.domain import schedule
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.schedule import Timed


def t(id_: int, hhmm: str, minutes: int, lane: int | None = None, day: int = 18) -> Timed:
    h, m = map(int, hhmm.split(":"))
    return Timed(id_, datetime(2021, 12, day, h, m), minutes, lane)


def hm(value: datetime) -> str:
    return f"{value:%H:%M}"


AGENDA = [t(1, "10:00", 10), t(2, "10:10", 25), t(3, "10:35", 10), t(4, "11:00", 30)]  # gap 10:45-11:00


def test_end_crosses_midnight():
    assert schedule.end_of(datetime(2021, 12, 18, 23, 30), 90) == datetime(2021, 12, 19, 1, 0)


@pytest.mark.parametrize("minutes", [0, -5, 24 * 60 + 1])
def test_duration_out_of_range_is_refused(minutes: int):
    with pytest.raises(ValidationError, match="1 minute to 24 hours"):
        schedule.check_duration(minutes)


def test_durations_at_the_limits_are_accepted():
    assert schedule.check_duration(1) == 1
    assert schedule.check_duration(24 * 60) == 24 * 60


def test_resize_shifts_following_and_keeps_gaps():
    starts = schedule.ripple_resize(AGENDA, AGENDA[1], 35)
    assert {k: hm(v) for k, v in starts.items()} == {3: "10:45", 4: "11:10"}


def test_resize_only_touches_same_room():
    other_room = t(9, "10:40", 20, lane=2)
    starts = schedule.ripple_resize([*AGENDA, other_room], AGENDA[0], 20)
    assert 9 not in starts
    assert hm(starts[2]) == "10:20"


def test_delete_pulls_following_forward():
    starts = schedule.ripple_delete(AGENDA, AGENDA[1])
    assert {k: hm(v) for k, v in starts.items()} == {3: "10:10", 4: "10:35"}


def test_insert_is_absorbed_by_a_large_enough_gap():
    assert schedule.ripple_insert(AGENDA, t(99, "10:45", 15)) == {}


def test_insert_pushes_only_as_far_as_needed():
    starts = schedule.ripple_insert(AGENDA, t(99, "10:45", 25))
    assert {k: hm(v) for k, v in starts.items()} == {4: "11:10"}


def test_insert_at_the_start_pushes_everything():
    starts = schedule.ripple_insert(AGENDA, t(99, "10:00", 5))
    assert [hm(starts[i]) for i in (1, 2, 3, 4)] == ["10:05", "10:15", "10:40", "11:05"]


def test_reorder_retimes_and_keeps_gap_positions():
    starts = schedule.reorder(AGENDA, 3, 0)  # video first
    assert {k: hm(v) for k, v in starts.items()} == {3: "10:00", 1: "10:10", 2: "10:20", 4: "11:00"}


def test_reorder_to_the_end():
    starts = schedule.reorder(AGENDA, 1, 10)
    assert hm(starts[1]) == "11:20"  # 10:00 + 25 + 10 + 30, then the 15-minute gap stays in place
    assert hm(starts[2]) == "10:00"


def test_move_to_another_room_closes_the_hole_and_makes_room():
    target_room = [t(10, "10:00", 30, lane=2), t(11, "10:30", 30, lane=2)]
    starts = schedule.ripple_move([*AGENDA, *target_room], AGENDA[1], datetime(2021, 12, 18, 10, 30), 2)
    assert hm(starts[2]) == "10:30"
    assert hm(starts[11]) == "10:55"  # pushed by the moved 25-minute slot
    assert hm(starts[3]) == "10:10"  # the old room closes up


def test_ripple_stays_within_the_day():
    next_day = t(50, "10:00", 30, day=19)
    starts = schedule.ripple_resize([*AGENDA, next_day], AGENDA[0], 40)
    assert 50 not in starts


def test_shift_to_dates_keeps_wall_clock():
    moved = schedule.shift_to_dates(datetime(2021, 12, 18, 10, 0), datetime(2021, 12, 18).date(),
                                    datetime(2022, 12, 18).date())
    assert moved == datetime(2022, 12, 18, 10, 0)
    assert moved - datetime(2021, 12, 18, 10, 0) == timedelta(days=365)
