"""Time zones for imported schedules: names checked, fixed offsets named, and a real zone found for times whose
UTC offsets change at a daylight-saving boundary."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_for_offset(offset: timedelta | None) -> str:
    """A zone name for a fixed offset: +01:00 -> 'Etc/GMT-1' (POSIX signs are inverted), 0 -> 'UTC'."""
    if not offset:
        return "UTC"
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not -12 <= hours <= 14:
        return "UTC"
    return f"Etc/GMT{-hours:+d}"


def offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"



_ZONE_PREFERENCE = ("Europe/", "America/", "Asia/", "Australia/", "Africa/", "Pacific/", "Atlantic/", "Indian/")


@cache
def _region_zones() -> tuple[ZoneInfo, ...]:
    from zoneinfo import available_timezones

    names = [n for n in available_timezones() if n.startswith(_ZONE_PREFERENCE)]
    names.sort(key=lambda n: (next(i for i, p in enumerate(_ZONE_PREFERENCE) if n.startswith(p)), n))
    return tuple(ZoneInfo(n) for n in names)


def zone_matching(samples: set[tuple[datetime, timedelta]]) -> str | None:
    """The first region zone in which every wall-clock time has the offset it was written with."""
    ordered = sorted(samples)
    for tz in _region_zones():
        try:
            if all(wall.replace(tzinfo=tz).utcoffset() == offset for wall, offset in ordered):
                return str(tz.key)
        except (OverflowError, ValueError):
            continue
    return None
