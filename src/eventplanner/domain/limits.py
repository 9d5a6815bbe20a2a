"""The bounds every value must keep, wherever it comes from (a dialog, an import, a restore, the CLI).

Dates stay in a sane range so that date arithmetic, calendars and printed dates never overflow; text holds
no NUL and no lone surrogate (neither SQLite's UTF-8 nor PostgreSQL can store them); ids fit 64 bits.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from eventplanner.domain.errors import ValidationError

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)
MAX_ID = 2**63 - 1
#: Longest text of a single field anyone means to type (a long biography is ~10,000 characters).
MAX_TEXT = 100_000

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_ASCII_ID = re.compile(r"[0-9]{1,19}")


def date_in_range(value: date | datetime) -> bool:
    day = value.date() if isinstance(value, datetime) else value
    return MIN_DATE <= day <= MAX_DATE


def check_date(value: date | datetime, what: str = "The date") -> None:
    """Refuse a date outside MIN_DATE..MAX_DATE with a message naming the range."""
    if not date_in_range(value):
        raise ValidationError(
            f"{what} ({value.isoformat()[:10]}) is outside the years {MIN_DATE.year}–{MAX_DATE.year}."
        )


def has_unstorable(text: str) -> bool:
    """NUL or a lone surrogate: characters no database column can hold."""
    return _UNSTORABLE.search(text) is not None


def clean_text(text: str) -> str:
    """Drop NUL characters and replace lone surrogates with U+FFFD, the replacement character."""
    if not has_unstorable(text):
        return text
    return _UNSTORABLE.sub(lambda m: "" if m[0] == "\x00" else "\ufffd", text)


def check_text(text: str, what: str = "The text", limit: int = MAX_TEXT) -> None:
    if has_unstorable(text):
        raise ValidationError(f"{what} contains a NUL character or a broken (surrogate) character.")
    if len(text) > limit:
        raise ValidationError(f"{what} is {len(text):,} characters long; at most {limit:,} are kept.")


def parse_id(text: str) -> int | None:
    """An id typed as ASCII digits that fits 64 bits, else None (never an OverflowError further down)."""
    text = text.strip()
    if not _ASCII_ID.fullmatch(text):
        return None
    value = int(text)
    return value if value <= MAX_ID else None


def id_in_range(value: int) -> bool:
    return -MAX_ID - 1 <= value <= MAX_ID
