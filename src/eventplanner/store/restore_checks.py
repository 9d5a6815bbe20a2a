"""Every row of a staged backup checked against the domain's rules before a restore replaces anything.

A backup may be hand-edited or come from a damaged disk: a slot kind nobody knows, a year-9999 start, a text
where a duration belongs or translations of the wrong shape would restore fine and then break every command.
The checks read the scratch SQLite file with the plain driver, so they see the values exactly as stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, LargeBinary, String, Table

from eventplanner.domain.enums import (
    LANGUAGES,
    EventRole,
    EventStatus,
    OrganizationKind,
    ParticipantRole,
    SlotKind,
)
from eventplanner.domain.limits import date_in_range, has_unstorable
from eventplanner.domain.schedule import MAX_DURATION, MIN_DURATION
from eventplanner.domain.text import KEY_SEPARATOR, unique_key
from eventplanner.store.models import Base

#: Longest text any column may hold in a restore (a biography of a million characters is not one).
MAX_RESTORED_TEXT = 1_000_000
ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("events", "status"): EventStatus,
    ("slots", "kind"): SlotKind,
    ("slot_participants", "role"): ParticipantRole,
    ("event_organizations", "role"): EventRole,
    ("organizations", "kind"): OrganizationKind,
}
SHOWN = 3


def problems_in(work: Path) -> tuple[int, list[str]]:
    """(number of problems, the first few described) for the staged file; (0, []) when all rows are usable."""
    conn = sqlite3.connect(f"{work.as_uri()}?mode=ro", uri=True)
    conn.text_factory = lambda b: b.decode("utf-8", errors="surrogateescape")
    found: list[str] = []
    count = 0
    try:
        for table in Base.metadata.sorted_tables:
            for problem in _table_problems(conn, table):
                count += 1
                if len(found) < SHOWN:
                    found.append(problem)
    finally:
        conn.close()
    return count, found


def _table_problems(conn: sqlite3.Connection, table: Table) -> Iterator[str]:
    names = [c.name for c in table.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    for row in conn.execute(f'SELECT {quoted} FROM "{table.name}"'):
        values = dict(zip(names, row, strict=True))
        where = f"table {table.name}, row {values.get('id')!r}"
        for column in table.columns:
            problem = _column_problem(table.name, column, values[column.name])
            if problem:
                yield f"{where}: {column.name} {problem}"
        yield from (f"{where}: {p}" for p in _row_rules(table.name, values))


def _column_problem(table: str, column: Column[Any], value: Any) -> str | None:
    kind = column.type
    if value is None:
        return None if column.nullable else "is empty"
    if isinstance(kind, Boolean):
        return None if value in (0, 1) else f"is {_shown(value)}, not true or false"
    if isinstance(kind, Integer):
        return None if type(value) is int else f"is {_shown(value)}, not a whole number"
    if isinstance(kind, LargeBinary):
        return None if isinstance(value, bytes) else "is not binary data"
    if isinstance(kind, DateTime | Date):
        return _date_problem(value, isinstance(kind, DateTime))
    if isinstance(kind, JSON):
        return _translations_problem(value) if column.name == "translations" else None
    if isinstance(kind, String):  # Text is a String without a length
        if not isinstance(value, str):
            return f"is {_shown(value)}, not text"
        if has_unstorable(value):
            return "holds a NUL or a broken (surrogate) character"
        limit = kind.length or MAX_RESTORED_TEXT
        if len(value) > limit:
            return f"is {len(value):,} characters long (at most {limit:,})"
        enum = ENUMS.get((table, column.name))
        if enum is not None and value not in {e.value for e in enum}:
            return f"“{_shown(value)}” is not one of {', '.join(e.value for e in enum)}"
    return None


def _date_problem(value: Any, with_time: bool) -> str | None:
    if not isinstance(value, str) or len(value) > 40:
        return f"is {_shown(value)}, not a date"
    try:
        parsed: date = datetime.fromisoformat(value) if with_time else date.fromisoformat(value)
    except ValueError:
        return f"“{_shown(value)}” is not a date"
    if not date_in_range(parsed):
        return f"{value[:10]} is outside the years the application handles"
    return None


def _translations_problem(value: Any) -> str | None:
    try:
        doc = json.loads(value) if isinstance(value, str) else None
    except (ValueError, RecursionError):
        return "is not readable translations"
    if not isinstance(doc, dict):
        return "is not a set of translations"
    for lang, fields in doc.items():
        if lang not in LANGUAGES or not isinstance(fields, dict):
            return f"has a translation into “{_shown(lang)}” that is not a language with texts"
        for name, text in fields.items():
            if not isinstance(name, str) or not isinstance(text, str) or has_unstorable(text):
                return f"has a {lang} translation that is not text"
    return None


def _row_rules(table: str, v: dict[str, Any]) -> Iterator[str]:
    """Rules across columns, and the ones a column type cannot say."""
    if "version" in v and type(v["version"]) is int and v["version"] < 1:
        yield "version is below 1"
    if table == "events":
        if isinstance(v["start_date"], str) and isinstance(v["end_date"], str) and v["end_date"] < v["start_date"]:
            yield "ends before it starts"
        if v["language"] not in LANGUAGES:
            yield f"language “{_shown(v['language'])}” is not one of {', '.join(LANGUAGES)}"
        if isinstance(v["timezone"], str):
            try:
                ZoneInfo(v["timezone"])
            except (ZoneInfoNotFoundError, ValueError):
                yield f"time zone “{_shown(v['timezone'])}” is unknown"
            except Exception:  # odd names can raise other errors inside zoneinfo
                yield f"time zone “{_shown(v['timezone'])}” is unknown"
        if isinstance(v["slug"], str) and not v["slug"].strip():
            yield "has an empty slug"
    if table in ("rooms", "organizations") and isinstance(v["name"], str) and isinstance(v["name_key"], str):
        key = unique_key(v["name"])  # a kept duplicate's key carries its row id (migration 0009)
        if v["name_key"] not in (key, f"{key}{KEY_SEPARATOR}{v['id']}"):
            yield f"name_key “{_shown(v['name_key'])}” does not belong to the name “{_shown(v['name'])}”"
    if table == "slots":
        minutes = v["duration_minutes"]
        if type(minutes) is int and not MIN_DURATION <= minutes <= MAX_DURATION:
            yield f"lasts {minutes} minutes (1 minute to 24 hours)"


def _shown(value: Any, limit: int = 30) -> str:
    text = str(value).encode("utf-8", "backslashreplace").decode("utf-8")
    return text[:limit] + "…" if len(text) > limit else text
