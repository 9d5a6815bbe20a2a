"""Ripple across rooms: parallel sessions keep their place beside each other when the plenary moves."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.schedule import Timed, ripple_delete, ripple_insert, ripple_resize

T = datetime(2027, 3, 10, 10, 0)
BREAK = Timed(1, T, 30, 1)
PANEL = Timed(2, T + timedelta(minutes=30), 60, 1)
SIDE = Timed(3, T + timedelta(minutes=30), 60, 2)
EARLY_SIDE = Timed(4, T - timedelta(minutes=30), 40, 2)  # runs past the break's start: stays
DAY = [BREAK, PANEL, SIDE, EARLY_SIDE]


def test_lengthening_the_break_moves_the_side_session_too() -> None:
    moved = ripple_resize(DAY, BREAK, 45, parallel=True)
    assert moved == {2: PANEL.start + timedelta(minutes=15), 3: SIDE.start + timedelta(minutes=15)}


def test_without_parallel_only_the_room_moves() -> None:
    assert ripple_resize(DAY, BREAK, 45) == {2: PANEL.start + timedelta(minutes=15)}


def test_delete_and_insert_carry_the_other_rooms() -> None:
    assert ripple_delete(DAY, BREAK, parallel=True) == {2: T, 3: T}
    new = Timed(9, T + timedelta(minutes=30), 10, 1)
    assert ripple_insert(DAY, new, parallel=True) == {2: PANEL.start + timedelta(minutes=10),
                                                      3: SIDE.start + timedelta(minutes=10)}


@given(st.integers(min_value=1, max_value=600))
def test_parallel_sessions_stay_side_by_side(minutes: int) -> None:
    moved = ripple_resize(DAY, BREAK, minutes, parallel=True)
    assert moved.get(2, PANEL.start) == moved.get(3, SIDE.start)
    assert 4 not in moved
