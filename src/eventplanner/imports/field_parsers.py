"""Lenient parsers of single values as schedule files and people lists write them: names with honorifics
("Prof. Dr. Sören Auer"), durations ("01:30", "90", frab's "2:01:30"), ISO dates and times, HTML
descriptions, and the slot kind a type, track or title suggests.

They live apart from the schedule builder (schedule_model.py) because they judge one value each and know
nothing of a schedule: the builder, both schedule readers and the speaker and guest imports (names) use them.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime

from eventplanner.domain.enums import HONORIFICS, SlotKind

_HONORIFIC_WORDS = {h.casefold().rstrip(".") for h in HONORIFICS} | {"mr", "mrs", "ms", "dr", "prof", "sir", "dame"}
_INITIALS = re.compile(r"(?:[A-Za-z]{1,5}\.)(?:-?[A-Za-z]{1,5}\.)*")


def split_name(text: str) -> tuple[str, str, str]:
    """'Prof. Dr. Sören Auer' -> ('Prof. Dr.', 'Sören', 'Auer'); one word -> given name only."""
    words = text.split()
    titles: list[str] = []
    while len(words) > 1 and (words[0].casefold().rstrip(".") in _HONORIFIC_WORDS or _INITIALS.fullmatch(words[0])):
        titles.append(words.pop(0))
    if not words:
        return " ".join(titles), "", ""
    if len(words) == 1:
        return " ".join(titles), words[0], ""
    return " ".join(titles), " ".join(words[:-1]), words[-1]


_DURATION_PART = re.compile(r"[0-9]{1,6}")
_HOURS_MINUTES = re.compile(r"([0-9]{1,6}):([0-9]{1,6})")


def parse_duration(text: str) -> int | None:
    """'01:30', '1:30:00', '90', '2:01:30' (days:hours:minutes as frab writes long ones) -> minutes.

    Only ASCII digits, a few of them per part: "²", "٣" or 5,000 digits are not a duration (None).
    """
    plain = _HOURS_MINUTES.fullmatch(text)  # the usual "00:30": the general rule below gives the same
    if plain is not None:
        return int(plain[1]) * 60 + int(plain[2])
    text = text.strip()
    if not text:
        return None
    parts = [p.strip() for p in text.split(":")]
    if len(parts) > 3 or not all(_DURATION_PART.fullmatch(p) for p in parts):
        return None
    nums = [int(p) for p in parts]
    if len(nums) == 1:
        return nums[0]
    if len(nums) == 2:
        return nums[0] * 60 + nums[1]
    # HH:MM:SS as the XSD allows; seconds round up so nothing ends early
    return nums[0] * 60 + nums[1] + (1 if nums[2] else 0)


def parse_datetime(text: str) -> datetime | None:
    text = text.strip()
    if not text or len(text) > 64 or not text.isascii():
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except (ValueError, OverflowError):
        return None


def parse_date(text: str) -> date | None:
    value = parse_datetime(text)
    return value.date() if value else None


def html_to_text(text: str) -> str:
    """Descriptions often carry HTML; keep paragraphs and list items as lines, drop the tags."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" not in text:
        return text.strip()
    text = re.sub(r"(?i)<br\s*/?>|</p\s*>|</li\s*>|</h[1-6]\s*>|</div\s*>", "\n", text)
    text = re.sub(r"(?i)<li[^>]*>", "• ", text)
    text = re.sub(r"<[^>]*>", "", text)
    text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_KIND_WORDS: list[tuple[str, SlotKind]] = [
    ("keynote", SlotKind.KEYNOTE),
    ("panel", SlotKind.PANEL),
    ("podium", SlotKind.PANEL),
    ("discussion", SlotKind.DISCUSSION),
    ("lunch", SlotKind.MEAL),
    ("dinner", SlotKind.DINNER),
    ("mittag", SlotKind.MEAL),
    ("break", SlotKind.BREAK),
    ("pause", SlotKind.BREAK),
    ("coffee", SlotKind.BREAK),
    ("ceremony", SlotKind.CEREMONY),
    ("welcome", SlotKind.WELCOME),
    ("opening", SlotKind.OPENING),
    ("closing", SlotKind.CLOSING),
    ("video", SlotKind.VIDEO),
    ("talk", SlotKind.PRESENTATION),
    ("lecture", SlotKind.PRESENTATION),
    ("presentation", SlotKind.PRESENTATION),
    ("registration", SlotKind.REGISTRATION),
    ("reception", SlotKind.RECEPTION),
    ("photo", SlotKind.PHOTO),
    ("signing", SlotKind.SIGNING),
    ("press", SlotKind.PRESS),
    ("networking", SlotKind.NETWORKING),
]


_KIND_OF_VALUE = {k.value: k for k in SlotKind}


def guess_kind(type_: str, track: str, title: str) -> SlotKind:
    """Our own type values map back exactly; other tools' types, tracks and titles by keyword."""
    value = type_.strip().casefold()
    exact = _KIND_OF_VALUE.get(value)
    if exact is not None:
        return exact
    for text in (value, track.casefold()):
        for word, kind in _KIND_WORDS:
            if word in text:
                return kind
    lowered = title.casefold()
    for word, kind in _KIND_WORDS[:11]:  # titles only decide breaks, meals, panels and keynotes
        if word in lowered:
            return kind
    return SlotKind.OTHER
