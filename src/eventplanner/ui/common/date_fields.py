"""Date and time fields that take what people type: a month name or digits in the interface language's order
("10 марта 2027", "10.03.2027", "Mar 10 2027"), "1030" for a time after select-all, and two date fields kept
the same number of days apart when the first one moves. Also the computer's time zone and zone look-up by city.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QTimeEdit

from eventplanner.domain.typed_dates import parse_date, parse_time, resolve_zone

_ZONES: list[str] = []


def time_zones() -> list[str]:
    """Every IANA zone with a region ("Asia/Baku"), then UTC."""
    if not _ZONES:
        _ZONES.extend(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/")))
        _ZONES.append("UTC")
    return _ZONES


def computer_zone() -> str:
    """The computer's own time zone as an IANA name (Qt maps Windows names), UTC when it is not one we know."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in time_zones() else "UTC"


def zone_for(text: str) -> str | None:
    """What the user typed in a time zone box, as a zone name: "Baku" -> "Asia/Baku"."""
    return resolve_zone(text, time_zones())


def locale_order(locale: QLocale | None = None) -> str:
    """"dmy", "mdy" or "ymd": how the locale writes a short numeric date."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat).casefold()
    positions = sorted((pattern.find(c), c) for c in "dmy" if c in pattern)
    order = "".join(c for _pos, c in positions)
    return order if order in ("dmy", "mdy", "ymd") else "dmy"


class DateField(QDateEdit):
    """A date edit showing “Wed 10 March 2027” in the interface language that accepts any typed date."""

    def __init__(self, value: QDate | None = None) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMMM yyyy")
        if value is not None:
            self.setDate(value)

    def _parse(self, text: str) -> date | None:
        return parse_date(text, locale_order(self.locale()), default_year=self.date().year())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state = QValidator.State.Acceptable if self._parse(text) else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text if self._parse(text) else self.textFromDateTime(self.dateTime())

    def dateTimeFromText(self, text: str) -> QDateTime:
        parsed = self._parse(text)
        day = QDate(parsed.year, parsed.month, parsed.day) if parsed else self.date()
        return QDateTime(day, QTime(0, 0))

    def textFromDateTime(self, value: QDateTime) -> str:
        return self.locale().toString(value.date(), "ddd d MMMM yyyy")


class TimeField(QTimeEdit):
    """A 24-hour time edit where selecting all and typing “1030” or “10:30” replaces the time."""

    def __init__(self, value: QTime | None = None) -> None:
        super().__init__()
        self.setDisplayFormat("HH:mm")
        if value is not None:
            self.setTime(value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state = QValidator.State.Acceptable if parse_time(text) else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text if parse_time(text) else self.textFromDateTime(self.dateTime())

    def dateTimeFromText(self, text: str) -> QDateTime:
        parsed = parse_time(text)
        value = QTime(parsed.hour, parsed.minute) if parsed else self.time()
        return QDateTime(self.date(), value)

    def textFromDateTime(self, value: QDateTime) -> str:
        return value.time().toString("HH:mm")


class DateRange:
    """First and last day: moving the first keeps the event's length; the last never goes before the first."""

    def __init__(self, first: QDateEdit, last: QDateEdit) -> None:
        self.first, self.last = first, last
        self._first_before = first.date()
        last.setMinimumDate(first.date())
        first.dateChanged.connect(self._first_moved)

    def _first_moved(self, new: QDate) -> None:
        days = self._first_before.daysTo(self.last.date())
        self._first_before = new
        self.last.setMinimumDate(new)
        self.last.setDate(new.addDays(max(0, days)))

    def sync(self) -> None:
        """After both dates were set from data: remember the first for the next move."""
        self._first_before = self.first.date()
        self.last.setMinimumDate(min(self.first.date(), self.last.date()))
