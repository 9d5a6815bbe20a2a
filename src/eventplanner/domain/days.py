"""Conference days: a day that runs past midnight keeps its late slots (a show at 00:15 belongs to the day before).

An event has a day-change time, minutes after midnight (0 = calendar days). A slot starting before it belongs
to the previous day. Imported frab schedules declare each day's start and end (`<day start=... end=...>`);
`day_change_from_boundaries` turns those into the event's day-change time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from eventplanner.domain.errors import ValidationError

#: A day may change at most at noon: later than that, "the day before" would hold a whole morning.
MAX_DAY_CHANGE_MINUTES = 12 * 60
_ROUND_TO = 15


def conference_day(moment: datetime, day_change_minutes: int = 0) -> date:
    """The day `moment` belongs to when days change `day_change_minutes` after midnight."""
    if day_change_minutes <= 0:
        return moment.date()
    return (moment - timedelta(minutes=day_change_minutes)).date()


def moment_on(day: date, clock: time, day_change_minutes: int = 0) -> datetime:
    """The real moment of clock time `clock` on conference day `day`: 00:15 on a day that changes at 04:00 is
    the next calendar date's 00:15 (the inverse of `conference_day`, which gives `day` back)."""
    moment = datetime.combine(day, clock)
    if day_change_minutes > 0 and clock < time(day_change_minutes // 60, day_change_minutes % 60):
        moment += timedelta(days=1)
    return moment


def day_bounds(day: date, day_change_minutes: int = 0) -> tuple[datetime, datetime]:
    """Where conference day `day` starts and ends (naive wall-clock times): from its day-change time to the next
    day's. Exactly the moments `conference_day` gives `day` to, so a schedule that declares these boundaries
    (frab `<day start end>`) reads back with the same day-change time (`day_change_from_boundaries`)."""
    start = datetime.combine(day, datetime.min.time()) + timedelta(minutes=max(0, day_change_minutes))
    return start, start + timedelta(days=1)


def check_day_change(minutes: int) -> int:
    """`minutes` if it is a usable day-change time (00:00 to 12:00), else a ValidationError for the user."""
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= MAX_DAY_CHANGE_MINUTES:
        raise ValidationError(
            "The day-change time must be between 00:00 and 12:00 (slots before it count for the day before)."
        )
    return minutes


def format_day_change(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def day_change_from_boundaries(days: Iterable[tuple[datetime, datetime]]) -> int:
    """The day-change time a schedule's declared days imply: 0 unless some day ends after its midnight.

    Each pair is a day's declared (start, end) in the schedule's wall-clock time. The change is the latest
    end past midnight, rounded up to a quarter hour (frab writes 03:59 for 04:00), and never later than the
    earliest time of day a day starts nor than noon.
    """
    ends: list[int] = []
    starts: list[int] = []
    for start, end in days:
        if (start.tzinfo is None) != (end.tzinfo is None) or end <= start:
            continue
        starts.append(start.hour * 60 + start.minute)
        if end.date() > start.date():
            past = int((end - datetime.combine(start.date() + timedelta(days=1), datetime.min.time(),
                                               tzinfo=end.tzinfo)).total_seconds() // 60)
            if 0 < past < 24 * 60:
                ends.append(past)
    if not ends:
        return 0
    change = math.ceil(max(ends) / _ROUND_TO) * _ROUND_TO
    return max(0, min(change, min(starts), MAX_DAY_CHANGE_MINUTES))
