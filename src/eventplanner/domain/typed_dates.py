"""Dates, times and time zones as people type them, in English, Azerbaijani or Russian.

    parse_date("10 марта 2027")          -> date(2027, 3, 10)
    parse_date("10.03.2027", order="dmy") -> date(2027, 3, 10)
    parse_date("Wed 10 March 2027")      -> date(2027, 3, 10)   (weekdays and dots are ignored)
    parse_time("1030") / ("10.30")       -> time(10, 30)
    resolve_zone("Baku")                 -> "Asia/Baku"
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time

_MONTH_WORDS: tuple[tuple[str, ...], ...] = (
    # English, Azerbaijani, Russian (nominative and genitive); abbreviations are matched as prefixes.
    ("january", "yanvar", "январь", "января"),
    ("february", "fevral", "февраль", "февраля"),
    ("march", "mart", "март", "марта"),
    ("april", "aprel", "апрель", "апреля"),
    ("may", "май", "мая"),
    ("june", "iyun", "июнь", "июня"),
    ("july", "iyul", "июль", "июля"),
    ("august", "avqust", "август", "августа"),
    ("september", "sentyabr", "сентябрь", "сентября"),
    ("october", "oktyabr", "октябрь", "октября"),
    ("november", "noyabr", "ноябрь", "ноября"),
    ("december", "dekabr", "декабрь", "декабря"),
)
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")  # ASCII digits only: "²" is a digit to str.isdigit, not to int()


def month_from_word(word: str) -> int | None:
    """1-12 for a month name or an abbreviation of at least three letters ("sept", "мар", "avq"); else None."""
    word = word.casefold().rstrip(".")
    if len(word) < 3:
        return None
    found = {n for n, names in enumerate(_MONTH_WORDS, start=1) for name in names if name.startswith(word)}
    if not found:  # "iyn", "iyl": Azerbaijani short forms that are not prefixes
        found = {6} if word == "iyn" else {7} if word == "iyl" else set()
    return found.pop() if len(found) == 1 else None


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if len(text) <= 2 else value


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, order: str = "dmy", default_year: int | None = None) -> date | None:
    """The date in `text`, or None. `order` is the locale's order of numeric dates ("dmy", "mdy", "ymd")."""
    tokens = _TOKEN.findall(text)
    numbers = [t for t in tokens if t.isascii() and t.isdigit()]
    months = [m for t in tokens if not t.isdigit() and (m := month_from_word(t)) is not None]
    if len(numbers) > 3 or len(months) > 1 or any(len(n) > 4 for n in numbers):
        return None
    if months:
        years = [n for n in numbers if len(n) == 4]
        days = [n for n in numbers if len(n) <= 2]
        if len(days) != 1 or len(years) > 1 or len(years) + len(days) != len(numbers):
            return None
        year = int(years[0]) if years else default_year
        return _make(year, months[0], int(days[0])) if year else None
    if len(numbers) == 3:
        if len(numbers[0]) == 4:
            y, m, d = numbers
        else:
            by_field = dict(zip(order if order in ("dmy", "mdy", "ymd") else "dmy", numbers, strict=True))
            d, m, y = by_field["d"], by_field["m"], by_field["y"]
        if len(d) > 2 or len(m) > 2 or len(y) == 3:
            return None
        return _make(_year(y), int(m), int(d))
    if len(numbers) == 2 and default_year and all(len(n) <= 2 for n in numbers):
        first, second = (int(n) for n in numbers)
        return _make(default_year, second, first) if order != "mdy" else _make(default_year, first, second)
    return None


def parse_time(text: str) -> time | None:
    """"10:30", "10.30", "10 30", "1030", "930" or "9" as a time of day; None when it is not one."""
    cleaned = text.strip()
    match = re.fullmatch(r"([0-9]{1,2})\s*[:.h ]\s*([0-9]{2})", cleaned) or re.fullmatch(r"([0-9]{1,2})([0-9]{2})",
                                                                                       cleaned)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
    elif re.fullmatch(r"[0-9]{1,2}", cleaned):
        hours, minutes = int(cleaned), 0
    else:
        return None
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


def _city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ").casefold()


def resolve_zone(text: str, zones: Iterable[str]) -> str | None:
    """The zone the user meant: an exact name, a city ("Baku", "new york"), or the one zone containing the text."""
    wanted = " ".join(text.replace("_", " ").split()).casefold()
    if not wanted:
        return None
    known = list(zones)
    for zone in known:
        if zone.casefold() == text.strip().casefold():
            return zone
    cities = [z for z in known if _city(z) == wanted]
    if len(cities) >= 1:
        return sorted(cities, key=len)[0]
    containing = [z for z in known if wanted in z.replace("_", " ").casefold()]
    return containing[0] if len(containing) == 1 else None
