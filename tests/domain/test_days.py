"""Conference days: late-night slots belong to the day they end, from declared frab boundaries or a set hour."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.data import EventData, ProgrammeData, SlotData
from eventplanner.domain.days import (
    MAX_DAY_CHANGE_MINUTES,
    check_day_change,
    conference_day,
    day_change_from_boundaries,
)
from eventplanner.domain.enums import SlotKind
from eventplanner.domain.errors import ValidationError

CEST = timezone(timedelta(hours=2))


def test_a_show_after_midnight_belongs_to_the_evening_before() -> None:
    assert conference_day(datetime(2019, 8, 22, 0, 15), 240) == date(2019, 8, 21)
    assert conference_day(datetime(2019, 8, 22, 4, 0), 240) == date(2019, 8, 22)
    assert conference_day(datetime(2019, 8, 22, 0, 15), 0) == date(2019, 8, 22)


def test_frab_boundaries_give_the_day_change() -> None:
    days = [(datetime(2019, 8, 21 + i, 9, 0, tzinfo=CEST), datetime(2019, 8, 22 + i, 4, 0, tzinfo=CEST))
            for i in range(5)]
    assert day_change_from_boundaries(days) == 240
    rc3 = [(datetime(2020, 12, 27, 4, 0), datetime(2020, 12, 28, 3, 59))]
    assert day_change_from_boundaries(rc3) == 240  # 03:59 rounds up to the quarter hour


def test_days_within_midnight_or_unusable_boundaries_keep_calendar_days() -> None:
    assert day_change_from_boundaries([]) == 0
    assert day_change_from_boundaries([(datetime(2022, 12, 28, 13), datetime(2022, 12, 28, 23, 59, 59))]) == 0
    assert day_change_from_boundaries([(datetime(2019, 5, 22), datetime(2019, 5, 22))]) == 0
    mixed = [(datetime(2019, 5, 22, 9), datetime(2019, 5, 23, 2, tzinfo=CEST))]
    assert day_change_from_boundaries(mixed) == 0


def test_the_day_change_never_passes_the_earliest_day_start() -> None:
    days = [(datetime(2024, 1, 1, 3, 0), datetime(2024, 1, 2, 5, 0))]
    assert day_change_from_boundaries(days) == 180


@given(st.lists(st.tuples(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
                          st.integers(min_value=-3000, max_value=3000)), max_size=6))
def test_any_boundaries_give_a_usable_day_change(pairs: list[tuple[datetime, int]]) -> None:
    minutes = day_change_from_boundaries([(a, a + timedelta(minutes=m)) for a, m in pairs])
    assert check_day_change(minutes) == minutes


@pytest.mark.parametrize("bad", [-1, MAX_DAY_CHANGE_MINUTES + 1, 24 * 60])
def test_day_change_out_of_range_is_refused(bad: int) -> None:
    with pytest.raises(ValidationError, match="between 00:00 and 12:00"):
        check_day_change(bad)


def test_programme_data_groups_by_conference_day() -> None:
    event = EventData(1, "camp", "Camp", date(2019, 8, 21), date(2019, 8, 22), day_change_minutes=240)
    evening = SlotData(1, 1, datetime(2019, 8, 21, 22, 0), 60, SlotKind.PRESENTATION, title="Late talk")
    show = SlotData(2, 1, datetime(2019, 8, 22, 0, 15), 45, SlotKind.PRESENTATION, title="Show")
    morning = SlotData(3, 1, datetime(2019, 8, 22, 11, 0), 30, SlotKind.PRESENTATION, title="Next day")
    data = ProgrammeData(event, slots=(evening, show, morning))
    assert [s.title for s in data.slots_on(date(2019, 8, 21))] == ["Late talk", "Show"]
    assert data.days == [date(2019, 8, 21), date(2019, 8, 22)]
    assert data.day_of(show) == date(2019, 8, 21)


def test_midnight_ends_a_range_as_24_00() -> None:
    slot = SlotData(1, 1, datetime(2019, 8, 21, 23, 30), 30, SlotKind.PRESENTATION)
    assert slot.time_range == "23:30–24:00"
    assert SlotData(1, 1, datetime(2019, 8, 22, 0, 0), 30, SlotKind.PRESENTATION).time_range == "00:00–00:30"
