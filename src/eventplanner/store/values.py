"""The last check before anything reaches the database: values every column can hold.

Listened to as the session's `before_flush`, so every ORM write is covered, from any service or dialog.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from eventplanner.domain.limits import check_date, check_text

#: Longest text one field may hold (a biography is ~10,000 characters; a description pasted from a report more).
MAX_STORED_TEXT = 1_000_000


def check_values(session: Session, _context: object, _instances: object) -> None:
    """Every ORM write, from any service: text a column can hold (no NUL or lone surrogate, within a String(n)'s
    length) and dates in the years the application handles. One clear message instead of a driver error."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for column in state.mapper.columns:
            key = state.mapper.get_property_by_column(column).key
            if key not in state.dict:
                continue  # never loaded (a deferred picture): unchanged
            value = state.dict[key]
            what = f"The {state.mapper.class_.__tablename__.rstrip('s').replace('_', ' ')}'s {key.replace('_', ' ')}"
            if isinstance(value, str):
                length = getattr(column.type, "length", None)
                check_text(value, what, length if length is not None else MAX_STORED_TEXT)
            elif isinstance(value, date):
                check_date(value, what)
