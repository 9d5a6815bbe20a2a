"""The show clock, driven minute by minute by an injected time: never by sleeping."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventplanner.domain import show
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.show import ShowItem, ShowStatus

T0 = datetime(2021, 12, 18, 10, 0)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def agenda() -> show.ShowState:
    """10:00 welcome 10', 10:10 opening 25', 10:35 video 10', 10:45 coffee 30', 11:15 closing 15'."""
    return show.new_show([
        ShowItem(1, at(0), 10), ShowItem(2, at(10), 25), ShowItem(3, at(35), 10),
        ShowItem(4, at(45), 30, is_break=True), ShowItem(5, at(75), 15),
    ])


def test_start_next_and_recorded_times() -> None:
    s = show.start(agenda(), at(0))
    assert s.status is ShowStatus.RUNNING and s.current_item and s.current_item.id == 1
    assert s.remaining_seconds(at(4)) == 6 * 60
    s = show.next_item(s, at(10))
    assert s.timing(1).actual_start == at(0) and s.timing(1).actual_end == at(10)
    assert s.current_item and s.current_item.id == 2 and s.timing(2).actual_start == at(10)
    assert s.next_item and s.next_item.id == 3


def test_phases_normal_warning_overtime() -> None:
    s = show.start(agenda(), at(0))
    assert s.phase(at(7)) == "normal"
    assert s.phase(at(8)) == "warning"
    assert s.phase(at(10.01)) == "overtime"
    assert s.remaining_seconds(at(12)) == -120


def test_overrun_delays_the_rest_of_the_day_by_the_ripple_rule() -> None:
    s = show.start(agenda(), at(0))
    assert show.expected_starts(s, at(5))[2] == at(10)  # on time
    expected = show.expected_starts(s, at(13))  # welcome runs 3 minutes over
    assert expected[2] == at(13) and expected[3] == at(38) and expected[5] == at(78)
    assert show.delay_minutes(s, at(13)) == 3


def test_late_start_delays_everything_and_a_gap_absorbs_it() -> None:
    items = [ShowItem(1, at(0), 10), ShowItem(2, at(20), 10)]  # a 10-minute gap after the first item
    s = show.start(show.new_show(items), at(5))
    assert show.expected_starts(s, at(5))[2] == at(20)  # ends 10:15, the gap absorbs it
    assert show.expected_starts(s, at(22))[2] == at(22)


def test_shortening_the_coffee_break_absorbs_the_delay() -> None:
    s = show.start(agenda(), at(0))
    s = show.next_item(s, at(10))
    s = show.next_item(s, at(45))  # opening ran 10 minutes over
    assert show.expected_starts(s, at(45))[5] == at(85)
    s = show.shorten_break(s, 4, 10)
    expected = show.expected_starts(s, at(45))
    assert expected[4] == at(55) and expected[5] == at(75)  # the closing is back on time


def test_plus_one_minute_and_pause() -> None:
    s = show.start(agenda(), at(0))
    s = show.add_minutes(s, at(1))
    assert s.remaining_seconds(at(1)) == 10 * 60
    s = show.pause(s, at(2))
    assert s.status is ShowStatus.PAUSED and s.remaining_seconds(at(7)) == 9 * 60
    s = show.pause(s, at(7))  # resume: the five paused minutes are not counted
    assert s.status is ShowStatus.RUNNING and s.elapsed_seconds(at(8)) == 3 * 60
    assert show.expected_starts(s, at(8))[2] == at(16)  # 10 + 1 extra + 5 paused


def test_back_reopens_the_previous_item() -> None:
    s = show.next_item(show.start(agenda(), at(0)), at(10))
    s = show.back(s, at(11))
    assert s.current_item and s.current_item.id == 1 and s.timing(1).actual_end is None
    assert s.timing(2).actual_start is None
    s = show.back(s, at(11))
    assert s.status is ShowStatus.READY and s.current is None


def test_last_next_finishes_and_guards() -> None:
    s = show.start(agenda(), at(0))
    for minute in (10, 35, 45, 75, 90):
        s = show.next_item(s, at(minute))
    assert s.status is ShowStatus.FINISHED and s.timing(5).actual_end == at(90)
    with pytest.raises(ValidationError):
        show.next_item(s, at(91))
    with pytest.raises(ValidationError):
        show.shorten_break(show.start(agenda(), at(0)), 1, 5)  # not a break
    with pytest.raises(ValidationError):
        show.start(show.new_show([]), at(0))


ACTIONS = st.lists(st.tuples(st.sampled_from(["start", "next", "pause", "back", "add"]),
                             st.integers(min_value=0, max_value=900)), max_size=40)


@settings(max_examples=200, deadline=None)
@given(steps=ACTIONS)
def test_any_sequence_of_actions_keeps_the_clock_sane(steps: list[tuple[str, int]]) -> None:
    """Whatever the operator presses, refused or not: times stay ordered and nothing starts before its plan."""
    s = agenda()
    now = at(-5)
    moves = {"start": show.start, "next": show.next_item, "pause": show.pause, "back": show.back,
             "add": show.add_minutes}
    for name, seconds in steps:
        now += timedelta(seconds=seconds)
        with contextlib.suppress(ValidationError):
            s = moves[name](s, now)
        assert s.elapsed_seconds(now) >= 0
        for item in s.items:
            t = s.timing(item.id)
            if t.actual_start is not None and t.actual_end is not None:
                assert t.actual_end >= t.actual_start
        for item_id, expected in show.expected_starts(s, now).items():
            planned = next(i.start for i in s.items if i.id == item_id)
            assert expected >= planned  # delays only push (no break was shortened here)
        if s.status is ShowStatus.RUNNING:
            assert s.current_item is not None and s.timing(s.current_item.id).actual_start is not None
