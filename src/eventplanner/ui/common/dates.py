"""Dates as the user's locale writes them (QLocale), instead of fixed English strftime formats.

    day_label(d)          # "Sat 18 Dec" / "сб, 18 дек." — short weekday, day, short month
    long_day(d)           # the locale's long date: "Saturday, 18 December 2021"
    date_range(a, b)      # "Sat 18 December 2021" or "17 – 18 December 2021"; "10 марта 2027" in Russian

Month names after a day number take the locale's format (genitive) form: "10 марта", never "10 март".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def _q(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def day_label(d: date, locale: QLocale | None = None) -> str:
    """Short weekday, day and month in the locale's language (e.g. “Sat 18 Dec”)."""
    loc = locale or QLocale()
    return f"{loc.dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} {d.day} " \
           f"{loc.monthName(d.month, QLocale.FormatType.ShortFormat)}"


def long_day(d: date, locale: QLocale | None = None) -> str:
    """The locale's long date with the weekday (“Saturday, 18 December 2021”)."""
    return (locale or QLocale()).toString(_q(d), QLocale.FormatType.LongFormat)


def medium_day(d: date, locale: QLocale | None = None) -> str:
    """Weekday, day, short month and year in the locale's language (“Sat 18 Dec 2021”)."""
    return f"{day_label(d, locale)} {d.year}"


def date_range(start: date, end: date, locale: QLocale | None = None) -> str:
    """One date, or first – last, with the month's full name in its genitive form where the language has one."""
    loc = locale or QLocale()

    def one(d: date) -> str:
        return f"{d.day} {loc.monthName(d.month, QLocale.FormatType.LongFormat)} {d.year}"

    if start == end:
        return f"{loc.dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)} {one(start)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} – {one(end)}"
    if start.year == end.year:
        return f"{start.day} {loc.monthName(start.month, QLocale.FormatType.LongFormat)} – {one(end)}"
    return f"{one(start)} – {one(end)}"


def day_and_time(moment: datetime, locale: QLocale | None = None) -> str:
    """Day, short month and 24-hour time (“18 Dec 10:10”) in the locale's language."""
    loc = locale or QLocale()
    month = loc.monthName(moment.month, QLocale.FormatType.ShortFormat)
    return f"{moment.day} {month} {moment:%H:%M}"
