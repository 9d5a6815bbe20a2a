"""Clock time on a conference day -> the real moment (`moment_on`), the inverse of `conference_day`."""

from __future__ import annotations

from datetime import date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.days import MAX_DAY_CHANGE_MINUTES, conference_day, moment_on

_DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 30))
_CHANGES = st.integers(min_value=0, max_value=MAX_DAY_CHANGE_MINUTES)


def test_a_time_before_the_day_change_is_the_next_calendar_date() -> None:
    assert moment_on(date(2026, 5, 1), time(0, 15), 240) == datetime(2026, 5, 2, 0, 15)
    assert moment_on(date(2026, 5, 1), time(3, 59), 240) == datetime(2026, 5, 2, 3, 59)


def test_a_time_from_the_day_change_on_is_the_same_date() -> None:
    assert moment_on(date(2026, 5, 1), time(4, 0), 240) == datetime(2026, 5, 1, 4, 0)
    assert moment_on(date(2026, 5, 1), time(23, 45), 240) == datetime(2026, 5, 1, 23, 45)


def test_calendar_days_keep_midnight_on_the_same_date() -> None:
    assert moment_on(date(2026, 5, 1), time(0, 15)) == datetime(2026, 5, 1, 0, 15)
    assert moment_on(date(2026, 5, 1), time(0, 0), 0) == datetime(2026, 5, 1, 0, 0)


@given(_DAYS, st.times(), _CHANGES)
def test_the_moment_belongs_to_the_day_it_was_typed_on(day: date, clock: time, change: int) -> None:
    moment = moment_on(day, clock, change)
    assert conference_day(moment, change) == day
    assert moment.time() == clock


@given(st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30)), _CHANGES)
def test_any_moment_reads_back_from_its_day_and_clock_time(moment: datetime, change: int) -> None:
    assert moment_on(conference_day(moment, change), moment.time(), change) == moment


def test_the_ripple_rule_works_within_conference_days() -> None:
    from eventplanner.domain import schedule

    evening = schedule.Timed(1, datetime(2026, 5, 4, 23, 0), 60, None, 240)
    night = schedule.Timed(2, datetime(2026, 5, 5, 0, 0), 30, None, 240)
    morning = schedule.Timed(3, datetime(2026, 5, 5, 10, 0), 30, None, 240)
    assert night.day == evening.day == date(2026, 5, 4) and morning.day == date(2026, 5, 5)
    assert schedule.ripple_resize([evening, night, morning], evening, 90) == {2: datetime(2026, 5, 5, 0, 30)}
    moved = schedule.ripple_move([evening, night, morning], evening, datetime(2026, 5, 4, 22, 0), None)
    assert moved == {1: datetime(2026, 5, 4, 22, 0), 2: datetime(2026, 5, 4, 23, 0)}  # day two stays
