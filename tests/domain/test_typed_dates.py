"""Typed dates, times and zones: hand-written cases in three languages and properties over any text."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.typed_dates import month_from_word, parse_date, parse_time, resolve_zone

ZONES = sorted(z for z in available_timezones() if "/" in z)


@pytest.mark.parametrize("text", [
    "10 March 2027", "Wed 10 March 2027", "10 mar 2027", "March 10, 2027", "10 марта 2027", "10 март 2027 г.",
    "ср, 10 мар. 2027", "10 mart 2027", "Çərşənbə, 10 mart 2027", "2027-03-10", "10.03.2027", "10/03/27",
])
def test_dates_people_type(text: str) -> None:
    assert parse_date(text, "dmy") == date(2027, 3, 10)


def test_numeric_dates_follow_the_locale_order() -> None:
    assert parse_date("03/10/2027", "mdy") == date(2027, 3, 10)
    assert parse_date("03/10/2027", "dmy") == date(2027, 10, 3)
    assert parse_date("10 марта", default_year=2027) == date(2027, 3, 10)


@pytest.mark.parametrize("text", ["", "hello", "31 February 2027", "10 13 2027", "10 mar apr 2027", "12345"])
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("word", "month"), [("sept", 9), ("сент", 9), ("avq", 8), ("iyn", 6), ("мая", 5),
                                             ("Dekabr", 12), ("ju", None), ("ma", None)])
def test_month_words(word: str, month: int | None) -> None:
    assert month_from_word(word) == month


@pytest.mark.parametrize(("text", "value"), [("10:30", time(10, 30)), ("1030", time(10, 30)), ("9", time(9, 0)),
                                             ("9.05", time(9, 5)), ("930", time(9, 30)), ("24:00", None),
                                             ("10:75", None), ("abc", None)])
def test_times(text: str, value: time | None) -> None:
    assert parse_time(text) == value


@pytest.mark.parametrize(("text", "zone"), [("Baku", "Asia/Baku"), ("baku", "Asia/Baku"), ("new york",
                                            "America/New_York"), ("Asia/Baku", "Asia/Baku"), ("Nowhere", None)])
def test_zones_by_city(text: str, zone: str | None) -> None:
    assert resolve_zone(text, ZONES) == zone


@given(st.text(max_size=60))
def test_any_text_gives_a_date_or_none(text: str) -> None:
    result = parse_date(text, "dmy", default_year=2027)
    assert result is None or isinstance(result, date)
    assert parse_time(text) is None or isinstance(parse_time(text), time)
    assert resolve_zone(text, ZONES) in (None, *ZONES)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)), st.sampled_from(["dmy", "mdy"]))
def test_written_dates_read_back(value: date, order: str) -> None:
    numeric = f"{value.day:02d}.{value.month:02d}.{value.year}" if order == "dmy" else \
        f"{value.month:02d}/{value.day:02d}/{value.year}"
    assert parse_date(numeric, order) == value
    assert parse_date(value.isoformat(), order) == value


@pytest.mark.parametrize("text", ["0²", "1²:30", "١٠ mart ٢٠٢٧", "10 ² 2027"])
def test_digits_that_are_not_ascii_are_not_numbers(text: str) -> None:
    assert parse_date(text, default_year=2027) is None
    assert parse_time(text) is None
