"""Date and time fields that take what people type: a month name or digits in the interface language's order
("10 марта 2027", "10.03.2027", "Mar 10 2027"), "1030" for a time after select-all, and two date fields kept
the same number of days apart when the first one moves. Also the computer's time zone and zone look-up by city.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from eventplanner.domain.limits import MAX_DATE, MIN_DATE
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


PyDate = date  # DateField has a date() method, like QDateEdit


def _as_qdate(value: QDate | date) -> QDate:
    return value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)


#: The years every service accepts (domain.limits): a picker never offers a date the save would refuse.
FIRST_DAY, LAST_DAY = _as_qdate(MIN_DATE), _as_qdate(MAX_DATE)


def bound_dates(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Give a QDateEdit or QDateTimeEdit the application's date range (its calendar popup follows)."""
    edit.setDateRange(FIRST_DAY, LAST_DAY)
    return edit


class DateField(QWidget):
    """A date typed as people write it (“10 марта 2027”, “10.03.2027”, “Mar 10 2027”), shown as “Wed 10 March
    2027” in the interface language, with a calendar button. A plain line edit underneath: QDateEdit feeds keys
    to one section at a time, so select-all-and-type or a month name never got through."""

    dateChanged = Signal(QDate)
    editingFinished = Signal()

    def __init__(self, value: QDate | date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum, self._maximum = QDate(FIRST_DAY), QDate(LAST_DAY)
        self._date = self._bounded(_as_qdate(value) if value is not None else QDate.currentDate())
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("Wed 30 September 2027") + 24)
        self.edit.editingFinished.connect(self._typed)
        self.edit.installEventFilter(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setDateRange(self._minimum, self._maximum)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(self._date))
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        # No focus proxy: with the line edit as proxy of its own parent, Tab never left the field. Labels take
        # lineEdit() as their buddy.
        self._show()

    # The QDateEdit calls the window uses ---------------------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate | PyDate) -> None:
        """Set the date, kept within the minimum and maximum (like QDateEdit)."""
        new = self._bounded(_as_qdate(value))
        changed = new != self._date
        self._date = new
        self._show()
        if changed:
            self.dateChanged.emit(QDate(new))

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def setMinimumDate(self, value: QDate) -> None:
        self._minimum = max(QDate(value), FIRST_DAY)
        self.calendar.setMinimumDate(self._minimum)
        if self._date < self._minimum:
            self.setDate(self._minimum)

    def maximumDate(self) -> QDate:
        return QDate(self._maximum)

    def _bounded(self, value: QDate) -> QDate:
        """Within the field's range; an invalid QDate (Qt's answer to a year past 9999) becomes the maximum."""
        if not value.isValid():
            return QDate(self._maximum)
        return min(max(value, self._minimum), self._maximum)

    def lineEdit(self) -> QLineEdit:
        return self.edit

    def text(self) -> str:
        return self.edit.text()

    # Typing ------------------------------------------------------------------------------------------------------

    def display_text(self, value: QDate) -> str:
        return self.locale().toString(value, "ddd d MMMM yyyy")

    def _show(self) -> None:
        self.edit.setText(self.display_text(self._date))
        self.edit.setCursorPosition(0)

    def _typed(self) -> None:
        """Enter or leaving the field: take the typed date, or put the last good one back."""
        text = self.edit.text()
        if text != self.display_text(self._date):
            parsed = parse_date(text, locale_order(self.locale()), default_year=self._date.year())
            if parsed is not None:
                self.setDate(parsed)
            self._show()
        self.editingFinished.emit()

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down step a day, as in a date edit."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
            if step is not None:
                self.setDate(self._date.addDays(step))
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:
            self._show()


class TimeField(QLineEdit):
    """A 24-hour time: select all and type “1030”, “10:30” or “9”; Up and Down step five minutes."""

    timeChanged = Signal(QTime)
    STEP_SECONDS = 5 * 60

    def __init__(self, value: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(value) if value is not None else QTime(9, 0)
        self.setMaxLength(8)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 28)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editingFinished.connect(self._typed)
        self.setText(self._time.toString("HH:mm"))

    def time(self) -> QTime:
        """The time shown; a complete time being typed counts already (OK pressed straight after typing)."""
        parsed = parse_time(super().text())
        return QTime(parsed.hour, parsed.minute) if parsed is not None else QTime(self._time)

    def setTime(self, value: QTime) -> None:
        changed = value != self._time
        self._time = QTime(value)
        self.setText(value.toString("HH:mm"))
        if changed:
            self.timeChanged.emit(QTime(value))

    def lineEdit(self) -> QLineEdit:
        return self

    def _typed(self) -> None:
        parsed = parse_time(super().text())
        self.setTime(QTime(parsed.hour, parsed.minute) if parsed is not None else self._time)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(e.key()))
        if step is None:
            super().keyPressEvent(e)
            return
        minutes = self._time.hour() * 60 + self._time.minute() + step * self.STEP_SECONDS // 60
        minutes = max(0, min(24 * 60 - 5, minutes))
        self.setTime(QTime(minutes // 60, minutes % 60))


class DateRange:
    """First and last day: moving the first keeps the event's length; the last never goes before the first."""

    def __init__(self, first: DateField, last: DateField) -> None:
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
